<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CoverDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="218"/>
        <source>PO {number} covers…</source>
        <translation>La commande {number} couvre…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="226"/>
        <source>Task {task}</source>
        <translation>Tâche {task}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="229"/>
        <source>Deliverable {deliverable}</source>
        <translation>Livrable {deliverable}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="235"/>
        <source>A covered task is late when it finishes after its baseline; a covered deliverable when it is overdue. Late tasks show in the Risks tab.</source>
        <translation>Une tâche couverte est en retard quand elle se termine après sa référence ; un livrable couvert quand il est échu. Les tâches en retard apparaissent dans l&apos;onglet Risques.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="242"/>
        <source>&amp;Covers</source>
        <translation>&amp;Couvre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="250"/>
        <source>Everything of the plan is covered already.</source>
        <translation>Tout le plan est déjà couvert.</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="196"/>
        <source>Add purchase order</source>
        <translation>Ajouter un bon de commande</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="206"/>
        <source>Edit PO {number}</source>
        <translation>Modifier le bon de commande {number}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="211"/>
        <source>Delete PO {number}</source>
        <translation>Supprimer le bon de commande {number}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="274"/>
        <source>Cover with PO {number}</source>
        <translation>Couvrir par le bon de commande {number}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="285"/>
        <source>Remove {reference} from PO {number}</source>
        <translation>Retirer {reference} du bon de commande {number}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="303"/>
        <source>Record invoice {invoice} on PO {number}</source>
        <translation>Saisir la facture {invoice} sur le bon de commande {number}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="319"/>
        <source>Edit invoice {number}</source>
        <translation>Modifier la facture {number}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="340"/>
        <source>Delete invoice {number}</source>
        <translation>Supprimer la facture {number}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="139"/>
        <source>Edit vendor {name}</source>
        <translation>Modifier le fournisseur {name}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="160"/>
        <source>Delete vendor {name}</source>
        <translation>Supprimer le fournisseur {name}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="171"/>
        <source>Add vendor</source>
        <translation>Ajouter un fournisseur</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="27"/>
        <source>— (no task)</source>
        <translation>— (aucune tâche)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="151"/>
        <source>Record invoice — PO {order}, {vendor}</source>
        <translation>Saisir une facture — commande {order}, {vendor}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="153"/>
        <source>Edit invoice {number} — PO {order}, {vendor}</source>
        <translation>Modifier la facture {number} — commande {order}, {vendor}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="160"/>
        <source>The vendor&apos;s invoice number</source>
        <translation>Le numéro de facture du fournisseur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="166"/>
        <source>In {currency}; {remaining} remain on the order</source>
        <translation>En {currency} ; {remaining} restent sur la commande</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="180"/>
        <source>What it bills: a milestone, a delivery</source>
        <translation>Ce qu&apos;elle facture : un jalon, une livraison</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="182"/>
        <source>&amp;Amount ({currency})</source>
        <translation>&amp;Montant ({currency})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="186"/>
        <source>&amp;Invoice number</source>
        <translation>N° de &amp;facture</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="187"/>
        <source>&amp;Received on</source>
        <translation>&amp;Reçue le</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="189"/>
        <source>&amp;Charged to</source>
        <translation>&amp;Imputée à</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="190"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="98"/>
        <source>What it covers</source>
        <translation>Ce qu&apos;elle couvre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="103"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="109"/>
        <source>What the vendor delivers</source>
        <translation>Ce que livre le fournisseur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="111"/>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="127"/>
        <source>No purchase order selected</source>
        <translation>Aucune commande sélectionnée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="130"/>
        <source>Select an order in the table to see what it covers and its invoices.</source>
        <translation>Sélectionnez une commande dans le tableau pour voir ce qu&apos;elle couvre et ses factures.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="141"/>
        <source>PO {number}</source>
        <translation>Commande {number}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="148"/>
        <source>Cover the tasks and deliverables the vendor delivers: late ones show here and, for tasks, as risks in the Risks tab.</source>
        <translation>Couvrez les tâches et livrables que livre le fournisseur : ceux en retard apparaissent ici et, pour les tâches, comme risques dans l&apos;onglet Risques.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="154"/>
        <source>{late} of {count} late; the late tasks not yet done show as risks in the Risks tab.</source>
        <translation>{late} sur {count} en retard ; les tâches en retard non terminées apparaissent comme risques dans l&apos;onglet Risques.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="160"/>
        <source>Everything covered is on time.</source>
        <translation>Tout ce qui est couvert est dans les délais.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="174"/>
        <source>Placed {day}</source>
        <translation>Passée le {day}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="178"/>
        <source>Not dated</source>
        <translation>Non datée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="181"/>
        <source>{amount} ordered</source>
        <translation>{amount} commandés</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="188"/>
        <source>{amount} invoiced (1 invoice)</source>
        <translation>{amount} facturés (1 facture)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="190"/>
        <source>{amount} invoiced (%n invoices)</source>
        <translation>
            <numerusform>{amount} facturés (%n facture)</numerusform>
            <numerusform>{amount} facturés (%n factures)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="194"/>
        <source>{amount} over the order</source>
        <translation>{amount} au-delà de la commande</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="197"/>
        <source>{amount} remain committed</source>
        <translation>{amount} restent engagés</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="80"/>
        <source>Add purchase order</source>
        <translation>Ajouter une commande</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="82"/>
        <source>Edit PO {number}</source>
        <translation>Modifier la commande {number}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="94"/>
        <source>The order or contract number</source>
        <translation>Le numéro de commande ou de contrat</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="98"/>
        <source>The order&apos;s value</source>
        <translation>La valeur de la commande</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="104"/>
        <source>What the vendor delivers under this order</source>
        <translation>Ce que livre le fournisseur au titre de cette commande</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="109"/>
        <source>How the vendor performs: quality, dates, contact</source>
        <translation>La performance du fournisseur : qualité, délais, contact</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="114"/>
        <source>&amp;Vendor</source>
        <translation>&amp;Fournisseur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="115"/>
        <source>&amp;Number</source>
        <translation>&amp;Numéro</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="117"/>
        <source>&amp;Value</source>
        <translation>&amp;Valeur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="120"/>
        <source>&amp;Placed on</source>
        <translation>&amp;Passée le</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="121"/>
        <source>&amp;Delivers</source>
        <translation>&amp;Livre</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="123"/>
        <source>P&amp;erformance</source>
        <translation>P&amp;erformance</translation>
    </message>
