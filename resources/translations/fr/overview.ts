<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BillingAmountDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_dialogs.py" line="71"/>
        <source>Bill a task</source>
        <translation>Facturer une tâche</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_dialogs.py" line="73"/>
        <source>Change the billing amount</source>
        <translation>Modifier le montant facturé</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_dialogs.py" line="84"/>
        <source>e.g. 56000</source>
        <translation>p. ex. 56000</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_dialogs.py" line="90"/>
        <source>— (when the milestone is reached)</source>
        <translation>— (quand le jalon est atteint)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_dialogs.py" line="101"/>
        <source>&amp;Task or milestone</source>
        <translation>&amp;Tâche ou jalon</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_dialogs.py" line="104"/>
        <source>&amp;Amount ({currency})</source>
        <translation>&amp;Montant ({currency})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_dialogs.py" line="111"/>
        <source>Becomes &amp;due when the client accepts</source>
        <translation>&amp;Exigible à la recette du client de</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_dialogs.py" line="136"/>
        <source>The billing amount must be more than 0.</source>
        <translation>Le montant facturé doit être supérieur à 0.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_dialogs.py" line="146"/>
        <source>Every task that can bill already does.</source>
        <translation>Toutes les tâches facturables le sont déjà.</translation>
    </message>
</context>
<context>
    <name>BillingPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="59"/>
        <source>Mark as &amp;Due</source>
        <translation>Marquer &amp;exigible</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="60"/>
        <source>The milestone is reached: the invoice can be sent</source>
        <translation>Le jalon est atteint : la facture peut être envoyée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="64"/>
        <source>Record &amp;Invoice…</source>
        <translation>Saisir la &amp;facture…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="65"/>
        <source>Date the invoice sent to the client and its number</source>
        <translation>Date et numéro de la facture envoyée au client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="69"/>
        <source>Record &amp;Payment…</source>
        <translation>Saisir le &amp;paiement…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="70"/>
        <source>Date the client&apos;s payment</source>
        <translation>Date du paiement du client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="74"/>
        <source>Back to &amp;Not Due</source>
        <translation>Revenir à &amp;non exigible</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="75"/>
        <source>Marked due too early: undo the step</source>
        <translation>Marqué exigible trop tôt : annuler l&apos;étape</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="91"/>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="239"/>
        <source>Billing schedule</source>
        <translation>Échéancier de facturation</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="101"/>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="114"/>
        <source>No task bills the client yet. Use Bill a Task… to put an amount on a milestone.</source>
        <translation>Aucune tâche n&apos;est encore facturée au client. Utilisez « Facturer une tâche… » pour affecter un montant à un jalon.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="123"/>
        <source>Bill a &amp;Task…</source>
        <translation>Facturer une &amp;tâche…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="125"/>
        <source>Put a billing amount on a task</source>
        <translation>Affecter un montant à facturer à une tâche</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="128"/>
        <source>Change &amp;Amount…</source>
        <translation>Modifier le &amp;montant…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="130"/>
        <source>Change what it bills</source>
        <translation>Modifier ce qu&apos;elle facture</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="133"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="135"/>
        <source>The task no longer bills</source>
        <translation>La tâche n&apos;est plus facturée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="191"/>
        <source>Billable {billable} · invoiced {invoiced} · paid {paid} · outstanding {outstanding} · not yet invoiced {not_invoiced}</source>
        <translation>Facturable {billable} · facturé {invoiced} · payé {paid} · à encaisser {outstanding} · pas encore facturé {not_invoiced}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="240"/>
        <source>{name} is already {status}: the amount on the invoice stands.</source>
        <translation>{name} est déjà {status} : le montant de la facture est maintenu.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="264"/>
        <source>Remove billing</source>
        <translation>Supprimer la facturation</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="265"/>
        <source>Stop billing the client for {name} ({amount})?</source>
        <translation>Ne plus facturer {name} ({amount}) au client ?</translation>
    </message>
</context>
<context>
    <name>BillingTableModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_model.py" line="27"/>
        <source>WBS</source>
        <translation>WBS</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_model.py" line="28"/>
        <source>Billing milestone</source>
        <translation>Jalon de facturation</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_model.py" line="29"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_model.py" line="30"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_model.py" line="31"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_model.py" line="32"/>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_model.py" line="33"/>
        <source>Invoice no.</source>
        <translation>N° de facture</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_model.py" line="34"/>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_model.py" line="94"/>
        <source>Becomes due when the client accepts the deliverable {reference}</source>
        <translation>Exigible à la recette du livrable {reference} par le client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_model.py" line="114"/>
        <source> · on {reference}</source>
        <translation> · à {reference}</translation>
    </message>
