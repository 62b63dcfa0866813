<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AcceptanceCertificate</name>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/certificate.py" line="20"/>
        <source>Export acceptance certificate</source>
        <translation>Abnahmeprotokoll exportieren</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/certificate.py" line="26"/>
        <source>{reference} acceptance certificate.pdf</source>
        <translation>{reference} Abnahmeprotokoll.pdf</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/certificate.py" line="35"/>
        <source>Export acceptance certificate of {reference}</source>
        <translation>Abnahmeprotokoll von {reference} exportieren</translation>
    </message>
</context>
<context>
    <name>DeliverableDetail</name>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="41"/>
        <source>Tick each criterion the client found met: acceptance needs them all.</source>
        <translation>Jedes Kriterium abhaken, das der Kunde als erfüllt ansieht: Die Abnahme braucht alle.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="44"/>
        <source>Accepted: the checklist is final.</source>
        <translation>Abgenommen: Die Checkliste ist endgültig.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="45"/>
        <source>No acceptance criteria yet: Edit… lists them, one per line.</source>
        <translation>Noch keine Abnahmekriterien: Unter Bearbeiten… eines pro Zeile erfassen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="49"/>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="200"/>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="50"/>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="51"/>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="195"/>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="108"/>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="282"/>
        <source>Acceptance checklist</source>
        <translation>Abnahme-Checkliste</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="113"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="120"/>
        <source>Client&apos;s verdict</source>
        <translation>Urteil des Kunden</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="133"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="149"/>
        <source>No deliverable selected</source>
        <translation>Kein Liefergegenstand ausgewählt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="152"/>
        <source>Select a deliverable in the table to see its acceptance.</source>
        <translation>Einen Liefergegenstand in der Tabelle auswählen, um seine Abnahme zu sehen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="190"/>
        <source>Accepted by</source>
        <translation>Abgenommen von</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="191"/>
        <source>Rejected by</source>
        <translation>Abgelehnt von</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="197"/>
        <source>Last rejection</source>
        <translation>Letzte Ablehnung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="209"/>
        <source>Not yet: {awaiting}</source>
        <translation>Noch nicht: {awaiting}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="225"/>
        <source>Owner {owner}</source>
        <translation>Verantwortlich {owner}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="227"/>
        <source>No owner</source>
        <translation>Kein Verantwortlicher</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="230"/>
        <source>no due date</source>
        <translation>kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="234"/>
        <source>due {day} with “{milestone}”</source>
        <translation>fällig {day} mit „{milestone}“</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="238"/>
        <source>due {day}</source>
        <translation>fällig {day}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="241"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="244"/>
        <source>{met} of {total} criteria met</source>
        <translation>{met} von {total} Kriterien erfüllt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="250"/>
        <source>rejected {count}×</source>
        <translation>{count}× abgelehnt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="260"/>
        <source>with the client</source>
        <translation>beim Kunden</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="261"/>
        <source>not submitted</source>
        <translation>nicht eingereicht</translation>
    </message>
</context>
<context>
    <name>DeliverableDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/dialog.py" line="18"/>
        <source>A date of its own</source>
        <translation>Eigenes Datum</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/dialog.py" line="34"/>
        <source>Add deliverable</source>
        <translation>Liefergegenstand hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/dialog.py" line="36"/>
        <source>Edit {reference}</source>
        <translation>{reference} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/dialog.py" line="45"/>
        <source>What the client receives, e.g. Functional design: inbound</source>
        <translation>Was der Kunde erhält, z. B. Fachkonzept: Wareneingang</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/dialog.py" line="66"/>
        <source>{format}, or empty: no due date</source>
        <translation>{format}, oder leer: kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/dialog.py" line="72"/>
        <source>What it holds</source>
        <translation>Was er enthält</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/dialog.py" line="79"/>
        <source>One criterion per line, as the client will check it</source>
        <translation>Ein Kriterium pro Zeile, so wie der Kunde es prüfen wird</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/dialog.py" line="85"/>
        <source>&amp;Deliverable</source>
        <translation>&amp;Liefergegenstand</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/dialog.py" line="86"/>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/dialog.py" line="88"/>
        <source>Due &amp;with</source>
        <translation>Fällig &amp;mit</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/dialog.py" line="90"/>
        <source>Due &amp;on</source>
        <translation>Fällig &amp;am</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/dialog.py" line="92"/>
        <source>D&amp;escription</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/dialog.py" line="95"/>
        <source>Acceptance &amp;criteria</source>
        <translation>Abnahme&amp;kriterien</translation>
    </message>
