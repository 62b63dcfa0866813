<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/contact_dialog.py" line="24"/>
        <source>Add a contact at {client}</source>
        <translation>Kontakt bei {client} hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/contact_dialog.py" line="33"/>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/contact_dialog.py" line="37"/>
        <source>e.g. Sponsor, key user, IT lead</source>
        <translation>z. B. Auftraggeber, Key-User, IT-Leitung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/contact_dialog.py" line="44"/>
        <source>How much this person sways the project&apos;s decisions</source>
        <translation>Wie stark diese Person die Entscheidungen des Projekts beeinflusst</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/contact_dialog.py" line="50"/>
        <source>name@company.com</source>
        <translation>name@firma.de</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/contact_dialog.py" line="53"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/contact_dialog.py" line="54"/>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/contact_dialog.py" line="55"/>
        <source>&amp;Influence</source>
        <translation>&amp;Einfluss</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/contact_dialog.py" line="56"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/contact_dialog.py" line="57"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
</context>
<context>
    <name>DecisionRecordDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decision_record_dialog.py" line="37"/>
        <source>Add decision</source>
        <translation>Entscheidung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decision_record_dialog.py" line="39"/>
        <source>Edit {reference}</source>
        <translation>{reference} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decision_record_dialog.py" line="46"/>
        <source>What was decided, in a few words</source>
        <translation>Was entschieden wurde, in wenigen Worten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decision_record_dialog.py" line="55"/>
        <source>Why, and what it settles</source>
        <translation>Warum, und was damit geklärt ist</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decision_record_dialog.py" line="58"/>
        <source>— (none)</source>
        <translation>— (keine)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decision_record_dialog.py" line="62"/>
        <source>&amp;Decision</source>
        <translation>&amp;Entscheidung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decision_record_dialog.py" line="65"/>
        <source>D&amp;ate</source>
        <translation>D&amp;atum</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decision_record_dialog.py" line="68"/>
        <source>Decided &amp;by</source>
        <translation>Entschieden &amp;von</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decision_record_dialog.py" line="71"/>
        <source>&amp;Context</source>
        <translation>&amp;Kontext</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decision_record_dialog.py" line="74"/>
        <source>Change &amp;request</source>
        <translation>Änderungsan&amp;trag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decision_record_dialog.py" line="76"/>
        <source>R&amp;isk</source>
        <translation>R&amp;isiko</translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decisions_panel.py" line="41"/>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decisions_panel.py" line="48"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decisions_panel.py" line="53"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decisions_panel.py" line="59"/>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decisions_panel.py" line="64"/>
        <source>Linked</source>
        <translation>Bezug</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decisions_panel.py" line="66"/>
        <source>The change request or risk it settles</source>
        <translation>Der Änderungsantrag oder das Risiko, das damit geklärt ist</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decisions_panel.py" line="71"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decisions_panel.py" line="88"/>
        <source>No decisions logged yet. Record what the steering committee or sponsor decides, and link the change request or risk it settles.</source>
        <translation>Noch keine Entscheidungen erfasst. Halten Sie fest, was Lenkungsausschuss oder Auftraggeber entscheiden, und verknüpfen Sie den Änderungsantrag oder das Risiko, das damit geklärt ist.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decisions_panel.py" line="111"/>
        <source>1 decision</source>
        <translation>1 Entscheidung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decisions_panel.py" line="114"/>
        <source>{count} decisions</source>
        <translation>{count} Entscheidungen</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decisions_panel.py" line="135"/>
        <source>Add decision</source>
        <translation>Entscheidung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decisions_panel.py" line="141"/>
        <source>Edit {reference}</source>
        <translation>{reference} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decisions_panel.py" line="150"/>
        <source>Delete {reference}</source>
        <translation>{reference} löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="155"/>
        <source>Add feedback</source>
        <translation>Feedback hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="159"/>
        <source>Edit feedback</source>
        <translation>Feedback bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="163"/>
        <source>Delete feedback</source>
        <translation>Feedback löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="168"/>
        <source>Add lesson</source>
        <translation>Erkenntnis hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="173"/>
        <source>Edit lesson</source>
        <translation>Erkenntnis bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="177"/>
        <source>Delete lesson</source>
        <translation>Erkenntnis löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/stakeholders_panel.py" line="151"/>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/stakeholders_panel.py" line="157"/>
        <source>Edit contact {name}</source>
        <translation>Kontakt {name} bearbeiten</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="23"/>
        <source>Very unhappy</source>
        <translation>Sehr unzufrieden</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="24"/>
        <source>Unhappy</source>
        <translation>Unzufrieden</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="25"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="26"/>
        <source>Happy</source>
        <translation>Zufrieden</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="27"/>
        <source>Very happy</source>
        <translation>Sehr zufrieden</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="53"/>
        <source>Add feedback</source>
        <translation>Feedback hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="55"/>
        <source>Feedback of {date}</source>
        <translation>Feedback vom {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="62"/>
        <source>— (nobody named)</source>
        <translation>— (niemand genannt)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="72"/>
        <source>— (no score)</source>
        <translation>— (keine Bewertung)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="78"/>
        <source>What the client said</source>
        <translation>Was der Kunde gesagt hat</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="82"/>
        <source>What we do about it</source>
        <translation>Was wir daraufhin tun</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="85"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="86"/>
        <source>C&amp;ontact</source>
        <translation>K&amp;ontakt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="87"/>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="88"/>
        <source>CSAT &amp;score</source>
        <translation>CSAT-&amp;Bewertung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="89"/>
        <source>Co&amp;mment</source>
        <translation>Ko&amp;mmentar</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_dialog.py" line="91"/>
        <source>&amp;Follow-up action</source>
        <translation>&amp;Folgemaßnahme</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="57"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="62"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="64"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="66"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="72"/>
        <source>No score given</source>
        <translation>Keine Bewertung abgegeben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="74"/>
        <source>{score} of 5: {label}</source>
        <translation>{score} von 5: {label}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="79"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="81"/>
        <source>Follow-up action</source>
        <translation>Folgemaßnahme</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="94"/>
        <source>No CSAT scores yet</source>
        <translation>Noch keine CSAT-Bewertungen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="97"/>
        <source>CSAT average {average} over 1 score</source>
        <translation>CSAT-Durchschnitt {average} aus 1 Bewertung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="99"/>
        <source>CSAT average {average} over {count} scores</source>
        <translation>CSAT-Durchschnitt {average} aus {count} Bewertungen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="105"/>
        <source>{line} · trend {trend}</source>
        <translation>{line} · Trend {trend}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="108"/>
        <source>{line} · a trend shows from {count} scores</source>
        <translation>{line} · ein Trend zeigt sich ab {count} Bewertungen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="124"/>
        <source>No feedback recorded yet. Log what the client says in meetings, calls and surveys; a CSAT score from 1 to 5 feeds the project&apos;s KPIs.</source>
        <translation>Noch kein Feedback erfasst. Halten Sie fest, was der Kunde in Besprechungen, Telefonaten und Umfragen sagt; eine CSAT-Bewertung von 1 bis 5 fließt in die Kennzahlen des Projekts ein.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="169"/>
        <source>the feedback of {date} from {contact}</source>
        <translation>das Feedback vom {date} von {contact}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="172"/>
        <source>the feedback of {date}</source>
        <translation>das Feedback vom {date}</translation>
    </message>
</context>
<context>
    <name>LessonDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lesson_dialog.py" line="34"/>
        <source>Add lesson learned</source>
        <translation>Erkenntnis hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lesson_dialog.py" line="36"/>
        <source>Edit lesson learned</source>
        <translation>Erkenntnis bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lesson_dialog.py" line="42"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lesson_dialog.py" line="45"/>
        <source>The lesson, in a few words</source>
        <translation>Die Erkenntnis, in wenigen Worten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lesson_dialog.py" line="49"/>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lesson_dialog.py" line="53"/>
        <source>What to do next time, on any project</source>
        <translation>Was beim nächsten Mal zu tun ist, in jedem Projekt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lesson_dialog.py" line="58"/>
        <source>&amp;Lesson</source>
        <translation>&amp;Erkenntnis</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lesson_dialog.py" line="60"/>
        <source>What &amp;happened</source>
        <translation>Was ist &amp;passiert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lesson_dialog.py" line="63"/>
        <source>&amp;Recommendation</source>
        <translation>Emp&amp;fehlung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lesson_dialog.py" line="65"/>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lesson_dialog.py" line="67"/>
        <source>&amp;Service line</source>
        <translation>&amp;Leistungsbereich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lesson_dialog.py" line="69"/>
        <source>Recor&amp;ded</source>
        <translation>Erfasst a&amp;m</translation>
    </message>
</context>
<context>
    <name>LessonsPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="40"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="45"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="47"/>
        <source>Lesson</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="53"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="56"/>
        <source>Service line</source>
        <translation>Leistungsbereich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="61"/>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="66"/>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="85"/>
        <source>No lessons recorded yet. Note what went well or badly and what to do next time; every project of the workspace can search them.</source>
        <translation>Noch keine Erkenntnisse erfasst. Notieren Sie, was gut oder schlecht lief und was beim nächsten Mal zu tun ist; jedes Projekt des Arbeitsbereichs kann sie durchsuchen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="97"/>
        <source>Search lessons</source>
        <translation>Erkenntnisse suchen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="102"/>
        <source>Show lessons of</source>
        <translation>Erkenntnisse anzeigen von</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="103"/>
        <source>This project</source>
        <translation>Dieses Projekt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="104"/>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="106"/>
        <source>Show the lessons of the project shown, or of every project</source>
        <translation>Die Erkenntnisse des angezeigten Projekts oder aller Projekte anzeigen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="136"/>
        <source>1 lesson</source>
        <translation>1 Erkenntnis</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="139"/>
        <source>{count} lessons</source>
        <translation>{count} Erkenntnisse</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="143"/>
        <source>No lesson mentions “{text}”.</source>
        <translation>Keine Erkenntnis erwähnt „{text}“.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="149"/>
        <source>No lessons recorded for this project yet. Note what to do next time, or choose All projects to read what earlier projects learned.</source>
        <translation>Für dieses Projekt sind noch keine Erkenntnisse erfasst. Notieren Sie, was beim nächsten Mal zu tun ist, oder wählen Sie „Alle Projekte“, um zu lesen, was frühere Projekte gelernt haben.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="181"/>
        <source>the lesson “{title}” of {project}</source>
        <translation>die Erkenntnis „{title}“ von {project}</translation>
    </message>
</context>
<context>
    <name>RecordLists</name>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decisions_panel.py" line="81"/>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="117"/>
        <source>Client feedback</source>
        <translation>Kundenfeedback</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="78"/>
        <source>Lessons learned</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/record_panel.py" line="39"/>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/stakeholders_panel.py" line="83"/>
        <source>Stakeholders</source>
        <translation>Stakeholder</translation>
    </message>
</context>
<context>
    <name>RecordNouns</name>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/decisions_panel.py" line="80"/>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/feedback_panel.py" line="116"/>
        <source>feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/lessons_panel.py" line="77"/>
        <source>lesson</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/record_panel.py" line="35"/>
        <source>entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/stakeholders_panel.py" line="82"/>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/record_panel.py" line="60"/>
        <source>&amp;Add {noun}…</source>
        <translation>{noun} &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/record_panel.py" line="61"/>
        <source>Add {noun} to this project</source>
        <translation>{noun} zu diesem Projekt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/record_panel.py" line="68"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/record_panel.py" line="69"/>
        <source>Edit the selected {noun}</source>
        <translation>Auswahl bearbeiten ({noun})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/record_panel.py" line="74"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/record_panel.py" line="75"/>
        <source>Delete the selected {noun}</source>
        <translation>Auswahl löschen ({noun})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/record_panel.py" line="234"/>
        <source>No project is shown.</source>
        <translation>Es wird kein Projekt angezeigt.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/record_panel.py" line="267"/>
        <source>Delete {noun}</source>
        <translation>{noun} löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/record_panel.py" line="271"/>
        <source>Delete {record}?

Edit › Undo brings it back.</source>
        <translation>Soll {record} gelöscht werden?

Bearbeiten › Rückgängig stellt den Eintrag wieder her.</translation>
    </message>
</context>
<context>
    <name>StakeholdersPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/stakeholders_panel.py" line="43"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/stakeholders_panel.py" line="44"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/stakeholders_panel.py" line="46"/>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/stakeholders_panel.py" line="51"/>
        <source>{influence} influence on the project&apos;s decisions</source>
        <translation>Einfluss auf die Entscheidungen des Projekts: {influence}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/stakeholders_panel.py" line="56"/>
        <location filename="../../../cpm_desktop/ui/project_records/stakeholders_panel.py" line="58"/>
        <source>Sponsor</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/stakeholders_panel.py" line="64"/>
        <source>The project&apos;s sponsor</source>
        <translation>Auftraggeber des Projekts</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/stakeholders_panel.py" line="70"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/stakeholders_panel.py" line="73"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/stakeholders_panel.py" line="91"/>
        <source>No contacts at this client yet. Add the sponsor, key users and approvers, with how much each sways the project&apos;s decisions.</source>
        <translation>Noch keine Kontakte bei diesem Kunden. Erfassen Sie Auftraggeber, Key-User und Freigebende und wie stark jeder die Entscheidungen des Projekts beeinflusst.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/stakeholders_panel.py" line="119"/>
        <source>Contacts belong to {client}: every project of the client shares them</source>
        <translation>Kontakte gehören zu {client}: alle Projekte des Kunden teilen sie</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/project_records/stakeholders_panel.py" line="134"/>
        <source>People at {client}</source>
        <translation>Personen bei {client}</translation>
    </message>
</context>
</TS>
