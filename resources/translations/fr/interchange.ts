<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/interchange/report_dialog.py" line="24"/>
        <source>Import report</source>
        <translation>Rapport d&apos;importation</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/interchange/report_dialog.py" line="32"/>
        <source>Nothing was approximated or left out.</source>
        <translation>Rien n&apos;a été approximé ni omis.</translation>
    </message>
</context>
<context>
    <name>PlanInterchange</name>
    <message>
        <location filename="../../../cpm_desktop/ui/interchange/actions.py" line="30"/>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/interchange/actions.py" line="36"/>
        <source>Creating {count} tasks and scheduling them…</source>
        <translation>Création et planification de {count} tâches…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/interchange/actions.py" line="44"/>
        <source>Importing a plan</source>
        <translation>Importation d&apos;un plan</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/interchange/actions.py" line="47"/>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/interchange/actions.py" line="57"/>
        <source>Collecting the plan…</source>
        <translation>Collecte du plan…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/interchange/actions.py" line="60"/>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/interchange/actions.py" line="68"/>
        <source>Exporting to MS Project XML</source>
        <translation>Exportation vers MS Project XML</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/interchange/actions.py" line="72"/>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/interchange/actions.py" line="83"/>
        <source>Export to MS Project XML</source>
        <translation>Exporter vers MS Project XML</translation>
    </message>
</context>
</TS>
