<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CheckIn</name>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/check_in.py" line="47"/>
        <source>Checked In</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/check_in.py" line="48"/>
        <source>{code} is checked in: the team server has your changes, and the project is writable there again.

Open the team server&apos;s workspace in this window?</source>
        <translation>{code} ist eingecheckt: Der Teamserver hat Ihre Änderungen, und das Projekt ist dort wieder bearbeitbar.

Den Arbeitsbereich des Teamservers in diesem Fenster öffnen?</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/check_in.py" line="66"/>
        <source>Check In to Team Server</source>
        <translation>Beim Teamserver einchecken</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/check_in.py" line="71"/>
        <source>Writing your changes to {server}…</source>
        <translation>Ihre Änderungen werden nach {server} geschrieben…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/check_in.py" line="73"/>
        <source>Comparing your copy with {server}…</source>
        <translation>Ihre Kopie wird mit {server} verglichen…</translation>
    </message>
</context>
<context>
    <name>CheckInPreview</name>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/preview_model.py" line="16"/>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/preview_model.py" line="17"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/preview_model.py" line="18"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/preview_model.py" line="19"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/preview_dialog.py" line="37"/>
        <source>Check In {code}</source>
        <translation>{code} einchecken</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/preview_dialog.py" line="42"/>
        <source>What your copy changed</source>
        <translation>Was Ihre Kopie geändert hat</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/preview_dialog.py" line="44"/>
        <source>Nothing changed</source>
        <translation>Nichts geändert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/preview_dialog.py" line="56"/>
        <source>&amp;Check In</source>
        <translation>&amp;Einchecken</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/preview_dialog.py" line="80"/>
        <source>{code} back to {server}</source>
        <translation>{code} zurück nach {server}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/preview_dialog.py" line="84"/>
        <source>What your copy changed since you checked it out. Check In writes all of it to the team server in one go; the project is then writable there again.</source>
        <translation>Was Ihre Kopie seit dem Auschecken geändert hat. „Einchecken“ schreibt alles in einem Zug auf den Teamserver; danach ist das Projekt dort wieder bearbeitbar.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/preview_dialog.py" line="90"/>
        <source>Your copy changed nothing. Check In ends the check-out: the project is then writable on the team server again.</source>
        <translation>Ihre Kopie hat nichts geändert. „Einchecken“ beendet das Auschecken: Danach ist das Projekt auf dem Teamserver wieder bearbeitbar.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/preview_dialog.py" line="96"/>
        <source>This file stays on your disk, no longer a checked-out copy. Nothing is written until you choose Check In.</source>
        <translation>Diese Datei bleibt auf Ihrem Datenträger, dann nicht mehr als ausgecheckte Kopie. Geschrieben wird erst, wenn Sie „Einchecken“ wählen.</translation>
    </message>
</context>
<context>
    <name>CheckOut</name>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/check_out.py" line="29"/>
        <source>{code} offline</source>
        <translation>{code} offline</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/check_out.py" line="42"/>
        <source>Check out {code} for offline work</source>
        <translation>{code} zum Offline-Arbeiten auschecken</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/check_out.py" line="61"/>
        <source>{name} already exists. A check-out writes a new file: choose another name.</source>
        <translation>{name} gibt es schon. Beim Auschecken entsteht eine neue Datei: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/check_out.py" line="82"/>
        <source>Copying {code} to {name}…</source>
        <translation>{code} wird nach {name} kopiert…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/check_out.py" line="88"/>
        <source>Check Out for Offline Work</source>
        <translation>Zum Offline-Arbeiten auschecken</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/check_out.py" line="98"/>
        <source>{code} is checked out to {path}.

It is read-only on the team server until you check it in (File › Check In to Team Server… in the copy). Open the copy now?</source>
        <translation>{code} ist nach {path} ausgecheckt.

Auf dem Teamserver ist es schreibgeschützt, bis Sie es einchecken (Datei › Beim Teamserver einchecken… in der Kopie). Die Kopie jetzt öffnen?</translation>
    </message>
</context>
<context>
    <name>CheckoutCommands</name>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/commands.py" line="36"/>
        <source>Take the project shown to a file on this computer to work on it offline; it is read-only on the team server until you check it in</source>
        <translation>Das angezeigte Projekt in eine Datei auf diesem Computer mitnehmen, um offline daran zu arbeiten; auf dem Teamserver ist es schreibgeschützt, bis Sie es einchecken</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/commands.py" line="41"/>
        <source>Write what you changed in this checked-out copy back to the team server, and make the project writable there again</source>
        <translation>Ihre Änderungen in dieser ausgecheckten Kopie auf den Teamserver zurückschreiben und das Projekt dort wieder bearbeitbar machen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/commands.py" line="46"/>
        <source>End a check-out left behind: the project is writable on the team server again, and the laptop&apos;s copy can no longer be checked in (audited)</source>
        <translation>Ein liegen gebliebenes Auschecken beenden: Das Projekt ist auf dem Teamserver wieder bearbeitbar, und die Kopie auf dem Laptop kann nicht mehr eingecheckt werden (protokolliert)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/commands.py" line="63"/>
        <source>Check &amp;Out for Offline Work…</source>
        <translation>Zum &amp;Offline-Arbeiten auschecken…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/commands.py" line="69"/>
        <source>Check &amp;In to Team Server…</source>
        <translation>Beim Teamserver &amp;einchecken…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/commands.py" line="75"/>
        <source>Re&amp;lease Check-Out…</source>
        <translation>Auschecken &amp;aufheben…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/commands.py" line="160"/>
        <source>Release Check-Out</source>
        <translation>Auschecken aufheben</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/commands.py" line="164"/>
        <source>{code} is checked out by {who} since {since}.

