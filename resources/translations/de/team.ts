<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="108"/>
        <source>Add role</source>
        <translation>Rolle hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="112"/>
        <source>Edit role {name}</source>
        <translation>Rolle {name} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="117"/>
        <source>Delete role {name}</source>
        <translation>Rolle {name} löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="195"/>
        <source>Add rate</source>
        <translation>Stundensatz hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="199"/>
        <source>Edit rate of {owner}</source>
        <translation>Stundensatz von {owner} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="204"/>
        <source>Delete rate of {owner}</source>
        <translation>Stundensatz von {owner} löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resources_panel.py" line="166"/>
        <source>Add resource</source>
        <translation>Ressource hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resources_panel.py" line="170"/>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resources_panel.py" line="176"/>
        <source>Delete {name}</source>
        <translation>{name} löschen</translation>
    </message>
</context>
<context>
    <name>RateCardPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="141"/>
        <source>No rates yet. Give each role its cost and bill rate per hour from a date on; a person whose rate differs from the role&apos;s gets a rate of their own.</source>
        <translation>Noch keine Sätze. Geben Sie jeder Rolle ab einem Datum ihren Kosten- und Verrechnungssatz pro Stunde; eine Person, deren Satz von dem der Rolle abweicht, erhält einen eigenen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="151"/>
        <source>Add a dated rate for a role or a person</source>
        <translation>Einen datierten Satz für eine Rolle oder Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="172"/>
        <source>1 rate · {in_force} in force</source>
        <translation>1 Satz · {in_force} gültig</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="174"/>
        <source>%n rates · {in_force} in force</source>
        <translation>
            <numerusform>%n Satz · {in_force} gültig</numerusform>
            <numerusform>%n Sätze · {in_force} gültig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="177"/>
        <source>{scheduled} scheduled</source>
        <translation>{scheduled} geplant</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="209"/>
        <source>the rate of {owner} from {day}</source>
        <translation>den Satz von {owner} ab {day}</translation>
    </message>
</context>
<context>
    <name>RateColumns</name>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="33"/>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="34"/>
        <source>{count} people</source>
        <translation>{count} Personen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="45"/>
        <source>No rate yet</source>
        <translation>Noch kein Satz</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="50"/>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="114"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="52"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="59"/>
        <source>Cost / h</source>
        <translation>Kosten / h</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="63"/>
        <source>The role&apos;s cost rate in force today</source>
        <translation>Der heute gültige Kostensatz der Rolle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="70"/>
        <source>Bill / h</source>
        <translation>Verrechn. / h</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="74"/>
        <source>The role&apos;s bill rate in force today</source>
        <translation>Der heute gültige Verrechnungssatz der Rolle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="81"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="106"/>
        <source>Role or person</source>
        <translation>Rolle oder Person</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="112"/>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="116"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="119"/>
        <source>Everyone holding the role, unless they have their own rate</source>
        <translation>Alle mit dieser Rolle, sofern sie keinen eigenen Satz haben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="123"/>
        <source>This person only: overrides their role&apos;s rate</source>
        <translation>Nur diese Person: ersetzt den Satz ihrer Rolle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="129"/>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="135"/>
        <source>Cost rate</source>
        <translation>Kostensatz</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="138"/>
        <source>What an hour (or a unit of material) costs</source>
        <translation>Was eine Stunde (oder eine Materialeinheit) kostet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="144"/>
        <source>Bill rate</source>
        <translation>Verrechnungssatz</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="147"/>
        <source>What an hour (or a unit of material) is billed at</source>
        <translation>Zu welchem Satz eine Stunde (oder eine Materialeinheit) berechnet wird</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="153"/>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="156"/>
        <source>What the bill rate keeps above the cost rate (internal)</source>
        <translation>Was der Verrechnungssatz über dem Kostensatz bleibt (intern)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="162"/>
        <source>Per use</source>
        <translation>Pro Einsatz</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="167"/>
        <source>Cost per use: charged for each task worked on, per unit assigned</source>
        <translation>Kosten pro Einsatz: je bearbeitetem Vorgang und zugeordneter Einheit berechnet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="173"/>
        <source>Standing</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="185"/>
        <source>The rate that applies today</source>
        <translation>Der heute geltende Satz</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="187"/>
        <source>Applies from its date on</source>
        <translation>Gilt ab seinem Datum</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_columns.py" line="188"/>
        <source>A later rate replaced it; past weeks still cost this</source>
        <translation>Ein späterer Satz hat ihn ersetzt; vergangene Wochen kosten weiterhin diesen</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="68"/>
        <source>Add rate</source>
        <translation>Satz hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="70"/>
        <source>Edit rate of {owner}</source>
        <translation>Satz von {owner} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="77"/>
        <source>Role: {name}</source>
        <translation>Rolle: {name}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="82"/>
        <source>Person: {name}</source>
        <translation>Person: {name}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="86"/>
        <source>A role&apos;s rate applies to everyone holding the role; a person&apos;s own rate overrides it</source>
        <translation>Der Satz einer Rolle gilt für alle mit dieser Rolle; der eigene Satz einer Person ersetzt ihn</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="98"/>
        <source>The rate applies from this day until a later one</source>
        <translation>Der Satz gilt ab diesem Tag bis zu einem späteren</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="104"/>
        <source>What an hour costs us</source>
        <translation>Was uns eine Stunde kostet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="108"/>
        <source>What an hour is billed at</source>
        <translation>Zu welchem Satz eine Stunde berechnet wird</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="112"/>
        <source>Per task and unit assigned (optional)</source>
        <translation>Je Vorgang und zugeordneter Einheit (optional)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="119"/>
        <source>The ISO code the rate is in: EUR, CHF, USD…</source>
        <translation>Der ISO-Code der Währung des Satzes: EUR, CHF, USD…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="122"/>
        <source>&amp;Role or person</source>
        <translation>&amp;Rolle oder Person</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="123"/>
        <source>E&amp;ffective from</source>
        <translation>&amp;Gültig ab</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="124"/>
        <source>&amp;Cost rate</source>
        <translation>&amp;Kostensatz</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="125"/>
        <source>&amp;Bill rate</source>
        <translation>&amp;Verrechnungssatz</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="126"/>
        <source>Cost per &amp;use</source>
        <translation>Kosten pro &amp;Einsatz</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="127"/>
        <source>Curre&amp;ncy</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="138"/>
        <source>Add a role or a resource first: a rate belongs to one of them.</source>
        <translation>Fügen Sie zuerst eine Rolle oder Ressource hinzu: Ein Satz gehört zu einer davon.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="147"/>
        <source>Type the cost rate</source>
        <translation>Geben Sie den Kostensatz ein</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="150"/>
        <source>Type the bill rate</source>
        <translation>Geben Sie den Verrechnungssatz ein</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="154"/>
        <source>Type the cost per use</source>
        <translation>Geben Sie die Kosten pro Einsatz ein</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="175"/>
        <source>{ask}, e.g. 95 or 87.50.</source>
        <translation>{ask}, z. B. 95 oder 87,50.</translation>
    </message>