</context>
<context>
    <name>BudgetBurnChart</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/charts.py" line="189"/>
        <source>Budget burn</source>
        <translation>Consommation du budget</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/charts.py" line="190"/>
        <source>No project has a budget yet.</source>
        <translation>Aucun projet n&apos;a encore de budget.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/charts.py" line="216"/>
        <source>{label}: {actual} of {budget} spent ({share})</source>
        <translation>{label} : {actual} sur {budget} dépensés ({share})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/charts.py" line="225"/>
        <source> · earned {share}</source>
        <translation> · acquis {share}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/charts.py" line="246"/>
        <source>Bar: actual cost of the current budget · tick: earned value</source>
        <translation>Barre : coût réel du budget actuel · trait : valeur acquise</translation>
    </message>
</context>
<context>
    <name>CommentaryDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/commentary.py" line="30"/>
        <source>&amp;Internal notes (internal pack only)</source>
        <translation>Notes &amp;internes (dossier interne seulement)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/commentary.py" line="50"/>
        <source>What the sponsor should know this week</source>
        <translation>Ce que le commanditaire doit savoir cette semaine</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/commentary.py" line="56"/>
        <source>For our own team: margin, rates, what the client must not read</source>
        <translation>Pour notre équipe : marge, taux, ce que le client ne doit pas lire</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/commentary.py" line="60"/>
        <source>&amp;Commentary</source>
        <translation>&amp;Commentaire</translation>
    </message>
</context>
<context>
    <name>CommentaryPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/commentary.py" line="26"/>
        <source>No commentary for this status date yet: what should the sponsor know this week?</source>
        <translation>Pas encore de commentaire pour cette date d&apos;état : que doit savoir le commanditaire cette semaine ?</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/commentary.py" line="32"/>
        <source>Internal notes kept for the internal pack (Edit Commentary… shows them)</source>
        <translation>Notes internes conservées pour le dossier interne (« Modifier le commentaire… » les affiche)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/commentary.py" line="91"/>
        <location filename="../../../cpm_desktop/ui/overview/commentary.py" line="127"/>
        <source>PM commentary</source>
        <translation>Commentaire du CP</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/commentary.py" line="94"/>
        <source>&amp;Edit Commentary…</source>
        <translation>&amp;Modifier le commentaire…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/commentary.py" line="123"/>
        <source>PM commentary · status date {day}</source>
        <translation>Commentaire du CP · date d&apos;état {day}</translation>
    </message>
</context>
<context>
    <name>CsatTrendChart</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/charts.py" line="105"/>
        <source>Client satisfaction over time</source>
        <translation>Satisfaction client dans le temps</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/charts.py" line="106"/>
        <source>No scored feedback yet.</source>
        <translation>Aucun retour noté pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="229"/>
        <source>Bill a task</source>
        <translation>Facturer une tâche</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="255"/>
        <source>Change billing</source>
        <translation>Modifier la facturation</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="271"/>
        <source>Remove billing</source>
        <translation>Retirer la facturation</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/commentary.py" line="153"/>
        <source>Edit commentary</source>
        <translation>Modifier le commentaire</translation>
    </message>
