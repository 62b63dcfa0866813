<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BillingAmountDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_dialogs.py" line="71"/>
        <source>Bill a task</source>
        <translation>Vorgang abrechnen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_dialogs.py" line="73"/>
        <source>Change the billing amount</source>
        <translation>Abrechnungsbetrag ändern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_dialogs.py" line="84"/>
        <source>e.g. 56000</source>
        <translation>z. B. 56000</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_dialogs.py" line="90"/>
        <source>— (when the milestone is reached)</source>
        <translation>— (bei Erreichen des Meilensteins)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_dialogs.py" line="101"/>
        <source>&amp;Task or milestone</source>
        <translation>&amp;Vorgang oder Meilenstein</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_dialogs.py" line="104"/>
        <source>&amp;Amount ({currency})</source>
        <translation>&amp;Betrag ({currency})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_dialogs.py" line="111"/>
        <source>Becomes &amp;due when the client accepts</source>
        <translation>&amp;Fällig, sobald der Kunde abnimmt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_dialogs.py" line="136"/>
        <source>The billing amount must be more than 0.</source>
        <translation>Der Abrechnungsbetrag muss größer als 0 sein.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_dialogs.py" line="146"/>
        <source>Every task that can bill already does.</source>
        <translation>Jeder abrechenbare Vorgang wird bereits abgerechnet.</translation>
    </message>
</context>
<context>
    <name>BillingPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="59"/>
        <source>Mark as &amp;Due</source>
        <translation>Als &amp;fällig markieren</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="60"/>
        <source>The milestone is reached: the invoice can be sent</source>
        <translation>Der Meilenstein ist erreicht: Die Rechnung kann gestellt werden</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="64"/>
        <source>Record &amp;Invoice…</source>
        <translation>&amp;Rechnung erfassen…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="65"/>
        <source>Date the invoice sent to the client and its number</source>
        <translation>Datum und Nummer der an den Kunden gesendeten Rechnung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="69"/>
        <source>Record &amp;Payment…</source>
        <translation>&amp;Zahlung erfassen…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="70"/>
        <source>Date the client&apos;s payment</source>
        <translation>Datum der Zahlung des Kunden</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="74"/>
        <source>Back to &amp;Not Due</source>
        <translation>Zurück auf &amp;nicht fällig</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="75"/>
        <source>Marked due too early: undo the step</source>
        <translation>Zu früh als fällig markiert: Schritt zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="91"/>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="239"/>
        <source>Billing schedule</source>
        <translation>Abrechnungsplan</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="101"/>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="114"/>
        <source>No task bills the client yet. Use Bill a Task… to put an amount on a milestone.</source>
        <translation>Noch rechnet kein Vorgang beim Kunden ab. Mit „Vorgang abrechnen…“ einem Meilenstein einen Betrag zuweisen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="123"/>
        <source>Bill a &amp;Task…</source>
        <translation>&amp;Vorgang abrechnen…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="125"/>
        <source>Put a billing amount on a task</source>
        <translation>Einem Vorgang einen Abrechnungsbetrag zuweisen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="128"/>
        <source>Change &amp;Amount…</source>
        <translation>&amp;Betrag ändern…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="130"/>
        <source>Change what it bills</source>
        <translation>Den abgerechneten Betrag ändern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="133"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="135"/>
        <source>The task no longer bills</source>
        <translation>Der Vorgang wird nicht mehr abgerechnet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="191"/>
        <source>Billable {billable} · invoiced {invoiced} · paid {paid} · outstanding {outstanding} · not yet invoiced {not_invoiced}</source>
        <translation>Abrechenbar {billable} · berechnet {invoiced} · bezahlt {paid} · offen {outstanding} · noch nicht berechnet {not_invoiced}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="240"/>
        <source>{name} is already {status}: the amount on the invoice stands.</source>
        <translation>{name} ist bereits {status}: Der Rechnungsbetrag bleibt bestehen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="264"/>
        <source>Remove billing</source>
        <translation>Abrechnung entfernen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="265"/>
        <source>Stop billing the client for {name} ({amount})?</source>
        <translation>{name} ({amount}) dem Kunden nicht mehr in Rechnung stellen?</translation>
    </message>
