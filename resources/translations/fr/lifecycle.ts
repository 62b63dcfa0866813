<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CloseProjectDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="79"/>
        <source>Close Project — {code}</source>
        <translation>Clôturer le projet — {code}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="86"/>
        <source>Close {code}  ·  {name}</source>
        <translation>Clôturer {code}  ·  {name}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="92"/>
        <source>Closing records what you enter here, moves the project into closure and makes it read-only; Project › Reopen Project… makes it editable again. Its KPIs still count in the portfolio.</source>
        <translation>La clôture enregistre ce que vous saisissez ici, fait passer le projet en phase de clôture et le met en lecture seule&#xa0;; Projet › Rouvrir le projet… le rend à nouveau modifiable. Ses KPI restent comptés dans le portefeuille.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="114"/>
        <source>{user} (you), or the sponsor&apos;s name</source>
        <translation>{user} (vous) ou le nom du commanditaire</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="121"/>
        <source>Closed &amp;on</source>
        <translation>Clôturé &amp;le</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="125"/>
        <source>Closure &amp;approved by</source>
        <translation>Clôture &amp;approuvée par</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="135"/>
        <source>How the project ended: delivered scope, dates, budget, what is handed over</source>
        <translation>Comment le projet s&apos;est terminé&#xa0;: périmètre livré, dates, budget, ce qui est transmis</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="142"/>
        <source>Final status report</source>
        <translation>Rapport d&apos;état final</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="158"/>
        <source>Close Project</source>
        <translation>Clôturer le projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="168"/>
        <source>— (no score)</source>
        <translation>— (pas de note)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="174"/>
        <source>— (nobody named)</source>
        <translation>— (personne)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="190"/>
        <source>What the client said about the project</source>
        <translation>Ce que le client a dit du projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="197"/>
        <source>The client&apos;s final feedback</source>
        <translation>Retour final du client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="201"/>
        <source>CSAT &amp;score</source>
        <translation>&amp;Note CSAT</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="202"/>
        <source>&amp;Given by</source>
        <translation>&amp;Donnée par</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="203"/>
        <source>C&amp;hannel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="230"/>
        <source>&amp;Add Lesson</source>
        <translation>Ajouter un &amp;enseignement</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="235"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="243"/>
        <source>Lessons learned</source>
        <translation>Retours d&apos;expérience</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="297"/>
        <source>&lt;b&gt;Still open&lt;/b&gt; — closing freezes these as they are:</source>
        <translation>&lt;b&gt;Encore ouvert&lt;/b&gt; — la clôture fige ces points en l&apos;état&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/close_dialog.py" line="319"/>
        <source>Close {code}</source>
        <translation>Clôturer {code}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/reopen_dialog.py" line="69"/>
        <source>Reopen {code}</source>
        <translation>Rouvrir {code}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/stage_gate_dialog.py" line="46"/>
        <source>Stage gate of {code}: Planning</source>
        <translation>Passage de phase de {code}&#xa0;: Planification</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/stage_gate_dialog.py" line="47"/>
        <source>Stage gate of {code}: Execution</source>
        <translation>Passage de phase de {code}&#xa0;: Exécution</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/stage_gate_dialog.py" line="48"/>
        <source>Stage gate of {code}: Monitoring</source>
        <translation>Passage de phase de {code}&#xa0;: Suivi</translation>
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
        <translation>Passé le</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/gates_model.py" line="16"/>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/gates_model.py" line="17"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>LessonsModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/lessons_model.py" line="15"/>
        <source>Lesson</source>
        <translation>Enseignement</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/lessons_model.py" line="16"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/lessons_model.py" line="17"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/lessons_model.py" line="18"/>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/lessons_model.py" line="23"/>
        <source>The lesson, in a few words</source>
        <translation>L&apos;enseignement, en quelques mots</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/lessons_model.py" line="24"/>
        <source>What happened on this project</source>
        <translation>Ce qui s&apos;est passé sur ce projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/lessons_model.py" line="25"/>
        <source>What to do next time, on any project</source>
        <translation>Ce qu&apos;il faut faire la prochaine fois, sur tout projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/lessons_model.py" line="26"/>
        <source>Ticked: the supplier&apos;s own lesson, never in a client export</source>
        <translation>Coché&#xa0;: enseignement propre au prestataire, jamais dans un export client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/lessons_model.py" line="63"/>
        <source>Lesson {number} needs a title (its first column).</source>
        <translation>L&apos;enseignement {number} doit avoir un titre (sa première colonne).</translation>
    </message>
