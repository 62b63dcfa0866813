<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_GB">
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="68"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="110"/>
        <source>Calendar of {code}</source>
        <translation>Kalender von {code}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="128"/>
        <source>Calendar {code} works by</source>
        <translation>Kalender, nach dem {code} arbeitet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="133"/>
        <source>Its &amp;own calendar</source>
        <translation>&amp;Eigener Kalender</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="137"/>
        <source>A calendar &amp;shared with other projects:</source>
        <translation>Ein mit anderen Projekten &amp;geteilter Kalender:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="166"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="178"/>
        <source>Working weekdays</source>
        <translation>Arbeitstage der Woche</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="191"/>
        <source>Holidays and worked days</source>
        <translation>Feiertage und Arbeitstage</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="193"/>
        <source>A holiday is not worked though its weekday is; a worked day is worked though its weekday is not (a weekend cut-over). Double-click a name or kind to change it.</source>
        <translation>Feiertag: nicht gearbeitet, obwohl der Wochentag ein Arbeitstag ist; Arbeitstag: gearbeitet, obwohl der Wochentag keiner ist (Umstellung am Wochenende). Zum Ändern Name oder Art doppelklicken.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="222"/>
        <source>e.g. Christmas Day</source>
        <translation>z. B. 1. Weihnachtstag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="231"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="235"/>
        <source>Add the date on the left as a holiday or a worked day</source>
        <translation>Das Datum links als Feiertag oder Arbeitstag hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="241"/>
        <source>New &amp;date:</source>
        <translation>Neues &amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="253"/>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="257"/>
        <source>Remove the selected dates</source>
        <translation>Die gewählten Daten entfernen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="260"/>
        <source>&amp;Paste list…</source>
        <translation>&amp;Liste einfügen…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="263"/>
        <source>Add holidays from lines copied from a web page or a spreadsheet</source>
        <translation>Feiertage aus Zeilen hinzufügen, die aus einer Webseite oder Tabelle kopiert wurden</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="269"/>
        <source>&amp;Import .ics…</source>
        <translation>.ics &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="273"/>
        <source>Add the all-day events of an iCalendar (.ics) file as holidays</source>
        <translation>Die ganztägigen Termine einer iCalendar-Datei (.ics) als Feiertage hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="322"/>
        <source>Used by: {projects}</source>
        <translation>Verwendet von: {projects}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="330"/>
        <source>This calendar is shared: changes apply to %n projects ({projects}).</source>
        <translation>
            <numerusform>Dieser Kalender ist geteilt: Änderungen gelten für %n Projekt ({projects}).</numerusform>
            <numerusform>Dieser Kalender ist geteilt: Änderungen gelten für %n Projekte ({projects}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="386"/>
        <source>Import holidays</source>
        <translation>Feiertage importieren</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="432"/>
        <source>{name} — used by {projects}</source>
        <translation>{name} — verwendet von {projects}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="435"/>
        <source>{name} — used by no other project</source>
        <translation>{name} — von keinem anderen Projekt verwendet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="442"/>
        <source>{code} calendar</source>
        <translation>Kalender {code}</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="417"/>
        <source>Change the calendar of {code}</source>
        <translation>Kalender von {code} ändern</translation>
    </message>
</context>
<context>
    <name>ExceptionsModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/exceptions_model.py" line="25"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/exceptions_model.py" line="26"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/exceptions_model.py" line="27"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/exceptions_model.py" line="31"/>
        <source>Holiday</source>
        <translation>Feiertag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/exceptions_model.py" line="32"/>
        <source>Worked day</source>
        <translation>Arbeitstag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/exceptions_model.py" line="34"/>
        <source>Not worked, though its weekday is</source>
        <translation>Nicht gearbeitet, obwohl sein Wochentag ein Arbeitstag ist</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/exceptions_model.py" line="35"/>
        <source>Worked, though its weekday is not (a weekend cut-over)</source>
        <translation>Gearbeitet, obwohl sein Wochentag keiner ist (Umstellung am Wochenende)</translation>
    </message>
</context>
<context>
    <name>HolidayPreviewDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="39"/>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>iCalendar-Dateien (*.ics *.ical *.ifb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="42"/>
        <source>added</source>
        <translation>wird hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="43"/>
        <source>already listed</source>
        <translation>bereits vorhanden</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="45"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="46"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="47"/>
        <source>Will be</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="49"/>
        <source>One holiday a line: a date, then its name. 2026-12-25 Christmas Day, 25.12.2026 Christmas, or two columns copied from a spreadsheet.</source>
        <translation>Ein Feiertag pro Zeile: ein Datum, dann sein Name. 2026-12-25 1. Weihnachtstag, 25.12.2026 Weihnachten, oder zwei aus einer Tabelle kopierte Spalten.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="114"/>
        <source>Left out: {reasons}.</source>
        <translation>Ausgelassen: {reasons}.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="152"/>
        <source>Holidays from {source}</source>
        <translation>Feiertage aus {source}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="157"/>
        <source>{source} lists these days off. OK adds them to the calendar.</source>
        <translation>{source} enthält diese freien Tage. OK fügt sie dem Kalender hinzu.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="167"/>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="199"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="185"/>
        <source>Paste a holiday list</source>
        <translation>Feiertagsliste einfügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="191"/>
        <source>2026-12-25 Christmas Day
26.12.2026 St. Stephen&apos;s Day</source>
        <translation>2026-12-25 1. Weihnachtstag
26.12.2026 2. Weihnachtstag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="227"/>
        <source>Import holidays from a calendar</source>
        <translation>Feiertage aus einem Kalender importieren</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="239"/>
        <source>{name} is larger than {megabytes} MB; it is not a holiday list.</source>
        <translation>{name} ist größer als {megabytes} MB; das ist keine Feiertagsliste.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="247"/>
        <source>Cannot read {name}: {reason}.</source>
        <translation>{name} kann nicht gelesen werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>_Preview</name>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="125"/>
        <source>1 day will be added as holidays.</source>
        <translation>1 Tag wird als Feiertag hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="126"/>
        <source>%n days will be added as holidays.</source>
        <translation>
            <numerusform>%n Tag wird als Feiertag hinzugefügt.</numerusform>
            <numerusform>%n Tage werden als Feiertage hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="130"/>
        <source>Already listed, so kept as they are: 1 day.</source>
        <translation>Bereits vorhanden und daher unverändert: 1 Tag.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="131"/>
        <source>Already listed, so kept as they are: %n days.</source>
        <translation>
            <numerusform>Bereits vorhanden und daher unverändert: %n Tag.</numerusform>
            <numerusform>Bereits vorhanden und daher unverändert: %n Tage.</numerusform>
        </translation>
    </message>
</context>
</TS>
