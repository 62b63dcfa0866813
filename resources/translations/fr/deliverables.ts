<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AcceptanceCertificate</name>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/certificate.py" line="20"/>
        <source>Export acceptance certificate</source>
        <translation>Exporter le procès-verbal de recette</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/certificate.py" line="26"/>
        <source>{reference} acceptance certificate.pdf</source>
        <translation>{reference} procès-verbal de recette.pdf</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/certificate.py" line="35"/>
        <source>Export acceptance certificate of {reference}</source>
        <translation>Exporter le procès-verbal de recette de {reference}</translation>
    </message>
</context>
<context>
    <name>DeliverableDetail</name>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="41"/>
        <source>Tick each criterion the client found met: acceptance needs them all.</source>
        <translation>Cochez chaque critère que le client juge rempli : la recette les exige tous.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="44"/>
        <source>Accepted: the checklist is final.</source>
        <translation>Recette prononcée : la liste est définitive.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="45"/>
        <source>No acceptance criteria yet: Edit… lists them, one per line.</source>
        <translation>Pas encore de critères de recette : Modifier… les saisit, un par ligne.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="49"/>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="200"/>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="50"/>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="51"/>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="195"/>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="108"/>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="282"/>
        <source>Acceptance checklist</source>
        <translation>Liste de recette</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="113"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="120"/>
        <source>Client&apos;s verdict</source>
        <translation>Verdict du client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="133"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="149"/>
        <source>No deliverable selected</source>
        <translation>Aucun livrable sélectionné</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="152"/>
        <source>Select a deliverable in the table to see its acceptance.</source>
        <translation>Sélectionnez un livrable dans le tableau pour voir sa recette.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="190"/>
        <source>Accepted by</source>
        <translation>Accepté par</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="191"/>
        <source>Rejected by</source>
        <translation>Rejeté par</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="197"/>
        <source>Last rejection</source>
        <translation>Dernier rejet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="209"/>
        <source>Not yet: {awaiting}</source>
        <translation>Pas encore : {awaiting}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="225"/>
        <source>Owner {owner}</source>
        <translation>Responsable {owner}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="227"/>
        <source>No owner</source>
        <translation>Aucun responsable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="230"/>
        <source>no due date</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="234"/>
        <source>due {day} with “{milestone}”</source>
        <translation>échéance {day} avec « {milestone} »</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="238"/>
        <source>due {day}</source>
        <translation>échéance {day}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="241"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="244"/>
        <source>{met} of {total} criteria met</source>
        <translation>{met} critères remplis sur {total}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="250"/>
        <source>rejected {count}×</source>
        <translation>rejeté {count}×</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="260"/>
        <source>with the client</source>
        <translation>chez le client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/detail.py" line="261"/>
        <source>not submitted</source>
        <translation>non soumis</translation>
    </message>
