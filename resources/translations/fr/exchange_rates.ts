<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/edits.py" line="23"/>
        <source>Stop converting the portfolio</source>
        <translation>Ne plus convertir le portefeuille</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/edits.py" line="26"/>
        <source>Report the portfolio in {currency}</source>
        <translation>Consolider le portefeuille en {currency}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/edits.py" line="35"/>
        <source>Add the {currency} rate</source>
        <translation>Ajouter le taux {currency}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/edits.py" line="45"/>
        <source>Change the {currency} rate of {day}</source>
        <translation>Modifier le taux {currency} du {day}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/edits.py" line="61"/>
        <source>Delete the {currency} rate of {day}</source>
        <translation>Supprimer le taux {currency} du {day}</translation>
    </message>
</context>
<context>
    <name>ExchangeRatesDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/dialog.py" line="53"/>
        <source>Exchange Rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/dialog.py" line="56"/>
        <source>per currency, no conversion</source>
        <translation>par devise, sans conversion</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/dialog.py" line="68"/>
        <source>The portfolio rolls up the money of every project in the reporting currency, converted with the latest rate from each project&apos;s status date or before. Without a reporting currency, or a rate for a project&apos;s day, it shows the sums per currency. Each project&apos;s own figures stay in its own currency.</source>
        <translation>Le portefeuille consolide les montants de tous les projets dans la devise de consolidation, convertis au dernier taux connu à la date d&apos;état de chaque projet. Sans devise de consolidation, ou sans taux pour la date d&apos;un projet, il affiche les sommes par devise. Les chiffres de chaque projet restent dans sa propre devise.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/dialog.py" line="86"/>
        <source>&amp;Reporting currency:</source>
        <translation>Devise de &amp;consolidation :</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/dialog.py" line="109"/>
        <source>e.g. 1.065</source>
        <translation>p. ex. 1,065</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/dialog.py" line="113"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/dialog.py" line="116"/>
        <source>Add the rate in the fields on the left</source>
        <translation>Ajouter le taux saisi dans les champs à gauche</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/dialog.py" line="121"/>
        <source>&amp;Change</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/dialog.py" line="123"/>
        <source>Give the selected rate the values in the fields</source>
        <translation>Donner au taux sélectionné les valeurs des champs</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/dialog.py" line="129"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/dialog.py" line="132"/>
        <source>Delete the selected rate</source>
        <translation>Supprimer le taux sélectionné</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/dialog.py" line="137"/>
        <source>C&amp;urrency</source>
        <translation>D&amp;evise</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/dialog.py" line="138"/>
        <source>&amp;Valid from</source>
        <translation>&amp;Valable à partir du</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/dialog.py" line="139"/>
        <source>Ra&amp;te</source>
        <translation>&amp;Taux</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/dialog.py" line="199"/>
        <source>Rates: choose a reporting currency first; rates are quoted in it.</source>
        <translation>Taux : choisissez d&apos;abord une devise de consolidation ; les taux sont exprimés dans celle-ci.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/dialog.py" line="206"/>
        <source>Rates: 1 unit of the currency is worth the rate in {reporting}, from its day until the next rate of that currency.</source>
        <translation>Taux : 1 unité de la devise vaut le taux en {reporting}, de sa date jusqu&apos;au taux suivant de cette devise.</translation>
    </message>
</context>
<context>
    <name>RatesTableModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/rates_model.py" line="16"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/rates_model.py" line="17"/>
        <source>Valid from</source>
        <translation>Valable à partir du</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/rates_model.py" line="18"/>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/rates_model.py" line="19"/>
        <source>Worth in</source>
        <translation>Valeur en</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/rates_model.py" line="68"/>
        <source>1 {currency} = {rate} {quote} from {day} until the next {currency} rate</source>
        <translation>1 {currency} = {rate} {quote} à partir du {day} jusqu&apos;au prochain taux {currency}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/rates_model.py" line="79"/>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/exchange_rates/rates_model.py" line="80"/>
        <source>{sentence}. Not used: the reporting currency is {reporting}.</source>
        <translation>{sentence}. Non utilisé : la devise de consolidation est {reporting}.</translation>
    </message>
</context>
</TS>
