<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_flow.py" line="68"/>
        <source>Import timesheet {file}</source>
        <translation>Importer la feuille de temps {file}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="259"/>
        <source>Book {hours} h: {person} on {task}</source>
        <translation>Saisir {hours} h&#xa0;: {person} sur {task}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="267"/>
        <source>Clear hours: {person} on {task}</source>
        <translation>Effacer les heures&#xa0;: {person} sur {task}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="279"/>
        <source>Clear {count} hours cells</source>
        <translation>Effacer les heures de {count} cellules</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="281"/>
        <source>Clear hours</source>
        <translation>Effacer les heures</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="310"/>
        <source>Paste {count} hours cells</source>
        <translation>Coller les heures dans {count} cellules</translation>
    </message>
</context>
<context>
    <name>HoursDelegate</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/hours_delegate.py" line="41"/>
        <source>Hours in the week, 0 to 168 (7.5, 7,5 or 7:30); empty clears them</source>
        <translation>Heures de la semaine, de 0 à 168 (7.5, 7,5 ou 7:30) ; vide les efface</translation>
    </message>
</context>
<context>
    <name>ImportLinesModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_model.py" line="19"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_model.py" line="20"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_model.py" line="21"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_model.py" line="22"/>
        <source>Week of</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_model.py" line="23"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_model.py" line="24"/>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_model.py" line="25"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_model.py" line="29"/>
        <source>Will be booked</source>
        <translation>Sera saisi</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_model.py" line="77"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_model.py" line="78"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_model.py" line="86"/>
        <location filename="../../../cpm_desktop/ui/timesheets/import_model.py" line="90"/>
        <source>{name} (the file writes {written})</source>
        <translation>{name} (le fichier indique {written})</translation>
    </message>
</context>
<context>
    <name>TimesheetGrid</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_view.py" line="40"/>
        <source>Hours per task and day</source>
        <translation>Heures par tâche et par jour</translation>
    </message>
</context>
<context>
    <name>TimesheetGridModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="28"/>
        <source>Hours on the project</source>
        <translation>Heures sur le projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="29"/>
        <source>Week&apos;s load / capacity</source>
        <translation>Charge de la semaine / capacité</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="40"/>
        <source>Assigned tasks</source>
        <translation>Tâches affectées</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="42"/>
        <source>This week&apos;s tasks</source>
        <translation>Tâches de la semaine</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="43"/>
        <source>All tasks</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="140"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="160"/>
        <source>runs this week</source>
        <translation>en cours cette semaine</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="162"/>
        <source>not scheduled this week</source>
        <translation>non planifiée cette semaine</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="237"/>
        <source>{person} on {task}</source>
        <translation>{person} sur {task}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="243"/>
        <source>Assigned to this task</source>
        <translation>Affecté à cette tâche</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="247"/>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="249"/>
        <source>Not billable</source>
        <translation>Non facturable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="307"/>
        <source>our team</source>
        <translation>notre équipe</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="308"/>
        <source>the client&apos;s staff (hours not billable)</source>
        <translation>personnel du client (heures non facturables)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="311"/>
        <source>a vendor&apos;s staff</source>
        <translation>personnel d&apos;un fournisseur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="314"/>
        <source>Capacity {hours} h a week</source>
        <translation>Capacité {hours} h par semaine</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="320"/>
        <source> + {hours} h on other projects</source>
        <translation> + {hours} h sur d&apos;autres projets</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="327"/>
        <source>over capacity</source>
        <translation>au-delà de la capacité</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="329"/>
        <source>within capacity</source>
        <translation>dans la capacité</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/grid_model.py" line="331"/>
        <source>{name}: {hours} h here{elsewhere} = {total} h of {capacity} h ({verdict})</source>
        <translation>{name} : {hours} h ici{elsewhere} = {total} h sur {capacity} h ({verdict})</translation>
    </message>
