<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>AssignmentDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="23"/>
        <source>material</source>
        <translation>matériel</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="24"/>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="54"/>
        <source>Assign resource</source>
        <translation>Affecter une ressource</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="56"/>
        <source>Edit {resource} on {task}</source>
        <translation>Modifier {resource} sur {task}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="78"/>
        <source>100 % is full time; 50 % half of each working day</source>
        <translation>100 % correspond au temps plein ; 50 % à la moitié de chaque jour ouvré</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="85"/>
        <source>as the task&apos;s type gives it</source>
        <translation>selon le type de la tâche</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="88"/>
        <source>Planned hours; left empty on a new assignment, the task&apos;s type decides</source>
        <translation>Heures prévues ; laissées vides sur une nouvelle affectation, le type de la tâche décide</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="101"/>
        <source>e.g. 1500 ({currency})</source>
        <translation>p. ex. 1500 ({currency})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="107"/>
        <source>&amp;Resource</source>
        <translation>&amp;Ressource</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="111"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="113"/>
        <source>&amp;Units</source>
        <translation>&amp;Unités</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="114"/>
        <source>&amp;Work (hours)</source>
        <translation>&amp;Travail (heures)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="115"/>
        <source>&amp;Quantity</source>
        <translation>&amp;Quantité</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="116"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="118"/>
        <source>&amp;Amount ({currency})</source>
        <translation>&amp;Montant ({currency})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="175"/>
        <source>Every active resource is on this task already.</source>
        <translation>Toutes les ressources actives sont déjà affectées à cette tâche.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="196"/>
        <source>Type the amount this cost adds to the task, e.g. 1500.</source>
        <translation>Saisissez le montant que ce coût ajoute à la tâche, p. ex. 1500.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="214"/>
        <source>&apos;{text}&apos; is not a number of hours: type it like 40 or 12.5.</source>
        <translation>« {text} » n&apos;est pas un nombre d&apos;heures : saisissez-le comme 40 ou 12,5.</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="137"/>
        <source>Make {name!r} fixed units</source>
        <translation>Passer {name!r} en unités fixes</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="138"/>
        <source>Make {name!r} fixed duration</source>
        <translation>Passer {name!r} en durée fixe</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="139"/>
        <source>Make {name!r} fixed work</source>
        <translation>Passer {name!r} en travail fixe</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="347"/>
        <source>Make {name!r} effort-driven</source>
        <translation>Piloter {name!r} par l&apos;effort</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="349"/>
        <source>Make {name!r} not effort-driven</source>
        <translation>Ne plus piloter {name!r} par l&apos;effort</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="371"/>
        <source>Set the fixed cost of {name!r}</source>
        <translation>Définir le coût fixe de {name!r}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="413"/>
        <source>Assign {resource} to {task!r}</source>
        <translation>Affecter {resource} à {task!r}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="436"/>
        <source>Edit {resource} on {task!r}</source>
        <translation>Modifier {resource} sur {task!r}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="453"/>
        <source>Remove {resource} from {task!r}</source>
        <translation>Retirer {resource} de {task!r}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/cell_edits.py" line="45"/>
        <source>Change duration of {name!r}</source>
        <translation>Modifier la durée de {name!r}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/cell_edits.py" line="46"/>
        <source>Change start of {name!r}</source>
        <translation>Modifier le début de {name!r}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/cell_edits.py" line="47"/>
        <source>Change finish of {name!r}</source>
        <translation>Modifier la fin de {name!r}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/cell_edits.py" line="48"/>
        <source>Change % complete of {name!r}</source>
        <translation>Modifier le % achevé de {name!r}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/cell_edits.py" line="49"/>
        <source>Change predecessors of {name!r}</source>
        <translation>Modifier les prédécesseurs de {name!r}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/cell_edits.py" line="50"/>
        <source>Change owner of {name!r}</source>
        <translation>Modifier le responsable de {name!r}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/cell_edits.py" line="57"/>
        <source>Rename {name!r}</source>
        <translation>Renommer {name!r}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="42"/>
        <source>Indent {name!r}</source>
        <translation>Abaisser {name!r}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="43"/>
        <source>Outdent {name!r}</source>
        <translation>Hausser {name!r}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="44"/>
        <source>Delete {name!r}</source>
        <translation>Supprimer {name!r}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="45"/>
        <source>Edit {name!r}</source>
        <translation>Modifier {name!r}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="46"/>
        <source>Move {name!r} up</source>
        <translation>Monter {name!r}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="47"/>
        <source>Move {name!r} down</source>
        <translation>Descendre {name!r}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="48"/>
        <source>Move {name!r} to {day}</source>
        <translation>Déplacer {name!r} au {day}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="49"/>
        <source>Make {name!r} finish on {day}</source>
        <translation>Faire finir {name!r} le {day}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="110"/>
        <source>Insert task</source>
        <translation>Insérer une tâche</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="200"/>
        <source>Save baseline</source>
        <translation>Enregistrer la référence</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="282"/>
        <source>Link {first!r} → {second!r}</source>
        <translation>Lier {first!r} → {second!r}</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/tab.py" line="101"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/tab.py" line="106"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/tab.py" line="111"/>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
