<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChangeScopeDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/change_scope_dialog.py" line="49"/>
        <source>Scope lines — {reference}</source>
        <translation>Umfangszeilen — {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/change_scope_dialog.py" line="56"/>
        <source>What {reference} “{title}” changes in the charter&apos;s scope. The lines count in the current scope once the client approves the request.</source>
        <translation>Was {reference} „{title}“ am Projektumfang des Projektauftrags ändert. Die Zeilen zählen zum aktuellen Umfang, sobald der Kunde den Antrag genehmigt.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/change_scope_dialog.py" line="72"/>
        <source>A line the request brings into the charter</source>
        <translation>Eine Zeile, die der Antrag in den Projektauftrag bringt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/change_scope_dialog.py" line="78"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/change_scope_dialog.py" line="85"/>
        <source>Take off</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/change_scope_dialog.py" line="88"/>
        <source>Take the selected line off the lines the request adds</source>
        <translation>Die ausgewählte Zeile aus den hinzugefügten Zeilen entfernen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/change_scope_dialog.py" line="111"/>
        <source>Lines it adds</source>
        <translation>Hinzugefügte Zeilen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/change_scope_dialog.py" line="117"/>
        <source>Lines of the charter it removes (tick them)</source>
        <translation>Zeilen des Projektauftrags, die er entfernt (abhaken)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/change_scope_dialog.py" line="170"/>
        <source>(removed by {reference})</source>
        <translation>(entfernt durch {reference})</translation>
    </message>
</context>
<context>
    <name>CharterDialogs</name>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="29"/>
        <source>What the project delivers</source>
        <translation>Was das Projekt liefert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="30"/>
        <source>What the project does not deliver</source>
        <translation>Was das Projekt nicht liefert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="33"/>
        <source>What the plan takes for granted</source>
        <translation>Was der Plan als gegeben annimmt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="34"/>
        <source>What limits how the project may deliver</source>
        <translation>Was einschränkt, wie das Projekt liefern kann</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="37"/>
        <source>What someone outside the project must deliver</source>
        <translation>Was jemand außerhalb des Projekts liefern muss</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="42"/>
        <source>Add in-scope line</source>
        <translation>Zeile im Umfang hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="43"/>
        <source>Add out-of-scope line</source>
        <translation>Zeile außerhalb des Umfangs hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="44"/>
        <source>Add assumption</source>
        <translation>Annahme hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="45"/>
        <source>Add constraint</source>
        <translation>Rahmenbedingung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="46"/>
        <source>Add dependency</source>
        <translation>Abhängigkeit hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="49"/>
        <source>Edit in-scope line</source>
        <translation>Zeile im Umfang bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="50"/>
        <source>Edit out-of-scope line</source>
        <translation>Zeile außerhalb des Umfangs bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="51"/>
        <source>Edit assumption</source>
        <translation>Annahme bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="52"/>
        <source>Edit constraint</source>
        <translation>Rahmenbedingung bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="53"/>
        <source>Edit dependency</source>
        <translation>Abhängigkeit bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="65"/>
        <source>Add objective</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="67"/>
        <source>Edit objective</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="73"/>
        <source>What the project must achieve</source>
        <translation>Was das Projekt erreichen muss</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="78"/>
        <source>How success is measured</source>
        <translation>Wie der Erfolg gemessen wird</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="82"/>
        <source>The value that counts as success</source>
        <translation>Der Wert, der als Erfolg gilt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="86"/>
        <source>As last measured (empty: not yet)</source>
        <translation>Wie zuletzt gemessen (leer: noch nicht)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="93"/>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="224"/>
        <source>&amp;Objective</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="94"/>
        <source>&amp;Measure</source>
        <translation>&amp;Messgröße</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="95"/>
        <source>&amp;Target</source>
        <translation>Ziel&amp;wert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="96"/>
        <source>&amp;Actual</source>
        <translation>&amp;Istwert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="97"/>
        <source>M&amp;et</source>
        <translation>&amp;Erfüllt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="131"/>
        <source>Who answers for it (optional)</source>
        <translation>Wer dafür verantwortlich ist (optional)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="134"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="135"/>
        <source>&amp;Line</source>
        <translation>&amp;Zeile</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="136"/>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="137"/>
        <source>&amp;Due</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="160"/>
        <source>Add SOW version</source>
        <translation>Leistungsbeschreibung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="162"/>
        <source>Edit SOW {version}</source>
        <translation>Leistungsbeschreibung {version} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="175"/>
        <source>The signed form is back and filed</source>
        <translation>Das unterschriebene Formular liegt vor und ist abgelegt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="180"/>
        <source>What this version changed</source>
        <translation>Was diese Version geändert hat</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="183"/>
        <source>&amp;Version</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="184"/>
        <source>&amp;Issued</source>
        <translation>&amp;Ausgestellt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="185"/>
        <source>&amp;Signed</source>
        <translation>&amp;Unterschrieben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="186"/>
        <source>Signed &amp;by</source>
        <translation>Unterschrieben v&amp;on</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="188"/>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="209"/>
        <source>Project objective and description</source>
        <translation>Projektziel und Beschreibung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="216"/>
        <source>What the client buys the project for</source>
        <translation>Wofür der Kunde das Projekt kauft</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="221"/>
        <source>The project in a few paragraphs</source>
        <translation>Das Projekt in einigen Absätzen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="226"/>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="252"/>
        <source>{format}, or empty: not signed yet</source>
        <translation>{format}, oder leer: noch nicht unterschrieben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="254"/>
        <source>{format}, or empty: no date</source>
        <translation>{format}, oder leer: kein Datum</translation>
    </message>
</context>
<context>
    <name>CharterHeader</name>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/header.py" line="24"/>
        <source>No objective recorded yet: say what the client buys the project for (Edit…).</source>
        <translation>Noch kein Ziel erfasst: festhalten, wofür der Kunde das Projekt kauft (Bearbeiten…).</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/header.py" line="47"/>
        <source>PROJECT OBJECTIVE</source>
        <translation>PROJEKTZIEL</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/header.py" line="58"/>
        <source>Signed form received</source>
        <translation>Unterschriebenes Formular erhalten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/header.py" line="62"/>
        <source>The client&apos;s signed copy of this SOW version is back and filed</source>
        <translation>Das vom Kunden unterschriebene Exemplar dieser Version liegt vor und ist abgelegt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/header.py" line="68"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/header.py" line="72"/>
        <source>Edit the project&apos;s objective and description</source>
        <translation>Projektziel und Beschreibung bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/header.py" line="114"/>
        <source>Statement of work: no signed version yet — add the one the client signed under Statement of work below.</source>
        <translation>Leistungsbeschreibung: noch keine unterschriebene Version — die vom Kunden unterschriebene unten unter Leistungsbeschreibung hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/header.py" line="124"/>
        <source>Statement of work {version}, signed {when} by {who}</source>
        <translation>Leistungsbeschreibung {version}, unterschrieben am {when} von {who}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/header.py" line="128"/>
        <source>Statement of work {version}, signed {when}</source>
        <translation>Leistungsbeschreibung {version}, unterschrieben am {when}</translation>
    </message>
</context>
<context>
    <name>CharterPage</name>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="27"/>
        <source>✓ Met</source>
        <translation>✓ Erfüllt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="28"/>
        <source>✗ Not met</source>
        <translation>✗ Nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="29"/>
        <source>Not yet measured</source>
        <translation>Noch nicht gemessen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="34"/>
        <source>In scope</source>
        <translation>Im Umfang</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="35"/>
        <source>Out of scope</source>
        <translation>Außerhalb des Umfangs</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="36"/>
        <source>Assumption</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="37"/>
        <source>Constraint</source>
        <translation>Rahmenbedingung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="38"/>
        <source>Dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="42"/>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="43"/>
        <source>pending</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="44"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="87"/>
        <source>Added by {reference} {title} ({effect})</source>
        <translation>Hinzugefügt durch {reference} {title} ({effect})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="91"/>
        <source>Removed by {reference} {title} ({effect})</source>
        <translation>Entfernt durch {reference} {title} ({effect})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="100"/>
        <source>In the charter as first signed</source>
        <translation>Im Projektauftrag wie ursprünglich unterschrieben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="115"/>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="120"/>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="125"/>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="130"/>
        <source>Actual</source>
        <translation>Istwert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="135"/>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="148"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="158"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="178"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="184"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="197"/>
        <source>✓ Received</source>
        <translation>✓ Erhalten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="198"/>
        <source>Awaited</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="204"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="206"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="210"/>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="213"/>
        <source>Not signed</source>
        <translation>Nicht unterschrieben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="217"/>
        <source>Signed by</source>
        <translation>Unterschrieben von</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="222"/>
        <source>Signed form</source>
        <translation>Unterschriebenes Formular</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="227"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="236"/>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="241"/>
        <source>Deliverable</source>
        <translation>Liefergegenstand</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="244"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="66"/>
        <source>Current: lines an approved change request added are marked + CR-…, removed ones − CR-… and struck through; a request not yet decided is marked pending. Original: the scope as first signed.</source>
        <translation>Aktuell: Von einem genehmigten Änderungsantrag hinzugefügte Zeilen sind mit + CR-… markiert, entfernte mit − CR-… und durchgestrichen; ein noch nicht entschiedener Antrag ist als offen markiert. Ursprünglich: der Umfang wie zuerst unterschrieben.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="73"/>
        <source>Assumptions</source>
        <translation>Annahmen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="74"/>
        <source>Constraints</source>
        <translation>Rahmenbedingungen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="75"/>
        <source>External dependencies</source>
        <translation>Externe Abhängigkeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="101"/>
        <source>No deliverables yet: list them on the Deliverables page.</source>
        <translation>Noch keine Liefergegenstände: auf der Seite Liefergegenstände erfassen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="105"/>
        <source>Original</source>
        <translation>Ursprünglich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="106"/>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="118"/>
        <source>The scope now: approved change requests applied, the others marked</source>
        <translation>Der Umfang jetzt: genehmigte Änderungsanträge angewendet, die übrigen markiert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="123"/>
        <source>The scope as first signed</source>
        <translation>Der Umfang wie ursprünglich unterschrieben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="134"/>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="150"/>
        <source>Objectives and success criteria</source>
        <translation>Ziele und Erfolgskriterien</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="162"/>
        <source>Assumptions, constraints and dependencies</source>
        <translation>Annahmen, Rahmenbedingungen und Abhängigkeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="171"/>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="352"/>
        <source>Deliverables</source>
        <translation>Liefergegenstände</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="174"/>
        <source>As the Deliverables page records them and the client accepts them.</source>
        <translation>Wie die Seite Liefergegenstände sie erfasst und der Kunde sie abnimmt.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="182"/>
        <source>Statement of work</source>
        <translation>Leistungsbeschreibung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="193"/>
        <source>Charter</source>
        <translation>Projektauftrag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="200"/>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="201"/>
        <source>Select a project to see its charter.</source>
        <translation>Ein Projekt auswählen, um seinen Projektauftrag zu sehen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="340"/>
        <source>No project is shown.</source>
        <translation>Es wird kein Projekt angezeigt.</translation>
    </message>
</context>
<context>
    <name>CharterPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="30"/>
        <source>No in-scope lines recorded.</source>
        <translation>Keine Zeilen im Umfang erfasst.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="31"/>
        <source>No out-of-scope lines recorded.</source>
        <translation>Keine Zeilen außerhalb des Umfangs erfasst.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="32"/>
        <source>No assumptions recorded.</source>
        <translation>Keine Annahmen erfasst.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="33"/>
        <source>No constraints recorded.</source>
        <translation>Keine Rahmenbedingungen erfasst.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="34"/>
        <source>No dependencies recorded.</source>
        <translation>Keine Abhängigkeiten erfasst.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="38"/>
        <source>the in-scope line “{text}”</source>
        <translation>die Zeile im Umfang „{text}“</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="39"/>
        <source>the out-of-scope line “{text}”</source>
        <translation>die Zeile außerhalb des Umfangs „{text}“</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="40"/>
        <source>the assumption “{text}”</source>
        <translation>die Annahme „{text}“</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="41"/>
        <source>the constraint “{text}”</source>
        <translation>die Rahmenbedingung „{text}“</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="42"/>
        <source>the dependency “{text}”</source>
        <translation>die Abhängigkeit „{text}“</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="65"/>
        <source>{count} met</source>
        <translation>{count} erfüllt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="66"/>
        <source>{count} not met</source>
        <translation>{count} nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="67"/>
        <source>{count} not yet measured</source>
        <translation>{count} noch nicht gemessen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="95"/>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="96"/>
        <source>Move Up the selected line ({keys})</source>
        <translation>Die ausgewählte Zeile nach oben verschieben ({keys})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="102"/>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="103"/>
        <source>Move Down the selected line ({keys})</source>
        <translation>Die ausgewählte Zeile nach unten verschieben ({keys})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="167"/>
        <source>No objectives yet. Add what the project must achieve and how success is measured.</source>
        <translation>Noch keine Ziele. Erfassen, was das Projekt erreichen muss und wie der Erfolg gemessen wird.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="232"/>
        <source>objective {position} “{objective}”</source>
        <translation>Ziel {position} „{objective}“</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="99"/>
        <source>{count} as first signed</source>
        <translation>{count} wie ursprünglich unterschrieben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="111"/>
        <source>{now} now: {original} original</source>
        <translation>{now} jetzt: {original} ursprünglich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="115"/>
        <source>, {count} added</source>
        <translation>, {count} hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="117"/>
        <source>, {count} removed</source>
        <translation>, {count} entfernt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="123"/>
        <source>{count} pending a decision</source>
        <translation>{count} warten auf eine Entscheidung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="254"/>
        <source>No SOW version recorded. Add the version the client signed.</source>
        <translation>Keine Version der Leistungsbeschreibung erfasst. Die vom Kunden unterschriebene Version hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="274"/>
        <source>In force: {version}, signed {day}</source>
        <translation>Gültig: {version}, unterschrieben am {day}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="306"/>
        <source>SOW {version}</source>
        <translation>Leistungsbeschreibung {version}</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="310"/>
        <source>Edit the project&apos;s objective</source>
        <translation>Projektziel bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="328"/>
        <source>Mark the signed form of SOW {version} received</source>
        <translation>Unterschriebenes Formular der Leistungsbeschreibung {version} als erhalten markieren</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="330"/>
        <source>Mark the signed form of SOW {version} awaited</source>
        <translation>Unterschriebenes Formular der Leistungsbeschreibung {version} als ausstehend markieren</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="202"/>
        <source>Add objective</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="211"/>
        <source>Edit objective {position}</source>
        <translation>Ziel {position} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="217"/>
        <source>Delete objective {position}</source>
        <translation>Ziel {position} löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="224"/>
        <source>Move objective {position} up</source>
        <translation>Ziel {position} nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="226"/>
        <source>Move objective {position} down</source>
        <translation>Ziel {position} nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="288"/>
        <source>Add SOW {version}</source>
        <translation>Leistungsbeschreibung {version} hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="290"/>
        <source>Add SOW</source>
        <translation>Leistungsbeschreibung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="296"/>
        <source>Edit SOW {version}</source>
        <translation>Leistungsbeschreibung {version} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="301"/>
        <source>Delete SOW {version}</source>
        <translation>Leistungsbeschreibung {version} löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="138"/>
        <source>Add {noun}</source>
        <translation>{noun} hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="143"/>
        <source>Edit {noun}</source>
        <translation>{noun} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="148"/>
        <source>Delete {noun}</source>
        <translation>{noun} löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="154"/>
        <source>Move {noun} up</source>
        <translation>{noun} nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="156"/>
        <source>Move {noun} down</source>
        <translation>{noun} nach unten verschieben</translation>
    </message>
</context>
<context>
    <name>RecordLists</name>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="159"/>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="241"/>
        <source>Statement of work versions</source>
        <translation>Versionen der Leistungsbeschreibung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="180"/>
        <source>In scope</source>
        <translation>Im Leistungsumfang</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="188"/>
        <source>Out of scope</source>
        <translation>Nicht im Leistungsumfang</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="196"/>
        <source>Assumptions</source>
        <translation>Annahmen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="204"/>
        <source>Constraints</source>
        <translation>Rahmenbedingungen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="212"/>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
</context>
<context>
    <name>RecordNouns</name>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="22"/>
        <source>in-scope line</source>
        <translation>Leistungsumfang-Zeile</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="23"/>
        <source>out-of-scope line</source>
        <translation>Ausschluss-Zeile</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="24"/>
        <source>assumption</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="25"/>
        <source>constraint</source>
        <translation>Rahmenbedingung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="26"/>
        <source>dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="158"/>
        <source>objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="240"/>
        <source>SOW version</source>
        <translation>Version der Leistungsbeschreibung</translation>
    </message>
</context>
</TS>
