<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Edits</name>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/panel.py" line="91"/>
        <source>Add opportunity</source>
        <translation>Ajouter une opportunité</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/panel.py" line="101"/>
        <source>Edit {reference}</source>
        <translation>Modifier {reference}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/panel.py" line="110"/>
        <source>Delete {reference}</source>
        <translation>Supprimer {reference}</translation>
    </message>
</context>
<context>
    <name>OpportunitiesPanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="27"/>
        <source>The supplier&apos;s own business: opportunities are never in a client export.</source>
        <translation>Affaire propre au prestataire : les opportunités ne figurent jamais dans un export client.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="102"/>
        <source>{reference}: spotted on this project ({project})</source>
        <translation>{reference} : repérée sur ce projet ({project})</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="106"/>
        <source>{reference}: spotted on {project}</source>
        <translation>{reference} : repérée sur {project}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="109"/>
        <source>{reference}: spotted on none of its projects</source>
        <translation>{reference} : repérée sur aucun de ses projets</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="115"/>
        <source>Open: in the pipeline</source>
        <translation>Ouverte : dans le pipeline</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="116"/>
        <source>Closed: {stage}</source>
        <translation>Close : {stage}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="122"/>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="129"/>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="134"/>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="139"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="145"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="153"/>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="158"/>
        <source>Handed to</source>
        <translation>Confiée à</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="163"/>
        <source>Spotted</source>
        <translation>Repérée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="183"/>
        <source>{value} in the pipeline</source>
        <translation>{value} dans le pipeline</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/panel.py" line="49"/>
        <source>No opportunities for this client yet. When delivery shows the client needs more (another site, an add-on), note it here and hand it to the account manager.</source>
        <translation>Aucune opportunité pour ce client. Quand la livraison révèle un besoin supplémentaire (un autre site, un module), notez-le ici et confiez-le au chargé de compte.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/panel.py" line="73"/>
        <source>{client}: {pipeline}</source>
        <translation>{client} : {pipeline}</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/dialog.py" line="25"/>
        <source>— (none of its projects)</source>
        <translation>— (aucun de ses projets)</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/dialog.py" line="41"/>
        <source>Add opportunity — {client}</source>
        <translation>Ajouter une opportunité — {client}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/dialog.py" line="43"/>
        <source>Edit {reference} — {client}</source>
        <translation>Modifier {reference} — {client}</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/dialog.py" line="49"/>
        <source>The follow-on work, in a few words</source>
        <translation>Le travail complémentaire, en quelques mots</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/dialog.py" line="53"/>
        <source>The client&apos;s need, in their words</source>
        <translation>Le besoin du client, dans ses mots</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/dialog.py" line="62"/>
        <source>Estimate; empty: not estimated yet</source>
        <translation>Estimation ; vide : pas encore estimée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/dialog.py" line="80"/>
        <source>What happens next, and when</source>
        <translation>Ce qui suit, et quand</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/dialog.py" line="91"/>
        <source>The account manager who takes it on</source>
        <translation>Le chargé de compte qui la reprend</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/dialog.py" line="104"/>
        <source>&amp;Opportunity</source>
        <translation>&amp;Opportunité</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/dialog.py" line="106"/>
        <source>&amp;Need</source>
        <translation>&amp;Besoin</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/dialog.py" line="108"/>
        <source>Estimated &amp;value</source>
        <translation>&amp;Valeur estimée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/dialog.py" line="112"/>
        <source>&amp;Stage</source>
        <translation>É&amp;tape</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/dialog.py" line="114"/>
        <source>Ne&amp;xt step</source>
        <translation>Pro&amp;chaine étape</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/dialog.py" line="117"/>
        <source>&amp;Handed to</source>
        <translation>Co&amp;nfiée à</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/dialog.py" line="120"/>
        <source>Spotted o&amp;n</source>
        <translation>Repérée &amp;le</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/dialog.py" line="123"/>
        <source>On &amp;project</source>
        <translation>Sur le &amp;projet</translation>
    </message>
</context>
<context>
    <name>OpportunityStage</name>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="33"/>
        <source>Spotted</source>
        <translation>Repérée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="34"/>
        <source>Qualified</source>
        <translation>Qualifiée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="35"/>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="36"/>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="37"/>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
</context>
<context>
    <name>PipelineCounts</name>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="57"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n ouverte</numerusform>
            <numerusform>%n ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../cpm_desktop/ui/opportunities/columns.py" line="61"/>
        <source>%n won</source>
        <translation>
            <numerusform>%n gagnée</numerusform>
            <numerusform>%n gagnées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelinePanel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/pipeline_panel.py" line="38"/>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/pipeline_panel.py" line="43"/>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/pipeline_panel.py" line="48"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/pipeline_panel.py" line="54"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/pipeline_panel.py" line="61"/>
        <source>Handed to</source>
        <translation>Confiée à</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/pipeline_panel.py" line="64"/>
        <source>Spotted</source>
        <translation>Repérée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/pipeline_panel.py" line="85"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/pipeline_panel.py" line="101"/>
        <source>Double-click an opportunity to open the project that spotted it</source>
        <translation>Double-cliquer sur une opportunité ouvre le projet qui l&apos;a repérée</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/pipeline_panel.py" line="107"/>
        <source>No opportunities spotted for this client yet.</source>
        <translation>Aucune opportunité repérée pour ce client.</translation>
    </message>
</context>
<context>
    <name>RecordLists</name>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/panel.py" line="39"/>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
</context>
<context>
    <name>RecordNouns</name>
    <message>
        <location filename="../../../cpm_desktop/ui/opportunities/panel.py" line="38"/>
        <source>opportunity</source>
        <translation>opportunité</translation>
    </message>
</context>
</TS>
