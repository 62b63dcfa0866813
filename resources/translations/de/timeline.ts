<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_GB">
<context>
    <name>AssignmentDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="23"/>
        <source>material</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="24"/>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="54"/>
        <source>Assign resource</source>
        <translation>Ressource zuordnen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="56"/>
        <source>Edit {resource} on {task}</source>
        <translation>{resource} bei {task} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="78"/>
        <source>100 % is full time; 50 % half of each working day</source>
        <translation>100 % ist Vollzeit; 50 % die Hälfte jedes Arbeitstags</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="85"/>
        <source>as the task&apos;s type gives it</source>
        <translation>wie der Vorgangstyp es ergibt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="88"/>
        <source>Planned hours; left empty on a new assignment, the task&apos;s type decides</source>
        <translation>Geplante Stunden; bei einer neuen Zuordnung leer gelassen, entscheidet der Vorgangstyp</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="101"/>
        <source>e.g. 1500 ({currency})</source>
        <translation>z. B. 1500 ({currency})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="107"/>
        <source>&amp;Resource</source>
        <translation>&amp;Ressource</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="111"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="113"/>
        <source>&amp;Units</source>
        <translation>&amp;Einheiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="114"/>
        <source>&amp;Work (hours)</source>
        <translation>&amp;Arbeit (Stunden)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="115"/>
        <source>&amp;Quantity</source>
        <translation>&amp;Menge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="116"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="118"/>
        <source>&amp;Amount ({currency})</source>
        <translation>&amp;Betrag ({currency})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="175"/>
        <source>Every active resource is on this task already.</source>
        <translation>Alle aktiven Ressourcen sind diesem Vorgang bereits zugeordnet.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="196"/>
        <source>Type the amount this cost adds to the task, e.g. 1500.</source>
        <translation>Geben Sie den Betrag ein, den diese Kosten dem Vorgang hinzufügen, z. B. 1500.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_dialog.py" line="214"/>
        <source>&apos;{text}&apos; is not a number of hours: type it like 40 or 12.5.</source>
        <translation>„{text}“ ist keine Stundenzahl: Geben Sie sie wie 40 oder 12,5 ein.</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="137"/>
        <source>Make {name!r} fixed units</source>
        <translation>{name!r} auf feste Einheiten setzen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="138"/>
        <source>Make {name!r} fixed duration</source>
        <translation>{name!r} auf feste Dauer setzen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="139"/>
        <source>Make {name!r} fixed work</source>
        <translation>{name!r} auf feste Arbeit setzen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="347"/>
        <source>Make {name!r} effort-driven</source>
        <translation>{name!r} leistungsgesteuert machen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="349"/>
        <source>Make {name!r} not effort-driven</source>
        <translation>{name!r} nicht leistungsgesteuert machen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="371"/>
        <source>Set the fixed cost of {name!r}</source>
        <translation>Fixkosten von {name!r} festlegen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="413"/>
        <source>Assign {resource} to {task!r}</source>
        <translation>{resource} dem Vorgang {task!r} zuordnen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="436"/>
        <source>Edit {resource} on {task!r}</source>
        <translation>{resource} bei {task!r} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="453"/>
        <source>Remove {resource} from {task!r}</source>
        <translation>{resource} von {task!r} entfernen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/cell_edits.py" line="45"/>
        <source>Change duration of {name!r}</source>
        <translation>Dauer von {name!r} ändern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/cell_edits.py" line="46"/>
        <source>Change start of {name!r}</source>
        <translation>Anfang von {name!r} ändern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/cell_edits.py" line="47"/>
        <source>Change finish of {name!r}</source>
        <translation>Ende von {name!r} ändern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/cell_edits.py" line="48"/>
        <source>Change % complete of {name!r}</source>
        <translation>% abgeschlossen von {name!r} ändern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/cell_edits.py" line="49"/>
        <source>Change predecessors of {name!r}</source>
        <translation>Vorgänger von {name!r} ändern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/cell_edits.py" line="50"/>
        <source>Change owner of {name!r}</source>
        <translation>Verantwortlichen von {name!r} ändern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/cell_edits.py" line="57"/>
        <source>Rename {name!r}</source>
        <translation>{name!r} umbenennen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="42"/>
        <source>Indent {name!r}</source>
        <translation>{name!r} tiefer stufen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="43"/>
        <source>Outdent {name!r}</source>
        <translation>{name!r} höher stufen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="44"/>
        <source>Delete {name!r}</source>
        <translation>{name!r} löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="45"/>
        <source>Edit {name!r}</source>
        <translation>{name!r} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="46"/>
        <source>Move {name!r} up</source>
        <translation>{name!r} nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="47"/>
        <source>Move {name!r} down</source>
        <translation>{name!r} nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="48"/>
        <source>Move {name!r} to {day}</source>
        <translation>{name!r} auf {day} verschieben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="49"/>
        <source>Make {name!r} finish on {day}</source>
        <translation>{name!r} am {day} enden lassen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="110"/>
        <source>Insert task</source>
        <translation>Vorgang einfügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="200"/>
        <source>Save baseline</source>
        <translation>Basisplan speichern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="282"/>
        <source>Link {first!r} → {second!r}</source>
        <translation>{first!r} → {second!r} verknüpfen</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/tab.py" line="101"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/tab.py" line="106"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/tab.py" line="111"/>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
