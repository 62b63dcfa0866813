<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>GovernanceTab</name>
    <message>
        <location filename="../../../cpm_desktop/ui/governance/tab.py" line="25"/>
        <source>Governance</source>
        <translation>Steuerung</translation>
    </message>
</context>
<context>
    <name>GovernanceView</name>
    <message>
        <location filename="../../../cpm_desktop/ui/governance/view.py" line="36"/>
        <source>Charter</source>
        <translation>Projektauftrag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/governance/view.py" line="39"/>
        <source>Deliverables</source>
        <translation>Liefergegenstände</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/governance/view.py" line="44"/>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/governance/view.py" line="49"/>
        <source>Meetings</source>
        <translation>Besprechungen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/governance/view.py" line="54"/>
        <source>Service Levels</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/governance/view.py" line="59"/>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/governance/view.py" line="64"/>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
</context>
</TS>
