<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CloseProjectDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="79"/>
        <source>Close Project — {code}</source>
        <translation>Projekt abschließen – {code}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="86"/>
        <source>Close {code}  ·  {name}</source>
        <translation>{code} abschließen  ·  {name}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="92"/>
        <source>Closing records what you enter here, moves the project into closure and makes it read-only; Project › Reopen Project… makes it editable again. Its KPIs still count in the portfolio.</source>
        <translation>Beim Abschließen wird erfasst, was Sie hier eingeben; das Projekt geht in den Abschluss über und wird schreibgeschützt. Projekt › Projekt wieder öffnen… macht es wieder bearbeitbar. Seine KPIs zählen weiterhin im Portfolio.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="114"/>
        <source>{user} (you), or the sponsor&apos;s name</source>
        <translation>{user} (Sie) oder Name des Auftraggebers</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="121"/>
        <source>Closed &amp;on</source>
        <translation>Abgeschlossen &amp;am</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="125"/>
        <source>Closure &amp;approved by</source>
        <translation>Abschluss &amp;genehmigt von</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="135"/>
        <source>How the project ended: delivered scope, dates, budget, what is handed over</source>
        <translation>Wie das Projekt endete: gelieferter Umfang, Termine, Budget, Übergaben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="142"/>
        <source>Final status report</source>
        <translation>Abschließender Statusbericht</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="158"/>
        <source>Close Project</source>
        <translation>Projekt abschließen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="168"/>
        <source>— (no score)</source>
        <translation>— (keine Bewertung)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="174"/>
        <source>— (nobody named)</source>
        <translation>— (niemand genannt)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="190"/>
        <source>What the client said about the project</source>
        <translation>Was der Kunde über das Projekt gesagt hat</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="197"/>
        <source>The client&apos;s final feedback</source>
        <translation>Abschließendes Feedback des Kunden</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="201"/>
        <source>CSAT &amp;score</source>
        <translation>CSAT-&amp;Wert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="202"/>
        <source>&amp;Given by</source>
        <translation>Abgegeben &amp;von</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="203"/>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="230"/>
        <source>&amp;Add Lesson</source>
        <translation>Erkenntnis &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="235"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="243"/>
        <source>Lessons learned</source>
        <translation>Lessons Learned</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="297"/>
        <source>&lt;b&gt;Still open&lt;/b&gt; — closing freezes these as they are:</source>
        <translation>&lt;b&gt;Noch offen&lt;/b&gt; – der Abschluss friert diese Punkte im jetzigen Stand ein:</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="319"/>
        <source>Close {code}</source>
        <translation>{code} abschließen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/reopen_dialog.py" line="69"/>
        <source>Reopen {code}</source>
        <translation>{code} wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/stage_gate_dialog.py" line="46"/>
        <source>Stage gate of {code}: Planning</source>
        <translation>Phasenfreigabe für {code}: Planung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/stage_gate_dialog.py" line="47"/>
        <source>Stage gate of {code}: Execution</source>
        <translation>Phasenfreigabe für {code}: Durchführung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/stage_gate_dialog.py" line="48"/>
        <source>Stage gate of {code}: Monitoring</source>
        <translation>Phasenfreigabe für {code}: Überwachung</translation>
    </message>
</context>
<context>
    <name>GatesModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/gates_model.py" line="14"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/gates_model.py" line="15"/>
        <source>Passed on</source>
        <translation>Freigegeben am</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/gates_model.py" line="16"/>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/gates_model.py" line="17"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>LessonsModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/lessons_model.py" line="15"/>
        <source>Lesson</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/lessons_model.py" line="16"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/lessons_model.py" line="17"/>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/lessons_model.py" line="18"/>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/lessons_model.py" line="23"/>
        <source>The lesson, in a few words</source>
        <translation>Die Erkenntnis in wenigen Worten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/lessons_model.py" line="24"/>
        <source>What happened on this project</source>
        <translation>Was in diesem Projekt geschah</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/lessons_model.py" line="25"/>
        <source>What to do next time, on any project</source>
        <translation>Was beim nächsten Mal zu tun ist, in jedem Projekt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/lessons_model.py" line="26"/>
        <source>Ticked: the supplier&apos;s own lesson, never in a client export</source>
        <translation>Angehakt: eigene Erkenntnis des Dienstleisters, nie in einem Kundenexport</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/lessons_model.py" line="63"/>
        <source>Lesson {number} needs a title (its first column).</source>
        <translation>Erkenntnis {number} braucht einen Titel (erste Spalte).</translation>
    </message>
