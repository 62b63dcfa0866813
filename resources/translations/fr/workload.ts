<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="266"/>
        <source>Level resources (1 task)</source>
        <translation>Niveler les ressources (1 tâche)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="269"/>
        <source>Level resources ({count} tasks)</source>
        <translation>Niveler les ressources ({count} tâches)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="280"/>
        <source>Clear levelling</source>
        <translation>Effacer le nivellement</translation>
    </message>
</context>
<context>
    <name>LevellingDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_dialog.py" line="47"/>
        <source>Level resources of {code}</source>
        <translation>Nivellement des ressources de {code}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_dialog.py" line="68"/>
        <source>Level (1 task)</source>
        <translation>Niveler (1 tâche)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/workload/levelling_dialog.py" line="70"/>
        <source>Level (%n tasks)</source>
        <translation>
            <numerusform>Niveler (%n tâche)</numerusform>
            <numerusform>Niveler (%n tâches)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_dialog.py" line="110"/>
        <source>&lt;b&gt;{code}&lt;/b&gt;: no delay can resolve the over-allocations left: the tasks involved have started, are pinned by a date or priority 1000, or would break a deadline.</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt; : aucun retard ne peut résoudre les surcharges restantes : les tâches concernées ont commencé, sont fixées par une date ou une priorité 1000, ou dépasseraient une échéance.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_dialog.py" line="116"/>
        <source>&lt;b&gt;{code}&lt;/b&gt;: nobody is over-allocated; there is nothing to level.</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt; : personne n&apos;est en surcharge ; il n&apos;y a rien à niveler.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_dialog.py" line="123"/>
        <source>The project then finishes on &lt;b&gt;{after}&lt;/b&gt; (now {before}).</source>
        <translation>Le projet se termine alors le &lt;b&gt;{after}&lt;/b&gt; (actuellement {before}).</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_dialog.py" line="130"/>
        <source>The project still finishes on {finish}.</source>
        <translation>Le projet se termine toujours le {finish}.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_dialog.py" line="136"/>
        <source>&lt;b&gt;{code}&lt;/b&gt;: 1 over-allocated person-day.</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt; : 1 jour-personne en surcharge.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/workload/levelling_dialog.py" line="140"/>
        <source>&lt;b&gt;{code}&lt;/b&gt;: %n over-allocated person-days.</source>
        <translation>
            <numerusform>&lt;b&gt;{code}&lt;/b&gt; : %n jour-personne en surcharge.</numerusform>
            <numerusform>&lt;b&gt;{code}&lt;/b&gt; : %n jours-personnes en surcharge.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_dialog.py" line="143"/>
        <source>Levelling delays 1 task (within their slack first, then by priority); links and constraints hold.</source>
        <translation>Le nivellement retarde 1 tâche (d&apos;abord dans sa marge, puis par priorité) ; les liens et contraintes sont respectés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/workload/levelling_dialog.py" line="150"/>
        <source>Levelling delays %n tasks (within their slack first, then by priority); links and constraints hold.</source>
        <translation>
            <numerusform>Le nivellement retarde %n tâche (d&apos;abord dans sa marge, puis par priorité) ; les liens et contraintes sont respectés.</numerusform>
            <numerusform>Le nivellement retarde %n tâches (d&apos;abord dans leur marge, puis par priorité) ; les liens et contraintes sont respectés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/workload/levelling_dialog.py" line="164"/>
        <source>; and %n more</source>
        <translation>
            <numerusform> ; et %n autre</numerusform>
            <numerusform> ; et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_dialog.py" line="166"/>
        <source>Still over-allocated:</source>
        <translation>Toujours en surcharge :</translation>
    </message>
</context>
<context>
    <name>MovesModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_model.py" line="19"/>
        <source>WBS</source>
        <translation>WBS</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_model.py" line="20"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_model.py" line="21"/>
        <source>Delay</source>
        <translation>Retard</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_model.py" line="22"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_model.py" line="23"/>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_model.py" line="24"/>
        <source>Resolves</source>
        <translation>Résout</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_model.py" line="72"/>
        <source>The task&apos;s levelling delay in working days, before → after</source>
        <translation>Le retard de nivellement de la tâche en jours ouvrés, avant → après</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_model.py" line="80"/>
        <source>{resource} on {day}: {hours} h of {capacity} h</source>
        <translation>{resource} le {day} : {hours} h sur {capacity} h</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_model.py" line="96"/>
        <source>{before} → {after} d</source>
        <translation>{before} → {after} j</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_model.py" line="105"/>
        <source>An old delay is cleared</source>
        <translation>Un ancien retard est effacé</translation>
    </message>
