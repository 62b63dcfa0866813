<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="108"/>
        <source>Add role</source>
        <translation>Ajouter un rôle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="112"/>
        <source>Edit role {name}</source>
        <translation>Modifier le rôle {name}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="117"/>
        <source>Delete role {name}</source>
        <translation>Supprimer le rôle {name}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="195"/>
        <source>Add rate</source>
        <translation>Ajouter un taux</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="199"/>
        <source>Edit rate of {owner}</source>
        <translation>Modifier le taux de {owner}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="204"/>
        <source>Delete rate of {owner}</source>
        <translation>Supprimer le taux de {owner}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resources_panel.py" line="166"/>
        <source>Add resource</source>
        <translation>Ajouter une ressource</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resources_panel.py" line="170"/>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resources_panel.py" line="176"/>
        <source>Delete {name}</source>
        <translation>Supprimer {name}</translation>
    </message>
</context>
<context>
    <name>RateCardPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="141"/>
        <source>No rates yet. Give each role its cost and bill rate per hour from a date on; a person whose rate differs from the role&apos;s gets a rate of their own.</source>
        <translation>Aucun taux pour l&apos;instant. Donnez à chaque rôle son taux de coût et de facturation horaire à partir d&apos;une date ; une personne dont le taux diffère de celui du rôle reçoit son propre taux.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="151"/>
        <source>Add a dated rate for a role or a person</source>
        <translation>Ajouter un taux daté pour un rôle ou une personne</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="172"/>
        <source>1 rate · {in_force} in force</source>
        <translation>1 taux · {in_force} en vigueur</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="174"/>
        <source>%n rates · {in_force} in force</source>
        <translation>
            <numerusform>%n taux · {in_force} en vigueur</numerusform>
            <numerusform>%n taux · {in_force} en vigueur</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="177"/>
        <source>{scheduled} scheduled</source>
        <translation>{scheduled} planifiés</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="209"/>
        <source>the rate of {owner} from {day}</source>
        <translation>le taux de {owner} à partir du {day}</translation>
    </message>
</context>
<context>
    <name>RateColumns</name>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="33"/>
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="34"/>
        <source>{count} people</source>
        <translation>{count} personnes</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="45"/>
        <source>No rate yet</source>
        <translation>Aucun taux</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="50"/>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="114"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="52"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="59"/>
        <source>Cost / h</source>
        <translation>Coût / h</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="63"/>
        <source>The role&apos;s cost rate in force today</source>
        <translation>Le taux de coût du rôle en vigueur aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="70"/>
        <source>Bill / h</source>
        <translation>Fact. / h</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="74"/>
        <source>The role&apos;s bill rate in force today</source>
        <translation>Le taux de facturation du rôle en vigueur aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="81"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="106"/>
        <source>Role or person</source>
        <translation>Rôle ou personne</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="112"/>
        <source>Applies to</source>
        <translation>S&apos;applique à</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="116"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="119"/>
        <source>Everyone holding the role, unless they have their own rate</source>
        <translation>Toute personne ayant ce rôle, sauf si elle a son propre taux</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="123"/>
        <source>This person only: overrides their role&apos;s rate</source>
        <translation>Cette personne seulement : remplace le taux de son rôle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="129"/>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="135"/>
        <source>Cost rate</source>
        <translation>Taux de coût</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="138"/>
        <source>What an hour (or a unit of material) costs</source>
        <translation>Ce que coûte une heure (ou une unité de matériel)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="144"/>
        <source>Bill rate</source>
        <translation>Taux de facturation</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="147"/>
        <source>What an hour (or a unit of material) is billed at</source>
        <translation>Le prix facturé d&apos;une heure (ou d&apos;une unité de matériel)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="153"/>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="156"/>
        <source>What the bill rate keeps above the cost rate (internal)</source>
        <translation>Ce que le taux de facturation garde au-dessus du taux de coût (interne)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="162"/>
        <source>Per use</source>
        <translation>Par utilisation</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="167"/>
        <source>Cost per use: charged for each task worked on, per unit assigned</source>
        <translation>Coût par utilisation : facturé pour chaque tâche travaillée, par unité affectée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="173"/>
        <source>Standing</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="185"/>
        <source>The rate that applies today</source>
        <translation>Le taux qui s&apos;applique aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="187"/>
        <source>Applies from its date on</source>
        <translation>S&apos;applique à partir de sa date</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="188"/>
        <source>A later rate replaced it; past weeks still cost this</source>
        <translation>Un taux ultérieur l&apos;a remplacé ; les semaines passées coûtent toujours ce montant</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="68"/>
        <source>Add rate</source>
        <translation>Ajouter un taux</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="70"/>
        <source>Edit rate of {owner}</source>
        <translation>Modifier le taux de {owner}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="77"/>
        <source>Role: {name}</source>
        <translation>Rôle : {name}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="82"/>
        <source>Person: {name}</source>
        <translation>Personne : {name}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="86"/>
        <source>A role&apos;s rate applies to everyone holding the role; a person&apos;s own rate overrides it</source>
        <translation>Le taux d&apos;un rôle s&apos;applique à toute personne ayant ce rôle ; le taux propre d&apos;une personne le remplace</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="98"/>
        <source>The rate applies from this day until a later one</source>
        <translation>Le taux s&apos;applique à partir de ce jour jusqu&apos;à un taux ultérieur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="104"/>
        <source>What an hour costs us</source>
        <translation>Ce qu&apos;une heure nous coûte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="108"/>
        <source>What an hour is billed at</source>
        <translation>Le prix facturé d&apos;une heure</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="112"/>
        <source>Per task and unit assigned (optional)</source>
        <translation>Par tâche et unité affectée (facultatif)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="119"/>
        <source>The ISO code the rate is in: EUR, CHF, USD…</source>
        <translation>Le code ISO de la devise du taux : EUR, CHF, USD…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="122"/>
        <source>&amp;Role or person</source>
        <translation>&amp;Rôle ou personne</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="123"/>
        <source>E&amp;ffective from</source>
        <translation>&amp;Date d&apos;effet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="124"/>
        <source>&amp;Cost rate</source>
        <translation>Taux de &amp;coût</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="125"/>
        <source>&amp;Bill rate</source>
        <translation>Taux de &amp;facturation</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="126"/>
        <source>Cost per &amp;use</source>
        <translation>Coût par &amp;utilisation</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="127"/>
        <source>Curre&amp;ncy</source>
        <translation>De&amp;vise</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="138"/>
        <source>Add a role or a resource first: a rate belongs to one of them.</source>
        <translation>Ajoutez d&apos;abord un rôle ou une ressource : un taux appartient à l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="147"/>
        <source>Type the cost rate</source>
        <translation>Saisissez le taux de coût</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="150"/>
        <source>Type the bill rate</source>
        <translation>Saisissez le taux de facturation</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="154"/>
        <source>Type the cost per use</source>
        <translation>Saisissez le coût par utilisation</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="175"/>
        <source>{ask}, e.g. 95 or 87.50.</source>
        <translation>{ask}, par ex. 95 ou 87,50.</translation>
    </message>
