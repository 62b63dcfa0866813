<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommunicationDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="18"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="19"/>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="20"/>
        <source>Teams call</source>
        <translation>Teams-Anruf</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="21"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="22"/>
        <source>Workshop on site</source>
        <translation>Workshop vor Ort</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="23"/>
        <source>Intranet</source>
        <translation>Intranet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="24"/>
        <source>Wiki</source>
        <translation>Wiki</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="27"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="28"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="29"/>
        <source>Fortnightly</source>
        <translation>Zweiwöchentlich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="30"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="31"/>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="32"/>
        <source>Each release</source>
        <translation>Zu jedem Release</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="33"/>
        <source>Ad hoc</source>
        <translation>Bei Bedarf</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="48"/>
        <source>Add to the communication plan</source>
        <translation>Zum Kommunikationsplan hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="50"/>
        <source>Edit “{content}”</source>
        <translation>„{content}“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="58"/>
        <source>Weekly status report, steering committee, …</source>
        <translation>Wöchentlicher Statusbericht, Lenkungsausschuss, …</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="64"/>
        <source>Who receives it</source>
        <translation>Wer sie erhält</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="69"/>
        <source>&amp;What</source>
        <translation>&amp;Was</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="71"/>
        <source>&amp;Audience</source>
        <translation>&amp;Zielgruppe</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="74"/>
        <source>&amp;Channel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="77"/>
        <source>&amp;Frequency</source>
        <translation>&amp;Häufigkeit</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="79"/>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwortlich</translation>
    </message>
</context>
<context>
    <name>CommunicationPage</name>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/page.py" line="26"/>
        <source>Communication plan</source>
        <translation>Kommunikationsplan</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/page.py" line="28"/>
        <source>Escalation path</source>
        <translation>Eskalationspfad</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/escalation_panel.py" line="111"/>
        <source>Add escalation level</source>
        <translation>Eskalationsstufe hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/escalation_panel.py" line="119"/>
        <source>Edit escalation level {level}</source>
        <translation>Eskalationsstufe {level} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/escalation_panel.py" line="124"/>
        <source>Delete escalation level {level}</source>
        <translation>Eskalationsstufe {level} löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="135"/>
        <source>Add to the communication plan</source>
        <translation>Zum Kommunikationsplan hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="144"/>
        <source>Edit “{content}”</source>
        <translation>„{content}“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="149"/>
        <source>Delete “{content}”</source>
        <translation>„{content}“ löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="164"/>
        <source>Move “{content}” up</source>
        <translation>„{content}“ nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="166"/>
        <source>Move “{content}” down</source>
        <translation>„{content}“ nach unten verschieben</translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="104"/>
        <source>Add escalation level {level}</source>
        <translation>Eskalationsstufe {level} hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="108"/>
        <source>Edit level {level}</source>
        <translation>Stufe {level} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="115"/>
        <source>Levels are numbered in order; deleting one moves those above down</source>
        <translation>Stufen sind fortlaufend nummeriert; beim Löschen rücken die höheren nach unten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="122"/>
        <source>Our side: role and name</source>
        <translation>Unsere Seite: Rolle und Name</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="129"/>
        <source>The thresholds: slippage, a red SLA, budget overrun…</source>
        <translation>Die Schwellen: Verzug, ein rotes SLA, Budgetüberschreitung…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="134"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="136"/>
        <source>&amp;Supplier contact</source>
        <translation>Kontakt Auftrag&amp;nehmer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="140"/>
        <source>&amp;Client contact</source>
        <translation>Kontakt &amp;Kunde</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="142"/>
        <source>&amp;Triggers</source>
        <translation>&amp;Auslöser</translation>
    </message>
</context>
<context>
    <name>EscalationPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/escalation_panel.py" line="34"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/escalation_panel.py" line="40"/>
        <source>Supplier contact</source>
        <translation>Kontakt Auftragnehmer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/escalation_panel.py" line="45"/>
        <source>Client contact</source>
        <translation>Kontakt Kunde</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/escalation_panel.py" line="50"/>
        <source>Triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/escalation_panel.py" line="71"/>
        <source>No escalation path yet. Name who is called on each side at each level, and the thresholds that call them (slippage, a red SLA, a budget overrun, a dispute).</source>
        <translation>Noch kein Eskalationspfad. Für jede Stufe festlegen, wer auf jeder Seite gerufen wird und welche Schwellen das auslösen (Verzug, ein rotes SLA, eine Budgetüberschreitung, ein Streitfall).</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/escalation_panel.py" line="94"/>
        <source>1 level</source>
        <translation>1 Stufe</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/escalation_panel.py" line="97"/>
        <source>{count} levels</source>
        <translation>{count} Stufen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/escalation_panel.py" line="130"/>
        <source>escalation level {level} ({who})</source>
        <translation>Eskalationsstufe {level} ({who})</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="36"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="38"/>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="43"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="48"/>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="53"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="74"/>
        <source>No communication plan yet. Say what the project reports to whom (status reports, steering committees, stand-ups, release notes), how and how often.</source>
        <translation>Noch kein Kommunikationsplan. Festhalten, was das Projekt wem berichtet (Statusberichte, Lenkungsausschüsse, Stand-ups, Release Notes), wie und wie oft.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="87"/>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="88"/>
        <source>Move the line up the plan</source>
        <translation>Die Zeile im Plan nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="92"/>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="93"/>
        <source>Move the line down the plan</source>
        <translation>Die Zeile im Plan nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="114"/>
        <source>1 line</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="117"/>
        <source>{count} lines</source>
        <translation>{count} Zeilen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="154"/>
        <source>“{content}” from the communication plan</source>
        <translation>„{content}“ aus dem Kommunikationsplan</translation>
    </message>
</context>
<context>
    <name>RecordLists</name>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/escalation_panel.py" line="64"/>
        <source>Escalation path</source>
        <translation>Eskalationsweg</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="67"/>
        <source>Communication plan</source>
        <translation>Kommunikationsplan</translation>
    </message>
</context>
<context>
    <name>RecordNouns</name>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/escalation_panel.py" line="63"/>
        <source>level</source>
        <translation>Eskalationsstufe</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="66"/>
        <source>communication</source>
        <translation>Kommunikation</translation>
    </message>
</context>
</TS>
