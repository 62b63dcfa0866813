<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="140"/>
        <source>Update status to {date}</source>
        <translation>Status zum {date} aktualisieren</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/commands.py" line="58"/>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="33"/>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="199"/>
        <source>As planned</source>
        <translation>Wie geplant</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="34"/>
        <source>WBS</source>
        <translation>PSP</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="35"/>
        <source>Task</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="36"/>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="37"/>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="38"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="39"/>
        <source>% complete</source>
        <translation>% abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="40"/>
        <source>Actual start</source>
        <translation>Ist-Anfang</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="41"/>
        <source>Actual finish</source>
        <translation>Ist-Ende</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="42"/>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="54"/>
        <source>Progress as the schedule has it on the status date (MS Project&apos;s &apos;Update as scheduled&apos;); what you type still wins</source>
        <translation>Fortschritt laut Terminplan zum Stichtag (MS Projects „Wie geplant aktualisieren“); was Sie eingeben, hat Vorrang</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="59"/>
        <source>The % complete the schedule gives the task on the status date</source>
        <translation>Der % abgeschlossen, den der Terminplan dem Vorgang zum Stichtag gibt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="62"/>
        <source>Working days still to do; the work done stays done (the duration changes)</source>
        <translation>Noch zu leistende Arbeitstage; Erledigtes bleibt erledigt (die Dauer ändert sich)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="177"/>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="179"/>
        <source>{duration} of work</source>
        <translation>{duration} Arbeit</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="187"/>
        <source>Behind schedule: {done}% done, the plan has {planned}% by {date}</source>
        <translation>Im Verzug: {done} % erledigt, der Plan sieht {planned} % bis {date} vor</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_model.py" line="195"/>
        <source>Typed here; saved when you finish the update</source>
        <translation>Hier eingegeben; gespeichert, wenn Sie die Aktualisierung fertigstellen</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_page.py" line="34"/>
        <source>The tasks the plan has started by the status date and not finished. Type what happened (actual start, % complete, actual finish or remaining days; F2 or just type), or mark tasks as planned. Red: behind the plan. Nothing is saved before Finish.</source>
        <translation>Die Vorgänge, die laut Plan bis zum Stichtag begonnen und nicht beendet sind. Geben Sie ein, was geschehen ist (Ist-Anfang, % abgeschlossen, Ist-Ende oder verbleibende Tage; F2 oder einfach tippen), oder markieren Sie Vorgänge als wie geplant. Rot: hinter dem Plan. Vor „Fertigstellen“ wird nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_page.py" line="51"/>
        <source>The date this status report is as of</source>
        <translation>Der Stichtag dieses Statusberichts</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_page.py" line="53"/>
        <source>New &amp;status date:</source>
        <translation>Neuer &amp;Stichtag:</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_page.py" line="55"/>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_page.py" line="59"/>
        <source>Suggested by the {cadence} cadence: {date}   ·   current status date: {last}</source>
        <translation>Vorschlag nach Berichtsrhythmus ({cadence}): {date}   ·   aktueller Stichtag: {last}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_page.py" line="90"/>
        <source>No task should have moved by this date: nothing to enter.</source>
        <translation>Bis zu diesem Datum sollte sich kein Vorgang bewegt haben: nichts einzugeben.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_page.py" line="99"/>
        <source>Mark S&amp;elected as Planned</source>
        <translation>Ausgewählte als &amp;geplant markieren</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_page.py" line="103"/>
        <source>The selected tasks get the progress their schedule has</source>
        <translation>Die ausgewählten Vorgänge erhalten den Fortschritt laut Terminplan</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_page.py" line="108"/>
        <source>Mark &amp;All as Planned</source>
        <translation>&amp;Alle als geplant markieren</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_page.py" line="112"/>
        <source>Every task on the sheet gets the progress its schedule has</source>
        <translation>Jeder Vorgang der Liste erhält den Fortschritt laut Terminplan</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_page.py" line="116"/>
        <source>Clear &amp;Marks</source>
        <translation>Markierungen &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/progress_page.py" line="118"/>
        <source>No task as planned: only what you typed is saved</source>
        <translation>Kein Vorgang wie geplant: nur Ihre Eingaben werden gespeichert</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/report_page.py" line="22"/>
        <source>&amp;Schedule</source>
        <translation>&amp;Zeitplan</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/report_page.py" line="23"/>
        <source>B&amp;udget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/report_page.py" line="24"/>
        <source>Sco&amp;pe</source>
        <translation>&amp;Umfang</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/report_page.py" line="25"/>
        <source>&amp;Risk</source>
        <translation>&amp;Risiko</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/report_page.py" line="40"/>
        <source>How the project stands, for the client</source>
        <translation>Wie das Projekt steht, für den Kunden</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/report_page.py" line="46"/>
        <source>One decision the client must take per line</source>
        <translation>Eine Entscheidung des Kunden pro Zeile</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/report_page.py" line="50"/>
        <source>One step per line</source>
        <translation>Ein Schritt pro Zeile</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/report_page.py" line="60"/>
        <source>&amp;Commentary</source>
        <translation>&amp;Kommentar</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/report_page.py" line="61"/>
        <source>&amp;Decisions required</source>
        <translation>&amp;Entscheidungen nötig</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/report_page.py" line="62"/>
        <source>Ne&amp;xt steps</source>
        <translation>&amp;Nächste Schritte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/report_page.py" line="77"/>
        <source>Area ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/report_page.py" line="90"/>
        <source>The report already saved for {date}.</source>
        <translation>Der bereits gespeicherte Bericht zum {date}.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/report_page.py" line="96"/>
        <source>The report as of {date}, starting from the last one ({last}): edit what changed.</source>
        <translation>Der Bericht zum {date}, ausgehend vom letzten ({last}): ändern Sie, was sich geändert hat.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/report_page.py" line="104"/>
        <source>The report as of {date}.</source>
        <translation>Der Bericht zum {date}.</translation>
    </message>
