<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>LogoPicker</name>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/logo_picker.py" line="25"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/logo_picker.py" line="47"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/logo_picker.py" line="50"/>
        <source>A PNG or JPEG image of at most 2 MB</source>
        <translation>Une image PNG ou JPEG de 2&#xa0;Mo au plus</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/logo_picker.py" line="52"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/logo_picker.py" line="86"/>
        <source>Choose the client&apos;s logo</source>
        <translation>Choisir le logo du client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/logo_picker.py" line="95"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/logo_picker.py" line="102"/>
        <source>{file} cannot be read: {reason}.</source>
        <translation>{file} ne peut pas être lu&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/logo_picker.py" line="111"/>
        <source>{file} cannot be used. {reason}</source>
        <translation>{file} ne peut pas être utilisé. {reason}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/logo_picker.py" line="120"/>
        <source>{file} is damaged or not an image.</source>
        <translation>{file} est endommagé ou n&apos;est pas une image.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/logo_picker.py" line="148"/>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/logo_picker.py" line="150"/>
        <source>The cover shows the client&apos;s name only.</source>
        <translation>La page de garde n&apos;affiche que le nom du client.</translation>
    </message>
</context>
<context>
    <name>RagCombo</name>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/rag_combo.py" line="12"/>
        <source>Not set: the pack derives it from the project&apos;s figures</source>
        <translation>Non défini&#xa0;: le dossier le déduit des chiffres du projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/rag_combo.py" line="23"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/rag_combo.py" line="28"/>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/rag_combo.py" line="29"/>
        <source>Amber</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/rag_combo.py" line="30"/>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