</context>
<context>
    <name>RatesPage</name>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rates_page.py" line="13"/>
        <source>The rate card is the workspace&apos;s: every project prices its work with it. Rates are internal (cost and margin never go into client exports).</source>
        <translation>La grille tarifaire appartient à l&apos;espace de travail : chaque projet valorise son travail avec elle. Les taux sont internes (coûts et marges n&apos;apparaissent jamais dans les exports client).</translation>
    </message>
</context>
<context>
    <name>RecordLists</name>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="50"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="132"/>
        <source>Rate card</source>
        <translation>Grille tarifaire</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resources_panel.py" line="56"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
</context>
<context>
    <name>RecordNouns</name>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="49"/>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="131"/>
        <source>rate</source>
        <translation>taux</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resources_panel.py" line="55"/>
        <source>resource</source>
        <translation>ressource</translation>
    </message>
</context>
<context>
    <name>ResourceAssignments</name>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_assignments.py" line="21"/>
        <source>Select a resource to see the tasks it works on.</source>
        <translation>Sélectionnez une ressource pour voir ses tâches.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_assignments.py" line="33"/>
        <location filename="../../../cpm_desktop/ui/team/resource_assignments.py" line="59"/>
        <source>Assignments</source>
        <translation>Affectations</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_assignments.py" line="44"/>
        <source>Assignments of the resource</source>
        <translation>Affectations de la ressource</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_assignments.py" line="71"/>
        <source>Assignments of {name} on {project}</source>
        <translation>Affectations de {name} sur {project}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_assignments.py" line="79"/>
        <source>1 task · {work} planned · change them in the task&apos;s form on the Timeline (Task Details…, Resources)</source>
        <translation>1 tâche · {work} planifiées · à modifier dans le formulaire de la tâche, dans la Chronologie (Détails de la tâche…, Ressources)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_assignments.py" line="85"/>
        <source>{count} tasks · {work} planned · change them in the task&apos;s form on the Timeline (Task Details…, Resources)</source>
        <translation>{count} tâches · {work} planifiées · à modifier dans le formulaire de la tâche, dans la Chronologie (Détails de la tâche…, Ressources)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_assignments.py" line="91"/>
        <source>{name} has no task on {project}: assign it in a task&apos;s form on the Timeline (Task Details…, Resources).</source>
        <translation>{name} n&apos;a aucune tâche sur {project} : affectez-la dans le formulaire d&apos;une tâche, dans la Chronologie (Détails de la tâche…, Ressources).</translation>
    </message>