</context>
<context>
    <name>RatesPage</name>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rates_page.py" line="13"/>
        <source>The rate card is the workspace&apos;s: every project prices its work with it. Rates are internal (cost and margin never go into client exports).</source>
        <translation>Die Stundensätze gelten für den ganzen Arbeitsbereich: Jedes Projekt bepreist seine Arbeit damit. Sätze sind intern (Kosten und Marge gelangen nie in Exporte für den Kunden).</translation>
    </message>
</context>
<context>
    <name>RecordLists</name>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="50"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="132"/>
        <source>Rate card</source>
        <translation>Stundensätze</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resources_panel.py" line="56"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
</context>
<context>
    <name>RecordNouns</name>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="49"/>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="131"/>
        <source>rate</source>
        <translation>Stundensatz</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resources_panel.py" line="55"/>
        <source>resource</source>
        <translation>Ressource</translation>
    </message>
</context>
<context>
    <name>ResourceAssignments</name>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_assignments.py" line="21"/>
        <source>Select a resource to see the tasks it works on.</source>
        <translation>Wählen Sie eine Ressource, um ihre Vorgänge zu sehen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_assignments.py" line="33"/>
        <location filename="../../../cpm_desktop/ui/team/resource_assignments.py" line="59"/>
        <source>Assignments</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_assignments.py" line="44"/>
        <source>Assignments of the resource</source>
        <translation>Zuordnungen der Ressource</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_assignments.py" line="71"/>
        <source>Assignments of {name} on {project}</source>
        <translation>Zuordnungen von {name} in {project}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_assignments.py" line="79"/>
        <source>1 task · {work} planned · change them in the task&apos;s form on the Timeline (Task Details…, Resources)</source>
        <translation>1 Vorgang · {work} geplant · ändern im Formular des Vorgangs in der Zeitleiste (Vorgangsdetails…, Ressourcen)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_assignments.py" line="85"/>
        <source>{count} tasks · {work} planned · change them in the task&apos;s form on the Timeline (Task Details…, Resources)</source>
        <translation>{count} Vorgänge · {work} geplant · ändern im Formular des Vorgangs in der Zeitleiste (Vorgangsdetails…, Ressourcen)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_assignments.py" line="91"/>
        <source>{name} has no task on {project}: assign it in a task&apos;s form on the Timeline (Task Details…, Resources).</source>
        <translation>{name} hat keinen Vorgang in {project}: zuordnen im Formular eines Vorgangs in der Zeitleiste (Vorgangsdetails…, Ressourcen).</translation>
    </message>
