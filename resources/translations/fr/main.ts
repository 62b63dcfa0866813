<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="59"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="61"/>
        <source>Create a new workspace file</source>
        <translation>Créer un nouveau fichier d&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="65"/>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="67"/>
        <source>Open another workspace file</source>
        <translation>Ouvrir un autre fichier d&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="71"/>
        <source>Connect to &amp;Team Server…</source>
        <translation>Se connecter au serveur d&apos;é&amp;quipe…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="73"/>
        <source>Open the workspace your team shares on a PostgreSQL server</source>
        <translation>Ouvrir l&apos;espace de travail que votre équipe partage sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="78"/>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="80"/>
        <source>Write a copy of this workspace to another file</source>
        <translation>Écrire une copie de cet espace de travail dans un autre fichier</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="84"/>
        <source>Restore from &amp;Backup…</source>
        <translation>Restaurer depuis une &amp;sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="86"/>
        <source>Put one of this workspace&apos;s backups in its place; the current file is kept aside</source>
        <translation>Remplacer cet espace de travail par l&apos;une de ses sauvegardes ; le fichier actuel est mis de côté</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="92"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="94"/>
        <source>Import an MS Project XML, GanttProject or GNOME Planner file as a new project</source>
        <translation>Importer un fichier MS Project XML, GanttProject ou GNOME Planner comme nouveau projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="101"/>
        <source>Import Client E&amp;dits…</source>
        <translation>Importer les mo&amp;difications du client…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="103"/>
        <source>Read a client workbook that came back and choose which of its edits to apply</source>
        <translation>Lire un classeur client retourné et choisir les modifications à appliquer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="109"/>
        <source>&amp;Excel Workbook…</source>
        <translation>Classeur &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="111"/>
        <source>Write the selected project&apos;s client workbook (.xlsx): summary, schedule, risks, changes</source>
        <translation>Écrire le classeur client du projet sélectionné (.xlsx) : synthèse, planning, risques, modifications</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="118"/>
        <source>&amp;Steering Committee Pack (PDF)…</source>
        <translation>Dossier du &amp;comité de pilotage (PDF)…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="120"/>
        <source>Print the selected project&apos;s steering committee pack: cover, executive summary, milestones, Gantt, finance, risks, changes, decisions</source>
        <translation>Imprimer le dossier du comité de pilotage du projet sélectionné : couverture, synthèse, jalons, Gantt, finances, risques, modifications, décisions</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="127"/>
        <source>&amp;MS Project XML…</source>
        <translation>&amp;MS Project XML…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="129"/>
        <source>Write the selected project as an MS Project XML file</source>
        <translation>Écrire le projet sélectionné dans un fichier MS Project XML</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="133"/>
        <source>&amp;Open Workbook After Export</source>
        <translation>&amp;Ouvrir le classeur après l&apos;export</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="135"/>
        <source>Open each exported client workbook in the spreadsheet application</source>
        <translation>Ouvrir chaque classeur client exporté dans le tableur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="141"/>
        <source>E&amp;xchange Rates…</source>
        <translation>&amp;Taux de change…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="143"/>
        <source>The workspace&apos;s reporting currency and the dated exchange rates the portfolio rolls up with</source>
        <translation>La devise de reporting de l&apos;espace de travail et les taux de change datés utilisés pour consolider le portefeuille</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="150"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="152"/>
        <source>Close CPM Desktop</source>
        <translation>Fermer CPM Desktop</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="156"/>
        <source>&amp;About CPM Desktop</source>
        <translation>À &amp;propos de CPM Desktop</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/actions.py" line="158"/>
        <source>Version and credits</source>
        <translation>Version et remerciements</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../../cpm_desktop/ui/errors.py" line="29"/>
        <source>Something unexpected went wrong. Your workspace is safe: every change made before this was already saved.

Details were written to:
{where}</source>
        <translation>Une erreur inattendue s&apos;est produite. Votre espace de travail est intact : toutes les modifications antérieures étaient déjà enregistrées.

