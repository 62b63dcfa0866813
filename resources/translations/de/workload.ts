<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="266"/>
        <source>Level resources (1 task)</source>
        <translation>Kapazitätsabgleich (1 Vorgang)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="269"/>
        <source>Level resources ({count} tasks)</source>
        <translation>Kapazitätsabgleich ({count} Vorgänge)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="280"/>
        <source>Clear levelling</source>
        <translation>Abgleich löschen</translation>
    </message>
</context>
<context>
    <name>LevellingDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_dialog.py" line="47"/>
        <source>Level resources of {code}</source>
        <translation>Kapazitätsabgleich für {code}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_dialog.py" line="68"/>
        <source>Level (1 task)</source>
        <translation>Abgleichen (1 Vorgang)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/workload/levelling_dialog.py" line="70"/>
        <source>Level (%n tasks)</source>
        <translation>
            <numerusform>Abgleichen (%n Vorgang)</numerusform>
            <numerusform>Abgleichen (%n Vorgänge)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_dialog.py" line="110"/>
        <source>&lt;b&gt;{code}&lt;/b&gt;: no delay can resolve the over-allocations left: the tasks involved have started, are pinned by a date or priority 1000, or would break a deadline.</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt;: Keine Verzögerung kann die verbleibenden Überlastungen beheben: Die betroffenen Vorgänge haben begonnen, sind durch ein Datum oder Priorität 1000 fixiert oder würden einen Stichtag verletzen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_dialog.py" line="116"/>
        <source>&lt;b&gt;{code}&lt;/b&gt;: nobody is over-allocated; there is nothing to level.</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt;: Niemand ist überlastet; es gibt nichts abzugleichen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_dialog.py" line="123"/>
        <source>The project then finishes on &lt;b&gt;{after}&lt;/b&gt; (now {before}).</source>
        <translation>Das Projekt endet dann am &lt;b&gt;{after}&lt;/b&gt; (jetzt {before}).</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_dialog.py" line="130"/>
        <source>The project still finishes on {finish}.</source>
        <translation>Das Projekt endet weiterhin am {finish}.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_dialog.py" line="136"/>
        <source>&lt;b&gt;{code}&lt;/b&gt;: 1 over-allocated person-day.</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt;: 1 überlasteter Personentag.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/workload/levelling_dialog.py" line="140"/>
        <source>&lt;b&gt;{code}&lt;/b&gt;: %n over-allocated person-days.</source>
        <translation>
            <numerusform>&lt;b&gt;{code}&lt;/b&gt;: %n überlasteter Personentag.</numerusform>
            <numerusform>&lt;b&gt;{code}&lt;/b&gt;: %n überlastete Personentage.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_dialog.py" line="143"/>
        <source>Levelling delays 1 task (within their slack first, then by priority); links and constraints hold.</source>
        <translation>Der Abgleich verzögert 1 Vorgang (zuerst innerhalb des Puffers, dann nach Priorität); Anordnungsbeziehungen und Einschränkungen bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/workload/levelling_dialog.py" line="150"/>
        <source>Levelling delays %n tasks (within their slack first, then by priority); links and constraints hold.</source>
        <translation>
            <numerusform>Der Abgleich verzögert %n Vorgang (zuerst innerhalb des Puffers, dann nach Priorität); Anordnungsbeziehungen und Einschränkungen bleiben erhalten.</numerusform>
            <numerusform>Der Abgleich verzögert %n Vorgänge (zuerst innerhalb ihres Puffers, dann nach Priorität); Anordnungsbeziehungen und Einschränkungen bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/workload/levelling_dialog.py" line="164"/>
        <source>; and %n more</source>
        <translation>
            <numerusform>; und %n weitere</numerusform>
            <numerusform>; und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_dialog.py" line="166"/>
        <source>Still over-allocated:</source>
        <translation>Weiterhin überlastet:</translation>
    </message>
</context>
<context>
    <name>MovesModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_model.py" line="19"/>
        <source>WBS</source>
        <translation>PSP</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_model.py" line="20"/>
        <source>Task</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_model.py" line="21"/>
        <source>Delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_model.py" line="22"/>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_model.py" line="23"/>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_model.py" line="24"/>
        <source>Resolves</source>
        <translation>Behebt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_model.py" line="72"/>
        <source>The task&apos;s levelling delay in working days, before → after</source>
        <translation>Die Abgleichsverzögerung des Vorgangs in Arbeitstagen, vorher → nachher</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_model.py" line="80"/>
        <source>{resource} on {day}: {hours} h of {capacity} h</source>
        <translation>{resource} am {day}: {hours} h von {capacity} h</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_model.py" line="96"/>
        <source>{before} → {after} d</source>
        <translation>{before} → {after} T</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/levelling_model.py" line="105"/>
        <source>An old delay is cleared</source>
        <translation>Eine alte Verzögerung wird entfernt</translation>
    </message>