</context>
<context>
    <name>ResourceColumns</name>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="29"/>
        <source>All resources</source>
        <translation>Alle Ressourcen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="30"/>
        <source>On this project</source>
        <translation>In diesem Projekt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="31"/>
        <source>Ours</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="32"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="33"/>
        <source>Vendors</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="69"/>
        <source>A cost resource takes an amount on each task, not a rate</source>
        <translation>Eine Kostenressource erhält einen Betrag je Vorgang, keinen Satz</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="73"/>
        <source>No rate in force today: add one for the person or the role on the Rate Card</source>
        <translation>Heute kein gültiger Satz: Fügen Sie unter „Stundensätze“ einen für die Person oder die Rolle hinzu</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="78"/>
        <source>{role}&apos;s rate</source>
        <translation>Satz der Rolle {role}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="80"/>
        <source>Own rate</source>
        <translation>Eigener Satz</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="83"/>
        <source>per hour</source>
        <translation>pro Stunde</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="85"/>
        <source>per {unit}</source>
        <translation>pro {unit}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="89"/>
        <source>per unit</source>
        <translation>pro Einheit</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="91"/>
        <source>, plus {amount} per use</source>
        <translation>, zuzüglich {amount} pro Einsatz</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="97"/>
        <source>{whose} from {day}, {per}{use}</source>
        <translation>{whose} ab {day}, {per}{use}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="117"/>
        <source>Inactive: not offered for new assignments</source>
        <translation>Inaktiv: für neue Zuordnungen nicht angeboten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="130"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="136"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="138"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="143"/>
        <source>Employer</source>
        <translation>Arbeitgeber</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="148"/>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="236"/>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="151"/>
        <source>Planned work on this project&apos;s tasks</source>
        <translation>Geplante Arbeit in den Vorgängen dieses Projekts</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="157"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="161"/>
        <source>Unknown: a rate or an exchange rate is missing</source>
        <translation>Unbekannt: Ein Satz oder ein Wechselkurs fehlt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="165"/>
        <source>Planned cost on this project, at the rates of each task&apos;s start</source>
        <translation>Geplante Kosten in diesem Projekt, zu den Sätzen beim Anfang jedes Vorgangs</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="173"/>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="176"/>
        <source>Hours booked on this project&apos;s timesheets</source>
        <translation>Auf den Stundenzetteln dieses Projekts gebuchte Stunden</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="182"/>
        <source>Max units</source>
        <translation>Max. Einh.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="186"/>
        <source>100 % is one person full time</source>
        <translation>100 % ist eine Person in Vollzeit</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="191"/>
        <source>Cost rate</source>
        <translation>Kostensatz</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="198"/>
        <source>Bill rate</source>
        <translation>Verr.-Satz</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="220"/>
        <source>WBS</source>
        <translation>PSP</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="225"/>
        <source>Task</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="230"/>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="246"/>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_columns.py" line="251"/>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="18"/>
        <source>The project&apos;s calendar</source>
        <translation>Kalender des Projekts</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="19"/>
        <source>— (none)</source>
        <translation>— (keine)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="43"/>
        <source>Add resource</source>
        <translation>Ressource hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="45"/>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="51"/>
        <source>A person&apos;s name, a material or a kind of cost</source>
        <translation>Name einer Person, ein Material oder eine Kostenart</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="57"/>
        <source>Work: a person or machine, in hours. Material: used by quantity. Cost: an amount entered on each task (travel, licences).</source>
        <translation>Arbeit: eine Person oder Maschine, in Stunden. Material: nach Menge verbraucht. Kosten: ein Betrag je Vorgang (Reisen, Lizenzen).</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="70"/>
        <source>Us (our delivery team)</source>
        <translation>Wir (unser Lieferteam)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="71"/>
        <source>The client</source>
        <translation>Der Kunde</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="72"/>
        <source>A vendor</source>
        <translation>Ein Lieferant</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="77"/>
        <source>— (choose the vendor)</source>
        <translation>— (Lieferanten wählen)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="87"/>
        <source>100 % is one person full time; 300 % a crew of three</source>
        <translation>100 % ist eine Person in Vollzeit; 300 % ein Trupp aus drei</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="97"/>
        <source>A calendar of the person&apos;s own (leave, part-time days); by default they work by the calendar of the project they are on</source>
        <translation>Ein eigener Kalender der Person (Urlaub, Teilzeittage); standardmäßig arbeitet sie nach dem Kalender ihres Projekts</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="105"/>
        <source>m³, licence, day…</source>
        <translation>m³, Lizenz, Tag…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="110"/>
        <source>name@company.com</source>
        <translation>name@firma.de</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="114"/>
        <source>Skills, availability, contract notes</source>
        <translation>Fähigkeiten, Verfügbarkeit, Vertragshinweise</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="118"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="119"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="120"/>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="121"/>
        <source>E&amp;mployer</source>
        <translation>Ar&amp;beitgeber</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="122"/>
        <source>&amp;Vendor</source>
        <translation>&amp;Lieferant</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="123"/>
        <source>Max &amp;units</source>
        <translation>Max. Ein&amp;heiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="124"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="125"/>
        <source>Material un&amp;it</source>
        <translation>&amp;Materialeinheit</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="126"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="127"/>
        <source>No&amp;tes</source>
        <translation>No&amp;tizen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resource_dialog.py" line="132"/>
        <source>Active (offered for new assignments)</source>
        <translation>Aktiv (für neue Zuordnungen angeboten)</translation>
    </message>