</context>
<context>
    <name>RecordLists</name>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="51"/>
        <source>Purchase orders</source>
        <translation>Bons de commande</translation>
    </message>
</context>
<context>
    <name>RecordNouns</name>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="50"/>
        <source>purchase order</source>
        <translation>bon de commande</translation>
    </message>
</context>
<context>
    <name>VendorColumns</name>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="23"/>
        <source>On time</source>
        <translation>Dans les délais</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="33"/>
        <source>{count} late</source>
        <translation>{count} en retard</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="39"/>
        <source>The order covers no task or deliverable yet</source>
        <translation>La commande ne couvre encore aucune tâche ni aucun livrable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="43"/>
        <source>Every covered task and deliverable is on time</source>
        <translation>Toutes les tâches et tous les livrables couverts sont dans les délais</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="55"/>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="37"/>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="56"/>
        <source>PO number</source>
        <translation>N° de commande</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="58"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="64"/>
        <source>Invoiced</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="70"/>
        <source>Invoiced over the order&apos;s value</source>
        <translation>Facturé au-delà de la valeur de la commande</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="76"/>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="80"/>
        <source>What the order still commits: its value less the invoices</source>
        <translation>Ce que la commande engage encore : sa valeur moins les factures</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="85"/>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="147"/>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="148"/>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="93"/>
        <source>What the vendor delivers</source>
        <translation>Ce que livre le fournisseur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="107"/>
        <source>Overdue</source>
        <translation>Échu</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="112"/>
        <source>1 day after baseline</source>
        <translation>1 jour après la référence</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="113"/>
        <source>{days} days after baseline</source>
        <translation>{days} jours après la référence</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="116"/>
        <source>Not done by its finish</source>
        <translation>Non terminé à sa date de fin</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="121"/>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="126"/>
        <source>Task or deliverable</source>
        <translation>Tâche ou livrable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="128"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="130"/>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="134"/>
        <source>The deliverable&apos;s due date</source>
        <translation>La date d&apos;échéance du livrable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="141"/>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="154"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="163"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="165"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="171"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="177"/>
        <source>Takes the invoiced total over the order&apos;s value</source>
        <translation>Porte le total facturé au-delà de la valeur de la commande</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="185"/>
        <source>Charged to</source>
        <translation>Imputée à</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="187"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="198"/>
        <source>1 order</source>
        <translation>1 commande</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="200"/>
        <source>{count} orders</source>
        <translation>{count} commandes</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="203"/>
        <source>{value} ordered, {invoiced} invoiced</source>
        <translation>{value} commandés, {invoiced} facturés</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="213"/>
        <source>{count} with late items</source>
        <translation>{count} avec retards</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="215"/>
        <source>no late items</source>
        <translation>aucun retard</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="39"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="42"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="47"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>VendorDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="36"/>
        <source>Add vendor</source>
        <translation>Ajouter un fournisseur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="38"/>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="43"/>
        <source>The company, as its invoices name it</source>
        <translation>L&apos;entreprise, telle que ses factures la nomment</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="47"/>
        <source>Account manager, phone, e-mail</source>
        <translation>Interlocuteur, téléphone, e-mail</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="51"/>
        <source>Framework contract, terms, anything</source>
        <translation>Contrat-cadre, conditions, autres</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="54"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="55"/>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="56"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>VendorListDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="56"/>
        <source>Vendors</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="68"/>
        <source>&amp;Add vendor…</source>
        <translation>&amp;Ajouter un fournisseur…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="69"/>
        <source>Add a supplier company</source>
        <translation>Ajouter une entreprise fournisseur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="74"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="75"/>
        <source>Edit the selected vendor</source>
        <translation>Modifier le fournisseur sélectionné</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="80"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="81"/>
        <source>Delete the selected vendor (one without orders)</source>
        <translation>Supprimer le fournisseur sélectionné (sans commande)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="95"/>
        <source>Vendors are the workspace&apos;s: every project&apos;s orders name them.</source>
        <translation>Les fournisseurs appartiennent à l&apos;espace de travail : les commandes de chaque projet les nomment.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="150"/>
        <source>Delete vendor</source>
        <translation>Supprimer le fournisseur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="154"/>
        <source>Delete {name}?