</context>
<context>
    <name>TaskCommands</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="114"/>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="133"/>
        <source>Delete summary task</source>
        <translation>Supprimer la tâche récapitulative</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="135"/>
        <source>&apos;{name}&apos; is a summary task. What should happen to its tasks?</source>
        <translation>« {name} » est une tâche récapitulative. Que faire de ses tâches ?</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="140"/>
        <source>Delete them too</source>
        <translation>Les supprimer aussi</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="144"/>
        <source>Keep them</source>
        <translation>Les conserver</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="190"/>
        <source>Save baseline</source>
        <translation>Enregistrer la référence</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="191"/>
        <source>Baseline 0 was saved on {when} by {who}. Replace it with today&apos;s plan?</source>
        <translation>La référence 0 a été enregistrée le {when} par {who}. La remplacer par le planning du jour ?</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="221"/>
        <source>Task details</source>
        <translation>Détails de la tâche</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="242"/>
        <source>Cannot change the task</source>
        <translation>Impossible de modifier la tâche</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="34"/>
        <source>As soon as possible</source>
        <translation>Dès que possible</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="35"/>
        <source>As late as possible</source>
        <translation>Le plus tard possible</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="36"/>
        <source>Start no earlier than</source>
        <translation>Début au plus tôt le</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="37"/>
        <source>Start no later than</source>
        <translation>Début au plus tard le</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="38"/>
        <source>Finish no earlier than</source>
        <translation>Fin au plus tôt le</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="39"/>
        <source>Finish no later than</source>
        <translation>Fin au plus tard le</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="40"/>
        <source>Must start on</source>
        <translation>Doit commencer le</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="41"/>
        <source>Must finish on</source>
        <translation>Doit finir le</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="59"/>
        <source>Task {wbs} — {name}</source>
        <translation>Tâche {wbs} — {name}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="68"/>
        <source> working days</source>
        <translation> jours ouvrés</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="70"/>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="98"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="100"/>
        <source>&amp;Duration</source>
        <translation>&amp;Durée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="103"/>
        <source>Scheduled</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="105"/>
        <source>&amp;Constraint</source>
        <translation>&amp;Contrainte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="108"/>
        <source>% &amp;Complete</source>
        <translation>% ac&amp;hevé</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="109"/>
        <source>&amp;Owner</source>
        <translation>Res&amp;ponsable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="110"/>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="116"/>
        <source>A summary task spans its tasks</source>
        <translation>Une tâche récapitulative couvre ses tâches</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="127"/>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="128"/>
        <source>&amp;Resources</source>
        <translation>&amp;Ressources</translation>
    </message>