</context>
<context>
    <name>LifecycleCommands</name>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="31"/>
        <source>Move the project to its next stage: the date and who approved the gate</source>
        <translation>Projekt in die nächste Phase überführen: Datum und wer die Freigabe erteilt hat</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="34"/>
        <source>List closed projects in the navigator (greyed, with a lock)</source>
        <translation>Abgeschlossene Projekte im Navigator auflisten (grau, mit Schloss)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="49"/>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="115"/>
        <source>&amp;Stage Gate…</source>
        <translation>&amp;Phasenfreigabe…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="56"/>
        <source>C&amp;lose Project…</source>
        <translation>Projekt ab&amp;schließen…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="62"/>
        <source>Record the final report, feedback and lessons, then make the project read-only</source>
        <translation>Abschlussbericht, Feedback und Erkenntnisse erfassen, dann das Projekt schreibschützen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="69"/>
        <source>Re&amp;open Project…</source>
        <translation>Projekt &amp;wieder öffnen…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="75"/>
        <source>Make a closed project editable again (audited)</source>
        <translation>Ein abgeschlossenes Projekt wieder bearbeitbar machen (protokolliert)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="80"/>
        <source>Sho&amp;w Closed Projects</source>
        <translation>Abgeschlossene Projekte an&amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="107"/>
        <source>&amp;Stage Gate: {stage}…</source>
        <translation>&amp;Phasenfreigabe: {stage}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="124"/>
        <source>{tip} (%n hidden now)</source>
        <translation>
            <numerusform>{tip} (%n derzeit ausgeblendet)</numerusform>
            <numerusform>{tip} (%n derzeit ausgeblendet)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="138"/>
        <source>{code} moved to {stage}</source>
        <translation>{code} ist jetzt in der Phase {stage}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="150"/>
        <source>{code} closed: read-only until reopened.</source>
        <translation>{code} abgeschlossen: schreibgeschützt bis zur Wiederöffnung.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="154"/>
        <source>Project › Show Closed Projects lists it.</source>
        <translation>Projekt › Abgeschlossene Projekte anzeigen listet es auf.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="165"/>
        <source>{code} reopened</source>
        <translation>{code} wieder geöffnet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="220"/>
        <source>Select a project to pass its next stage gate</source>
        <translation>Ein Projekt auswählen, um seine nächste Phase freizugeben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="224"/>
        <source>{code} is closed: reopen it to pass a stage gate</source>
        <translation>{code} ist abgeschlossen: zum Freigeben einer Phase wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="227"/>
        <source>{code} is in {stage}: Close Project… ends it</source>
        <translation>{code} ist in der Phase {stage}: „Projekt abschließen…“ beendet es</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="94"/>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/reopen_dialog.py" line="23"/>
        <source>Reopen Project — {code}</source>
        <translation>Projekt wieder öffnen – {code}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/reopen_dialog.py" line="29"/>
        <source>{code} was closed on {date}. Reopened, it can be changed again; the reopening and its reason go into the audit trail.</source>
        <translation>{code} wurde am {date} abgeschlossen. Wieder geöffnet, kann es erneut geändert werden; die Wiederöffnung und ihr Grund kommen ins Prüfprotokoll.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/reopen_dialog.py" line="38"/>
        <source>Why it is reopened (a warranty fix, a late invoice…)</source>
        <translation>Warum es wieder geöffnet wird (Gewährleistungsfall, späte Rechnung …)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/reopen_dialog.py" line="46"/>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/reopen_dialog.py" line="50"/>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
</context>
<context>
    <name>StageGateDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/stage_gate_dialog.py" line="65"/>
        <source>Stage Gate — {code}</source>
        <translation>Phasenfreigabe – {code}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/stage_gate_dialog.py" line="73"/>
        <source>{code}: from {stage} to {target}</source>
        <translation>{code}: von {stage} nach {target}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/stage_gate_dialog.py" line="90"/>
        <source>Gates passed so far</source>
        <translation>Bisherige Phasenfreigaben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/stage_gate_dialog.py" line="92"/>
        <source>No stage gate passed yet</source>
        <translation>Noch keine Phasenfreigabe erteilt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/stage_gate_dialog.py" line="99"/>
        <source>{user} (you), or the sponsor&apos;s name</source>
        <translation>{user} (Sie) oder Name des Auftraggebers</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/stage_gate_dialog.py" line="107"/>
        <source>What the gate review decided, conditions, the next review</source>
        <translation>Entscheidung der Freigabeprüfung, Auflagen, nächste Prüfung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/stage_gate_dialog.py" line="113"/>
        <source>&amp;Passed on</source>
        <translation>&amp;Freigegeben am</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/stage_gate_dialog.py" line="114"/>
        <source>&amp;Approved by</source>
        <translation>&amp;Genehmigt von</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/stage_gate_dialog.py" line="115"/>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/stage_gate_dialog.py" line="119"/>
        <source>Move to {stage}</source>
        <translation>Weiter zu {stage}</translation>
    </message>
</context>
</TS>
