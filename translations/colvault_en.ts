<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArchiveCommands</name>
    <message numerus="yes">
        <source>%Ln collection(s):</source>
        <translation>
            <numerusform>%Ln collection:</numerusform>
            <numerusform>%Ln collections:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (multi-tenant, %Ln tenant(s))</source>
        <translation>
            <numerusform>%1 (multi-tenant, %Ln tenant)</numerusform>
            <numerusform>%1 (multi-tenant, %Ln tenants)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln alias(es):</source>
        <translation>
            <numerusform>%Ln alias:</numerusform>
            <numerusform>%Ln aliases:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message numerus="yes">
        <source>The archive "%1" is damaged or truncated after %Ln entries.</source>
        <translation>
            <numerusform>The archive "%1" is damaged or truncated after %Ln entry.</numerusform>
            <numerusform>The archive "%1" is damaged or truncated after %Ln entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveVerifier</name>
    <message numerus="yes">
        <source>Verification stopped after %Ln problems.</source>
        <translation>
            <numerusform>Verification stopped after %Ln problem.</numerusform>
            <numerusform>Verification stopped after %Ln problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message numerus="yes">
        <source>%Ln object(s)</source>
        <translation>
            <numerusform>%Ln object</numerusform>
            <numerusform>%Ln objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln object(s), about %1 to read, archive about %2.</source>
        <extracomment>%Ln total object count, %1 estimated transfer size, %2 estimated archive size</extracomment>
        <translation>
            <numerusform>Total: %Ln object, about %1 to read, archive about %2.</numerusform>
            <numerusform>Total: %Ln objects, about %1 to read, archive about %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %Ln object(s) to %1 (%2) in %3 s.</source>
        <extracomment>%Ln objects, %1 archive path, %2 archive size, %3 seconds</extracomment>
        <translation>
            <numerusform>Backed up %Ln object to %1 (%2) in %3 s.</numerusform>
            <numerusform>Backed up %Ln objects to %1 (%2) in %3 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The archive will be encrypted with age to %Ln recipient(s).</source>
        <translation>
            <numerusform>The archive will be encrypted with age to %Ln recipient.</numerusform>
            <numerusform>The archive will be encrypted with age to %Ln recipients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupTask</name>
    <message numerus="yes">
        <source>%Ln collection(s) not found on the server: %1.</source>
        <translation>
            <numerusform>%Ln collection not found on the server: %1.</numerusform>
            <numerusform>%Ln collections not found on the server: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClearCommand</name>
    <message numerus="yes">
        <source>%Ln object(s)</source>
        <translation>
            <numerusform>%Ln object</numerusform>
            <numerusform>%Ln objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was deleted: the plan has %Ln blocking problem(s).</source>
        <translation>
            <numerusform>Nothing was deleted: the plan has %Ln blocking problem.</numerusform>
            <numerusform>Nothing was deleted: the plan has %Ln blocking problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %1: %Ln object(s) deleted in %2 s.</source>
        <extracomment>%1 collection names, %2 seconds</extracomment>
        <translation>
            <numerusform>Cleared %1: %Ln object deleted in %2 s.</numerusform>
            <numerusform>Cleared %1: %Ln objects deleted in %2 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Canceled after deleting %Ln object(s); the clear is incomplete.</source>
        <translation>
            <numerusform>Canceled after deleting %Ln object; the clear is incomplete.</numerusform>
            <numerusform>Canceled after deleting %Ln objects; the clear is incomplete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: at least %Ln object(s); tenants that cannot be counted now are not included.</source>
        <translation>
            <numerusform>Total: at least %Ln object; tenants that cannot be counted now are not included.</numerusform>
            <numerusform>Total: at least %Ln objects; tenants that cannot be counted now are not included.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln object(s).</source>
        <translation>
            <numerusform>Total: %Ln object.</numerusform>
            <numerusform>Total: %Ln objects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This deletes the data of %Ln collection(s): %1. Type their names to confirm, separated by commas:</source>
        <translation>
            <numerusform>This deletes the data of %Ln collection: %1. Type its name to confirm:</numerusform>
            <numerusform>This deletes the data of %Ln collections: %1. Type their names to confirm, separated by commas:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClearTask</name>
    <message numerus="yes">
        <source>%Ln collection(s) not found on the server: %1.</source>
        <translation>
            <numerusform>%Ln collection not found on the server: %1.</numerusform>
            <numerusform>%Ln collections not found on the server: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clear plan has %Ln blocking problem(s).</source>
        <translation>
            <numerusform>The clear plan has %Ln blocking problem.</numerusform>
            <numerusform>The clear plan has %Ln blocking problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 still holds %Ln object(s) after the clear; something wrote to it meanwhile.</source>
        <translation>
            <numerusform>%1 still holds %Ln object after the clear; something wrote to it meanwhile.</numerusform>
            <numerusform>%1 still holds %Ln objects after the clear; something wrote to it meanwhile.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server deleted nothing from %1 although it still holds %Ln object(s); the clear stopped.</source>
        <translation>
            <numerusform>The server deleted nothing from %1 although it still holds %Ln object; the clear stopped.</numerusform>
            <numerusform>The server deleted nothing from %1 although it still holds %Ln objects; the clear stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clear deleted %Ln object(s) beyond what the backup holds; objects written after the backup cannot be restored.</source>
        <translation>
            <numerusform>The clear deleted %Ln object beyond what the backup holds; objects written after the backup cannot be restored.</numerusform>
            <numerusform>The clear deleted %Ln objects beyond what the backup holds; objects written after the backup cannot be restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::AliasesDialog</name>
    <message numerus="yes">
        <source>The server has %Ln alias(es).</source>
        <translation>
            <numerusform>The server has %Ln alias.</numerusform>
            <numerusform>The server has %Ln aliases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::BackupDialog</name>
    <message numerus="yes">
        <source>%Ln object(s) written.</source>
        <translation>
            <numerusform>%Ln object written.</numerusform>
            <numerusform>%Ln objects written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s) backed up.</source>
        <translation>
            <numerusform>%Ln collection backed up.</numerusform>
            <numerusform>%Ln collections backed up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln object(s), archive about %1, taking roughly %2.</source>
        <translation>
            <numerusform>At least %Ln object, archive about %1, taking roughly %2.</numerusform>
            <numerusform>At least %Ln objects, archive about %1, taking roughly %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s), archive about %1, taking roughly %2.</source>
        <translation>
            <numerusform>%Ln object, archive about %1, taking roughly %2.</numerusform>
            <numerusform>%Ln objects, archive about %1, taking roughly %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln object(s) written.</source>
        <translation>
            <numerusform>%1: %Ln object written.</numerusform>
            <numerusform>%1: %Ln objects written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2: %Ln object(s) written.</source>
        <translation>
            <numerusform>%1 / %2: %Ln object written.</numerusform>
            <numerusform>%1 / %2: %Ln objects written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) in the ticked tenants, of %1 in the collection.</source>
        <extracomment>%1 the objects of the whole collection</extracomment>
        <translation>
            <numerusform>%Ln object in the ticked tenants, of %1 in the collection.</numerusform>
            <numerusform>%Ln objects in the ticked tenants, of %1 in the collection.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s)</source>
        <comment>selection summary</comment>
        <extracomment>Part of the selection summary, e.g. "3 collections, 2 of 10,000 tenants selected, about 4 objects"</extracomment>
        <translation>
            <numerusform>%Ln collection</numerusform>
            <numerusform>%Ln collections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln tenant(s)</source>
        <comment>selection summary</comment>
        <extracomment>Part of the selection summary: %1 the tenants ticked, %n all tenants of the server's collections</extracomment>
        <translation>
            <numerusform>%1 of %Ln tenant</numerusform>
            <numerusform>%1 of %Ln tenants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln object(s)</source>
        <comment>selection summary</comment>
        <translation>
            <numerusform>about %Ln object</numerusform>
            <numerusform>about %Ln objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %Ln object(s)</source>
        <comment>selection summary</comment>
        <translation>
            <numerusform>at least %Ln object</numerusform>
            <numerusform>at least %Ln objects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::ClearImpactPage</name>
    <message numerus="yes">
        <source>The backup of %Ln object(s) is written and verified first: %1</source>
        <extracomment>%1 a file path, %Ln objects in the backup</extracomment>
        <translation>
            <numerusform>The backup of %Ln object is written and verified first: %1</numerusform>
            <numerusform>The backup of %Ln objects is written and verified first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln object(s) will be deleted. Collections: %1.</source>
        <extracomment>%Ln objects, %1 the number of collections they are in</extracomment>
        <translation>
            <numerusform>At least %Ln object will be deleted. Collections: %1.</numerusform>
            <numerusform>At least %Ln objects will be deleted. Collections: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) will be deleted. Collections: %1.</source>
        <translation>
            <numerusform>%Ln object will be deleted. Collections: %1.</numerusform>
            <numerusform>%Ln objects will be deleted. Collections: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other tenant(s) of %2</source>
        <extracomment>%1 tenant names, %2 their collection, %n tenants not named: "t1, t2 and 3 other tenants of Chat"</extracomment>
        <translation>
            <numerusform>%1 and %n other tenant of %2</numerusform>
            <numerusform>%1 and %n other tenants of %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::ClearSelectPage</name>
    <message numerus="yes">
        <source>%Ln collection(s)</source>
        <comment>selection summary</comment>
        <extracomment>Part of the selection summary, e.g. "2 collections, 3 of 10,000 tenants selected."</extracomment>
        <translation>
            <numerusform>%Ln collection</numerusform>
            <numerusform>%Ln collections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln tenant(s)</source>
        <comment>selection summary</comment>
        <extracomment>Part of the selection summary: %1 the tenants ticked, %n all tenants of the listed collections</extracomment>
        <translation>
            <numerusform>%1 of %Ln tenant</numerusform>
            <numerusform>%1 of %Ln tenants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::ClearWizard</name>
    <message numerus="yes">
        <source>%Ln object(s) deleted.</source>
        <translation>
            <numerusform>%Ln object deleted.</numerusform>
            <numerusform>%Ln objects deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup: %1 (%Ln object(s))</source>
        <extracomment>%1 the backup file, %2 its object count</extracomment>
        <translation>
            <numerusform>Backup: %1 (%Ln object)</numerusform>
            <numerusform>Backup: %1 (%Ln objects)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 still holds %Ln object(s).</source>
        <extracomment>%1 collection or "collection / tenant"</extracomment>
        <translation>
            <numerusform>%1 still holds %Ln object.</numerusform>
            <numerusform>%1 still holds %Ln objects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) were deleted before the clear stopped.</source>
        <translation>
            <numerusform>%Ln object was deleted before the clear stopped.</numerusform>
            <numerusform>%Ln objects were deleted before the clear stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This deletes at least %Ln object(s). A verified backup is written first to %1.</source>
        <extracomment>%1 the backup file</extracomment>
        <translation>
            <numerusform>This deletes at least %Ln object. A verified backup is written first to %1.</numerusform>
            <numerusform>This deletes at least %Ln objects. A verified backup is written first to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This deletes %Ln object(s). A verified backup is written first to %1.</source>
        <translation>
            <numerusform>This deletes %Ln object. A verified backup is written first to %1.</numerusform>
            <numerusform>This deletes %Ln objects. A verified backup is written first to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This deletes at least %Ln object(s). No backup is taken: nothing can undo this.</source>
        <translation>
            <numerusform>This deletes at least %Ln object. No backup is taken: nothing can undo this.</numerusform>
            <numerusform>This deletes at least %Ln objects. No backup is taken: nothing can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This deletes %Ln object(s). No backup is taken: nothing can undo this.</source>
        <translation>
            <numerusform>This deletes %Ln object. No backup is taken: nothing can undo this.</numerusform>
            <numerusform>This deletes %Ln objects. No backup is taken: nothing can undo this.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::CollectionsModel</name>
    <message numerus="yes">
        <source>%1, %Ln dimension(s)</source>
        <extracomment>%1 is a vector description such as "title (named)", %Ln its dimension count</extracomment>
        <translation>
            <numerusform>%1, %Ln dimension</numerusform>
            <numerusform>%1, %Ln dimensions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::ConfirmNamesPage</name>
    <message numerus="yes">
        <source>&amp;Type %Ln collection name(s) to confirm: %1</source>
        <extracomment>%1 is a list of collection names</extracomment>
        <translation>
            <numerusform>&amp;Type the collection name to confirm: %1</numerusform>
            <numerusform>&amp;Type %Ln collection names to confirm: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::CopyWizard</name>
    <message numerus="yes">
        <source>Replace mode first deletes %Ln collection(s) on the target server with all their objects: %1. They are then copied from the source.</source>
        <extracomment>%1 a list of collection names</extracomment>
        <translation>
            <numerusform>Replace mode first deletes %Ln collection on the target server with all their objects: %1. They are then copied from the source.</numerusform>
            <numerusform>Replace mode first deletes %Ln collections on the target server with all their objects: %1. They are then copied from the source.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) had been written when the copy stopped.</source>
        <translation>
            <numerusform>%Ln object had been written when the copy stopped.</numerusform>
            <numerusform>%Ln objects had been written when the copy stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::JobsDock</name>
    <message numerus="yes">
        <source>Archive: %1. Retention removed %n older archive(s).</source>
        <extracomment>%1 the archive's path</extracomment>
        <translation>
            <numerusform>Archive: %1. Retention removed %n older archive.</numerusform>
            <numerusform>Archive: %1. Retention removed %n older archives.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention removed %n older archive(s).</source>
        <translation>
            <numerusform>Retention removed %n older archive.</numerusform>
            <numerusform>Retention removed %n older archives.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last runs of %n jobs failed: %1. Select a job to see why.</source>
        <extracomment>%1 the jobs' names</extracomment>
        <translation>
            <numerusform>The last run of %n job failed: %1. Select the job to see why.</numerusform>
            <numerusform>The last runs of %n jobs failed: %1. Select a job to see why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::MainWindow</name>
    <message numerus="yes">
        <source>%Ln collection(s)</source>
        <translation>
            <numerusform>%Ln collection</numerusform>
            <numerusform>%Ln collections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln healthy node(s) of %1</source>
        <extracomment>%Ln healthy nodes, %1 all nodes</extracomment>
        <translation>
            <numerusform>%Ln healthy node of %1</numerusform>
            <numerusform>%Ln healthy nodes of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::RestoreArchivePage</name>
    <message numerus="yes">
        <source>%Ln collection(s) in this archive.</source>
        <translation>
            <numerusform>%Ln collection in this archive.</numerusform>
            <numerusform>%Ln collections in this archive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s) in this archive. Connect to a server to restore it.</source>
        <translation>
            <numerusform>%Ln collection in this archive. Connect to a server to restore it.</numerusform>
            <numerusform>%Ln collections in this archive. Connect to a server to restore it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s)</source>
        <translation>
            <numerusform>%Ln tenant</numerusform>
            <numerusform>%Ln tenants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The archive is intact: %Ln object(s), every checksum matches.</source>
        <translation>
            <numerusform>The archive is intact: %Ln object, every checksum matches.</numerusform>
            <numerusform>The archive is intact: %Ln objects, every checksum matches.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::RestoreDiffPage</name>
    <message numerus="yes">
        <source>%Ln problem(s) must be solved first</source>
        <translation>
            <numerusform>%Ln problem must be solved first</numerusform>
            <numerusform>%Ln problems must be solved first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) in the archive. Collections: %1; objects to write: %2. The restore is blocked.</source>
        <translation>
            <numerusform>%Ln object in the archive. Collections: %1; objects to write: %2. The restore is blocked.</numerusform>
            <numerusform>%Ln objects in the archive. Collections: %1; objects to write: %2. The restore is blocked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) in the archive. Collections: %1; objects to write: %2.</source>
        <translation>
            <numerusform>%Ln object in the archive. Collections: %1; objects to write: %2.</numerusform>
            <numerusform>%Ln objects in the archive. Collections: %1; objects to write: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) on the source. Collections: %1; objects to write: %2. The copy is blocked.</source>
        <translation>
            <numerusform>%Ln object on the source. Collections: %1; objects to write: %2. The copy is blocked.</numerusform>
            <numerusform>%Ln objects on the source. Collections: %1; objects to write: %2. The copy is blocked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) on the source. Collections: %1; objects to write: %2.</source>
        <translation>
            <numerusform>%Ln object on the source. Collections: %1; objects to write: %2.</numerusform>
            <numerusform>%Ln objects on the source. Collections: %1; objects to write: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The target's %1 will embed %n object(s).</source>
        <extracomment>%1 a vectorizer module of the target (text2vec-openai), %n objects</extracomment>
        <translation>
            <numerusform>The target's %1 will embed %n object.</numerusform>
            <numerusform>The target's %1 will embed %n objects.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::RestoreWizard</name>
    <message numerus="yes">
        <source>%Ln object(s) written.</source>
        <translation>
            <numerusform>%Ln object written.</numerusform>
            <numerusform>%Ln objects written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference(s) added.</source>
        <translation>
            <numerusform>%Ln reference added.</numerusform>
            <numerusform>%Ln references added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more failure(s).</source>
        <translation>
            <numerusform>…and %Ln more failure.</numerusform>
            <numerusform>…and %Ln more failures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) had been written when the restore stopped.</source>
        <translation>
            <numerusform>%Ln object had been written when the restore stopped.</numerusform>
            <numerusform>%Ln objects had been written when the restore stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace mode first deletes %Ln collection(s) on the server with all their objects: %1. They are then restored from the archive.</source>
        <extracomment>%1 a list of collection names</extracomment>
        <translation>
            <numerusform>Replace mode first deletes %Ln collection on the server with all its objects: %1. It is then restored from the archive.</numerusform>
            <numerusform>Replace mode first deletes %Ln collections on the server with all their objects: %1. They are then restored from the archive.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::StorageArchiveDialog</name>
    <message numerus="yes">
        <source>The first %Ln archive(s); type the name of another.</source>
        <translation>
            <numerusform>The first %Ln archive; type the name of another.</numerusform>
            <numerusform>The first %Ln archives; type the name of another.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln archive(s).</source>
        <translation>
            <numerusform>%Ln archive.</numerusform>
            <numerusform>%Ln archives.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::TenantFilter</name>
    <message numerus="yes">
        <source>Showing %1 of %Ln tenant(s). Ticking a collection ticks or clears only the tenants shown; hidden tenants keep their state.</source>
        <extracomment>%1 the number of tenants shown</extracomment>
        <translation>
            <numerusform>Showing %1 of %Ln tenant. Ticking a collection ticks or clears only the tenants shown; hidden tenants keep their state.</numerusform>
            <numerusform>Showing %1 of %Ln tenants. Ticking a collection ticks or clears only the tenants shown; hidden tenants keep their state.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln tenant(s).</source>
        <translation>
            <numerusform>Showing %1 of %Ln tenant.</numerusform>
            <numerusform>Showing %1 of %Ln tenants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden by the filter but still selected: %Ln tenant(s).</source>
        <translation>
            <numerusform>Hidden by the filter but still selected: %Ln tenant.</numerusform>
            <numerusform>Hidden by the filter but still selected: %Ln tenants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message numerus="yes">
        <source>Replace mode deletes %Ln collection(s) on the target with everything in them first: %1. Type their names to confirm, separated by commas:</source>
        <translation>
            <numerusform>Replace mode deletes %Ln collection on the target with everything in it first: %1. Type its name to confirm:</numerusform>
            <numerusform>Replace mode deletes %Ln collections on the target with everything in them first: %1. Type their names to confirm, separated by commas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace mode deletes %Ln collection(s) on the target first: %1. Confirm with --yes --confirm %2.</source>
        <translation>
            <numerusform>Replace mode deletes %Ln collection on the target first: %1. Confirm with --yes --confirm %2.</numerusform>
            <numerusform>Replace mode deletes %Ln collections on the target first: %1. Confirm with --yes --confirm %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Canceled after %Ln object(s); the copy is incomplete.</source>
        <translation>
            <numerusform>Canceled after %Ln object; the copy is incomplete.</numerusform>
            <numerusform>Canceled after %Ln objects; the copy is incomplete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was copied: the plan has %Ln blocking problem(s).</source>
        <translation>
            <numerusform>Nothing was copied: the plan has %Ln blocking problem.</numerusform>
            <numerusform>Nothing was copied: the plan has %Ln blocking problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobOutput</name>
    <message numerus="yes">
        <source>Encryption: age, to %Ln recipient(s)</source>
        <translation>
            <numerusform>Encryption: age, to %Ln recipient</numerusform>
            <numerusform>Encryption: age, to %Ln recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s), %1 (%2)</source>
        <translation>
            <numerusform>%Ln object, %1 (%2)</numerusform>
            <numerusform>%Ln objects, %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention: kept %Ln archive(s), removed %1.</source>
        <extracomment>%Ln archives kept by the retention rules, %1 how many were removed</extracomment>
        <translation>
            <numerusform>Retention: kept %Ln archive, removed %1.</numerusform>
            <numerusform>Retention: kept %Ln archives, removed %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln archive(s) kept, %1 would be removed.</source>
        <extracomment>%Ln archives kept, %1 how many would be removed</extracomment>
        <translation>
            <numerusform>%Ln archive kept, %1 would be removed.</numerusform>
            <numerusform>%Ln archives kept, %1 would be removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln archive(s) kept, %1 removed.</source>
        <translation>
            <numerusform>%Ln archive kept, %1 removed.</numerusform>
            <numerusform>%Ln archives kept, %1 removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message numerus="yes">
        <source>%Ln tenant(s)</source>
        <translation>
            <numerusform>%Ln tenant</numerusform>
            <numerusform>%Ln tenants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s), inactive: %1</source>
        <extracomment>%Ln is the number of tenants, %1 how many of them are inactive</extracomment>
        <translation>
            <numerusform>%Ln tenant, inactive: %1</numerusform>
            <numerusform>%Ln tenants, inactive: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message numerus="yes">
        <source>Nothing was restored: the plan has %Ln blocking problem(s).</source>
        <translation>
            <numerusform>Nothing was restored: the plan has %Ln blocking problem.</numerusform>
            <numerusform>Nothing was restored: the plan has %Ln blocking problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Canceled after %Ln object(s); the restore is incomplete.</source>
        <translation>
            <numerusform>Canceled after %Ln object; the restore is incomplete.</numerusform>
            <numerusform>Canceled after %Ln objects; the restore is incomplete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) or reference(s) failed.</source>
        <translation>
            <numerusform>%Ln object or reference failed.</numerusform>
            <numerusform>%Ln objects or references failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace mode deletes %Ln collection(s) with everything in them first: %1. Type their names to confirm, separated by commas:</source>
        <translation>
            <numerusform>Replace mode deletes %Ln collection with everything in it first: %1. Type its name to confirm:</numerusform>
            <numerusform>Replace mode deletes %Ln collections with everything in them first: %1. Type their names to confirm, separated by commas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace mode deletes %Ln collection(s) first: %1. Confirm with --yes --confirm %2.</source>
        <translation>
            <numerusform>Replace mode deletes %Ln collection first: %1. Confirm with --yes --confirm %2.</numerusform>
            <numerusform>Replace mode deletes %Ln collections first: %1. Confirm with --yes --confirm %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the target's %1 will embed %n object(s)</source>
        <extracomment>%1 a vectorizer module (text2vec-openai); %n objects</extracomment>
        <translation>
            <numerusform>the target's %1 will embed %n object</numerusform>
            <numerusform>the target's %1 will embed %n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>vector %1: the target's %2 will embed %n object(s)</source>
        <extracomment>%1 the name of a named vector, %2 a vectorizer module (text2vec-openai); %n objects</extracomment>
        <translation>
            <numerusform>vector %1: the target's %2 will embed %n object</numerusform>
            <numerusform>vector %1: the target's %2 will embed %n objects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreTask</name>
    <message numerus="yes">
        <source>%Ln collection(s) not found in the archive: %1.</source>
        <translation>
            <numerusform>%Ln collection not found in the archive: %1.</numerusform>
            <numerusform>%Ln collections not found in the archive: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>"%1" has replication factor %2 but the target has %Ln node(s); lower the replication factor.</source>
        <translation>
            <numerusform>"%1" has replication factor %2 but the target has %Ln node; lower the replication factor.</numerusform>
            <numerusform>"%1" has replication factor %2 but the target has %Ln nodes; lower the replication factor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The restore plan has %Ln blocking problem(s).</source>
        <translation>
            <numerusform>The restore plan has %Ln blocking problem.</numerusform>
            <numerusform>The restore plan has %Ln blocking problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln alias(es) cannot be restored: Weaviate %1 has no collection aliases (they arrived in 1.32). --aliases skip restores without them.</source>
        <translation>
            <numerusform>%Ln alias cannot be restored: Weaviate %1 has no collection aliases (they arrived in 1.32). --aliases skip restores without them.</numerusform>
            <numerusform>%Ln aliases cannot be restored: Weaviate %1 has no collection aliases (they arrived in 1.32). --aliases skip restores without them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A side-by-side restore (--as-new) restores one collection; %Ln were chosen.</source>
        <translation>
            <numerusform>A side-by-side restore (--as-new) restores one collection; %Ln was chosen.</numerusform>
            <numerusform>A side-by-side restore (--as-new) restores one collection; %Ln were chosen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After the switch, clients that read through alias "%1" no longer reach %Ln tenant(s) of "%2" that "%3" will not have: %4.</source>
        <extracomment>%1 alias, %2 the collection it points at now, %3 the new collection, %4 a list of tenants</extracomment>
        <translation>
            <numerusform>After the switch, clients that read through alias "%1" no longer reach %Ln tenant of "%2" that "%3" will not have: %4.</numerusform>
            <numerusform>After the switch, clients that read through alias "%1" no longer reach %Ln tenants of "%2" that "%3" will not have: %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other tenant(s)</source>
        <translation>
            <numerusform>%Ln other tenant</numerusform>
            <numerusform>%Ln other tenants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantSelection</name>
    <message numerus="yes">
        <source>%Ln tenant(s) not found in "%1": %2.</source>
        <translation>
            <numerusform>%Ln tenant not found in "%1": %2.</numerusform>
            <numerusform>%Ln tenants not found in "%1": %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s) not found in the archive's "%1": %2.</source>
        <translation>
            <numerusform>%Ln tenant not found in the archive's "%1": %2.</numerusform>
            <numerusform>%Ln tenants not found in the archive's "%1": %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pattern(s) match no tenant of "%1": %2.</source>
        <translation>
            <numerusform>%Ln pattern matches no tenant of "%1": %2.</numerusform>
            <numerusform>%Ln patterns match no tenant of "%1": %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pattern(s) match no tenant of the archive's "%1": %2.</source>
        <translation>
            <numerusform>%Ln pattern matches no tenant of the archive's "%1": %2.</numerusform>
            <numerusform>%Ln patterns match no tenant of the archive's "%1": %2.</numerusform>
        </translation>
    </message>
</context>
</TS>