<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="194"/>
        <source>Record {reference} value</source>
        <translation>Wert von {reference} erfassen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="206"/>
        <source>Clear {reference} value</source>
        <translation>Wert von {reference} entfernen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="221"/>
        <source>Paste {reference} values</source>
        <translation>Werte von {reference} einfügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_panel.py" line="109"/>
        <source>Add service level</source>
        <translation>Service-Level hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_panel.py" line="118"/>
        <source>Edit {reference}</source>
        <translation>{reference} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_panel.py" line="123"/>
        <source>Delete {reference}</source>
        <translation>{reference} löschen</translation>
    </message>
</context>
<context>
    <name>PastePreviewModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_model.py" line="20"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_model.py" line="21"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_model.py" line="22"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_model.py" line="23"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_model.py" line="24"/>
        <source>Replaces</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_model.py" line="73"/>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_model.py" line="75"/>
        <source>Missed</source>
        <translation>Verfehlt</translation>
    </message>
</context>
<context>
    <name>PasteValuesDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_dialog.py" line="30"/>
        <source>One period and its value a line, a note after it if you like: 2026-11-02 99.2, 2026-W45 3.5 h, Oct 2026 99,2 %, Q4 2026 97, or two or three columns copied from a spreadsheet. A day counts for the period it falls in; a value replaces the one recorded.</source>
        <translation>Ein Zeitraum und sein Wert pro Zeile, auf Wunsch mit Notiz dahinter: 2026-11-02 99.2, 2026-W45 3.5 h, Oct 2026 99,2 %, Q4 2026 97, oder zwei bis drei aus einer Tabelle kopierte Spalten. Ein Tag zählt für den Zeitraum, in den er fällt; ein Wert ersetzt den erfassten.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_dialog.py" line="50"/>
        <source>Paste values of {reference}</source>
        <translation>Werte von {reference} einfügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_dialog.py" line="57"/>
        <source>{reference} {name}: {target}, measured {period}.</source>
        <translation>{reference} {name}: {target}, gemessen {period}.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_dialog.py" line="71"/>
        <source>2026-11-02	99.8
2026-11-09	99.3	patch overran</source>
        <translation>2026-11-02	99.8
2026-11-09	99.3	Patch dauerte länger</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_dialog.py" line="96"/>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_dialog.py" line="118"/>
        <source>1 value to record</source>
        <translation>1 Wert zu erfassen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_dialog.py" line="120"/>
        <source>{count} values to record</source>
        <translation>{count} Werte zu erfassen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_dialog.py" line="126"/>
        <source>{count} replacing a value recorded</source>
        <translation>{count} ersetzen einen erfassten Wert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_dialog.py" line="132"/>
        <source>{count} missing the target</source>
        <translation>{count} verfehlen das Ziel</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_dialog.py" line="140"/>
        <source>… and 1 more line that cannot be read.</source>
        <translation>… und 1 weitere Zeile, die nicht gelesen werden kann.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_dialog.py" line="144"/>
        <source>… and {count} more lines that cannot be read.</source>
        <translation>… und {count} weitere Zeilen, die nicht gelesen werden können.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_dialog.py" line="150"/>
        <source>Correct or delete these lines to record the values.</source>
        <translation>Diese Zeilen korrigieren oder löschen, um die Werte zu erfassen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_dialog.py" line="154"/>
        <source>{words}.</source>
        <translation>{words}.</translation>
    </message>
</context>
<context>
    <name>PeriodsPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="64"/>
        <source>&amp;Record Value…</source>
        <translation>Wert er&amp;fassen…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="65"/>
        <source>Record the value of a period</source>
        <translation>Den Wert eines Zeitraums erfassen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="70"/>
        <source>&amp;Edit Value…</source>
        <translation>Wert &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="71"/>
        <source>Change the selected value</source>
        <translation>Den ausgewählten Wert ändern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="76"/>
        <source>&amp;Clear Value</source>
        <translation>Wert &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="77"/>
        <source>Remove the selected value</source>
        <translation>Den ausgewählten Wert entfernen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="82"/>
        <source>&amp;Paste Values…</source>
        <translation>Werte einf&amp;ügen…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="83"/>
        <source>Paste the values of many periods at once</source>
        <translation>Die Werte vieler Zeiträume auf einmal einfügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="89"/>
        <source>Measured periods</source>
        <translation>Gemessene Zeiträume</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="132"/>
        <source>No service level selected</source>
        <translation>Kein Service Level ausgewählt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="137"/>
        <source>Select a service level to see its values.</source>
        <translation>Einen Service Level auswählen, um seine Werte zu sehen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="164"/>
        <source>No project is shown.</source>
        <translation>Es wird kein Projekt angezeigt.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="170"/>
        <source>The edit was not made.</source>
        <translation>Die Änderung wurde nicht vorgenommen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="212"/>
        <source>Clear value</source>
        <translation>Wert entfernen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="232"/>
        <source>amber within {amount}</source>
        <translation>gelb innerhalb {amount}</translation>
    </message>