</context>
<context>
    <name>ResourceColumns</name>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="29"/>
        <source>All resources</source>
        <translation>Toutes les ressources</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="30"/>
        <source>On this project</source>
        <translation>Sur ce projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="31"/>
        <source>Ours</source>
        <translation>Les nôtres</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="32"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="33"/>
        <source>Vendors</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="69"/>
        <source>A cost resource takes an amount on each task, not a rate</source>
        <translation>Une ressource de coût reçoit un montant par tâche, pas un taux</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="73"/>
        <source>No rate in force today: add one for the person or the role on the Rate Card</source>
        <translation>Aucun taux en vigueur aujourd&apos;hui : ajoutez-en un pour la personne ou le rôle dans la Grille tarifaire</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="78"/>
        <source>{role}&apos;s rate</source>
        <translation>Taux du rôle {role}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="80"/>
        <source>Own rate</source>
        <translation>Taux propre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="83"/>
        <source>per hour</source>
        <translation>par heure</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="85"/>
        <source>per {unit}</source>
        <translation>par {unit}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="89"/>
        <source>per unit</source>
        <translation>par unité</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="91"/>
        <source>, plus {amount} per use</source>
        <translation>, plus {amount} par utilisation</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="97"/>
        <source>{whose} from {day}, {per}{use}</source>
        <translation>{whose} à partir du {day}, {per}{use}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="117"/>
        <source>Inactive: not offered for new assignments</source>
        <translation>Inactive : non proposée pour de nouvelles affectations</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="130"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="136"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="138"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="143"/>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="148"/>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="236"/>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="151"/>
        <source>Planned work on this project&apos;s tasks</source>
        <translation>Travail planifié sur les tâches de ce projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="157"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="161"/>
        <source>Unknown: a rate or an exchange rate is missing</source>
        <translation>Inconnu : un taux ou un taux de change manque</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="165"/>
        <source>Planned cost on this project, at the rates of each task&apos;s start</source>
        <translation>Coût planifié sur ce projet, aux taux du début de chaque tâche</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="173"/>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="176"/>
        <source>Hours booked on this project&apos;s timesheets</source>
        <translation>Heures saisies sur les feuilles de temps de ce projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="182"/>
        <source>Max units</source>
        <translation>Unités max.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="186"/>
        <source>100 % is one person full time</source>
        <translation>100 % correspond à une personne à temps plein</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="191"/>
        <source>Cost rate</source>
        <translation>Taux coût</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="198"/>
        <source>Bill rate</source>
        <translation>Taux fact.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="220"/>
        <source>WBS</source>
        <translation>WBS</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="225"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="230"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="246"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="251"/>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="18"/>
        <source>The project&apos;s calendar</source>
        <translation>Calendrier du projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="19"/>
        <source>— (none)</source>
        <translation>— (aucun)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="43"/>
        <source>Add resource</source>
        <translation>Ajouter une ressource</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="45"/>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="51"/>
        <source>A person&apos;s name, a material or a kind of cost</source>
        <translation>Nom d&apos;une personne, un matériel ou un type de coût</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="57"/>
        <source>Work: a person or machine, in hours. Material: used by quantity. Cost: an amount entered on each task (travel, licences).</source>
        <translation>Travail : une personne ou une machine, en heures. Matériel : consommé en quantité. Coût : un montant saisi sur chaque tâche (déplacements, licences).</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="70"/>
        <source>Us (our delivery team)</source>
        <translation>Nous (notre équipe de réalisation)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="71"/>
        <source>The client</source>
        <translation>Le client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="72"/>
        <source>A vendor</source>
        <translation>Un fournisseur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="77"/>
        <source>— (choose the vendor)</source>
        <translation>— (choisir le fournisseur)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="87"/>
        <source>100 % is one person full time; 300 % a crew of three</source>
        <translation>100 % correspond à une personne à temps plein ; 300 % à une équipe de trois</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="97"/>
        <source>A calendar of the person&apos;s own (leave, part-time days); by default they work by the calendar of the project they are on</source>
        <translation>Un calendrier propre à la personne (congés, jours à temps partiel) ; par défaut, elle suit le calendrier de son projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="105"/>
        <source>m³, licence, day…</source>
        <translation>m³, licence, jour…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="110"/>
        <source>name@company.com</source>
        <translation>nom@entreprise.fr</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="114"/>
        <source>Skills, availability, contract notes</source>
        <translation>Compétences, disponibilité, notes de contrat</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="118"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="119"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="120"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="121"/>
        <source>E&amp;mployer</source>
        <translation>E&amp;mployeur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="122"/>
        <source>&amp;Vendor</source>
        <translation>&amp;Fournisseur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="123"/>
        <source>Max &amp;units</source>
        <translation>&amp;Unités max.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="124"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendrier</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="125"/>
        <source>Material un&amp;it</source>
        <translation>Un&amp;ité de matériel</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="126"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="127"/>
        <source>No&amp;tes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="132"/>
        <source>Active (offered for new assignments)</source>
        <translation>Active (proposée pour de nouvelles affectations)</translation>
    </message>
