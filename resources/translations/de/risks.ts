<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/edits.py" line="19"/>
        <source>Rename {reference}</source>
        <translation>{reference} umbenennen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/edits.py" line="20"/>
        <source>Change the owner of {reference}</source>
        <translation>Verantwortlichen von {reference} ändern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/edits.py" line="21"/>
        <source>Change the probability of {reference}</source>
        <translation>Wahrscheinlichkeit von {reference} ändern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/edits.py" line="22"/>
        <source>Change the impact of {reference}</source>
        <translation>Auswirkung von {reference} ändern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/edits.py" line="25"/>
        <source>Set {reference} to open</source>
        <translation>Status von {reference} auf „Offen“ setzen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/edits.py" line="26"/>
        <source>Set {reference} to monitoring</source>
        <translation>Status von {reference} auf „Überwachung“ setzen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/edits.py" line="41"/>
        <location filename="../../../cpm_desktop/ui/risks/tab.py" line="266"/>
        <source>Close {reference}</source>
        <translation>{reference} schließen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/edits.py" line="47"/>
        <location filename="../../../cpm_desktop/ui/risks/tab.py" line="273"/>
        <source>Reopen {reference}</source>
        <translation>{reference} wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/edits.py" line="57"/>
        <source>Set {reference} to {status}</source>
        <translation>Status von {reference} auf {status} setzen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/tab.py" line="226"/>
        <source>New risk</source>
        <translation>Neues Risiko</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/tab.py" line="243"/>
        <source>Edit {reference}</source>
        <translation>{reference} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/tab.py" line="297"/>
        <source>Convert {reference} to an issue</source>
        <translation>{reference} in ein Problem umwandeln</translation>
    </message>
</context>
<context>
    <name>HeatMapWidget</name>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/heat_map.py" line="45"/>
        <source>Risk heat map</source>
        <translation>Risiko-Heatmap</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/heat_map.py" line="155"/>
        <source>Impact →</source>
        <translation>Auswirkung →</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/heat_map.py" line="163"/>
        <source>Probability →</source>
        <translation>Wahrscheinlichkeit →</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/heat_map.py" line="224"/>
        <source>Probability {p} ({p_label}) × impact {i} ({i_label}): {count} open risk(s)
Click to show only these; click again to show all</source>
        <translation>Wahrscheinlichkeit {p} ({p_label}) × Auswirkung {i} ({i_label}): {count} offene(s) Risiko/Risiken
Klicken, um nur diese zu zeigen; erneut klicken, um alle zu zeigen</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/tab.py" line="90"/>
        <source>Ris&amp;ks</source>
        <translation>&amp;Risiken</translation>
    </message>
</context>
<context>
    <name>NewRiskDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/new_risk_dialog.py" line="32"/>
        <source>New risk</source>
        <translation>Neues Risiko</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/new_risk_dialog.py" line="36"/>
        <source>What could happen, in a few words</source>
        <translation>Was passieren könnte, in wenigen Worten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/new_risk_dialog.py" line="46"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/new_risk_dialog.py" line="47"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/new_risk_dialog.py" line="48"/>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/new_risk_dialog.py" line="49"/>
        <source>&amp;Probability</source>
        <translation>&amp;Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/new_risk_dialog.py" line="50"/>
        <source>&amp;Impact</source>
        <translation>A&amp;uswirkung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/new_risk_dialog.py" line="51"/>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
