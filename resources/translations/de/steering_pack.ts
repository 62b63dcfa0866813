<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>LogoPicker</name>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/logo_picker.py" line="25"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/logo_picker.py" line="47"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/logo_picker.py" line="50"/>
        <source>A PNG or JPEG image of at most 2 MB</source>
        <translation>Ein PNG- oder JPEG-Bild von höchstens 2 MB</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/logo_picker.py" line="52"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/logo_picker.py" line="86"/>
        <source>Choose the client&apos;s logo</source>
        <translation>Logo des Kunden auswählen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/logo_picker.py" line="95"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/logo_picker.py" line="102"/>
        <source>{file} cannot be read: {reason}.</source>
        <translation>{file} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/logo_picker.py" line="111"/>
        <source>{file} cannot be used. {reason}</source>
        <translation>{file} kann nicht verwendet werden. {reason}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/logo_picker.py" line="120"/>
        <source>{file} is damaged or not an image.</source>
        <translation>{file} ist beschädigt oder kein Bild.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/logo_picker.py" line="148"/>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/logo_picker.py" line="150"/>
        <source>The cover shows the client&apos;s name only.</source>
        <translation>Das Deckblatt zeigt nur den Namen des Kunden.</translation>
    </message>
</context>
<context>
    <name>RagCombo</name>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/rag_combo.py" line="12"/>
        <source>Not set: the pack derives it from the project&apos;s figures</source>
        <translation>Nicht gesetzt: die Unterlagen leiten es aus den Projektzahlen ab</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/rag_combo.py" line="23"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/rag_combo.py" line="28"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/rag_combo.py" line="29"/>
        <source>Amber</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/rag_combo.py" line="30"/>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
</context>
<context>
    <name>SectionsModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/sections_model.py" line="23"/>
        <source>Cover page</source>
        <translation>Deckblatt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/sections_model.py" line="24"/>
        <source>Executive summary and KPIs</source>
        <translation>Management-Zusammenfassung und KPIs</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/sections_model.py" line="25"/>
        <source>Since the last report</source>
        <translation>Seit dem letzten Bericht</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/sections_model.py" line="26"/>
        <source>Actions from the last meeting and open actions</source>
        <translation>Maßnahmen: letzte Sitzung und offene</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/sections_model.py" line="27"/>
        <source>Charter objectives and scope</source>
        <translation>Ziele und Umfang laut Projektauftrag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/sections_model.py" line="28"/>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/sections_model.py" line="29"/>
        <source>Deliverables and acceptance</source>
        <translation>Liefergegenstände und Abnahme</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/sections_model.py" line="30"/>
        <source>Gantt chart</source>
        <translation>Gantt-Diagramm</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/sections_model.py" line="31"/>
        <source>Service levels (SLAs)</source>
        <translation>Service-Level (SLAs)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/sections_model.py" line="32"/>
        <source>Budget and earned value</source>
        <translation>Budget und Fertigstellungswert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/sections_model.py" line="33"/>
        <source>Billing schedule</source>
        <translation>Rechnungsplan</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/sections_model.py" line="34"/>
        <source>Top risks and issues</source>
        <translation>Wichtigste Risiken und Probleme</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/sections_model.py" line="35"/>
        <source>Change requests</source>
        <translation>Änderungsanträge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/sections_model.py" line="36"/>
        <source>Client satisfaction (CSAT)</source>
        <translation>Kundenzufriedenheit (CSAT)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/sections_model.py" line="37"/>
        <source>Decisions, next steps and decision log</source>
        <translation>Entscheidungen, nächste Schritte, Protokoll</translation>
    </message>
