<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="140"/>
        <source>Update status to {date}</source>
        <translation>Mettre à jour l&apos;état au {date}</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/commands.py" line="58"/>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="33"/>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="199"/>
        <source>As planned</source>
        <translation>Comme prévu</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="34"/>
        <source>WBS</source>
        <translation>WBS</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="35"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="36"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="37"/>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="38"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="39"/>
        <source>% complete</source>
        <translation>% achevé</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="40"/>
        <source>Actual start</source>
        <translation>Début réel</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="41"/>
        <source>Actual finish</source>
        <translation>Fin réelle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="42"/>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="54"/>
        <source>Progress as the schedule has it on the status date (MS Project&apos;s &apos;Update as scheduled&apos;); what you type still wins</source>
        <translation>L&apos;avancement prévu par le planning à la date d&apos;état («&#xa0;Mettre à jour comme prévu&#xa0;» de MS Project)&#xa0;; ce que vous saisissez l&apos;emporte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="59"/>
        <source>The % complete the schedule gives the task on the status date</source>
        <translation>Le % achevé que le planning donne à la tâche à la date d&apos;état</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="62"/>
        <source>Working days still to do; the work done stays done (the duration changes)</source>
        <translation>Jours ouvrés restant à faire&#xa0;; le travail fait reste fait (la durée change)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="177"/>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="179"/>
        <source>{duration} of work</source>
        <translation>{duration} de travail</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="187"/>
        <source>Behind schedule: {done}% done, the plan has {planned}% by {date}</source>
        <translation>En retard&#xa0;: {done}&#xa0;% fait, le plan prévoit {planned}&#xa0;% au {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="195"/>
        <source>Typed here; saved when you finish the update</source>
        <translation>Saisi ici&#xa0;; enregistré à la fin de la mise à jour</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_page.py" line="34"/>
        <source>The tasks the plan has started by the status date and not finished. Type what happened (actual start, % complete, actual finish or remaining days; F2 or just type), or mark tasks as planned. Red: behind the plan. Nothing is saved before Finish.</source>
        <translation>Les tâches que le plan fait commencer avant la date d&apos;état et qui ne sont pas finies. Saisissez ce qui s&apos;est passé (début réel, % achevé, fin réelle ou jours restants&#xa0;; F2 ou saisie directe), ou marquez des tâches comme prévues. Rouge&#xa0;: en retard sur le plan. Rien n&apos;est enregistré avant «&#xa0;Terminer&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_page.py" line="51"/>
        <source>The date this status report is as of</source>
        <translation>La date à laquelle se rapporte ce rapport d&apos;état</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_page.py" line="53"/>
        <source>New &amp;status date:</source>
        <translation>Nouvelle &amp;date d&apos;état&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_page.py" line="55"/>
        <source>none yet</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_page.py" line="59"/>
        <source>Suggested by the {cadence} cadence: {date}   ·   current status date: {last}</source>
        <translation>Proposée selon la cadence ({cadence})&#xa0;: {date}   ·   date d&apos;état actuelle&#xa0;: {last}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_page.py" line="90"/>
        <source>No task should have moved by this date: nothing to enter.</source>
        <translation>Aucune tâche n&apos;aurait dû avancer à cette date&#xa0;: rien à saisir.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_page.py" line="99"/>
        <source>Mark S&amp;elected as Planned</source>
        <translation>Marquer la &amp;sélection comme prévue</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_page.py" line="103"/>
        <source>The selected tasks get the progress their schedule has</source>
        <translation>Les tâches sélectionnées reçoivent l&apos;avancement de leur planning</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_page.py" line="108"/>
        <source>Mark &amp;All as Planned</source>
        <translation>Tout &amp;marquer comme prévu</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_page.py" line="112"/>
        <source>Every task on the sheet gets the progress its schedule has</source>
        <translation>Chaque tâche de la liste reçoit l&apos;avancement de son planning</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_page.py" line="116"/>
        <source>Clear &amp;Marks</source>
        <translation>&amp;Effacer les marques</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_page.py" line="118"/>
        <source>No task as planned: only what you typed is saved</source>
        <translation>Aucune tâche comme prévu&#xa0;: seul ce que vous avez saisi est enregistré</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/report_page.py" line="22"/>
        <source>&amp;Schedule</source>
        <translation>Dé&amp;lais</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/report_page.py" line="23"/>
        <source>B&amp;udget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/report_page.py" line="24"/>
        <source>Sco&amp;pe</source>
        <translation>Pé&amp;rimètre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/report_page.py" line="25"/>
        <source>&amp;Risk</source>
        <translation>Ris&amp;que</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/report_page.py" line="40"/>
        <source>How the project stands, for the client</source>
        <translation>Où en est le projet, pour le client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/report_page.py" line="46"/>
        <source>One decision the client must take per line</source>
        <translation>Une décision à prendre par le client par ligne</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/report_page.py" line="50"/>
        <source>One step per line</source>
        <translation>Une étape par ligne</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/report_page.py" line="60"/>
        <source>&amp;Commentary</source>
        <translation>&amp;Commentaire</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/report_page.py" line="61"/>
        <source>&amp;Decisions required</source>
        <translation>&amp;Décisions requises</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/report_page.py" line="62"/>
        <source>Ne&amp;xt steps</source>
        <translation>Prochaines &amp;étapes</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/report_page.py" line="77"/>
        <source>Area ratings</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/report_page.py" line="90"/>
        <source>The report already saved for {date}.</source>
        <translation>Le rapport déjà enregistré pour le {date}.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/report_page.py" line="96"/>
        <source>The report as of {date}, starting from the last one ({last}): edit what changed.</source>
        <translation>Le rapport au {date}, à partir du dernier ({last})&#xa0;: modifiez ce qui a changé.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/report_page.py" line="104"/>
        <source>The report as of {date}.</source>
        <translation>Le rapport au {date}.</translation>
    </message>
</context>
<context>
    <name>SinceLastView</name>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/since_last_view.py" line="27"/>
        <location filename="../../../cpm_desktop/ui/status_cycle/since_last_view.py" line="57"/>
        <source>Since the last report</source>
        <translation>Depuis le dernier rapport</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/since_last_view.py" line="53"/>
        <source>Since the last report ({date})</source>
        <translation>Depuis le dernier rapport ({date})</translation>
    </message>
</context>
<context>
    <name>StatusCommands</name>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/commands.py" line="22"/>
        <source>Enter progress as of the next status date and write its status report</source>
        <translation>Saisir l&apos;avancement à la prochaine date d&apos;état et rédiger son rapport d&apos;état</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/commands.py" line="36"/>
        <source>&amp;Update Status…</source>
        <translation>&amp;Mettre à jour l&apos;état…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/commands.py" line="44"/>
        <source>{tip} ({shortcut})</source>
        <translation>{tip} ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/commands.py" line="88"/>
        <source>Status updated to {date}.</source>
        <translation>État mis à jour au {date}.</translation>
    </message>
</context>
<context>
    <name>UpdateStatusDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="42"/>
        <source>Update Status</source>
        <translation>Mettre à jour l&apos;état</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="70"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="71"/>
        <source>&amp;Next &gt;</source>
        <translation>Sui&amp;vant &gt;</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="73"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="76"/>
        <source>Save the progress, the new status date and the report (one undo)</source>
        <translation>Enregistrer l&apos;avancement, la nouvelle date d&apos;état et le rapport (une seule annulation)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="81"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="82"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="166"/>
        <source>Step 1 of 2: progress of {code} as of {date}</source>
        <translation>Étape 1 sur 2&#xa0;: avancement de {code} au {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="169"/>
        <source>Step 2 of 2: the status report as of {date}</source>
        <translation>Étape 2 sur 2&#xa0;: le rapport d&apos;état au {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="172"/>
        <source>Status of {code} updated to {date}</source>
        <translation>État de {code} mis à jour au {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="196"/>
        <source>The status date cannot be before the project starts ({date}).</source>
        <translation>La date d&apos;état ne peut pas précéder le début du projet ({date}).</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="201"/>
        <source>The new status date cannot be before the current one ({date}): status moves forward.</source>
        <translation>La nouvelle date d&apos;état ne peut pas précéder l&apos;actuelle ({date})&#xa0;: l&apos;état ne fait qu&apos;avancer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="220"/>
        <source>%n task(s) as planned</source>
        <translation>
            <numerusform>%n tâche comme prévu</numerusform>
            <numerusform>%n tâches comme prévu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="221"/>
        <source>progress typed for %n task(s)</source>
        <translation>
            <numerusform>l&apos;avancement saisi pour %n tâche</numerusform>
            <numerusform>l&apos;avancement saisi pour %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="223"/>
        <source>Saved {planned} and {progress}, the new status date and the report.</source>
        <translation>Enregistré&#xa0;: {planned} et {progress}, la nouvelle date d&apos;état et le rapport.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="225"/>
        <source>Saved {progress}, the new status date and the report.</source>
        <translation>Enregistré&#xa0;: {progress}, la nouvelle date d&apos;état et le rapport.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="228"/>
        <source>Saved no progress, the new status date and the report.</source>
        <translation>Enregistré&#xa0;: aucun avancement, la nouvelle date d&apos;état et le rapport.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="229"/>
        <source>Edit › Undo takes it all back.</source>
        <translation>Édition › Annuler revient sur le tout.</translation>
    </message>
</context>
</TS>