</context>
<context>
    <name>RecordLists</name>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_panel.py" line="65"/>
        <source>Service levels</source>
        <translation>Service-Levels</translation>
    </message>
</context>
<context>
    <name>RecordNouns</name>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_panel.py" line="64"/>
        <source>service level</source>
        <translation>Service-Level</translation>
    </message>
</context>
<context>
    <name>ServiceLevelsPage</name>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="24"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="25"/>
        <source>Amber</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="26"/>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="30"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="31"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="32"/>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="52"/>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="159"/>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="54"/>
        <source>Missed</source>
        <translation>Verfehlt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="66"/>
        <source>A trend shows from the second period measured</source>
        <translation>Ein Trend zeigt sich ab dem zweiten gemessenen Zeitraum</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="71"/>
        <source>The same value as the period before</source>
        <translation>Derselbe Wert wie im Zeitraum davor</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="75"/>
        <source>The latest value moved towards the target since the period before</source>
        <translation>Der letzte Wert hat sich seit dem Zeitraum davor dem Ziel genähert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="78"/>
        <source>The latest value moved away from the target since the period before</source>
        <translation>Der letzte Wert hat sich seit dem Zeitraum davor vom Ziel entfernt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="89"/>
        <source>Week of {day}</source>
        <translation>Woche vom {day}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="97"/>
        <source>No tolerance: any miss is red</source>
        <translation>Keine Toleranz: Jede Verfehlung ist rot</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="98"/>
        <source>A miss by up to {amount} is amber, beyond it red</source>
        <translation>Eine Verfehlung bis {amount} ist gelb, darüber rot</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="107"/>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="109"/>
        <source>Measured {period}; the last period measured: {last}</source>
        <translation>Gemessen {period}; der zuletzt gemessene Zeitraum: {last}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="117"/>
        <source>{met} of {total}</source>
        <translation>{met} von {total}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="126"/>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="131"/>
        <source>Service level</source>
        <translation>Service Level</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="140"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="146"/>
        <source>Latest</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="152"/>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="229"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="165"/>
        <source>RAG</source>
        <translation>Ampel</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="173"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="178"/>
        <source>Periods met</source>
        <translation>Zeiträume erfüllt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="181"/>
        <source>{attainment}: the periods whose value met the target</source>
        <translation>{attainment}: die Zeiträume, deren Wert das Ziel erfüllt hat</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="212"/>
        <source>{rag}: met the target</source>
        <translation>{rag}: Ziel erfüllt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="215"/>
        <source>{rag}: missed the target</source>
        <translation>{rag}: Ziel verfehlt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="224"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="235"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="243"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>SlaChart</name>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/chart.py" line="69"/>
        <source>{reference} against {target}</source>
        <translation>{reference} gegen {target}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/chart.py" line="73"/>
        <source>Values over time</source>
        <translation>Werte im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/chart.py" line="87"/>
        <source>Select a service level.</source>
        <translation>Einen Service Level auswählen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/chart.py" line="89"/>
        <source>No values recorded yet.</source>
        <translation>Noch keine Werte erfasst.</translation>
    </message>