</context>
<context>
    <name>DeliverableStatus</name>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="28"/>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="29"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="30"/>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="31"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="32"/>
        <source>Resubmitted</source>
        <translation>Erneut eingereicht</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="33"/>
        <source>Accepted</source>
        <translation>Abgenommen</translation>
    </message>
</context>
<context>
    <name>DeliverablesPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="63"/>
        <source>{who}, {day}</source>
        <translation>{who}, {day}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="76"/>
        <source>No due date: tie it to a milestone or give it a date</source>
        <translation>Kein Fälligkeitsdatum: an einen Meilenstein binden oder ein Datum angeben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="80"/>
        <source>Due with the milestone {milestone}</source>
        <translation>Fällig mit dem Meilenstein {milestone}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="84"/>
        <source>Its own due date</source>
        <translation>Eigenes Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="88"/>
        <source>Overdue: due {day}, not accepted yet</source>
        <translation>Überfällig: fällig {day}, noch nicht abgenommen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="98"/>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="103"/>
        <source>Deliverable</source>
        <translation>Liefergegenstand</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="110"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="115"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="123"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="130"/>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="133"/>
        <source>{met} of {total} acceptance criteria met</source>
        <translation>{met} von {total} Abnahmekriterien erfüllt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="140"/>
        <source>Client&apos;s verdict</source>
        <translation>Urteil des Kunden</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="144"/>
        <source>{status} by {verdict}</source>
        <translation>{status} von {verdict}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="173"/>
        <source>1 deliverable · {accepted} accepted · {rejected} rejected · {overdue} overdue</source>
        <translation>1 Liefergegenstand · {accepted} abgenommen · {rejected} abgelehnt · {overdue} überfällig</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="178"/>
        <source>{count} deliverables · {accepted} accepted · {rejected} rejected · {overdue} overdue</source>
        <translation>{count} Liefergegenstände · {accepted} abgenommen · {rejected} abgelehnt · {overdue} überfällig</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="58"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="59"/>
        <source>Work on the deliverable has started</source>
        <translation>Die Arbeit am Liefergegenstand hat begonnen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="63"/>
        <source>S&amp;ubmit to client</source>
        <translation>Beim Kunden ein&amp;reichen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="64"/>
        <source>Hand the deliverable to the client to accept</source>
        <translation>Den Liefergegenstand dem Kunden zur Abnahme übergeben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="68"/>
        <source>Record a&amp;cceptance…</source>
        <translation>&amp;Abnahme erfassen…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="69"/>
        <source>The client accepted it: who and when</source>
        <translation>Der Kunde hat abgenommen: wer und wann</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="73"/>
        <source>Record re&amp;jection…</source>
        <translation>Ablehnun&amp;g erfassen…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="74"/>
        <source>The client rejected it: who, when and why</source>
        <translation>Der Kunde hat abgelehnt: wer, wann und warum</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="78"/>
        <source>&amp;Resubmit</source>
        <translation>Er&amp;neut einreichen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="79"/>
        <source>Hand the reworked deliverable to the client again</source>
        <translation>Den überarbeiteten Liefergegenstand erneut dem Kunden übergeben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="97"/>
        <source>No deliverables yet. List what the project hands the client, each with the acceptance criteria the client checks it against.</source>
        <translation>Noch keine Liefergegenstände. Erfassen, was das Projekt dem Kunden übergibt, jeweils mit den Abnahmekriterien, gegen die der Kunde prüft.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="114"/>
        <source>E&amp;xport acceptance certificate…</source>
        <translation>Abnahmeprotokoll e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="119"/>
        <source>Write the deliverable&apos;s acceptance certificate as a PDF</source>
        <translation>Das Abnahmeprotokoll des Liefergegenstands als PDF schreiben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="218"/>
        <source>{reference} “{name}”</source>
        <translation>{reference} „{name}“</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="270"/>
        <source>Acceptance checklist</source>
        <translation>Abnahme-Checkliste</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="286"/>
        <source>{reference} cannot be accepted while {unmet} of its {total} acceptance criteria are not met. Tick each criterion the client found met, or record a rejection.</source>
        <translation>{reference} kann nicht abgenommen werden, solange {unmet} von {total} Abnahmekriterien nicht erfüllt sind. Jedes Kriterium abhaken, das der Kunde als erfüllt ansieht, oder eine Ablehnung erfassen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="329"/>
        <source>Saved &lt;b&gt;{name}&lt;/b&gt; · &lt;a href=&apos;{url}&apos;&gt;Open&lt;/a&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; gespeichert · &lt;a href=&apos;{url}&apos;&gt;Öffnen&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="60"/>
        <source>Start {reference}</source>
        <translation>{reference} starten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="65"/>
        <source>Submit {reference}</source>
        <translation>{reference} einreichen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="70"/>
        <source>Accept {reference}</source>
        <translation>{reference} abnehmen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="75"/>
        <source>Reject {reference}</source>
        <translation>{reference} ablehnen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="80"/>
        <source>Resubmit {reference}</source>
        <translation>{reference} erneut einreichen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="191"/>
        <source>Add deliverable</source>
        <translation>Liefergegenstand hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="202"/>
        <source>Edit {reference}</source>
        <translation>{reference} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="211"/>
        <source>Delete {reference}</source>
        <translation>{reference} löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="261"/>
        <source>Tick a criterion of {reference}</source>
        <translation>Kriterium von {reference} abhaken</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="263"/>
        <source>Untick a criterion of {reference}</source>
        <translation>Haken bei einem Kriterium von {reference} entfernen</translation>
    </message>
