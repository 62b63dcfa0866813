<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>About</name>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/about.py" line="18"/>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/about.py" line="20"/>
        <source>An offline workspace for client project managers: schedules, risks, change requests and client-ready exports, in one file on your laptop.</source>
        <translation>Ein Offline-Arbeitsbereich für Projektleiter von Kundenprojekten: Terminpläne, Risiken, Änderungsanträge und kundenfertige Exporte, in einer Datei auf Ihrem Laptop.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/about.py" line="26"/>
        <source>Workspace: {path}</source>
        <translation>Arbeitsbereich: {path}</translation>
    </message>
</context>
<context>
    <name>AudienceChoice</name>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/audience.py" line="32"/>
        <source>For the c&amp;lient</source>
        <translation>Für den &amp;Kunden</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/audience.py" line="33"/>
        <source>&amp;Internal: margin, cost and internal records</source>
        <translation>&amp;Intern: Marge, Kosten und interne Einträge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/audience.py" line="38"/>
        <source>What the client pays and approves; cost figures only on an open-book contract; no record marked internal</source>
        <translation>Was der Kunde bezahlt und freigibt; Kostenzahlen nur bei Open-Book-Vertrag; keine als intern markierten Einträge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/audience.py" line="43"/>
        <source>The account&apos;s review: margin, cost, EAC, rates and internal records; every page says &apos;Internal — not for the client&apos;</source>
        <translation>Die interne Prüfung des Kunden-Accounts: Marge, Kosten, EAC, Sätze und interne Einträge; jede Seite trägt den Vermerk „Intern – nicht für den Kunden“</translation>
    </message>
</context>
<context>
    <name>AudienceDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/audience.py" line="106"/>
        <source>Who is it for?</source>
        <translation>Für wen ist die Datei?</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/audience.py" line="113"/>
        <source>&amp;Written in:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/export_language.py" line="19"/>
        <source>English (United Kingdom)</source>
        <translation>Englisch (Vereinigtes Königreich)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/export_language.py" line="20"/>
        <source>English (United States)</source>
        <translation>Englisch (Vereinigte Staaten)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/export_language.py" line="21"/>
        <source>German (Germany)</source>
        <translation>Deutsch (Deutschland)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/export_language.py" line="22"/>
        <source>German (Austria)</source>
        <translation>Deutsch (Österreich)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/export_language.py" line="23"/>
        <source>German (Switzerland)</source>
        <translation>Deutsch (Schweiz)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/export_language.py" line="24"/>
        <source>French (France)</source>
        <translation>Französisch (Frankreich)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/export_language.py" line="25"/>
        <source>French (Belgium)</source>
        <translation>Französisch (Belgien)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/export_language.py" line="26"/>
        <source>French (Switzerland)</source>
        <translation>Französisch (Schweiz)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/export_language.py" line="42"/>
        <source>Language of the export</source>
        <translation>Sprache des Exports</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/export_language.py" line="45"/>
        <source>The language, dates and money of the file; the client&apos;s own unless you choose another for this export</source>
        <translation>Sprache, Datums- und Währungsformat der Datei; die des Kunden, sofern Sie für diesen Export keine andere wählen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/export_language.py" line="51"/>
        <source>{locale} — the client&apos;s</source>
        <translation>{locale} – die des Kunden</translation>
    </message>
</context>
</TS>