</context>
<context>
    <name>LifecycleCommands</name>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="31"/>
        <source>Move the project to its next stage: the date and who approved the gate</source>
        <translation>Faire passer le projet à sa phase suivante&#xa0;: la date et qui a approuvé le passage</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="34"/>
        <source>List closed projects in the navigator (greyed, with a lock)</source>
        <translation>Lister les projets clôturés dans le navigateur (grisés, avec un cadenas)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="49"/>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="115"/>
        <source>&amp;Stage Gate…</source>
        <translation>Passage de p&amp;hase…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="56"/>
        <source>C&amp;lose Project…</source>
        <translation>C&amp;lôturer le projet…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="62"/>
        <source>Record the final report, feedback and lessons, then make the project read-only</source>
        <translation>Enregistrer le rapport final, les retours et les enseignements, puis passer le projet en lecture seule</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="69"/>
        <source>Re&amp;open Project…</source>
        <translation>R&amp;ouvrir le projet…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="75"/>
        <source>Make a closed project editable again (audited)</source>
        <translation>Rendre un projet clôturé à nouveau modifiable (tracé)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="80"/>
        <source>Sho&amp;w Closed Projects</source>
        <translation>A&amp;fficher les projets clôturés</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="107"/>
        <source>&amp;Stage Gate: {stage}…</source>
        <translation>Passage de p&amp;hase&#xa0;: {stage}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="124"/>
        <source>{tip} (%n hidden now)</source>
        <translation>
            <numerusform>{tip} (%n masqué actuellement)</numerusform>
            <numerusform>{tip} (%n masqués actuellement)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="138"/>
        <source>{code} moved to {stage}</source>
        <translation>{code} est passé en phase {stage}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="150"/>
        <source>{code} closed: read-only until reopened.</source>
        <translation>{code} clôturé&#xa0;: en lecture seule jusqu&apos;à sa réouverture.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="154"/>
        <source>Project › Show Closed Projects lists it.</source>
        <translation>Projet › Afficher les projets clôturés le liste.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="165"/>
        <source>{code} reopened</source>
        <translation>{code} rouvert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="220"/>
        <source>Select a project to pass its next stage gate</source>
        <translation>Sélectionnez un projet pour passer sa prochaine phase</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="224"/>
        <source>{code} is closed: reopen it to pass a stage gate</source>
        <translation>{code} est clôturé&#xa0;: rouvrez-le pour passer une phase</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="227"/>
        <source>{code} is in {stage}: Close Project… ends it</source>
        <translation>{code} est en phase {stage}&#xa0;: «&#xa0;Clôturer le projet…&#xa0;» le termine</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/commands.py" line="94"/>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/reopen_dialog.py" line="23"/>
        <source>Reopen Project — {code}</source>
        <translation>Rouvrir le projet — {code}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/reopen_dialog.py" line="29"/>
        <source>{code} was closed on {date}. Reopened, it can be changed again; the reopening and its reason go into the audit trail.</source>
        <translation>{code} a été clôturé le {date}. Rouvert, il peut de nouveau être modifié&#xa0;; la réouverture et son motif sont consignés dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/reopen_dialog.py" line="38"/>
        <source>Why it is reopened (a warranty fix, a late invoice…)</source>
        <translation>Pourquoi il est rouvert (correction sous garantie, facture tardive…)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/reopen_dialog.py" line="46"/>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/reopen_dialog.py" line="50"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
</context>
<context>
    <name>StageGateDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/stage_gate_dialog.py" line="65"/>
        <source>Stage Gate — {code}</source>
        <translation>Passage de phase — {code}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/stage_gate_dialog.py" line="73"/>
        <source>{code}: from {stage} to {target}</source>
        <translation>{code}&#xa0;: de {stage} à {target}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/stage_gate_dialog.py" line="90"/>
        <source>Gates passed so far</source>
        <translation>Passages de phase effectués</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/stage_gate_dialog.py" line="92"/>
        <source>No stage gate passed yet</source>
        <translation>Aucun passage de phase pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/stage_gate_dialog.py" line="99"/>
        <source>{user} (you), or the sponsor&apos;s name</source>
        <translation>{user} (vous) ou le nom du commanditaire</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/stage_gate_dialog.py" line="107"/>
        <source>What the gate review decided, conditions, the next review</source>
        <translation>Décision de la revue, conditions, prochaine revue</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/stage_gate_dialog.py" line="113"/>
        <source>&amp;Passed on</source>
        <translation>&amp;Passé le</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/stage_gate_dialog.py" line="114"/>
        <source>&amp;Approved by</source>
        <translation>&amp;Approuvé par</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/stage_gate_dialog.py" line="115"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/lifecycle/stage_gate_dialog.py" line="119"/>
        <source>Move to {stage}</source>
        <translation>Passer en {stage}</translation>
    </message>
</context>
</TS>