</context>
<context>
    <name>TaskResourcesPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="53"/>
        <source>The people&apos;s units stay; more work makes the task longer</source>
        <translation>Les unités des personnes restent ; plus de travail allonge la tâche</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="56"/>
        <source>The task&apos;s length stays; more work raises the units</source>
        <translation>La durée de la tâche reste ; plus de travail augmente les unités</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="59"/>
        <source>The hours stay; more people make the task shorter</source>
        <translation>Les heures restent ; plus de personnes raccourcissent la tâche</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="65"/>
        <source>Fixed units task: the people&apos;s units stay; more work makes the task longer.</source>
        <translation>Tâche à unités fixes : les unités des personnes restent ; plus de travail allonge la tâche.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="69"/>
        <source>Fixed duration task: the task&apos;s length stays; more work raises the units.</source>
        <translation>Tâche à durée fixe : la durée de la tâche reste ; plus de travail augmente les unités.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="73"/>
        <source>Fixed work task: the hours stay; more people make the task shorter.</source>
        <translation>Tâche à travail fixe : les heures restent ; plus de personnes raccourcissent la tâche.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="77"/>
        <source>Changes on this tab are made at once; Edit › Undo takes each one back.</source>
        <translation>Les modifications de cet onglet s&apos;appliquent immédiatement ; Édition › Annuler les reprend une à une.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="80"/>
        <source>A summary task&apos;s people are its tasks&apos;: assign them there.</source>
        <translation>Les personnes d&apos;une tâche récapitulative sont celles de ses tâches : affectez-les là.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="110"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="115"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="121"/>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="240"/>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="127"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="167"/>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="355"/>
        <source>Effort-driven</source>
        <translation>Pilotée par l&apos;effort</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="171"/>
        <source>Adding a person shares the task&apos;s work with them (the task gets shorter); removing one hands their work to the others</source>
        <translation>Ajouter une personne partage avec elle le travail de la tâche (qui raccourcit) ; en retirer une confie son travail aux autres</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="181"/>
        <source>A cost of the task besides its resources (a licence, a fee)</source>
        <translation>Un coût de la tâche en plus de ses ressources (une licence, des honoraires)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="195"/>
        <source>&amp;Assign…</source>
        <translation>&amp;Affecter…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="196"/>
        <source>Put a resource on this task</source>
        <translation>Affecter une ressource à cette tâche</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="201"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="202"/>
        <source>Change the selected resource&apos;s units or work</source>
        <translation>Modifier les unités ou le travail de la ressource sélectionnée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="209"/>
        <source>&amp;Remove</source>
        <translation>R&amp;etirer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="210"/>
        <source>Take the selected resource off this task</source>
        <translation>Retirer la ressource sélectionnée de cette tâche</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="234"/>
        <source>Task &amp;type</source>
        <translation>&amp;Type de tâche</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="236"/>
        <source>&amp;Fixed cost</source>
        <translation>Coût &amp;fixe</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="278"/>
        <source>{work} in {duration}</source>
        <translation>{work} en {duration}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="298"/>
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="299"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="341"/>
        <source>Task type</source>
        <translation>Type de tâche</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="364"/>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="378"/>
        <source>Fixed cost</source>
        <translation>Coût fixe</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="398"/>
        <source>{kind} task, effort-driven: its {work} are shared with the newcomer (leave Work empty).</source>
        <translation>Tâche de type {kind}, pilotée par l&apos;effort : ses {work} sont partagées avec le nouveau venu (laisser Travail vide).</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="458"/>
        <source>Remove resource</source>
        <translation>Retirer la ressource</translation>
    </message>
</context>
<context>
    <name>TaskTableView</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/table_view.py" line="62"/>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/table_view.py" line="135"/>
        <source>&amp;Columns</source>
        <translation>C&amp;olonnes</translation>
    </message>
