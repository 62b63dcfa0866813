<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_GB">
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/edits.py" line="23"/>
        <source>Stop converting the portfolio</source>
        <translation>Portfolio nicht mehr umrechnen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/edits.py" line="26"/>
        <source>Report the portfolio in {currency}</source>
        <translation>Portfolio in {currency} ausweisen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/edits.py" line="35"/>
        <source>Add the {currency} rate</source>
        <translation>Wechselkurs für {currency} hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/edits.py" line="45"/>
        <source>Change the {currency} rate of {day}</source>
        <translation>Wechselkurs für {currency} vom {day} ändern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/edits.py" line="61"/>
        <source>Delete the {currency} rate of {day}</source>
        <translation>Wechselkurs für {currency} vom {day} löschen</translation>
    </message>
</context>
<context>
    <name>ExchangeRatesDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/dialog.py" line="53"/>
        <source>Exchange Rates</source>
        <translation>Wechselkurse</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/dialog.py" line="56"/>
        <source>per currency, no conversion</source>
        <translation>je Währung, ohne Umrechnung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/dialog.py" line="68"/>
        <source>The portfolio rolls up the money of every project in the reporting currency, converted with the latest rate from each project&apos;s status date or before. Without a reporting currency, or a rate for a project&apos;s day, it shows the sums per currency. Each project&apos;s own figures stay in its own currency.</source>
        <translation>Das Portfolio fasst die Beträge aller Projekte in der Berichtswährung zusammen, umgerechnet mit dem letzten Kurs bis zum Stichtag des jeweiligen Projekts. Ohne Berichtswährung oder ohne Kurs für den Tag eines Projekts zeigt es die Summen je Währung. Die Zahlen jedes Projekts bleiben in seiner eigenen Währung.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/dialog.py" line="86"/>
        <source>&amp;Reporting currency:</source>
        <translation>&amp;Berichtswährung:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/dialog.py" line="109"/>
        <source>e.g. 1.065</source>
        <translation>z. B. 1,065</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/dialog.py" line="113"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/dialog.py" line="116"/>
        <source>Add the rate in the fields on the left</source>
        <translation>Den Kurs aus den Feldern links hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/dialog.py" line="121"/>
        <source>&amp;Change</source>
        <translation>Ä&amp;ndern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/dialog.py" line="123"/>
        <source>Give the selected rate the values in the fields</source>
        <translation>Den gewählten Kurs auf die Werte in den Feldern ändern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/dialog.py" line="129"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/dialog.py" line="132"/>
        <source>Delete the selected rate</source>
        <translation>Den gewählten Kurs löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/dialog.py" line="137"/>
        <source>C&amp;urrency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/dialog.py" line="138"/>
        <source>&amp;Valid from</source>
        <translation>Gültig &amp;ab</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/dialog.py" line="139"/>
        <source>Ra&amp;te</source>
        <translation>&amp;Kurs</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/dialog.py" line="199"/>
        <source>Rates: choose a reporting currency first; rates are quoted in it.</source>
        <translation>Kurse: Wählen Sie zuerst eine Berichtswährung; die Kurse werden in ihr angegeben.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/dialog.py" line="206"/>
        <source>Rates: 1 unit of the currency is worth the rate in {reporting}, from its day until the next rate of that currency.</source>
        <translation>Kurse: 1 Einheit der Währung ist den Kurs in {reporting} wert, ab seinem Tag bis zum nächsten Kurs dieser Währung.</translation>
    </message>
</context>
<context>
    <name>RatesTableModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/rates_model.py" line="16"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/rates_model.py" line="17"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/rates_model.py" line="18"/>
        <source>Rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/rates_model.py" line="19"/>
        <source>Worth in</source>
        <translation>Gegenwert in</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/rates_model.py" line="68"/>
        <source>1 {currency} = {rate} {quote} from {day} until the next {currency} rate</source>
        <translation>1 {currency} = {rate} {quote} ab {day} bis zum nächsten {currency}-Kurs</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/rates_model.py" line="79"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/rates_model.py" line="80"/>
        <source>{sentence}. Not used: the reporting currency is {reporting}.</source>
        <translation>{sentence}. Nicht verwendet: Die Berichtswährung ist {reporting}.</translation>
    </message>
</context>
</TS>
