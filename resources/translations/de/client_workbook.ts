<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ClientEditsDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/preview_dialog.py" line="46"/>
        <source>Client edits to {project}</source>
        <translation>Kundenänderungen an {project}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/preview_dialog.py" line="53"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/preview_dialog.py" line="56"/>
        <source>Select &amp;None</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/preview_dialog.py" line="130"/>
        <source> · exported {date} at {time}</source>
        <translation> · exportiert am {date} um {time}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/preview_dialog.py" line="134"/>
        <source>Nothing changes in the workspace until you apply the ticked edits; Undo takes the whole import back.</source>
        <translation>Im Arbeitsbereich ändert sich nichts, bis Sie die angehakten Änderungen übernehmen; Rückgängig nimmt den ganzen Import zurück.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/preview_dialog.py" line="178"/>
        <source>Also in the workbook</source>
        <translation>Außerdem in der Arbeitsmappe</translation>
    </message>
</context>
<context>
    <name>ClientWorkbookExport</name>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/export.py" line="25"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/export.py" line="76"/>
        <source>Exporting the client workbook</source>
        <translation>Kundenarbeitsmappe wird exportiert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/export.py" line="82"/>
        <source> If it is open in Excel, close it there and export again.</source>
        <translation> Falls sie in Excel geöffnet ist, schließen Sie sie dort und exportieren Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/export.py" line="102"/>
        <source>Export the client workbook of {code}</source>
        <translation>Kundenarbeitsmappe von {code} exportieren</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/export.py" line="129"/>
        <source>Export Excel workbook</source>
        <translation>Excel-Arbeitsmappe exportieren</translation>
    </message>
</context>
<context>
    <name>EditItem</name>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="18"/>
        <source>New risk</source>
        <translation>Neues Risiko</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="19"/>
        <source>New change request</source>
        <translation>Neuer Änderungsantrag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="22"/>
        <source>Becomes a new risk</source>
        <translation>Wird ein neues Risiko</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="23"/>
        <source>Becomes a new change request</source>
        <translation>Wird ein neuer Änderungsantrag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="25"/>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="26"/>
        <source>Becomes a new entry</source>
        <translation>Wird ein neuer Eintrag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="60"/>
        <source>Cannot be applied: {problem}</source>
        <translation>Nicht anwendbar: {problem}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="64"/>
        <source>Changed here since the export (other fields of {reference})</source>
        <translation>Hier seit dem Export geändert (andere Felder von {reference})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="68"/>
        <source>Changed here since the export</source>
        <translation>Hier seit dem Export geändert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="70"/>
        <source>Recorded with the verdict of {reference}</source>
        <translation>Mit der Entscheidung zu {reference} erfasst</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="74"/>
        <source>Recorded with the status step of {reference}</source>
        <translation>Mit dem Statusschritt von {reference} erfasst</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="108"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="134"/>
        <source>{differences} in {rows}</source>
        <translation>{differences} in {rows}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="136"/>
        <source>{count} difference</source>
        <translation>{count} Abweichung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="138"/>
        <source>{count} differences</source>
        <translation>{count} Abweichungen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="141"/>
        <source>{count} row</source>
        <translation>{count} Zeile</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="143"/>
        <source>{count} rows</source>
        <translation>{count} Zeilen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="150"/>
        <source>{count} conflict</source>
        <translation>{count} Konflikt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="152"/>
        <source>{count} conflicts</source>
        <translation>{count} Konflikte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="157"/>
        <source>{count} new risk</source>
        <translation>{count} neues Risiko</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="159"/>
        <source>{count} new risks</source>
        <translation>{count} neue Risiken</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="164"/>
        <source>{count} new change request</source>
        <translation>{count} neuer Änderungsantrag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="168"/>
        <source>{count} new change requests</source>
        <translation>{count} neue Änderungsanträge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="177"/>
        <source>{count} cannot be applied</source>
        <translation>{count} nicht anwendbar</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="191"/>
        <source>{records} changed</source>
        <translation>{records} geändert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="197"/>
        <source>{references} created</source>
        <translation>{references} angelegt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="202"/>
        <source>Applied {count} edit from the client</source>
        <translation>{count} Änderung des Kunden übernommen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="206"/>
        <source>Applied {count} edits from the client</source>
        <translation>{count} Änderungen des Kunden übernommen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="211"/>
        <source>{applied}: {what}</source>
        <translation>{applied}: {what}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="216"/>
        <source> ({count} over changes made here since the export)</source>
        <translation> ({count} davon über hier seit dem Export vorgenommene Änderungen hinweg)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="228"/>
        <source>{count} risk</source>
        <translation>{count} Risiko</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="230"/>
        <source>{count} risks</source>
        <translation>{count} Risiken</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="235"/>
        <source>{count} change request</source>
        <translation>{count} Änderungsantrag</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="237"/>
        <source>{count} change requests</source>
        <translation>{count} Änderungsanträge</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="244"/>
        <source>{count} deliverable</source>
        <translation>{count} Liefergegenstand</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="246"/>
        <source>{count} deliverables</source>
        <translation>{count} Liefergegenstände</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="253"/>
        <source>{count} action</source>
        <translation>{count} Maßnahme</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="255"/>
        <source>{count} actions</source>
        <translation>{count} Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="263"/>
        <source>Apply {count} Edit</source>
        <translation>{count} Änderung übernehmen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="264"/>
        <source>Apply {count} Edits</source>
        <translation>{count} Änderungen übernehmen</translation>
    </message>
</context>
<context>
    <name>EditTableModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_model.py" line="30"/>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_model.py" line="31"/>
        <source>Sheet row</source>
        <translation>Blattzeile</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_model.py" line="32"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_model.py" line="33"/>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_model.py" line="34"/>
        <source>Client&apos;s value</source>
        <translation>Wert des Kunden</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_model.py" line="35"/>
        <source>Now in the workspace</source>
        <translation>Jetzt im Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_model.py" line="36"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_model.py" line="41"/>
        <source>Tick the edits to apply</source>
        <translation>Die zu übernehmenden Änderungen anhaken</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_model.py" line="42"/>
        <source>The value in the workbook when it was exported</source>
        <translation>Der Wert in der Arbeitsmappe beim Export</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_model.py" line="43"/>
        <source>The value the client typed</source>
        <translation>Der vom Kunden eingegebene Wert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_model.py" line="44"/>
        <source>The value in this workspace now, shown where it changed since the export</source>
        <translation>Der aktuelle Wert in diesem Arbeitsbereich, angezeigt, wo er sich seit dem Export geändert hat</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_model.py" line="187"/>
        <source>Apply this edit</source>
        <translation>Diese Änderung übernehmen</translation>
    </message>
</context>
<context>
    <name>ImportClientEdits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/import_edits.py" line="32"/>
        <source>Import client edits</source>
        <translation>Kundenänderungen importieren</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/import_edits.py" line="40"/>
        <source>Import the client&apos;s edits from a workbook</source>
        <translation>Kundenänderungen aus einer Arbeitsmappe importieren</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/import_edits.py" line="58"/>
        <source>Reading {file} and comparing it with the workspace…</source>
        <translation>{file} wird gelesen und mit dem Arbeitsbereich verglichen …</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/import_edits.py" line="67"/>
        <source>Reading the client&apos;s edits</source>
        <translation>Kundenänderungen werden gelesen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/import_edits.py" line="114"/>
        <source>{file} holds no edits to {project}: every cell the client can edit is as it was exported.</source>
        <translation>{file} enthält keine Änderungen an {project}: Jede vom Kunden bearbeitbare Zelle ist wie beim Export.</translation>
    </message>
</context>
</TS>
