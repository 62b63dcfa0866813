<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="76"/>
        <source>New Client</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="78"/>
        <source>Client — {name}</source>
        <translation>Kunde – {name}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="88"/>
        <source>e.g. Logistics, Retail, Public sector</source>
        <translation>z. B. Logistik, Handel, öffentlicher Sektor</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="94"/>
        <source>The ISO code (EUR, CHF, USD…) its new projects are priced in; existing projects keep theirs</source>
        <translation>Der ISO-Code (EUR, CHF, USD …), in dem seine neuen Projekte kalkuliert werden; bestehende Projekte behalten ihren</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="109"/>
        <source>The language its exports (pack, workbook, sign-off forms) are written in, with that region&apos;s dates, numbers and money</source>
        <translation>Die Sprache seiner Exporte (Unterlagen, Arbeitsmappe, Freigabeformulare), mit Datums-, Zahlen- und Währungsformat der Region</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="138"/>
        <source>&amp;Add Contact…</source>
        <translation>Kontakt &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="142"/>
        <source>&amp;Edit Contact…</source>
        <translation>Kontakt bearbei&amp;ten…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="153"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="154"/>
        <source>&amp;Industry</source>
        <translation>&amp;Branche</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="155"/>
        <source>Default &amp;currency</source>
        <translation>Standard&amp;währung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="157"/>
        <source>Export &amp;language</source>
        <translation>Export&amp;sprache</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="166"/>
        <source>Add&amp;ress</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="167"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="168"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="212"/>
        <source>Dates and money read: {date} · {amount}</source>
        <translation>Datum und Beträge lauten: {date} · {amount}</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/contact_dialog.py" line="21"/>
        <location filename="../../../cpm_desktop/ui/setup/contact_dialog.py" line="59"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/contact_dialog.py" line="23"/>
        <source>Contact — {name}</source>
        <translation>Kontakt – {name}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/contact_dialog.py" line="32"/>
        <source>e.g. Sponsor, Key user, Approver</source>
        <translation>z. B. Auftraggeber, Key-User, Freigeber</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/contact_dialog.py" line="37"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/contact_dialog.py" line="38"/>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/contact_dialog.py" line="39"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/contact_dialog.py" line="40"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/contact_dialog.py" line="60"/>
        <source>The contact&apos;s name cannot be empty.</source>
        <translation>Der Name des Kontakts darf nicht leer sein.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/contacts_model.py" line="12"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/contacts_model.py" line="13"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/contacts_model.py" line="14"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/contacts_model.py" line="15"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="261"/>
        <source>New client</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="292"/>
        <source>Client properties of {name}</source>
        <translation>Eigenschaften des Kunden {name}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="207"/>
        <source>Delete project {code}</source>
        <translation>Projekt {code} löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="235"/>
        <source>Delete client {name}</source>
        <translation>Kunde {name} löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="305"/>
        <source>New project {code}</source>
        <translation>Neues Projekt {code}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/properties.py" line="160"/>
        <source>Properties of {code}</source>
        <translation>Eigenschaften von {code}</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="118"/>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="119"/>
        <source>&amp;Client</source>
        <translation>&amp;Kunde</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="53"/>
        <source>Its own copy of the standard calendar</source>
        <translation>Eigene Kopie des Standardkalenders</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="54"/>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="79"/>
        <source>Blan&amp;k</source>
        <translation>&amp;Leer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="82"/>
        <source>From a project used as a tem&amp;plate</source>
        <translation>Aus einem Projekt als Vorla&amp;ge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="85"/>
        <source>Copies its outline, durations, links, risk categories and billing split; no dates, progress or history</source>
        <translation>Übernimmt Gliederung, Dauern, Verknüpfungen, Risikokategorien und Rechnungsaufteilung; keine Termine, keinen Fortschritt, keine Historie</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="92"/>
        <source>From a plan &amp;file</source>
        <translation>Aus einer &amp;Plandatei</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="95"/>
        <source>MS Project XML, GanttProject (.gan) or Planner (.planner)</source>
        <translation>MS Project XML, GanttProject (.gan) oder Planner (.planner)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="107"/>
        <source>The file&apos;s dates and calendar are kept</source>
        <translation>Termine und Kalender der Datei bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="109"/>
        <source>Bro&amp;wse…</source>
        <translation>Durc&amp;hsuchen…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="119"/>
        <source>Start from</source>
        <translation>Ausgangspunkt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="126"/>
        <source>New Cli&amp;ent…</source>
        <translation>Neuer Kund&amp;e…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="139"/>
        <source>A copy of the standard calendar the project may change alone, or a calendar it shares with other projects</source>
        <translation>Eine Kopie des Standardkalenders, die nur das Projekt ändert, oder ein mit anderen Projekten geteilter Kalender</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="146"/>
        <source>C&amp;alendar</source>
        <translation>Kalen&amp;der</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="179"/>
        <source>Choose the project&apos;s client, or add one with New Client….</source>
        <translation>Den Kunden des Projekts auswählen oder mit „Neuer Kunde…“ einen anlegen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="257"/>
        <source>Start from a plan file</source>
        <translation>Mit einer Plandatei beginnen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="273"/>
        <source>Share the workspace&apos;s {calendar} calendar</source>
        <translation>Kalender {calendar} des Arbeitsbereichs teilen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="276"/>
        <source>no project yet</source>
        <translation>noch kein Projekt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="279"/>
        <source>Share {calendar} (used by {users})</source>
        <translation>{calendar} teilen (verwendet von {users})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="332"/>
        <source>Choose the plan file to start from (Browse…).</source>
        <translation>Die Plandatei auswählen, mit der begonnen wird (Durchsuchen…).</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="341"/>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="344"/>
        <source>Creating {count} tasks and scheduling them…</source>
        <translation>{count} Vorgänge werden angelegt und terminiert…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="352"/>
        <source>Importing a plan</source>
        <translation>Plan wird importiert</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="40"/>
        <source>(no sponsor yet)</source>
        <translation>(noch kein Auftraggeber)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="78"/>
        <source>1–20 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; unique in the workspace</source>
        <translation>1–20 Buchstaben, Ziffern, „.“, „_“ oder „-“; eindeutig im Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="82"/>
        <source>e.g. ACME-WMS</source>
        <translation>z. B. ACME-WMS</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="88"/>
        <source>The client&apos;s contact who sponsors the project (Client › Properties adds people)</source>
        <translation>Der Kontakt des Kunden, der das Projekt beauftragt (Kunde › Eigenschaften fügt Personen hinzu)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="99"/>
        <source>What the client gets, and how success is measured</source>
        <translation>Was der Kunde bekommt und wie Erfolg gemessen wird</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="114"/>
        <source>The ISO code the project is priced in: EUR, CHF, USD…</source>
        <translation>Der ISO-Code, in dem das Projekt kalkuliert wird: EUR, CHF, USD …</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="121"/>
        <source>The cost the delivery team may spend</source>
        <translation>Die Kosten, die das Lieferteam aufwenden darf</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="126"/>
        <source>What the client pays</source>
        <translation>Was der Kunde bezahlt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="135"/>
        <source>How often a status report is due: it suggests the next status date</source>
        <translation>Wie oft ein Statusbericht fällig ist: schlägt den nächsten Stichtag vor</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="143"/>
        <source>C&amp;lient</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="144"/>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="145"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="146"/>
        <source>&amp;Sponsor</source>
        <translation>Auf&amp;traggeber</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="147"/>
        <source>Project &amp;manager</source>
        <translation>Pro&amp;jektleiter</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="148"/>
        <source>&amp;Objective</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="151"/>
        <source>S&amp;tart date</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="153"/>
        <source>C&amp;urrency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="154"/>
        <source>&amp;Budget</source>
        <translation>B&amp;udget</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="156"/>
        <source>Contract &amp;value</source>
        <translation>&amp;Vertragswert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="159"/>
        <source>Contract t&amp;ype</source>
        <translation>Vertrags&amp;art</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="161"/>
        <source>&amp;Reporting</source>
        <translation>Be&amp;richtsrhythmus</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="162"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="164"/>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="206"/>
        <source>The budget: {reason}</source>
        <translation>Das Budget: {reason}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="210"/>
        <source>The contract value: {reason}</source>
        <translation>Der Vertragswert: {reason}</translation>
    </message>