</context>
<context>
    <name>OverAllocationMarks</name>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/marks.py" line="32"/>
        <source>Over-allocated: someone on this task is planned beyond their capacity</source>
        <translation>En surcharge : une personne de cette tâche est planifiée au-delà de sa capacité</translation>
    </message>
</context>
<context>
    <name>UsageGrid</name>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/usage_view.py" line="25"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/usage_view.py" line="28"/>
        <source>Workload per week</source>
        <translation>Charge par semaine</translation>
    </message>
</context>
<context>
    <name>UsageModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/usage_model.py" line="36"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/usage_model.py" line="123"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/usage_model.py" line="124"/>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/usage_model.py" line="125"/>
        <source>W{week} {day}</source>
        <translation>S{week} {day}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/usage_model.py" line="131"/>
        <source>Week {week}: Monday {monday} to Sunday {sunday}</source>
        <translation>Semaine {week} : du lundi {monday} au dimanche {sunday}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/usage_model.py" line="139"/>
        <source>Billable hours booked ÷ hours available, from the project&apos;s start</source>
        <translation>Heures facturables saisies ÷ heures disponibles, depuis le début du projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/usage_model.py" line="158"/>
        <source>No billable hours to count (the client&apos;s staff, or another project&apos;s)</source>
        <translation>Aucune heure facturable à compter (personnel du client, ou d&apos;un autre projet)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/usage_model.py" line="163"/>
        <source>{name}: {billable} billable hours of {available} available, {start} to {end}</source>
        <translation>{name} : {billable} heures facturables sur {available} disponibles, du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/usage_model.py" line="177"/>
        <source>{name}, week of {monday}: {hours} h planned on every project of {capacity} h available ({percent})</source>
        <translation>{name}, semaine du {monday} : {hours} h planifiées sur tous les projets, sur {capacity} h disponibles ({percent})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/usage_model.py" line="183"/>
        <source>{name}, week of {monday}: {hours} h planned on {code} of {capacity} h available ({percent})</source>
        <translation>{name}, semaine du {monday} : {hours} h planifiées sur {code}, sur {capacity} h disponibles ({percent})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/usage_model.py" line="198"/>
        <source>Over-allocated: more hours than the person has on a day of this week</source>
        <translation>En surcharge : plus d&apos;heures que la personne n&apos;en dispose un jour de cette semaine</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/usage_model.py" line="203"/>
        <source>Someone is over-allocated this week</source>
        <translation>Quelqu&apos;un est en surcharge cette semaine</translation>
    </message>
</context>
<context>
    <name>UtilisationTile</name>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/utilisation_text.py" line="13"/>
        <source>Utilisation: the billable hours the project&apos;s team booked ÷ the hours they could work (maximum units × 8 h on each working day of their calendar), from the project&apos;s start to its status date. Only our own team counts: not the client&apos;s or vendors&apos; staff.</source>
        <translation>Utilisation : les heures facturables saisies par l&apos;équipe du projet ÷ les heures qu&apos;elle pouvait travailler (unités maximales × 8 h chaque jour ouvré de son calendrier), du début du projet à sa date d&apos;état. Seule notre équipe compte : ni le personnel du client, ni celui des fournisseurs.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/utilisation_text.py" line="19"/>
        <source>Utilisation: the billable hours our team booked on these projects ÷ the hours they could work, over the last four weeks to the latest status date (for every client: everyone&apos;s hours on every project). Not the client&apos;s or vendors&apos; staff.</source>
        <translation>Utilisation : les heures facturables saisies par notre équipe sur ces projets ÷ les heures qu&apos;elle pouvait travailler, sur les quatre dernières semaines jusqu&apos;à la dernière date d&apos;état (pour chaque client : les heures de chacun sur chaque projet). Sans le personnel du client ni des fournisseurs.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/utilisation_text.py" line="39"/>
        <source>nobody is assigned yet</source>
        <translation>personne n&apos;est encore affecté</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/utilisation_text.py" line="41"/>
        <source>no hours booked yet</source>
        <translation>aucune heure saisie</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/utilisation_text.py" line="43"/>
        <source>{billable} billable of {available} h since {start}</source>
        <translation>{billable} facturables sur {available} h depuis le {start}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/utilisation_text.py" line="50"/>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
    </message>
