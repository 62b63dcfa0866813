<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="76"/>
        <source>New Client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="78"/>
        <source>Client — {name}</source>
        <translation>Client — {name}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="88"/>
        <source>e.g. Logistics, Retail, Public sector</source>
        <translation>p. ex. Logistique, Distribution, Secteur public</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="94"/>
        <source>The ISO code (EUR, CHF, USD…) its new projects are priced in; existing projects keep theirs</source>
        <translation>Le code ISO (EUR, CHF, USD…) dans lequel ses nouveaux projets sont chiffrés&#xa0;; les projets existants gardent le leur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="109"/>
        <source>The language its exports (pack, workbook, sign-off forms) are written in, with that region&apos;s dates, numbers and money</source>
        <translation>La langue de ses exports (dossier, classeur, formulaires de validation), avec les dates, nombres et montants de la région</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="138"/>
        <source>&amp;Add Contact…</source>
        <translation>&amp;Ajouter un contact…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="142"/>
        <source>&amp;Edit Contact…</source>
        <translation>&amp;Modifier le contact…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="153"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="154"/>
        <source>&amp;Industry</source>
        <translation>&amp;Secteur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="155"/>
        <source>Default &amp;currency</source>
        <translation>&amp;Devise par défaut</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="157"/>
        <source>Export &amp;language</source>
        <translation>&amp;Langue des exports</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="166"/>
        <source>Add&amp;ress</source>
        <translation>Ad&amp;resse</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="167"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="168"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="212"/>
        <source>Dates and money read: {date} · {amount}</source>
        <translation>Dates et montants&#xa0;: {date} · {amount}</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/contact_dialog.py" line="21"/>
        <location filename="../../../cpm_desktop/ui/setup/contact_dialog.py" line="59"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/contact_dialog.py" line="23"/>
        <source>Contact — {name}</source>
        <translation>Contact — {name}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/contact_dialog.py" line="32"/>
        <source>e.g. Sponsor, Key user, Approver</source>
        <translation>p. ex. Commanditaire, Utilisateur clé, Approbateur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/contact_dialog.py" line="37"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/contact_dialog.py" line="38"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/contact_dialog.py" line="39"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/contact_dialog.py" line="40"/>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/contact_dialog.py" line="60"/>
        <source>The contact&apos;s name cannot be empty.</source>
        <translation>Le nom du contact ne peut pas être vide.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/contacts_model.py" line="12"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/contacts_model.py" line="13"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/contacts_model.py" line="14"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/contacts_model.py" line="15"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="261"/>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/client_dialog.py" line="292"/>
        <source>Client properties of {name}</source>
        <translation>Propriétés du client {name}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="207"/>
        <source>Delete project {code}</source>
        <translation>Supprimer le projet {code}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="235"/>
        <source>Delete client {name}</source>
        <translation>Supprimer le client {name}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="305"/>
        <source>New project {code}</source>
        <translation>Nouveau projet {code}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/properties.py" line="160"/>
        <source>Properties of {code}</source>
        <translation>Propriétés de {code}</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="118"/>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="119"/>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="53"/>
        <source>Its own copy of the standard calendar</source>
        <translation>Sa propre copie du calendrier standard</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="54"/>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="79"/>
        <source>Blan&amp;k</source>
        <translation>Vier&amp;ge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="82"/>
        <source>From a project used as a tem&amp;plate</source>
        <translation>À partir d&apos;&amp;un projet modèle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="85"/>
        <source>Copies its outline, durations, links, risk categories and billing split; no dates, progress or history</source>
        <translation>Copie sa structure, ses durées, liens, catégories de risque et répartition de facturation&#xa0;; ni dates, ni avancement, ni historique</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="92"/>
        <source>From a plan &amp;file</source>
        <translation>À partir d&apos;un &amp;fichier de plan</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="95"/>
        <source>MS Project XML, GanttProject (.gan) or Planner (.planner)</source>
        <translation>MS Project XML, GanttProject (.gan) ou Planner (.planner)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="107"/>
        <source>The file&apos;s dates and calendar are kept</source>
        <translation>Les dates et le calendrier du fichier sont conservés</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="109"/>
        <source>Bro&amp;wse…</source>
        <translation>Parcour&amp;ir…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="119"/>
        <source>Start from</source>
        <translation>Point de départ</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="126"/>
        <source>New Cli&amp;ent…</source>
        <translation>Nouveau cli&amp;ent…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="139"/>
        <source>A copy of the standard calendar the project may change alone, or a calendar it shares with other projects</source>
        <translation>Une copie du calendrier standard que seul le projet modifie, ou un calendrier partagé avec d&apos;autres projets</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="146"/>
        <source>C&amp;alendar</source>
        <translation>C&amp;alendrier</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="179"/>
        <source>Choose the project&apos;s client, or add one with New Client….</source>
        <translation>Choisissez le client du projet, ou ajoutez-en un avec «&#xa0;Nouveau client…&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="257"/>
        <source>Start from a plan file</source>
        <translation>Partir d&apos;un fichier de plan</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="273"/>
        <source>Share the workspace&apos;s {calendar} calendar</source>
        <translation>Partager le calendrier {calendar} de l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="276"/>
        <source>no project yet</source>
        <translation>aucun projet pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="279"/>
        <source>Share {calendar} (used by {users})</source>
        <translation>Partager {calendar} (utilisé par {users})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="332"/>
        <source>Choose the plan file to start from (Browse…).</source>
        <translation>Choisissez le fichier de plan de départ (Parcourir…).</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="341"/>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="344"/>
        <source>Creating {count} tasks and scheduling them…</source>
        <translation>Création et planification de {count} tâches…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_dialog.py" line="352"/>
        <source>Importing a plan</source>
        <translation>Import d&apos;un plan</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="40"/>
        <source>(no sponsor yet)</source>
        <translation>(pas encore de commanditaire)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="78"/>
        <source>1–20 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; unique in the workspace</source>
        <translation>1 à 20 lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;»&#xa0;; unique dans l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="82"/>
        <source>e.g. ACME-WMS</source>
        <translation>p. ex. ACME-WMS</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="88"/>
        <source>The client&apos;s contact who sponsors the project (Client › Properties adds people)</source>
        <translation>Le contact du client, commanditaire du projet (Client › Propriétés ajoute des personnes)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="99"/>
        <source>What the client gets, and how success is measured</source>
        <translation>Ce que le client obtient, et comment le succès est mesuré</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="114"/>
        <source>The ISO code the project is priced in: EUR, CHF, USD…</source>
        <translation>Le code ISO dans lequel le projet est chiffré&#xa0;: EUR, CHF, USD…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="121"/>
        <source>The cost the delivery team may spend</source>
        <translation>Le coût que l&apos;équipe de réalisation peut engager</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="126"/>
        <source>What the client pays</source>
        <translation>Ce que le client paie</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="135"/>
        <source>How often a status report is due: it suggests the next status date</source>
        <translation>La fréquence des rapports d&apos;état&#xa0;: elle propose la prochaine date d&apos;état</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="143"/>
        <source>C&amp;lient</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="144"/>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="145"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="146"/>
        <source>&amp;Sponsor</source>
        <translation>C&amp;ommanditaire</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="147"/>
        <source>Project &amp;manager</source>
        <translation>C&amp;hef de projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="148"/>
        <source>&amp;Objective</source>
        <translation>Ob&amp;jectif</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="151"/>
        <source>S&amp;tart date</source>
        <translation>&amp;Date de début</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="153"/>
        <source>C&amp;urrency</source>
        <translation>De&amp;vise</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="154"/>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="156"/>
        <source>Contract &amp;value</source>
        <translation>&amp;Montant du contrat</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="159"/>
        <source>Contract t&amp;ype</source>
        <translation>&amp;Type de contrat</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="161"/>
        <source>&amp;Reporting</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="162"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="164"/>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="206"/>
        <source>The budget: {reason}</source>
        <translation>Le budget&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/project_form.py" line="210"/>
        <source>The contract value: {reason}</source>
        <translation>Le montant du contrat&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>ProjectPropertiesDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/properties.py" line="31"/>
        <source>Open-book: the client may see cost figures</source>
        <translation>Livre ouvert&#xa0;: le client peut voir les coûts</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/properties.py" line="34"/>
        <source>Project Properties</source>
        <translation>Propriétés du projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/properties.py" line="53"/>
        <source>Project Properties — {code} (closed, read-only)</source>
        <translation>Propriétés du projet — {code} (clôturé, lecture seule)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/properties.py" line="57"/>
        <source>Project Properties — {code}</source>
        <translation>Propriétés du projet — {code}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/properties.py" line="73"/>
        <source>Client exports then show the cost figures and budget; never the margin</source>
        <translation>Les exports client montrent alors les coûts et le budget&#xa0;; jamais la marge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/properties.py" line="81"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/properties.py" line="85"/>
        <source>Edit Cal&amp;endar…</source>
        <translation>Modifier le cal&amp;endrier…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/properties.py" line="88"/>
        <source>Working days, holidays and exceptions of this project</source>
        <translation>Jours ouvrés, jours fériés et exceptions de ce projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/properties.py" line="96"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/properties.py" line="105"/>
        <source>{code} was closed on {date}: reopen it (Project menu) to change its properties.</source>
        <translation>{code} a été clôturé le {date}&#xa0;: rouvrez-le (menu Projet) pour modifier ses propriétés.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/properties.py" line="130"/>
        <source>{stage} (moved by a stage gate)</source>
        <translation>{stage} (change par passage de phase)</translation>
    </message>
