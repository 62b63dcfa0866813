<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/contact_dialog.py" line="24"/>
        <source>Add a contact at {client}</source>
        <translation>Ajouter un contact chez {client}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/contact_dialog.py" line="33"/>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/contact_dialog.py" line="37"/>
        <source>e.g. Sponsor, key user, IT lead</source>
        <translation>p. ex. commanditaire, utilisateur clé, responsable IT</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/contact_dialog.py" line="44"/>
        <source>How much this person sways the project&apos;s decisions</source>
        <translation>Le poids de cette personne dans les décisions du projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/contact_dialog.py" line="50"/>
        <source>name@company.com</source>
        <translation>nom@entreprise.fr</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/contact_dialog.py" line="53"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/contact_dialog.py" line="54"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/contact_dialog.py" line="55"/>
        <source>&amp;Influence</source>
        <translation>&amp;Influence</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/contact_dialog.py" line="56"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/contact_dialog.py" line="57"/>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
</context>
<context>
    <name>DecisionRecordDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decision_record_dialog.py" line="37"/>
        <source>Add decision</source>
        <translation>Ajouter une décision</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decision_record_dialog.py" line="39"/>
        <source>Edit {reference}</source>
        <translation>Modifier {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decision_record_dialog.py" line="46"/>
        <source>What was decided, in a few words</source>
        <translation>Ce qui a été décidé, en quelques mots</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decision_record_dialog.py" line="55"/>
        <source>Why, and what it settles</source>
        <translation>Pourquoi, et ce qu&apos;elle règle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decision_record_dialog.py" line="58"/>
        <source>— (none)</source>
        <translation>— (aucun)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decision_record_dialog.py" line="62"/>
        <source>&amp;Decision</source>
        <translation>&amp;Décision</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decision_record_dialog.py" line="65"/>
        <source>D&amp;ate</source>
        <translation>D&amp;ate</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decision_record_dialog.py" line="68"/>
        <source>Decided &amp;by</source>
        <translation>Décidé &amp;par</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decision_record_dialog.py" line="71"/>
        <source>&amp;Context</source>
        <translation>&amp;Contexte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decision_record_dialog.py" line="74"/>
        <source>Change &amp;request</source>
        <translation>Demande de &amp;modification</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decision_record_dialog.py" line="76"/>
        <source>R&amp;isk</source>
        <translation>R&amp;isque</translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decisions_panel.py" line="41"/>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decisions_panel.py" line="48"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decisions_panel.py" line="53"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decisions_panel.py" line="59"/>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decisions_panel.py" line="64"/>
        <source>Linked</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decisions_panel.py" line="66"/>
        <source>The change request or risk it settles</source>
        <translation>La demande de modification ou le risque qu&apos;elle règle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decisions_panel.py" line="71"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decisions_panel.py" line="88"/>
        <source>No decisions logged yet. Record what the steering committee or sponsor decides, and link the change request or risk it settles.</source>
        <translation>Aucune décision enregistrée. Notez ce que décide le comité de pilotage ou le commanditaire, et liez la demande de modification ou le risque qu&apos;elle règle.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decisions_panel.py" line="111"/>
        <source>1 decision</source>
        <translation>1 décision</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decisions_panel.py" line="114"/>
        <source>{count} decisions</source>
        <translation>{count} décisions</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decisions_panel.py" line="135"/>
        <source>Add decision</source>
        <translation>Ajouter une décision</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decisions_panel.py" line="141"/>
        <source>Edit {reference}</source>
        <translation>Modifier {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decisions_panel.py" line="150"/>
        <source>Delete {reference}</source>
        <translation>Supprimer {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="155"/>
        <source>Add feedback</source>
        <translation>Ajouter un retour</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="159"/>
        <source>Edit feedback</source>
        <translation>Modifier le retour</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="163"/>
        <source>Delete feedback</source>
        <translation>Supprimer le retour</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="168"/>
        <source>Add lesson</source>
        <translation>Ajouter un enseignement</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="173"/>
        <source>Edit lesson</source>
        <translation>Modifier l&apos;enseignement</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="177"/>
        <source>Delete lesson</source>
        <translation>Supprimer l&apos;enseignement</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/stakeholders_panel.py" line="151"/>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/stakeholders_panel.py" line="157"/>
        <source>Edit contact {name}</source>
        <translation>Modifier le contact {name}</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="23"/>
        <source>Very unhappy</source>
        <translation>Très insatisfait</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="24"/>
        <source>Unhappy</source>
        <translation>Insatisfait</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="25"/>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="26"/>
        <source>Happy</source>
        <translation>Satisfait</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="27"/>
        <source>Very happy</source>
        <translation>Très satisfait</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="53"/>
        <source>Add feedback</source>
        <translation>Ajouter un retour</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="55"/>
        <source>Feedback of {date}</source>
        <translation>Retour du {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="62"/>
        <source>— (nobody named)</source>
        <translation>— (personne de nommé)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="72"/>
        <source>— (no score)</source>
        <translation>— (sans note)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="78"/>
        <source>What the client said</source>
        <translation>Ce que le client a dit</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="82"/>
        <source>What we do about it</source>
        <translation>Ce que nous faisons en retour</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="85"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="86"/>
        <source>C&amp;ontact</source>
        <translation>C&amp;ontact</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="87"/>
        <source>C&amp;hannel</source>
        <translation>C&amp;anal</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="88"/>
        <source>CSAT &amp;score</source>
        <translation>&amp;Note CSAT</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="89"/>
        <source>Co&amp;mment</source>
        <translation>Co&amp;mmentaire</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="91"/>
        <source>&amp;Follow-up action</source>
        <translation>&amp;Suite à donner</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="57"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="62"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="64"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="66"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="72"/>
        <source>No score given</source>
        <translation>Aucune note donnée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="74"/>
        <source>{score} of 5: {label}</source>
        <translation>{score} sur 5 : {label}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="79"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="81"/>
        <source>Follow-up action</source>
        <translation>Suite à donner</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="94"/>
        <source>No CSAT scores yet</source>
        <translation>Aucune note CSAT pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="97"/>
        <source>CSAT average {average} over 1 score</source>
        <translation>Moyenne CSAT {average} sur 1 note</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="99"/>
        <source>CSAT average {average} over {count} scores</source>
        <translation>Moyenne CSAT {average} sur {count} notes</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="105"/>
        <source>{line} · trend {trend}</source>
        <translation>{line} · tendance {trend}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="108"/>
        <source>{line} · a trend shows from {count} scores</source>
        <translation>{line} · une tendance apparaît à partir de {count} notes</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="124"/>
        <source>No feedback recorded yet. Log what the client says in meetings, calls and surveys; a CSAT score from 1 to 5 feeds the project&apos;s KPIs.</source>
        <translation>Aucun retour enregistré. Notez ce que dit le client en réunion, au téléphone ou dans les enquêtes ; une note CSAT de 1 à 5 alimente les indicateurs du projet.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="169"/>
        <source>the feedback of {date} from {contact}</source>
        <translation>le retour du {date} de {contact}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="172"/>
        <source>the feedback of {date}</source>
        <translation>le retour du {date}</translation>
    </message>
</context>
<context>
    <name>LessonDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lesson_dialog.py" line="34"/>
        <source>Add lesson learned</source>
        <translation>Ajouter un retour d&apos;expérience</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lesson_dialog.py" line="36"/>
        <source>Edit lesson learned</source>
        <translation>Modifier le retour d&apos;expérience</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lesson_dialog.py" line="42"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lesson_dialog.py" line="45"/>
        <source>The lesson, in a few words</source>
        <translation>La leçon, en quelques mots</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lesson_dialog.py" line="49"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lesson_dialog.py" line="53"/>
        <source>What to do next time, on any project</source>
        <translation>Ce qu&apos;il faudra faire la prochaine fois, sur tout projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lesson_dialog.py" line="58"/>
        <source>&amp;Lesson</source>
        <translation>&amp;Leçon</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lesson_dialog.py" line="60"/>
        <source>What &amp;happened</source>
        <translation>Ce qui s&apos;est &amp;passé</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lesson_dialog.py" line="63"/>
        <source>&amp;Recommendation</source>
        <translation>&amp;Recommandation</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lesson_dialog.py" line="65"/>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lesson_dialog.py" line="67"/>
        <source>&amp;Service line</source>
        <translation>Ligne de &amp;service</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lesson_dialog.py" line="69"/>
        <source>Recor&amp;ded</source>
        <translation>Enre&amp;gistrée le</translation>
    </message>
</context>
<context>
    <name>LessonsPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="40"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="45"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="47"/>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="53"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="56"/>
        <source>Service line</source>
        <translation>Ligne de service</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="61"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="66"/>
        <source>Recorded</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="85"/>
        <source>No lessons recorded yet. Note what went well or badly and what to do next time; every project of the workspace can search them.</source>
        <translation>Aucune leçon enregistrée. Notez ce qui a bien ou mal fonctionné et ce qu&apos;il faudra faire la prochaine fois ; tous les projets de l&apos;espace de travail peuvent les rechercher.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="97"/>
        <source>Search lessons</source>
        <translation>Rechercher des leçons</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="102"/>
        <source>Show lessons of</source>
        <translation>Afficher les enseignements de</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="103"/>
        <source>This project</source>
        <translation>Ce projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="104"/>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="106"/>
        <source>Show the lessons of the project shown, or of every project</source>
        <translation>Afficher les leçons du projet affiché, ou de tous les projets</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="136"/>
        <source>1 lesson</source>
        <translation>1 leçon</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="139"/>
        <source>{count} lessons</source>
        <translation>{count} leçons</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="143"/>
        <source>No lesson mentions “{text}”.</source>
        <translation>Aucune leçon ne mentionne « {text} ».</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="149"/>
        <source>No lessons recorded for this project yet. Note what to do next time, or choose All projects to read what earlier projects learned.</source>
        <translation>Aucune leçon enregistrée pour ce projet. Notez ce qu&apos;il faudra faire la prochaine fois, ou choisissez « Tous les projets » pour lire ce que les projets précédents ont appris.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="181"/>
        <source>the lesson “{title}” of {project}</source>
        <translation>la leçon « {title} » de {project}</translation>
    </message>
</context>
<context>
    <name>RecordLists</name>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decisions_panel.py" line="81"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="117"/>
        <source>Client feedback</source>
        <translation>Retours du client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="78"/>
        <source>Lessons learned</source>
        <translation>Enseignements</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/record_panel.py" line="39"/>
        <source>Records</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/stakeholders_panel.py" line="83"/>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
</context>
<context>
    <name>RecordNouns</name>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decisions_panel.py" line="80"/>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="116"/>
        <source>feedback</source>
        <translation>retour</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="77"/>
        <source>lesson</source>
        <translation>leçon</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/record_panel.py" line="35"/>
        <source>entry</source>
        <translation>entrée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/stakeholders_panel.py" line="82"/>
        <source>contact</source>
        <translation>contact</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/record_panel.py" line="60"/>
        <source>&amp;Add {noun}…</source>
        <translation>&amp;Ajouter : {noun}…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/record_panel.py" line="61"/>
        <source>Add {noun} to this project</source>
        <translation>Ajouter à ce projet : {noun}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/record_panel.py" line="68"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/record_panel.py" line="69"/>
        <source>Edit the selected {noun}</source>
        <translation>Modifier la sélection ({noun})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/record_panel.py" line="74"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/record_panel.py" line="75"/>
        <source>Delete the selected {noun}</source>
        <translation>Supprimer la sélection ({noun})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/record_panel.py" line="234"/>
        <source>No project is shown.</source>
        <translation>Aucun projet n&apos;est affiché.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/record_panel.py" line="267"/>
        <source>Delete {noun}</source>
        <translation>Supprimer : {noun}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/record_panel.py" line="271"/>
        <source>Delete {record}?

Edit › Undo brings it back.</source>
        <translation>Supprimer {record} ?

Édition › Annuler permet de revenir en arrière.</translation>
    </message>
</context>
<context>
    <name>StakeholdersPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/stakeholders_panel.py" line="43"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/stakeholders_panel.py" line="44"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/stakeholders_panel.py" line="46"/>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/stakeholders_panel.py" line="51"/>
        <source>{influence} influence on the project&apos;s decisions</source>
        <translation>Influence sur les décisions du projet : {influence}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/stakeholders_panel.py" line="56"/>
        <location filename="../../../cpm_desktop/ui/project_records/stakeholders_panel.py" line="58"/>
        <source>Sponsor</source>
        <translation>Commanditaire</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/stakeholders_panel.py" line="64"/>
        <source>The project&apos;s sponsor</source>
        <translation>Le commanditaire du projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/stakeholders_panel.py" line="70"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/stakeholders_panel.py" line="73"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/stakeholders_panel.py" line="91"/>
        <source>No contacts at this client yet. Add the sponsor, key users and approvers, with how much each sways the project&apos;s decisions.</source>
        <translation>Aucun contact chez ce client. Ajoutez le commanditaire, les utilisateurs clés et les approbateurs, avec leur poids dans les décisions du projet.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/stakeholders_panel.py" line="119"/>
        <source>Contacts belong to {client}: every project of the client shares them</source>
        <translation>Les contacts appartiennent à {client} : tous les projets du client les partagent</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/stakeholders_panel.py" line="134"/>
        <source>People at {client}</source>
        <translation>Personnes chez {client}</translation>
    </message>
</context>
</TS>