</context>
<context>
    <name>SinceLastView</name>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/since_last_view.py" line="27"/>
        <location filename="../../../cpm_desktop/ui/status_cycle/since_last_view.py" line="57"/>
        <source>Since the last report</source>
        <translation>Seit dem letzten Bericht</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/since_last_view.py" line="53"/>
        <source>Since the last report ({date})</source>
        <translation>Seit dem letzten Bericht ({date})</translation>
    </message>
</context>
<context>
    <name>StatusCommands</name>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/commands.py" line="22"/>
        <source>Enter progress as of the next status date and write its status report</source>
        <translation>Fortschritt zum nächsten Stichtag erfassen und den Statusbericht schreiben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/commands.py" line="36"/>
        <source>&amp;Update Status…</source>
        <translation>Status &amp;aktualisieren…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/commands.py" line="44"/>
        <source>{tip} ({shortcut})</source>
        <translation>{tip} ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/commands.py" line="88"/>
        <source>Status updated to {date}.</source>
        <translation>Status auf {date} aktualisiert.</translation>
    </message>
</context>
<context>
    <name>UpdateStatusDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="42"/>
        <source>Update Status</source>
        <translation>Status aktualisieren</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="70"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="71"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="73"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="76"/>
        <source>Save the progress, the new status date and the report (one undo)</source>
        <translation>Fortschritt, neuen Stichtag und Bericht speichern (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="81"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="82"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="166"/>
        <source>Step 1 of 2: progress of {code} as of {date}</source>
        <translation>Schritt 1 von 2: Fortschritt von {code} zum {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="169"/>
        <source>Step 2 of 2: the status report as of {date}</source>
        <translation>Schritt 2 von 2: der Statusbericht zum {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="172"/>
        <source>Status of {code} updated to {date}</source>
        <translation>Status von {code} auf {date} aktualisiert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="196"/>
        <source>The status date cannot be before the project starts ({date}).</source>
        <translation>Der Stichtag kann nicht vor dem Projektbeginn ({date}) liegen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="201"/>
        <source>The new status date cannot be before the current one ({date}): status moves forward.</source>
        <translation>Der neue Stichtag kann nicht vor dem aktuellen ({date}) liegen: der Status schreitet nur voran.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="220"/>
        <source>%n task(s) as planned</source>
        <translation>
            <numerusform>%n Vorgang wie geplant</numerusform>
            <numerusform>%n Vorgänge wie geplant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="221"/>
        <source>progress typed for %n task(s)</source>
        <translation>
            <numerusform>Fortschritt für %n Vorgang eingegeben</numerusform>
            <numerusform>Fortschritt für %n Vorgänge eingegeben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="223"/>
        <source>Saved {planned} and {progress}, the new status date and the report.</source>
        <translation>Gespeichert: {planned} und {progress}, der neue Stichtag und der Bericht.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="225"/>
        <source>Saved {progress}, the new status date and the report.</source>
        <translation>Gespeichert: {progress}, der neue Stichtag und der Bericht.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="228"/>
        <source>Saved no progress, the new status date and the report.</source>
        <translation>Gespeichert: kein Fortschritt, der neue Stichtag und der Bericht.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/status_cycle/update_dialog.py" line="229"/>
        <source>Edit › Undo takes it all back.</source>
        <translation>Bearbeiten › Rückgängig nimmt alles zurück.</translation>
    </message>
</context>
</TS>