</context>
<context>
    <name>OverAllocationMarks</name>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/marks.py" line="32"/>
        <source>Over-allocated: someone on this task is planned beyond their capacity</source>
        <translation>Überlastet: Jemand in diesem Vorgang ist über seine Kapazität hinaus eingeplant</translation>
    </message>
</context>
<context>
    <name>UsageGrid</name>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/usage_view.py" line="25"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/usage_view.py" line="28"/>
        <source>Workload per week</source>
        <translation>Auslastung je Woche</translation>
    </message>
</context>
<context>
    <name>UsageModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/usage_model.py" line="36"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/usage_model.py" line="123"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/usage_model.py" line="124"/>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/usage_model.py" line="125"/>
        <source>W{week} {day}</source>
        <translation>KW{week} {day}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/usage_model.py" line="131"/>
        <source>Week {week}: Monday {monday} to Sunday {sunday}</source>
        <translation>KW {week}: Montag {monday} bis Sonntag {sunday}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/usage_model.py" line="139"/>
        <source>Billable hours booked ÷ hours available, from the project&apos;s start</source>
        <translation>Gebuchte abrechenbare Stunden ÷ verfügbare Stunden, ab Projektbeginn</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/usage_model.py" line="158"/>
        <source>No billable hours to count (the client&apos;s staff, or another project&apos;s)</source>
        <translation>Keine abrechenbaren Stunden (Mitarbeitende des Kunden oder eines anderen Projekts)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/usage_model.py" line="163"/>
        <source>{name}: {billable} billable hours of {available} available, {start} to {end}</source>
        <translation>{name}: {billable} abrechenbare von {available} verfügbaren Stunden, {start} bis {end}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/usage_model.py" line="177"/>
        <source>{name}, week of {monday}: {hours} h planned on every project of {capacity} h available ({percent})</source>
        <translation>{name}, Woche vom {monday}: {hours} h in allen Projekten geplant, von {capacity} h verfügbar ({percent})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/usage_model.py" line="183"/>
        <source>{name}, week of {monday}: {hours} h planned on {code} of {capacity} h available ({percent})</source>
        <translation>{name}, Woche vom {monday}: {hours} h in {code} geplant, von {capacity} h verfügbar ({percent})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/usage_model.py" line="198"/>
        <source>Over-allocated: more hours than the person has on a day of this week</source>
        <translation>Überlastet: An einem Tag dieser Woche mehr Stunden, als die Person zur Verfügung hat</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/usage_model.py" line="203"/>
        <source>Someone is over-allocated this week</source>
        <translation>Jemand ist in dieser Woche überlastet</translation>
    </message>
</context>
<context>
    <name>UtilisationTile</name>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/utilisation_text.py" line="13"/>
        <source>Utilisation: the billable hours the project&apos;s team booked ÷ the hours they could work (maximum units × 8 h on each working day of their calendar), from the project&apos;s start to its status date. Only our own team counts: not the client&apos;s or vendors&apos; staff.</source>
        <translation>Auslastung: die vom Projektteam gebuchten abrechenbaren Stunden ÷ die Stunden, die es arbeiten könnte (maximale Einheiten × 8 h an jedem Arbeitstag seines Kalenders), vom Projektbeginn bis zum Stichtag. Nur unser eigenes Team zählt, nicht die Mitarbeitenden des Kunden oder der Lieferanten.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/utilisation_text.py" line="19"/>
        <source>Utilisation: the billable hours our team booked on these projects ÷ the hours they could work, over the last four weeks to the latest status date (for every client: everyone&apos;s hours on every project). Not the client&apos;s or vendors&apos; staff.</source>
        <translation>Auslastung: die von unserem Team in diesen Projekten gebuchten abrechenbaren Stunden ÷ die Stunden, die es arbeiten könnte, in den letzten vier Wochen bis zum neuesten Stichtag (für jeden Kunden: alle Stunden aller Personen in jedem Projekt). Ohne Mitarbeitende des Kunden oder der Lieferanten.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/utilisation_text.py" line="39"/>
        <source>nobody is assigned yet</source>
        <translation>noch niemand zugeordnet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/utilisation_text.py" line="41"/>
        <source>no hours booked yet</source>
        <translation>noch keine Stunden gebucht</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/utilisation_text.py" line="43"/>
        <source>{billable} billable of {available} h since {start}</source>
        <translation>{billable} abrechenbar von {available} h seit {start}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/utilisation_text.py" line="50"/>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
