<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AffectedTasksDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/tasks_dialog.py" line="29"/>
        <source>Affected tasks — {reference}</source>
        <translation>Betroffene Vorgänge — {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/tasks_dialog.py" line="42"/>
        <source>Find a task by WBS or name</source>
        <translation>Vorgang nach PSP-Code oder Name suchen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/tasks_dialog.py" line="52"/>
        <source>The approved schedule impact ({count} working days) is added to the last ticked work task in outline order; summaries and milestones take no days.</source>
        <translation>Die genehmigte Terminauswirkung ({count} Arbeitstage) wird dem letzten angehakten Arbeitsvorgang in Gliederungsreihenfolge hinzugefügt; Sammelvorgänge und Meilensteine erhalten keine Tage.</translation>
    </message>
</context>
<context>
    <name>ChangeActions</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="19"/>
        <source>&amp;Submit</source>
        <translation>&amp;Einreichen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="20"/>
        <source>Start &amp;Assessment</source>
        <translation>&amp;Prüfung beginnen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="21"/>
        <source>A&amp;pprove…</source>
        <translation>&amp;Genehmigen …</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="22"/>
        <source>Re&amp;ject…</source>
        <translation>&amp;Ablehnen …</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="23"/>
        <source>De&amp;fer…</source>
        <translation>&amp;Zurückstellen …</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="24"/>
        <source>Mark &amp;Implemented</source>
        <translation>Als &amp;umgesetzt markieren</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="25"/>
        <source>&amp;Close…</source>
        <translation>&amp;Schließen …</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="28"/>
        <source>Send the request to the client for a decision</source>
        <translation>Den Antrag dem Kunden zur Entscheidung vorlegen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="31"/>
        <source>Start assessing the request&apos;s impact on scope, schedule and cost</source>
        <translation>Die Prüfung der Auswirkungen auf Umfang, Termine und Kosten beginnen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="34"/>
        <source>Record the client&apos;s approval: who decided, when and the decision notes</source>
        <translation>Die Genehmigung des Kunden erfassen: wer entschied, wann, und der Entscheidungstext</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="37"/>
        <source>Record the client&apos;s rejection: who decided, when and the decision notes</source>
        <translation>Die Ablehnung des Kunden erfassen: wer entschied, wann, und der Entscheidungstext</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="40"/>
        <source>Record that the client postponed the decision</source>
        <translation>Erfassen, dass der Kunde die Entscheidung zurückgestellt hat</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="41"/>
        <source>The approved change is delivered</source>
        <translation>Die genehmigte Änderung ist geliefert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="42"/>
        <source>Close the request; nothing more happens to it</source>
        <translation>Den Antrag schließen; danach geschieht nichts mehr</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="49"/>
        <source>Re&amp;submit</source>
        <translation>&amp;Erneut einreichen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="99"/>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="115"/>
        <source>&amp;New Change Request…</source>
        <translation>&amp;Neuer Änderungsantrag …</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="116"/>
        <source>Raise a change request for the project shown</source>
        <translation>Einen Änderungsantrag für das angezeigte Projekt anlegen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="124"/>
        <source>Record Client &amp;Decision…</source>
        <translation>&amp;Kundenentscheidung erfassen …</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="125"/>
        <source>Record the client&apos;s signed decision: approve, reject or defer</source>
        <translation>Die unterschriebene Entscheidung des Kunden erfassen: genehmigen, ablehnen oder zurückstellen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="130"/>
        <source>Edit Affected &amp;Tasks…</source>
        <translation>Betroffene &amp;Vorgänge bearbeiten …</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="131"/>
        <source>Choose the plan&apos;s tasks the change affects</source>
        <translation>Die Vorgänge des Plans wählen, die die Änderung betrifft</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="137"/>
        <source>Edit Scope &amp;Lines…</source>
        <translation>Umfangs&amp;zeilen bearbeiten …</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="138"/>
        <source>Name the charter&apos;s scope lines the request adds or removes</source>
        <translation>Die Umfangszeilen des Projektauftrags nennen, die der Antrag hinzufügt oder streicht</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="144"/>
        <source>Apply &amp;Schedule Impact</source>
        <translation>&amp;Terminauswirkung übernehmen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="145"/>
        <source>Add the approved schedule days to the last affected work task</source>
        <translation>Die genehmigten Tage dem letzten betroffenen Arbeitsvorgang hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="151"/>
        <source>Export Sign-off &amp;Form…</source>
        <translation>&amp;Freigabeformular exportieren …</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="152"/>
        <source>Write a one-page PDF the client signs to decide the request</source>
        <translation>Ein einseitiges PDF erstellen, das der Kunde zur Entscheidung unterschreibt</translation>
    </message>
</context>
<context>
    <name>ChangeDetailPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="38"/>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="39"/>
        <source>Decision date</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="40"/>
        <source>Notes</source>
        <translation>Vermerk</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="41"/>
        <source>Implemented</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="42"/>
        <source>Applied to plan</source>
        <translation>Im Plan seit</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="71"/>
        <source>Apply schedule impact</source>
        <translation>In Plan übernehmen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="76"/>
        <source>Export sign-off form…</source>
        <translation>Formular exportieren …</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="81"/>
        <source>Edit affected tasks…</source>
        <translation>Vorgänge wählen …</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="86"/>
        <source>Edit scope lines…</source>
        <translation>Umfang bearbeiten …</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="129"/>
        <source>Affected tasks</source>
        <translation>Betroffene Vorgänge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="139"/>
        <source>Charter scope</source>
        <translation>Auftragsumfang</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="143"/>
        <source>Request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="148"/>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="154"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="170"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="186"/>
        <source>No change request selected</source>
        <translation>Kein Änderungsantrag ausgewählt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="189"/>
        <source>Select a change request in the table to see and edit it.</source>
        <translation>Wählen Sie einen Änderungsantrag in der Tabelle, um ihn zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="218"/>
        <source>None yet: link the tasks the change affects.</source>
        <translation>Noch keine: Verknüpfen Sie die Vorgänge, die die Änderung betrifft.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="231"/>
        <source>None named: Edit scope lines… to name them.</source>
        <translation>Keine genannt: über „Umfang bearbeiten …“ benennen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="253"/>
        <source>raised {date} by {person}</source>
        <translation>erfasst {date} von {person}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="257"/>
        <source>raised {date}</source>
        <translation>erfasst {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="260"/>
        <source>{priority} priority</source>
        <translation>Priorität {priority}</translation>
    </message>
</context>
<context>
    <name>ChangeFilterBar</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/filter_bar.py" line="27"/>
        <source>New change request…</source>
        <translation>Neuer Änderungsantrag …</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/filter_bar.py" line="39"/>
        <source>Status filter</source>
        <translation>Filter nach Status</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/filter_bar.py" line="46"/>
        <source>Category filter</source>
        <translation>Filter nach Kategorie</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/filter_bar.py" line="48"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/filter_bar.py" line="53"/>
        <source>Search change requests</source>
        <translation>Anträge durchsuchen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/filter_bar.py" line="78"/>
        <source>{count} change request</source>
        <translation>{count} Änderungsantrag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/filter_bar.py" line="82"/>
        <source>{count} change requests</source>
        <translation>{count} Änderungsanträge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/filter_bar.py" line="89"/>
        <source>Showing {shown} of {total}</source>
        <translation>{shown} von {total} angezeigt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/filter_bar.py" line="94"/>
        <source>{count} awaiting decision</source>
        <translation>{count} warten auf Entscheidung</translation>
    </message>
</context>
<context>
    <name>ChangeFilterProxy</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/filter_proxy.py" line="22"/>
        <source>All requests</source>
        <translation>Alle Anträge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/filter_proxy.py" line="23"/>
        <source>Open (not closed)</source>
        <translation>Offen (nicht geschlossen)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/filter_proxy.py" line="24"/>
        <source>Awaiting decision</source>
        <translation>Warten auf Entscheidung</translation>
    </message>
</context>
<context>
    <name>ChangeForm</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="37"/>
        <source>The impact is fixed once the client has decided; it was agreed as shown.</source>
        <translation>Die Auswirkung steht fest, sobald der Kunde entschieden hat; sie wurde wie angezeigt vereinbart.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="91"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="93"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="94"/>
        <source>What is asked for</source>
        <translation>Was gewünscht wird</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="96"/>
        <source>Why the client asks for it</source>
        <translation>Warum der Kunde es wünscht</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="98"/>
        <source> working days</source>
        <translation> Arbeitstage</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="99"/>
        <source> person-days</source>
        <translation> Personentage</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="102"/>
        <source>Billable to the client</source>
        <translation>Dem Kunden berechenbar</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="106"/>
        <source>What changes in the deliverables</source>
        <translation>Was sich an den Liefergegenständen ändert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="114"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="116"/>
        <source>Requested &amp;by</source>
        <translation>Angefordert &amp;von</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="119"/>
        <source>&amp;Raised</source>
        <translation>E&amp;rfasst am</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="125"/>
        <source>Category, priority</source>
        <translation>Kategorie, Priorität</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="128"/>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="130"/>
        <source>Reas&amp;on</source>
        <translation>Be&amp;gründung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="133"/>
        <source>&amp;Schedule</source>
        <translation>Ter&amp;mine</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="136"/>
        <source>&amp;Effort</source>
        <translation>&amp;Aufwand</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="139"/>
        <source>&amp;Cost impact</source>
        <translation>&amp;Kosten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="143"/>
        <source>Change &amp;order</source>
        <translation>Nac&amp;htrag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="146"/>
        <source>Sco&amp;pe impact</source>
        <translation>&amp;Umfang</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="192"/>
        <source>— (not recorded)</source>
        <translation>— (nicht erfasst)</translation>
    </message>
</context>
<context>
    <name>ChangeTableModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="29"/>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="30"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="31"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="32"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="33"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="34"/>
        <source>Requested by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="35"/>
        <source>Raised</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="36"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="37"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="38"/>
        <source>Change order</source>
        <translation>Nachtrag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="39"/>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="46"/>
        <source>Schedule impact in working days</source>
        <translation>Terminauswirkung in Arbeitstagen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="47"/>
        <source>Cost impact: what the change costs the project</source>
        <translation>Kostenauswirkung: was die Änderung das Projekt kostet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="48"/>
        <source>Change-order value: what the client pays for a billable change</source>
        <translation>Nachtragswert: was der Kunde für eine berechenbare Änderung zahlt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="51"/>
        <source>When the client decided (approved or rejected)</source>
        <translation>Wann der Kunde entschieden hat (genehmigt oder abgelehnt)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="54"/>
        <source>When the request was raised</source>
        <translation>Wann der Antrag erfasst wurde</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="149"/>
        <source>Not billable: the client pays nothing extra</source>
        <translation>Nicht berechenbar: Der Kunde zahlt nichts zusätzlich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="156"/>
        <source>Closed after approval: counts in the approved totals</source>
        <translation>Nach Genehmigung geschlossen: zählt zu den genehmigten Summen</translation>
    </message>
</context>
<context>
    <name>ChangeTableView</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/table_view.py" line="31"/>
        <source>Change requests</source>
        <translation>Änderungsanträge</translation>
    </message>
</context>
<context>
    <name>ChangeTotals</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="19"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="20"/>
        <source>Contract value</source>
        <translation>Auftragswert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="21"/>
        <source>Forecast finish</source>
        <translation>Prognose Ende</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="22"/>
        <source>Awaiting decision</source>
        <translation>Warten auf Entscheidung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="25"/>
        <source>The original budget plus the cost of every approved change</source>
        <translation>Das ursprüngliche Budget plus die Kosten jeder genehmigten Änderung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="28"/>
        <source>The original contract value plus every approved billable change order</source>
        <translation>Der ursprüngliche Auftragswert plus jeder genehmigte berechenbare Nachtrag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="31"/>
        <source>The plan&apos;s scheduled finish, as the header and the pack show it; below it the finish agreed with the client: baseline finish (else the plan&apos;s) plus approved change days</source>
        <translation>Das geplante Ende laut Plan, wie Kopfzeile und Bericht es zeigen; darunter das mit dem Kunden vereinbarte Ende: Ende laut Basisplan (sonst laut Plan) plus genehmigte Änderungstage</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="36"/>
        <source>Submitted and under-assessment requests: cost and days if the client approves</source>
        <translation>Eingereichte und in Prüfung befindliche Anträge: Kosten und Tage, falls der Kunde genehmigt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="69"/>
        <source>&lt;b&gt;Scope growth&lt;/b&gt;&lt;br&gt;all change requests,&lt;br&gt;whatever the filters</source>
        <translation>&lt;b&gt;Umfangswachstum&lt;/b&gt;&lt;br&gt;alle Änderungsanträge,&lt;br&gt;unabhängig von Filtern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="121"/>
        <source>{original} original + {approved} approved</source>
        <translation>{original} ursprünglich + {approved} genehmigt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="127"/>
        <source>{original} original + {orders} change orders</source>
        <translation>{original} ursprünglich + {orders} Nachträge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="136"/>
        <source>agreed {agreed}: {original} + {days} approved</source>
        <translation>vereinbart {agreed}: {original} + {days} genehmigt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="146"/>
        <source>{count} request</source>
        <translation>{count} Antrag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="148"/>
        <source>{count} requests</source>
        <translation>{count} Anträge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="153"/>
        <source>Nothing waits for the client</source>
        <translation>Nichts wartet auf den Kunden</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="171"/>
        <source>{count} working day</source>
        <translation>{count} Arbeitstag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="172"/>
        <source>{count} working days</source>
        <translation>{count} Arbeitstage</translation>
    </message>
</context>
<context>
    <name>ChangeVocabulary</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/vocabulary.py" line="23"/>
        <source>Submit</source>
        <translation>Einreichen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/vocabulary.py" line="24"/>
        <source>Start assessment</source>
        <translation>Prüfung beginnen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/vocabulary.py" line="25"/>
        <source>Approve…</source>
        <translation>Genehmigen …</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/vocabulary.py" line="26"/>
        <source>Reject…</source>
        <translation>Ablehnen …</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/vocabulary.py" line="27"/>
        <source>Defer…</source>
        <translation>Zurückstellen …</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/vocabulary.py" line="28"/>
        <source>Mark implemented</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/vocabulary.py" line="29"/>
        <source>Close…</source>
        <translation>Schließen …</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/vocabulary.py" line="31"/>
        <source>Resubmit</source>
        <translation>Erneut einreichen</translation>
    </message>
</context>
<context>
    <name>ChangesTab</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/tab.py" line="51"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/tab.py" line="286"/>
        <source>Added {reference} as a draft</source>
        <translation>{reference} als Entwurf angelegt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/tab.py" line="304"/>
        <source>Close {reference}</source>
        <translation>{reference} schließen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/tab.py" line="307"/>
        <source>Closing note (optional, kept in the history):</source>
        <translation>Abschlussvermerk (optional, bleibt im Verlauf):</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/tab.py" line="369"/>
        <source>{count} working day</source>
        <translation>{count} Arbeitstag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/tab.py" line="371"/>
        <source>{count} working days</source>
        <translation>{count} Arbeitstage</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/tab.py" line="375"/>
        <source>Added a task of {span} after {task} ({reference})</source>
        <translation>Vorgang mit {span} nach {task} eingefügt ({reference})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/tab.py" line="379"/>
        <source>Added {span} to {task} ({reference})</source>
        <translation>{span} zu {task} hinzugefügt ({reference})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/tab.py" line="395"/>
        <source>Saved &lt;b&gt;{file}&lt;/b&gt; · &lt;a href=&apos;{link}&apos;&gt;Open&lt;/a&gt;</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; gespeichert · &lt;a href=&apos;{link}&apos;&gt;Öffnen&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/tab.py" line="400"/>
        <source>Saved {file} to {folder}</source>
        <translation>{file} in {folder} gespeichert</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/view.py" line="57"/>
        <source>No change requests yet</source>
        <translation>Noch keine Änderungsanträge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/view.py" line="58"/>
        <source>When the client asks for something the plan does not hold, raise a change request: assess its impact, record the client&apos;s decision, then apply it.</source>
        <translation>Wenn der Kunde etwas wünscht, das der Plan nicht enthält, legen Sie einen Änderungsantrag an: Auswirkungen prüfen, Kundenentscheidung erfassen, dann übernehmen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/view.py" line="66"/>
        <source>New change request…</source>
        <translation>Neuer Änderungsantrag …</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/view.py" line="77"/>
        <source>Change request details</source>
        <translation>Details des Änderungsantrags</translation>
    </message>
</context>
<context>
    <name>ClientDecisionDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="42"/>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="43"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="44"/>
        <source>Defer</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="47"/>
        <source>Record approval</source>
        <translation>Genehmigung erfassen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="48"/>
        <source>Record rejection</source>
        <translation>Ablehnung erfassen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="49"/>
        <source>Record deferral</source>
        <translation>Zurückstellung erfassen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="53"/>
        <source>To approve {reference}, enter {missing}.</source>
        <translation>Um {reference} zu genehmigen, geben Sie {missing} ein.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="56"/>
        <source>To reject {reference}, enter {missing}.</source>
        <translation>Um {reference} abzulehnen, geben Sie {missing} ein.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="59"/>
        <source>To defer {reference}, enter {missing}.</source>
        <translation>Um {reference} zurückzustellen, geben Sie {missing} ein.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="77"/>
        <source>Record the client&apos;s decision — {reference}</source>
        <translation>Kundenentscheidung erfassen — {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="105"/>
        <source>Who signed for the client</source>
        <translation>Wer für den Kunden unterschrieben hat</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="117"/>
        <source>The decision as the client worded it, e.g. the change order</source>
        <translation>Die Entscheidung im Wortlaut des Kunden, z. B. der Nachtrag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="125"/>
        <source>Optional: kept in the request&apos;s history</source>
        <translation>Optional: bleibt im Verlauf des Antrags</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="130"/>
        <source>Signed sign-off form received</source>
        <translation>Unterschriebenes Freigabeformular erhalten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="139"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="141"/>
        <source>Decided &amp;by</source>
        <translation>Entschieden &amp;von</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="144"/>
        <source>Decision &amp;date</source>
        <translation>&amp;Datum der Entscheidung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="147"/>
        <source>Decision &amp;notes</source>
        <translation>Entscheidungs&amp;text</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="149"/>
        <source>Co&amp;mment</source>
        <translation>&amp;Kommentar</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="171"/>
        <source>who decided and the decision notes</source>
        <translation>wer entschieden hat und den Entscheidungstext</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="175"/>
        <source>who decided</source>
        <translation>wer entschieden hat</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="177"/>
        <source>the decision notes</source>
        <translation>den Entscheidungstext</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="38"/>
        <source>Change the description of {reference}</source>
        <translation>Beschreibung von {reference} ändern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="39"/>
        <source>Change the reason of {reference}</source>
        <translation>Begründung von {reference} ändern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="40"/>
        <source>Change the requester of {reference}</source>
        <translation>Antragsteller von {reference} ändern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="41"/>
        <source>Change the date raised of {reference}</source>
        <translation>Erfassungsdatum von {reference} ändern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="42"/>
        <source>Change the category of {reference}</source>
        <translation>Kategorie von {reference} ändern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="43"/>
        <source>Change the priority of {reference}</source>
        <translation>Priorität von {reference} ändern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="44"/>
        <source>Change the schedule impact of {reference}</source>
        <translation>Terminauswirkung von {reference} ändern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="45"/>
        <source>Change the cost impact of {reference}</source>
        <translation>Kostenauswirkung von {reference} ändern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="46"/>
        <source>Change the effort of {reference}</source>
        <translation>Aufwand von {reference} ändern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="47"/>
        <source>Change the scope impact of {reference}</source>
        <translation>Umfangsauswirkung von {reference} ändern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="48"/>
        <source>Change the change-order value of {reference}</source>
        <translation>Nachtragswert von {reference} ändern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="72"/>
        <source>New change request</source>
        <translation>Neuer Änderungsantrag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="88"/>
        <source>Mark {reference} billable</source>
        <translation>{reference} als berechenbar markieren</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="90"/>
        <source>Mark {reference} not billable</source>
        <translation>{reference} als nicht berechenbar markieren</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="93"/>
        <source>Rename {reference}</source>
        <translation>{reference} umbenennen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="99"/>
        <source>Change the {fields} of {reference}</source>
        <translation>{fields} von {reference} ändern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="115"/>
        <source>Change the affected tasks of {reference}</source>
        <translation>Betroffene Vorgänge von {reference} ändern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="127"/>
        <source>Change the scope lines of {reference}</source>
        <translation>Umfangszeilen von {reference} ändern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="141"/>
        <source>Apply the schedule impact of {reference}</source>
        <translation>Terminauswirkung von {reference} in den Plan übernehmen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/vocabulary.py" line="34"/>
        <source>Submit {reference}</source>
        <translation>{reference} einreichen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/vocabulary.py" line="35"/>
        <source>Start assessment of {reference}</source>
        <translation>Prüfung von {reference} beginnen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/vocabulary.py" line="36"/>
        <source>Approve {reference}</source>
        <translation>{reference} genehmigen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/vocabulary.py" line="37"/>
        <source>Reject {reference}</source>
        <translation>{reference} ablehnen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/vocabulary.py" line="38"/>
        <source>Defer {reference}</source>
        <translation>{reference} zurückstellen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/vocabulary.py" line="39"/>
        <source>Mark {reference} implemented</source>
        <translation>{reference} als umgesetzt markieren</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/vocabulary.py" line="40"/>
        <source>Close {reference}</source>
        <translation>{reference} schließen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/vocabulary.py" line="42"/>
        <source>Resubmit {reference}</source>
        <translation>{reference} erneut einreichen</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/history_model.py" line="14"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/history_model.py" line="15"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/history_model.py" line="16"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/history_model.py" line="17"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>ImpactDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/impact_dialog.py" line="34"/>
        <source>{count} working day</source>
        <translation>{count} Arbeitstag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/impact_dialog.py" line="36"/>
        <source>{count} working days</source>
        <translation>{count} Arbeitstage</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/impact_dialog.py" line="41"/>
        <source>Apply the schedule impact of {reference}</source>
        <translation>Terminauswirkung von {reference} übernehmen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/impact_dialog.py" line="46"/>
        <source>{reference} was approved with {span} of schedule impact. How should the plan show them?</source>
        <translation>{reference} wurde mit {span} Terminauswirkung genehmigt. Wie soll der Plan sie zeigen?</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/impact_dialog.py" line="55"/>
        <source>&amp;Lengthen the affected task</source>
        <translation>Betroffenen Vorgang &amp;verlängern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/impact_dialog.py" line="58"/>
        <source>&amp;Add a task for the change</source>
        <translation>Einen Vorgang für die Änderung &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/impact_dialog.py" line="64"/>
        <source>{task}: {before} → {after} days.</source>
        <translation>{task}: {before} → {after} Tage.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/impact_dialog.py" line="70"/>
        <source>“{reference} {title}”, {span}, right after {wbs}; the tasks that followed {wbs} wait for it.</source>
        <translation>„{reference} {title}“, {span}, direkt nach {wbs}; die Vorgänge, die auf {wbs} folgten, warten darauf.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/impact_dialog.py" line="78"/>
        <source>Either way the plan is rescheduled, and Undo takes it back in one step.</source>
        <translation>In beiden Fällen wird der Plan neu berechnet, und Rückgängig nimmt es in einem Schritt zurück.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/impact_dialog.py" line="87"/>
        <source>Apply to plan</source>
        <translation>In den Plan übernehmen</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/tab.py" line="102"/>
        <source>&amp;Changes</source>
        <translation>Ä&amp;nderungen</translation>
    </message>
</context>
<context>
    <name>NewChangeDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/new_change_dialog.py" line="27"/>
        <source>New change request</source>
        <translation>Neuer Änderungsantrag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/new_change_dialog.py" line="31"/>
        <source>What the client asks to change, in a few words</source>
        <translation>Was der Kunde ändern möchte, in wenigen Worten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/new_change_dialog.py" line="37"/>
        <source>— (not recorded)</source>
        <translation>— (nicht erfasst)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/new_change_dialog.py" line="51"/>
        <source>What is asked for (optional)</source>
        <translation>Was gewünscht wird (optional)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/new_change_dialog.py" line="55"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/new_change_dialog.py" line="57"/>
        <source>Requested &amp;by</source>
        <translation>Angefordert &amp;von</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/new_change_dialog.py" line="59"/>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/new_change_dialog.py" line="60"/>
        <source>&amp;Priority</source>
        <translation>&amp;Priorität</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/new_change_dialog.py" line="61"/>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
</context>
<context>
    <name>SignOffForm</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/sign_off.py" line="23"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/sign_off.py" line="43"/>
        <source>Export the sign-off form of {reference}</source>
        <translation>Freigabeformular von {reference} exportieren</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/sign_off.py" line="69"/>
        <source>Export sign-off form</source>
        <translation>Freigabeformular exportieren</translation>
    </message>
</context>
<context>
    <name>TaskChoiceModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/task_choice_model.py" line="19"/>
        <source>A summary or milestone takes no days: the impact goes to a work task</source>
        <translation>Sammelvorgänge und Meilensteine erhalten keine Tage: Die Auswirkung geht an einen Arbeitsvorgang</translation>
    </message>
</context>
</TS>
