<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_flow.py" line="68"/>
        <source>Import timesheet {file}</source>
        <translation>Stundenzettel {file} importieren</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="259"/>
        <source>Book {hours} h: {person} on {task}</source>
        <translation>{hours} h buchen: {person} auf {task}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="267"/>
        <source>Clear hours: {person} on {task}</source>
        <translation>Stunden löschen: {person} auf {task}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="279"/>
        <source>Clear {count} hours cells</source>
        <translation>Stunden in {count} Zellen löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="281"/>
        <source>Clear hours</source>
        <translation>Stunden löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="310"/>
        <source>Paste {count} hours cells</source>
        <translation>Stunden in {count} Zellen einfügen</translation>
    </message>
</context>
<context>
    <name>HoursDelegate</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/hours_delegate.py" line="41"/>
        <source>Hours in the week, 0 to 168 (7.5, 7,5 or 7:30); empty clears them</source>
        <translation>Stunden in der Woche, 0 bis 168 (7.5, 7,5 oder 7:30); leer löscht sie</translation>
    </message>
</context>
<context>
    <name>ImportLinesModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_model.py" line="19"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_model.py" line="20"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_model.py" line="21"/>
        <source>Task</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_model.py" line="22"/>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_model.py" line="23"/>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_model.py" line="24"/>
        <source>Billable</source>
        <translation>Abrechenbar</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_model.py" line="25"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_model.py" line="29"/>
        <source>Will be booked</source>
        <translation>Wird gebucht</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_model.py" line="77"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_model.py" line="78"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_model.py" line="86"/>
        <location filename="../../../cpm_desktop/ui/timesheets/import_model.py" line="90"/>
        <source>{name} (the file writes {written})</source>
        <translation>{name} (in der Datei: {written})</translation>
    </message>
</context>
<context>
    <name>TimesheetGrid</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_view.py" line="40"/>
        <source>Hours per task and day</source>
        <translation>Stunden je Vorgang und Tag</translation>
    </message>
</context>
<context>
    <name>TimesheetGridModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="28"/>
        <source>Hours on the project</source>
        <translation>Stunden im Projekt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="29"/>
        <source>Week&apos;s load / capacity</source>
        <translation>Wochenlast / Kapazität</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="40"/>
        <source>Assigned tasks</source>
        <translation>Zugeordnete Vorgänge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="42"/>
        <source>This week&apos;s tasks</source>
        <translation>Vorgänge dieser Woche</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="43"/>
        <source>All tasks</source>
        <translation>Alle Vorgänge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="140"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="160"/>
        <source>runs this week</source>
        <translation>läuft diese Woche</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="162"/>
        <source>not scheduled this week</source>
        <translation>diese Woche nicht geplant</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="237"/>
        <source>{person} on {task}</source>
        <translation>{person} in {task}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="243"/>
        <source>Assigned to this task</source>
        <translation>Diesem Vorgang zugeordnet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="247"/>
        <source>Billable</source>
        <translation>Abrechenbar</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="249"/>
        <source>Not billable</source>
        <translation>Nicht abrechenbar</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="307"/>
        <source>our team</source>
        <translation>unser Team</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="308"/>
        <source>the client&apos;s staff (hours not billable)</source>
        <translation>Mitarbeitende des Kunden (Stunden nicht abrechenbar)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="311"/>
        <source>a vendor&apos;s staff</source>
        <translation>Mitarbeitende eines Lieferanten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="314"/>
        <source>Capacity {hours} h a week</source>
        <translation>Kapazität {hours} h pro Woche</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="320"/>
        <source> + {hours} h on other projects</source>
        <translation> + {hours} h in anderen Projekten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="327"/>
        <source>over capacity</source>
        <translation>über der Kapazität</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="329"/>
        <source>within capacity</source>
        <translation>innerhalb der Kapazität</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="331"/>
        <source>{name}: {hours} h here{elsewhere} = {total} h of {capacity} h ({verdict})</source>
        <translation>{name}: {hours} h hier{elsewhere} = {total} h von {capacity} h ({verdict})</translation>
    </message>