</context>
<context>
    <name>RiskActions</name>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/actions.py" line="31"/>
        <source>&amp;New Risk…</source>
        <translation>&amp;Neues Risiko …</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/actions.py" line="33"/>
        <source>Add a risk or opportunity to the register</source>
        <translation>Ein Risiko oder eine Chance ins Register aufnehmen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/actions.py" line="36"/>
        <source>&amp;Edit Risk…</source>
        <translation>Risiko &amp;bearbeiten …</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/actions.py" line="39"/>
        <source>Edit every field of the selected entry: response, impacts, dates, linked tasks</source>
        <translation>Alle Felder des gewählten Eintrags bearbeiten: Strategie, Auswirkungen, Termine, verknüpfte Vorgänge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/actions.py" line="44"/>
        <source>Convert to &amp;Issue…</source>
        <translation>In &amp;Problem umwandeln …</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/actions.py" line="46"/>
        <source>The risk happened: close it and raise an issue</source>
        <translation>Das Risiko ist eingetreten: schließen und ein Problem erfassen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/actions.py" line="50"/>
        <source>Make &amp;Action from Mitigation…</source>
        <translation>&amp;Maßnahme aus Gegenmaßnahme erstellen …</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/actions.py" line="54"/>
        <source>Log the selected entry&apos;s mitigation as an action, linked to it</source>
        <translation>Die Gegenmaßnahme des gewählten Eintrags als verknüpfte Maßnahme erfassen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/actions.py" line="61"/>
        <source>&amp;Close Risk…</source>
        <translation>Risiko &amp;schließen …</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/actions.py" line="62"/>
        <source>&amp;Reopen Risk</source>
        <translation>Risiko &amp;wieder öffnen</translation>
    </message>
</context>
<context>
    <name>RiskCellEdit</name>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/edits.py" line="66"/>
        <source>This column is worked out from the others and cannot be edited.</source>
        <translation>Diese Spalte wird aus den anderen berechnet und kann nicht bearbeitet werden.</translation>
    </message>
