<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_GB">
<context>
    <name>BackupTableModel</name>
    <message>
        <location filename="../../../cpm_desktop/ui/backups/model.py" line="14"/>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/backups/model.py" line="15"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/backups/model.py" line="16"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/backups/model.py" line="17"/>
        <source>Intact</source>
        <translation>Intakt</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/backups/model.py" line="21"/>
        <source>on open</source>
        <translation>beim Öffnen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/backups/model.py" line="22"/>
        <source>before upgrade</source>
        <translation>vor Aktualisierung</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/backups/model.py" line="80"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/backups/model.py" line="81"/>
        <source>no, damaged</source>
        <translation>nein, beschädigt</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../../cpm_desktop/ui/backups/dialog.py" line="33"/>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/backups/dialog.py" line="49"/>
        <source>Choose the backup to put in place of &lt;b&gt;{name}&lt;/b&gt;. Changes made after it was taken are not in it; the current file is kept beside the workspace, renamed, and is never deleted. Damaged backups are listed but cannot be chosen.</source>
        <translation>Wählen Sie die Sicherung, die an die Stelle von &lt;b&gt;{name}&lt;/b&gt; treten soll. Änderungen nach ihrer Erstellung sind nicht enthalten; die aktuelle Datei bleibt umbenannt neben dem Arbeitsbereich erhalten und wird nie gelöscht. Beschädigte Sicherungen werden angezeigt, können aber nicht gewählt werden.</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/backups/dialog.py" line="66"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../../cpm_desktop/ui/backups/dialog.py" line="117"/>
        <source>There is no backup of {name} yet: one is written each time the workspace is opened.</source>
        <translation>Von {name} gibt es noch keine Sicherung: Bei jedem Öffnen des Arbeitsbereichs wird eine angelegt.</translation>
    </message>
</context>
</TS>
