<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Internal</name>
    <message>
        <location filename="../../../cpm_desktop/ui/records/internal.py" line="17"/>
        <source>Internal (never in client exports)</source>
        <translation>Intern (nie in Kundenexporten)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/records/internal.py" line="18"/>
        <source>Internal: never in client exports</source>
        <translation>Intern: nie in Kundenexporten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/records/internal.py" line="19"/>
        <source>The supplier&apos;s own record: internal exports (pack, workbook) show it; client exports and the workbook&apos;s hidden sheet leave it out.</source>
        <translation>Eigener Eintrag des Lieferanten: interne Exporte (Paket, Arbeitsmappe) zeigen ihn; Kundenexporte und das ausgeblendete Blatt der Arbeitsmappe lassen ihn weg.</translation>
    </message>
</context>
<context>
    <name>RecordWidgets</name>
    <message>
        <location filename="../../../cpm_desktop/ui/records/widgets.py" line="37"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
</context>
<context>
    <name>TableOverDetail</name>
    <message>
        <location filename="../../../cpm_desktop/ui/records/table_split.py" line="26"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
</TS>