</context>
<context>
    <name>InvoiceStepDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_dialogs.py" line="173"/>
        <source>Record the payment</source>
        <translation>Saisir le paiement</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_dialogs.py" line="175"/>
        <source>Record the invoice</source>
        <translation>Saisir la facture</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_dialogs.py" line="181"/>
        <source> · invoice {number}</source>
        <translation> · facture {number}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_dialogs.py" line="197"/>
        <source>e.g. INV-2026-041</source>
        <translation>p. ex. FA-2026-041</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_dialogs.py" line="201"/>
        <source>Paid &amp;on</source>
        <translation>Payé &amp;le</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_dialogs.py" line="203"/>
        <source>Invoiced &amp;on</source>
        <translation>Facturé &amp;le</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_dialogs.py" line="208"/>
        <source>Invoice &amp;number</source>
        <translation>&amp;Numéro de facture</translation>
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="25"/>
        <source>per currency</source>
        <translation>par devise</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="27"/>
        <source>Set exchange rates (Edit › Exchange Rates…) to roll up in one currency.</source>
        <translation>Définissez des taux de change (Édition › Taux de change…) pour consolider dans une devise.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="78"/>
        <source>{number} day</source>
        <translation>{number} jour</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="79"/>
        <source>{number} days</source>
        <translation>{number} jours</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="90"/>
        <source>Finish variance</source>
        <translation>Écart de fin</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="98"/>
        <source>Schedule (SPI)</source>
        <translation>Délais (SPI)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="100"/>
        <source>EV − PV {amount}</source>
        <translation>VA − VP {amount}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="106"/>
        <source>needs a status date and budgets</source>
        <translation>exige une date d&apos;état et des budgets</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="112"/>
        <source>Cost (CPI)</source>
        <translation>Coûts (CPI)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="114"/>
        <source>earned value ÷ actual cost</source>
        <translation>valeur acquise ÷ coût réel</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="118"/>
        <source>no actual cost yet</source>
        <translation>pas encore de coût réel</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="132"/>
        <source>no baseline saved</source>
        <translation>aucune référence enregistrée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="135"/>
        <source>forecast finish vs baseline</source>
        <translation>fin prévue vs référence</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="138"/>
        <source>project finish; {count} milestone behind (up to {slip})</source>
        <translation>fin du projet ; {count} jalon en retard (jusqu&apos;à {slip})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="142"/>
        <source>project finish; {count} milestones behind (up to {slip})</source>
        <translation>fin du projet ; {count} jalons en retard (jusqu&apos;à {slip})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="162"/>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="261"/>
        <source>Budget variance</source>
        <translation>Écart budgétaire</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="165"/>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="312"/>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="173"/>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="176"/>
        <source>for {count} client</source>
        <translation>pour {count} client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="178"/>
        <source>for {count} clients</source>
        <translation>pour {count} clients</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="181"/>
        <source>Projects in this view.</source>
        <translation>Projets de cette vue.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="189"/>
        <source>Repeat business</source>
        <translation>Clients fidèles</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="191"/>
        <source>{repeat} of {count} clients with more than one project</source>
        <translation>{repeat} clients sur {count} avec plus d&apos;un projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="195"/>
        <source>Clients who came back: more than one project in this workspace.</source>
        <translation>Clients revenus : plus d&apos;un projet dans cet espace de travail.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="230"/>
        <source>{met} of {counted} milestones met</source>
        <translation>{met} jalons tenus sur {counted}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="234"/>
        <source>no milestone due against a baseline yet</source>
        <translation>aucun jalon encore dû par rapport à une référence</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="238"/>
        <source>On-time delivery</source>
        <translation>Livraison à temps</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="251"/>
        <source>no budget set</source>
        <translation>aucun budget défini</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="253"/>
        <source>{amount} at completion</source>
        <translation>{amount} à l&apos;achèvement</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="258"/>
        <source>no budget</source>
        <translation>aucun budget</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="272"/>
        <source>{count} score</source>
        <translation>{count} note</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="274"/>
        <source>{count} scores</source>
        <translation>{count} notes</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="279"/>
        <source>no scored feedback yet</source>
        <translation>pas encore de retour noté</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="283"/>
        <source>Client satisfaction</source>
        <translation>Satisfaction client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="296"/>
        <source>no contract value set</source>
        <translation>aucune valeur de contrat définie</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="299"/>
        <source>no budget or cost to judge</source>
        <translation>ni budget ni coût pour juger</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="303"/>
        <source>{margin} on {revenue}</source>
        <translation>{margin} sur {revenue}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="308"/>
        <source>no contract value or cost</source>
        <translation>ni valeur de contrat ni coût</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="330"/>
        <source> · {count} project left out ({why})</source>
        <translation> · {count} projet exclu ({why})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="332"/>
        <source> · {count} projects left out ({why})</source>
        <translation> · {count} projets exclus ({why})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="340"/>
        <source>Red risks &amp; issues</source>
        <translation>Risques et problèmes rouges</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="348"/>
        <source>Pending changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="350"/>
        <source>awaiting the client&apos;s decision</source>
        <translation>en attente de la décision du client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="360"/>
        <source>{count} risk</source>
        <translation>{count} risque</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="361"/>
        <source>{count} risks</source>
        <translation>{count} risques</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="367"/>
        <source>{count} issue</source>
        <translation>{count} problème</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="368"/>
        <source>{count} issues</source>
        <translation>{count} problèmes</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_tiles.py" line="21"/>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_tiles.py" line="22"/>
        <source>Amber</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_tiles.py" line="23"/>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_tiles.py" line="105"/>
        <source>Click to open {where}.</source>
        <translation>Cliquer pour ouvrir {where}.</translation>
    </message>