</context>
<context>
    <name>SteeringPackDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="48"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="49"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="52"/>
        <source>Summary tasks and milestones</source>
        <translation>Sammelvorgänge und Meilensteine</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="53"/>
        <source>Every task</source>
        <translation>Alle Vorgänge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="56"/>
        <source>Schedule:</source>
        <translation>Zeitplan:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="57"/>
        <source>Budget:</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="58"/>
        <source>Scope:</source>
        <translation>Umfang:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="59"/>
        <source>Risk:</source>
        <translation>Risiko:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="62"/>
        <source>Commentary</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="63"/>
        <source>Decisions required</source>
        <translation>Nötige Entscheidungen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="64"/>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="65"/>
        <source>Internal notes</source>
        <translation>Interne Notizen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="68"/>
        <source>Open-book contract: the client may see cost figures</source>
        <translation>Open-Book-Vertrag: Kunde darf Kosten sehen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="98"/>
        <source>Steering Committee Pack — {code}</source>
        <translation>Unterlagen für den Lenkungsausschuss – {code}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="103"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="106"/>
        <source>status date {date}</source>
        <translation>Stichtag {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="120"/>
        <source>&amp;Open the PDF when done</source>
        <translation>PDF danach &amp;öffnen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="131"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="162"/>
        <source>Print the steering committee&apos;s date on the cover</source>
        <translation>Das Datum des Lenkungsausschusses auf das Deckblatt drucken</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="183"/>
        <source>e.g. Confidential — client and supplier only</source>
        <translation>z. B. Vertraulich – nur Kunde und Dienstleister</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="193"/>
        <source>A project setting: client packs, workbooks and sign-off forms then show cost figures (never the margin)</source>
        <translation>Eine Projekteinstellung: Kundenunterlagen, Arbeitsmappen und Freigabeformulare zeigen dann Kostenzahlen (nie die Marge)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="201"/>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="202"/>
        <source>&amp;Written in:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="203"/>
        <source>Contract:</source>
        <translation>Vertrag:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="205"/>
        <source>&amp;Sections:</source>
        <translation>&amp;Abschnitte:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="207"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="209"/>
        <source>&amp;Gantt chart:</source>
        <translation>&amp;Gantt-Diagramm:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="211"/>
        <source>&amp;Meeting date:</source>
        <translation>Sitzungs&amp;datum:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="213"/>
        <source>&amp;Confidentiality:</source>
        <translation>&amp;Vertraulichkeit:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="216"/>
        <source>Client logo:</source>
        <translation>Kundenlogo:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="217"/>
        <source>Pack</source>
        <translation>Unterlagen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="240"/>
        <source>What the sponsor should know this week</source>
        <translation>Was der Auftraggeber diese Woche wissen sollte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="247"/>
        <source>One decision per line</source>
        <translation>Eine Entscheidung pro Zeile</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="252"/>
        <source>One step per line</source>
        <translation>Ein Schritt pro Zeile</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="257"/>
        <source>For our own team: margin, rates, what the client must not read</source>
        <translation>Für das eigene Team: Marge, Sätze, was der Kunde nicht lesen darf</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="267"/>
        <source>Co&amp;mmentary</source>
        <translation>Ko&amp;mmentar</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="269"/>
        <source>&amp;Decisions required</source>
        <translation>&amp;Entscheidungen nötig</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="272"/>
        <source>&amp;Next steps</source>
        <translation>&amp;Nächste Schritte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="274"/>
        <source>Internal no&amp;tes (internal pack only)</source>
        <translation>In&amp;terne Notizen (nur interne Unterlagen)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="285"/>
        <source>Executive summary</source>
        <translation>Management-Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="330"/>
        <source>Choose at least one section for the pack.</source>
        <translation>Mindestens einen Abschnitt für die Unterlagen auswählen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="337"/>
        <source>{what} is {length} characters long; shorten it to {limit} at most.</source>
        <translation>{what} ist {length} Zeichen lang; auf höchstens {limit} kürzen.</translation>
    </message>
</context>
<context>
    <name>SteeringPackExport</name>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/export.py" line="29"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/export.py" line="95"/>
        <source>Exporting the steering committee pack</source>
        <translation>Unterlagen für den Lenkungsausschuss werden exportiert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/export.py" line="104"/>
        <source>If it is open in a PDF viewer, close it there and export again.</source>
        <translation>Ist die Datei in einem PDF-Viewer geöffnet, dort schließen und erneut exportieren.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/export.py" line="132"/>
        <source>Export the steering committee pack of {code}</source>
        <translation>Unterlagen für den Lenkungsausschuss von {code} exportieren</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/export.py" line="185"/>
        <source>Export steering committee pack</source>
        <translation>Unterlagen für den Lenkungsausschuss exportieren</translation>
    </message>
</context>
</TS>
