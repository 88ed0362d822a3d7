<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArchiveCommands</name>
    <message numerus="yes">
        <source>%n collection(s):</source>
        <translation>
            <numerusform>%n collection:</numerusform>
            <numerusform>%n collections:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (multi-tenant, %n tenant(s))</source>
        <translation>
            <numerusform>%1 (multi-tenant, %n tenant)</numerusform>
            <numerusform>%1 (multi-tenant, %n tenants)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message numerus="yes">
        <source>The archive "%1" is damaged or truncated after %n entries.</source>
        <translation>
            <numerusform>The archive "%1" is damaged or truncated after %n entry.</numerusform>
            <numerusform>The archive "%1" is damaged or truncated after %n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveVerifier</name>
    <message numerus="yes">
        <source>Verification stopped after %n problems.</source>
        <translation>
            <numerusform>Verification stopped after %n problem.</numerusform>
            <numerusform>Verification stopped after %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupTask</name>
    <message numerus="yes">
        <source>%n collection(s) not found on the server: %1.</source>
        <translation>
            <numerusform>%n collection not found on the server: %1.</numerusform>
            <numerusform>%n collections not found on the server: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) not found in "%1": %2.</source>
        <translation>
            <numerusform>%n tenant not found in "%1": %2.</numerusform>
            <numerusform>%n tenants not found in "%1": %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClearCommand</name>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n object</numerusform>
            <numerusform>%n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was deleted: the plan has %n blocking problem(s).</source>
        <translation>
            <numerusform>Nothing was deleted: the plan has %n blocking problem.</numerusform>
            <numerusform>Nothing was deleted: the plan has %n blocking problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %1: %n object(s) deleted in %2 s.</source>
        <extracomment>%1 collection names, %2 seconds</extracomment>
        <translation>
            <numerusform>Cleared %1: %n object deleted in %2 s.</numerusform>
            <numerusform>Cleared %1: %n objects deleted in %2 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Canceled after deleting %n object(s); the clear is incomplete.</source>
        <translation>
            <numerusform>Canceled after deleting %n object; the clear is incomplete.</numerusform>
            <numerusform>Canceled after deleting %n objects; the clear is incomplete.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClearTask</name>
    <message numerus="yes">
        <source>%n collection(s) not found on the server: %1.</source>
        <translation>
            <numerusform>%n collection not found on the server: %1.</numerusform>
            <numerusform>%n collections not found on the server: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) of "%2" not found on the server: %1.</source>
        <translation>
            <numerusform>%n tenant of "%2" not found on the server: %1.</numerusform>
            <numerusform>%n tenants of "%2" not found on the server: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clear plan has %n blocking problem(s).</source>
        <translation>
            <numerusform>The clear plan has %n blocking problem.</numerusform>
            <numerusform>The clear plan has %n blocking problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 still holds %n object(s) after the clear; something wrote to it meanwhile.</source>
        <translation>
            <numerusform>%1 still holds %n object after the clear; something wrote to it meanwhile.</numerusform>
            <numerusform>%1 still holds %n objects after the clear; something wrote to it meanwhile.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server deleted nothing from %1 although it still holds %n object(s); the clear stopped.</source>
        <translation>
            <numerusform>The server deleted nothing from %1 although it still holds %n object; the clear stopped.</numerusform>
            <numerusform>The server deleted nothing from %1 although it still holds %n objects; the clear stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clear deleted %n object(s) beyond what the backup holds; objects written after the backup cannot be restored.</source>
        <translation>
            <numerusform>The clear deleted %n object beyond what the backup holds; objects written after the backup cannot be restored.</numerusform>
            <numerusform>The clear deleted %n objects beyond what the backup holds; objects written after the backup cannot be restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::BackupDialog</name>
    <message numerus="yes">
        <source>%n object(s) written.</source>
        <translation>
            <numerusform>%n object written.</numerusform>
            <numerusform>%n objects written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collection(s) backed up.</source>
        <translation>
            <numerusform>%n collection backed up.</numerusform>
            <numerusform>%n collections backed up.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::ClearImpactPage</name>
    <message numerus="yes">
        <source>%1 objects will be deleted from %n collection(s).</source>
        <extracomment>%1 an object count such as "at least 1,200"; %n collections</extracomment>
        <translation>
            <numerusform>%1 objects will be deleted from %n collection.</numerusform>
            <numerusform>%1 objects will be deleted from %n collections.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup of %n object(s) is written and verified first: %1</source>
        <extracomment>%1 a file path, %n objects in the backup</extracomment>
        <translation>
            <numerusform>The backup of %n object is written and verified first: %1</numerusform>
            <numerusform>The backup of %n objects is written and verified first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::ClearWizard</name>
    <message numerus="yes">
        <source>%n object(s) deleted.</source>
        <translation>
            <numerusform>%n object deleted.</numerusform>
            <numerusform>%n objects deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup: %1 (%n object(s))</source>
        <extracomment>%1 the backup file, %2 its object count</extracomment>
        <translation>
            <numerusform>Backup: %1 (%n object)</numerusform>
            <numerusform>Backup: %1 (%n objects)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 still holds %n object(s).</source>
        <extracomment>%1 collection or "collection / tenant"</extracomment>
        <translation>
            <numerusform>%1 still holds %n object.</numerusform>
            <numerusform>%1 still holds %n objects.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::ConfirmNamesPage</name>
    <message numerus="yes">
        <source>Type %n collection name(s) to confirm: %1</source>
        <extracomment>%1 is a list of collection names</extracomment>
        <translation>
            <numerusform>Type %n collection name to confirm: %1</numerusform>
            <numerusform>Type %n collection names to confirm: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::MainWindow</name>
    <message numerus="yes">
        <source>%n collection(s)</source>
        <translation>
            <numerusform>%n collection</numerusform>
            <numerusform>%n collections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::RestoreArchivePage</name>
    <message numerus="yes">
        <source>%n collection(s) in this archive.</source>
        <translation>
            <numerusform>%n collection in this archive.</numerusform>
            <numerusform>%n collections in this archive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collection(s) in this archive. Connect to a server to restore it.</source>
        <translation>
            <numerusform>%n collection in this archive. Connect to a server to restore it.</numerusform>
            <numerusform>%n collections in this archive. Connect to a server to restore it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s)</source>
        <translation>
            <numerusform>%n tenant</numerusform>
            <numerusform>%n tenants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The archive is intact: %n object(s), every checksum matches.</source>
        <translation>
            <numerusform>The archive is intact: %n object, every checksum matches.</numerusform>
            <numerusform>The archive is intact: %n objects, every checksum matches.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::RestoreDiffPage</name>
    <message numerus="yes">
        <source>%n problem(s) must be solved first</source>
        <translation>
            <numerusform>%n problem must be solved first</numerusform>
            <numerusform>%n problems must be solved first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collection(s), %1 objects in the archive, %2 to write.</source>
        <extracomment>%1 archived object count, %2 objects that will be written, %n collections</extracomment>
        <translation>
            <numerusform>%n collection, %1 objects in the archive, %2 to write.</numerusform>
            <numerusform>%n collections, %1 objects in the archive, %2 to write.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::RestoreWizard</name>
    <message numerus="yes">
        <source>%n object(s) written.</source>
        <translation>
            <numerusform>%n object written.</numerusform>
            <numerusform>%n objects written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) added.</source>
        <translation>
            <numerusform>%n reference added.</numerusform>
            <numerusform>%n references added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more failure(s).</source>
        <translation>
            <numerusform>…and %n more failure.</numerusform>
            <numerusform>…and %n more failures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message numerus="yes">
        <source>%n tenant(s)</source>
        <translation>
            <numerusform>%n tenant</numerusform>
            <numerusform>%n tenants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message numerus="yes">
        <source>Nothing was restored: the plan has %n blocking problem(s).</source>
        <translation>
            <numerusform>Nothing was restored: the plan has %n blocking problem.</numerusform>
            <numerusform>Nothing was restored: the plan has %n blocking problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Canceled after %n object(s); the restore is incomplete.</source>
        <translation>
            <numerusform>Canceled after %n object; the restore is incomplete.</numerusform>
            <numerusform>Canceled after %n objects; the restore is incomplete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) or reference(s) failed.</source>
        <translation>
            <numerusform>%n object or reference failed.</numerusform>
            <numerusform>%n objects or references failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreTask</name>
    <message numerus="yes">
        <source>%n collection(s) not found in the archive: %1.</source>
        <translation>
            <numerusform>%n collection not found in the archive: %1.</numerusform>
            <numerusform>%n collections not found in the archive: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>"%1" has replication factor %2 but the target has %n node(s); lower the replication factor.</source>
        <translation>
            <numerusform>"%1" has replication factor %2 but the target has %n node; lower the replication factor.</numerusform>
            <numerusform>"%1" has replication factor %2 but the target has %n nodes; lower the replication factor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) not found in the archive's "%1": %2.</source>
        <translation>
            <numerusform>%n tenant not found in the archive's "%1": %2.</numerusform>
            <numerusform>%n tenants not found in the archive's "%1": %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The restore plan has %n blocking problem(s).</source>
        <translation>
            <numerusform>The restore plan has %n blocking problem.</numerusform>
            <numerusform>The restore plan has %n blocking problems.</numerusform>
        </translation>
    </message>
</context>
</TS>