</context>
<context>
    <name>RiskDetailPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="22"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="23"/>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="24"/>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="25"/>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="26"/>
        <source>Linked tasks</source>
        <translation>Verknüpfte Vorgänge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="27"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="30"/>
        <source>Response</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="31"/>
        <source>Mitigation</source>
        <translation>Gegenmaßnahmen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="32"/>
        <source>Contingency</source>
        <translation>Notfallplan</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="33"/>
        <source>Cost impact</source>
        <translation>Kostenauswirkung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="34"/>
        <source>Schedule impact</source>
        <translation>Terminauswirkung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="35"/>
        <source>EMV</source>
        <translation>EMV</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="36"/>
        <source>Residual P × I</source>
        <translation>Rest-W × A</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="79"/>
        <source>No entry selected</source>
        <translation>Kein Eintrag ausgewählt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="82"/>
        <source>Select a risk in the table to see its details.</source>
        <translation>Wählen Sie ein Risiko in der Tabelle, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="124"/>
        <source>owner {owner}</source>
        <translation>verantwortlich {owner}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="127"/>
        <source>raised {date}</source>
        <translation>erfasst {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="133"/>
        <source>closed {date}</source>
        <translation>geschlossen {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="139"/>
        <source>review {date} (overdue)</source>
        <translation>Überprüfung {date} (überfällig)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="141"/>
        <source>review {date}</source>
        <translation>Überprüfung {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="150"/>
        <source>{count} working day</source>
        <translation>{count} Arbeitstag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="153"/>
        <source>{count} working days</source>
        <translation>{count} Arbeitstage</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="172"/>
        <source>{trend}: raised since {date}</source>
        <translation>{trend}: erfasst seit {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="178"/>
        <source>{trend} since {date}</source>
        <translation>{trend} seit {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="184"/>
        <source>Occurred as risk {reference}.</source>
        <translation>Als Risiko {reference} eingetreten.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="190"/>
        <source>Occurred: became issue {reference}.</source>
        <translation>Eingetreten: wurde Problem {reference}.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="196"/>
        <source>Closed: {note}</source>
        <translation>Geschlossen: {note}</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="42"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="43"/>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="44"/>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="45"/>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="46"/>
        <source>Mitigation</source>
        <translation>Gegenmaßnahmen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="47"/>
        <source>Contingency</source>
        <translation>Notfallplan</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="76"/>
        <source> working days</source>
        <translation> Arbeitstage</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="84"/>
        <source>WBS codes, e.g. 3.6, 5.1</source>
        <translation>PSP-Codes, z. B. 3.6, 5.1</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="90"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="91"/>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="92"/>
        <source>Cate&amp;gory</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="103"/>
        <source>&amp;Response</source>
        <translation>St&amp;rategie</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="104"/>
        <source>Cost &amp;impact</source>
        <translation>Kosten&amp;auswirkung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="105"/>
        <source>&amp;Schedule impact</source>
        <translation>Ter&amp;minauswirkung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="108"/>
        <source>Residual &amp;probability</source>
        <translation>Rest-&amp;Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="111"/>
        <source>Residual i&amp;mpact</source>
        <translation>Rest-A&amp;uswirkung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="113"/>
        <source>Pro&amp;ximity</source>
        <translation>&amp;Eintrittszeitpunkt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="114"/>
        <source>Re&amp;view on</source>
        <translation>Über&amp;prüfung am</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="115"/>
        <source>&amp;Linked tasks</source>
        <translation>Verk&amp;nüpfte Vorgänge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="172"/>
        <source>— (as inherent)</source>
        <translation>— (wie inhärent)</translation>
    </message>
</context>
<context>
    <name>RiskFilterBar</name>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/filter_bar.py" line="45"/>
        <source>{count} open risk(s) and issue(s) rated {rag}</source>
        <translation>{count} offene Risiken und Probleme mit Bewertung {rag}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/filter_bar.py" line="65"/>
        <source>Status filter</source>
        <translation>Filter nach Status</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/filter_bar.py" line="70"/>
        <source>Owner filter</source>
        <translation>Filter nach Verantwortlichem</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/filter_bar.py" line="71"/>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/filter_bar.py" line="75"/>
        <source>RAG filter</source>
        <translation>Filter nach Ampel</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/filter_bar.py" line="76"/>
        <source>All RAG</source>
        <translation>Alle Ampeln</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/filter_bar.py" line="82"/>
        <source>Category filter</source>
        <translation>Filter nach Kategorie</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/filter_bar.py" line="83"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/filter_bar.py" line="86"/>
        <source>Search risks</source>
        <translation>Risiken durchsuchen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/filter_bar.py" line="116"/>
        <source>EMV {amount}</source>
        <translation>EMV {amount}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/filter_bar.py" line="119"/>
        <source>Expected monetary value of the open risks and issues</source>
        <translation>Erwarteter Geldwert der offenen Risiken und Probleme</translation>
    </message>
</context>
<context>
    <name>RiskFilterProxy</name>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/filter_proxy.py" line="21"/>
        <source>Open and monitoring</source>
        <translation>Offen und in Überwachung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/filter_proxy.py" line="23"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
</context>
<context>
    <name>RiskTableModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="29"/>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="30"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="31"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="32"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="33"/>
        <source>P</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="34"/>
        <source>I</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="35"/>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="36"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="37"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="38"/>
        <source>Proximity</source>
        <translation>Eintritt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="39"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="40"/>
        <source>EMV</source>
        <translation>EMV</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="46"/>
        <source>Probability: how likely it is, 1 (very low) to 5 (very high)</source>
        <translation>Wahrscheinlichkeit: wie wahrscheinlich es ist, 1 (sehr niedrig) bis 5 (sehr hoch)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="49"/>
        <source>Impact: how much it would hurt (or help), 1 (very low) to 5 (very high)</source>
        <translation>Auswirkung: wie sehr es schaden (oder nützen) würde, 1 (sehr niedrig) bis 5 (sehr hoch)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="52"/>
        <source>Probability × impact, coloured by the project&apos;s RAG thresholds; issues by severity</source>
        <translation>Wahrscheinlichkeit × Auswirkung, gefärbt nach den Ampelschwellen des Projekts; Probleme nach Schweregrad</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="56"/>
        <source>How the score moved since the status date</source>
        <translation>Wie sich der Wert seit dem Stichtag entwickelt hat</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="57"/>
        <source>When the risk could happen</source>
        <translation>Wann das Risiko eintreten könnte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="58"/>
        <source>Next review; past dates are overdue</source>
        <translation>Nächste Überprüfung; vergangene Termine sind überfällig</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="59"/>
        <source>Expected monetary value: cost impact weighted by the probability</source>
        <translation>Erwarteter Geldwert: Kostenauswirkung gewichtet mit der Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="64"/>
        <source>↑ Up</source>
        <translation>↑ Steigend</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="65"/>
        <source>↓ Down</source>
        <translation>↓ Fallend</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="66"/>
        <source>→ Steady</source>
        <translation>→ Gleichbleibend</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="67"/>
        <source>• New</source>
        <translation>• Neu</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="70"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="71"/>
        <source>Issue</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="72"/>
        <source>Opport.</source>
        <translation>Chance</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="78"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="163"/>
        <source>EMV ({currency})</source>
        <translation>EMV ({currency})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="310"/>
        <source>Probability {level}: {label}</source>
        <translation>Wahrscheinlichkeit {level}: {label}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="314"/>
        <source>Impact {level}: {label}</source>
        <translation>Auswirkung {level}: {label}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="321"/>
        <source>Issue severity {level} ({label}): {rag}</source>
        <translation>Schweregrad des Problems {level} ({label}): {rag}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="326"/>
        <source>{trend} (score since the status date)</source>
        <translation>{trend} (Wert seit dem Stichtag)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="330"/>
        <source>Review overdue</source>
        <translation>Überprüfung überfällig</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="333"/>
        <source>Cost impact × probability</source>
        <translation>Kostenauswirkung × Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="334"/>
        <source>Whole cost impact</source>
        <translation>Gesamte Kostenauswirkung</translation>
    </message>
</context>
<context>
    <name>RisksTab</name>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/tab.py" line="51"/>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/tab.py" line="258"/>
        <source>Close {reference}</source>
        <translation>{reference} schließen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/tab.py" line="261"/>
        <source>Why is it closed? (optional, kept with the entry)</source>
        <translation>Warum wird es geschlossen? (optional, wird beim Eintrag gespeichert)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/tab.py" line="285"/>
        <source>{reference} occurred</source>
        <translation>{reference} ist eingetreten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/tab.py" line="288"/>
        <source>Severity of the issue:</source>
        <translation>Schweregrad des Problems:</translation>
    </message>
</context>
<context>
    <name>RisksView</name>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="55"/>
        <source>Risk register</source>
        <translation>Risikoregister</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="78"/>
        <source>Risk details</source>
        <translation>Details des Risikos</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="120"/>
        <source>New risk…</source>
        <translation>Neues Risiko …</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="121"/>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="123"/>
        <source>Close…</source>
        <translation>Schließen …</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="126"/>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="129"/>
        <source>Convert to issue…</source>
        <translation>In Problem umwandeln …</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="144"/>
        <source>Inherent</source>
        <translation>Inhärent</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="145"/>
        <source>Risks as judged, before their responses</source>
        <translation>Risiken wie bewertet, vor ihren Gegenmaßnahmen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="149"/>
        <source>Residual</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="150"/>
        <source>Risks after their planned responses</source>
        <translation>Risiken nach ihren geplanten Gegenmaßnahmen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="163"/>
        <source>Heat map</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="168"/>
        <source>Open risks by probability and impact</source>
        <translation>Offene Risiken nach Wahrscheinlichkeit und Auswirkung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="201"/>
        <source>Vendor: {vendor} late on tasks {tasks}</source>
        <translation>Lieferant: {vendor} im Verzug bei Vorgängen {tasks}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="209"/>
        <source>{risk}: {reason} (PO {order})</source>
        <translation>{risk}: {reason} (Bestellung {order})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="241"/>
        <source>Showing residual probability {p} ({p_label}) × impact {i} ({i_label}) only</source>
        <translation>Nur Rest-Wahrscheinlichkeit {p} ({p_label}) × Auswirkung {i} ({i_label})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="246"/>
        <source>Showing inherent probability {p} ({p_label}) × impact {i} ({i_label}) only</source>
        <translation>Nur inhärente Wahrscheinlichkeit {p} ({p_label}) × Auswirkung {i} ({i_label})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="251"/>
        <source>Clear</source>
        <translation>Aufheben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="260"/>
        <source>Vendor: {vendor} late on task {wbs} {task}</source>
        <translation>Lieferant: {vendor} im Verzug bei Vorgang {wbs} {task}</translation>
    </message>
</context>
</TS>