</context>
<context>
    <name>SlaDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="20"/>
        <source>At least the target (higher is better)</source>
        <translation>Mindestens das Ziel (höher ist besser)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="21"/>
        <source>At most the target (lower is better)</source>
        <translation>Höchstens das Ziel (niedriger ist besser)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="24"/>
        <source>Type the target as a number, such as 99.5 or 4.</source>
        <translation>Das Ziel als Zahl eingeben, etwa 99.5 oder 4.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="25"/>
        <source>Type the tolerance as a number, such as 99.5 or 4.</source>
        <translation>Die Toleranz als Zahl eingeben, etwa 99.5 oder 4.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="28"/>
        <source>Type the value as a number, such as 99.5 or 4.</source>
        <translation>Den Wert als Zahl eingeben, etwa 99.5 oder 4.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="67"/>
        <source>Add service level</source>
        <translation>Service Level hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="69"/>
        <source>Edit {reference}</source>
        <translation>{reference} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="76"/>
        <source>What is measured, e.g. WMS availability</source>
        <translation>Was gemessen wird, z. B. WMS-Verfügbarkeit</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="99"/>
        <source>Values are recorded: clear them to measure it differently</source>
        <translation>Es sind Werte erfasst: Erst entfernen, um anders zu messen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="105"/>
        <source>How far a value may miss the target and still be amber rather than red (0: any miss is red)</source>
        <translation>Wie weit ein Wert das Ziel verfehlen darf und noch gelb statt rot ist (0: jede Verfehlung ist rot)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="113"/>
        <source>How it is measured: the hours, the tickets counted</source>
        <translation>Wie gemessen wird: die Stunden, die gezählten Tickets</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="117"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="118"/>
        <source>&amp;Target</source>
        <translation>&amp;Zielwert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="119"/>
        <source>&amp;Unit</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="120"/>
        <source>&amp;Met when</source>
        <translation>Er&amp;füllt, wenn</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="121"/>
        <source>Measured &amp;every</source>
        <translation>&amp;Messintervall</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="122"/>
        <source>Amber &amp;within</source>
        <translation>&amp;Gelb innerhalb</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="123"/>
        <source>&amp;How measured</source>
        <translation>&amp;Wie gemessen</translation>
    </message>
</context>
<context>
    <name>SlaListPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_panel.py" line="38"/>
        <source>1 service level</source>
        <translation>1 Service Level</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_panel.py" line="40"/>
        <source>{count} service levels</source>
        <translation>{count} Service Levels</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_panel.py" line="47"/>
        <source>{count} red</source>
        <translation>{count} rot</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_panel.py" line="50"/>
        <source>{count} amber</source>
        <translation>{count} gelb</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_panel.py" line="53"/>
        <source>{count} · all met in the last period</source>
        <translation>{count} · alle im letzten Zeitraum erfüllt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_panel.py" line="56"/>
        <source>{count} · {missed} in the last period</source>
        <translation>{count} · {missed} im letzten Zeitraum</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_panel.py" line="75"/>
        <source>No service levels yet. For a managed-service or support engagement, add each SLA with its target and how often it is measured, then record or paste the values.</source>
        <translation>Noch keine Service Levels. Für ein Managed-Service- oder Support-Mandat jedes SLA mit Ziel und Messintervall anlegen, dann die Werte erfassen oder einfügen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_panel.py" line="130"/>
        <source>{reference} “{name}”</source>
        <translation>{reference} „{name}“</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_panel.py" line="132"/>
        <source>{reference} “{name}” and its 1 value</source>
        <translation>{reference} „{name}“ und seinen 1 Wert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_panel.py" line="136"/>
        <source>{reference} “{name}” and its {count} values</source>
        <translation>{reference} „{name}“ und seine {count} Werte</translation>
    </message>
</context>
<context>
    <name>ValueDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/value_dialog.py" line="45"/>
        <source>Record a value of {reference}</source>
        <translation>Wert von {reference} erfassen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/value_dialog.py" line="59"/>
        <source>Measured against {target}</source>
        <translation>Gemessen gegen {target}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/value_dialog.py" line="65"/>
        <source>What explains the value</source>
        <translation>Was den Wert erklärt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/value_dialog.py" line="68"/>
        <source>&amp;Period</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/value_dialog.py" line="71"/>
        <source>&amp;Value ({unit})</source>
        <translation>&amp;Wert ({unit})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/value_dialog.py" line="73"/>
        <source>&amp;Value</source>
        <translation>&amp;Wert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/value_dialog.py" line="76"/>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/value_dialog.py" line="86"/>
        <source>{period} (replaces the value recorded)</source>
        <translation>{period} (ersetzt den erfassten Wert)</translation>
    </message>
</context>
</TS>