</context>
<context>
    <name>BillingTableModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_model.py" line="27"/>
        <source>WBS</source>
        <translation>PSP</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_model.py" line="28"/>
        <source>Billing milestone</source>
        <translation>Abrechnungsmeilenstein</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_model.py" line="29"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_model.py" line="30"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_model.py" line="31"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_model.py" line="32"/>
        <source>Invoiced</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_model.py" line="33"/>
        <source>Invoice no.</source>
        <translation>Rechnungs-Nr.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_model.py" line="34"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_model.py" line="94"/>
        <source>Becomes due when the client accepts the deliverable {reference}</source>
        <translation>Fällig, sobald der Kunde den Liefergegenstand {reference} abnimmt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_model.py" line="114"/>
        <source> · on {reference}</source>
        <translation> · bei {reference}</translation>
    </message>
</context>
<context>
    <name>BudgetBurnChart</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/charts.py" line="189"/>
        <source>Budget burn</source>
        <translation>Budgetverbrauch</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/charts.py" line="190"/>
        <source>No project has a budget yet.</source>
        <translation>Noch hat kein Projekt ein Budget.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/charts.py" line="216"/>
        <source>{label}: {actual} of {budget} spent ({share})</source>
        <translation>{label}: {actual} von {budget} ausgegeben ({share})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/charts.py" line="225"/>
        <source> · earned {share}</source>
        <translation> · Fertigstellungswert {share}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/charts.py" line="246"/>
        <source>Bar: actual cost of the current budget · tick: earned value</source>
        <translation>Balken: Istkosten am aktuellen Budget · Strich: Fertigstellungswert</translation>
    </message>
</context>
<context>
    <name>CommentaryDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/commentary.py" line="30"/>
        <source>&amp;Internal notes (internal pack only)</source>
        <translation>&amp;Interne Notizen (nur internes Paket)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/commentary.py" line="50"/>
        <source>What the sponsor should know this week</source>
        <translation>Was der Auftraggeber diese Woche wissen sollte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/commentary.py" line="56"/>
        <source>For our own team: margin, rates, what the client must not read</source>
        <translation>Für das eigene Team: Marge, Sätze, was der Kunde nicht lesen soll</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/commentary.py" line="60"/>
        <source>&amp;Commentary</source>
        <translation>&amp;Kommentar</translation>
    </message>
</context>
<context>
    <name>CommentaryPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/commentary.py" line="26"/>
        <source>No commentary for this status date yet: what should the sponsor know this week?</source>
        <translation>Noch kein Kommentar zu diesem Stichtag: Was sollte der Auftraggeber diese Woche wissen?</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/commentary.py" line="32"/>
        <source>Internal notes kept for the internal pack (Edit Commentary… shows them)</source>
        <translation>Interne Notizen für das interne Paket vorhanden („Kommentar bearbeiten…“ zeigt sie)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/commentary.py" line="91"/>
        <location filename="../../../cpm_desktop/ui/overview/commentary.py" line="127"/>
        <source>PM commentary</source>
        <translation>PL-Kommentar</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/commentary.py" line="94"/>
        <source>&amp;Edit Commentary…</source>
        <translation>Kommentar &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/commentary.py" line="123"/>
        <source>PM commentary · status date {day}</source>
        <translation>PL-Kommentar · Stichtag {day}</translation>
    </message>
