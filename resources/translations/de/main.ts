<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="59"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="61"/>
        <source>Create a new workspace file</source>
        <translation>Eine neue Arbeitsbereichsdatei anlegen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="65"/>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="67"/>
        <source>Open another workspace file</source>
        <translation>Eine andere Arbeitsbereichsdatei öffnen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="71"/>
        <source>Connect to &amp;Team Server…</source>
        <translation>Mit &amp;Teamserver verbinden…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="73"/>
        <source>Open the workspace your team shares on a PostgreSQL server</source>
        <translation>Den Arbeitsbereich öffnen, den Ihr Team auf einem PostgreSQL-Server teilt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="78"/>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="80"/>
        <source>Write a copy of this workspace to another file</source>
        <translation>Eine Kopie dieses Arbeitsbereichs in eine andere Datei schreiben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="84"/>
        <source>Restore from &amp;Backup…</source>
        <translation>Aus &amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="86"/>
        <source>Put one of this workspace&apos;s backups in its place; the current file is kept aside</source>
        <translation>Eine Sicherung dieses Arbeitsbereichs an seine Stelle setzen; die aktuelle Datei wird beiseitegelegt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="92"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="94"/>
        <source>Import an MS Project XML, GanttProject or GNOME Planner file as a new project</source>
        <translation>Eine MS-Project-XML-, GanttProject- oder GNOME-Planner-Datei als neues Projekt importieren</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="101"/>
        <source>Import Client E&amp;dits…</source>
        <translation>Kunden&amp;änderungen importieren…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="103"/>
        <source>Read a client workbook that came back and choose which of its edits to apply</source>
        <translation>Eine zurückgesandte Kundenmappe lesen und auswählen, welche Änderungen übernommen werden</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="109"/>
        <source>&amp;Excel Workbook…</source>
        <translation>&amp;Excel-Arbeitsmappe…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="111"/>
        <source>Write the selected project&apos;s client workbook (.xlsx): summary, schedule, risks, changes</source>
        <translation>Die Kundenmappe des gewählten Projekts schreiben (.xlsx): Zusammenfassung, Terminplan, Risiken, Änderungen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="118"/>
        <source>&amp;Steering Committee Pack (PDF)…</source>
        <translation>&amp;Lenkungsausschuss-Bericht (PDF)…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="120"/>
        <source>Print the selected project&apos;s steering committee pack: cover, executive summary, milestones, Gantt, finance, risks, changes, decisions</source>
        <translation>Den Lenkungsausschuss-Bericht des gewählten Projekts drucken: Deckblatt, Zusammenfassung, Meilensteine, Gantt, Finanzen, Risiken, Änderungen, Entscheidungen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="127"/>
        <source>&amp;MS Project XML…</source>
        <translation>&amp;MS-Project-XML…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="129"/>
        <source>Write the selected project as an MS Project XML file</source>
        <translation>Das gewählte Projekt als MS-Project-XML-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="133"/>
        <source>&amp;Open Workbook After Export</source>
        <translation>Arbeitsmappe nach dem Export ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="135"/>
        <source>Open each exported client workbook in the spreadsheet application</source>
        <translation>Jede exportierte Kundenmappe in der Tabellenkalkulation öffnen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="141"/>
        <source>E&amp;xchange Rates…</source>
        <translation>&amp;Wechselkurse…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="143"/>
        <source>The workspace&apos;s reporting currency and the dated exchange rates the portfolio rolls up with</source>
        <translation>Die Berichtswährung des Arbeitsbereichs und die datierten Wechselkurse, mit denen das Portfolio zusammengefasst wird</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="150"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="152"/>
        <source>Close CPM Desktop</source>
        <translation>CPM Desktop schließen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="156"/>
        <source>&amp;About CPM Desktop</source>
        <translation>Ü&amp;ber CPM Desktop</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="158"/>
        <source>Version and credits</source>
        <translation>Version und Danksagungen</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../../cpm_desktop/ui/errors.py" line="29"/>
        <source>Something unexpected went wrong. Your workspace is safe: every change made before this was already saved.