</context>
<context>
    <name>TimesheetImport</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_flow.py" line="23"/>
        <source>Import timesheet</source>
        <translation>Importer une feuille de temps</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_flow.py" line="24"/>
        <source>Timesheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Feuilles de temps (*.csv *.xlsx *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_flow.py" line="32"/>
        <source>Import a timesheet</source>
        <translation>Importer une feuille de temps</translation>
    </message>
</context>
<context>
    <name>TimesheetImportDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_dialog.py" line="36"/>
        <source>Import timesheet into {code}</source>
        <translation>Importer une feuille de temps dans {code}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_dialog.py" line="51"/>
        <source>Book {hours} Hours</source>
        <translation>Saisir {hours} heures</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_dialog.py" line="55"/>
        <source>Book</source>
        <translation>Saisir</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_dialog.py" line="76"/>
        <source> · sheet {sheet}</source>
        <translation> · feuille {sheet}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_dialog.py" line="87"/>
        <source>{lines}: {hours} hours in {entries} ({changing} changing what is booked); {refused}.</source>
        <translation>{lines} : {hours} heures en {entries} ({changing} modifiant la saisie existante) ; {refused}.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_dialog.py" line="91"/>
        <source>1 line</source>
        <translation>1 ligne</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/timesheets/import_dialog.py" line="93"/>
        <source>%n lines</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_dialog.py" line="95"/>
        <source>1 weekly entry</source>
        <translation>1 saisie hebdomadaire</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/timesheets/import_dialog.py" line="97"/>
        <source>%n weekly entries</source>
        <translation>
            <numerusform>%n saisie hebdomadaire</numerusform>
            <numerusform>%n saisies hebdomadaires</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_dialog.py" line="99"/>
        <source>1 line refused</source>
        <translation>1 ligne refusée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/timesheets/import_dialog.py" line="101"/>
        <source>%n lines refused</source>
        <translation>
            <numerusform>%n ligne refusée</numerusform>
            <numerusform>%n lignes refusées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_dialog.py" line="109"/>
        <source>columns {columns}</source>
        <translation>colonnes {columns}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/import_dialog.py" line="112"/>
        <source>Each person&apos;s hours on a task in a week replace what was booked there. Nothing is booked until you choose Book; Undo takes the whole import back.</source>
        <translation>Les heures d&apos;une personne sur une tâche pour une semaine remplacent celles déjà saisies. Rien n&apos;est saisi avant de choisir « Saisir » ; Annuler reprend tout l&apos;import.</translation>
    </message>
</context>
<context>
    <name>TimesheetPage</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="59"/>
        <source>Type a person&apos;s hours on a task for the week (or F2; empty clears them); Delete clears the selected cells, Ctrl+V pastes a block from a spreadsheet. Dot: the task runs this week; shaded: the person&apos;s assigned tasks; italic: not billable; red: more than their capacity.</source>
        <translation>Saisissez les heures d&apos;une personne sur une tâche pour la semaine (ou F2 ; vide les efface) ; Suppr efface les cellules sélectionnées, Ctrl+V colle un bloc d&apos;un tableur. Point : la tâche est en cours cette semaine ; grisé : les tâches affectées à la personne ; italique : non facturable ; rouge : au-delà de sa capacité.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="81"/>
        <source>Rows shown</source>
        <translation>Lignes affichées</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="87"/>
        <source>The tasks offered as rows: those someone is assigned to (or booked), only those running this week, or every task of the plan</source>
        <translation>Les tâches proposées en lignes : celles auxquelles quelqu&apos;un est affecté (ou a saisi), seulement celles en cours cette semaine, ou toutes les tâches du plan</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="96"/>
        <source>&amp;Import Timesheet…</source>
        <translation>&amp;Importer une feuille de temps…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="97"/>
        <source>Book the hours of a CSV or Excel timesheet</source>
        <translation>Saisir les heures d&apos;une feuille de temps CSV ou Excel</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="111"/>
        <source>No one to book hours yet</source>
        <translation>Personne pour saisir des heures</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="112"/>
        <source>Choose a project.</source>
        <translation>Choisissez un projet.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="128"/>
        <source>Rows:</source>
        <translation>Lignes :</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="147"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="195"/>
        <source>Choose a project to see the hours its team booked.</source>
        <translation>Choisissez un projet pour voir les heures saisies par son équipe.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="203"/>
        <source>Nobody is assigned to a task of {code} yet. Assign people to tasks (Timeline, Assignments) and their weeks appear here, or import a timesheet.</source>
        <translation>Personne n&apos;est encore affecté à une tâche de {code}. Affectez des personnes aux tâches (Chronologie, Affectations) et leurs semaines apparaissent ici, ou importez une feuille de temps.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="217"/>
        <source>{hours} h booked in the week by {booked} of %n people</source>
        <translation>
            <numerusform>{hours} h saisies dans la semaine par {booked} sur %n personne</numerusform>
            <numerusform>{hours} h saisies dans la semaine par {booked} sur %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="224"/>
        <source>over capacity: {names}</source>
        <translation>au-delà de la capacité : {names}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="229"/>
        <source>closed: read-only</source>
        <translation>clôturé : lecture seule</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="302"/>
        <source>Paste hours</source>
        <translation>Coller des heures</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/page.py" line="303"/>
        <source>Nothing was pasted: {reason}</source>
        <translation>Rien n&apos;a été collé : {reason}</translation>
    </message>
</context>
<context>
    <name>WeekPicker</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/week_picker.py" line="31"/>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/week_picker.py" line="32"/>
        <source>Previous week (Alt+Left)</source>
        <translation>Semaine précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/week_picker.py" line="36"/>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/week_picker.py" line="37"/>
        <source>Next week (Alt+Right)</source>
        <translation>Semaine suivante (Alt+Droite)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/week_picker.py" line="43"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/week_picker.py" line="47"/>
        <source>Any day of the week to show: the week from its Monday</source>
        <translation>N&apos;importe quel jour de la semaine à afficher : la semaine à partir de son lundi</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/week_picker.py" line="51"/>
        <source>This Week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/week_picker.py" line="52"/>
        <source>The week of today</source>
        <translation>La semaine d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/week_picker.py" line="54"/>
        <source>Status Date&apos;s Week</source>
        <translation>Semaine de la date d&apos;état</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/week_picker.py" line="57"/>
        <source>The week of the project&apos;s status date</source>
        <translation>La semaine de la date d&apos;état du projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timesheets/week_picker.py" line="100"/>
        <source>Week {number}: {monday} – {sunday}</source>
        <translation>Semaine {number} : {monday} – {sunday}</translation>
    </message>
</context>
</TS>
