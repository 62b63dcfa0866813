<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>GovernanceTab</name>
    <message>
        <location filename="../../../cpm_desktop/ui/governance/tab.py" line="25"/>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
</context>
<context>
    <name>GovernanceView</name>
    <message>
        <location filename="../../../cpm_desktop/ui/governance/view.py" line="36"/>
        <source>Charter</source>
        <translation>Charte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/governance/view.py" line="39"/>
        <source>Deliverables</source>
        <translation>Livrables</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/governance/view.py" line="44"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/governance/view.py" line="49"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/governance/view.py" line="54"/>
        <source>Service Levels</source>
        <translation>Niveaux de service</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/governance/view.py" line="59"/>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/governance/view.py" line="64"/>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
</context>
</TS>