</context>
<context>
    <name>CsatTrendChart</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/charts.py" line="105"/>
        <source>Client satisfaction over time</source>
        <translation>Kundenzufriedenheit im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/charts.py" line="106"/>
        <source>No scored feedback yet.</source>
        <translation>Noch kein bewertetes Feedback.</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="229"/>
        <source>Bill a task</source>
        <translation>Vorgang abrechnen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="255"/>
        <source>Change billing</source>
        <translation>Abrechnung ändern</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_panel.py" line="271"/>
        <source>Remove billing</source>
        <translation>Abrechnung entfernen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/commentary.py" line="153"/>
        <source>Edit commentary</source>
        <translation>Kommentar bearbeiten</translation>
    </message>
</context>
<context>
    <name>InvoiceStepDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_dialogs.py" line="173"/>
        <source>Record the payment</source>
        <translation>Zahlung erfassen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_dialogs.py" line="175"/>
        <source>Record the invoice</source>
        <translation>Rechnung erfassen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_dialogs.py" line="181"/>
        <source> · invoice {number}</source>
        <translation> · Rechnung {number}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_dialogs.py" line="197"/>
        <source>e.g. INV-2026-041</source>
        <translation>z. B. RE-2026-041</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_dialogs.py" line="201"/>
        <source>Paid &amp;on</source>
        <translation>Bezahlt &amp;am</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_dialogs.py" line="203"/>
        <source>Invoiced &amp;on</source>
        <translation>Berechnet &amp;am</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/billing_dialogs.py" line="208"/>
        <source>Invoice &amp;number</source>
        <translation>Rechnungs&amp;nummer</translation>
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="25"/>
        <source>per currency</source>
        <translation>je Währung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="27"/>
        <source>Set exchange rates (Edit › Exchange Rates…) to roll up in one currency.</source>
        <translation>Wechselkurse festlegen (Bearbeiten › Wechselkurse…), um in einer Währung zu verdichten.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="78"/>
        <source>{number} day</source>
        <translation>{number} Tag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="79"/>
        <source>{number} days</source>
        <translation>{number} Tage</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="90"/>
        <source>Finish variance</source>
        <translation>Terminabweichung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="98"/>
        <source>Schedule (SPI)</source>
        <translation>Termine (SPI)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="100"/>
        <source>EV − PV {amount}</source>
        <translation>EV − PV {amount}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="106"/>
        <source>needs a status date and budgets</source>
        <translation>braucht Stichtag und Budgets</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="112"/>
        <source>Cost (CPI)</source>
        <translation>Kosten (CPI)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="114"/>
        <source>earned value ÷ actual cost</source>
        <translation>Fertigstellungswert ÷ Istkosten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="118"/>
        <source>no actual cost yet</source>
        <translation>noch keine Istkosten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="132"/>
        <source>no baseline saved</source>
        <translation>kein Basisplan gespeichert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="135"/>
        <source>forecast finish vs baseline</source>
        <translation>Prognose-Ende ggü. Basisplan</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="138"/>
        <source>project finish; {count} milestone behind (up to {slip})</source>
        <translation>Projektende; {count} Meilenstein im Verzug (bis {slip})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="142"/>
        <source>project finish; {count} milestones behind (up to {slip})</source>
        <translation>Projektende; {count} Meilensteine im Verzug (bis {slip})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="162"/>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="261"/>
        <source>Budget variance</source>
        <translation>Budgetabweichung</translation>
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
        <translation>Projekte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="176"/>
        <source>for {count} client</source>
        <translation>für {count} Kunden</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="178"/>
        <source>for {count} clients</source>
        <translation>für {count} Kunden</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="181"/>
        <source>Projects in this view.</source>
        <translation>Projekte in dieser Ansicht.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="189"/>
        <source>Repeat business</source>
        <translation>Folgeaufträge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="191"/>
        <source>{repeat} of {count} clients with more than one project</source>
        <translation>{repeat} von {count} Kunden mit mehr als einem Projekt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="195"/>
        <source>Clients who came back: more than one project in this workspace.</source>
        <translation>Wiederkehrende Kunden: mehr als ein Projekt in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="230"/>
        <source>{met} of {counted} milestones met</source>
        <translation>{met} von {counted} Meilensteinen eingehalten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="234"/>
        <source>no milestone due against a baseline yet</source>
        <translation>noch kein Meilenstein gegen Basisplan fällig</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="238"/>
        <source>On-time delivery</source>
        <translation>Termintreue</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="251"/>
        <source>no budget set</source>
        <translation>kein Budget festgelegt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="253"/>
        <source>{amount} at completion</source>
        <translation>{amount} bei Abschluss</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="258"/>
        <source>no budget</source>
        <translation>kein Budget</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="272"/>
        <source>{count} score</source>
        <translation>{count} Bewertung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="274"/>
        <source>{count} scores</source>
        <translation>{count} Bewertungen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="279"/>
        <source>no scored feedback yet</source>
        <translation>noch kein bewertetes Feedback</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="283"/>
        <source>Client satisfaction</source>
        <translation>Kundenzufriedenheit</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="296"/>
        <source>no contract value set</source>
        <translation>kein Auftragswert festgelegt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="299"/>
        <source>no budget or cost to judge</source>
        <translation>kein Budget oder keine Kosten zur Beurteilung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="303"/>
        <source>{margin} on {revenue}</source>
        <translation>{margin} auf {revenue}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="308"/>
        <source>no contract value or cost</source>
        <translation>kein Auftragswert oder keine Kosten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="330"/>
        <source> · {count} project left out ({why})</source>
        <translation> · {count} Projekt nicht berücksichtigt ({why})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="332"/>
        <source> · {count} projects left out ({why})</source>
        <translation> · {count} Projekte nicht berücksichtigt ({why})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="340"/>
        <source>Red risks &amp; issues</source>
        <translation>Rote Risiken &amp; Probleme</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="348"/>
        <source>Pending changes</source>
        <translation>Offene Änderungen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="350"/>
        <source>awaiting the client&apos;s decision</source>
        <translation>warten auf Entscheidung des Kunden</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="360"/>
        <source>{count} risk</source>
        <translation>{count} Risiko</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="361"/>
        <source>{count} risks</source>
        <translation>{count} Risiken</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="367"/>
        <source>{count} issue</source>
        <translation>{count} Problem</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_text.py" line="368"/>
        <source>{count} issues</source>
        <translation>{count} Probleme</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_tiles.py" line="21"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_tiles.py" line="22"/>
        <source>Amber</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_tiles.py" line="23"/>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/kpi_tiles.py" line="105"/>
        <source>Click to open {where}.</source>
        <translation>Klicken, um {where} zu öffnen.</translation>
    </message>