</context>
<context>
    <name>ResourcesPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resources_panel.py" line="36"/>
        <source>No resources yet. Add the people of the delivery team, the client&apos;s key users and the vendors&apos; staff, with their role; then put them on tasks from the task&apos;s form.</source>
        <translation>Noch keine Ressourcen. Fügen Sie die Personen des Lieferteams, die Key User des Kunden und die Mitarbeitenden der Lieferanten mit ihrer Rolle hinzu; ordnen Sie sie dann im Formular des Vorgangs zu.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resources_panel.py" line="44"/>
        <source>No resource matches the filter: choose “All resources” to see every one.</source>
        <translation>Keine Ressource passt zum Filter: Wählen Sie „Alle Ressourcen“, um alle zu sehen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resources_panel.py" line="77"/>
        <source>Add a person, material or cost to the workspace</source>
        <translation>Eine Person, ein Material oder Kosten zum Arbeitsbereich hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resources_panel.py" line="84"/>
        <source>Show resources</source>
        <translation>Angezeigte Ressourcen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resources_panel.py" line="89"/>
        <source>Show every resource, those on this project, or one employer&apos;s</source>
        <translation>Alle Ressourcen zeigen, die dieses Projekts oder die eines Arbeitgebers</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resources_panel.py" line="134"/>
        <source>1 resource · {on_project} on this project</source>
        <translation>1 Ressource · {on_project} in diesem Projekt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resources_panel.py" line="138"/>
        <source>{count} resources · {on_project} on this project</source>
        <translation>{count} Ressourcen · {on_project} in diesem Projekt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/resources_panel.py" line="181"/>
        <source>the resource “{name}” with its assignments and own rates</source>
        <translation>die Ressource „{name}“ mit ihren Zuordnungen und eigenen Sätzen</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="32"/>
        <source>Add role</source>
        <translation>Rolle hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="34"/>
        <source>Edit role {name}</source>
        <translation>Rolle {name} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="39"/>
        <source>Solution architect, WMS consultant…</source>
        <translation>Lösungsarchitekt, WMS-Berater…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="43"/>
        <source>What the role does</source>
        <translation>Was die Rolle tut</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="46"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_dialogs.py" line="47"/>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
</context>
<context>
    <name>RolesPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="59"/>
        <source>No roles yet. Add the roles your team sells (architect, consultant, developer) and give each its cost and bill rate on the rate card.</source>
        <translation>Noch keine Rollen. Fügen Sie die Rollen hinzu, die Ihr Team anbietet (Architekt, Berater, Entwickler), und geben Sie jeder unter den Stundensätzen ihren Kosten- und Verrechnungssatz.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="69"/>
        <source>Add a role to the rate card</source>
        <translation>Eine Rolle zu den Stundensätzen hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="89"/>
        <source>1 role</source>
        <translation>1 Rolle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="91"/>
        <source>%n roles</source>
        <translation>
            <numerusform>%n Rolle</numerusform>
            <numerusform>%n Rollen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="94"/>
        <source>held by 1 person</source>
        <translation>besetzt von 1 Person</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="96"/>
        <source>held by %n people</source>
        <translation>
            <numerusform>besetzt von %n Person</numerusform>
            <numerusform>besetzt von %n Personen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/rate_panels.py" line="122"/>
        <source>the role “{name}” and its rates</source>
        <translation>die Rolle „{name}“ und ihre Sätze</translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <location filename="../../../cpm_desktop/ui/team/tab.py" line="24"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>TeamText</name>
    <message>
        <location filename="../../../cpm_desktop/ui/team/team_text.py" line="63"/>
        <source>Vendor</source>
        <translation>Lieferant</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <location filename="../../../cpm_desktop/ui/team/view.py" line="33"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/view.py" line="34"/>
        <source>Rate Card</source>
        <translation>Stundensätze</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/view.py" line="35"/>
        <source>Workload</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/view.py" line="36"/>
        <source>Timesheets</source>
        <translation>Stundenzettel</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/team/view.py" line="37"/>
        <source>Vendors</source>
        <translation>Lieferanten</translation>
    </message>
</context>
</TS>