</context>
<context>
    <name>RecordLists</name>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="90"/>
        <source>Deliverables</source>
        <translation>Liefergegenstände</translation>
    </message>
</context>
<context>
    <name>RecordNouns</name>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="89"/>
        <source>deliverable</source>
        <translation>Liefergegenstand</translation>
    </message>
</context>
<context>
    <name>StepHistoryModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/history_model.py" line="14"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/history_model.py" line="15"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/history_model.py" line="16"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/history_model.py" line="17"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>VerdictDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/verdict_dialog.py" line="41"/>
        <source>Record the client&apos;s acceptance — {reference}</source>
        <translation>Abnahme durch den Kunden erfassen — {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/verdict_dialog.py" line="45"/>
        <source>Record the client&apos;s rejection — {reference}</source>
        <translation>Ablehnung durch den Kunden erfassen — {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/verdict_dialog.py" line="62"/>
        <source>Who signed for the client</source>
        <translation>Wer für den Kunden unterschrieben hat</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/verdict_dialog.py" line="71"/>
        <source>What the client found missing or wrong</source>
        <translation>Was der Kunde als fehlend oder falsch ansieht</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/verdict_dialog.py" line="78"/>
        <source>Optional: kept in the deliverable&apos;s history</source>
        <translation>Optional: wird im Verlauf des Liefergegenstands festgehalten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/verdict_dialog.py" line="84"/>
        <source>Accepted &amp;by</source>
        <translation>Abgenommen &amp;von</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/verdict_dialog.py" line="86"/>
        <source>Rejected &amp;by</source>
        <translation>Abgelehnt &amp;von</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/verdict_dialog.py" line="89"/>
        <source>&amp;On</source>
        <translation>&amp;Am</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/verdict_dialog.py" line="91"/>
        <source>Co&amp;mment</source>
        <translation>&amp;Kommentar</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/verdict_dialog.py" line="93"/>
        <source>&amp;Reasons</source>
        <translation>&amp;Gründe</translation>
    </message>
</context>
</TS>
