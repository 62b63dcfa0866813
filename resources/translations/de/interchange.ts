<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_GB">
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/interchange/report_dialog.py" line="24"/>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/interchange/report_dialog.py" line="32"/>
        <source>Nothing was approximated or left out.</source>
        <translation>Nichts wurde angenähert oder ausgelassen.</translation>
    </message>
</context>
<context>
    <name>PlanInterchange</name>
    <message>
        <location filename="../../../cpm_desktop/ui/interchange/actions.py" line="30"/>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/interchange/actions.py" line="36"/>
        <source>Creating {count} tasks and scheduling them…</source>
        <translation>{count} Vorgänge werden angelegt und terminiert…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/interchange/actions.py" line="44"/>
        <source>Importing a plan</source>
        <translation>Plan wird importiert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/interchange/actions.py" line="47"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/interchange/actions.py" line="57"/>
        <source>Collecting the plan…</source>
        <translation>Plan wird zusammengestellt…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/interchange/actions.py" line="60"/>
        <source>Writing {name}…</source>
        <translation>{name} wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/interchange/actions.py" line="68"/>
        <source>Exporting to MS Project XML</source>
        <translation>Export nach MS Project XML</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/interchange/actions.py" line="72"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/interchange/actions.py" line="83"/>
        <source>Export to MS Project XML</source>
        <translation>Nach MS Project XML exportieren</translation>
    </message>
</context>
</TS>
