<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActionColumns</name>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/columns.py" line="47"/>
        <source>Meeting {date}</source>
        <translation>Réunion du {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/columns.py" line="51"/>
        <source>Feedback {date}</source>
        <translation>Retour du {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/columns.py" line="63"/>
        <source>{date} · overdue</source>
        <translation>{date} · en retard</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/columns.py" line="73"/>
        <source>Set at {meeting} ({date})</source>
        <translation>Fixée lors de : {meeting} ({date})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/columns.py" line="78"/>
        <source>Raised {date}</source>
        <translation>Créée le {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/columns.py" line="89"/>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/columns.py" line="96"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/columns.py" line="103"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/columns.py" line="109"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/columns.py" line="113"/>
        <source>Overdue: still to be done and past its due date</source>
        <translation>En retard : encore à faire et l&apos;échéance est dépassée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/columns.py" line="123"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/columns.py" line="130"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/columns.py" line="133"/>
        <source>Done on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/columns.py" line="154"/>
        <source>1 action · {open} open · {overdue} overdue</source>
        <translation>1 action · {open} à faire · {overdue} en retard</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/columns.py" line="156"/>
        <source>{count} actions · {open} open · {overdue} overdue</source>
        <translation>{count} actions · {open} à faire · {overdue} en retard</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/action_dialog.py" line="40"/>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/action_dialog.py" line="42"/>
        <source>Edit {reference}</source>
        <translation>Modifier {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/action_dialog.py" line="50"/>
        <source>What is to be done, starting with a verb</source>
        <translation>Ce qui est à faire, en commençant par un verbe</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/action_dialog.py" line="59"/>
        <source>{format}, or empty: no due date</source>
        <translation>{format}, ou vide : pas d&apos;échéance</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/action_dialog.py" line="67"/>
        <source>{format}, or empty: today</source>
        <translation>{format}, ou vide : aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/action_dialog.py" line="73"/>
        <source>— (none)</source>
        <translation>— (aucune)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/action_dialog.py" line="80"/>
        <source>Progress, context, links</source>
        <translation>Avancement, contexte, liens</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/action_dialog.py" line="84"/>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/action_dialog.py" line="85"/>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/action_dialog.py" line="86"/>
        <source>D&amp;ue</source>
        <translation>&amp;Échéance</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/action_dialog.py" line="87"/>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/action_dialog.py" line="88"/>
        <source>Done o&amp;n</source>
        <translation>&amp;Faite le</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/action_dialog.py" line="89"/>
        <source>&amp;Raised on</source>
        <translation>&amp;Créée le</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/action_dialog.py" line="90"/>
        <source>Sour&amp;ce</source>
        <translation>&amp;Origine</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/action_dialog.py" line="92"/>
        <source>Set at &amp;meeting</source>
        <translation>Fixée en ré&amp;union</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/action_dialog.py" line="94"/>
        <source>Co&amp;mments</source>
        <translation>Co&amp;mmentaires</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/panel.py" line="31"/>
        <source>No actions logged yet. Log what was agreed (who does what by when); a steering meeting, a client&apos;s feedback or a risk&apos;s mitigation can set one too.</source>
        <translation>Aucune action enregistrée. Notez ce qui a été convenu (qui fait quoi pour quand) ; un comité de pilotage, un retour client ou le traitement d&apos;un risque peuvent aussi en fixer une.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/panel.py" line="36"/>
        <source>Every action is done or cancelled: choose “All actions” to see them.</source>
        <translation>Toutes les actions sont faites ou annulées : choisissez « Toutes les actions » pour les voir.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/panel.py" line="68"/>
        <source>Mark &amp;Done</source>
        <translation>Marquer comme &amp;faite</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/panel.py" line="71"/>
        <source>Mark the selected action done today</source>
        <translation>Marquer l&apos;action sélectionnée comme faite aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/panel.py" line="76"/>
        <location filename="../../../cpm_desktop/ui/action_log/panel.py" line="171"/>
        <source>Mark done</source>
        <translation>Marquer faite</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/panel.py" line="85"/>
        <source>Show actions</source>
        <translation>Actions affichées</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/panel.py" line="86"/>
        <source>Open only</source>
        <translation>À faire seulement</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/panel.py" line="87"/>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/panel.py" line="89"/>
        <source>Show the actions still to be done, or every action</source>
        <translation>Afficher les actions encore à faire, ou toutes les actions</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/make_action.py" line="78"/>
        <source>Make an action of the feedback of {date}</source>
        <translation>Créer une action à partir du retour du {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/make_action.py" line="88"/>
        <source>Make an action of {reference}&apos;s mitigation</source>
        <translation>Créer une action à partir du traitement de {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="167"/>
        <source>Record meeting</source>
        <translation>Enregistrer une réunion</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="178"/>
        <source>Edit the meeting of {date}</source>
        <translation>Modifier la réunion du {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="186"/>
        <source>Delete the meeting of {date}</source>
        <translation>Supprimer la réunion du {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/panel.py" line="138"/>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/panel.py" line="144"/>
        <source>Edit {reference}</source>
        <translation>Modifier {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/panel.py" line="153"/>
        <source>Delete {reference}</source>
        <translation>Supprimer {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/panel.py" line="167"/>
        <source>Mark {reference} done</source>
        <translation>Marquer {reference} comme faite</translation>
    </message>
</context>
<context>
    <name>MakeActionDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/make_action.py" line="61"/>
        <source>{format}, or empty: no due date</source>
        <translation>{format}, ou vide : pas d&apos;échéance</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/make_action.py" line="65"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/make_action.py" line="66"/>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/make_action.py" line="67"/>
        <source>D&amp;ue</source>
        <translation>&amp;Échéance</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/make_action.py" line="102"/>
        <source>Make an action of the feedback of {date}</source>
        <translation>Créer une action à partir du retour du {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/make_action.py" line="114"/>
        <source>Make an action of {reference}&apos;s mitigation</source>
        <translation>Créer une action à partir du traitement de {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/make_action.py" line="156"/>
        <source>Make action…</source>
        <translation>Créer une action…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/make_action.py" line="160"/>
        <source>Make the selected entry&apos;s follow-up an action of the log</source>
        <translation>Faire de la suite à donner de l&apos;entrée sélectionnée une action du registre</translation>
    </message>
</context>
<context>
    <name>MeetingDetail</name>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_detail.py" line="27"/>
        <source>Meeting notes</source>
        <translation>Notes de réunion</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_detail.py" line="52"/>
        <source>Select a meeting to see its record.</source>
        <translation>Sélectionnez une réunion pour voir son compte rendu.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_detail.py" line="60"/>
        <source>Attended</source>
        <translation>Présents</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_detail.py" line="65"/>
        <source>Decided</source>
        <translation>Décidé</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_detail.py" line="70"/>
        <source>Actions set</source>
        <translation>Actions fixées</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_detail.py" line="77"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_detail.py" line="85"/>
        <source>none recorded</source>
        <translation>rien d&apos;enregistré</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_detail.py" line="95"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_detail.py" line="102"/>
        <source>no owner</source>
        <translation>sans responsable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_detail.py" line="105"/>
        <source>, due {date}</source>
        <translation>, échéance le {date}</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="60"/>
        <source>Record meeting</source>
        <translation>Enregistrer une réunion</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="62"/>
        <source>Edit {meeting}</source>
        <translation>Modifier {meeting}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="71"/>
        <source>Steering committee</source>
        <translation>Comité de pilotage</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="76"/>
        <source>One per line</source>
        <translation>Une personne par ligne</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="81"/>
        <source>Add the client&apos;s contacts</source>
        <translation>Ajouter les contacts du client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="84"/>
        <source>Add each of the client&apos;s contacts not listed yet</source>
        <translation>Ajouter chaque contact du client pas encore listé</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="95"/>
        <source>What it decided, one per line</source>
        <translation>Ce qui a été décidé, une décision par ligne</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="101"/>
        <source>Anything else worth keeping</source>
        <translation>Tout autre élément à conserver</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="106"/>
        <source>Add a line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="112"/>
        <source>D&amp;ate</source>
        <translation>D&amp;ate</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="113"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="115"/>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="117"/>
        <source>&amp;Decisions</source>
        <translation>Dé&amp;cisions</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="118"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="121"/>
        <source>Actions set
here</source>
        <translation>Actions fixées
ici</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="123"/>
        <source>New actions</source>
        <translation>Nouvelles actions</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="171"/>
        <source>(other meeting)</source>
        <translation>(autre réunion)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="189"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="190"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="191"/>
        <source>Due ({format})</source>
        <translation>Échéance ({format})</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="41"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="45"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="47"/>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="51"/>
        <source>Attended</source>
        <translation>Présents</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="56"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="60"/>
        <source>Decided: {decisions}</source>
        <translation>Décidé : {decisions}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="69"/>
        <source>Actions set</source>
        <translation>Actions fixées</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="73"/>
        <source>Actions set at this meeting: {references}</source>
        <translation>Actions fixées lors de cette réunion : {references}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="96"/>
        <source>No steering meetings recorded yet. Record who attended, what was decided and the actions set; the steering pack reports on the last one.</source>
        <translation>Aucun comité de pilotage enregistré. Notez qui était présent, ce qui a été décidé et les actions fixées ; le dossier du comité de pilotage rend compte du dernier.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="139"/>
        <source>1 meeting · {actions} actions set</source>
        <translation>1 réunion · {actions} actions fixées</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="141"/>
        <source>{count} meetings · {actions} actions set</source>
        <translation>{count} réunions · {actions} actions fixées</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="195"/>
        <source>{meeting} of {date} (its {count} actions stay in the log)</source>
        <translation>{meeting} du {date} (ses {count} actions restent dans le registre)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="198"/>
        <source>{meeting} of {date}</source>
        <translation>{meeting} du {date}</translation>
    </message>
</context>
<context>
    <name>RecordLists</name>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="89"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/panel.py" line="46"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
</context>
<context>
    <name>RecordNouns</name>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="88"/>
        <source>meeting</source>
        <translation>réunion</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/panel.py" line="45"/>
        <source>action</source>
        <translation>action</translation>
    </message>
</context>
</TS>
