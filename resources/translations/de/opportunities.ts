<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/panel.py" line="91"/>
        <source>Add opportunity</source>
        <translation>Chance hinzufügen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/panel.py" line="101"/>
        <source>Edit {reference}</source>
        <translation>{reference} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/panel.py" line="110"/>
        <source>Delete {reference}</source>
        <translation>{reference} löschen</translation>
    </message>
</context>
<context>
    <name>OpportunitiesPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="27"/>
        <source>The supplier&apos;s own business: opportunities are never in a client export.</source>
        <translation>Eigenes Geschäft des Auftragnehmers: Verkaufschancen stehen nie in einem Kundenexport.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="102"/>
        <source>{reference}: spotted on this project ({project})</source>
        <translation>{reference}: in diesem Projekt erkannt ({project})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="106"/>
        <source>{reference}: spotted on {project}</source>
        <translation>{reference}: erkannt in {project}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="109"/>
        <source>{reference}: spotted on none of its projects</source>
        <translation>{reference}: in keinem seiner Projekte erkannt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="115"/>
        <source>Open: in the pipeline</source>
        <translation>Offen: in der Pipeline</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="116"/>
        <source>Closed: {stage}</source>
        <translation>Abgeschlossen: {stage}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="122"/>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="129"/>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="134"/>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="139"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="145"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="153"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="158"/>
        <source>Handed to</source>
        <translation>Übergeben an</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="163"/>
        <source>Spotted</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="183"/>
        <source>{value} in the pipeline</source>
        <translation>{value} in der Pipeline</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/panel.py" line="49"/>
        <source>No opportunities for this client yet. When delivery shows the client needs more (another site, an add-on), note it here and hand it to the account manager.</source>
        <translation>Noch keine Verkaufschancen für diesen Kunden. Zeigt die Lieferung weiteren Bedarf (ein weiterer Standort, eine Erweiterung), hier erfassen und an den Account Manager übergeben.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/panel.py" line="73"/>
        <source>{client}: {pipeline}</source>
        <translation>{client}: {pipeline}</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/dialog.py" line="25"/>
        <source>— (none of its projects)</source>
        <translation>— (keines seiner Projekte)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/dialog.py" line="41"/>
        <source>Add opportunity — {client}</source>
        <translation>Verkaufschance hinzufügen — {client}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/dialog.py" line="43"/>
        <source>Edit {reference} — {client}</source>
        <translation>{reference} bearbeiten — {client}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/dialog.py" line="49"/>
        <source>The follow-on work, in a few words</source>
        <translation>Die Folgearbeit in wenigen Worten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/dialog.py" line="53"/>
        <source>The client&apos;s need, in their words</source>
        <translation>Der Bedarf des Kunden, in seinen Worten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/dialog.py" line="62"/>
        <source>Estimate; empty: not estimated yet</source>
        <translation>Schätzung; leer: noch nicht geschätzt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/dialog.py" line="80"/>
        <source>What happens next, and when</source>
        <translation>Was als Nächstes geschieht, und wann</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/dialog.py" line="91"/>
        <source>The account manager who takes it on</source>
        <translation>Der Account Manager, der sie übernimmt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/dialog.py" line="104"/>
        <source>&amp;Opportunity</source>
        <translation>&amp;Verkaufschance</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/dialog.py" line="106"/>
        <source>&amp;Need</source>
        <translation>&amp;Bedarf</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/dialog.py" line="108"/>
        <source>Estimated &amp;value</source>
        <translation>&amp;Geschätzter Wert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/dialog.py" line="112"/>
        <source>&amp;Stage</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/dialog.py" line="114"/>
        <source>Ne&amp;xt step</source>
        <translation>Nä&amp;chster Schritt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/dialog.py" line="117"/>
        <source>&amp;Handed to</source>
        <translation>Übergeben &amp;an</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/dialog.py" line="120"/>
        <source>Spotted o&amp;n</source>
        <translation>E&amp;rkannt am</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/dialog.py" line="123"/>
        <source>On &amp;project</source>
        <translation>Im Pro&amp;jekt</translation>
    </message>
</context>
<context>
    <name>OpportunityStage</name>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="33"/>
        <source>Spotted</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="34"/>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="35"/>
        <source>Proposed</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="36"/>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="37"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
</context>
<context>
    <name>PipelineCounts</name>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="57"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="61"/>
        <source>%n won</source>
        <translation>
            <numerusform>%n gewonnen</numerusform>
            <numerusform>%n gewonnen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelinePanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/pipeline_panel.py" line="38"/>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/pipeline_panel.py" line="43"/>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/pipeline_panel.py" line="48"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/pipeline_panel.py" line="54"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/pipeline_panel.py" line="61"/>
        <source>Handed to</source>
        <translation>Übergeben an</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/pipeline_panel.py" line="64"/>
        <source>Spotted</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/pipeline_panel.py" line="85"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/pipeline_panel.py" line="101"/>
        <source>Double-click an opportunity to open the project that spotted it</source>
        <translation>Doppelklick auf eine Verkaufschance öffnet das Projekt, in dem sie erkannt wurde</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/pipeline_panel.py" line="107"/>
        <source>No opportunities spotted for this client yet.</source>
        <translation>Noch keine Verkaufschancen für diesen Kunden erkannt.</translation>
    </message>
</context>
<context>
    <name>RecordLists</name>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/panel.py" line="39"/>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
</context>
<context>
    <name>RecordNouns</name>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/panel.py" line="38"/>
        <source>opportunity</source>
        <translation>Chance</translation>
    </message>
</context>
</TS>
