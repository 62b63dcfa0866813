<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ChangeScopeDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/change_scope_dialog.py" line="49"/>
        <source>Scope lines — {reference}</source>
        <translation>Lignes de périmètre — {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/change_scope_dialog.py" line="56"/>
        <source>What {reference} “{title}” changes in the charter&apos;s scope. The lines count in the current scope once the client approves the request.</source>
        <translation>Ce que {reference} « {title} » change au périmètre de la charte. Les lignes comptent dans le périmètre actuel dès que le client approuve la demande.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/change_scope_dialog.py" line="72"/>
        <source>A line the request brings into the charter</source>
        <translation>Une ligne que la demande ajoute à la charte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/change_scope_dialog.py" line="78"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/change_scope_dialog.py" line="85"/>
        <source>Take off</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/change_scope_dialog.py" line="88"/>
        <source>Take the selected line off the lines the request adds</source>
        <translation>Retirer la ligne sélectionnée des lignes que la demande ajoute</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/change_scope_dialog.py" line="111"/>
        <source>Lines it adds</source>
        <translation>Lignes ajoutées</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/change_scope_dialog.py" line="117"/>
        <source>Lines of the charter it removes (tick them)</source>
        <translation>Lignes de la charte qu&apos;elle retire (à cocher)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/change_scope_dialog.py" line="170"/>
        <source>(removed by {reference})</source>
        <translation>(retirée par {reference})</translation>
    </message>
</context>
<context>
    <name>CharterDialogs</name>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="29"/>
        <source>What the project delivers</source>
        <translation>Ce que le projet livre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="30"/>
        <source>What the project does not deliver</source>
        <translation>Ce que le projet ne livre pas</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="33"/>
        <source>What the plan takes for granted</source>
        <translation>Ce que le plan tient pour acquis</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="34"/>
        <source>What limits how the project may deliver</source>
        <translation>Ce qui limite la façon dont le projet peut livrer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="37"/>
        <source>What someone outside the project must deliver</source>
        <translation>Ce que quelqu&apos;un hors du projet doit livrer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="42"/>
        <source>Add in-scope line</source>
        <translation>Ajouter une ligne du périmètre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="43"/>
        <source>Add out-of-scope line</source>
        <translation>Ajouter une ligne hors périmètre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="44"/>
        <source>Add assumption</source>
        <translation>Ajouter une hypothèse</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="45"/>
        <source>Add constraint</source>
        <translation>Ajouter une contrainte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="46"/>
        <source>Add dependency</source>
        <translation>Ajouter une dépendance</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="49"/>
        <source>Edit in-scope line</source>
        <translation>Modifier la ligne du périmètre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="50"/>
        <source>Edit out-of-scope line</source>
        <translation>Modifier la ligne hors périmètre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="51"/>
        <source>Edit assumption</source>
        <translation>Modifier l&apos;hypothèse</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="52"/>
        <source>Edit constraint</source>
        <translation>Modifier la contrainte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="53"/>
        <source>Edit dependency</source>
        <translation>Modifier la dépendance</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="65"/>
        <source>Add objective</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="67"/>
        <source>Edit objective</source>
        <translation>Modifier l&apos;objectif</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="73"/>
        <source>What the project must achieve</source>
        <translation>Ce que le projet doit atteindre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="78"/>
        <source>How success is measured</source>
        <translation>Comment le succès est mesuré</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="82"/>
        <source>The value that counts as success</source>
        <translation>La valeur qui vaut succès</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="86"/>
        <source>As last measured (empty: not yet)</source>
        <translation>Telle que mesurée en dernier (vide : pas encore)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="93"/>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="224"/>
        <source>&amp;Objective</source>
        <translation>&amp;Objectif</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="94"/>
        <source>&amp;Measure</source>
        <translation>&amp;Mesure</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="95"/>
        <source>&amp;Target</source>
        <translation>&amp;Cible</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="96"/>
        <source>&amp;Actual</source>
        <translation>Valeur &amp;réelle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="97"/>
        <source>M&amp;et</source>
        <translation>A&amp;tteint</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="131"/>
        <source>Who answers for it (optional)</source>
        <translation>Qui en répond (facultatif)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="134"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="135"/>
        <source>&amp;Line</source>
        <translation>&amp;Ligne</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="136"/>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="137"/>
        <source>&amp;Due</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="160"/>
        <source>Add SOW version</source>
        <translation>Ajouter une version du cahier des charges</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="162"/>
        <source>Edit SOW {version}</source>
        <translation>Modifier le cahier des charges {version}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="175"/>
        <source>The signed form is back and filed</source>
        <translation>Le formulaire signé est revenu et classé</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="180"/>
        <source>What this version changed</source>
        <translation>Ce que cette version a changé</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="183"/>
        <source>&amp;Version</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="184"/>
        <source>&amp;Issued</source>
        <translation>É&amp;mise le</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="185"/>
        <source>&amp;Signed</source>
        <translation>&amp;Signée le</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="186"/>
        <source>Signed &amp;by</source>
        <translation>Signée &amp;par</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="188"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="209"/>
        <source>Project objective and description</source>
        <translation>Objectif et description du projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="216"/>
        <source>What the client buys the project for</source>
        <translation>Pourquoi le client achète le projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="221"/>
        <source>The project in a few paragraphs</source>
        <translation>Le projet en quelques paragraphes</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="226"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="252"/>
        <source>{format}, or empty: not signed yet</source>
        <translation>{format}, ou vide : pas encore signée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="254"/>
        <source>{format}, or empty: no date</source>
        <translation>{format}, ou vide : sans date</translation>
    </message>
</context>
<context>
    <name>CharterHeader</name>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/header.py" line="24"/>
        <source>No objective recorded yet: say what the client buys the project for (Edit…).</source>
        <translation>Aucun objectif saisi : dites pourquoi le client achète le projet (Modifier…).</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/header.py" line="47"/>
        <source>PROJECT OBJECTIVE</source>
        <translation>OBJECTIF DU PROJET</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/header.py" line="58"/>
        <source>Signed form received</source>
        <translation>Formulaire signé reçu</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/header.py" line="62"/>
        <source>The client&apos;s signed copy of this SOW version is back and filed</source>
        <translation>L&apos;exemplaire signé par le client de cette version est revenu et classé</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/header.py" line="68"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/header.py" line="72"/>
        <source>Edit the project&apos;s objective and description</source>
        <translation>Modifier l&apos;objectif et la description du projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/header.py" line="114"/>
        <source>Statement of work: no signed version yet — add the one the client signed under Statement of work below.</source>
        <translation>Cahier des charges : aucune version signée — ajoutez celle que le client a signée sous Cahier des charges ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/header.py" line="124"/>
        <source>Statement of work {version}, signed {when} by {who}</source>
        <translation>Cahier des charges {version}, signé le {when} par {who}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/header.py" line="128"/>
        <source>Statement of work {version}, signed {when}</source>
        <translation>Cahier des charges {version}, signé le {when}</translation>
    </message>
</context>
<context>
    <name>CharterPage</name>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="27"/>
        <source>✓ Met</source>
        <translation>✓ Atteint</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="28"/>
        <source>✗ Not met</source>
        <translation>✗ Non atteint</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="29"/>
        <source>Not yet measured</source>
        <translation>Pas encore mesuré</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="34"/>
        <source>In scope</source>
        <translation>Dans le périmètre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="35"/>
        <source>Out of scope</source>
        <translation>Hors périmètre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="36"/>
        <source>Assumption</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="37"/>
        <source>Constraint</source>
        <translation>Contrainte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="38"/>
        <source>Dependency</source>
        <translation>Dépendance</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="42"/>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="43"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="44"/>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="87"/>
        <source>Added by {reference} {title} ({effect})</source>
        <translation>Ajoutée par {reference} {title} ({effect})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="91"/>
        <source>Removed by {reference} {title} ({effect})</source>
        <translation>Retirée par {reference} {title} ({effect})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="100"/>
        <source>In the charter as first signed</source>
        <translation>Dans la charte telle que signée à l&apos;origine</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="115"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="120"/>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="125"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="130"/>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="135"/>
        <source>Met</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="148"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="158"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="178"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="184"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="197"/>
        <source>✓ Received</source>
        <translation>✓ Reçu</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="198"/>
        <source>Awaited</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="204"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="206"/>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="210"/>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="213"/>
        <source>Not signed</source>
        <translation>Non signée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="217"/>
        <source>Signed by</source>
        <translation>Signée par</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="222"/>
        <source>Signed form</source>
        <translation>Formulaire signé</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="227"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="236"/>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="241"/>
        <source>Deliverable</source>
        <translation>Livrable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/columns.py" line="244"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="66"/>
        <source>Current: lines an approved change request added are marked + CR-…, removed ones − CR-… and struck through; a request not yet decided is marked pending. Original: the scope as first signed.</source>
        <translation>Actuel : les lignes ajoutées par une demande de modification approuvée sont marquées + CR-…, les lignes retirées − CR-… et barrées ; une demande pas encore décidée est marquée en attente. Original : le périmètre tel que signé à l&apos;origine.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="73"/>
        <source>Assumptions</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="74"/>
        <source>Constraints</source>
        <translation>Contraintes</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="75"/>
        <source>External dependencies</source>
        <translation>Dépendances externes</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="101"/>
        <source>No deliverables yet: list them on the Deliverables page.</source>
        <translation>Pas encore de livrables : listez-les sur la page Livrables.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="105"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="106"/>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="118"/>
        <source>The scope now: approved change requests applied, the others marked</source>
        <translation>Le périmètre actuel : demandes approuvées appliquées, les autres marquées</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="123"/>
        <source>The scope as first signed</source>
        <translation>Le périmètre tel que signé à l&apos;origine</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="134"/>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="150"/>
        <source>Objectives and success criteria</source>
        <translation>Objectifs et critères de succès</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="162"/>
        <source>Assumptions, constraints and dependencies</source>
        <translation>Hypothèses, contraintes et dépendances</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="171"/>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="352"/>
        <source>Deliverables</source>
        <translation>Livrables</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="174"/>
        <source>As the Deliverables page records them and the client accepts them.</source>
        <translation>Tels que la page Livrables les enregistre et que le client les accepte.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="182"/>
        <source>Statement of work</source>
        <translation>Cahier des charges</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="193"/>
        <source>Charter</source>
        <translation>Charte du projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="200"/>
        <source>No project</source>
        <translation>Aucun projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="201"/>
        <source>Select a project to see its charter.</source>
        <translation>Sélectionnez un projet pour voir sa charte.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="340"/>
        <source>No project is shown.</source>
        <translation>Aucun projet n&apos;est affiché.</translation>
    </message>
</context>
<context>
    <name>CharterPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="30"/>
        <source>No in-scope lines recorded.</source>
        <translation>Aucune ligne du périmètre saisie.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="31"/>
        <source>No out-of-scope lines recorded.</source>
        <translation>Aucune ligne hors périmètre saisie.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="32"/>
        <source>No assumptions recorded.</source>
        <translation>Aucune hypothèse saisie.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="33"/>
        <source>No constraints recorded.</source>
        <translation>Aucune contrainte saisie.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="34"/>
        <source>No dependencies recorded.</source>
        <translation>Aucune dépendance saisie.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="38"/>
        <source>the in-scope line “{text}”</source>
        <translation>la ligne du périmètre « {text} »</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="39"/>
        <source>the out-of-scope line “{text}”</source>
        <translation>la ligne hors périmètre « {text} »</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="40"/>
        <source>the assumption “{text}”</source>
        <translation>l&apos;hypothèse « {text} »</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="41"/>
        <source>the constraint “{text}”</source>
        <translation>la contrainte « {text} »</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="42"/>
        <source>the dependency “{text}”</source>
        <translation>la dépendance « {text} »</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="65"/>
        <source>{count} met</source>
        <translation>{count} atteint(s)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="66"/>
        <source>{count} not met</source>
        <translation>{count} non atteint(s)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="67"/>
        <source>{count} not yet measured</source>
        <translation>{count} pas encore mesuré(s)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="95"/>
        <source>Move &amp;Up</source>
        <translation>Mo&amp;nter</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="96"/>
        <source>Move Up the selected line ({keys})</source>
        <translation>Monter la ligne sélectionnée ({keys})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="102"/>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="103"/>
        <source>Move Down the selected line ({keys})</source>
        <translation>Descendre la ligne sélectionnée ({keys})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="167"/>
        <source>No objectives yet. Add what the project must achieve and how success is measured.</source>
        <translation>Pas encore d&apos;objectifs. Ajoutez ce que le projet doit atteindre et comment le succès est mesuré.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="232"/>
        <source>objective {position} “{objective}”</source>
        <translation>l&apos;objectif {position} « {objective} »</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="99"/>
        <source>{count} as first signed</source>
        <translation>{count} telles que signées à l&apos;origine</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="111"/>
        <source>{now} now: {original} original</source>
        <translation>{now} maintenant : {original} d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="115"/>
        <source>, {count} added</source>
        <translation>, {count} ajoutée(s)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="117"/>
        <source>, {count} removed</source>
        <translation>, {count} retirée(s)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="123"/>
        <source>{count} pending a decision</source>
        <translation>{count} en attente de décision</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="254"/>
        <source>No SOW version recorded. Add the version the client signed.</source>
        <translation>Aucune version du cahier des charges saisie. Ajoutez la version signée par le client.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="274"/>
        <source>In force: {version}, signed {day}</source>
        <translation>En vigueur : {version}, signée le {day}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="306"/>
        <source>SOW {version}</source>
        <translation>cahier des charges {version}</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="310"/>
        <source>Edit the project&apos;s objective</source>
        <translation>Modifier l&apos;objectif du projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="328"/>
        <source>Mark the signed form of SOW {version} received</source>
        <translation>Marquer le formulaire signé du cahier des charges {version} comme reçu</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/page.py" line="330"/>
        <source>Mark the signed form of SOW {version} awaited</source>
        <translation>Marquer le formulaire signé du cahier des charges {version} comme attendu</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="202"/>
        <source>Add objective</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="211"/>
        <source>Edit objective {position}</source>
        <translation>Modifier l&apos;objectif {position}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="217"/>
        <source>Delete objective {position}</source>
        <translation>Supprimer l&apos;objectif {position}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="224"/>
        <source>Move objective {position} up</source>
        <translation>Monter l&apos;objectif {position}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="226"/>
        <source>Move objective {position} down</source>
        <translation>Descendre l&apos;objectif {position}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="288"/>
        <source>Add SOW {version}</source>
        <translation>Ajouter le cahier des charges {version}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="290"/>
        <source>Add SOW</source>
        <translation>Ajouter un cahier des charges</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="296"/>
        <source>Edit SOW {version}</source>
        <translation>Modifier le cahier des charges {version}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="301"/>
        <source>Delete SOW {version}</source>
        <translation>Supprimer le cahier des charges {version}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="138"/>
        <source>Add {noun}</source>
        <translation>Ajouter : {noun}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="143"/>
        <source>Edit {noun}</source>
        <translation>Modifier : {noun}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="148"/>
        <source>Delete {noun}</source>
        <translation>Supprimer : {noun}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="154"/>
        <source>Move {noun} up</source>
        <translation>Monter : {noun}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="156"/>
        <source>Move {noun} down</source>
        <translation>Descendre : {noun}</translation>
    </message>
</context>
<context>
    <name>RecordLists</name>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="159"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="241"/>
        <source>Statement of work versions</source>
        <translation>Versions du cahier des charges</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="180"/>
        <source>In scope</source>
        <translation>Dans le périmètre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="188"/>
        <source>Out of scope</source>
        <translation>Hors périmètre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="196"/>
        <source>Assumptions</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="204"/>
        <source>Constraints</source>
        <translation>Contraintes</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/scope_panels.py" line="212"/>
        <source>Dependencies</source>
        <translation>Dépendances</translation>
    </message>
</context>
<context>
    <name>RecordNouns</name>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="22"/>
        <source>in-scope line</source>
        <translation>ligne du périmètre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="23"/>
        <source>out-of-scope line</source>
        <translation>ligne hors périmètre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="24"/>
        <source>assumption</source>
        <translation>hypothèse</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="25"/>
        <source>constraint</source>
        <translation>contrainte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/dialogs.py" line="26"/>
        <source>dependency</source>
        <translation>dépendance</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="158"/>
        <source>objective</source>
        <translation>objectif</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/charter/panels.py" line="240"/>
        <source>SOW version</source>
        <translation>version du cahier des charges</translation>
    </message>
</context>
</TS>