</context>
<context>
    <name>DeliverableDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/dialog.py" line="18"/>
        <source>A date of its own</source>
        <translation>Une date propre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/dialog.py" line="34"/>
        <source>Add deliverable</source>
        <translation>Ajouter un livrable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/dialog.py" line="36"/>
        <source>Edit {reference}</source>
        <translation>Modifier {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/dialog.py" line="45"/>
        <source>What the client receives, e.g. Functional design: inbound</source>
        <translation>Ce que reçoit le client, p. ex. Conception fonctionnelle : réception</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/dialog.py" line="66"/>
        <source>{format}, or empty: no due date</source>
        <translation>{format}, ou vide : sans échéance</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/dialog.py" line="72"/>
        <source>What it holds</source>
        <translation>Ce qu&apos;il contient</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/dialog.py" line="79"/>
        <source>One criterion per line, as the client will check it</source>
        <translation>Un critère par ligne, tel que le client le vérifiera</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/dialog.py" line="85"/>
        <source>&amp;Deliverable</source>
        <translation>&amp;Livrable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/dialog.py" line="86"/>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/dialog.py" line="88"/>
        <source>Due &amp;with</source>
        <translation>Échéance a&amp;vec</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/dialog.py" line="90"/>
        <source>Due &amp;on</source>
        <translation>Échéance &amp;le</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/dialog.py" line="92"/>
        <source>D&amp;escription</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/dialog.py" line="95"/>
        <source>Acceptance &amp;criteria</source>
        <translation>&amp;Critères de recette</translation>
    </message>
</context>
<context>
    <name>DeliverableStatus</name>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="28"/>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="29"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="30"/>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="31"/>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="32"/>
        <source>Resubmitted</source>
        <translation>Soumis à nouveau</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="33"/>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
</context>
<context>
    <name>DeliverablesPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="63"/>
        <source>{who}, {day}</source>
        <translation>{who}, {day}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="76"/>
        <source>No due date: tie it to a milestone or give it a date</source>
        <translation>Sans échéance : liez-le à un jalon ou donnez-lui une date</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="80"/>
        <source>Due with the milestone {milestone}</source>
        <translation>Échéance avec le jalon {milestone}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="84"/>
        <source>Its own due date</source>
        <translation>Sa propre échéance</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="88"/>
        <source>Overdue: due {day}, not accepted yet</source>
        <translation>En retard : échéance {day}, pas encore accepté</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="98"/>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="103"/>
        <source>Deliverable</source>
        <translation>Livrable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="110"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="115"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="123"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="130"/>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="133"/>
        <source>{met} of {total} acceptance criteria met</source>
        <translation>{met} critères de recette remplis sur {total}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="140"/>
        <source>Client&apos;s verdict</source>
        <translation>Verdict du client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="144"/>
        <source>{status} by {verdict}</source>
        <translation>{status} par {verdict}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="173"/>
        <source>1 deliverable · {accepted} accepted · {rejected} rejected · {overdue} overdue</source>
        <translation>1 livrable · {accepted} accepté(s) · {rejected} rejeté(s) · {overdue} en retard</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/columns.py" line="178"/>
        <source>{count} deliverables · {accepted} accepted · {rejected} rejected · {overdue} overdue</source>
        <translation>{count} livrables · {accepted} accepté(s) · {rejected} rejeté(s) · {overdue} en retard</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="58"/>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="59"/>
        <source>Work on the deliverable has started</source>
        <translation>Le travail sur le livrable a commencé</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="63"/>
        <source>S&amp;ubmit to client</source>
        <translation>Soumettre au &amp;client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="64"/>
        <source>Hand the deliverable to the client to accept</source>
        <translation>Remettre le livrable au client pour recette</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="68"/>
        <source>Record a&amp;cceptance…</source>
        <translation>Enregistrer la &amp;recette…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="69"/>
        <source>The client accepted it: who and when</source>
        <translation>Le client l&apos;a accepté : qui et quand</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="73"/>
        <source>Record re&amp;jection…</source>
        <translation>Enregistrer le re&amp;jet…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="74"/>
        <source>The client rejected it: who, when and why</source>
        <translation>Le client l&apos;a rejeté : qui, quand et pourquoi</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="78"/>
        <source>&amp;Resubmit</source>
        <translation>Soume&amp;ttre à nouveau</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="79"/>
        <source>Hand the reworked deliverable to the client again</source>
        <translation>Remettre à nouveau le livrable retravaillé au client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="97"/>
        <source>No deliverables yet. List what the project hands the client, each with the acceptance criteria the client checks it against.</source>
        <translation>Pas encore de livrables. Listez ce que le projet remet au client, chacun avec les critères de recette qu&apos;il vérifiera.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="114"/>
        <source>E&amp;xport acceptance certificate…</source>
        <translation>E&amp;xporter le PV de recette…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="119"/>
        <source>Write the deliverable&apos;s acceptance certificate as a PDF</source>
        <translation>Écrire le procès-verbal de recette du livrable en PDF</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="218"/>
        <source>{reference} “{name}”</source>
        <translation>{reference} « {name} »</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="270"/>
        <source>Acceptance checklist</source>
        <translation>Liste de recette</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="286"/>
        <source>{reference} cannot be accepted while {unmet} of its {total} acceptance criteria are not met. Tick each criterion the client found met, or record a rejection.</source>
        <translation>{reference} ne peut pas être accepté tant que {unmet} de ses {total} critères de recette ne sont pas remplis. Cochez chaque critère que le client juge rempli, ou enregistrez un rejet.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="329"/>
        <source>Saved &lt;b&gt;{name}&lt;/b&gt; · &lt;a href=&apos;{url}&apos;&gt;Open&lt;/a&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; enregistré · &lt;a href=&apos;{url}&apos;&gt;Ouvrir&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="60"/>
        <source>Start {reference}</source>
        <translation>Démarrer {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="65"/>
        <source>Submit {reference}</source>
        <translation>Soumettre {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="70"/>
        <source>Accept {reference}</source>
        <translation>Accepter {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="75"/>
        <source>Reject {reference}</source>
        <translation>Rejeter {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="80"/>
        <source>Resubmit {reference}</source>
        <translation>Soumettre à nouveau {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="191"/>
        <source>Add deliverable</source>
        <translation>Ajouter un livrable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="202"/>
        <source>Edit {reference}</source>
        <translation>Modifier {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="211"/>
        <source>Delete {reference}</source>
        <translation>Supprimer {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="261"/>
        <source>Tick a criterion of {reference}</source>
        <translation>Cocher un critère de {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="263"/>
        <source>Untick a criterion of {reference}</source>
        <translation>Décocher un critère de {reference}</translation>
    </message>
</context>
<context>
    <name>RecordLists</name>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="90"/>
        <source>Deliverables</source>
        <translation>Livrables</translation>
    </message>
</context>
<context>
    <name>RecordNouns</name>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/panel.py" line="89"/>
        <source>deliverable</source>
        <translation>livrable</translation>
    </message>
</context>
<context>
    <name>StepHistoryModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/history_model.py" line="14"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/history_model.py" line="15"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/history_model.py" line="16"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/history_model.py" line="17"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>VerdictDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/verdict_dialog.py" line="41"/>
        <source>Record the client&apos;s acceptance — {reference}</source>
        <translation>Enregistrer la recette du client — {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/verdict_dialog.py" line="45"/>
        <source>Record the client&apos;s rejection — {reference}</source>
        <translation>Enregistrer le rejet du client — {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/verdict_dialog.py" line="62"/>
        <source>Who signed for the client</source>
        <translation>Qui a signé pour le client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/verdict_dialog.py" line="71"/>
        <source>What the client found missing or wrong</source>
        <translation>Ce que le client juge manquant ou erroné</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/verdict_dialog.py" line="78"/>
        <source>Optional: kept in the deliverable&apos;s history</source>
        <translation>Facultatif : conservé dans l&apos;historique du livrable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/verdict_dialog.py" line="84"/>
        <source>Accepted &amp;by</source>
        <translation>Accepté &amp;par</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/verdict_dialog.py" line="86"/>
        <source>Rejected &amp;by</source>
        <translation>Rejeté &amp;par</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/verdict_dialog.py" line="89"/>
        <source>&amp;On</source>
        <translation>&amp;Le</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/verdict_dialog.py" line="91"/>
        <source>Co&amp;mment</source>
        <translation>&amp;Commentaire</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/deliverables/verdict_dialog.py" line="93"/>
        <source>&amp;Reasons</source>
        <translation>&amp;Motifs</translation>
    </message>
</context>
</TS>
