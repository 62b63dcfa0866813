<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AffectedTasksDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/tasks_dialog.py" line="29"/>
        <source>Affected tasks — {reference}</source>
        <translation>Tâches concernées — {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/tasks_dialog.py" line="42"/>
        <source>Find a task by WBS or name</source>
        <translation>Chercher une tâche par WBS ou nom</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/tasks_dialog.py" line="52"/>
        <source>The approved schedule impact ({count} working days) is added to the last ticked work task in outline order; summaries and milestones take no days.</source>
        <translation>L&apos;impact délai approuvé ({count} jours ouvrés) s&apos;ajoute à la dernière tâche de travail cochée dans l&apos;ordre du plan ; les récapitulatives et les jalons ne prennent pas de jours.</translation>
    </message>
</context>
<context>
    <name>ChangeActions</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="19"/>
        <source>&amp;Submit</source>
        <translation>&amp;Soumettre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="20"/>
        <source>Start &amp;Assessment</source>
        <translation>Commencer l&apos;é&amp;valuation</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="21"/>
        <source>A&amp;pprove…</source>
        <translation>A&amp;pprouver…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="22"/>
        <source>Re&amp;ject…</source>
        <translation>&amp;Rejeter…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="23"/>
        <source>De&amp;fer…</source>
        <translation>Re&amp;porter…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="24"/>
        <source>Mark &amp;Implemented</source>
        <translation>Marquer comme &amp;mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="25"/>
        <source>&amp;Close…</source>
        <translation>&amp;Clôturer…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="28"/>
        <source>Send the request to the client for a decision</source>
        <translation>Envoyer la demande au client pour décision</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="31"/>
        <source>Start assessing the request&apos;s impact on scope, schedule and cost</source>
        <translation>Commencer l&apos;évaluation de l&apos;impact sur le périmètre, le délai et le coût</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="34"/>
        <source>Record the client&apos;s approval: who decided, when and the decision notes</source>
        <translation>Enregistrer l&apos;approbation du client : qui a décidé, quand et les notes de décision</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="37"/>
        <source>Record the client&apos;s rejection: who decided, when and the decision notes</source>
        <translation>Enregistrer le rejet du client : qui a décidé, quand et les notes de décision</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="40"/>
        <source>Record that the client postponed the decision</source>
        <translation>Enregistrer que le client a reporté sa décision</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="41"/>
        <source>The approved change is delivered</source>
        <translation>La modification approuvée est livrée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="42"/>
        <source>Close the request; nothing more happens to it</source>
        <translation>Clôturer la demande ; plus rien ne s&apos;y passe</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="49"/>
        <source>Re&amp;submit</source>
        <translation>Re&amp;soumettre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="99"/>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="115"/>
        <source>&amp;New Change Request…</source>
        <translation>&amp;Nouvelle demande de modification…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="116"/>
        <source>Raise a change request for the project shown</source>
        <translation>Créer une demande de modification pour le projet affiché</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="124"/>
        <source>Record Client &amp;Decision…</source>
        <translation>Enregistrer la &amp;décision du client…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="125"/>
        <source>Record the client&apos;s signed decision: approve, reject or defer</source>
        <translation>Enregistrer la décision signée du client : approuver, rejeter ou reporter</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="130"/>
        <source>Edit Affected &amp;Tasks…</source>
        <translation>Modifier les &amp;tâches concernées…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="131"/>
        <source>Choose the plan&apos;s tasks the change affects</source>
        <translation>Choisir les tâches du plan concernées par la modification</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="137"/>
        <source>Edit Scope &amp;Lines…</source>
        <translation>Modifier les &amp;lignes de périmètre…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="138"/>
        <source>Name the charter&apos;s scope lines the request adds or removes</source>
        <translation>Nommer les lignes de périmètre de la charte que la demande ajoute ou retire</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="144"/>
        <source>Apply &amp;Schedule Impact</source>
        <translation>A&amp;ppliquer l&apos;impact délai</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="145"/>
        <source>Add the approved schedule days to the last affected work task</source>
        <translation>Ajouter les jours approuvés à la dernière tâche de travail concernée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="151"/>
        <source>Export Sign-off &amp;Form…</source>
        <translation>Exporter le &amp;formulaire de validation…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/actions.py" line="152"/>
        <source>Write a one-page PDF the client signs to decide the request</source>
        <translation>Créer un PDF d&apos;une page que le client signe pour décider</translation>
    </message>
</context>
<context>
    <name>ChangeDetailPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="38"/>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="39"/>
        <source>Decision date</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="40"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="41"/>
        <source>Implemented</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="42"/>
        <source>Applied to plan</source>
        <translation>Appliqué au plan</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="71"/>
        <source>Apply schedule impact</source>
        <translation>Appliquer au plan</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="76"/>
        <source>Export sign-off form…</source>
        <translation>Exporter le formulaire…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="81"/>
        <source>Edit affected tasks…</source>
        <translation>Choisir les tâches…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="86"/>
        <source>Edit scope lines…</source>
        <translation>Modifier le périmètre…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="129"/>
        <source>Affected tasks</source>
        <translation>Tâches concernées</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="139"/>
        <source>Charter scope</source>
        <translation>Périmètre charte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="143"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="148"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="154"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="170"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="186"/>
        <source>No change request selected</source>
        <translation>Aucune demande de modification sélectionnée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="189"/>
        <source>Select a change request in the table to see and edit it.</source>
        <translation>Sélectionnez une demande de modification dans le tableau pour la voir et la modifier.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="218"/>
        <source>None yet: link the tasks the change affects.</source>
        <translation>Aucune pour l&apos;instant : liez les tâches concernées par la modification.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="231"/>
        <source>None named: Edit scope lines… to name them.</source>
        <translation>Aucune nommée : utilisez « Modifier le périmètre… ».</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="253"/>
        <source>raised {date} by {person}</source>
        <translation>créée le {date} par {person}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="257"/>
        <source>raised {date}</source>
        <translation>créée le {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_panel.py" line="260"/>
        <source>{priority} priority</source>
        <translation>Priorité {priority}</translation>
    </message>
</context>
<context>
    <name>ChangeFilterBar</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/filter_bar.py" line="27"/>
        <source>New change request…</source>
        <translation>Nouvelle demande…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/filter_bar.py" line="39"/>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/filter_bar.py" line="46"/>
        <source>Category filter</source>
        <translation>Filtre par catégorie</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/filter_bar.py" line="48"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/filter_bar.py" line="53"/>
        <source>Search change requests</source>
        <translation>Rechercher des demandes</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/filter_bar.py" line="78"/>
        <source>{count} change request</source>
        <translation>{count} demande de modification</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/filter_bar.py" line="82"/>
        <source>{count} change requests</source>
        <translation>{count} demandes de modification</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/filter_bar.py" line="89"/>
        <source>Showing {shown} of {total}</source>
        <translation>{shown} sur {total} affichées</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/filter_bar.py" line="94"/>
        <source>{count} awaiting decision</source>
        <translation>{count} en attente de décision</translation>
    </message>
</context>
<context>
    <name>ChangeFilterProxy</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/filter_proxy.py" line="22"/>
        <source>All requests</source>
        <translation>Toutes les demandes</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/filter_proxy.py" line="23"/>
        <source>Open (not closed)</source>
        <translation>Ouvertes (non clôturées)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/filter_proxy.py" line="24"/>
        <source>Awaiting decision</source>
        <translation>En attente de décision</translation>
    </message>
</context>
<context>
    <name>ChangeForm</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="37"/>
        <source>The impact is fixed once the client has decided; it was agreed as shown.</source>
        <translation>L&apos;impact est figé une fois que le client a décidé ; il a été convenu tel qu&apos;affiché.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="91"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="93"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="94"/>
        <source>What is asked for</source>
        <translation>Ce qui est demandé</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="96"/>
        <source>Why the client asks for it</source>
        <translation>Pourquoi le client le demande</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="98"/>
        <source> working days</source>
        <translation> jours ouvrés</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="99"/>
        <source> person-days</source>
        <translation> jours-homme</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="102"/>
        <source>Billable to the client</source>
        <translation>Facturable au client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="106"/>
        <source>What changes in the deliverables</source>
        <translation>Ce qui change dans les livrables</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="114"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="116"/>
        <source>Requested &amp;by</source>
        <translation>Demandé &amp;par</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="119"/>
        <source>&amp;Raised</source>
        <translation>&amp;Créée le</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="125"/>
        <source>Category, priority</source>
        <translation>Catégorie, priorité</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="128"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="130"/>
        <source>Reas&amp;on</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="133"/>
        <source>&amp;Schedule</source>
        <translation>Dé&amp;lai</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="136"/>
        <source>&amp;Effort</source>
        <translation>C&amp;harge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="139"/>
        <source>&amp;Cost impact</source>
        <translation>Co&amp;ût</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="143"/>
        <source>Change &amp;order</source>
        <translation>&amp;Avenant</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="146"/>
        <source>Sco&amp;pe impact</source>
        <translation>Pé&amp;rimètre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/detail_form.py" line="192"/>
        <source>— (not recorded)</source>
        <translation>— (non renseigné)</translation>
    </message>
</context>
<context>
    <name>ChangeTableModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="29"/>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="30"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="31"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="32"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="33"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="34"/>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="35"/>
        <source>Raised</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="36"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="37"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="38"/>
        <source>Change order</source>
        <translation>Avenant</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="39"/>
        <source>Decided</source>
        <translation>Décidée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="46"/>
        <source>Schedule impact in working days</source>
        <translation>Impact délai en jours ouvrés</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="47"/>
        <source>Cost impact: what the change costs the project</source>
        <translation>Impact coût : ce que la modification coûte au projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="48"/>
        <source>Change-order value: what the client pays for a billable change</source>
        <translation>Valeur de l&apos;avenant : ce que le client paie pour une modification facturable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="51"/>
        <source>When the client decided (approved or rejected)</source>
        <translation>Quand le client a décidé (approuvé ou rejeté)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="54"/>
        <source>When the request was raised</source>
        <translation>Quand la demande a été créée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="149"/>
        <source>Not billable: the client pays nothing extra</source>
        <translation>Non facturable : le client ne paie rien de plus</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/change_model.py" line="156"/>
        <source>Closed after approval: counts in the approved totals</source>
        <translation>Clôturée après approbation : compte dans les totaux approuvés</translation>
    </message>
</context>
<context>
    <name>ChangeTableView</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/table_view.py" line="31"/>
        <source>Change requests</source>
        <translation>Demandes de modification</translation>
    </message>
</context>
<context>
    <name>ChangeTotals</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="19"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="20"/>
        <source>Contract value</source>
        <translation>Valeur du contrat</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="21"/>
        <source>Forecast finish</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="22"/>
        <source>Awaiting decision</source>
        <translation>En attente de décision</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="25"/>
        <source>The original budget plus the cost of every approved change</source>
        <translation>Le budget initial plus le coût de chaque modification approuvée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="28"/>
        <source>The original contract value plus every approved billable change order</source>
        <translation>La valeur initiale du contrat plus chaque avenant facturable approuvé</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="31"/>
        <source>The plan&apos;s scheduled finish, as the header and the pack show it; below it the finish agreed with the client: baseline finish (else the plan&apos;s) plus approved change days</source>
        <translation>La fin planifiée, telle que l&apos;en-tête et le dossier l&apos;affichent ; en dessous, la fin convenue avec le client : fin de référence (sinon celle du plan) plus les jours de modification approuvés</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="36"/>
        <source>Submitted and under-assessment requests: cost and days if the client approves</source>
        <translation>Demandes soumises et en évaluation : coût et jours si le client approuve</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="69"/>
        <source>&lt;b&gt;Scope growth&lt;/b&gt;&lt;br&gt;all change requests,&lt;br&gt;whatever the filters</source>
        <translation>&lt;b&gt;Croissance du périmètre&lt;/b&gt;&lt;br&gt;toutes les demandes,&lt;br&gt;quels que soient les filtres</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="121"/>
        <source>{original} original + {approved} approved</source>
        <translation>{original} initial + {approved} approuvé</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="127"/>
        <source>{original} original + {orders} change orders</source>
        <translation>{original} initial + {orders} avenants</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="136"/>
        <source>agreed {agreed}: {original} + {days} approved</source>
        <translation>convenue {agreed} : {original} + {days} approuvés</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="146"/>
        <source>{count} request</source>
        <translation>{count} demande</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="148"/>
        <source>{count} requests</source>
        <translation>{count} demandes</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="153"/>
        <source>Nothing waits for the client</source>
        <translation>Rien n&apos;attend le client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="171"/>
        <source>{count} working day</source>
        <translation>{count} jour ouvré</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/totals.py" line="172"/>
        <source>{count} working days</source>
        <translation>{count} jours ouvrés</translation>
    </message>
</context>
<context>
    <name>ChangeVocabulary</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/vocabulary.py" line="23"/>
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/vocabulary.py" line="24"/>
        <source>Start assessment</source>
        <translation>Commencer l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/vocabulary.py" line="25"/>
        <source>Approve…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/vocabulary.py" line="26"/>
        <source>Reject…</source>
        <translation>Rejeter…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/vocabulary.py" line="27"/>
        <source>Defer…</source>
        <translation>Reporter…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/vocabulary.py" line="28"/>
        <source>Mark implemented</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/vocabulary.py" line="29"/>
        <source>Close…</source>
        <translation>Clôturer…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/vocabulary.py" line="31"/>
        <source>Resubmit</source>
        <translation>Resoumettre</translation>
    </message>
</context>
<context>
    <name>ChangesTab</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/tab.py" line="51"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/tab.py" line="286"/>
        <source>Added {reference} as a draft</source>
        <translation>{reference} créée comme brouillon</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/tab.py" line="304"/>
        <source>Close {reference}</source>
        <translation>Clôturer {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/tab.py" line="307"/>
        <source>Closing note (optional, kept in the history):</source>
        <translation>Note de clôture (facultative, conservée dans l&apos;historique) :</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/tab.py" line="369"/>
        <source>{count} working day</source>
        <translation>{count} jour ouvré</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/tab.py" line="371"/>
        <source>{count} working days</source>
        <translation>{count} jours ouvrés</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/tab.py" line="375"/>
        <source>Added a task of {span} after {task} ({reference})</source>
        <translation>Tâche de {span} ajoutée après {task} ({reference})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/tab.py" line="379"/>
        <source>Added {span} to {task} ({reference})</source>
        <translation>{span} ajoutés à {task} ({reference})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/tab.py" line="395"/>
        <source>Saved &lt;b&gt;{file}&lt;/b&gt; · &lt;a href=&apos;{link}&apos;&gt;Open&lt;/a&gt;</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; enregistré · &lt;a href=&apos;{link}&apos;&gt;Ouvrir&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/tab.py" line="400"/>
        <source>Saved {file} to {folder}</source>
        <translation>{file} enregistré dans {folder}</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/view.py" line="57"/>
        <source>No change requests yet</source>
        <translation>Aucune demande de modification</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/view.py" line="58"/>
        <source>When the client asks for something the plan does not hold, raise a change request: assess its impact, record the client&apos;s decision, then apply it.</source>
        <translation>Quand le client demande ce que le plan ne prévoit pas, créez une demande de modification : évaluez son impact, enregistrez la décision du client, puis appliquez-la.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/view.py" line="66"/>
        <source>New change request…</source>
        <translation>Nouvelle demande de modification…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/view.py" line="77"/>
        <source>Change request details</source>
        <translation>Détails de la demande de modification</translation>
    </message>
</context>
<context>
    <name>ClientDecisionDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="42"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="43"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="44"/>
        <source>Defer</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="47"/>
        <source>Record approval</source>
        <translation>Enregistrer l&apos;approbation</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="48"/>
        <source>Record rejection</source>
        <translation>Enregistrer le rejet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="49"/>
        <source>Record deferral</source>
        <translation>Enregistrer le report</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="53"/>
        <source>To approve {reference}, enter {missing}.</source>
        <translation>Pour approuver {reference}, saisissez {missing}.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="56"/>
        <source>To reject {reference}, enter {missing}.</source>
        <translation>Pour rejeter {reference}, saisissez {missing}.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="59"/>
        <source>To defer {reference}, enter {missing}.</source>
        <translation>Pour reporter {reference}, saisissez {missing}.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="77"/>
        <source>Record the client&apos;s decision — {reference}</source>
        <translation>Enregistrer la décision du client — {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="105"/>
        <source>Who signed for the client</source>
        <translation>Qui a signé pour le client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="117"/>
        <source>The decision as the client worded it, e.g. the change order</source>
        <translation>La décision telle que formulée par le client, p. ex. l&apos;avenant</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="125"/>
        <source>Optional: kept in the request&apos;s history</source>
        <translation>Facultatif : conservé dans l&apos;historique de la demande</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="130"/>
        <source>Signed sign-off form received</source>
        <translation>Formulaire de validation signé reçu</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="139"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="141"/>
        <source>Decided &amp;by</source>
        <translation>Décidé &amp;par</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="144"/>
        <source>Decision &amp;date</source>
        <translation>&amp;Date de décision</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="147"/>
        <source>Decision &amp;notes</source>
        <translation>&amp;Notes de décision</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="149"/>
        <source>Co&amp;mment</source>
        <translation>Co&amp;mmentaire</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="171"/>
        <source>who decided and the decision notes</source>
        <translation>qui a décidé et les notes de décision</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="175"/>
        <source>who decided</source>
        <translation>qui a décidé</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/client_decision_dialog.py" line="177"/>
        <source>the decision notes</source>
        <translation>les notes de décision</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="38"/>
        <source>Change the description of {reference}</source>
        <translation>Modifier la description de {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="39"/>
        <source>Change the reason of {reference}</source>
        <translation>Modifier le motif de {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="40"/>
        <source>Change the requester of {reference}</source>
        <translation>Modifier le demandeur de {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="41"/>
        <source>Change the date raised of {reference}</source>
        <translation>Modifier la date de création de {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="42"/>
        <source>Change the category of {reference}</source>
        <translation>Modifier la catégorie de {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="43"/>
        <source>Change the priority of {reference}</source>
        <translation>Modifier la priorité de {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="44"/>
        <source>Change the schedule impact of {reference}</source>
        <translation>Modifier l&apos;impact délai de {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="45"/>
        <source>Change the cost impact of {reference}</source>
        <translation>Modifier l&apos;impact coût de {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="46"/>
        <source>Change the effort of {reference}</source>
        <translation>Modifier la charge de {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="47"/>
        <source>Change the scope impact of {reference}</source>
        <translation>Modifier l&apos;impact périmètre de {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="48"/>
        <source>Change the change-order value of {reference}</source>
        <translation>Modifier la valeur de l&apos;avenant de {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="72"/>
        <source>New change request</source>
        <translation>Nouvelle demande de modification</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="88"/>
        <source>Mark {reference} billable</source>
        <translation>Marquer {reference} comme facturable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="90"/>
        <source>Mark {reference} not billable</source>
        <translation>Marquer {reference} comme non facturable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="93"/>
        <source>Rename {reference}</source>
        <translation>Renommer {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="99"/>
        <source>Change the {fields} of {reference}</source>
        <translation>Modifier {fields} de {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="115"/>
        <source>Change the affected tasks of {reference}</source>
        <translation>Modifier les tâches concernées par {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="127"/>
        <source>Change the scope lines of {reference}</source>
        <translation>Modifier les lignes de périmètre de {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/edits.py" line="141"/>
        <source>Apply the schedule impact of {reference}</source>
        <translation>Appliquer l&apos;impact délai de {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/vocabulary.py" line="34"/>
        <source>Submit {reference}</source>
        <translation>Soumettre {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/vocabulary.py" line="35"/>
        <source>Start assessment of {reference}</source>
        <translation>Commencer l&apos;évaluation de {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/vocabulary.py" line="36"/>
        <source>Approve {reference}</source>
        <translation>Approuver {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/vocabulary.py" line="37"/>
        <source>Reject {reference}</source>
        <translation>Rejeter {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/vocabulary.py" line="38"/>
        <source>Defer {reference}</source>
        <translation>Reporter {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/vocabulary.py" line="39"/>
        <source>Mark {reference} implemented</source>
        <translation>Marquer {reference} comme mise en œuvre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/vocabulary.py" line="40"/>
        <source>Close {reference}</source>
        <translation>Clôturer {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/vocabulary.py" line="42"/>
        <source>Resubmit {reference}</source>
        <translation>Soumettre à nouveau {reference}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/history_model.py" line="14"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/history_model.py" line="15"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/history_model.py" line="16"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/history_model.py" line="17"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>ImpactDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/impact_dialog.py" line="34"/>
        <source>{count} working day</source>
        <translation>{count} jour ouvré</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/impact_dialog.py" line="36"/>
        <source>{count} working days</source>
        <translation>{count} jours ouvrés</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/impact_dialog.py" line="41"/>
        <source>Apply the schedule impact of {reference}</source>
        <translation>Appliquer l&apos;impact délai de {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/impact_dialog.py" line="46"/>
        <source>{reference} was approved with {span} of schedule impact. How should the plan show them?</source>
        <translation>{reference} a été approuvée avec {span} d&apos;impact délai. Comment le plan doit-il les montrer ?</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/impact_dialog.py" line="55"/>
        <source>&amp;Lengthen the affected task</source>
        <translation>&amp;Allonger la tâche concernée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/impact_dialog.py" line="58"/>
        <source>&amp;Add a task for the change</source>
        <translation>A&amp;jouter une tâche pour la modification</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/impact_dialog.py" line="64"/>
        <source>{task}: {before} → {after} days.</source>
        <translation>{task} : {before} → {after} jours.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/impact_dialog.py" line="70"/>
        <source>“{reference} {title}”, {span}, right after {wbs}; the tasks that followed {wbs} wait for it.</source>
        <translation>« {reference} {title} », {span}, juste après {wbs} ; les tâches qui suivaient {wbs} l&apos;attendent.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/impact_dialog.py" line="78"/>
        <source>Either way the plan is rescheduled, and Undo takes it back in one step.</source>
        <translation>Dans les deux cas le plan est recalculé, et Annuler revient en arrière en une étape.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/impact_dialog.py" line="87"/>
        <source>Apply to plan</source>
        <translation>Appliquer au plan</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/tab.py" line="102"/>
        <source>&amp;Changes</source>
        <translation>&amp;Modifications</translation>
    </message>
</context>
<context>
    <name>NewChangeDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/new_change_dialog.py" line="27"/>
        <source>New change request</source>
        <translation>Nouvelle demande de modification</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/new_change_dialog.py" line="31"/>
        <source>What the client asks to change, in a few words</source>
        <translation>Ce que le client veut changer, en quelques mots</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/new_change_dialog.py" line="37"/>
        <source>— (not recorded)</source>
        <translation>— (non renseigné)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/new_change_dialog.py" line="51"/>
        <source>What is asked for (optional)</source>
        <translation>Ce qui est demandé (facultatif)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/new_change_dialog.py" line="55"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/new_change_dialog.py" line="57"/>
        <source>Requested &amp;by</source>
        <translation>Demandé &amp;par</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/new_change_dialog.py" line="59"/>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/new_change_dialog.py" line="60"/>
        <source>&amp;Priority</source>
        <translation>P&amp;riorité</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/new_change_dialog.py" line="61"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
</context>
<context>
    <name>SignOffForm</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/sign_off.py" line="23"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/sign_off.py" line="43"/>
        <source>Export the sign-off form of {reference}</source>
        <translation>Exporter le formulaire de validation de {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/sign_off.py" line="69"/>
        <source>Export sign-off form</source>
        <translation>Exporter le formulaire de validation</translation>
    </message>
</context>
<context>
    <name>TaskChoiceModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/changes/task_choice_model.py" line="19"/>
        <source>A summary or milestone takes no days: the impact goes to a work task</source>
        <translation>Une tâche récapitulative ou un jalon ne prend pas de jours : l&apos;impact va à une tâche de travail</translation>
    </message>
</context>
</TS>