</context>
<context>
    <name>TaskCommands</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="114"/>
        <source>New task</source>
        <translation>Neuer Vorgang</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="133"/>
        <source>Delete summary task</source>
        <translation>Sammelvorgang löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="135"/>
        <source>&apos;{name}&apos; is a summary task. What should happen to its tasks?</source>
        <translation>„{name}“ ist ein Sammelvorgang. Was soll mit seinen Vorgängen geschehen?</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="140"/>
        <source>Delete them too</source>
        <translation>Ebenfalls löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="144"/>
        <source>Keep them</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="190"/>
        <source>Save baseline</source>
        <translation>Basisplan speichern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="191"/>
        <source>Baseline 0 was saved on {when} by {who}. Replace it with today&apos;s plan?</source>
        <translation>Basisplan 0 wurde am {when} von {who} gespeichert. Durch den heutigen Plan ersetzen?</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="221"/>
        <source>Task details</source>
        <translation>Vorgangsdetails</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_commands.py" line="242"/>
        <source>Cannot change the task</source>
        <translation>Vorgang kann nicht geändert werden</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="34"/>
        <source>As soon as possible</source>
        <translation>So früh wie möglich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="35"/>
        <source>As late as possible</source>
        <translation>So spät wie möglich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="36"/>
        <source>Start no earlier than</source>
        <translation>Anfang nicht früher als</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="37"/>
        <source>Start no later than</source>
        <translation>Anfang nicht später als</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="38"/>
        <source>Finish no earlier than</source>
        <translation>Ende nicht früher als</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="39"/>
        <source>Finish no later than</source>
        <translation>Ende nicht später als</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="40"/>
        <source>Must start on</source>
        <translation>Muss anfangen am</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="41"/>
        <source>Must finish on</source>
        <translation>Muss enden am</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="59"/>
        <source>Task {wbs} — {name}</source>
        <translation>Vorgang {wbs} — {name}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="68"/>
        <source> working days</source>
        <translation> Arbeitstage</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="70"/>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="98"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="100"/>
        <source>&amp;Duration</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="103"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="105"/>
        <source>&amp;Constraint</source>
        <translation>&amp;Einschränkung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="108"/>
        <source>% &amp;Complete</source>
        <translation>% a&amp;bgeschlossen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="109"/>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="110"/>
        <source>No&amp;tes</source>
        <translation>Noti&amp;zen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="116"/>
        <source>A summary task spans its tasks</source>
        <translation>Ein Sammelvorgang umfasst seine Vorgänge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="127"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_dialog.py" line="128"/>
        <source>&amp;Resources</source>
        <translation>&amp;Ressourcen</translation>
    </message>
