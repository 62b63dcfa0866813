<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CheckIn</name>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/check_in.py" line="47"/>
        <source>Checked In</source>
        <translation>Réintégré</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/check_in.py" line="48"/>
        <source>{code} is checked in: the team server has your changes, and the project is writable there again.

Open the team server&apos;s workspace in this window?</source>
        <translation>{code} est réintégré : le serveur d&apos;équipe a vos modifications, et le projet y est de nouveau modifiable.

Ouvrir l&apos;espace de travail du serveur d&apos;équipe dans cette fenêtre ?</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/check_in.py" line="66"/>
        <source>Check In to Team Server</source>
        <translation>Réintégrer sur le serveur d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/check_in.py" line="71"/>
        <source>Writing your changes to {server}…</source>
        <translation>Écriture de vos modifications sur {server}…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/check_in.py" line="73"/>
        <source>Comparing your copy with {server}…</source>
        <translation>Comparaison de votre copie avec {server}…</translation>
    </message>
</context>
<context>
    <name>CheckInPreview</name>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/preview_model.py" line="16"/>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/preview_model.py" line="17"/>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/preview_model.py" line="18"/>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/preview_model.py" line="19"/>
        <source>Removed</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/preview_dialog.py" line="37"/>
        <source>Check In {code}</source>
        <translation>Réintégrer {code}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/preview_dialog.py" line="42"/>
        <source>What your copy changed</source>
        <translation>Ce que votre copie a modifié</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/preview_dialog.py" line="44"/>
        <source>Nothing changed</source>
        <translation>Aucune modification</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/preview_dialog.py" line="56"/>
        <source>&amp;Check In</source>
        <translation>&amp;Réintégrer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/preview_dialog.py" line="80"/>
        <source>{code} back to {server}</source>
        <translation>{code} de retour sur {server}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/preview_dialog.py" line="84"/>
        <source>What your copy changed since you checked it out. Check In writes all of it to the team server in one go; the project is then writable there again.</source>
        <translation>Ce que votre copie a modifié depuis l&apos;extraction. « Réintégrer » écrit tout sur le serveur d&apos;équipe en une seule fois ; le projet y est ensuite de nouveau modifiable.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/preview_dialog.py" line="90"/>
        <source>Your copy changed nothing. Check In ends the check-out: the project is then writable on the team server again.</source>
        <translation>Votre copie n&apos;a rien modifié. « Réintégrer » met fin à l&apos;extraction : le projet est ensuite de nouveau modifiable sur le serveur d&apos;équipe.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/preview_dialog.py" line="96"/>
        <source>This file stays on your disk, no longer a checked-out copy. Nothing is written until you choose Check In.</source>
        <translation>Ce fichier reste sur votre disque, sans plus être une copie extraite. Rien n&apos;est écrit avant que vous choisissiez « Réintégrer ».</translation>
    </message>
</context>
<context>
    <name>CheckOut</name>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/check_out.py" line="29"/>
        <source>{code} offline</source>
        <translation>{code} hors ligne</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/check_out.py" line="42"/>
        <source>Check out {code} for offline work</source>
        <translation>{code} : extraire pour travailler hors ligne</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/check_out.py" line="61"/>
        <source>{name} already exists. A check-out writes a new file: choose another name.</source>
        <translation>{name} existe déjà. Une extraction écrit un nouveau fichier : choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/check_out.py" line="82"/>
        <source>Copying {code} to {name}…</source>
        <translation>Copie de {code} dans {name}…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/check_out.py" line="88"/>
        <source>Check Out for Offline Work</source>
        <translation>Extraire pour travailler hors ligne</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/check_out.py" line="98"/>
        <source>{code} is checked out to {path}.

It is read-only on the team server until you check it in (File › Check In to Team Server… in the copy). Open the copy now?</source>
        <translation>{code} est extrait dans {path}.

Il est en lecture seule sur le serveur d&apos;équipe jusqu&apos;à sa réintégration (Fichier › Réintégrer sur le serveur d&apos;équipe… dans la copie). Ouvrir la copie maintenant ?</translation>
    </message>
</context>
<context>
    <name>CheckoutCommands</name>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/commands.py" line="36"/>
        <source>Take the project shown to a file on this computer to work on it offline; it is read-only on the team server until you check it in</source>
        <translation>Emporter le projet affiché dans un fichier sur cet ordinateur pour y travailler hors ligne ; il est en lecture seule sur le serveur d&apos;équipe jusqu&apos;à sa réintégration</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/commands.py" line="41"/>
        <source>Write what you changed in this checked-out copy back to the team server, and make the project writable there again</source>
        <translation>Réécrire vos modifications de cette copie extraite sur le serveur d&apos;équipe, et y rendre le projet de nouveau modifiable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/commands.py" line="46"/>
        <source>End a check-out left behind: the project is writable on the team server again, and the laptop&apos;s copy can no longer be checked in (audited)</source>
        <translation>Mettre fin à une extraction abandonnée : le projet est de nouveau modifiable sur le serveur d&apos;équipe, et la copie du portable ne peut plus être réintégrée (journalisé)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/commands.py" line="63"/>
        <source>Check &amp;Out for Offline Work…</source>
        <translation>&amp;Extraire pour travailler hors ligne…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/commands.py" line="69"/>
        <source>Check &amp;In to Team Server…</source>
        <translation>Ré&amp;intégrer sur le serveur d&apos;équipe…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/commands.py" line="75"/>
        <source>Re&amp;lease Check-Out…</source>
        <translation>&amp;Libérer l&apos;extraction…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/commands.py" line="160"/>
        <source>Release Check-Out</source>
        <translation>Libérer l&apos;extraction</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/commands.py" line="164"/>
        <source>{code} is checked out by {who} since {since}.