</context>
<context>
    <name>ProjectPropertiesDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/properties.py" line="31"/>
        <source>Open-book: the client may see cost figures</source>
        <translation>Open Book: der Kunde darf Kostenzahlen sehen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/properties.py" line="34"/>
        <source>Project Properties</source>
        <translation>Projekteigenschaften</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/properties.py" line="53"/>
        <source>Project Properties — {code} (closed, read-only)</source>
        <translation>Projekteigenschaften – {code} (abgeschlossen, schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/properties.py" line="57"/>
        <source>Project Properties — {code}</source>
        <translation>Projekteigenschaften – {code}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/properties.py" line="73"/>
        <source>Client exports then show the cost figures and budget; never the margin</source>
        <translation>Kundenexporte zeigen dann Kostenzahlen und Budget; nie die Marge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/properties.py" line="81"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/properties.py" line="85"/>
        <source>Edit Cal&amp;endar…</source>
        <translation>Kalender bearbe&amp;iten…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/properties.py" line="88"/>
        <source>Working days, holidays and exceptions of this project</source>
        <translation>Arbeitstage, Feiertage und Ausnahmen dieses Projekts</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/properties.py" line="96"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/properties.py" line="105"/>
        <source>{code} was closed on {date}: reopen it (Project menu) to change its properties.</source>
        <translation>{code} wurde am {date} abgeschlossen: zum Ändern der Eigenschaften wieder öffnen (Menü Projekt).</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/properties.py" line="130"/>
        <source>{stage} (moved by a stage gate)</source>
        <translation>{stage} (wechselt per Phasenfreigabe)</translation>
    </message>
</context>
<context>
    <name>SetupCommands</name>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="50"/>
        <source>New &amp;Client…</source>
        <translation>Neuer &amp;Kunde…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="55"/>
        <source>Add a client: name, industry, address, currency, contacts</source>
        <translation>Einen Kunden anlegen: Name, Branche, Adresse, Währung, Kontakte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="61"/>
        <source>New &amp;Project…</source>
        <translation>Neues &amp;Projekt…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="66"/>
        <source>Start a project: blank, from a template or from a plan file</source>
        <translation>Ein Projekt beginnen: leer, aus einer Vorlage oder aus einer Plandatei</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="72"/>
        <source>&amp;Properties…</source>
        <translation>&amp;Eigenschaften…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="79"/>
        <source>&amp;Calendar…</source>
        <translation>&amp;Kalender…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="85"/>
        <source>&amp;Delete Project…</source>
        <translation>Projekt &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="91"/>
        <source>P&amp;roperties…</source>
        <translation>&amp;Eigenschaften…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="98"/>
        <source>&amp;Delete Client…</source>
        <translation>Kunde &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="177"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="178"/>
        <source>The calendar editor is not installed.</source>
        <translation>Der Kalendereditor ist nicht installiert.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="193"/>
        <source>Delete project {code} ({name}) with its plan, risks, changes, reports and billing?

A backup of the workspace is written first: File › Restore from Backup… brings the project back. Edit › Undo also does, from the portfolio.</source>
        <translation>Projekt {code} ({name}) mit Plan, Risiken, Änderungen, Berichten und Abrechnung löschen?

Zuerst wird eine Sicherung des Arbeitsbereichs geschrieben: Datei › Aus Sicherung wiederherstellen… holt das Projekt zurück. Auch Bearbeiten › Rückgängig im Portfolio tut das.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="200"/>
        <source>Delete Project</source>
        <translation>Projekt löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="212"/>
        <source>Project {code} deleted</source>
        <translation>Projekt {code} gelöscht</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="224"/>
        <source>Delete client {name} with its contacts?

A backup of the workspace is written first: File › Restore from Backup… brings the client back.</source>
        <translation>Kunde {name} mit seinen Kontakten löschen?

Zuerst wird eine Sicherung des Arbeitsbereichs geschrieben: Datei › Aus Sicherung wiederherstellen… holt den Kunden zurück.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="230"/>
        <source>Delete Client</source>
        <translation>Kunde löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="241"/>
        <source>Client {name} deleted</source>
        <translation>Kunde {name} gelöscht</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="252"/>
        <source>Backup before deleting</source>
        <translation>Sicherung vor dem Löschen</translation>
    </message>
</context>
</TS>