</context>
<context>
    <name>SetupCommands</name>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="50"/>
        <source>New &amp;Client…</source>
        <translation>Nouveau &amp;client…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="55"/>
        <source>Add a client: name, industry, address, currency, contacts</source>
        <translation>Ajouter un client&#xa0;: nom, secteur, adresse, devise, contacts</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="61"/>
        <source>New &amp;Project…</source>
        <translation>Nouveau &amp;projet…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="66"/>
        <source>Start a project: blank, from a template or from a plan file</source>
        <translation>Démarrer un projet&#xa0;: vierge, à partir d&apos;un modèle ou d&apos;un fichier de plan</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="72"/>
        <source>&amp;Properties…</source>
        <translation>&amp;Propriétés…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="79"/>
        <source>&amp;Calendar…</source>
        <translation>&amp;Calendrier…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="85"/>
        <source>&amp;Delete Project…</source>
        <translation>&amp;Supprimer le projet…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="91"/>
        <source>P&amp;roperties…</source>
        <translation>&amp;Propriétés…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="98"/>
        <source>&amp;Delete Client…</source>
        <translation>&amp;Supprimer le client…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="177"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="178"/>
        <source>The calendar editor is not installed.</source>
        <translation>L&apos;éditeur de calendrier n&apos;est pas installé.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="193"/>
        <source>Delete project {code} ({name}) with its plan, risks, changes, reports and billing?

