<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CommunicationDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="18"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="19"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="20"/>
        <source>Teams call</source>
        <translation>Appel Teams</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="21"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="22"/>
        <source>Workshop on site</source>
        <translation>Atelier sur site</translation>
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
        <translation>Quotidienne</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="28"/>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="29"/>
        <source>Fortnightly</source>
        <translation>Bimensuelle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="30"/>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="31"/>
        <source>Quarterly</source>
        <translation>Trimestrielle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="32"/>
        <source>Each release</source>
        <translation>À chaque version</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="33"/>
        <source>Ad hoc</source>
        <translation>Ponctuelle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="48"/>
        <source>Add to the communication plan</source>
        <translation>Ajouter au plan de communication</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="50"/>
        <source>Edit “{content}”</source>
        <translation>Modifier « {content} »</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="58"/>
        <source>Weekly status report, steering committee, …</source>
        <translation>Rapport d&apos;avancement hebdomadaire, comité de pilotage, …</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="64"/>
        <source>Who receives it</source>
        <translation>Qui la reçoit</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="69"/>
        <source>&amp;What</source>
        <translation>&amp;Quoi</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="71"/>
        <source>&amp;Audience</source>
        <translation>&amp;Destinataires</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="74"/>
        <source>&amp;Channel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="77"/>
        <source>&amp;Frequency</source>
        <translation>&amp;Fréquence</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="79"/>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
</context>
<context>
    <name>CommunicationPage</name>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/page.py" line="26"/>
        <source>Communication plan</source>
        <translation>Plan de communication</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/page.py" line="28"/>
        <source>Escalation path</source>
        <translation>Chemin d&apos;escalade</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/escalation_panel.py" line="111"/>
        <source>Add escalation level</source>
        <translation>Ajouter un niveau d&apos;escalade</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/escalation_panel.py" line="119"/>
        <source>Edit escalation level {level}</source>
        <translation>Modifier le niveau d&apos;escalade {level}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/escalation_panel.py" line="124"/>
        <source>Delete escalation level {level}</source>
        <translation>Supprimer le niveau d&apos;escalade {level}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="135"/>
        <source>Add to the communication plan</source>
        <translation>Ajouter au plan de communication</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="144"/>
        <source>Edit “{content}”</source>
        <translation>Modifier « {content} »</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="149"/>
        <source>Delete “{content}”</source>
        <translation>Supprimer « {content} »</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="164"/>
        <source>Move “{content}” up</source>
        <translation>Monter « {content} »</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="166"/>
        <source>Move “{content}” down</source>
        <translation>Descendre « {content} »</translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="104"/>
        <source>Add escalation level {level}</source>
        <translation>Ajouter le niveau d&apos;escalade {level}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="108"/>
        <source>Edit level {level}</source>
        <translation>Modifier le niveau {level}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="115"/>
        <source>Levels are numbered in order; deleting one moves those above down</source>
        <translation>Les niveaux sont numérotés dans l&apos;ordre ; en supprimer un fait descendre ceux au-dessus</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="122"/>
        <source>Our side: role and name</source>
        <translation>Notre côté : rôle et nom</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="129"/>
        <source>The thresholds: slippage, a red SLA, budget overrun…</source>
        <translation>Les seuils : glissement, un SLA rouge, dépassement de budget…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="134"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="136"/>
        <source>&amp;Supplier contact</source>
        <translation>Contact &amp;prestataire</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="140"/>
        <source>&amp;Client contact</source>
        <translation>Contact &amp;client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/dialogs.py" line="142"/>
        <source>&amp;Triggers</source>
        <translation>&amp;Déclencheurs</translation>
    </message>
</context>
<context>
    <name>EscalationPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/escalation_panel.py" line="34"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/escalation_panel.py" line="40"/>
        <source>Supplier contact</source>
        <translation>Contact prestataire</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/escalation_panel.py" line="45"/>
        <source>Client contact</source>
        <translation>Contact client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/escalation_panel.py" line="50"/>
        <source>Triggers</source>
        <translation>Déclencheurs</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/escalation_panel.py" line="71"/>
        <source>No escalation path yet. Name who is called on each side at each level, and the thresholds that call them (slippage, a red SLA, a budget overrun, a dispute).</source>
        <translation>Pas encore de chemin d&apos;escalade. Indiquez qui est appelé de chaque côté à chaque niveau, et les seuils qui le déclenchent (glissement, un SLA rouge, un dépassement de budget, un litige).</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/escalation_panel.py" line="94"/>
        <source>1 level</source>
        <translation>1 niveau</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/escalation_panel.py" line="97"/>
        <source>{count} levels</source>
        <translation>{count} niveaux</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/escalation_panel.py" line="130"/>
        <source>escalation level {level} ({who})</source>
        <translation>le niveau d&apos;escalade {level} ({who})</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="36"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="38"/>
        <source>Audience</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="43"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="48"/>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="53"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="74"/>
        <source>No communication plan yet. Say what the project reports to whom (status reports, steering committees, stand-ups, release notes), how and how often.</source>
        <translation>Pas encore de plan de communication. Indiquez ce que le projet communique à qui (rapports d&apos;avancement, comités de pilotage, points quotidiens, notes de version), comment et à quelle fréquence.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="87"/>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="88"/>
        <source>Move the line up the plan</source>
        <translation>Monter la ligne dans le plan</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="92"/>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="93"/>
        <source>Move the line down the plan</source>
        <translation>Descendre la ligne dans le plan</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="114"/>
        <source>1 line</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="117"/>
        <source>{count} lines</source>
        <translation>{count} lignes</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="154"/>
        <source>“{content}” from the communication plan</source>
        <translation>« {content} » du plan de communication</translation>
    </message>
</context>
<context>
    <name>RecordLists</name>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/escalation_panel.py" line="64"/>
        <source>Escalation path</source>
        <translation>Circuit d&apos;escalade</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="67"/>
        <source>Communication plan</source>
        <translation>Plan de communication</translation>
    </message>
</context>
<context>
    <name>RecordNouns</name>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/escalation_panel.py" line="63"/>
        <source>level</source>
        <translation>niveau d&apos;escalade</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/communication/plan_panel.py" line="66"/>
        <source>communication</source>
        <translation>communication</translation>
    </message>
</context>
</TS>
