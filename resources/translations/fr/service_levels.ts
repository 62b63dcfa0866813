<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="194"/>
        <source>Record {reference} value</source>
        <translation>Saisir une valeur de {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="206"/>
        <source>Clear {reference} value</source>
        <translation>Effacer la valeur de {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="221"/>
        <source>Paste {reference} values</source>
        <translation>Coller les valeurs de {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_panel.py" line="109"/>
        <source>Add service level</source>
        <translation>Ajouter un niveau de service</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_panel.py" line="118"/>
        <source>Edit {reference}</source>
        <translation>Modifier {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_panel.py" line="123"/>
        <source>Delete {reference}</source>
        <translation>Supprimer {reference}</translation>
    </message>
</context>
<context>
    <name>PastePreviewModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_model.py" line="20"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_model.py" line="21"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_model.py" line="22"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_model.py" line="23"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_model.py" line="24"/>
        <source>Replaces</source>
        <translation>Remplace</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_model.py" line="73"/>
        <source>Met</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_model.py" line="75"/>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
</context>
<context>
    <name>PasteValuesDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_dialog.py" line="30"/>
        <source>One period and its value a line, a note after it if you like: 2026-11-02 99.2, 2026-W45 3.5 h, Oct 2026 99,2 %, Q4 2026 97, or two or three columns copied from a spreadsheet. A day counts for the period it falls in; a value replaces the one recorded.</source>
        <translation>Une période et sa valeur par ligne, suivies d&apos;une note si vous le souhaitez : 2026-11-02 99.2, 2026-W45 3.5 h, Oct 2026 99,2 %, Q4 2026 97, ou deux ou trois colonnes copiées d&apos;un tableur. Un jour compte pour la période où il tombe ; une valeur remplace celle enregistrée.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_dialog.py" line="50"/>
        <source>Paste values of {reference}</source>
        <translation>Coller les valeurs de {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_dialog.py" line="57"/>
        <source>{reference} {name}: {target}, measured {period}.</source>
        <translation>{reference} {name} : {target}, mesuré {period}.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_dialog.py" line="71"/>
        <source>2026-11-02	99.8
2026-11-09	99.3	patch overran</source>
        <translation>2026-11-02	99.8
2026-11-09	99.3	correctif prolongé</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_dialog.py" line="96"/>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_dialog.py" line="118"/>
        <source>1 value to record</source>
        <translation>1 valeur à enregistrer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_dialog.py" line="120"/>
        <source>{count} values to record</source>
        <translation>{count} valeurs à enregistrer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_dialog.py" line="126"/>
        <source>{count} replacing a value recorded</source>
        <translation>{count} remplaçant une valeur enregistrée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_dialog.py" line="132"/>
        <source>{count} missing the target</source>
        <translation>{count} manquant la cible</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_dialog.py" line="140"/>
        <source>… and 1 more line that cannot be read.</source>
        <translation>… et 1 ligne de plus illisible.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_dialog.py" line="144"/>
        <source>… and {count} more lines that cannot be read.</source>
        <translation>… et {count} lignes de plus illisibles.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/paste_dialog.py" line="150"/>
        <source>Correct or delete these lines to record the values.</source>
        <translation>Corrigez ou supprimez ces lignes pour enregistrer les valeurs.</translation>
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
        <translation>&amp;Saisir une valeur…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="65"/>
        <source>Record the value of a period</source>
        <translation>Saisir la valeur d&apos;une période</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="70"/>
        <source>&amp;Edit Value…</source>
        <translation>&amp;Modifier la valeur…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="71"/>
        <source>Change the selected value</source>
        <translation>Modifier la valeur sélectionnée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="76"/>
        <source>&amp;Clear Value</source>
        <translation>&amp;Effacer la valeur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="77"/>
        <source>Remove the selected value</source>
        <translation>Retirer la valeur sélectionnée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="82"/>
        <source>&amp;Paste Values…</source>
        <translation>&amp;Coller des valeurs…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="83"/>
        <source>Paste the values of many periods at once</source>
        <translation>Coller les valeurs de plusieurs périodes à la fois</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="89"/>
        <source>Measured periods</source>
        <translation>Périodes mesurées</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="132"/>
        <source>No service level selected</source>
        <translation>Aucun niveau de service sélectionné</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="137"/>
        <source>Select a service level to see its values.</source>
        <translation>Sélectionnez un niveau de service pour voir ses valeurs.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="164"/>
        <source>No project is shown.</source>
        <translation>Aucun projet n&apos;est affiché.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="170"/>
        <source>The edit was not made.</source>
        <translation>La modification n&apos;a pas été faite.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="212"/>
        <source>Clear value</source>
        <translation>Effacer la valeur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/periods_panel.py" line="232"/>
        <source>amber within {amount}</source>
        <translation>orange jusqu&apos;à {amount}</translation>
    </message>
</context>
<context>
    <name>RecordLists</name>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_panel.py" line="65"/>
        <source>Service levels</source>
        <translation>Niveaux de service</translation>
    </message>
</context>
<context>
    <name>RecordNouns</name>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_panel.py" line="64"/>
        <source>service level</source>
        <translation>niveau de service</translation>
    </message>
</context>
<context>
    <name>ServiceLevelsPage</name>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="24"/>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="25"/>
        <source>Amber</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="26"/>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="30"/>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="31"/>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="32"/>
        <source>Quarterly</source>
        <translation>Trimestriel</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="52"/>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="159"/>
        <source>Met</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="54"/>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="66"/>
        <source>A trend shows from the second period measured</source>
        <translation>Une tendance apparaît à partir de la deuxième période mesurée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="71"/>
        <source>The same value as the period before</source>
        <translation>La même valeur que la période précédente</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="75"/>
        <source>The latest value moved towards the target since the period before</source>
        <translation>La dernière valeur s&apos;est rapprochée de la cible depuis la période précédente</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="78"/>
        <source>The latest value moved away from the target since the period before</source>
        <translation>La dernière valeur s&apos;est éloignée de la cible depuis la période précédente</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="89"/>
        <source>Week of {day}</source>
        <translation>Semaine du {day}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="97"/>
        <source>No tolerance: any miss is red</source>
        <translation>Aucune tolérance : tout écart est rouge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="98"/>
        <source>A miss by up to {amount} is amber, beyond it red</source>
        <translation>Un écart jusqu&apos;à {amount} est orange, au-delà rouge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="107"/>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="109"/>
        <source>Measured {period}; the last period measured: {last}</source>
        <translation>Mesuré {period} ; dernière période mesurée : {last}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="117"/>
        <source>{met} of {total}</source>
        <translation>{met} sur {total}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="126"/>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="131"/>
        <source>Service level</source>
        <translation>Niveau de service</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="140"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="146"/>
        <source>Latest</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="152"/>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="229"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="165"/>
        <source>RAG</source>
        <translation>RAG</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="173"/>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="178"/>
        <source>Periods met</source>
        <translation>Périodes atteintes</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="181"/>
        <source>{attainment}: the periods whose value met the target</source>
        <translation>{attainment} : les périodes dont la valeur a atteint la cible</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="212"/>
        <source>{rag}: met the target</source>
        <translation>{rag} : cible atteinte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="215"/>
        <source>{rag}: missed the target</source>
        <translation>{rag} : cible manquée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="224"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="235"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/columns.py" line="243"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>SlaChart</name>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/chart.py" line="69"/>
        <source>{reference} against {target}</source>
        <translation>{reference} par rapport à {target}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/chart.py" line="73"/>
        <source>Values over time</source>
        <translation>Valeurs dans le temps</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/chart.py" line="87"/>
        <source>Select a service level.</source>
        <translation>Sélectionnez un niveau de service.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/chart.py" line="89"/>
        <source>No values recorded yet.</source>
        <translation>Aucune valeur enregistrée.</translation>
    </message>
</context>
<context>
    <name>SlaDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="20"/>
        <source>At least the target (higher is better)</source>
        <translation>Au moins la cible (plus haut est mieux)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="21"/>
        <source>At most the target (lower is better)</source>
        <translation>Au plus la cible (plus bas est mieux)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="24"/>
        <source>Type the target as a number, such as 99.5 or 4.</source>
        <translation>Saisissez la cible sous forme de nombre, comme 99.5 ou 4.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="25"/>
        <source>Type the tolerance as a number, such as 99.5 or 4.</source>
        <translation>Saisissez la tolérance sous forme de nombre, comme 99.5 ou 4.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="28"/>
        <source>Type the value as a number, such as 99.5 or 4.</source>
        <translation>Saisissez la valeur sous forme de nombre, comme 99.5 ou 4.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="67"/>
        <source>Add service level</source>
        <translation>Ajouter un niveau de service</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="69"/>
        <source>Edit {reference}</source>
        <translation>Modifier {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="76"/>
        <source>What is measured, e.g. WMS availability</source>
        <translation>Ce qui est mesuré, p. ex. disponibilité du WMS</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="99"/>
        <source>Values are recorded: clear them to measure it differently</source>
        <translation>Des valeurs sont enregistrées : effacez-les pour mesurer autrement</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="105"/>
        <source>How far a value may miss the target and still be amber rather than red (0: any miss is red)</source>
        <translation>De combien une valeur peut manquer la cible en restant orange plutôt que rouge (0 : tout écart est rouge)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="113"/>
        <source>How it is measured: the hours, the tickets counted</source>
        <translation>Comment il est mesuré : les heures, les tickets comptés</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="117"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="118"/>
        <source>&amp;Target</source>
        <translation>&amp;Cible</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="119"/>
        <source>&amp;Unit</source>
        <translation>&amp;Unité</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="120"/>
        <source>&amp;Met when</source>
        <translation>&amp;Atteint si</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="121"/>
        <source>Measured &amp;every</source>
        <translation>&amp;Fréquence de mesure</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="122"/>
        <source>Amber &amp;within</source>
        <translation>&amp;Orange jusqu&apos;à</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_dialog.py" line="123"/>
        <source>&amp;How measured</source>
        <translation>&amp;Mode de mesure</translation>
    </message>
</context>
<context>
    <name>SlaListPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_panel.py" line="38"/>
        <source>1 service level</source>
        <translation>1 niveau de service</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_panel.py" line="40"/>
        <source>{count} service levels</source>
        <translation>{count} niveaux de service</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_panel.py" line="47"/>
        <source>{count} red</source>
        <translation>{count} rouge(s)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_panel.py" line="50"/>
        <source>{count} amber</source>
        <translation>{count} orange(s)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_panel.py" line="53"/>
        <source>{count} · all met in the last period</source>
        <translation>{count} · tous atteints sur la dernière période</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_panel.py" line="56"/>
        <source>{count} · {missed} in the last period</source>
        <translation>{count} · {missed} sur la dernière période</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_panel.py" line="75"/>
        <source>No service levels yet. For a managed-service or support engagement, add each SLA with its target and how often it is measured, then record or paste the values.</source>
        <translation>Pas encore de niveaux de service. Pour un contrat d&apos;infogérance ou de support, ajoutez chaque SLA avec sa cible et sa fréquence de mesure, puis saisissez ou collez les valeurs.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_panel.py" line="130"/>
        <source>{reference} “{name}”</source>
        <translation>{reference} « {name} »</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_panel.py" line="132"/>
        <source>{reference} “{name}” and its 1 value</source>
        <translation>{reference} « {name} » et sa valeur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/sla_panel.py" line="136"/>
        <source>{reference} “{name}” and its {count} values</source>
        <translation>{reference} « {name} » et ses {count} valeurs</translation>
    </message>
</context>
<context>
    <name>ValueDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/value_dialog.py" line="45"/>
        <source>Record a value of {reference}</source>
        <translation>Saisir une valeur de {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/value_dialog.py" line="59"/>
        <source>Measured against {target}</source>
        <translation>Mesurée par rapport à {target}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/value_dialog.py" line="65"/>
        <source>What explains the value</source>
        <translation>Ce qui explique la valeur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/value_dialog.py" line="68"/>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/value_dialog.py" line="71"/>
        <source>&amp;Value ({unit})</source>
        <translation>&amp;Valeur ({unit})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/value_dialog.py" line="73"/>
        <source>&amp;Value</source>
        <translation>&amp;Valeur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/value_dialog.py" line="76"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/service_levels/value_dialog.py" line="86"/>
        <source>{period} (replaces the value recorded)</source>
        <translation>{period} (remplace la valeur enregistrée)</translation>
    </message>
</context>
</TS>
