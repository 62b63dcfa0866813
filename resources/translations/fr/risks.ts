<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/edits.py" line="19"/>
        <source>Rename {reference}</source>
        <translation>Renommer {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/edits.py" line="20"/>
        <source>Change the owner of {reference}</source>
        <translation>Modifier le responsable de {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/edits.py" line="21"/>
        <source>Change the probability of {reference}</source>
        <translation>Modifier la probabilité de {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/edits.py" line="22"/>
        <source>Change the impact of {reference}</source>
        <translation>Modifier l&apos;impact de {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/edits.py" line="25"/>
        <source>Set {reference} to open</source>
        <translation>Passer {reference} au statut «&#xa0;Ouvert&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/edits.py" line="26"/>
        <source>Set {reference} to monitoring</source>
        <translation>Passer {reference} au statut «&#xa0;Suivi&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/edits.py" line="41"/>
        <location filename="../../../cpm_desktop/ui/risks/tab.py" line="266"/>
        <source>Close {reference}</source>
        <translation>Clôturer {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/edits.py" line="47"/>
        <location filename="../../../cpm_desktop/ui/risks/tab.py" line="273"/>
        <source>Reopen {reference}</source>
        <translation>Rouvrir {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/edits.py" line="57"/>
        <source>Set {reference} to {status}</source>
        <translation>Passer {reference} au statut {status}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/tab.py" line="226"/>
        <source>New risk</source>
        <translation>Nouveau risque</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/tab.py" line="243"/>
        <source>Edit {reference}</source>
        <translation>Modifier {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/tab.py" line="297"/>
        <source>Convert {reference} to an issue</source>
        <translation>Convertir {reference} en problème</translation>
    </message>
</context>
<context>
    <name>HeatMapWidget</name>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/heat_map.py" line="45"/>
        <source>Risk heat map</source>
        <translation>Carte des risques</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/heat_map.py" line="155"/>
        <source>Impact →</source>
        <translation>Impact →</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/heat_map.py" line="163"/>
        <source>Probability →</source>
        <translation>Probabilité →</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/heat_map.py" line="224"/>
        <source>Probability {p} ({p_label}) × impact {i} ({i_label}): {count} open risk(s)
Click to show only these; click again to show all</source>
        <translation>Probabilité {p} ({p_label}) × impact {i} ({i_label}) : {count} risque(s) ouvert(s)
Cliquez pour n&apos;afficher que ceux-ci ; cliquez à nouveau pour tout afficher</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/tab.py" line="90"/>
        <source>Ris&amp;ks</source>
        <translation>&amp;Risques</translation>
    </message>
</context>
<context>
    <name>NewRiskDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/new_risk_dialog.py" line="32"/>
        <source>New risk</source>
        <translation>Nouveau risque</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/new_risk_dialog.py" line="36"/>
        <source>What could happen, in a few words</source>
        <translation>Ce qui pourrait arriver, en quelques mots</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/new_risk_dialog.py" line="46"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/new_risk_dialog.py" line="47"/>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/new_risk_dialog.py" line="48"/>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/new_risk_dialog.py" line="49"/>
        <source>&amp;Probability</source>
        <translation>&amp;Probabilité</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/new_risk_dialog.py" line="50"/>
        <source>&amp;Impact</source>
        <translation>&amp;Impact</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/new_risk_dialog.py" line="51"/>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
</context>
<context>
    <name>RiskActions</name>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/actions.py" line="31"/>
        <source>&amp;New Risk…</source>
        <translation>&amp;Nouveau risque…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/actions.py" line="33"/>
        <source>Add a risk or opportunity to the register</source>
        <translation>Ajouter un risque ou une opportunité au registre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/actions.py" line="36"/>
        <source>&amp;Edit Risk…</source>
        <translation>&amp;Modifier le risque…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/actions.py" line="39"/>
        <source>Edit every field of the selected entry: response, impacts, dates, linked tasks</source>
        <translation>Modifier tous les champs de l&apos;entrée choisie : réponse, impacts, dates, tâches liées</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/actions.py" line="44"/>
        <source>Convert to &amp;Issue…</source>
        <translation>Convertir en &amp;problème…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/actions.py" line="46"/>
        <source>The risk happened: close it and raise an issue</source>
        <translation>Le risque s&apos;est produit : le fermer et ouvrir un problème</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/actions.py" line="50"/>
        <source>Make &amp;Action from Mitigation…</source>
        <translation>Créer une &amp;action depuis l&apos;atténuation…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/actions.py" line="54"/>
        <source>Log the selected entry&apos;s mitigation as an action, linked to it</source>
        <translation>Consigner l&apos;atténuation de l&apos;entrée choisie comme action liée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/actions.py" line="61"/>
        <source>&amp;Close Risk…</source>
        <translation>&amp;Fermer le risque…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/actions.py" line="62"/>
        <source>&amp;Reopen Risk</source>
        <translation>&amp;Rouvrir le risque</translation>
    </message>
</context>
<context>
    <name>RiskCellEdit</name>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/edits.py" line="66"/>
        <source>This column is worked out from the others and cannot be edited.</source>
        <translation>Cette colonne est calculée à partir des autres et ne peut pas être modifiée.</translation>
    </message>
</context>
<context>
    <name>RiskDetailPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="22"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="23"/>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="24"/>
        <source>Effect</source>
        <translation>Effet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="25"/>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="26"/>
        <source>Linked tasks</source>
        <translation>Tâches liées</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="27"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="30"/>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="31"/>
        <source>Mitigation</source>
        <translation>Atténuation</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="32"/>
        <source>Contingency</source>
        <translation>Plan de secours</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="33"/>
        <source>Cost impact</source>
        <translation>Impact coût</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="34"/>
        <source>Schedule impact</source>
        <translation>Impact délai</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="35"/>
        <source>EMV</source>
        <translation>VME</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="36"/>
        <source>Residual P × I</source>
        <translation>P × I résiduels</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="79"/>
        <source>No entry selected</source>
        <translation>Aucune entrée sélectionnée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="82"/>
        <source>Select a risk in the table to see its details.</source>
        <translation>Sélectionnez un risque dans le tableau pour en voir le détail.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="124"/>
        <source>owner {owner}</source>
        <translation>responsable {owner}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="127"/>
        <source>raised {date}</source>
        <translation>signalé le {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="133"/>
        <source>closed {date}</source>
        <translation>fermé le {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="139"/>
        <source>review {date} (overdue)</source>
        <translation>revue le {date} (en retard)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="141"/>
        <source>review {date}</source>
        <translation>revue le {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="150"/>
        <source>{count} working day</source>
        <translation>{count} jour ouvré</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="153"/>
        <source>{count} working days</source>
        <translation>{count} jours ouvrés</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="172"/>
        <source>{trend}: raised since {date}</source>
        <translation>{trend} : signalé depuis le {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="178"/>
        <source>{trend} since {date}</source>
        <translation>{trend} depuis le {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="184"/>
        <source>Occurred as risk {reference}.</source>
        <translation>Survenu en tant que risque {reference}.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="190"/>
        <source>Occurred: became issue {reference}.</source>
        <translation>Survenu : devenu le problème {reference}.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/detail_panel.py" line="196"/>
        <source>Closed: {note}</source>
        <translation>Fermé : {note}</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="42"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="43"/>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="44"/>
        <source>Effect</source>
        <translation>Effet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="45"/>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="46"/>
        <source>Mitigation</source>
        <translation>Atténuation</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="47"/>
        <source>Contingency</source>
        <translation>Plan de secours</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="76"/>
        <source> working days</source>
        <translation> jours ouvrés</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="84"/>
        <source>WBS codes, e.g. 3.6, 5.1</source>
        <translation>Codes WBS, p. ex. 3.6, 5.1</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="90"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="91"/>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="92"/>
        <source>Cate&amp;gory</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="103"/>
        <source>&amp;Response</source>
        <translation>Ré&amp;ponse</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="104"/>
        <source>Cost &amp;impact</source>
        <translation>&amp;Impact coût</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="105"/>
        <source>&amp;Schedule impact</source>
        <translation>Impact &amp;délai</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="108"/>
        <source>Residual &amp;probability</source>
        <translation>Pro&amp;babilité résiduelle</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="111"/>
        <source>Residual i&amp;mpact</source>
        <translation>I&amp;mpact résiduel</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="113"/>
        <source>Pro&amp;ximity</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="114"/>
        <source>Re&amp;view on</source>
        <translation>Re&amp;vue le</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="115"/>
        <source>&amp;Linked tasks</source>
        <translation>Tâches &amp;liées</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_dialog.py" line="172"/>
        <source>— (as inherent)</source>
        <translation>— (comme l&apos;inhérent)</translation>
    </message>
</context>
<context>
    <name>RiskFilterBar</name>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/filter_bar.py" line="45"/>
        <source>{count} open risk(s) and issue(s) rated {rag}</source>
        <translation>{count} risque(s) et problème(s) ouvert(s) notés {rag}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/filter_bar.py" line="65"/>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/filter_bar.py" line="70"/>
        <source>Owner filter</source>
        <translation>Filtre par responsable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/filter_bar.py" line="71"/>
        <source>All owners</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/filter_bar.py" line="75"/>
        <source>RAG filter</source>
        <translation>Filtre par statut RAG</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/filter_bar.py" line="76"/>
        <source>All RAG</source>
        <translation>Tous les RAG</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/filter_bar.py" line="82"/>
        <source>Category filter</source>
        <translation>Filtre par catégorie</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/filter_bar.py" line="83"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/filter_bar.py" line="86"/>
        <source>Search risks</source>
        <translation>Rechercher des risques</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/filter_bar.py" line="116"/>
        <source>EMV {amount}</source>
        <translation>VME {amount}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/filter_bar.py" line="119"/>
        <source>Expected monetary value of the open risks and issues</source>
        <translation>Valeur monétaire espérée des risques et problèmes ouverts</translation>
    </message>
</context>
<context>
    <name>RiskFilterProxy</name>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/filter_proxy.py" line="21"/>
        <source>Open and monitoring</source>
        <translation>Ouverts et en suivi</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/filter_proxy.py" line="23"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
</context>
<context>
    <name>RiskTableModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="29"/>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="30"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="31"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="32"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="33"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="34"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="35"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="36"/>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="37"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="38"/>
        <source>Proximity</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="39"/>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="40"/>
        <source>EMV</source>
        <translation>VME</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="46"/>
        <source>Probability: how likely it is, 1 (very low) to 5 (very high)</source>
        <translation>Probabilité : sa vraisemblance, de 1 (très faible) à 5 (très élevée)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="49"/>
        <source>Impact: how much it would hurt (or help), 1 (very low) to 5 (very high)</source>
        <translation>Impact : ce qu&apos;il coûterait (ou apporterait), de 1 (très faible) à 5 (très élevé)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="52"/>
        <source>Probability × impact, coloured by the project&apos;s RAG thresholds; issues by severity</source>
        <translation>Probabilité × impact, coloré selon les seuils RAG du projet ; les problèmes selon leur gravité</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="56"/>
        <source>How the score moved since the status date</source>
        <translation>Évolution du score depuis la date d&apos;état</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="57"/>
        <source>When the risk could happen</source>
        <translation>Quand le risque pourrait survenir</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="58"/>
        <source>Next review; past dates are overdue</source>
        <translation>Prochaine revue ; une date passée est en retard</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="59"/>
        <source>Expected monetary value: cost impact weighted by the probability</source>
        <translation>Valeur monétaire espérée : impact coût pondéré par la probabilité</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="64"/>
        <source>↑ Up</source>
        <translation>↑ En hausse</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="65"/>
        <source>↓ Down</source>
        <translation>↓ En baisse</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="66"/>
        <source>→ Steady</source>
        <translation>→ Stable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="67"/>
        <source>• New</source>
        <translation>• Nouveau</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="70"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="71"/>
        <source>Issue</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="72"/>
        <source>Opport.</source>
        <translation>Opport.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="78"/>
        <source>New</source>
        <translation>Nouv.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="163"/>
        <source>EMV ({currency})</source>
        <translation>VME ({currency})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="310"/>
        <source>Probability {level}: {label}</source>
        <translation>Probabilité {level} : {label}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="314"/>
        <source>Impact {level}: {label}</source>
        <translation>Impact {level} : {label}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="321"/>
        <source>Issue severity {level} ({label}): {rag}</source>
        <translation>Gravité du problème {level} ({label}) : {rag}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="326"/>
        <source>{trend} (score since the status date)</source>
        <translation>{trend} (score depuis la date d&apos;état)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="330"/>
        <source>Review overdue</source>
        <translation>Revue en retard</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="333"/>
        <source>Cost impact × probability</source>
        <translation>Impact coût × probabilité</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/risk_model.py" line="334"/>
        <source>Whole cost impact</source>
        <translation>Impact coût entier</translation>
    </message>
</context>
<context>
    <name>RisksTab</name>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/tab.py" line="51"/>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/tab.py" line="258"/>
        <source>Close {reference}</source>
        <translation>Fermer {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/tab.py" line="261"/>
        <source>Why is it closed? (optional, kept with the entry)</source>
        <translation>Pourquoi est-il fermé ? (facultatif, conservé avec l&apos;entrée)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/tab.py" line="285"/>
        <source>{reference} occurred</source>
        <translation>{reference} s&apos;est produit</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/tab.py" line="288"/>
        <source>Severity of the issue:</source>
        <translation>Gravité du problème :</translation>
    </message>
</context>
<context>
    <name>RisksView</name>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="55"/>
        <source>Risk register</source>
        <translation>Registre des risques</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="78"/>
        <source>Risk details</source>
        <translation>Détails du risque</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="120"/>
        <source>New risk…</source>
        <translation>Nouveau risque…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="121"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="123"/>
        <source>Close…</source>
        <translation>Fermer…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="126"/>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="129"/>
        <source>Convert to issue…</source>
        <translation>Convertir en problème…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="144"/>
        <source>Inherent</source>
        <translation>Inhérent</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="145"/>
        <source>Risks as judged, before their responses</source>
        <translation>Risques tels qu&apos;évalués, avant leurs réponses</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="149"/>
        <source>Residual</source>
        <translation>Résiduel</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="150"/>
        <source>Risks after their planned responses</source>
        <translation>Risques après leurs réponses prévues</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="163"/>
        <source>Heat map</source>
        <translation>Carte des risques</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="168"/>
        <source>Open risks by probability and impact</source>
        <translation>Risques ouverts par probabilité et impact</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="201"/>
        <source>Vendor: {vendor} late on tasks {tasks}</source>
        <translation>Fournisseur : {vendor} en retard sur les tâches {tasks}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="209"/>
        <source>{risk}: {reason} (PO {order})</source>
        <translation>{risk} : {reason} (commande {order})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="241"/>
        <source>Showing residual probability {p} ({p_label}) × impact {i} ({i_label}) only</source>
        <translation>Uniquement probabilité résiduelle {p} ({p_label}) × impact {i} ({i_label})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="246"/>
        <source>Showing inherent probability {p} ({p_label}) × impact {i} ({i_label}) only</source>
        <translation>Uniquement probabilité inhérente {p} ({p_label}) × impact {i} ({i_label})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="251"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/risks/view.py" line="260"/>
        <source>Vendor: {vendor} late on task {wbs} {task}</source>
        <translation>Fournisseur : {vendor} en retard sur la tâche {wbs} {task}</translation>
    </message>
</context>
</TS>
