<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="68"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="110"/>
        <source>Calendar of {code}</source>
        <translation>Calendrier de {code}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="128"/>
        <source>Calendar {code} works by</source>
        <translation>Calendrier suivi par {code}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="133"/>
        <source>Its &amp;own calendar</source>
        <translation>Son &amp;propre calendrier</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="137"/>
        <source>A calendar &amp;shared with other projects:</source>
        <translation>Un calendrier pa&amp;rtagé avec d&apos;autres projets :</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="166"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="178"/>
        <source>Working weekdays</source>
        <translation>Jours ouvrés de la semaine</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="191"/>
        <source>Holidays and worked days</source>
        <translation>Jours fériés et jours travaillés</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="193"/>
        <source>A holiday is not worked though its weekday is; a worked day is worked though its weekday is not (a weekend cut-over). Double-click a name or kind to change it.</source>
        <translation>Jour férié : chômé bien que son jour de semaine soit ouvré ; jour travaillé : travaillé bien que son jour soit chômé (bascule un week-end). Double-cliquez un nom ou un type pour le modifier.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="222"/>
        <source>e.g. Christmas Day</source>
        <translation>p. ex. Noël</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="231"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="235"/>
        <source>Add the date on the left as a holiday or a worked day</source>
        <translation>Ajouter la date de gauche comme jour férié ou jour travaillé</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="241"/>
        <source>New &amp;date:</source>
        <translation>Nouvelle &amp;date :</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="253"/>
        <source>&amp;Remove</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="257"/>
        <source>Remove the selected dates</source>
        <translation>Retirer les dates sélectionnées</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="260"/>
        <source>&amp;Paste list…</source>
        <translation>&amp;Coller une liste…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="263"/>
        <source>Add holidays from lines copied from a web page or a spreadsheet</source>
        <translation>Ajouter des jours fériés à partir de lignes copiées d&apos;une page web ou d&apos;un tableur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="269"/>
        <source>&amp;Import .ics…</source>
        <translation>&amp;Importer un .ics…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="273"/>
        <source>Add the all-day events of an iCalendar (.ics) file as holidays</source>
        <translation>Ajouter comme jours fériés les événements d&apos;une journée entière d&apos;un fichier iCalendar (.ics)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="322"/>
        <source>Used by: {projects}</source>
        <translation>Utilisé par : {projects}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="330"/>
        <source>This calendar is shared: changes apply to %n projects ({projects}).</source>
        <translation>
            <numerusform>Ce calendrier est partagé : les modifications s&apos;appliquent à %n projet ({projects}).</numerusform>
            <numerusform>Ce calendrier est partagé : les modifications s&apos;appliquent à %n projets ({projects}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="386"/>
        <source>Import holidays</source>
        <translation>Importer des jours fériés</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="432"/>
        <source>{name} — used by {projects}</source>
        <translation>{name} — utilisé par {projects}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="435"/>
        <source>{name} — used by no other project</source>
        <translation>{name} — utilisé par aucun autre projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="442"/>
        <source>{code} calendar</source>
        <translation>Calendrier {code}</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/dialog.py" line="417"/>
        <source>Change the calendar of {code}</source>
        <translation>Modifier le calendrier de {code}</translation>
    </message>
</context>
<context>
    <name>ExceptionsModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/exceptions_model.py" line="25"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/exceptions_model.py" line="26"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/exceptions_model.py" line="27"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/exceptions_model.py" line="31"/>
        <source>Holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/exceptions_model.py" line="32"/>
        <source>Worked day</source>
        <translation>Jour travaillé</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/exceptions_model.py" line="34"/>
        <source>Not worked, though its weekday is</source>
        <translation>Non travaillé, bien que son jour de semaine le soit</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/exceptions_model.py" line="35"/>
        <source>Worked, though its weekday is not (a weekend cut-over)</source>
        <translation>Travaillé, bien que son jour de semaine ne le soit pas (bascule un week-end)</translation>
    </message>
</context>
<context>
    <name>HolidayPreviewDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="39"/>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>Fichiers iCalendar (*.ics *.ical *.ifb);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="42"/>
        <source>added</source>
        <translation>sera ajouté</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="43"/>
        <source>already listed</source>
        <translation>déjà présent</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="45"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="46"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="47"/>
        <source>Will be</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="49"/>
        <source>One holiday a line: a date, then its name. 2026-12-25 Christmas Day, 25.12.2026 Christmas, or two columns copied from a spreadsheet.</source>
        <translation>Un jour férié par ligne : une date, puis son nom. 2026-12-25 Noël, 25.12.2026 Noël, ou deux colonnes copiées d&apos;un tableur.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="114"/>
        <source>Left out: {reasons}.</source>
        <translation>Omis : {reasons}.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="152"/>
        <source>Holidays from {source}</source>
        <translation>Jours fériés de {source}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="157"/>
        <source>{source} lists these days off. OK adds them to the calendar.</source>
        <translation>{source} indique ces jours chômés. OK les ajoute au calendrier.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="167"/>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="199"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="185"/>
        <source>Paste a holiday list</source>
        <translation>Coller une liste de jours fériés</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="191"/>
        <source>2026-12-25 Christmas Day
26.12.2026 St. Stephen&apos;s Day</source>
        <translation>2026-12-25 Noël
26.12.2026 Saint-Étienne</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="227"/>
        <source>Import holidays from a calendar</source>
        <translation>Importer les jours fériés d&apos;un calendrier</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="239"/>
        <source>{name} is larger than {megabytes} MB; it is not a holiday list.</source>
        <translation>{name} dépasse {megabytes} Mo ; ce n&apos;est pas une liste de jours fériés.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="247"/>
        <source>Cannot read {name}: {reason}.</source>
        <translation>Impossible de lire {name} : {reason}.</translation>
    </message>
</context>
<context>
    <name>_Preview</name>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="125"/>
        <source>1 day will be added as holidays.</source>
        <translation>1 jour sera ajouté comme jour férié.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="126"/>
        <source>%n days will be added as holidays.</source>
        <translation>
            <numerusform>%n jour sera ajouté comme jour férié.</numerusform>
            <numerusform>%n jours seront ajoutés comme jours fériés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="130"/>
        <source>Already listed, so kept as they are: 1 day.</source>
        <translation>Déjà présent, donc conservé tel quel : 1 jour.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/calendars/holiday_preview.py" line="131"/>
        <source>Already listed, so kept as they are: %n days.</source>
        <translation>
            <numerusform>Déjà présent, donc conservé tel quel : %n jour.</numerusform>
            <numerusform>Déjà présents, donc conservés tels quels : %n jours.</numerusform>
        </translation>
    </message>
</context>
</TS>
