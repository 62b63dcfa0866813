<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/navigator/model.py" line="34"/>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/navigator/model.py" line="147"/>
        <source>{client}: %n project(s) — select for their KPIs</source>
        <translation>
            <numerusform>{client} : %n projet — sélectionner pour ses KPI</numerusform>
            <numerusform>{client} : %n projets — sélectionner pour leurs KPI</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/navigator/model.py" line="161"/>
        <source>not rated by the PM (see the project&apos;s header)</source>
        <translation>non évalué par le CP (voir l&apos;en-tête du projet)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/navigator/model.py" line="164"/>
        <source>{code} {name}
Status: {status}, RAG: {rating}
Stage: {stage}</source>
        <translation>{code} {name}
Statut : {status}, RAG : {rating}
Phase : {stage}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/navigator/model.py" line="183"/>
        <source>Clients and projects</source>
        <translation>Clients et projets</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/navigator/model.py" line="194"/>
        <source>{code}  {name}  (closed)</source>
        <translation>{code}  {name}  (clôturé)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/navigator/model.py" line="202"/>
        <source>{code} {name}
Closed on {date}: read-only until reopened (Project › Reopen Project…)</source>
        <translation>{code} {name}
Clôturé le {date} : lecture seule jusqu&apos;à sa réouverture (Projet › Rouvrir le projet…)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/navigator/model.py" line="215"/>
        <source>Every client&apos;s projects: the portfolio&apos;s KPIs</source>
        <translation>Les projets de tous les clients : les KPI du portefeuille</translation>
    </message>
</context>
</TS>