Details were written to:
{where}</source>
        <translation>Etwas Unerwartetes ist schiefgegangen. Ihr Arbeitsbereich ist sicher: Jede vorher vorgenommene Änderung war bereits gespeichert.

Einzelheiten wurden geschrieben nach:
{where}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/errors.py" line="48"/>
        <source>the terminal (the log folder is not writable)</source>
        <translation>das Terminal (der Protokollordner ist nicht beschreibbar)</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../../../cpm_desktop/ui/file_commands.py" line="37"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/file_commands.py" line="98"/>
        <location filename="../../../cpm_desktop/ui/file_commands.py" line="118"/>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/file_commands.py" line="130"/>
        <source>Copy saved to {path}</source>
        <translation>Kopie gespeichert unter {path}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/file_commands.py" line="146"/>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/file_commands.py" line="163"/>
        <source>Import a plan</source>
        <translation>Einen Plan importieren</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/file_commands.py" line="194"/>
        <source>Exported {code} to {path}</source>
        <translation>{code} exportiert nach {path}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/file_commands.py" line="209"/>
        <source>Exported the client workbook to {path}</source>
        <translation>Kundenmappe exportiert nach {path}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/file_commands.py" line="224"/>
        <source>Exported the steering committee pack to {path}</source>
        <translation>Lenkungsausschuss-Bericht exportiert nach {path}</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../../cpm_desktop/ui/formatting.py" line="37"/>
        <source>d</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/formatting.py" line="39"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/formatting.py" line="39"/>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/formatting.py" line="106"/>
        <source>{text!r} is not a date: type it like {example}.</source>
        <translation>{text!r} ist kein Datum: Geben Sie es wie {example} ein.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/formatting.py" line="124"/>
        <source>{text!r} is not a {what}: type whole working days, e.g. 5 or 5d.</source>
        <translation>{text!r} ist keine gültige Angabe ({what}): Geben Sie ganze Arbeitstage ein, z. B. 5 oder 5 T.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/formatting.py" line="136"/>
        <source>{text!r} is not a % complete: type a whole number from 0 to 100.</source>
        <translation>{text!r} ist kein Fertigstellungsgrad: Geben Sie eine ganze Zahl von 0 bis 100 ein.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/formatting.py" line="170"/>
        <source>{text!r} is not an amount: type it like 15000 or 15000.50.</source>
        <translation>{text!r} ist kein Betrag: Geben Sie ihn wie 15000 oder 15000,50 ein.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../cpm_desktop/ui/main_menus.py" line="81"/>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/main_window.py" line="113"/>
        <source>Clients and projects</source>
        <translation>Kunden und Projekte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/main_window.py" line="148"/>
        <source>No project selected</source>
        <translation>Kein Projekt ausgewählt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/main_window.py" line="149"/>
        <location filename="../../../cpm_desktop/ui/main_window.py" line="345"/>
        <source>Choose a project in the list on the left to see its plan.</source>
        <translation>Wählen Sie links in der Liste ein Projekt, um seinen Plan zu sehen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/main_window.py" line="329"/>
        <source>The workspace file: every change is saved to it at once</source>
        <translation>Die Arbeitsbereichsdatei: Jede Änderung wird sofort darin gespeichert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/main_window.py" line="339"/>
        <source>This workspace has no clients or projects yet.</source>
        <translation>Dieser Arbeitsbereich hat noch keine Kunden oder Projekte.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/main_window.py" line="350"/>
        <source>Read-only: changes cannot be saved</source>
        <translation>Schreibgeschützt: Änderungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/main_window.py" line="352"/>
        <location filename="../../../cpm_desktop/ui/main_window.py" line="406"/>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/header_follow.py" line="53"/>
        <source>Finish: {date}</source>
        <translation>Ende: {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/header_follow.py" line="58"/>
        <source>Critical tasks: {count}</source>
        <translation>Kritische Vorgänge: {count}</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <location filename="../../../cpm_desktop/ui/main_menus.py" line="33"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/main_menus.py" line="41"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/main_menus.py" line="45"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/main_menus.py" line="59"/>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="79"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="89"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="102"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
</context>
<context>
    <name>ProjectHeader</name>
    <message>
        <location filename="../../../cpm_desktop/ui/project_header.py" line="37"/>
        <source>an earlier date</source>
        <translation>einem früheren Datum</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_header.py" line="39"/>
        <source>Closed on {date}, read-only</source>
        <translation>Abgeschlossen am {date}, schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_header.py" line="45"/>
        <source>Status report due since {date} — Update Status…</source>
        <translation>Statusbericht fällig seit {date} — Status aktualisieren…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_header.py" line="145"/>
        <source>PM {name}</source>
        <translation>PL {name}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_header.py" line="151"/>
        <source>Sponsor {name}</source>
        <translation>Auftraggeber {name}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_header.py" line="160"/>
        <source>Status date</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_header.py" line="164"/>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_header.py" line="167"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_header.py" line="190"/>
        <source>Project › Reopen Project… makes it editable again</source>
        <translation>Projekt › Projekt wieder öffnen… macht es wieder bearbeitbar</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_header.py" line="201"/>
        <source>The cadence&apos;s next status date has passed: enter progress and write the report (Project › Update Status…, Ctrl+Shift+U)</source>
        <translation>Der nächste Stichtag laut Berichtsrhythmus ist vorbei: Fortschritt erfassen und Bericht schreiben (Projekt › Status aktualisieren…, Strg+Umschalt+U)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_header.py" line="213"/>
        <source>NOT RATED</source>
        <translation>NICHT BEWERTET</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_header.py" line="215"/>
        <source>Overall status: not rated by the PM, and nothing measured yet to compute it from</source>
        <translation>Gesamtstatus: von der Projektleitung nicht bewertet, und noch nichts gemessen, woraus er sich berechnen ließe</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_header.py" line="232"/>
        <source>Overall status. {explanation}</source>
        <translation>Gesamtstatus. {explanation}</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../../cpm_desktop/ui/read_only_banner.py" line="49"/>
        <source>&lt;b&gt;Read-only&lt;/b&gt; ({reason}): you can read and export everything. To make changes, use File › Save a Copy… and open the copy.</source>
        <translation>&lt;b&gt;Schreibgeschützt&lt;/b&gt; ({reason}): Sie können alles lesen und exportieren. Um Änderungen vorzunehmen, verwenden Sie Datei › Kopie speichern… und öffnen Sie die Kopie.</translation>
    </message>
</context>
<context>
    <name>ServerConnect</name>
    <message>
        <location filename="../../../cpm_desktop/ui/server_connect.py" line="43"/>
        <source>Connect to Team Server</source>
        <translation>Mit Teamserver verbinden</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/server_connect.py" line="55"/>
        <source>from the keyring, ~/.pgpass or PGPASSWORD</source>
        <translation>aus dem Schlüsselbund, ~/.pgpass oder PGPASSWORD</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/server_connect.py" line="58"/>
        <source>Remember the password in the system keyring</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/server_connect.py" line="65"/>
        <source>This system has no keyring to keep it in.</source>
        <translation>Dieses System hat keinen Schlüsselbund, in dem es gespeichert werden kann.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/server_connect.py" line="74"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/server_connect.py" line="75"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/server_connect.py" line="76"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/server_connect.py" line="77"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/server_connect.py" line="78"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/server_connect.py" line="84"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../../cpm_desktop/ui/undo.py" line="113"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/undo.py" line="113"/>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Rückgängig: {step}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/undo.py" line="114"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/undo.py" line="114"/>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Wiederholen: {step}</translation>
    </message>
</context>
<context>
    <name>ViewCommands</name>
    <message>
        <location filename="../../../cpm_desktop/ui/language.py" line="26"/>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="23"/>
        <source>&amp;System Light or Dark</source>
        <translation>&amp;Hell oder dunkel wie das System</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="24"/>
        <source>&amp;Light</source>
        <translation>H&amp;ell</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="25"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="26"/>
        <source>&amp;High Contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="52"/>
        <source>Show the {tab} tab</source>
        <translation>Die Registerkarte {tab} anzeigen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="58"/>
        <source>&amp;Larger Text</source>
        <translation>&amp;Größere Schrift</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="61"/>
        <source>S&amp;maller Text</source>
        <translation>&amp;Kleinere Schrift</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="64"/>
        <source>&amp;Actual Text Size</source>
        <translation>&amp;Normale Schriftgröße</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="67"/>
        <source>Make all text of the window larger</source>
        <translation>Alle Texte des Fensters vergrößern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="70"/>
        <source>Make all text of the window smaller</source>
        <translation>Alle Texte des Fensters verkleinern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="73"/>
        <source>Put the text back at the system&apos;s size</source>
        <translation>Die Schrift wieder auf die Systemgröße setzen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="82"/>
        <source>Colours of the window: {scheme}</source>
        <translation>Farben des Fensters: {scheme}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="92"/>
        <source>The language of the window, from the next start</source>
        <translation>Die Sprache des Fensters, ab dem nächsten Start</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="133"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="134"/>
        <source>CPM Desktop speaks {language} from its next start.</source>
        <translation>CPM Desktop spricht ab dem nächsten Start {language}.</translation>
    </message>
</context>
<context>
    <name>WorkspaceFiles</name>
    <message>
        <location filename="../../../cpm_desktop/ui/workspace_files.py" line="20"/>
        <source>CPM workspaces (*.cpm)</source>
        <translation>CPM-Arbeitsbereiche (*.cpm)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workspace_files.py" line="32"/>
        <location filename="../../../cpm_desktop/ui/workspace_files.py" line="42"/>
        <location filename="../../../cpm_desktop/ui/workspace_files.py" line="58"/>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workspace_files.py" line="33"/>
        <source>New workspace.cpm</source>
        <translation>Neuer Arbeitsbereich.cpm</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workspace_files.py" line="43"/>
        <source>Start the new workspace with the demo portfolio (two sample clients)?

Choose No for an empty workspace.</source>
        <translation>Den neuen Arbeitsbereich mit dem Demo-Portfolio (zwei Beispielkunden) beginnen?

Wählen Sie Nein für einen leeren Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workspace_files.py" line="66"/>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workspace_files.py" line="79"/>
        <location filename="../../../cpm_desktop/ui/workspace_files.py" line="89"/>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workspace_files.py" line="118"/>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
</context>
<context>
    <name>WorkspaceRecovery</name>
    <message>
        <location filename="../../../cpm_desktop/ui/workspace_recovery.py" line="22"/>
        <source>Damaged workspace</source>
        <translation>Beschädigter Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workspace_recovery.py" line="45"/>
        <source>{name} is damaged and cannot be opened safely.</source>
        <translation>{name} ist beschädigt und kann nicht sicher geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workspace_recovery.py" line="53"/>
        <source>Its newest good backup was taken on {taken}.

Restore it? Changes made after that time are not in the backup; the damaged file is kept beside the workspace, renamed, and is never deleted.</source>
        <translation>Die neueste intakte Sicherung stammt vom {taken}.

Wiederherstellen? Danach vorgenommene Änderungen sind nicht in der Sicherung; die beschädigte Datei bleibt umbenannt neben dem Arbeitsbereich und wird nie gelöscht.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workspace_recovery.py" line="61"/>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workspace_recovery.py" line="67"/>
        <source>No intact backup of it was found. You can open it read-only to see, and export, what can still be read.</source>
        <translation>Es wurde keine intakte Sicherung gefunden. Sie können die Datei schreibgeschützt öffnen, um zu sehen und zu exportieren, was noch lesbar ist.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workspace_recovery.py" line="74"/>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
</context>
</TS>