</context>
<context>
    <name>NextMilestonesModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/milestones_model.py" line="18"/>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/milestones_model.py" line="19"/>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/milestones_model.py" line="20"/>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/milestones_model.py" line="21"/>
        <source>Variance</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/milestones_model.py" line="22"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/tab.py" line="34"/>
        <source>Overview</source>
        <translation>Synthèse</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/view.py" line="44"/>
        <source>Project summary</source>
        <translation>Synthèse du projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/view.py" line="49"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/view.py" line="51"/>
        <source>Client Feedback</source>
        <translation>Retours client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/view.py" line="53"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/view.py" line="55"/>
        <source>Lessons Learned</source>
        <translation>Retours d&apos;expérience</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/view.py" line="58"/>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
</context>
<context>
    <name>PortfolioTableModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="64"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="69"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="74"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="76"/>
        <source>RAG</source>
        <translation>RAG</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="81"/>
        <source>On time</source>
        <translation>À temps</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="87"/>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="93"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="99"/>
        <source>CPI</source>
        <translation>CPI</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="105"/>
        <source>SPI</source>
        <translation>SPI</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="111"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="117"/>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="123"/>
        <source>Red R &amp; I</source>
        <translation>R &amp; P rouges</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="128"/>
        <source>Pending CRs</source>
        <translation>DM en attente</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="133"/>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="136"/>
        <source>Share of the milestones due by the status date met against the baseline</source>
        <translation>Part des jalons dus à la date d&apos;état tenus par rapport à la référence</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="140"/>
        <source>Forecast finish against the baseline, in working days; + is late</source>
        <translation>Fin prévue par rapport à la référence, en jours ouvrés ; + signifie en retard</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="143"/>
        <source>Budget variance at completion; − is over budget</source>
        <translation>Écart budgétaire à l&apos;achèvement ; − signifie dépassement</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="146"/>
        <source>Cost performance index (earned value ÷ actual cost)</source>
        <translation>Indice de performance des coûts (valeur acquise ÷ coût réel)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="149"/>
        <source>Schedule performance index (earned value ÷ planned value)</source>
        <translation>Indice de performance des délais (valeur acquise ÷ valeur planifiée)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="152"/>
        <source>Average client satisfaction, 1–5</source>
        <translation>Satisfaction client moyenne, 1–5</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="153"/>
        <source>Margin % of revenue (contract + approved billable changes)</source>
        <translation>Marge en % du chiffre d&apos;affaires (contrat + modifications facturables approuvées)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="156"/>
        <source>Overall status: the PM&apos;s rating (PM), else computed from the KPIs</source>
        <translation>État global : l&apos;évaluation du CP (CP), sinon calculé à partir des KPI</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="159"/>
        <source>Open red risks and red issues</source>
        <translation>Risques rouges et problèmes rouges ouverts</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="160"/>
        <source>Lifecycle stage, moved by dated stage gates (Project › Stage Gate…)</source>
        <translation>Phase du cycle de vie, avancée par des passages de phase datés (Projet › Passage de phase…)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="163"/>
        <source>The team&apos;s billable hours booked ÷ hours available, to the status date</source>
        <translation>Heures facturables saisies par l&apos;équipe ÷ heures disponibles, jusqu&apos;à la date d&apos;état</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="170"/>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="252"/>
        <source>{code} · Utilisation: no hours booked yet</source>
        <translation>{code} · Utilisation : aucune heure saisie</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="255"/>
        <source>{code} · Utilisation {share}: {billable} billable of {available} h</source>
        <translation>{code} · Utilisation {share} : {billable} facturables sur {available} h</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="285"/>
        <source>{code} · closed on {date}: read-only; its KPIs still count in the portfolio</source>
        <translation>{code} · clôturé le {date} : lecture seule ; ses KPI comptent toujours dans le portefeuille</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="289"/>
        <source>{code} · stage: {stage}</source>
        <translation>{code} · phase : {stage}</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_view.py" line="41"/>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_view.py" line="76"/>
        <source>Double-click a project to open it</source>
        <translation>Double-cliquer sur un projet pour l&apos;ouvrir</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_view.py" line="164"/>
        <source>{count} project</source>
        <translation>{count} projet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_view.py" line="166"/>
        <source>{count} projects</source>
        <translation>{count} projets</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_view.py" line="171"/>
        <source> ({closed} closed, counted in the KPIs)</source>
        <translation> ({closed} clôturés, comptés dans les KPI)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_view.py" line="176"/>
        <source>KPIs as of each project&apos;s status date ({date} the latest)</source>
        <translation>KPI à la date d&apos;état de chaque projet (la plus récente : {date})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_view.py" line="187"/>
        <source>1 {currency} = {rate} {quote} from {date}</source>
        <translation>1 {currency} = {rate} {quote} à partir du {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_view.py" line="198"/>
        <source>money in {currency} at {rates}</source>
        <translation>montants en {currency} à {rates}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_view.py" line="207"/>
        <source> (no {codes} rate into {currency} for a project&apos;s day)</source>
        <translation> (aucun taux {codes} vers {currency} pour le jour d&apos;un projet)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_view.py" line="211"/>
        <source>money per currency{missing}.</source>
        <translation>montants par devise{missing}.</translation>
    </message>
</context>
<context>
    <name>ProjectSummaryPage</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/project_page.py" line="46"/>
        <location filename="../../../cpm_desktop/ui/overview/project_page.py" line="47"/>
        <location filename="../../../cpm_desktop/ui/overview/project_page.py" line="48"/>
        <source>the Timeline</source>
        <translation>la chronologie</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/project_page.py" line="49"/>
        <source>the client feedback</source>
        <translation>les retours client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/project_page.py" line="50"/>
        <source>the risk register</source>
        <translation>le registre des risques</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/project_page.py" line="53"/>
        <source>the change log</source>
        <translation>le journal des modifications</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/project_page.py" line="55"/>
        <source>the team&apos;s workload</source>
        <translation>la charge de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/project_page.py" line="94"/>
        <location filename="../../../cpm_desktop/ui/overview/project_page.py" line="106"/>
        <source>Next milestones</source>
        <translation>Prochains jalons</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/project_page.py" line="151"/>
        <source>KPIs as of {date}</source>
        <translation>KPI au {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/project_page.py" line="157"/>
        <source> (no status date set: measured today)</source>
        <translation> (aucune date d&apos;état : mesuré aujourd&apos;hui)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/project_page.py" line="161"/>
        <source>  ·  Overall status: {status}</source>
        <translation>  ·  État global : {status}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/project_page.py" line="173"/>
        <source>Revenue: no contract value set</source>
        <translation>Chiffre d&apos;affaires : aucune valeur de contrat définie</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/project_page.py" line="175"/>
        <source>Revenue {revenue}: contract value {contract} + approved billable changes</source>
        <translation>Chiffre d&apos;affaires {revenue} : valeur du contrat {contract} + modifications facturables approuvées</translation>
    </message>
</context>
<context>
    <name>ServiceLevelsCard</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/service_levels_card.py" line="29"/>
        <source>Governance › Service Levels records and pastes the values.</source>
        <translation>Gouvernance › Niveaux de service saisit et colle les valeurs.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/service_levels_card.py" line="32"/>
        <source>Nothing measured yet</source>
        <translation>Rien de mesuré pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/service_levels_card.py" line="35"/>
        <source>Service level</source>
        <translation>Niveau de service</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/service_levels_card.py" line="41"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/service_levels_card.py" line="46"/>
        <source>Latest</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/service_levels_card.py" line="52"/>
        <source>RAG</source>
        <translation>RAG</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/service_levels_card.py" line="58"/>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/service_levels_card.py" line="76"/>
        <source>Service levels</source>
        <translation>Niveaux de service</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/service_levels_card.py" line="110"/>
        <source>{count} SLA at the last period measured</source>
        <translation>{count} SLA sur la dernière période mesurée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/service_levels_card.py" line="114"/>
        <source>{count} SLAs at the last period measured</source>
        <translation>{count} SLA sur la dernière période mesurée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/service_levels_card.py" line="121"/>
        <source>; {missed} missed</source>
        <translation> ; {missed} manqués</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/service_levels_card.py" line="125"/>
        <source>; all met</source>
        <translation> ; tous respectés</translation>
    </message>
</context>
<context>
    <name>SinceLastPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/since_last_panel.py" line="24"/>
        <source>Since the last report</source>
        <translation>Depuis le dernier rapport</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/since_last_panel.py" line="27"/>
        <source>No status report yet: Project › Update Status… records the first one.</source>
        <translation>Pas encore de rapport d&apos;état : Projet › Mettre à jour l&apos;état… enregistre le premier.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/since_last_panel.py" line="30"/>
        <source>Internal register entries are left out here; the internal pack lists them.</source>
        <translation>Les entrées internes des registres sont omises ici ; le dossier interne les liste.</translation>
    </message>
</context>
</TS>