</context>
<context>
    <name>TaskTreeModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/cell_edits.py" line="34"/>
        <source>wbs</source>
        <translation>WBS</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/cell_edits.py" line="35"/>
        <source>total slack</source>
        <translation>marge totale</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/cell_edits.py" line="36"/>
        <source>finish variance</source>
        <translation>écart de fin</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/cell_edits.py" line="37"/>
        <source>resources</source>
        <translation>ressources</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/cell_edits.py" line="38"/>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/cell_edits.py" line="39"/>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/cell_edits.py" line="72"/>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/cell_edits.py" line="63"/>
        <source>The {column} is calculated and cannot be typed.</source>
        <translation>La valeur « {column} » est calculée et ne peut pas être saisie.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="36"/>
        <source>WBS</source>
        <translation>WBS</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="37"/>
        <source>Task name</source>
        <translation>Nom de la tâche</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="38"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="39"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="40"/>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="41"/>
        <source>% Complete</source>
        <translation>% achevé</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="42"/>
        <source>Predecessors</source>
        <translation>Prédécesseurs</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="43"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="44"/>
        <source>Total slack</source>
        <translation>Marge totale</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="45"/>
        <source>Finish variance</source>
        <translation>Écart de fin</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="46"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="47"/>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="48"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="67"/>
        <source>Working days; 0 makes a milestone</source>
        <translation>Jours ouvrés ; 0 en fait un jalon</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="68"/>
        <source>Typing a start sets a Start No Earlier Than constraint</source>
        <translation>Saisir un début pose une contrainte « Début au plus tôt le »</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="71"/>
        <source>Typing a finish changes the duration; the start stays</source>
        <translation>Saisir une fin modifie la durée ; le début reste</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="74"/>
        <source>WBS codes with type and lag, e.g. 3FS+2d, 1.2SS-1d</source>
        <translation>Codes WBS avec type et décalage, p. ex. 3FS+2d, 1.2SS-1d</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="77"/>
        <source>Working days the task can slip without delaying the project</source>
        <translation>Jours ouvrés dont la tâche peut glisser sans retarder le projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="80"/>
        <source>Working days later (+) or earlier (−) than baseline 0</source>
        <translation>Jours ouvrés de retard (+) ou d&apos;avance (−) sur la référence 0</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="83"/>
        <source>Who works on the task (units when not full time); assign in Task Details…</source>
        <translation>Qui travaille sur la tâche (unités si pas à temps plein) ; affecter dans Détails de la tâche…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="87"/>
        <source>Planned hours of the task&apos;s people; a summary&apos;s add up</source>
        <translation>Heures prévues des personnes de la tâche ; celles d&apos;une récapitulative s&apos;additionnent</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="90"/>
        <source>Planned cost: work at the cost rates, materials, costs and the fixed cost</source>
        <translation>Coût prévu : travail aux taux de coût, matériels, coûts et coût fixe</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="280"/>
        <source>Predecessors: {links}</source>
        <translation>Prédécesseurs : {links}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="287"/>
        <source>Constraint: {constraint} {date}</source>
        <translation>Contrainte : {constraint} {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="307"/>
        <source>Resources: {names}</source>
        <translation>Ressources : {names}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="351"/>
        <source>Owner: {owner}</source>
        <translation>Responsable : {owner}</translation>
    </message>
</context>
<context>
    <name>TimelineActions</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="52"/>
        <source>Highlight &amp;Driving Chain</source>
        <translation>Surligner la chaîne &amp;déterminante</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="54"/>
        <source>Highlight the links and tasks that set the selected task&apos;s start</source>
        <translation>Surligner les liens et les tâches qui fixent le début de la tâche sélectionnée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="63"/>
        <source>&amp;Insert Task</source>
        <translation>&amp;Insérer une tâche</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="65"/>
        <source>Insert a new task above the selected one</source>
        <translation>Insérer une nouvelle tâche au-dessus de celle sélectionnée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="72"/>
        <source>&amp;Delete Task</source>
        <translation>&amp;Supprimer la tâche</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="74"/>
        <source>Delete the selected task</source>
        <translation>Supprimer la tâche sélectionnée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="78"/>
        <source>Task &amp;Details…</source>
        <translation>Détai&amp;ls de la tâche…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="80"/>
        <source>Edit every field of the selected task</source>
        <translation>Modifier tous les champs de la tâche sélectionnée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="84"/>
        <source>&amp;Indent</source>
        <translation>A&amp;baisser</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="86"/>
        <source>Make the task a subtask of the one above</source>
        <translation>Faire de la tâche une sous-tâche de celle du dessus</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="92"/>
        <source>&amp;Outdent</source>
        <translation>&amp;Hausser</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="94"/>
        <source>Move the task up one outline level</source>
        <translation>Remonter la tâche d&apos;un niveau hiérarchique</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="98"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="100"/>
        <source>Move the task above its previous sibling</source>
        <translation>Placer la tâche avant la précédente de même niveau</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="106"/>
        <source>Move Do&amp;wn</source>
        <translation>Desce&amp;ndre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="108"/>
        <source>Move the task below its next sibling</source>
        <translation>Placer la tâche après la suivante de même niveau</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="113"/>
        <source>Move Bar &amp;Earlier</source>
        <translation>Barre &amp;plus tôt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="115"/>
        <source>Move the selected task&apos;s start one day earlier, as dragging its bar does</source>
        <translation>Avancer d&apos;un jour le début de la tâche sélectionnée, comme en faisant glisser sa barre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="122"/>
        <source>Move Bar &amp;Later</source>
        <translation>Barre plus tar&amp;d</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="124"/>
        <source>Move the selected task&apos;s start one day later, as dragging its bar does</source>
        <translation>Reculer d&apos;un jour le début de la tâche sélectionnée, comme en faisant glisser sa barre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="131"/>
        <source>Save &amp;Baseline…</source>
        <translation>Enregistrer la &amp;référence…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="133"/>
        <source>Save the current dates as baseline 0, to measure slippage against</source>
        <translation>Enregistrer les dates actuelles comme référence 0, pour mesurer les glissements</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="141"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Zoom avant</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="143"/>
        <source>Show a shorter time span in more detail (+)</source>
        <translation>Afficher une période plus courte, plus en détail (+)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="148"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="150"/>
        <source>Show a longer time span (-)</source>
        <translation>Afficher une période plus longue (-)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="153"/>
        <source>&amp;Fit Project</source>
        <translation>&amp;Ajuster au projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="155"/>
        <source>Fit the whole project into the chart</source>
        <translation>Ajuster tout le projet au diagramme</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="159"/>
        <source>Go to &amp;Today</source>
        <translation>Aller à au&amp;jourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="161"/>
        <source>Scroll the chart to today</source>
        <translation>Faire défiler le diagramme jusqu&apos;à aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="165"/>
        <source>&amp;Scroll to Task</source>
        <translation>Aller à la tâ&amp;che</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="167"/>
        <source>Scroll the chart to the selected task</source>
        <translation>Faire défiler le diagramme jusqu&apos;à la tâche sélectionnée</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/tab.py" line="42"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/view.py" line="36"/>
        <source>Gantt chart</source>
        <translation>Diagramme de Gantt</translation>
    </message>
</context>
</TS>
