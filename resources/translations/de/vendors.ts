<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CoverDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="218"/>
        <source>PO {number} covers…</source>
        <translation>Bestellung {number} deckt ab…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="226"/>
        <source>Task {task}</source>
        <translation>Vorgang {task}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="229"/>
        <source>Deliverable {deliverable}</source>
        <translation>Liefergegenstand {deliverable}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="235"/>
        <source>A covered task is late when it finishes after its baseline; a covered deliverable when it is overdue. Late tasks show in the Risks tab.</source>
        <translation>Ein abgedeckter Vorgang ist verspätet, wenn er nach seinem Basisplan endet; ein abgedeckter Liefergegenstand, wenn er überfällig ist. Verspätete Vorgänge erscheinen auf der Registerkarte Risiken.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="242"/>
        <source>&amp;Covers</source>
        <translation>&amp;Deckt ab</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="250"/>
        <source>Everything of the plan is covered already.</source>
        <translation>Alles im Plan ist bereits abgedeckt.</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="196"/>
        <source>Add purchase order</source>
        <translation>Bestellung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="206"/>
        <source>Edit PO {number}</source>
        <translation>Bestellung {number} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="211"/>
        <source>Delete PO {number}</source>
        <translation>Bestellung {number} löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="274"/>
        <source>Cover with PO {number}</source>
        <translation>Mit Bestellung {number} abdecken</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="285"/>
        <source>Remove {reference} from PO {number}</source>
        <translation>{reference} aus Bestellung {number} entfernen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="303"/>
        <source>Record invoice {invoice} on PO {number}</source>
        <translation>Rechnung {invoice} zu Bestellung {number} erfassen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="319"/>
        <source>Edit invoice {number}</source>
        <translation>Rechnung {number} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="340"/>
        <source>Delete invoice {number}</source>
        <translation>Rechnung {number} löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="139"/>
        <source>Edit vendor {name}</source>
        <translation>Lieferant {name} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="160"/>
        <source>Delete vendor {name}</source>
        <translation>Lieferant {name} löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="171"/>
        <source>Add vendor</source>
        <translation>Lieferant hinzufügen</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="27"/>
        <source>— (no task)</source>
        <translation>— (kein Vorgang)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="151"/>
        <source>Record invoice — PO {order}, {vendor}</source>
        <translation>Rechnung erfassen — Bestellung {order}, {vendor}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="153"/>
        <source>Edit invoice {number} — PO {order}, {vendor}</source>
        <translation>Rechnung {number} bearbeiten — Bestellung {order}, {vendor}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="160"/>
        <source>The vendor&apos;s invoice number</source>
        <translation>Die Rechnungsnummer des Lieferanten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="166"/>
        <source>In {currency}; {remaining} remain on the order</source>
        <translation>In {currency}; {remaining} bleiben auf der Bestellung offen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="180"/>
        <source>What it bills: a milestone, a delivery</source>
        <translation>Was sie abrechnet: einen Meilenstein, eine Lieferung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="182"/>
        <source>&amp;Amount ({currency})</source>
        <translation>&amp;Betrag ({currency})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="186"/>
        <source>&amp;Invoice number</source>
        <translation>&amp;Rechnungsnummer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="187"/>
        <source>&amp;Received on</source>
        <translation>&amp;Eingegangen am</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="189"/>
        <source>&amp;Charged to</source>
        <translation>&amp;Belastet auf</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="190"/>
        <source>N&amp;ote</source>
        <translation>&amp;Notiz</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="98"/>
        <source>What it covers</source>
        <translation>Was sie abdeckt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="103"/>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="109"/>
        <source>What the vendor delivers</source>
        <translation>Was der Lieferant liefert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="111"/>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="127"/>
        <source>No purchase order selected</source>
        <translation>Keine Bestellung ausgewählt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="130"/>
        <source>Select an order in the table to see what it covers and its invoices.</source>
        <translation>Wählen Sie eine Bestellung in der Tabelle, um zu sehen, was sie abdeckt, und ihre Rechnungen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="141"/>
        <source>PO {number}</source>
        <translation>Bestellung {number}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="148"/>
        <source>Cover the tasks and deliverables the vendor delivers: late ones show here and, for tasks, as risks in the Risks tab.</source>
        <translation>Decken Sie die Vorgänge und Liefergegenstände ab, die der Lieferant liefert: Verspätete erscheinen hier und, bei Vorgängen, als Risiken auf der Registerkarte Risiken.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="154"/>
        <source>{late} of {count} late; the late tasks not yet done show as risks in the Risks tab.</source>
        <translation>{late} von {count} verspätet; die noch nicht erledigten verspäteten Vorgänge erscheinen als Risiken auf der Registerkarte Risiken.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="160"/>
        <source>Everything covered is on time.</source>
        <translation>Alles Abgedeckte ist termingerecht.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="174"/>
        <source>Placed {day}</source>
        <translation>Bestellt am {day}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="178"/>
        <source>Not dated</source>
        <translation>Ohne Datum</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="181"/>
        <source>{amount} ordered</source>
        <translation>{amount} bestellt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="188"/>
        <source>{amount} invoiced (1 invoice)</source>
        <translation>{amount} berechnet (1 Rechnung)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="190"/>
        <source>{amount} invoiced (%n invoices)</source>
        <translation>
            <numerusform>{amount} berechnet (%n Rechnung)</numerusform>
            <numerusform>{amount} berechnet (%n Rechnungen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="194"/>
        <source>{amount} over the order</source>
        <translation>{amount} über der Bestellung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/detail.py" line="197"/>
        <source>{amount} remain committed</source>
        <translation>{amount} bleiben gebunden</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="80"/>
        <source>Add purchase order</source>
        <translation>Bestellung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="82"/>
        <source>Edit PO {number}</source>
        <translation>Bestellung {number} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="94"/>
        <source>The order or contract number</source>
        <translation>Die Bestell- oder Vertragsnummer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="98"/>
        <source>The order&apos;s value</source>
        <translation>Der Wert der Bestellung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="104"/>
        <source>What the vendor delivers under this order</source>
        <translation>Was der Lieferant mit dieser Bestellung liefert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="109"/>
        <source>How the vendor performs: quality, dates, contact</source>
        <translation>Wie der Lieferant leistet: Qualität, Termine, Kontakt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="114"/>
        <source>&amp;Vendor</source>
        <translation>&amp;Lieferant</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="115"/>
        <source>&amp;Number</source>
        <translation>&amp;Nummer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="117"/>
        <source>&amp;Value</source>
        <translation>&amp;Wert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="120"/>
        <source>&amp;Placed on</source>
        <translation>&amp;Bestellt am</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="121"/>
        <source>&amp;Delivers</source>
        <translation>Lie&amp;fert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="123"/>
        <source>P&amp;erformance</source>
        <translation>Leis&amp;tung</translation>
    </message>
</context>
<context>
    <name>RecordLists</name>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="51"/>
        <source>Purchase orders</source>
        <translation>Bestellungen</translation>
    </message>
</context>
<context>
    <name>RecordNouns</name>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="50"/>
        <source>purchase order</source>
        <translation>Bestellung</translation>
    </message>
</context>
<context>
    <name>VendorColumns</name>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="23"/>
        <source>On time</source>
        <translation>Termingerecht</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="33"/>
        <source>{count} late</source>
        <translation>{count} verspätet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="39"/>
        <source>The order covers no task or deliverable yet</source>
        <translation>Die Bestellung deckt noch keinen Vorgang und keinen Liefergegenstand ab</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="43"/>
        <source>Every covered task and deliverable is on time</source>
        <translation>Alle abgedeckten Vorgänge und Liefergegenstände sind termingerecht</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="55"/>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="37"/>
        <source>Vendor</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="56"/>
        <source>PO number</source>
        <translation>Bestellnr.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="58"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="64"/>
        <source>Invoiced</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="70"/>
        <source>Invoiced over the order&apos;s value</source>
        <translation>Über den Wert der Bestellung hinaus berechnet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="76"/>
        <source>Remaining</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="80"/>
        <source>What the order still commits: its value less the invoices</source>
        <translation>Was die Bestellung noch bindet: ihr Wert abzüglich der Rechnungen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="85"/>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="147"/>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="148"/>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="93"/>
        <source>What the vendor delivers</source>
        <translation>Was der Lieferant liefert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="107"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="112"/>
        <source>1 day after baseline</source>
        <translation>1 Tag nach Basisplan</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="113"/>
        <source>{days} days after baseline</source>
        <translation>{days} Tage nach Basisplan</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="116"/>
        <source>Not done by its finish</source>
        <translation>Bis zum Ende nicht erledigt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="121"/>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="126"/>
        <source>Task or deliverable</source>
        <translation>Vorgang oder Liefergegenstand</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="128"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="130"/>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="134"/>
        <source>The deliverable&apos;s due date</source>
        <translation>Das Fälligkeitsdatum des Liefergegenstands</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="141"/>
        <source>Baseline</source>
        <translation>Basisplan</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="154"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="163"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="165"/>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="171"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="177"/>
        <source>Takes the invoiced total over the order&apos;s value</source>
        <translation>Hebt die berechnete Summe über den Wert der Bestellung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="185"/>
        <source>Charged to</source>
        <translation>Belastet auf</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="187"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="198"/>
        <source>1 order</source>
        <translation>1 Bestellung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="200"/>
        <source>{count} orders</source>
        <translation>{count} Bestellungen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="203"/>
        <source>{value} ordered, {invoiced} invoiced</source>
        <translation>{value} bestellt, {invoiced} berechnet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="213"/>
        <source>{count} with late items</source>
        <translation>{count} mit Verzug</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/columns.py" line="215"/>
        <source>no late items</source>
        <translation>ohne Verzug</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="39"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="42"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="47"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>VendorDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="36"/>
        <source>Add vendor</source>
        <translation>Lieferant hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="38"/>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="43"/>
        <source>The company, as its invoices name it</source>
        <translation>Das Unternehmen, wie seine Rechnungen es nennen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="47"/>
        <source>Account manager, phone, e-mail</source>
        <translation>Ansprechpartner, Telefon, E-Mail</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="51"/>
        <source>Framework contract, terms, anything</source>
        <translation>Rahmenvertrag, Konditionen, Sonstiges</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="54"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="55"/>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/dialogs.py" line="56"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
</context>
<context>
    <name>VendorListDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="56"/>
        <source>Vendors</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="68"/>
        <source>&amp;Add vendor…</source>
        <translation>Lieferant &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="69"/>
        <source>Add a supplier company</source>
        <translation>Ein Lieferunternehmen hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="74"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="75"/>
        <source>Edit the selected vendor</source>
        <translation>Den ausgewählten Lieferanten bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="80"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="81"/>
        <source>Delete the selected vendor (one without orders)</source>
        <translation>Den ausgewählten Lieferanten löschen (einen ohne Bestellungen)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="95"/>
        <source>Vendors are the workspace&apos;s: every project&apos;s orders name them.</source>
        <translation>Lieferanten gelten für den ganzen Arbeitsbereich: Die Bestellungen jedes Projekts nennen sie.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="150"/>
        <source>Delete vendor</source>
        <translation>Lieferant löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/vendor_list.py" line="154"/>
        <source>Delete {name}?

Edit › Undo brings it back.</source>
        <translation>{name} löschen?

Bearbeiten › Rückgängig holt ihn zurück.</translation>
    </message>
</context>
<context>
    <name>VendorsPage</name>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="63"/>
        <source>No purchase orders yet. Record what the project buys from vendors: the order&apos;s number and value, the tasks and deliverables it covers, and the invoices as they come in.</source>
        <translation>Noch keine Bestellungen. Erfassen Sie, was das Projekt bei Lieferanten einkauft: Nummer und Wert der Bestellung, die abgedeckten Vorgänge und Liefergegenstände und die Rechnungen, sobald sie eingehen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="81"/>
        <source>&amp;Vendors…</source>
        <translation>&amp;Lieferanten…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="82"/>
        <source>Add, edit and delete the workspace&apos;s vendors</source>
        <translation>Die Lieferanten des Arbeitsbereichs hinzufügen, bearbeiten und löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="91"/>
        <source>&amp;Cover…</source>
        <translation>&amp;Abdecken…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="92"/>
        <source>The order covers a task or deliverable of the plan</source>
        <translation>Die Bestellung deckt einen Vorgang oder Liefergegenstand des Plans ab</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="99"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="100"/>
        <source>The order no longer covers the selected item</source>
        <translation>Die Bestellung deckt die ausgewählte Position nicht mehr ab</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="107"/>
        <source>Record &amp;invoice…</source>
        <translation>&amp;Rechnung erfassen…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="108"/>
        <source>Record an invoice received against the order</source>
        <translation>Eine zur Bestellung eingegangene Rechnung erfassen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="115"/>
        <source>Edit in&amp;voice…</source>
        <translation>Rechnung &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="116"/>
        <source>Edit the selected invoice</source>
        <translation>Die ausgewählte Rechnung bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="121"/>
        <source>Delete invoi&amp;ce</source>
        <translation>Rechnung &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="122"/>
        <source>Delete the selected invoice</source>
        <translation>Die ausgewählte Rechnung löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="180"/>
        <source>Add purchase order</source>
        <translation>Bestellung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="181"/>
        <source>An order is placed with a vendor: add it first.</source>
        <translation>Eine Bestellung geht an einen Lieferanten: Fügen Sie ihn zuerst hinzu.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="219"/>
        <source>PO {number} of {vendor}, with its 1 invoice</source>
        <translation>die Bestellung {number} bei {vendor} mit ihrer 1 Rechnung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="223"/>
        <source>PO {number} of {vendor}, with its {count} invoices</source>
        <translation>die Bestellung {number} bei {vendor} mit ihren {count} Rechnungen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="227"/>
        <source>PO {number} of {vendor}</source>
        <translation>die Bestellung {number} bei {vendor}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="252"/>
        <source>Vendors</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="253"/>
        <source>Open a project to change its vendors.</source>
        <translation>Öffnen Sie ein Projekt, um seine Lieferanten zu ändern.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="291"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="330"/>
        <source>Delete invoice</source>
        <translation>Rechnung löschen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/vendors/page.py" line="334"/>
        <source>Delete invoice {number}?

Edit › Undo brings it back.</source>
        <translation>Rechnung {number} löschen?

Bearbeiten › Rückgängig holt sie zurück.</translation>
    </message>
</context>
</TS>