</context>
<context>
    <name>ResourcesPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resources_panel.py" line="36"/>
        <source>No resources yet. Add the people of the delivery team, the client&apos;s key users and the vendors&apos; staff, with their role; then put them on tasks from the task&apos;s form.</source>
        <translation>Aucune ressource pour l&apos;instant. Ajoutez les personnes de l&apos;équipe de réalisation, les utilisateurs clés du client et le personnel des fournisseurs, avec leur rôle ; affectez-les ensuite aux tâches depuis le formulaire de la tâche.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resources_panel.py" line="44"/>
        <source>No resource matches the filter: choose “All resources” to see every one.</source>
        <translation>Aucune ressource ne correspond au filtre : choisissez « Toutes les ressources » pour les voir toutes.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resources_panel.py" line="77"/>
        <source>Add a person, material or cost to the workspace</source>
        <translation>Ajouter une personne, un matériel ou un coût à l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resources_panel.py" line="84"/>
        <source>Show resources</source>
        <translation>Ressources affichées</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resources_panel.py" line="89"/>
        <source>Show every resource, those on this project, or one employer&apos;s</source>
        <translation>Afficher toutes les ressources, celles de ce projet ou celles d&apos;un employeur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resources_panel.py" line="134"/>
        <source>1 resource · {on_project} on this project</source>
        <translation>1 ressource · {on_project} sur ce projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resources_panel.py" line="138"/>
        <source>{count} resources · {on_project} on this project</source>
        <translation>{count} ressources · {on_project} sur ce projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resources_panel.py" line="181"/>
        <source>the resource “{name}” with its assignments and own rates</source>
        <translation>la ressource « {name} » avec ses affectations et ses taux propres</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="32"/>
        <source>Add role</source>
        <translation>Ajouter un rôle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="34"/>
        <source>Edit role {name}</source>
        <translation>Modifier le rôle {name}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="39"/>
        <source>Solution architect, WMS consultant…</source>
        <translation>Architecte solution, consultant WMS…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="43"/>
        <source>What the role does</source>
        <translation>Ce que fait le rôle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="46"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="47"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
</context>
<context>
    <name>RolesPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="59"/>
        <source>No roles yet. Add the roles your team sells (architect, consultant, developer) and give each its cost and bill rate on the rate card.</source>
        <translation>Aucun rôle pour l&apos;instant. Ajoutez les rôles que vend votre équipe (architecte, consultant, développeur) et donnez à chacun son taux de coût et de facturation dans la grille tarifaire.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="69"/>
        <source>Add a role to the rate card</source>
        <translation>Ajouter un rôle à la grille tarifaire</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="89"/>
        <source>1 role</source>
        <translation>1 rôle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="91"/>
        <source>%n roles</source>
        <translation>
            <numerusform>%n rôle</numerusform>
            <numerusform>%n rôles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="94"/>
        <source>held by 1 person</source>
        <translation>tenus par 1 personne</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="96"/>
        <source>held by %n people</source>
        <translation>
            <numerusform>tenus par %n personne</numerusform>
            <numerusform>tenus par %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="122"/>
        <source>the role “{name}” and its rates</source>
        <translation>le rôle « {name} » et ses taux</translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <location filename="../../../cpm_desktop/ui/team/tab.py" line="24"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
</context>
<context>
    <name>TeamText</name>
    <message>
        <location filename="../../../cpm_desktop/ui/team/team_text.py" line="63"/>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <location filename="../../../cpm_desktop/ui/team/view.py" line="33"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/view.py" line="34"/>
        <source>Rate Card</source>
        <translation>Grille tarifaire</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/view.py" line="35"/>
        <source>Workload</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/view.py" line="36"/>
        <source>Timesheets</source>
        <translation>Feuilles de temps</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/view.py" line="37"/>
        <source>Vendors</source>
        <translation>Fournisseurs</translation>
    </message>
</context>
</TS>