</context>
<context>
    <name>TaskResourcesPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="53"/>
        <source>The people&apos;s units stay; more work makes the task longer</source>
        <translation>Die Einheiten der Personen bleiben; mehr Arbeit verlängert den Vorgang</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="56"/>
        <source>The task&apos;s length stays; more work raises the units</source>
        <translation>Die Dauer des Vorgangs bleibt; mehr Arbeit erhöht die Einheiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="59"/>
        <source>The hours stay; more people make the task shorter</source>
        <translation>Die Stunden bleiben; mehr Personen verkürzen den Vorgang</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="65"/>
        <source>Fixed units task: the people&apos;s units stay; more work makes the task longer.</source>
        <translation>Vorgang mit festen Einheiten: Die Einheiten der Personen bleiben; mehr Arbeit verlängert den Vorgang.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="69"/>
        <source>Fixed duration task: the task&apos;s length stays; more work raises the units.</source>
        <translation>Vorgang mit fester Dauer: Die Dauer des Vorgangs bleibt; mehr Arbeit erhöht die Einheiten.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="73"/>
        <source>Fixed work task: the hours stay; more people make the task shorter.</source>
        <translation>Vorgang mit fester Arbeit: Die Stunden bleiben; mehr Personen verkürzen den Vorgang.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="77"/>
        <source>Changes on this tab are made at once; Edit › Undo takes each one back.</source>
        <translation>Änderungen auf dieser Registerkarte gelten sofort; Bearbeiten › Rückgängig nimmt jede einzeln zurück.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="80"/>
        <source>A summary task&apos;s people are its tasks&apos;: assign them there.</source>
        <translation>Die Personen eines Sammelvorgangs sind die seiner Vorgänge: Ordnen Sie sie dort zu.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="110"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="115"/>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="121"/>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="240"/>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="127"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="167"/>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="355"/>
        <source>Effort-driven</source>
        <translation>Leistungsgesteuert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="171"/>
        <source>Adding a person shares the task&apos;s work with them (the task gets shorter); removing one hands their work to the others</source>
        <translation>Eine hinzugefügte Person teilt sich die Arbeit des Vorgangs (er wird kürzer); wird eine entfernt, übernehmen die anderen ihre Arbeit</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="181"/>
        <source>A cost of the task besides its resources (a licence, a fee)</source>
        <translation>Kosten des Vorgangs neben seinen Ressourcen (eine Lizenz, eine Gebühr)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="195"/>
        <source>&amp;Assign…</source>
        <translation>&amp;Zuordnen…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="196"/>
        <source>Put a resource on this task</source>
        <translation>Diesem Vorgang eine Ressource zuordnen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="201"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="202"/>
        <source>Change the selected resource&apos;s units or work</source>
        <translation>Einheiten oder Arbeit der gewählten Ressource ändern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="209"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="210"/>
        <source>Take the selected resource off this task</source>
        <translation>Die gewählte Ressource von diesem Vorgang entfernen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="234"/>
        <source>Task &amp;type</source>
        <translation>Vorgangs&amp;typ</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="236"/>
        <source>&amp;Fixed cost</source>
        <translation>&amp;Fixkosten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="278"/>
        <source>{work} in {duration}</source>
        <translation>{work} in {duration}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="298"/>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="299"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="341"/>
        <source>Task type</source>
        <translation>Vorgangstyp</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="364"/>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="378"/>
        <source>Fixed cost</source>
        <translation>Fixkosten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="398"/>
        <source>{kind} task, effort-driven: its {work} are shared with the newcomer (leave Work empty).</source>
        <translation>Vorgangstyp {kind}, leistungsgesteuert: Seine {work} werden mit der neuen Person geteilt (Arbeit leer lassen).</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/assignments_panel.py" line="458"/>
        <source>Remove resource</source>
        <translation>Ressource entfernen</translation>
    </message>
