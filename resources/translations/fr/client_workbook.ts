<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ClientEditsDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/preview_dialog.py" line="46"/>
        <source>Client edits to {project}</source>
        <translation>Modifications du client pour {project}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/preview_dialog.py" line="53"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/preview_dialog.py" line="56"/>
        <source>Select &amp;None</source>
        <translation>Tout &amp;désélectionner</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/preview_dialog.py" line="130"/>
        <source> · exported {date} at {time}</source>
        <translation> · exporté le {date} à {time}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/preview_dialog.py" line="134"/>
        <source>Nothing changes in the workspace until you apply the ticked edits; Undo takes the whole import back.</source>
        <translation>Rien ne change dans l&apos;espace de travail tant que vous n&apos;appliquez pas les modifications cochées ; Annuler revient sur tout l&apos;import.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/preview_dialog.py" line="178"/>
        <source>Also in the workbook</source>
        <translation>Également dans le classeur</translation>
    </message>
</context>
<context>
    <name>ClientWorkbookExport</name>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/export.py" line="25"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/export.py" line="76"/>
        <source>Exporting the client workbook</source>
        <translation>Export du classeur client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/export.py" line="82"/>
        <source> If it is open in Excel, close it there and export again.</source>
        <translation> S&apos;il est ouvert dans Excel, fermez-le puis exportez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/export.py" line="102"/>
        <source>Export the client workbook of {code}</source>
        <translation>Exporter le classeur client de {code}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/export.py" line="129"/>
        <source>Export Excel workbook</source>
        <translation>Exporter le classeur Excel</translation>
    </message>
</context>
<context>
    <name>EditItem</name>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="18"/>
        <source>New risk</source>
        <translation>Nouveau risque</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="19"/>
        <source>New change request</source>
        <translation>Nouvelle demande de modification</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="22"/>
        <source>Becomes a new risk</source>
        <translation>Devient un nouveau risque</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="23"/>
        <source>Becomes a new change request</source>
        <translation>Devient une nouvelle demande de modification</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="25"/>
        <source>New entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="26"/>
        <source>Becomes a new entry</source>
        <translation>Devient une nouvelle entrée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="60"/>
        <source>Cannot be applied: {problem}</source>
        <translation>Inapplicable : {problem}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="64"/>
        <source>Changed here since the export (other fields of {reference})</source>
        <translation>Modifié ici depuis l&apos;export (autres champs de {reference})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="68"/>
        <source>Changed here since the export</source>
        <translation>Modifié ici depuis l&apos;export</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="70"/>
        <source>Recorded with the verdict of {reference}</source>
        <translation>Enregistré avec le verdict de {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="74"/>
        <source>Recorded with the status step of {reference}</source>
        <translation>Enregistré avec le changement de statut de {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="108"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="134"/>
        <source>{differences} in {rows}</source>
        <translation>{differences} dans {rows}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="136"/>
        <source>{count} difference</source>
        <translation>{count} différence</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="138"/>
        <source>{count} differences</source>
        <translation>{count} différences</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="141"/>
        <source>{count} row</source>
        <translation>{count} ligne</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="143"/>
        <source>{count} rows</source>
        <translation>{count} lignes</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="150"/>
        <source>{count} conflict</source>
        <translation>{count} conflit</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="152"/>
        <source>{count} conflicts</source>
        <translation>{count} conflits</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="157"/>
        <source>{count} new risk</source>
        <translation>{count} nouveau risque</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="159"/>
        <source>{count} new risks</source>
        <translation>{count} nouveaux risques</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="164"/>
        <source>{count} new change request</source>
        <translation>{count} nouvelle demande de modification</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="168"/>
        <source>{count} new change requests</source>
        <translation>{count} nouvelles demandes de modification</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="177"/>
        <source>{count} cannot be applied</source>
        <translation>{count} inapplicable(s)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="191"/>
        <source>{records} changed</source>
        <translation>{records} modifié(s)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="197"/>
        <source>{references} created</source>
        <translation>{references} créé(s)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="202"/>
        <source>Applied {count} edit from the client</source>
        <translation>{count} modification du client appliquée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="206"/>
        <source>Applied {count} edits from the client</source>
        <translation>{count} modifications du client appliquées</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="211"/>
        <source>{applied}: {what}</source>
        <translation>{applied} : {what}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="216"/>
        <source> ({count} over changes made here since the export)</source>
        <translation> (dont {count} par-dessus des modifications faites ici depuis l&apos;export)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="228"/>
        <source>{count} risk</source>
        <translation>{count} risque</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="230"/>
        <source>{count} risks</source>
        <translation>{count} risques</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="235"/>
        <source>{count} change request</source>
        <translation>{count} demande de modification</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="237"/>
        <source>{count} change requests</source>
        <translation>{count} demandes de modification</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="244"/>
        <source>{count} deliverable</source>
        <translation>{count} livrable</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="246"/>
        <source>{count} deliverables</source>
        <translation>{count} livrables</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="253"/>
        <source>{count} action</source>
        <translation>{count} action</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="255"/>
        <source>{count} actions</source>
        <translation>{count} actions</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="263"/>
        <source>Apply {count} Edit</source>
        <translation>Appliquer {count} modification</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_items.py" line="264"/>
        <source>Apply {count} Edits</source>
        <translation>Appliquer {count} modifications</translation>
    </message>
</context>
<context>
    <name>EditTableModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_model.py" line="30"/>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_model.py" line="31"/>
        <source>Sheet row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_model.py" line="32"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_model.py" line="33"/>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_model.py" line="34"/>
        <source>Client&apos;s value</source>
        <translation>Valeur du client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_model.py" line="35"/>
        <source>Now in the workspace</source>
        <translation>Actuellement dans l&apos;espace</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_model.py" line="36"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_model.py" line="41"/>
        <source>Tick the edits to apply</source>
        <translation>Cochez les modifications à appliquer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_model.py" line="42"/>
        <source>The value in the workbook when it was exported</source>
        <translation>La valeur du classeur lors de l&apos;export</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_model.py" line="43"/>
        <source>The value the client typed</source>
        <translation>La valeur saisie par le client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_model.py" line="44"/>
        <source>The value in this workspace now, shown where it changed since the export</source>
        <translation>La valeur actuelle dans cet espace de travail, affichée là où elle a changé depuis l&apos;export</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/edit_model.py" line="187"/>
        <source>Apply this edit</source>
        <translation>Appliquer cette modification</translation>
    </message>
</context>
<context>
    <name>ImportClientEdits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/import_edits.py" line="32"/>
        <source>Import client edits</source>
        <translation>Importer les modifications du client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/import_edits.py" line="40"/>
        <source>Import the client&apos;s edits from a workbook</source>
        <translation>Importer les modifications du client depuis un classeur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/import_edits.py" line="58"/>
        <source>Reading {file} and comparing it with the workspace…</source>
        <translation>Lecture de {file} et comparaison avec l&apos;espace de travail…</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/import_edits.py" line="67"/>
        <source>Reading the client&apos;s edits</source>
        <translation>Lecture des modifications du client</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/client_workbook/import_edits.py" line="114"/>
        <source>{file} holds no edits to {project}: every cell the client can edit is as it was exported.</source>
        <translation>{file} ne contient aucune modification de {project} : chaque cellule modifiable par le client est telle qu&apos;exportée.</translation>
    </message>
</context>
</TS>