</context>
<context>
    <name>TimesheetImport</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_flow.py" line="23"/>
        <source>Import timesheet</source>
        <translation>Stundenzettel importieren</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_flow.py" line="24"/>
        <source>Timesheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Stundenzettel (*.csv *.xlsx *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_flow.py" line="32"/>
        <source>Import a timesheet</source>
        <translation>Stundenzettel importieren</translation>
    </message>
</context>
<context>
    <name>TimesheetImportDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_dialog.py" line="36"/>
        <source>Import timesheet into {code}</source>
        <translation>Stundenzettel in {code} importieren</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_dialog.py" line="51"/>
        <source>Book {hours} Hours</source>
        <translation>{hours} Stunden buchen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_dialog.py" line="55"/>
        <source>Book</source>
        <translation>Buchen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_dialog.py" line="76"/>
        <source> · sheet {sheet}</source>
        <translation> · Blatt {sheet}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_dialog.py" line="87"/>
        <source>{lines}: {hours} hours in {entries} ({changing} changing what is booked); {refused}.</source>
        <translation>{lines}: {hours} Stunden in {entries} ({changing} ändern Gebuchtes); {refused}.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_dialog.py" line="91"/>
        <source>1 line</source>
        <translation>1 Zeile</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/timesheets/import_dialog.py" line="93"/>
        <source>%n lines</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_dialog.py" line="95"/>
        <source>1 weekly entry</source>
        <translation>1 Wocheneintrag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/timesheets/import_dialog.py" line="97"/>
        <source>%n weekly entries</source>
        <translation>
            <numerusform>%n Wocheneintrag</numerusform>
            <numerusform>%n Wocheneinträgen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_dialog.py" line="99"/>
        <source>1 line refused</source>
        <translation>1 Zeile abgelehnt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/timesheets/import_dialog.py" line="101"/>
        <source>%n lines refused</source>
        <translation>
            <numerusform>%n Zeile abgelehnt</numerusform>
            <numerusform>%n Zeilen abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_dialog.py" line="109"/>
        <source>columns {columns}</source>
        <translation>Spalten {columns}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_dialog.py" line="112"/>
        <source>Each person&apos;s hours on a task in a week replace what was booked there. Nothing is booked until you choose Book; Undo takes the whole import back.</source>
        <translation>Die Stunden einer Person in einem Vorgang und einer Woche ersetzen, was dort gebucht war. Gebucht wird erst mit „Buchen“; Rückgängig nimmt den ganzen Import zurück.</translation>
    </message>
</context>
<context>
    <name>TimesheetPage</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="59"/>
        <source>Type a person&apos;s hours on a task for the week (or F2; empty clears them); Delete clears the selected cells, Ctrl+V pastes a block from a spreadsheet. Dot: the task runs this week; shaded: the person&apos;s assigned tasks; italic: not billable; red: more than their capacity.</source>
        <translation>Stunden einer Person in einem Vorgang für die Woche eintippen (oder F2; leer löscht sie); Entf löscht die ausgewählten Zellen, Strg+V fügt einen Block aus einer Tabellenkalkulation ein. Punkt: Der Vorgang läuft diese Woche; schattiert: die zugeordneten Vorgänge der Person; kursiv: nicht abrechenbar; rot: mehr als ihre Kapazität.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="81"/>
        <source>Rows shown</source>
        <translation>Angezeigte Zeilen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="87"/>
        <source>The tasks offered as rows: those someone is assigned to (or booked), only those running this week, or every task of the plan</source>
        <translation>Die als Zeilen angebotenen Vorgänge: die, denen jemand zugeordnet ist (oder gebucht hat), nur die in dieser Woche laufenden oder alle Vorgänge des Plans</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="96"/>
        <source>&amp;Import Timesheet…</source>
        <translation>Stundenzettel &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="97"/>
        <source>Book the hours of a CSV or Excel timesheet</source>
        <translation>Die Stunden eines CSV- oder Excel-Stundenzettels buchen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="111"/>
        <source>No one to book hours yet</source>
        <translation>Noch niemand, der Stunden buchen kann</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="112"/>
        <source>Choose a project.</source>
        <translation>Wählen Sie ein Projekt.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="128"/>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="147"/>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="195"/>
        <source>Choose a project to see the hours its team booked.</source>
        <translation>Wählen Sie ein Projekt, um die von seinem Team gebuchten Stunden zu sehen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="203"/>
        <source>Nobody is assigned to a task of {code} yet. Assign people to tasks (Timeline, Assignments) and their weeks appear here, or import a timesheet.</source>
        <translation>Noch niemand ist einem Vorgang von {code} zugeordnet. Ordnen Sie Vorgängen Personen zu (Zeitleiste, Zuordnungen), dann erscheinen hier ihre Wochen, oder importieren Sie einen Stundenzettel.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="217"/>
        <source>{hours} h booked in the week by {booked} of %n people</source>
        <translation>
            <numerusform>{hours} h in der Woche gebucht ({booked} von %n Person)</numerusform>
            <numerusform>{hours} h in der Woche gebucht ({booked} von %n Personen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="224"/>
        <source>over capacity: {names}</source>
        <translation>über der Kapazität: {names}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="229"/>
        <source>closed: read-only</source>
        <translation>abgeschlossen: schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="302"/>
        <source>Paste hours</source>
        <translation>Stunden einfügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="303"/>
        <source>Nothing was pasted: {reason}</source>
        <translation>Nichts wurde eingefügt: {reason}</translation>
    </message>
</context>
<context>
    <name>WeekPicker</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/week_picker.py" line="31"/>
        <source>Previous week</source>
        <translation>Vorige Woche</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/week_picker.py" line="32"/>
        <source>Previous week (Alt+Left)</source>
        <translation>Vorige Woche (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/week_picker.py" line="36"/>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/week_picker.py" line="37"/>
        <source>Next week (Alt+Right)</source>
        <translation>Nächste Woche (Alt+Rechts)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/week_picker.py" line="43"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/week_picker.py" line="47"/>
        <source>Any day of the week to show: the week from its Monday</source>
        <translation>Ein beliebiger Tag der anzuzeigenden Woche: die Woche ab ihrem Montag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/week_picker.py" line="51"/>
        <source>This Week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/week_picker.py" line="52"/>
        <source>The week of today</source>
        <translation>Die Woche von heute</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/week_picker.py" line="54"/>
        <source>Status Date&apos;s Week</source>
        <translation>Woche des Stichtags</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/week_picker.py" line="57"/>
        <source>The week of the project&apos;s status date</source>
        <translation>Die Woche des Stichtags des Projekts</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/week_picker.py" line="100"/>
        <source>Week {number}: {monday} – {sunday}</source>
        <translation>KW {number}: {monday} – {sunday}</translation>
    </message>
</context>
</TS>