</context>
<context>
    <name>WorkloadPage</name>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="53"/>
        <source>This project</source>
        <translation>Dieses Projekt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="54"/>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="55"/>
        <source>Planned hours per week and their share of what the person can work (maximum units × 8 h on each working day of their calendar). Red: more hours than the person has on a day of that week. Utilisation: billable hours booked ÷ hours available since the project&apos;s start, for our own team (the client&apos;s and vendors&apos; staff have none).</source>
        <translation>Geplante Stunden pro Woche und ihr Anteil an dem, was die Person arbeiten kann (maximale Einheiten × 8 h an jedem Arbeitstag ihres Kalenders). Rot: an einem Tag dieser Woche mehr Stunden, als die Person hat. Auslastung: gebuchte abrechenbare Stunden ÷ verfügbare Stunden seit Projektbeginn, für unser eigenes Team (Mitarbeitende des Kunden und der Lieferanten haben keine).</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="76"/>
        <source>Weeks shown</source>
        <translation>Angezeigte Wochen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="79"/>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="81"/>
        <source>How many weeks to show from the week of the status date</source>
        <translation>Wie viele Wochen ab der Woche des Stichtags angezeigt werden</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="87"/>
        <source>Hours counted</source>
        <translation>Gezählte Stunden</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="92"/>
        <source>This project&apos;s hours only, or every project&apos;s: a person&apos;s load across the portfolio</source>
        <translation>Nur die Stunden dieses Projekts oder die aller Projekte: die Last einer Person über das Portfolio</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="101"/>
        <source>&amp;Level Resources…</source>
        <translation>&amp;Kapazitätsabgleich…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="102"/>
        <source>Delay tasks so nobody is planned beyond their capacity; previewed first</source>
        <translation>Vorgänge verzögern, damit niemand über seine Kapazität hinaus eingeplant ist; mit Vorschau</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="110"/>
        <source>&amp;Clear Levelling</source>
        <translation>Abgleich &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="111"/>
        <source>Set every levelling delay of the project back to 0</source>
        <translation>Alle Abgleichsverzögerungen des Projekts auf 0 zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="124"/>
        <source>No workload yet</source>
        <translation>Noch keine Auslastung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="137"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="186"/>
        <source>Choose a project to see its team&apos;s workload.</source>
        <translation>Wählen Sie ein Projekt, um die Auslastung seines Teams zu sehen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="194"/>
        <source>Nobody is planned on {code} in these weeks. Assign people to its tasks (Timeline, Task Details…) and their weekly load appears here.</source>
        <translation>In diesen Wochen ist niemand für {code} eingeplant. Ordnen Sie den Vorgängen Personen zu (Zeitleiste, Vorgangsdetails…), dann erscheint hier ihre wöchentliche Last.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="209"/>
        <source>1 person from the week of {week}</source>
        <translation>1 Person ab der Woche vom {week}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="211"/>
        <source>%n people from the week of {week}</source>
        <translation>
            <numerusform>%n Person ab der Woche vom {week}</numerusform>
            <numerusform>%n Personen ab der Woche vom {week}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="216"/>
        <source>over-allocated: {names}</source>
        <translation>überlastet: {names}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="221"/>
        <source>nobody over-allocated</source>
        <translation>niemand überlastet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="225"/>
        <source>team utilisation to date {percent} % ({billable} billable of {available} h)</source>
        <translation>Teamauslastung bisher {percent} % ({billable} abrechenbar von {available} h)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="235"/>
        <source>no hours booked yet</source>
        <translation>noch keine Stunden gebucht</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="239"/>
        <source>1 task delayed by levelling</source>
        <translation>1 Vorgang durch Abgleich verzögert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="241"/>
        <source>%n tasks delayed by levelling</source>
        <translation>
            <numerusform>%n Vorgang durch Abgleich verzögert</numerusform>
            <numerusform>%n Vorgänge durch Abgleich verzögert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/workload/page.py" line="260"/>
        <source>Level Resources</source>
        <translation>Kapazitätsabgleich</translation>
    </message>
</context>
</TS>
