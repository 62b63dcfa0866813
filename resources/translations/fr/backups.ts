<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>BackupTableModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/backups/model.py" line="14"/>
        <source>Taken</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/backups/model.py" line="15"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/backups/model.py" line="16"/>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/backups/model.py" line="17"/>
        <source>Intact</source>
        <translation>Intacte</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/backups/model.py" line="21"/>
        <source>on open</source>
        <translation>à l&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/backups/model.py" line="22"/>
        <source>before upgrade</source>
        <translation>avant mise à niveau</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/backups/model.py" line="80"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/backups/model.py" line="81"/>
        <source>no, damaged</source>
        <translation>non, endommagée</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/backups/dialog.py" line="33"/>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/backups/dialog.py" line="49"/>
        <source>Choose the backup to put in place of &lt;b&gt;{name}&lt;/b&gt;. Changes made after it was taken are not in it; the current file is kept beside the workspace, renamed, and is never deleted. Damaged backups are listed but cannot be chosen.</source>
        <translation>Choisissez la sauvegarde qui remplacera &lt;b&gt;{name}&lt;/b&gt;. Les modifications postérieures à sa création n&apos;y figurent pas ; le fichier actuel est conservé, renommé, à côté de l&apos;espace de travail et n&apos;est jamais supprimé. Les sauvegardes endommagées sont listées mais ne peuvent pas être choisies.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/backups/dialog.py" line="66"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/backups/dialog.py" line="117"/>
        <source>There is no backup of {name} yet: one is written each time the workspace is opened.</source>
        <translation>Il n&apos;existe pas encore de sauvegarde de {name} : une sauvegarde est créée à chaque ouverture de l&apos;espace de travail.</translation>
    </message>
</context>
</TS>
