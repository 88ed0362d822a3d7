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