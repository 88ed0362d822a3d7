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
</TS>