</context>
<context>
    <name>TaskTableView</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/table_view.py" line="62"/>
        <source>Tasks</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/table_view.py" line="135"/>
        <source>&amp;Columns</source>
        <translation>Spa&amp;lten</translation>
    </message>
</context>
<context>
    <name>TaskTreeModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/cell_edits.py" line="34"/>
        <source>wbs</source>
        <translation>PSP-Code</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/cell_edits.py" line="35"/>
        <source>total slack</source>
        <translation>Gesamtpuffer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/cell_edits.py" line="36"/>
        <source>finish variance</source>
        <translation>Terminabweichung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/cell_edits.py" line="37"/>
        <source>resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/cell_edits.py" line="38"/>
        <source>work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/cell_edits.py" line="39"/>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/cell_edits.py" line="72"/>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/cell_edits.py" line="63"/>
        <source>The {column} is calculated and cannot be typed.</source>
        <translation>„{column}“ wird berechnet und kann nicht eingegeben werden.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="36"/>
        <source>WBS</source>
        <translation>PSP</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="37"/>
        <source>Task name</source>
        <translation>Vorgangsname</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="38"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="39"/>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="40"/>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="41"/>
        <source>% Complete</source>
        <translation>% Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="42"/>
        <source>Predecessors</source>
        <translation>Vorgänger</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="43"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="44"/>
        <source>Total slack</source>
        <translation>Gesamtpuffer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="45"/>
        <source>Finish variance</source>
        <translation>Terminabweichung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="46"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="47"/>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="48"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="67"/>
        <source>Working days; 0 makes a milestone</source>
        <translation>Arbeitstage; 0 ergibt einen Meilenstein</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="68"/>
        <source>Typing a start sets a Start No Earlier Than constraint</source>
        <translation>Die Eingabe eines Anfangs setzt die Einschränkung „Anfang nicht früher als“</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="71"/>
        <source>Typing a finish changes the duration; the start stays</source>
        <translation>Die Eingabe eines Endes ändert die Dauer; der Anfang bleibt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="74"/>
        <source>WBS codes with type and lag, e.g. 3FS+2d, 1.2SS-1d</source>
        <translation>PSP-Codes mit Art und Abstand, z. B. 3FS+2d, 1.2SS-1d</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="77"/>
        <source>Working days the task can slip without delaying the project</source>
        <translation>Arbeitstage, um die sich der Vorgang verschieben kann, ohne das Projekt zu verzögern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="80"/>
        <source>Working days later (+) or earlier (−) than baseline 0</source>
        <translation>Arbeitstage später (+) oder früher (−) als Basisplan 0</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="83"/>
        <source>Who works on the task (units when not full time); assign in Task Details…</source>
        <translation>Wer am Vorgang arbeitet (Einheiten, wenn nicht Vollzeit); zuordnen unter Vorgangsdetails…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="87"/>
        <source>Planned hours of the task&apos;s people; a summary&apos;s add up</source>
        <translation>Geplante Stunden der Personen des Vorgangs; bei Sammelvorgängen summiert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="90"/>
        <source>Planned cost: work at the cost rates, materials, costs and the fixed cost</source>
        <translation>Geplante Kosten: Arbeit zu Kostensätzen, Material, Kosten und Fixkosten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="280"/>
        <source>Predecessors: {links}</source>
        <translation>Vorgänger: {links}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="287"/>
        <source>Constraint: {constraint} {date}</source>
        <translation>Einschränkung: {constraint} {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="307"/>
        <source>Resources: {names}</source>
        <translation>Ressourcen: {names}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/task_model.py" line="351"/>
        <source>Owner: {owner}</source>
        <translation>Verantwortlich: {owner}</translation>
    </message>
</context>
<context>
    <name>TimelineActions</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="52"/>
        <source>Highlight &amp;Driving Chain</source>
        <translation>&amp;Treibende Kette hervorheben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="54"/>
        <source>Highlight the links and tasks that set the selected task&apos;s start</source>
        <translation>Die Verknüpfungen und Vorgänge hervorheben, die den Anfang des gewählten Vorgangs bestimmen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="63"/>
        <source>&amp;Insert Task</source>
        <translation>&amp;Vorgang einfügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="65"/>
        <source>Insert a new task above the selected one</source>
        <translation>Einen neuen Vorgang über dem gewählten einfügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="72"/>
        <source>&amp;Delete Task</source>
        <translation>Vorgang &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="74"/>
        <source>Delete the selected task</source>
        <translation>Den gewählten Vorgang löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="78"/>
        <source>Task &amp;Details…</source>
        <translation>Vorgangs&amp;details…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="80"/>
        <source>Edit every field of the selected task</source>
        <translation>Alle Felder des gewählten Vorgangs bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="84"/>
        <source>&amp;Indent</source>
        <translation>&amp;Tiefer stufen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="86"/>
        <source>Make the task a subtask of the one above</source>
        <translation>Den Vorgang zum Teilvorgang des darüberliegenden machen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="92"/>
        <source>&amp;Outdent</source>
        <translation>&amp;Höher stufen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="94"/>
        <source>Move the task up one outline level</source>
        <translation>Den Vorgang eine Gliederungsebene höher stufen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="98"/>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="100"/>
        <source>Move the task above its previous sibling</source>
        <translation>Den Vorgang vor den vorherigen Vorgang derselben Ebene verschieben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="106"/>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="108"/>
        <source>Move the task below its next sibling</source>
        <translation>Den Vorgang hinter den nächsten Vorgang derselben Ebene verschieben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="113"/>
        <source>Move Bar &amp;Earlier</source>
        <translation>Balken &amp;früher</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="115"/>
        <source>Move the selected task&apos;s start one day earlier, as dragging its bar does</source>
        <translation>Den Anfang des gewählten Vorgangs einen Tag vorverlegen, wie beim Ziehen des Balkens</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="122"/>
        <source>Move Bar &amp;Later</source>
        <translation>Balken &amp;später</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="124"/>
        <source>Move the selected task&apos;s start one day later, as dragging its bar does</source>
        <translation>Den Anfang des gewählten Vorgangs einen Tag später legen, wie beim Ziehen des Balkens</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="131"/>
        <source>Save &amp;Baseline…</source>
        <translation>&amp;Basisplan speichern…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="133"/>
        <source>Save the current dates as baseline 0, to measure slippage against</source>
        <translation>Die aktuellen Termine als Basisplan 0 speichern, um Verzüge daran zu messen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="141"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="143"/>
        <source>Show a shorter time span in more detail (+)</source>
        <translation>Eine kürzere Zeitspanne genauer zeigen (+)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="148"/>
        <source>Zoom &amp;Out</source>
        <translation>Verkl&amp;einern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="150"/>
        <source>Show a longer time span (-)</source>
        <translation>Eine längere Zeitspanne zeigen (-)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="153"/>
        <source>&amp;Fit Project</source>
        <translation>&amp;Projekt einpassen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="155"/>
        <source>Fit the whole project into the chart</source>
        <translation>Das ganze Projekt in das Diagramm einpassen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="159"/>
        <source>Go to &amp;Today</source>
        <translation>Zu &amp;heute</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="161"/>
        <source>Scroll the chart to today</source>
        <translation>Im Diagramm zu heute blättern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="165"/>
        <source>&amp;Scroll to Task</source>
        <translation>&amp;Zum Vorgang blättern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/actions.py" line="167"/>
        <source>Scroll the chart to the selected task</source>
        <translation>Im Diagramm zum gewählten Vorgang blättern</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/tab.py" line="42"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../../cpm_desktop/ui/timeline/view.py" line="36"/>
        <source>Gantt chart</source>
        <translation>Gantt-Diagramm</translation>
    </message>
</context>
</TS>