</context>
<context>
    <name>SectionsModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/sections_model.py" line="23"/>
        <source>Cover page</source>
        <translation>Page de garde</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/sections_model.py" line="24"/>
        <source>Executive summary and KPIs</source>
        <translation>Synthèse et KPI</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/sections_model.py" line="25"/>
        <source>Since the last report</source>
        <translation>Depuis le dernier rapport</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/sections_model.py" line="26"/>
        <source>Actions from the last meeting and open actions</source>
        <translation>Actions&#xa0;: dernière réunion et ouvertes</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/sections_model.py" line="27"/>
        <source>Charter objectives and scope</source>
        <translation>Objectifs et périmètre de la charte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/sections_model.py" line="28"/>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/sections_model.py" line="29"/>
        <source>Deliverables and acceptance</source>
        <translation>Livrables et recette</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/sections_model.py" line="30"/>
        <source>Gantt chart</source>
        <translation>Diagramme de Gantt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/sections_model.py" line="31"/>
        <source>Service levels (SLAs)</source>
        <translation>Niveaux de service (SLA)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/sections_model.py" line="32"/>
        <source>Budget and earned value</source>
        <translation>Budget et valeur acquise</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/sections_model.py" line="33"/>
        <source>Billing schedule</source>
        <translation>Échéancier de facturation</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/sections_model.py" line="34"/>
        <source>Top risks and issues</source>
        <translation>Principaux risques et problèmes</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/sections_model.py" line="35"/>
        <source>Change requests</source>
        <translation>Demandes de modification</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/sections_model.py" line="36"/>
        <source>Client satisfaction (CSAT)</source>
        <translation>Satisfaction client (CSAT)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/sections_model.py" line="37"/>
        <source>Decisions, next steps and decision log</source>
        <translation>Décisions, prochaines étapes, journal</translation>
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
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="52"/>
        <source>Summary tasks and milestones</source>
        <translation>Tâches récapitulatives et jalons</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="53"/>
        <source>Every task</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="56"/>
        <source>Schedule:</source>
        <translation>Délais&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="57"/>
        <source>Budget:</source>
        <translation>Budget&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="58"/>
        <source>Scope:</source>
        <translation>Périmètre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="59"/>
        <source>Risk:</source>
        <translation>Risque&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="62"/>
        <source>Commentary</source>
        <translation>Le commentaire</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="63"/>
        <source>Decisions required</source>
        <translation>Les décisions requises</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="64"/>
        <source>Next steps</source>
        <translation>Les prochaines étapes</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="65"/>
        <source>Internal notes</source>
        <translation>Les notes internes</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="68"/>
        <source>Open-book contract: the client may see cost figures</source>
        <translation>Contrat à livre ouvert&#xa0;: le client peut voir les coûts</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="98"/>
        <source>Steering Committee Pack — {code}</source>
        <translation>Dossier du comité de pilotage — {code}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="103"/>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="106"/>
        <source>status date {date}</source>
        <translation>date d&apos;état {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="120"/>
        <source>&amp;Open the PDF when done</source>
        <translation>Ou&amp;vrir le PDF ensuite</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="131"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="162"/>
        <source>Print the steering committee&apos;s date on the cover</source>
        <translation>Imprimer la date du comité de pilotage sur la page de garde</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="183"/>
        <source>e.g. Confidential — client and supplier only</source>
        <translation>p. ex. Confidentiel — client et prestataire uniquement</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="193"/>
        <source>A project setting: client packs, workbooks and sign-off forms then show cost figures (never the margin)</source>
        <translation>Un paramètre du projet&#xa0;: dossiers client, classeurs et formulaires de validation montrent alors les coûts (jamais la marge)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="201"/>
        <source>&amp;For:</source>
        <translation>&amp;Pour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="202"/>
        <source>&amp;Written in:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="203"/>
        <source>Contract:</source>
        <translation>Contrat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="205"/>
        <source>&amp;Sections:</source>
        <translation>&amp;Sections&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="207"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="209"/>
        <source>&amp;Gantt chart:</source>
        <translation>&amp;Gantt&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="211"/>
        <source>&amp;Meeting date:</source>
        <translation>Date de &amp;réunion&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="213"/>
        <source>&amp;Confidentiality:</source>
        <translation>C&amp;onfidentialité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="216"/>
        <source>Client logo:</source>
        <translation>Logo du client&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="217"/>
        <source>Pack</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="240"/>
        <source>What the sponsor should know this week</source>
        <translation>Ce que le commanditaire doit savoir cette semaine</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="247"/>
        <source>One decision per line</source>
        <translation>Une décision par ligne</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="252"/>
        <source>One step per line</source>
        <translation>Une étape par ligne</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="257"/>
        <source>For our own team: margin, rates, what the client must not read</source>
        <translation>Pour notre équipe&#xa0;: marge, taux, ce que le client ne doit pas lire</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="267"/>
        <source>Co&amp;mmentary</source>
        <translation>Co&amp;mmentaire</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="269"/>
        <source>&amp;Decisions required</source>
        <translation>&amp;Décisions requises</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="272"/>
        <source>&amp;Next steps</source>
        <translation>Prochaines é&amp;tapes</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="274"/>
        <source>Internal no&amp;tes (internal pack only)</source>
        <translation>&amp;Notes internes (dossier interne uniquement)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="285"/>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="330"/>
        <source>Choose at least one section for the pack.</source>
        <translation>Choisissez au moins une section pour le dossier.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/dialog.py" line="337"/>
        <source>{what} is {length} characters long; shorten it to {limit} at most.</source>
        <translation>{what} compte {length} caractères&#xa0;; raccourcissez à {limit} au plus.</translation>
    </message>
</context>
<context>
    <name>SteeringPackExport</name>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/export.py" line="29"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/export.py" line="95"/>
        <source>Exporting the steering committee pack</source>
        <translation>Export du dossier du comité de pilotage</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/export.py" line="104"/>
        <source>If it is open in a PDF viewer, close it there and export again.</source>
        <translation>S&apos;il est ouvert dans une visionneuse PDF, fermez-le et exportez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/export.py" line="132"/>
        <source>Export the steering committee pack of {code}</source>
        <translation>Exporter le dossier du comité de pilotage de {code}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/steering_pack/export.py" line="185"/>
        <source>Export steering committee pack</source>
        <translation>Exporter le dossier du comité de pilotage</translation>
    </message>
</context>
</TS>