Release it? The project becomes writable here again, and {who}&apos;s copy can no longer be checked in: what they changed offline stays in their file only.</source>
        <translation>{code} ist seit {since} von {who} ausgecheckt.

Aufheben? Das Projekt wird hier wieder bearbeitbar, und die Kopie von {who} kann nicht mehr eingecheckt werden: Was offline geändert wurde, bleibt nur in dieser Datei.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/commands.py" line="183"/>
        <source>Released {code}: writable on the team server again.</source>
        <translation>{code} freigegeben: auf dem Teamserver wieder bearbeitbar.</translation>
    </message>
</context>
<context>
    <name>CheckoutWords</name>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="18"/>
        <source>project properties</source>
        <translation>Projekteigenschaften</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="19"/>
        <source>calendars</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="20"/>
        <source>calendar days off</source>
        <translation>freie Kalendertage</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="21"/>
        <source>tasks</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="22"/>
        <source>task links</source>
        <translation>Anordnungsbeziehungen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="23"/>
        <source>baselines</source>
        <translation>Basispläne</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="24"/>
        <source>baselined task dates</source>
        <translation>Basisplantermine von Vorgängen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="25"/>
        <source>risks and issues</source>
        <translation>Risiken und Probleme</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="26"/>
        <source>risk history entries</source>
        <translation>Einträge der Risikohistorie</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="27"/>
        <source>tasks linked to risks</source>
        <translation>mit Risiken verknüpfte Vorgänge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="28"/>
        <source>change requests</source>
        <translation>Änderungsanträge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="29"/>
        <source>change request steps</source>
        <translation>Schritte von Änderungsanträgen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="30"/>
        <source>tasks of change requests</source>
        <translation>Vorgänge von Änderungsanträgen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="31"/>
        <source>decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="32"/>
        <source>client feedback</source>
        <translation>Kundenfeedback</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="33"/>
        <source>lessons learned</source>
        <translation>Lessons Learned</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="34"/>
        <source>billing milestones</source>
        <translation>Abrechnungsmeilensteine</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="35"/>
        <source>status reports</source>
        <translation>Statusberichte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="36"/>
        <source>steering pack settings</source>
        <translation>Einstellungen des Lenkungsausschuss-Pakets</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="37"/>
        <source>stage gates</source>
        <translation>Phasentore</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="38"/>
        <source>deliverables</source>
        <translation>Liefergegenstände</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="39"/>
        <source>acceptance criteria</source>
        <translation>Abnahmekriterien</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="40"/>
        <source>acceptance steps</source>
        <translation>Abnahmeschritte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="41"/>
        <source>charter objectives</source>
        <translation>Ziele des Projektauftrags</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="42"/>
        <source>scope lines</source>
        <translation>Umfangszeilen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="43"/>
        <source>SOW versions</source>
        <translation>Versionen der Leistungsbeschreibung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="44"/>
        <source>service levels</source>
        <translation>Service-Levels</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="45"/>
        <source>service level measurements</source>
        <translation>Service-Level-Messungen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="48"/>
        <source>steering meetings</source>
        <translation>Lenkungsausschusssitzungen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="49"/>
        <source>actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="50"/>
        <source>communication plan lines</source>
        <translation>Zeilen des Kommunikationsplans</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="51"/>
        <source>escalation levels</source>
        <translation>Eskalationsstufen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="52"/>
        <source>opportunities</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="53"/>
        <source>roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="54"/>
        <source>resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="55"/>
        <source>rates</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="56"/>
        <source>resource assignments</source>
        <translation>Ressourcenzuordnungen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="57"/>
        <source>timesheet hours</source>
        <translation>Stunden aus Zeiterfassung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="58"/>
        <source>vendors</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="59"/>
        <source>purchase orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="60"/>
        <source>purchase order lines</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="61"/>
        <source>vendor invoices</source>
        <translation>Lieferantenrechnungen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="64"/>
        <source>audit trail entries</source>
        <translation>Einträge des Änderungsprotokolls</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="65"/>
        <source>other records</source>
        <translation>weitere Datensätze</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="84"/>
        <source>Checked out by {who} since {since} — read-only here until it is checked in</source>
        <translation>Ausgecheckt von {who} seit {since} — hier schreibgeschützt, bis es eingecheckt ist</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/words.py" line="92"/>
        <source>&lt;b&gt;Checked-out copy&lt;/b&gt; of {code}, taken from the team server on {since}: work on it here, then use File › Check In to Team Server… to bring your changes back.</source>
        <translation>&lt;b&gt;Ausgecheckte Kopie&lt;/b&gt; von {code}, vom Teamserver genommen am {since}: Arbeiten Sie hier daran und bringen Sie Ihre Änderungen dann mit Datei › Beim Teamserver einchecken… zurück.</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <location filename="../../../cpm_desktop/ui/checkout/commands.py" line="98"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
</context>
</TS>