Release it? The project becomes writable here again, and {who}&apos;s copy can no longer be checked in: what they changed offline stays in their file only.</source>
        <translation>{code} est extrait par {who} depuis le {since}.

Le libérer ? Le projet redevient modifiable ici, et la copie de {who} ne peut plus être réintégrée : ce qui a été modifié hors ligne reste uniquement dans ce fichier.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/commands.py" line="183"/>
        <source>Released {code}: writable on the team server again.</source>
        <translation>{code} libéré : de nouveau modifiable sur le serveur d&apos;équipe.</translation>
    </message>
</context>
<context>
    <name>CheckoutWords</name>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="18"/>
        <source>project properties</source>
        <translation>propriétés du projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="19"/>
        <source>calendars</source>
        <translation>calendriers</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="20"/>
        <source>calendar days off</source>
        <translation>jours chômés</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="21"/>
        <source>tasks</source>
        <translation>tâches</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="22"/>
        <source>task links</source>
        <translation>liens entre tâches</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="23"/>
        <source>baselines</source>
        <translation>références</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="24"/>
        <source>baselined task dates</source>
        <translation>dates de référence des tâches</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="25"/>
        <source>risks and issues</source>
        <translation>risques et problèmes</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="26"/>
        <source>risk history entries</source>
        <translation>entrées de l&apos;historique des risques</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="27"/>
        <source>tasks linked to risks</source>
        <translation>tâches liées à des risques</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="28"/>
        <source>change requests</source>
        <translation>demandes de modification</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="29"/>
        <source>change request steps</source>
        <translation>étapes des demandes de modification</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="30"/>
        <source>tasks of change requests</source>
        <translation>tâches des demandes de modification</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="31"/>
        <source>decisions</source>
        <translation>décisions</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="32"/>
        <source>client feedback</source>
        <translation>retours du client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="33"/>
        <source>lessons learned</source>
        <translation>leçons apprises</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="34"/>
        <source>billing milestones</source>
        <translation>jalons de facturation</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="35"/>
        <source>status reports</source>
        <translation>rapports d&apos;état</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="36"/>
        <source>steering pack settings</source>
        <translation>paramètres du dossier de pilotage</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="37"/>
        <source>stage gates</source>
        <translation>jalons de phase</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="38"/>
        <source>deliverables</source>
        <translation>livrables</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="39"/>
        <source>acceptance criteria</source>
        <translation>critères d&apos;acceptation</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="40"/>
        <source>acceptance steps</source>
        <translation>étapes d&apos;acceptation</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="41"/>
        <source>charter objectives</source>
        <translation>objectifs de la charte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="42"/>
        <source>scope lines</source>
        <translation>lignes du périmètre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="43"/>
        <source>SOW versions</source>
        <translation>versions du cahier des charges</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="44"/>
        <source>service levels</source>
        <translation>niveaux de service</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="45"/>
        <source>service level measurements</source>
        <translation>mesures des niveaux de service</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="48"/>
        <source>steering meetings</source>
        <translation>comités de pilotage</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="49"/>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="50"/>
        <source>communication plan lines</source>
        <translation>lignes du plan de communication</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="51"/>
        <source>escalation levels</source>
        <translation>niveaux d&apos;escalade</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="52"/>
        <source>opportunities</source>
        <translation>opportunités</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="53"/>
        <source>roles</source>
        <translation>rôles</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="54"/>
        <source>resources</source>
        <translation>ressources</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="55"/>
        <source>rates</source>
        <translation>taux</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="56"/>
        <source>resource assignments</source>
        <translation>affectations de ressources</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="57"/>
        <source>timesheet hours</source>
        <translation>heures des feuilles de temps</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="58"/>
        <source>vendors</source>
        <translation>fournisseurs</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="59"/>
        <source>purchase orders</source>
        <translation>bons de commande</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="60"/>
        <source>purchase order lines</source>
        <translation>lignes de bons de commande</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="61"/>
        <source>vendor invoices</source>
        <translation>factures fournisseurs</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="64"/>
        <source>audit trail entries</source>
        <translation>entrées du journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="65"/>
        <source>other records</source>
        <translation>autres enregistrements</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="84"/>
        <source>Checked out by {who} since {since} — read-only here until it is checked in</source>
        <translation>Extrait par {who} depuis le {since} — en lecture seule ici jusqu&apos;à sa réintégration</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="92"/>
        <source>&lt;b&gt;Checked-out copy&lt;/b&gt; of {code}, taken from the team server on {since}: work on it here, then use File › Check In to Team Server… to bring your changes back.</source>
        <translation>&lt;b&gt;Copie extraite&lt;/b&gt; de {code}, prise sur le serveur d&apos;équipe le {since} : travaillez-y ici, puis utilisez Fichier › Réintégrer sur le serveur d&apos;équipe… pour rapporter vos modifications.</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/commands.py" line="98"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
</context>
</TS>
