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