A backup of the workspace is written first: File › Restore from Backup… brings the project back. Edit › Undo also does, from the portfolio.</source>
        <translation>Supprimer le projet {code} ({name}) avec son plan, ses risques, modifications, rapports et sa facturation&#xa0;?

Une sauvegarde de l&apos;espace de travail est d&apos;abord écrite&#xa0;: Fichier › Restaurer depuis une sauvegarde… ramène le projet. Édition › Annuler le fait aussi, depuis le portefeuille.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="200"/>
        <source>Delete Project</source>
        <translation>Supprimer le projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="212"/>
        <source>Project {code} deleted</source>
        <translation>Projet {code} supprimé</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="224"/>
        <source>Delete client {name} with its contacts?

A backup of the workspace is written first: File › Restore from Backup… brings the client back.</source>
        <translation>Supprimer le client {name} avec ses contacts&#xa0;?

Une sauvegarde de l&apos;espace de travail est d&apos;abord écrite&#xa0;: Fichier › Restaurer depuis une sauvegarde… ramène le client.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="230"/>
        <source>Delete Client</source>
        <translation>Supprimer le client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="241"/>
        <source>Client {name} deleted</source>
        <translation>Client {name} supprimé</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/setup/commands.py" line="252"/>
        <source>Backup before deleting</source>
        <translation>Sauvegarde avant suppression</translation>
    </message>
</context>
</TS>