Edit › Undo brings it back.</source>
        <translation>Supprimer {name} ?

Édition › Annuler le rétablit.</translation>
    </message>
</context>
<context>
    <name>VendorsPage</name>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="63"/>
        <source>No purchase orders yet. Record what the project buys from vendors: the order&apos;s number and value, the tasks and deliverables it covers, and the invoices as they come in.</source>
        <translation>Aucune commande pour l&apos;instant. Saisissez ce que le projet achète aux fournisseurs : le numéro et la valeur de la commande, les tâches et livrables qu&apos;elle couvre, et les factures à leur arrivée.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="81"/>
        <source>&amp;Vendors…</source>
        <translation>&amp;Fournisseurs…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="82"/>
        <source>Add, edit and delete the workspace&apos;s vendors</source>
        <translation>Ajouter, modifier et supprimer les fournisseurs de l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="91"/>
        <source>&amp;Cover…</source>
        <translation>&amp;Couvrir…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="92"/>
        <source>The order covers a task or deliverable of the plan</source>
        <translation>La commande couvre une tâche ou un livrable du plan</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="99"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="100"/>
        <source>The order no longer covers the selected item</source>
        <translation>La commande ne couvre plus l&apos;élément sélectionné</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="107"/>
        <source>Record &amp;invoice…</source>
        <translation>Saisir une &amp;facture…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="108"/>
        <source>Record an invoice received against the order</source>
        <translation>Saisir une facture reçue au titre de la commande</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="115"/>
        <source>Edit in&amp;voice…</source>
        <translation>&amp;Modifier la facture…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="116"/>
        <source>Edit the selected invoice</source>
        <translation>Modifier la facture sélectionnée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="121"/>
        <source>Delete invoi&amp;ce</source>
        <translation>&amp;Supprimer la facture</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="122"/>
        <source>Delete the selected invoice</source>
        <translation>Supprimer la facture sélectionnée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="180"/>
        <source>Add purchase order</source>
        <translation>Ajouter une commande</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="181"/>
        <source>An order is placed with a vendor: add it first.</source>
        <translation>Une commande est passée auprès d&apos;un fournisseur : ajoutez-le d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="219"/>
        <source>PO {number} of {vendor}, with its 1 invoice</source>
        <translation>la commande {number} de {vendor}, avec sa facture</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="223"/>
        <source>PO {number} of {vendor}, with its {count} invoices</source>
        <translation>la commande {number} de {vendor}, avec ses {count} factures</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="227"/>
        <source>PO {number} of {vendor}</source>
        <translation>la commande {number} de {vendor}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="252"/>
        <source>Vendors</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="253"/>
        <source>Open a project to change its vendors.</source>
        <translation>Ouvrez un projet pour modifier ses fournisseurs.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="291"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="330"/>
        <source>Delete invoice</source>
        <translation>Supprimer la facture</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="334"/>
        <source>Delete invoice {number}?

Edit › Undo brings it back.</source>
        <translation>Supprimer la facture {number} ?

Édition › Annuler la rétablit.</translation>
    </message>
</context>
</TS>