Les détails ont été écrits dans :
{where}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/errors.py" line="48"/>
        <source>the terminal (the log folder is not writable)</source>
        <translation>le terminal (le dossier des journaux n&apos;est pas accessible en écriture)</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../../../cpm_desktop/ui/file_commands.py" line="37"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/file_commands.py" line="98"/>
        <location filename="../../../cpm_desktop/ui/file_commands.py" line="118"/>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/file_commands.py" line="130"/>
        <source>Copy saved to {path}</source>
        <translation>Copie enregistrée dans {path}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/file_commands.py" line="146"/>
        <source>Restore from Backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/file_commands.py" line="163"/>
        <source>Import a plan</source>
        <translation>Importer un plan</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/file_commands.py" line="194"/>
        <source>Exported {code} to {path}</source>
        <translation>{code} exporté dans {path}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/file_commands.py" line="209"/>
        <source>Exported the client workbook to {path}</source>
        <translation>Classeur client exporté dans {path}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/file_commands.py" line="224"/>
        <source>Exported the steering committee pack to {path}</source>
        <translation>Dossier du comité de pilotage exporté dans {path}</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../../cpm_desktop/ui/formatting.py" line="37"/>
        <source>d</source>
        <translation>j</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/formatting.py" line="39"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/formatting.py" line="39"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/formatting.py" line="106"/>
        <source>{text!r} is not a date: type it like {example}.</source>
        <translation>{text!r} n&apos;est pas une date : saisissez-la comme {example}.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/formatting.py" line="124"/>
        <source>{text!r} is not a {what}: type whole working days, e.g. 5 or 5d.</source>
        <translation>{text!r} n&apos;est pas une valeur valide ({what}) : saisissez des jours ouvrés entiers, p. ex. 5 ou 5 j.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/formatting.py" line="136"/>
        <source>{text!r} is not a % complete: type a whole number from 0 to 100.</source>
        <translation>{text!r} n&apos;est pas un pourcentage d&apos;avancement : saisissez un nombre entier de 0 à 100.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/formatting.py" line="170"/>
        <source>{text!r} is not an amount: type it like 15000 or 15000.50.</source>
        <translation>{text!r} n&apos;est pas un montant : saisissez-le comme 15000 ou 15000,50.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../cpm_desktop/ui/main_menus.py" line="81"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/main_window.py" line="113"/>
        <source>Clients and projects</source>
        <translation>Clients et projets</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/main_window.py" line="148"/>
        <source>No project selected</source>
        <translation>Aucun projet sélectionné</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/main_window.py" line="149"/>
        <location filename="../../../cpm_desktop/ui/main_window.py" line="345"/>
        <source>Choose a project in the list on the left to see its plan.</source>
        <translation>Choisissez un projet dans la liste de gauche pour voir son plan.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/main_window.py" line="329"/>
        <source>The workspace file: every change is saved to it at once</source>
        <translation>Le fichier de l&apos;espace de travail : chaque modification y est enregistrée immédiatement</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/main_window.py" line="339"/>
        <source>This workspace has no clients or projects yet.</source>
        <translation>Cet espace de travail n&apos;a encore ni client ni projet.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/main_window.py" line="350"/>
        <source>Read-only: changes cannot be saved</source>
        <translation>Lecture seule : les modifications ne peuvent pas être enregistrées</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/main_window.py" line="352"/>
        <location filename="../../../cpm_desktop/ui/main_window.py" line="406"/>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/header_follow.py" line="53"/>
        <source>Finish: {date}</source>
        <translation>Fin : {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/header_follow.py" line="58"/>
        <source>Critical tasks: {count}</source>
        <translation>Tâches critiques : {count}</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <location filename="../../../cpm_desktop/ui/main_menus.py" line="33"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/main_menus.py" line="41"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/main_menus.py" line="45"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/main_menus.py" line="59"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="79"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="89"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="102"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
</context>
<context>
    <name>ProjectHeader</name>
    <message>
        <location filename="../../../cpm_desktop/ui/project_header.py" line="37"/>
        <source>an earlier date</source>
        <translation>une date antérieure</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_header.py" line="39"/>
        <source>Closed on {date}, read-only</source>
        <translation>Clôturé le {date}, lecture seule</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_header.py" line="45"/>
        <source>Status report due since {date} — Update Status…</source>
        <translation>Rapport d&apos;état attendu depuis le {date} — Mettre à jour l&apos;état…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_header.py" line="145"/>
        <source>PM {name}</source>
        <translation>CP {name}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_header.py" line="151"/>
        <source>Sponsor {name}</source>
        <translation>Commanditaire {name}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_header.py" line="160"/>
        <source>Status date</source>
        <translation>Date d&apos;état</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_header.py" line="164"/>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_header.py" line="167"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_header.py" line="190"/>
        <source>Project › Reopen Project… makes it editable again</source>
        <translation>Projet › Rouvrir le projet… le rend de nouveau modifiable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_header.py" line="201"/>
        <source>The cadence&apos;s next status date has passed: enter progress and write the report (Project › Update Status…, Ctrl+Shift+U)</source>
        <translation>La prochaine date d&apos;état prévue est passée : saisissez l&apos;avancement et rédigez le rapport (Projet › Mettre à jour l&apos;état…, Ctrl+Maj+U)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_header.py" line="213"/>
        <source>NOT RATED</source>
        <translation>NON ÉVALUÉ</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_header.py" line="215"/>
        <source>Overall status: not rated by the PM, and nothing measured yet to compute it from</source>
        <translation>Statut global : non évalué par le chef de projet, et rien n&apos;est encore mesuré pour le calculer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_header.py" line="232"/>
        <source>Overall status. {explanation}</source>
        <translation>Statut global. {explanation}</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../../cpm_desktop/ui/read_only_banner.py" line="49"/>
        <source>&lt;b&gt;Read-only&lt;/b&gt; ({reason}): you can read and export everything. To make changes, use File › Save a Copy… and open the copy.</source>
        <translation>&lt;b&gt;Lecture seule&lt;/b&gt; ({reason}) : vous pouvez tout lire et exporter. Pour modifier, utilisez Fichier › Enregistrer une copie… et ouvrez la copie.</translation>
    </message>
</context>
<context>
    <name>ServerConnect</name>
    <message>
        <location filename="../../../cpm_desktop/ui/server_connect.py" line="43"/>
        <source>Connect to Team Server</source>
        <translation>Se connecter au serveur d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/server_connect.py" line="55"/>
        <source>from the keyring, ~/.pgpass or PGPASSWORD</source>
        <translation>du trousseau, de ~/.pgpass ou de PGPASSWORD</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/server_connect.py" line="58"/>
        <source>Remember the password in the system keyring</source>
        <translation>Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/server_connect.py" line="65"/>
        <source>This system has no keyring to keep it in.</source>
        <translation>Ce système n&apos;a pas de trousseau où le garder.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/server_connect.py" line="74"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/server_connect.py" line="75"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/server_connect.py" line="76"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base :</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/server_connect.py" line="77"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/server_connect.py" line="78"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/server_connect.py" line="84"/>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../../cpm_desktop/ui/undo.py" line="113"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/undo.py" line="113"/>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Annuler : {step}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/undo.py" line="114"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/undo.py" line="114"/>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Rétablir : {step}</translation>
    </message>
</context>
<context>
    <name>ViewCommands</name>
    <message>
        <location filename="../../../cpm_desktop/ui/language.py" line="26"/>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="23"/>
        <source>&amp;System Light or Dark</source>
        <translation>Clair ou sombre selon le &amp;système</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="24"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="25"/>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="26"/>
        <source>&amp;High Contrast</source>
        <translation>&amp;Contraste élevé</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="52"/>
        <source>Show the {tab} tab</source>
        <translation>Afficher l&apos;onglet {tab}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="58"/>
        <source>&amp;Larger Text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="61"/>
        <source>S&amp;maller Text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="64"/>
        <source>&amp;Actual Text Size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="67"/>
        <source>Make all text of the window larger</source>
        <translation>Agrandir tout le texte de la fenêtre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="70"/>
        <source>Make all text of the window smaller</source>
        <translation>Réduire tout le texte de la fenêtre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="73"/>
        <source>Put the text back at the system&apos;s size</source>
        <translation>Rétablir la taille de texte du système</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="82"/>
        <source>Colours of the window: {scheme}</source>
        <translation>Couleurs de la fenêtre : {scheme}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="92"/>
        <source>The language of the window, from the next start</source>
        <translation>La langue de la fenêtre, au prochain démarrage</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="133"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/view_menu.py" line="134"/>
        <source>CPM Desktop speaks {language} from its next start.</source>
        <translation>CPM Desktop parlera {language} à son prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>WorkspaceFiles</name>
    <message>
        <location filename="../../../cpm_desktop/ui/workspace_files.py" line="20"/>
        <source>CPM workspaces (*.cpm)</source>
        <translation>Espaces de travail CPM (*.cpm)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workspace_files.py" line="32"/>
        <location filename="../../../cpm_desktop/ui/workspace_files.py" line="42"/>
        <location filename="../../../cpm_desktop/ui/workspace_files.py" line="58"/>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workspace_files.py" line="33"/>
        <source>New workspace.cpm</source>
        <translation>Nouvel espace de travail.cpm</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workspace_files.py" line="43"/>
        <source>Start the new workspace with the demo portfolio (two sample clients)?

Choose No for an empty workspace.</source>
        <translation>Commencer le nouvel espace de travail avec le portefeuille de démonstration (deux clients d&apos;exemple) ?

Choisissez Non pour un espace de travail vide.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workspace_files.py" line="66"/>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workspace_files.py" line="79"/>
        <location filename="../../../cpm_desktop/ui/workspace_files.py" line="89"/>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workspace_files.py" line="118"/>
        <source>No recent workspaces</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
</context>
<context>
    <name>WorkspaceRecovery</name>
    <message>
        <location filename="../../../cpm_desktop/ui/workspace_recovery.py" line="22"/>
        <source>Damaged workspace</source>
        <translation>Espace de travail endommagé</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workspace_recovery.py" line="45"/>
        <source>{name} is damaged and cannot be opened safely.</source>
        <translation>{name} est endommagé et ne peut pas être ouvert en toute sécurité.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workspace_recovery.py" line="53"/>
        <source>Its newest good backup was taken on {taken}.

Restore it? Changes made after that time are not in the backup; the damaged file is kept beside the workspace, renamed, and is never deleted.</source>
        <translation>Sa sauvegarde intacte la plus récente date du {taken}.

La restaurer ? Les modifications faites depuis ne sont pas dans la sauvegarde ; le fichier endommagé est conservé à côté de l&apos;espace de travail, renommé, et n&apos;est jamais supprimé.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workspace_recovery.py" line="61"/>
        <source>Restore Backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workspace_recovery.py" line="67"/>
        <source>No intact backup of it was found. You can open it read-only to see, and export, what can still be read.</source>
        <translation>Aucune sauvegarde intacte n&apos;a été trouvée. Vous pouvez l&apos;ouvrir en lecture seule pour voir et exporter ce qui peut encore être lu.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workspace_recovery.py" line="74"/>
        <source>Open Read-Only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
</context>
</TS>
