<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/navigator/model.py" line="34"/>
        <source>All clients</source>
        <translation>Alle Kunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/navigator/model.py" line="147"/>
        <source>{client}: %n project(s) — select for their KPIs</source>
        <translation>
            <numerusform>{client}: %n Projekt — auswählen für die KPIs</numerusform>
            <numerusform>{client}: %n Projekte — auswählen für die KPIs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/navigator/model.py" line="161"/>
        <source>not rated by the PM (see the project&apos;s header)</source>
        <translation>vom PM nicht bewertet (siehe Projektkopf)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/navigator/model.py" line="164"/>
        <source>{code} {name}
Status: {status}, RAG: {rating}
Stage: {stage}</source>
        <translation>{code} {name}
Status: {status}, Ampel: {rating}
Phase: {stage}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/navigator/model.py" line="183"/>
        <source>Clients and projects</source>
        <translation>Kunden und Projekte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/navigator/model.py" line="194"/>
        <source>{code}  {name}  (closed)</source>
        <translation>{code}  {name}  (abgeschlossen)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/navigator/model.py" line="202"/>
        <source>{code} {name}
Closed on {date}: read-only until reopened (Project › Reopen Project…)</source>
        <translation>{code} {name}
Abgeschlossen am {date}: schreibgeschützt bis zur Wiedereröffnung (Projekt › Projekt wieder öffnen…)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/navigator/model.py" line="215"/>
        <source>Every client&apos;s projects: the portfolio&apos;s KPIs</source>
        <translation>Die Projekte aller Kunden: KPIs des Portfolios</translation>
    </message>
</context>
</TS>
