<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActionColumns</name>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/columns.py" line="47"/>
        <source>Meeting {date}</source>
        <translation>Besprechung {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/columns.py" line="51"/>
        <source>Feedback {date}</source>
        <translation>Feedback vom {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/columns.py" line="63"/>
        <source>{date} · overdue</source>
        <translation>{date} · überfällig</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/columns.py" line="73"/>
        <source>Set at {meeting} ({date})</source>
        <translation>Festgelegt in: {meeting} ({date})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/columns.py" line="78"/>
        <source>Raised {date}</source>
        <translation>Erfasst am {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/columns.py" line="89"/>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/columns.py" line="96"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/columns.py" line="103"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/columns.py" line="109"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/columns.py" line="113"/>
        <source>Overdue: still to be done and past its due date</source>
        <translation>Überfällig: noch zu erledigen und das Fälligkeitsdatum ist überschritten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/columns.py" line="123"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/columns.py" line="130"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/columns.py" line="133"/>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/columns.py" line="154"/>
        <source>1 action · {open} open · {overdue} overdue</source>
        <translation>1 Maßnahme · {open} offen · {overdue} überfällig</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/columns.py" line="156"/>
        <source>{count} actions · {open} open · {overdue} overdue</source>
        <translation>{count} Maßnahmen · {open} offen · {overdue} überfällig</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/action_dialog.py" line="40"/>
        <source>Add action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/action_dialog.py" line="42"/>
        <source>Edit {reference}</source>
        <translation>{reference} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/action_dialog.py" line="50"/>
        <source>What is to be done, starting with a verb</source>
        <translation>Was zu tun ist, mit einem Verb formuliert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/action_dialog.py" line="59"/>
        <source>{format}, or empty: no due date</source>
        <translation>{format}, oder leer: kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/action_dialog.py" line="67"/>
        <source>{format}, or empty: today</source>
        <translation>{format}, oder leer: heute</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/action_dialog.py" line="73"/>
        <source>— (none)</source>
        <translation>— (keine)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/action_dialog.py" line="80"/>
        <source>Progress, context, links</source>
        <translation>Fortschritt, Kontext, Links</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/action_dialog.py" line="84"/>
        <source>&amp;Action</source>
        <translation>&amp;Maßnahme</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/action_dialog.py" line="85"/>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/action_dialog.py" line="86"/>
        <source>D&amp;ue</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/action_dialog.py" line="87"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/action_dialog.py" line="88"/>
        <source>Done o&amp;n</source>
        <translation>Erle&amp;digt am</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/action_dialog.py" line="89"/>
        <source>&amp;Raised on</source>
        <translation>&amp;Erfasst am</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/action_dialog.py" line="90"/>
        <source>Sour&amp;ce</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/action_dialog.py" line="92"/>
        <source>Set at &amp;meeting</source>
        <translation>Festgelegt in &amp;Besprechung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/action_dialog.py" line="94"/>
        <source>Co&amp;mments</source>
        <translation>&amp;Kommentare</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/panel.py" line="31"/>
        <source>No actions logged yet. Log what was agreed (who does what by when); a steering meeting, a client&apos;s feedback or a risk&apos;s mitigation can set one too.</source>
        <translation>Noch keine Maßnahmen erfasst. Halten Sie fest, was vereinbart wurde (wer was bis wann tut); auch eine Lenkungsausschusssitzung, ein Kundenfeedback oder die Maßnahme zu einem Risiko kann eine festlegen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/panel.py" line="36"/>
        <source>Every action is done or cancelled: choose “All actions” to see them.</source>
        <translation>Alle Maßnahmen sind erledigt oder abgebrochen: „Alle Maßnahmen“ wählen, um sie zu sehen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/panel.py" line="68"/>
        <source>Mark &amp;Done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/panel.py" line="71"/>
        <source>Mark the selected action done today</source>
        <translation>Die ausgewählte Maßnahme heute als erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/panel.py" line="76"/>
        <location filename="../../../cpm_desktop/ui/action_log/panel.py" line="171"/>
        <source>Mark done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/panel.py" line="85"/>
        <source>Show actions</source>
        <translation>Angezeigte Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/panel.py" line="86"/>
        <source>Open only</source>
        <translation>Nur offene</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/panel.py" line="87"/>
        <source>All actions</source>
        <translation>Alle Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/panel.py" line="89"/>
        <source>Show the actions still to be done, or every action</source>
        <translation>Die noch zu erledigenden Maßnahmen oder alle Maßnahmen anzeigen</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/make_action.py" line="78"/>
        <source>Make an action of the feedback of {date}</source>
        <translation>Maßnahme aus dem Feedback vom {date} erstellen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/make_action.py" line="88"/>
        <source>Make an action of {reference}&apos;s mitigation</source>
        <translation>Maßnahme aus der Risikobehandlung von {reference} erstellen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="167"/>
        <source>Record meeting</source>
        <translation>Besprechung erfassen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="178"/>
        <source>Edit the meeting of {date}</source>
        <translation>Besprechung vom {date} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="186"/>
        <source>Delete the meeting of {date}</source>
        <translation>Besprechung vom {date} löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/panel.py" line="138"/>
        <source>Add action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/panel.py" line="144"/>
        <source>Edit {reference}</source>
        <translation>{reference} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/panel.py" line="153"/>
        <source>Delete {reference}</source>
        <translation>{reference} löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/panel.py" line="167"/>
        <source>Mark {reference} done</source>
        <translation>{reference} als erledigt markieren</translation>
    </message>
</context>
<context>
    <name>MakeActionDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/make_action.py" line="61"/>
        <source>{format}, or empty: no due date</source>
        <translation>{format}, oder leer: kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/make_action.py" line="65"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/make_action.py" line="66"/>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/make_action.py" line="67"/>
        <source>D&amp;ue</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/make_action.py" line="102"/>
        <source>Make an action of the feedback of {date}</source>
        <translation>Maßnahme aus dem Feedback vom {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/make_action.py" line="114"/>
        <source>Make an action of {reference}&apos;s mitigation</source>
        <translation>Maßnahme aus der Risikobehandlung von {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/make_action.py" line="156"/>
        <source>Make action…</source>
        <translation>Maßnahme erstellen…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/make_action.py" line="160"/>
        <source>Make the selected entry&apos;s follow-up an action of the log</source>
        <translation>Die Folgemaßnahme des ausgewählten Eintrags in die Maßnahmenliste übernehmen</translation>
    </message>
</context>
<context>
    <name>MeetingDetail</name>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_detail.py" line="27"/>
        <source>Meeting notes</source>
        <translation>Besprechungsnotizen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_detail.py" line="52"/>
        <source>Select a meeting to see its record.</source>
        <translation>Eine Besprechung auswählen, um ihr Protokoll zu sehen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_detail.py" line="60"/>
        <source>Attended</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_detail.py" line="65"/>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_detail.py" line="70"/>
        <source>Actions set</source>
        <translation>Festgelegte Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_detail.py" line="77"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_detail.py" line="85"/>
        <source>none recorded</source>
        <translation>nichts erfasst</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_detail.py" line="95"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_detail.py" line="102"/>
        <source>no owner</source>
        <translation>niemand verantwortlich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_detail.py" line="105"/>
        <source>, due {date}</source>
        <translation>, fällig am {date}</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="60"/>
        <source>Record meeting</source>
        <translation>Besprechung erfassen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="62"/>
        <source>Edit {meeting}</source>
        <translation>{meeting} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="71"/>
        <source>Steering committee</source>
        <translation>Lenkungsausschuss</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="76"/>
        <source>One per line</source>
        <translation>Eine Person pro Zeile</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="81"/>
        <source>Add the client&apos;s contacts</source>
        <translation>Kontakte des Kunden hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="84"/>
        <source>Add each of the client&apos;s contacts not listed yet</source>
        <translation>Alle noch nicht aufgeführten Kontakte des Kunden hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="95"/>
        <source>What it decided, one per line</source>
        <translation>Was entschieden wurde, eine Entscheidung pro Zeile</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="101"/>
        <source>Anything else worth keeping</source>
        <translation>Alles andere, was festgehalten werden sollte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="106"/>
        <source>Add a line</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="112"/>
        <source>D&amp;ate</source>
        <translation>D&amp;atum</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="113"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Besprechung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="115"/>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="117"/>
        <source>&amp;Decisions</source>
        <translation>&amp;Entscheidungen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="118"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="121"/>
        <source>Actions set
here</source>
        <translation>Hier festgelegte
Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="123"/>
        <source>New actions</source>
        <translation>Neue Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="171"/>
        <source>(other meeting)</source>
        <translation>(andere Besprechung)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="189"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="190"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meeting_dialog.py" line="191"/>
        <source>Due ({format})</source>
        <translation>Fällig ({format})</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="41"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="45"/>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="47"/>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="51"/>
        <source>Attended</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="56"/>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="60"/>
        <source>Decided: {decisions}</source>
        <translation>Entschieden: {decisions}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="69"/>
        <source>Actions set</source>
        <translation>Festgelegte Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="73"/>
        <source>Actions set at this meeting: {references}</source>
        <translation>In dieser Besprechung festgelegte Maßnahmen: {references}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="96"/>
        <source>No steering meetings recorded yet. Record who attended, what was decided and the actions set; the steering pack reports on the last one.</source>
        <translation>Noch keine Lenkungsausschusssitzungen erfasst. Halten Sie fest, wer teilnahm, was entschieden wurde und welche Maßnahmen festgelegt wurden; die Unterlagen für den Lenkungsausschuss berichten über die letzte.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="139"/>
        <source>1 meeting · {actions} actions set</source>
        <translation>1 Besprechung · {actions} Maßnahmen festgelegt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="141"/>
        <source>{count} meetings · {actions} actions set</source>
        <translation>{count} Besprechungen · {actions} Maßnahmen festgelegt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="195"/>
        <source>{meeting} of {date} (its {count} actions stay in the log)</source>
        <translation>{meeting} vom {date} (die {count} Maßnahmen bleiben in der Liste)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="198"/>
        <source>{meeting} of {date}</source>
        <translation>{meeting} vom {date}</translation>
    </message>
</context>
<context>
    <name>RecordLists</name>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="89"/>
        <source>Meetings</source>
        <translation>Besprechungen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/panel.py" line="46"/>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
</context>
<context>
    <name>RecordNouns</name>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/meetings_panel.py" line="88"/>
        <source>meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/action_log/panel.py" line="45"/>
        <source>action</source>
        <translation>Maßnahme</translation>
    </message>
</context>
</TS>