</context>
<context>
    <name>NextMilestonesModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/milestones_model.py" line="18"/>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/milestones_model.py" line="19"/>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/milestones_model.py" line="20"/>
        <source>Baseline</source>
        <translation>Basisplan</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/milestones_model.py" line="21"/>
        <source>Variance</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/milestones_model.py" line="22"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/tab.py" line="34"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/view.py" line="44"/>
        <source>Project summary</source>
        <translation>Projektübersicht</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/view.py" line="49"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/view.py" line="51"/>
        <source>Client Feedback</source>
        <translation>Kundenfeedback</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/view.py" line="53"/>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/view.py" line="55"/>
        <source>Lessons Learned</source>
        <translation>Lessons Learned</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/view.py" line="58"/>
        <source>Stakeholders</source>
        <translation>Stakeholder</translation>
    </message>
</context>
<context>
    <name>PortfolioTableModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="64"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="69"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="74"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="76"/>
        <source>RAG</source>
        <translation>Ampel</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="81"/>
        <source>On time</source>
        <translation>Termintreu</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="87"/>
        <source>Finish</source>
        <translation>Ende</translation>
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
        <translation>Rote R &amp; P</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="128"/>
        <source>Pending CRs</source>
        <translation>Offene ÄA</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="133"/>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="136"/>
        <source>Share of the milestones due by the status date met against the baseline</source>
        <translation>Anteil der bis zum Stichtag fälligen Meilensteine, die gegen den Basisplan eingehalten wurden</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="140"/>
        <source>Forecast finish against the baseline, in working days; + is late</source>
        <translation>Prognose-Ende ggü. Basisplan in Arbeitstagen; + ist verspätet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="143"/>
        <source>Budget variance at completion; − is over budget</source>
        <translation>Budgetabweichung bei Abschluss; − ist über Budget</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="146"/>
        <source>Cost performance index (earned value ÷ actual cost)</source>
        <translation>Kostenleistungsindex (Fertigstellungswert ÷ Istkosten)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="149"/>
        <source>Schedule performance index (earned value ÷ planned value)</source>
        <translation>Terminleistungsindex (Fertigstellungswert ÷ Planwert)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="152"/>
        <source>Average client satisfaction, 1–5</source>
        <translation>Durchschnittliche Kundenzufriedenheit, 1–5</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="153"/>
        <source>Margin % of revenue (contract + approved billable changes)</source>
        <translation>Marge in % des Umsatzes (Auftrag + genehmigte abrechenbare Änderungen)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="156"/>
        <source>Overall status: the PM&apos;s rating (PM), else computed from the KPIs</source>
        <translation>Gesamtstatus: Bewertung des PL (PL), sonst aus den KPIs berechnet</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="159"/>
        <source>Open red risks and red issues</source>
        <translation>Offene rote Risiken und rote Probleme</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="160"/>
        <source>Lifecycle stage, moved by dated stage gates (Project › Stage Gate…)</source>
        <translation>Lebenszyklusphase, weitergeschaltet durch datierte Phasenfreigaben (Projekt › Phasenfreigabe…)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="163"/>
        <source>The team&apos;s billable hours booked ÷ hours available, to the status date</source>
        <translation>Gebuchte abrechenbare Stunden des Teams ÷ verfügbare Stunden, bis zum Stichtag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="170"/>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="252"/>
        <source>{code} · Utilisation: no hours booked yet</source>
        <translation>{code} · Auslastung: noch keine Stunden gebucht</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="255"/>
        <source>{code} · Utilisation {share}: {billable} billable of {available} h</source>
        <translation>{code} · Auslastung {share}: {billable} abrechenbar von {available} h</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="285"/>
        <source>{code} · closed on {date}: read-only; its KPIs still count in the portfolio</source>
        <translation>{code} · abgeschlossen am {date}: schreibgeschützt; seine KPIs zählen weiter im Portfolio</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_model.py" line="289"/>
        <source>{code} · stage: {stage}</source>
        <translation>{code} · Phase: {stage}</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_view.py" line="41"/>
        <source>All clients</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_view.py" line="76"/>
        <source>Double-click a project to open it</source>
        <translation>Doppelklick öffnet ein Projekt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_view.py" line="164"/>
        <source>{count} project</source>
        <translation>{count} Projekt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_view.py" line="166"/>
        <source>{count} projects</source>
        <translation>{count} Projekte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_view.py" line="171"/>
        <source> ({closed} closed, counted in the KPIs)</source>
        <translation> ({closed} abgeschlossen, in den KPIs mitgezählt)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_view.py" line="176"/>
        <source>KPIs as of each project&apos;s status date ({date} the latest)</source>
        <translation>KPIs zum Stichtag des jeweiligen Projekts (spätester {date})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_view.py" line="187"/>
        <source>1 {currency} = {rate} {quote} from {date}</source>
        <translation>1 {currency} = {rate} {quote} ab {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_view.py" line="198"/>
        <source>money in {currency} at {rates}</source>
        <translation>Beträge in {currency} zu {rates}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_view.py" line="207"/>
        <source> (no {codes} rate into {currency} for a project&apos;s day)</source>
        <translation> (kein Kurs {codes} → {currency} für den Tag eines Projekts)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/portfolio_view.py" line="211"/>
        <source>money per currency{missing}.</source>
        <translation>Beträge je Währung{missing}.</translation>
    </message>
</context>
<context>
    <name>ProjectSummaryPage</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/project_page.py" line="46"/>
        <location filename="../../../cpm_desktop/ui/overview/project_page.py" line="47"/>
        <location filename="../../../cpm_desktop/ui/overview/project_page.py" line="48"/>
        <source>the Timeline</source>
        <translation>die Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/project_page.py" line="49"/>
        <source>the client feedback</source>
        <translation>das Kundenfeedback</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/project_page.py" line="50"/>
        <source>the risk register</source>
        <translation>das Risikoregister</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/project_page.py" line="53"/>
        <source>the change log</source>
        <translation>das Änderungsprotokoll</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/project_page.py" line="55"/>
        <source>the team&apos;s workload</source>
        <translation>die Auslastung des Teams</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/project_page.py" line="94"/>
        <location filename="../../../cpm_desktop/ui/overview/project_page.py" line="106"/>
        <source>Next milestones</source>
        <translation>Nächste Meilensteine</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/project_page.py" line="151"/>
        <source>KPIs as of {date}</source>
        <translation>KPIs zum {date}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/project_page.py" line="157"/>
        <source> (no status date set: measured today)</source>
        <translation> (kein Stichtag gesetzt: heute gemessen)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/project_page.py" line="161"/>
        <source>  ·  Overall status: {status}</source>
        <translation>  ·  Gesamtstatus: {status}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/project_page.py" line="173"/>
        <source>Revenue: no contract value set</source>
        <translation>Umsatz: kein Auftragswert festgelegt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/project_page.py" line="175"/>
        <source>Revenue {revenue}: contract value {contract} + approved billable changes</source>
        <translation>Umsatz {revenue}: Auftragswert {contract} + genehmigte abrechenbare Änderungen</translation>
    </message>
</context>
<context>
    <name>ServiceLevelsCard</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/service_levels_card.py" line="29"/>
        <source>Governance › Service Levels records and pastes the values.</source>
        <translation>Steuerung › Service-Level erfasst und fügt die Werte ein.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/service_levels_card.py" line="32"/>
        <source>Nothing measured yet</source>
        <translation>Noch nichts gemessen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/service_levels_card.py" line="35"/>
        <source>Service level</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/service_levels_card.py" line="41"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/service_levels_card.py" line="46"/>
        <source>Latest</source>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/service_levels_card.py" line="52"/>
        <source>RAG</source>
        <translation>Ampel</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/service_levels_card.py" line="58"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/service_levels_card.py" line="76"/>
        <source>Service levels</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/service_levels_card.py" line="110"/>
        <source>{count} SLA at the last period measured</source>
        <translation>{count} SLA in der zuletzt gemessenen Periode</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/service_levels_card.py" line="114"/>
        <source>{count} SLAs at the last period measured</source>
        <translation>{count} SLAs in der zuletzt gemessenen Periode</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/service_levels_card.py" line="121"/>
        <source>; {missed} missed</source>
        <translation>; {missed} verfehlt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/service_levels_card.py" line="125"/>
        <source>; all met</source>
        <translation>; alle erfüllt</translation>
    </message>
</context>
<context>
    <name>SinceLastPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/since_last_panel.py" line="24"/>
        <source>Since the last report</source>
        <translation>Seit dem letzten Bericht</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/since_last_panel.py" line="27"/>
        <source>No status report yet: Project › Update Status… records the first one.</source>
        <translation>Noch kein Statusbericht: Projekt › Status aktualisieren… erfasst den ersten.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/overview/since_last_panel.py" line="30"/>
        <source>Internal register entries are left out here; the internal pack lists them.</source>
        <translation>Interne Registereinträge sind hier ausgeblendet; das interne Paket führt sie auf.</translation>
    </message>
</context>
</TS>