</context>
<context>
    <name>WorkloadPage</name>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="53"/>
        <source>This project</source>
        <translation>Ce projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="54"/>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="55"/>
        <source>Planned hours per week and their share of what the person can work (maximum units × 8 h on each working day of their calendar). Red: more hours than the person has on a day of that week. Utilisation: billable hours booked ÷ hours available since the project&apos;s start, for our own team (the client&apos;s and vendors&apos; staff have none).</source>
        <translation>Heures planifiées par semaine et leur part de ce que la personne peut travailler (unités maximales × 8 h chaque jour ouvré de son calendrier). En rouge : plus d&apos;heures que la personne n&apos;en dispose un jour de cette semaine. Utilisation : heures facturables saisies ÷ heures disponibles depuis le début du projet, pour notre équipe (le personnel du client et des fournisseurs n&apos;en a pas).</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="76"/>
        <source>Weeks shown</source>
        <translation>Semaines affichées</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="79"/>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="81"/>
        <source>How many weeks to show from the week of the status date</source>
        <translation>Nombre de semaines affichées à partir de la semaine de la date d&apos;état</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="87"/>
        <source>Hours counted</source>
        <translation>Heures comptées</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="92"/>
        <source>This project&apos;s hours only, or every project&apos;s: a person&apos;s load across the portfolio</source>
        <translation>Les heures de ce projet seulement, ou de tous les projets : la charge d&apos;une personne sur le portefeuille</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="101"/>
        <source>&amp;Level Resources…</source>
        <translation>&amp;Niveler les ressources…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="102"/>
        <source>Delay tasks so nobody is planned beyond their capacity; previewed first</source>
        <translation>Retarder des tâches pour que personne ne soit planifié au-delà de sa capacité ; avec aperçu</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="110"/>
        <source>&amp;Clear Levelling</source>
        <translation>E&amp;ffacer le nivellement</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="111"/>
        <source>Set every levelling delay of the project back to 0</source>
        <translation>Remettre à 0 tous les retards de nivellement du projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="124"/>
        <source>No workload yet</source>
        <translation>Aucune charge pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="137"/>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="186"/>
        <source>Choose a project to see its team&apos;s workload.</source>
        <translation>Choisissez un projet pour voir la charge de son équipe.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="194"/>
        <source>Nobody is planned on {code} in these weeks. Assign people to its tasks (Timeline, Task Details…) and their weekly load appears here.</source>
        <translation>Personne n&apos;est planifié sur {code} pendant ces semaines. Affectez des personnes à ses tâches (Chronologie, Détails de la tâche…) et leur charge hebdomadaire apparaît ici.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="209"/>
        <source>1 person from the week of {week}</source>
        <translation>1 personne à partir de la semaine du {week}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="211"/>
        <source>%n people from the week of {week}</source>
        <translation>
            <numerusform>%n personne à partir de la semaine du {week}</numerusform>
            <numerusform>%n personnes à partir de la semaine du {week}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="216"/>
        <source>over-allocated: {names}</source>
        <translation>en surcharge : {names}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="221"/>
        <source>nobody over-allocated</source>
        <translation>personne en surcharge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="225"/>
        <source>team utilisation to date {percent} % ({billable} billable of {available} h)</source>
        <translation>utilisation de l&apos;équipe à ce jour {percent} % ({billable} facturables sur {available} h)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="235"/>
        <source>no hours booked yet</source>
        <translation>aucune heure saisie</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="239"/>
        <source>1 task delayed by levelling</source>
        <translation>1 tâche retardée par le nivellement</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="241"/>
        <source>%n tasks delayed by levelling</source>
        <translation>
            <numerusform>%n tâche retardée par le nivellement</numerusform>
            <numerusform>%n tâches retardées par le nivellement</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="260"/>
        <source>Level Resources</source>
        <translation>Niveler les ressources</translation>
    </message>
</context>
</TS>
