<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>About</name>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/about.py" line="18"/>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/about.py" line="20"/>
        <source>An offline workspace for client project managers: schedules, risks, change requests and client-ready exports, in one file on your laptop.</source>
        <translation>Un espace de travail hors ligne pour les chefs de projet client&#xa0;: plannings, risques, demandes de modification et exports prêts pour le client, dans un seul fichier sur votre ordinateur portable.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/about.py" line="26"/>
        <source>Workspace: {path}</source>
        <translation>Espace de travail&#xa0;: {path}</translation>
    </message>
</context>
<context>
    <name>AudienceChoice</name>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/audience.py" line="32"/>
        <source>For the c&amp;lient</source>
        <translation>Pour le &amp;client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/audience.py" line="33"/>
        <source>&amp;Internal: margin, cost and internal records</source>
        <translation>&amp;Interne&#xa0;: marge, coûts et éléments internes</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/audience.py" line="38"/>
        <source>What the client pays and approves; cost figures only on an open-book contract; no record marked internal</source>
        <translation>Ce que le client paie et approuve&#xa0;; coûts uniquement pour un contrat à livre ouvert&#xa0;; aucun élément marqué interne</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/audience.py" line="43"/>
        <source>The account&apos;s review: margin, cost, EAC, rates and internal records; every page says &apos;Internal — not for the client&apos;</source>
        <translation>La revue interne du compte&#xa0;: marge, coûts, EAC, taux et éléments internes&#xa0;; chaque page porte la mention «&#xa0;Interne — pas pour le client&#xa0;»</translation>
    </message>
</context>
<context>
    <name>AudienceDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/audience.py" line="106"/>
        <source>Who is it for?</source>
        <translation>Pour qui est ce fichier&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/audience.py" line="113"/>
        <source>&amp;Written in:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/export_language.py" line="19"/>
        <source>English (United Kingdom)</source>
        <translation>Anglais (Royaume-Uni)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/export_language.py" line="20"/>
        <source>English (United States)</source>
        <translation>Anglais (États-Unis)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/export_language.py" line="21"/>
        <source>German (Germany)</source>
        <translation>Allemand (Allemagne)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/export_language.py" line="22"/>
        <source>German (Austria)</source>
        <translation>Allemand (Autriche)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/export_language.py" line="23"/>
        <source>German (Switzerland)</source>
        <translation>Allemand (Suisse)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/export_language.py" line="24"/>
        <source>French (France)</source>
        <translation>Français (France)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/export_language.py" line="25"/>
        <source>French (Belgium)</source>
        <translation>Français (Belgique)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/export_language.py" line="26"/>
        <source>French (Switzerland)</source>
        <translation>Français (Suisse)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/export_language.py" line="42"/>
        <source>Language of the export</source>
        <translation>Langue de l&apos;export</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/export_language.py" line="45"/>
        <source>The language, dates and money of the file; the client&apos;s own unless you choose another for this export</source>
        <translation>Langue, dates et montants du fichier&#xa0;; ceux du client, sauf si vous en choisissez d&apos;autres pour cet export</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/dialogs/export_language.py" line="51"/>
        <source>{locale} — the client&apos;s</source>
        <translation>{locale} — celle du client</translation>
    </message>
</context>
</TS>
