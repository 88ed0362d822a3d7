<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AliasClient</name>
    <message>
        <source>Weaviate %1 has no collection aliases: they arrived in Weaviate 1.32.</source>
        <translation>Weaviate %1 hat keine Sammlungs-Aliasse: Sie wurden mit Weaviate 1.32 eingeführt.</translation>
    </message>
    <message>
        <source>The server has no alias &quot;%1&quot;.</source>
        <translation>Der Server hat keinen Alias „%1“.</translation>
    </message>
    <message>
        <source>The server sent a list of aliases that is not a list.</source>
        <translation>Der Server hat eine Liste von Aliassen gesendet, die keine Liste ist.</translation>
    </message>
    <message>
        <source>The server sent an alias without a name or collection.</source>
        <translation>Der Server hat einen Alias ohne Namen oder Sammlung gesendet.</translation>
    </message>
    <message>
        <source>The alias &quot;%1&quot; exists already and points at &quot;%2&quot;.</source>
        <translation>Der Alias „%1“ existiert bereits und verweist auf „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a collection, so it cannot be an alias.</source>
        <translation>„%1“ ist der Name einer Sammlung und kann daher kein Alias sein.</translation>
    </message>
</context>
<context>
    <name>AliasCommand</name>
    <message>
        <source>The server has no aliases.</source>
        <translation>Der Server hat keine Aliasse.</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <extracomment>%1 alias name, %2 the collection it points at</extracomment>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>The server has no collection &quot;%1&quot;.</source>
        <translation>Der Server hat keine Sammlung „%1“.</translation>
    </message>
    <message>
        <source>Alias %1 points at %2 already.</source>
        <translation>Alias %1 verweist bereits auf %2.</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2 (it pointed at %3).</source>
        <extracomment>%1 alias, %2 the collection it points at now, %3 the one before</extracomment>
        <translation>Alias %1 verweist jetzt auf %2 (vorher auf %3).</translation>
    </message>
    <message>
        <source>Alias %1 created, pointing at %2.</source>
        <translation>Alias %1 angelegt, verweist auf %2.</translation>
    </message>
    <message>
        <source>Alias %1 deleted; its collection is unchanged.</source>
        <translation>Alias %1 gelöscht; seine Sammlung bleibt unverändert.</translation>
    </message>
    <message>
        <source>&quot;alias list&quot; takes no arguments.</source>
        <translation>„alias list“ nimmt keine Argumente an.</translation>
    </message>
    <message>
        <source>List, set and delete collection aliases (Weaviate 1.32 or later).</source>
        <translation>Listet, setzt und löscht Sammlungs-Aliasse (Weaviate 1.32 oder neuer).</translation>
    </message>
    <message>
        <source>list, set NAME COLLECTION, or delete NAME.</source>
        <translation>list, set NAME COLLECTION oder delete NAME.</translation>
    </message>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>Gibt einen maschinenlesbaren JSON-Bericht auf der Standardausgabe aus.</translation>
    </message>
    <message>
        <source>Usage: colvault-cli alias list | set NAME COLLECTION | delete NAME.</source>
        <translation>Aufruf: colvault-cli alias list | set NAME COLLECTION | delete NAME.</translation>
    </message>
    <message>
        <source>Usage: colvault-cli alias set NAME COLLECTION.</source>
        <translation>Aufruf: colvault-cli alias set NAME COLLECTION.</translation>
    </message>
    <message>
        <source>Usage: colvault-cli alias delete NAME.</source>
        <translation>Aufruf: colvault-cli alias delete NAME.</translation>
    </message>
</context>
<context>
    <name>ArchiveCommands</name>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>Gibt einen maschinenlesbaren JSON-Bericht auf der Standardausgabe aus.</translation>
    </message>
    <message>
        <source>Give exactly one archive file.</source>
        <translation>Geben Sie genau eine Archivdatei an.</translation>
    </message>
    <message>
        <source>Show an archive&apos;s manifest, collections and tenants (reads only its head).</source>
        <translation>Zeigt Manifest, Sammlungen und Mandanten eines Archivs an (liest nur den Anfang der Datei).</translation>
    </message>
    <message>
        <source>Archive: %1 (%2)</source>
        <translation>Archiv: %1 (%2)</translation>
    </message>
    <message>
        <source>Created: %1 by Colvault %2</source>
        <translation>Erstellt: %1 mit Colvault %2</translation>
    </message>
    <message>
        <source>Source: %1 (Weaviate %2)</source>
        <translation>Quelle: %1 (Weaviate %2)</translation>
    </message>
    <message>
        <source>Schema only: the archive holds no objects.</source>
        <translation>Nur Schema: Das Archiv enthält keine Objekte.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s):</source>
        <translation>
            <numerusform>%Ln Sammlung:</numerusform>
            <numerusform>%Ln Sammlungen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (multi-tenant, %Ln tenant(s))</source>
        <translation>
            <numerusform>%1 (mandantenfähig, %Ln Mandant)</numerusform>
            <numerusform>%1 (mandantenfähig, %Ln Mandanten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Read a whole archive and check every checksum, count and vector length.</source>
        <translation>Liest das gesamte Archiv und prüft alle Prüfsummen, Objektzahlen und Vektorlängen.</translation>
    </message>
    <message>
        <source>Verified %1 of %2</source>
        <extracomment>Progress of reading an archive: %1 bytes read so far, %2 the file size</extracomment>
        <translation>%1 von %2 geprüft</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The archive is incomplete: it has no valid trailer.</source>
        <translation>Das Archiv ist unvollständig: Es hat keinen gültigen Abschlusseintrag.</translation>
    </message>
    <message>
        <source>The archive is complete and intact: %1 entries, %2 objects.</source>
        <translation>Das Archiv ist vollständig und unbeschädigt: %1 Einträge, %2 Objekte.</translation>
    </message>
    <message>
        <source>Show an archive&apos;s manifest, collections and tenants.</source>
        <translation>Zeigt Manifest, Sammlungen und Mandanten eines Archivs an.</translation>
    </message>
    <message>
        <source>Check every checksum, count and vector length of an archive.</source>
        <translation>Prüft alle Prüfsummen, Objektzahlen und Vektorlängen eines Archivs.</translation>
    </message>
    <message>
        <source>Encrypted with age to public keys (recipients).</source>
        <translation>Mit age für öffentliche Schlüssel (Empfänger) verschlüsselt.</translation>
    </message>
    <message>
        <source>Encrypted with age and a passphrase.</source>
        <translation>Mit age und einer Passphrase verschlüsselt.</translation>
    </message>
    <message>
        <source>The archive: a file or s3://BUCKET/KEY.</source>
        <translation>Das Archiv: eine Datei oder s3://BUCKET/KEY.</translation>
    </message>
    <message>
        <source>Aliases: not recorded (the archive is older than alias support).</source>
        <translation>Aliasse: nicht erfasst (das Archiv ist älter als die Alias-Unterstützung).</translation>
    </message>
    <message>
        <source>Aliases: none recorded, the source server had no aliases (Weaviate before 1.32).</source>
        <translation>Aliasse: keine erfasst, der Quellserver hatte keine Aliasse (Weaviate vor 1.32).</translation>
    </message>
    <message>
        <source>Aliases: none.</source>
        <translation>Aliasse: keine.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln alias(es):</source>
        <translation>
            <numerusform>%Ln Alias:</numerusform>
            <numerusform>%Ln Aliasse:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <extracomment>%1 alias name, %2 the collection it points at</extracomment>
        <translation>%1 -&gt; %2</translation>
    </message>
</context>
<context>
    <name>ArchiveInspector</name>
    <message>
        <source>The file is not a Colvault archive.</source>
        <translation>Die Datei ist kein Colvault-Archiv.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; belongs to no collection of the manifest.</source>
        <translation>Der Archiveintrag „%1“ gehört zu keiner Sammlung im Manifest.</translation>
    </message>
    <message>
        <source>The archive has no class definition or tenant list for the collection &quot;%1&quot;.</source>
        <translation>Das Archiv enthält keine Klassendefinition oder Mandantenliste für die Sammlung „%1“.</translation>
    </message>
</context>
<context>
    <name>ArchiveJson</name>
    <message>
        <source>The archive entry &quot;%1&quot; is not valid.</source>
        <translation>Der Archiveintrag „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>The file is not a Colvault archive.</source>
        <translation>Die Datei ist kein Colvault-Archiv.</translation>
    </message>
    <message>
        <source>The archive was written by a newer version of Colvault (format version %1). Update Colvault to read it.</source>
        <translation>Das Archiv wurde mit einer neueren Colvault-Version geschrieben (Formatversion %1). Aktualisieren Sie Colvault, um es lesen zu können.</translation>
    </message>
</context>
<context>
    <name>ArchiveObjectReader</name>
    <message>
        <source>The archive entry &quot;%1&quot; is damaged.</source>
        <translation>Der Archiveintrag „%1“ ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <source>Cannot open the archive &quot;%1&quot;.</source>
        <translation>Das Archiv „%1“ kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Cannot read the archive &quot;%1&quot;.</source>
        <translation>Das Archiv „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a Colvault archive or is damaged.</source>
        <translation>Die Datei „%1“ ist kein Colvault-Archiv oder beschädigt.</translation>
    </message>
    <message>
        <source>The archive is not open.</source>
        <translation>Das Archiv ist nicht geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>The archive &quot;%1&quot; is damaged or truncated after %Ln entries.</source>
        <translation>
            <numerusform>Das Archiv „%1“ ist nach %Ln Eintrag beschädigt oder abgeschnitten.</numerusform>
            <numerusform>Das Archiv „%1“ ist nach %Ln Einträgen beschädigt oder abgeschnitten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive contains an entry whose name is not valid text.</source>
        <translation>Das Archiv enthält einen Eintrag, dessen Name kein gültiger Text ist.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is not a regular file and was rejected.</source>
        <translation>Der Archiveintrag „%1“ ist keine reguläre Datei und wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; has an unsafe name and was rejected.</source>
        <translation>Der Archiveintrag „%1“ hat einen unsicheren Namen und wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is sparse or encrypted and was rejected.</source>
        <translation>Der Archiveintrag „%1“ ist eine Sparse-Datei oder verschlüsselt und wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; has no size and was rejected.</source>
        <translation>Der Archiveintrag „%1“ hat keine Größenangabe und wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is too large and was rejected.</source>
        <translation>Der Archiveintrag „%1“ ist zu groß und wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The archive contains the entry &quot;%1&quot; more than once.</source>
        <translation>Das Archiv enthält den Eintrag „%1“ mehrfach.</translation>
    </message>
    <message>
        <source>The archive has too many entries.</source>
        <translation>Das Archiv enthält zu viele Einträge.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is damaged or truncated.</source>
        <translation>Der Archiveintrag „%1“ ist beschädigt oder abgeschnitten.</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted in age&apos;s ASCII armor, which Colvault does not read; decrypt it with age first.</source>
        <translation>Das Archiv „%1“ ist im ASCII-Armor-Format von age verschlüsselt, das Colvault nicht liest; entschlüsseln Sie es zuerst mit age.</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted with a passphrase; give the passphrase to open it.</source>
        <translation>Das Archiv „%1“ ist mit einer Passphrase verschlüsselt; geben Sie die Passphrase an, um es zu öffnen.</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted; give an identity file that can decrypt it.</source>
        <translation>Das Archiv „%1“ ist verschlüsselt; geben Sie eine Identitätsdatei an, die es entschlüsseln kann.</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted with a passphrase, not to an identity; give the passphrase to open it.</source>
        <translation>Das Archiv „%1“ ist mit einer Passphrase verschlüsselt, nicht für eine Identität; geben Sie die Passphrase an, um es zu öffnen.</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted to public keys, not with a passphrase; give an identity file that can decrypt it.</source>
        <translation>Das Archiv „%1“ ist für öffentliche Schlüssel verschlüsselt, nicht mit einer Passphrase; geben Sie eine Identitätsdatei an, die es entschlüsseln kann.</translation>
    </message>
    <message>
        <source>None of the given identities can decrypt the archive &quot;%1&quot;.</source>
        <translation>Keine der angegebenen Identitäten kann das Archiv „%1“ entschlüsseln.</translation>
    </message>
    <message>
        <source>The passphrase does not decrypt the archive &quot;%1&quot;.</source>
        <translation>Die Passphrase entschlüsselt das Archiv „%1“ nicht.</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; asks for more memory and time to check its passphrase than Colvault allows.</source>
        <translation>Das Archiv „%1“ verlangt zur Prüfung seiner Passphrase mehr Speicher und Zeit, als Colvault zulässt.</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted with a version of the age format that Colvault cannot read.</source>
        <translation>Das Archiv „%1“ ist mit einer Version des age-Formats verschlüsselt, die Colvault nicht lesen kann.</translation>
    </message>
    <message>
        <source>The encrypted archive &quot;%1&quot; is truncated.</source>
        <translation>Das verschlüsselte Archiv „%1“ ist unvollständig.</translation>
    </message>
    <message>
        <source>The encrypted archive &quot;%1&quot; is damaged or was tampered with.</source>
        <translation>Das verschlüsselte Archiv „%1“ ist beschädigt oder wurde manipuliert.</translation>
    </message>
    <message>
        <source>Cannot decrypt the archive &quot;%1&quot;.</source>
        <translation>Das Archiv „%1“ kann nicht entschlüsselt werden.</translation>
    </message>
</context>
<context>
    <name>ArchiveSink</name>
    <message>
        <source>Removed &quot;%1&quot;, an unfinished archive left by an earlier backup that was interrupted.</source>
        <translation>Entfernt: „%1“, ein unvollständiges Archiv, das eine frühere, abgebrochene Sicherung hinterlassen hat.</translation>
    </message>
</context>
<context>
    <name>ArchiveTrailer</name>
    <message>
        <source>The archive is incomplete: its backup did not finish.</source>
        <translation>Das Archiv ist unvollständig: Die Sicherung wurde nicht abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>ArchiveVerifier</name>
    <message>
        <source>The archive entry &quot;%1&quot; is not valid.</source>
        <translation>Der Archiveintrag „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; belongs to no collection of the manifest.</source>
        <translation>Der Archiveintrag „%1“ gehört zu keiner Sammlung im Manifest.</translation>
    </message>
    <message>
        <source>The object segment &quot;%1&quot; has no vector segment.</source>
        <translation>Zum Objektsegment „%1“ gibt es kein Vektorsegment.</translation>
    </message>
    <message>
        <source>The vector segment &quot;%1&quot; does not follow its object segment.</source>
        <translation>Das Vektorsegment „%1“ folgt nicht auf sein Objektsegment.</translation>
    </message>
    <message>
        <source>The archive has no class definition or tenant list for the collection &quot;%1&quot;.</source>
        <translation>Das Archiv enthält keine Klassendefinition oder Mandantenliste für die Sammlung „%1“.</translation>
    </message>
    <message>
        <source>The archive is incomplete: it has no valid trailer.</source>
        <translation>Das Archiv ist unvollständig: Es hat keinen gültigen Abschlusseintrag.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is not listed in the trailer.</source>
        <translation>Der Archiveintrag „%1“ ist im Abschlusseintrag nicht aufgeführt.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; does not match its checksum.</source>
        <translation>Der Archiveintrag „%1“ stimmt nicht mit seiner Prüfsumme überein.</translation>
    </message>
    <message>
        <source>The archive entries are not in the order the trailer lists.</source>
        <translation>Die Archiveinträge stehen nicht in der Reihenfolge, die der Abschlusseintrag vorgibt.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is missing.</source>
        <translation>Der Archiveintrag „%1“ fehlt.</translation>
    </message>
    <message>
        <source>The object counts of &quot;%1&quot; do not match the trailer.</source>
        <translation>Die Objektzahlen von „%1“ stimmen nicht mit dem Abschlusseintrag überein.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; comes after the trailer.</source>
        <translation>Der Archiveintrag „%1“ steht hinter dem Abschlusseintrag.</translation>
    </message>
    <message>
        <source>The file is not a Colvault archive.</source>
        <translation>Die Datei ist kein Colvault-Archiv.</translation>
    </message>
    <message>
        <source>The archive contains the unexpected entry &quot;%1&quot;.</source>
        <translation>Das Archiv enthält den unerwarteten Eintrag „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Verification stopped after %Ln problems.</source>
        <translation>
            <numerusform>Prüfung nach %Ln Problem abgebrochen.</numerusform>
            <numerusform>Prüfung nach %Ln Problemen abgebrochen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveWriter</name>
    <message>
        <source>The compression level %1 is not supported for %2; use %3 to %4.</source>
        <translation>Die Komprimierungsstufe %1 wird für %2 nicht unterstützt; verwenden Sie %3 bis %4.</translation>
    </message>
    <message>
        <source>Cannot create the archive &quot;%1&quot;.</source>
        <translation>Das Archiv „%1“ kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The archive is not open.</source>
        <translation>Das Archiv ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; cannot be written.</source>
        <translation>Der Archiveintrag „%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write to the archive &quot;%1&quot;.</source>
        <translation>In das Archiv „%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot save the archive as &quot;%1&quot;.</source>
        <translation>Das Archiv kann nicht als „%1“ gespeichert werden.</translation>
    </message>
    <message>
        <source>An archive is encrypted either to public keys or with a passphrase, not both.</source>
        <translation>Ein Archiv wird entweder für öffentliche Schlüssel oder mit einer Passphrase verschlüsselt, nicht mit beidem.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Back up collections into one compressed archive.</source>
        <translation>Sichert Sammlungen in ein einzelnes komprimiertes Archiv.</translation>
    </message>
    <message>
        <source>Collections to back up (default: all).</source>
        <translation>Zu sichernde Sammlungen (Standard: alle).</translation>
    </message>
    <message>
        <source>Save schemas and tenants, no objects.</source>
        <translation>Nur Schemas und Mandanten sichern, keine Objekte.</translation>
    </message>
    <message>
        <source>Leave vectors out (objects only).</source>
        <translation>Vektoren weglassen (nur Objekte).</translation>
    </message>
    <message>
        <source>Only these tenants: A,B for the one collection named, or COLLECTION:A,B. Repeatable.</source>
        <translation>Nur diese Mandanten: A,B, wenn genau eine Sammlung angegeben ist, sonst COLLECTION:A,B. Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>Activate inactive (COLD) tenants for the backup and put them back after.</source>
        <translation>Inaktive (COLD) Mandanten für die Sicherung aktivieren und danach in ihren ursprünglichen Status zurücksetzen.</translation>
    </message>
    <message>
        <source>zstd (default), gzip, xz or none.</source>
        <translation>zstd (Standard), gzip, xz oder none.</translation>
    </message>
    <message>
        <source>Compression level (zstd 1-19, gzip 1-9, xz 0-9; by default zstd 1, gzip 6, xz 6).</source>
        <translation>Komprimierungsstufe (zstd 1-19, gzip 1-9, xz 0-9; standardmäßig zstd 1, gzip 6, xz 6).</translation>
    </message>
    <message>
        <source>Objects per request (1-10000, default 500).</source>
        <translation>Objekte pro Anfrage (1-10000, Standard 500).</translation>
    </message>
    <message>
        <source>Show what would be backed up; write nothing.</source>
        <translation>Zeigt, was gesichert würde; schreibt nichts.</translation>
    </message>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>Gibt einen maschinenlesbaren JSON-Bericht auf der Standardausgabe aus.</translation>
    </message>
    <message>
        <source>Unknown compression &quot;%1&quot;; use zstd, gzip, xz or none.</source>
        <translation>Unbekannte Komprimierung „%1“; verwenden Sie zstd, gzip, xz oder none.</translation>
    </message>
    <message>
        <source>--level must be %1 to %2 for %3.</source>
        <translation>--level muss für %3 zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <source>--page-size must be a number from 1 to 10000.</source>
        <translation>--page-size muss eine Zahl von 1 bis 10000 sein.</translation>
    </message>
    <message>
        <source>No archive given: use -o FILE (or --dry-run to only see the plan).</source>
        <translation>Kein Archiv angegeben: Verwenden Sie -o FILE (oder --dry-run, um nur den Plan anzuzeigen).</translation>
    </message>
    <message>
        <source>Canceled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Dry run: nothing will be written.</source>
        <translation>Probelauf: Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>schema only</source>
        <translation>nur Schema</translation>
    </message>
    <message>
        <source>objects not yet countable</source>
        <translation>Objekte noch nicht zählbar</translation>
    </message>
    <message>
        <source>will be activated</source>
        <translation>wird aktiviert</translation>
    </message>
    <message>
        <source>skipped (%1)</source>
        <translation>übersprungen (%1)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Canceled; no archive was written.</source>
        <translation>Abgebrochen; es wurde kein Archiv geschrieben.</translation>
    </message>
    <message>
        <source>No archive was written.</source>
        <translation>Es wurde kein Archiv geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s)</source>
        <translation>
            <numerusform>%Ln Objekt</numerusform>
            <numerusform>%Ln Objekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln object(s), about %1 to read, archive about %2.</source>
        <extracomment>%Ln total object count, %1 estimated transfer size, %2 estimated archive size</extracomment>
        <translation>
            <numerusform>Gesamt: %Ln Objekt, ca. %1 zu lesen, Archivgröße ca. %2.</numerusform>
            <numerusform>Gesamt: %Ln Objekte, ca. %1 zu lesen, Archivgröße ca. %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %Ln object(s) to %1 (%2) in %3 s.</source>
        <extracomment>%Ln objects, %1 archive path, %2 archive size, %3 seconds</extracomment>
        <translation>
            <numerusform>%Ln Objekt in %3 s nach %1 (%2) gesichert.</numerusform>
            <numerusform>%Ln Objekte in %3 s nach %1 (%2) gesichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The archive will be encrypted with age to %Ln recipient(s).</source>
        <translation>
            <numerusform>Das Archiv wird mit age für %Ln Empfänger verschlüsselt.</numerusform>
            <numerusform>Das Archiv wird mit age für %Ln Empfänger verschlüsselt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive will be encrypted with age and a passphrase.</source>
        <translation>Das Archiv wird mit age und einer Passphrase verschlüsselt.</translation>
    </message>
    <message>
        <source>Archive file to write, or a folder to write a default-named archive into; also s3://BUCKET/KEY, or s3://BUCKET/PREFIX/ for a default-named archive.</source>
        <translation>Zu schreibende Archivdatei oder ein Ordner, in den ein Archiv mit Standardnamen geschrieben wird; auch s3://BUCKET/KEY oder s3://BUCKET/PREFIX/ für ein Archiv mit Standardnamen.</translation>
    </message>
</context>
<context>
    <name>BackupTask</name>
    <message>
        <source>No destination file was given for the backup.</source>
        <translation>Für die Sicherung wurde keine Zieldatei angegeben.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Weaviate %1 is too old: backups need the cursor API of Weaviate 1.18 or later.</source>
        <translation>Weaviate %1 ist zu alt: Sicherungen benötigen die Cursor-API von Weaviate 1.18 oder neuer.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s) not found on the server: %1.</source>
        <translation>
            <numerusform>%Ln Sammlung wurde auf dem Server nicht gefunden: %1.</numerusform>
            <numerusform>%Ln Sammlungen wurden auf dem Server nicht gefunden: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenants were chosen for &quot;%1&quot;, which is not being backed up.</source>
        <translation>Für „%1“ wurden Mandanten ausgewählt, die Sammlung wird aber nicht gesichert.</translation>
    </message>
    <message>
        <source>Counting objects in %1…</source>
        <translation>Objekte in %1 werden gezählt…</translation>
    </message>
    <message>
        <source>The server sent a schema for &quot;%1&quot; that names another collection.</source>
        <translation>Der Server hat für „%1“ ein Schema gesendet, das eine andere Sammlung beschreibt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid collection name.</source>
        <translation>„%1“ ist kein gültiger Sammlungsname.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not multi-tenant, so no tenants can be chosen for it.</source>
        <translation>„%1“ ist nicht mandantenfähig, daher können dafür keine Mandanten ausgewählt werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tenant name.</source>
        <translation>„%1“ ist kein gültiger Mandantenname.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is inactive (%3) and will be skipped; allow activating tenants to include it.</source>
        <translation>Der Mandant „%1“ der Sammlung „%2“ ist inaktiv (%3) und wird übersprungen; erlauben Sie das Aktivieren von Mandanten, um ihn einzubeziehen.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is offloaded (%3) and will be skipped.</source>
        <translation>Der Mandant „%1“ der Sammlung „%2“ ist ausgelagert (%3) und wird übersprungen.</translation>
    </message>
    <message>
        <source>Plan ready.</source>
        <translation>Plan erstellt.</translation>
    </message>
    <message>
        <source>inactive (%1)</source>
        <translation>inaktiv (%1)</translation>
    </message>
    <message>
        <source>offloaded (%1)</source>
        <translation>ausgelagert (%1)</translation>
    </message>
    <message>
        <source>changing status (%1)</source>
        <translation>im Statuswechsel (%1)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Reading %1, tenant %2…</source>
        <translation>%1, Mandant %2 wird gelesen…</translation>
    </message>
    <message>
        <source>%1, tenant %2</source>
        <translation>%1, Mandant %2</translation>
    </message>
    <message>
        <source>%1 changed during the backup: %2 objects before, %3 after, %4 written.</source>
        <translation>%1 hat sich während der Sicherung geändert: vorher %2 Objekte, nachher %3, geschrieben %4.</translation>
    </message>
    <message>
        <source>Backup finished.</source>
        <translation>Sicherung abgeschlossen.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %L1 objects, not %L2.</source>
        <translation>Die Seitengröße muss zwischen 1 und %L1 Objekten liegen, nicht %L2.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is changing its status (%3) and will be skipped.</source>
        <translation>Der Mandant „%1“ der Sammlung „%2“ wechselt gerade seinen Status (%3) und wird übersprungen.</translation>
    </message>
    <message>
        <source>Checking the parameters</source>
        <translation>Parameter prüfen</translation>
    </message>
    <message>
        <source>Reading the server</source>
        <translation>Server lesen</translation>
    </message>
    <message>
        <source>Reading the collections</source>
        <translation>Sammlungen lesen</translation>
    </message>
    <message>
        <source>Counting objects</source>
        <translation>Objekte zählen</translation>
    </message>
    <message>
        <source>Opening the archive</source>
        <translation>Archiv öffnen</translation>
    </message>
    <message>
        <source>Activating tenants</source>
        <translation>Mandanten aktivieren</translation>
    </message>
    <message>
        <source>Reading objects</source>
        <translation>Objekte lesen</translation>
    </message>
    <message>
        <source>Putting tenant statuses back</source>
        <translation>Mandantenstatus zurücksetzen</translation>
    </message>
    <message>
        <source>Finishing the archive</source>
        <translation>Archiv abschließen</translation>
    </message>
    <message>
        <source>The server&apos;s collection aliases could not be read, so the archive does not record them: %1</source>
        <translation>Die Sammlungs-Aliasse des Servers konnten nicht gelesen werden, daher erfasst das Archiv sie nicht: %1</translation>
    </message>
</context>
<context>
    <name>ClearCommand</name>
    <message>
        <source>keep the schema and tenants, delete every object</source>
        <translation>Schema und Mandanten behalten, alle Objekte löschen</translation>
    </message>
    <message>
        <source>drop and create again from the saved schema</source>
        <translation>entfernen und aus dem gespeicherten Schema neu anlegen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s)</source>
        <translation>
            <numerusform>%Ln Objekt</numerusform>
            <numerusform>%Ln Objekte</numerusform>
        </translation>
    </message>
    <message>
        <source>not countable until activated</source>
        <translation>erst nach dem Aktivieren zählbar</translation>
    </message>
    <message>
        <source>Method: %1.</source>
        <translation>Methode: %1.</translation>
    </message>
    <message>
        <source>left alone: %1</source>
        <translation>bleibt unberührt: %1</translation>
    </message>
    <message>
        <source>activated for the clear, then put back</source>
        <translation>für das Leeren aktiviert, danach zurückgesetzt</translation>
    </message>
    <message>
        <source>tenant %1 (%2): %3</source>
        <translation>Mandant %1 (%2): %3</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Undo afterwards with: %1</source>
        <translation>Anschließend rückgängig machen mit: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sicherung: %1</translation>
    </message>
    <message>
        <source>To undo: %1</source>
        <translation>Rückgängig machen mit: %1</translation>
    </message>
    <message>
        <source>No backup was taken: this clear cannot be undone.</source>
        <translation>Es wurde keine Sicherung erstellt: Dieses Leeren kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete every object of collections, after a verified backup.</source>
        <translation>Löscht alle Objekte von Sammlungen, nachdem eine geprüfte Sicherung erstellt wurde.</translation>
    </message>
    <message>
        <source>Collections to clear: exact names, no wildcards.</source>
        <translation>Zu leerende Sammlungen: exakte Namen, keine Platzhalter.</translation>
    </message>
    <message>
        <source>Drop the collections (or the chosen tenants) instead of deleting their objects.</source>
        <translation>Die Sammlungen (oder die ausgewählten Mandanten) entfernen, statt ihre Objekte zu löschen.</translation>
    </message>
    <message>
        <source>Drop and create again from the saved schema, tenants and tenant statuses (fast for large collections; indexes start empty).</source>
        <translation>Entfernen und aus dem gespeicherten Schema, den Mandanten und deren Status neu anlegen (schnell bei großen Sammlungen; die Indizes beginnen leer).</translation>
    </message>
    <message>
        <source>Show what would be deleted and the backup; change nothing.</source>
        <translation>Zeigt, was gelöscht und welche Sicherung erstellt würde; ändert nichts.</translation>
    </message>
    <message>
        <source>Take no backup first: the clear cannot be undone.</source>
        <translation>Vorab keine Sicherung erstellen: Das Leeren kann dann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>Gibt einen maschinenlesbaren JSON-Bericht auf der Standardausgabe aus.</translation>
    </message>
    <message>
        <source>Do not ask; with --confirm, allows the clear.</source>
        <translation>Nicht nachfragen; erlaubt zusammen mit --confirm das Leeren.</translation>
    </message>
    <message>
        <source>The exact names of the collections being cleared, comma-separated.</source>
        <translation>Die exakten Namen der zu leerenden Sammlungen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Choose either --drop or --recreate.</source>
        <translation>Wählen Sie entweder --drop oder --recreate.</translation>
    </message>
    <message>
        <source>Choose either --backup-to or --no-backup.</source>
        <translation>Wählen Sie entweder --backup-to oder --no-backup.</translation>
    </message>
    <message>
        <source>Canceled; nothing was deleted.</source>
        <translation>Abgebrochen; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Dry run: nothing will be deleted.</source>
        <translation>Probelauf: Es wird nichts gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was deleted: the plan has %Ln blocking problem(s).</source>
        <translation>
            <numerusform>Es wurde nichts gelöscht: Der Plan enthält %Ln blockierendes Problem.</numerusform>
            <numerusform>Es wurde nichts gelöscht: Der Plan enthält %Ln blockierende Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clearing %1 deletes data: confirm with --yes --confirm %2.</source>
        <translation>Das Leeren von %1 löscht Daten: Bestätigen Sie mit --yes --confirm %2.</translation>
    </message>
    <message>
        <source>The names given (%1) are not exactly the collections being cleared (%2); nothing was deleted.</source>
        <translation>Die angegebenen Namen (%1) entsprechen nicht genau den zu leerenden Sammlungen (%2); es wurde nichts gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Canceled after deleting %Ln object(s); the clear is incomplete.</source>
        <translation>
            <numerusform>Abgebrochen, nachdem %Ln Objekt gelöscht wurde; das Leeren ist unvollständig.</numerusform>
            <numerusform>Abgebrochen, nachdem %Ln Objekte gelöscht wurden; das Leeren ist unvollständig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %1: %Ln object(s) deleted in %2 s.</source>
        <extracomment>%1 collection names, %2 seconds</extracomment>
        <translation>
            <numerusform>%1 geleert: %Ln Objekt in %2 s gelöscht.</numerusform>
            <numerusform>%1 geleert: %Ln Objekte in %2 s gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete every object of collections after a verified backup, or drop them.</source>
        <translation>Löscht alle Objekte von Sammlungen nach einer geprüften Sicherung oder entfernt die Sammlungen ganz.</translation>
    </message>
    <message>
        <source>drop the collections with their schema and tenants</source>
        <translation>Sammlungen samt Schema und Mandanten entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Total: at least %Ln object(s); tenants that cannot be counted now are not included.</source>
        <translation>
            <numerusform>Gesamt: mindestens %Ln Objekt; Mandanten, die derzeit nicht gezählt werden können, sind nicht enthalten.</numerusform>
            <numerusform>Gesamt: mindestens %Ln Objekte; Mandanten, die derzeit nicht gezählt werden können, sind nicht enthalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln object(s).</source>
        <translation>
            <numerusform>Gesamt: %Ln Objekt.</numerusform>
            <numerusform>Gesamt: %Ln Objekte.</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup is written to %1 and verified before anything is deleted.</source>
        <translation>Bevor etwas gelöscht wird, wird eine Sicherung nach %1 geschrieben und geprüft.</translation>
    </message>
    <message>
        <source>No collection given. Name at least one: %1</source>
        <translation>Keine Sammlung angegeben. Geben Sie mindestens eine an: %1</translation>
    </message>
    <message numerus="yes">
        <source>This deletes the data of %Ln collection(s): %1. Type their names to confirm, separated by commas:</source>
        <translation>
            <numerusform>Dadurch werden die Daten von %Ln Sammlung gelöscht: %1. Geben Sie zur Bestätigung ihren Namen ein:</numerusform>
            <numerusform>Dadurch werden die Daten von %Ln Sammlungen gelöscht: %1. Geben Sie zur Bestätigung ihre Namen durch Kommas getrennt ein:</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the backup taken first to this file or folder, or to s3://BUCKET/KEY or s3://BUCKET/PREFIX/ (default: %1).</source>
        <translation>Die vorab erstellte Sicherung in diese Datei oder diesen Ordner schreiben oder nach s3://BUCKET/KEY bzw. s3://BUCKET/PREFIX/ (Standard: %1).</translation>
    </message>
</context>
<context>
    <name>ClearTask</name>
    <message>
        <source>The server&apos;s answer to deleting the objects of %1 is not valid.</source>
        <translation>Die Antwort des Servers auf das Löschen der Objekte von %1 ist ungültig.</translation>
    </message>
    <message numerus="yes">
        <source>The server deleted nothing from %1 although it still holds %Ln object(s); the clear stopped.</source>
        <translation>
            <numerusform>Der Server hat nichts aus %1 gelöscht, obwohl noch %Ln Objekt vorhanden ist; das Leeren wurde angehalten.</numerusform>
            <numerusform>Der Server hat nichts aus %1 gelöscht, obwohl noch %Ln Objekte vorhanden sind; das Leeren wurde angehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name at least one collection to clear.</source>
        <translation>Geben Sie mindestens eine zu leerende Sammlung an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a collection name; clear takes exact names, no wildcards.</source>
        <translation>„%1“ ist kein Sammlungsname; der Befehl clear erwartet exakte Namen, keine Platzhalter.</translation>
    </message>
    <message>
        <source>Tenants were chosen for &quot;%1&quot;, which is not being cleared.</source>
        <translation>Für „%1“ wurden Mandanten ausgewählt, die Sammlung wird aber nicht geleert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s) not found on the server: %1.</source>
        <translation>
            <numerusform>%Ln Sammlung wurde auf dem Server nicht gefunden: %1.</numerusform>
            <numerusform>%Ln Sammlungen wurden auf dem Server nicht gefunden: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting objects in %1…</source>
        <translation>Objekte in %1 werden gezählt…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not multi-tenant, so it has no tenants to choose.</source>
        <translation>„%1“ ist nicht mandantenfähig und hat daher keine Mandanten zur Auswahl.</translation>
    </message>
    <message>
        <source>offloaded (%1)</source>
        <translation>ausgelagert (%1)</translation>
    </message>
    <message>
        <source>changing status (%1)</source>
        <translation>im Statuswechsel (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is deleted with its definition and tenants.</source>
        <translation>„%1“ wird samt Definition und Mandanten gelöscht.</translation>
    </message>
    <message>
        <source>The chosen tenants of &quot;%1&quot; are deleted with their objects; the collection stays.</source>
        <translation>Die ausgewählten Mandanten der Sammlung „%1“ werden samt ihren Objekten gelöscht; die Sammlung bleibt bestehen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is deleted and created again from its saved definition: its indexes start empty, settings the server added internally are reset, and its tenants are created again with their statuses put back.</source>
        <translation>„%1“ wird gelöscht und aus der gespeicherten Definition neu angelegt: Die Indizes beginnen leer, vom Server intern ergänzte Einstellungen werden zurückgesetzt, und die Mandanten werden mit ihrem bisherigen Status neu angelegt.</translation>
    </message>
    <message>
        <source>The chosen tenants of &quot;%1&quot; are deleted and created again with their statuses put back.</source>
        <translation>Die ausgewählten Mandanten der Sammlung „%1“ werden gelöscht und mit ihrem bisherigen Status neu angelegt.</translation>
    </message>
    <message>
        <source>Dropping whole collections and only some tenants of &quot;%1&quot; in one clear cannot be undone with one restore; clear them separately.</source>
        <translation>Ganze Sammlungen und zugleich nur einzelne Mandanten der Sammlung „%1“ zu entfernen, lässt sich nicht mit einer einzigen Wiederherstellung rückgängig machen; leeren Sie sie getrennt.</translation>
    </message>
    <message>
        <source>No backup will be taken: this clear cannot be undone.</source>
        <translation>Es wird keine Sicherung erstellt: Dieses Leeren kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Plan ready.</source>
        <translation>Plan erstellt.</translation>
    </message>
    <message numerus="yes">
        <source>The clear plan has %Ln blocking problem(s).</source>
        <translation>
            <numerusform>Der Plan zum Leeren enthält %Ln blockierendes Problem.</numerusform>
            <numerusform>Der Plan zum Leeren enthält %Ln blockierende Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clearing &quot;%1&quot; deletes its objects and needs its name confirmed.</source>
        <translation>Das Leeren von „%1“ löscht deren Objekte und erfordert eine Bestätigung des Namens.</translation>
    </message>
    <message>
        <source>The backup folder &quot;%1&quot; cannot be created; nothing was deleted.</source>
        <translation>Der Sicherungsordner „%1“ kann nicht erstellt werden; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>The backup before the clear failed, so nothing was deleted: %1</source>
        <translation>Die Sicherung vor dem Leeren ist fehlgeschlagen, daher wurde nichts gelöscht: %1</translation>
    </message>
    <message>
        <source>The backup before the clear did not verify, so nothing was deleted.</source>
        <translation>Die Sicherung vor dem Leeren hat die Prüfung nicht bestanden, daher wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sicherung: %1</translation>
    </message>
    <message>
        <source>No backup was taken: this clear cannot be undone.</source>
        <translation>Es wurde keine Sicherung erstellt: Dieses Leeren kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Deleting the objects of %1…</source>
        <translation>Objekte von %1 werden gelöscht…</translation>
    </message>
    <message>
        <source>Deleting the objects of %1, tenant %2…</source>
        <translation>Objekte von %1, Mandant %2 werden gelöscht…</translation>
    </message>
    <message>
        <source>Could not count %1 after the clear: %2</source>
        <translation>%1 konnte nach dem Leeren nicht gezählt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 still holds %Ln object(s) after the clear; something wrote to it meanwhile.</source>
        <translation>
            <numerusform>%1 enthält nach dem Leeren noch %Ln Objekt; in der Zwischenzeit wurde etwas hineingeschrieben.</numerusform>
            <numerusform>%1 enthält nach dem Leeren noch %Ln Objekte; in der Zwischenzeit wurde etwas hineingeschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropping %1…</source>
        <translation>%1 wird entfernt…</translation>
    </message>
    <message>
        <source>Re-creating %1…</source>
        <translation>%1 wird neu angelegt…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; still exists after it was dropped.</source>
        <translation>„%1“ existiert nach dem Entfernen noch.</translation>
    </message>
    <message>
        <source>Some tenants of &quot;%1&quot; still exist after they were dropped: %2</source>
        <translation>Einige Mandanten der Sammlung „%1“ existieren nach dem Entfernen noch: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted but could not be created again: %2</source>
        <translation>„%1“ wurde gelöscht, konnte aber nicht neu angelegt werden: %2</translation>
    </message>
    <message>
        <source>The tenants of &quot;%1&quot; were deleted but could not be created again: %2</source>
        <translation>Die Mandanten der Sammlung „%1“ wurden gelöscht, konnten aber nicht neu angelegt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>The clear deleted %Ln object(s) beyond what the backup holds; objects written after the backup cannot be restored.</source>
        <translation>
            <numerusform>Das Leeren hat %Ln Objekt mehr gelöscht, als die Sicherung enthält; nach der Sicherung geschriebene Objekte können nicht wiederhergestellt werden.</numerusform>
            <numerusform>Das Leeren hat %Ln Objekte mehr gelöscht, als die Sicherung enthält; nach der Sicherung geschriebene Objekte können nicht wiederhergestellt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear finished.</source>
        <translation>Leeren abgeschlossen.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is offloaded (%3): its objects cannot be deleted, so they are kept.</source>
        <translation>Der Mandant „%1“ der Sammlung „%2“ ist ausgelagert (%3): Seine Objekte können nicht gelöscht werden und bleiben daher erhalten.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is changing its status (%3): its objects cannot be deleted, so they are kept.</source>
        <translation>Der Mandant „%1“ der Sammlung „%2“ wechselt gerade seinen Status (%3): Seine Objekte können nicht gelöscht werden und bleiben daher erhalten.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; has the status %3: its objects cannot be backed up first. Activate it, leave it out of the clear, or clear without a backup.</source>
        <extracomment>%3 is the tenant&apos;s status as the server names it, e.g. FROZEN or FREEZING</extracomment>
        <translation>Der Mandant „%1“ der Sammlung „%2“ hat den Status %3: Seine Objekte können nicht vorab gesichert werden. Aktivieren Sie ihn, nehmen Sie ihn vom Leeren aus oder leeren Sie ohne Sicherung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; refers to &quot;%3&quot; through its property &quot;%2&quot;: after the clear these references point to objects that no longer exist.</source>
        <extracomment>%1 the referring collection, %2 its reference property, %3 the cleared collection</extracomment>
        <translation>„%1“ verweist über die Eigenschaft „%2“ auf „%3“: Nach dem Leeren zeigen diese Referenzen auf Objekte, die es nicht mehr gibt.</translation>
    </message>
    <message>
        <source>Checking the parameters</source>
        <translation>Parameter prüfen</translation>
    </message>
    <message>
        <source>Reading collections and tenants</source>
        <translation>Sammlungen und Mandanten lesen</translation>
    </message>
    <message>
        <source>Counting objects</source>
        <translation>Objekte zählen</translation>
    </message>
    <message>
        <source>Finding incoming references</source>
        <translation>Eingehende Referenzen suchen</translation>
    </message>
    <message>
        <source>Describing what the method changes</source>
        <translation>Beschreiben, was die Methode ändert</translation>
    </message>
    <message>
        <source>Planning the backup</source>
        <translation>Sicherung planen</translation>
    </message>
    <message>
        <source>Checking the plan</source>
        <translation>Plan prüfen</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Verifying the backup</source>
        <translation>Sicherung prüfen</translation>
    </message>
    <message>
        <source>Deleting objects</source>
        <translation>Objekte löschen</translation>
    </message>
    <message>
        <source>Dropping collections</source>
        <translation>Sammlungen entfernen</translation>
    </message>
    <message>
        <source>Re-creating collections</source>
        <translation>Sammlungen entfernen und neu anlegen</translation>
    </message>
    <message>
        <source>Putting tenant statuses back</source>
        <translation>Mandantenstatus zurücksetzen</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: %1 [options] COMMAND [command options]</source>
        <translation>Aufruf: %1 [Optionen] BEFEHL [Befehlsoptionen]</translation>
    </message>
    <message>
        <source>Back up, restore and clear Weaviate collections from the command line.</source>
        <translation>Weaviate-Sammlungen über die Befehlszeile sichern, wiederherstellen und leeren.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for the options of a command.</source>
        <translation>Führen Sie „%1 BEFEHL --help“ aus, um die Optionen eines Befehls anzuzeigen.</translation>
    </message>
    <message>
        <source>Environment: WEAVIATE_URL (default http://localhost:8080), WEAVIATE_API_KEY.</source>
        <translation>Umgebungsvariablen: WEAVIATE_URL (Standard: http://localhost:8080), WEAVIATE_API_KEY.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 finished with some objects or tenants skipped or failed, 130 canceled.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 Fehler, 2 Aufruffehler, 3 abgeschlossen, aber einige Objekte oder Mandanten übersprungen oder fehlgeschlagen, 130 abgebrochen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>No command given. Run &quot;%1 --help&quot; to see what is available.</source>
        <translation>Kein Befehl angegeben. Führen Sie „%1 --help“ aus, um die verfügbaren Befehle zu sehen.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;%2 --help&quot; to see what is available.</source>
        <translation>Unbekannter Befehl „%1“. Führen Sie „%2 --help“ aus, um die verfügbaren Befehle zu sehen.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>%1  %2 of %3 objects  %4 objects/s  %5/s</source>
        <extracomment>Progress line: %1 where, %2 objects done, %3 total, %4 objects per second, %5 transfer rate</extracomment>
        <translation>%1  %2 von %3 Objekten  %4 Objekte/s  %5/s</translation>
    </message>
    <message>
        <source>%1  %2 objects  %3 objects/s  %4/s</source>
        <translation>%1  %2 Objekte  %3 Objekte/s  %4/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>Estimated time left, as h:mm:ss</extracomment>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Weaviate server URL (default: $WEAVIATE_URL, else http://localhost:8080).</source>
        <translation>URL des Weaviate-Servers (Standard: $WEAVIATE_URL, sonst http://localhost:8080).</translation>
    </message>
    <message>
        <source>API key sent as a Bearer token (default: $WEAVIATE_API_KEY).</source>
        <translation>API-Schlüssel, der als Bearer-Token gesendet wird (Standard: $WEAVIATE_API_KEY).</translation>
    </message>
    <message>
        <source>Extra HTTP header, e.g. &quot;X-OpenAI-Api-Key: sk-…&quot;. Repeatable.</source>
        <translation>Zusätzlicher HTTP-Header, z. B. &quot;X-OpenAI-Api-Key: sk-…&quot;. Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>Do not verify the server&apos;s TLS certificate (unsafe).</source>
        <translation>Das TLS-Zertifikat des Servers nicht prüfen (unsicher).</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file.</source>
        <translation>Den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>Seconds without any data before a request is given up (default 60).</source>
        <translation>Sekunden ohne empfangene Daten, nach denen eine Anfrage aufgegeben wird (Standard 60).</translation>
    </message>
    <message>
        <source>Retries of a failed request that is safe to repeat (default 5).</source>
        <translation>Anzahl der Wiederholungen einer fehlgeschlagenen Anfrage, die gefahrlos wiederholt werden kann (Standard 5).</translation>
    </message>
    <message>
        <source>Print technical details and debug logging.</source>
        <translation>Technische Details und Debug-Protokoll ausgeben.</translation>
    </message>
    <message>
        <source>Append the log (with debug records) to this file.</source>
        <translation>Das Protokoll (mit Debug-Einträgen) an diese Datei anhängen.</translation>
    </message>
    <message>
        <source>Cannot write the log file &quot;%1&quot;: %2</source>
        <translation>Die Protokolldatei „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server URL; use http://host:port or https://host.</source>
        <translation>„%1“ ist keine gültige Server-URL; verwenden Sie http://host:port oder https://host.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is not of the form &quot;Name: value&quot;.</source>
        <translation>Der Header „%1“ hat nicht die Form „Name: Wert“.</translation>
    </message>
    <message>
        <source>Warning: TLS certificate verification is off; the connection can be intercepted.</source>
        <translation>Warnung: Die Prüfung des TLS-Zertifikats ist ausgeschaltet; die Verbindung kann abgefangen werden.</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds.</source>
        <translation>--timeout erwartet eine positive Anzahl von Sekunden.</translation>
    </message>
    <message>
        <source>--retries needs a number of 0 or more.</source>
        <translation>--retries erwartet eine Zahl ab 0.</translation>
    </message>
    <message>
        <source>--tenants %1: name the collection as COLLECTION:%1 unless exactly one collection is named.</source>
        <translation>--tenants %1: Geben Sie die Sammlung als COLLECTION:%1 an, sofern nicht genau eine Sammlung angegeben ist.</translation>
    </message>
    <message>
        <source>--tenants %1 names no tenants.</source>
        <translation>--tenants %1 nennt keine Mandanten.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Language of the messages: %1. Default: the system&apos;s language.</source>
        <translation>Sprache der Meldungen: %1. Standard: die Systemsprache.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Available: %2.</source>
        <translation>Unbekannte Sprache „%1“. Verfügbar: %2.</translation>
    </message>
    <message>
        <source>Read the API key from this file (&quot;-&quot;: standard input), out of sight of the process list.</source>
        <translation>API-Schlüssel aus dieser Datei lesen („-“: Standardeingabe), unsichtbar für die Prozessliste.</translation>
    </message>
    <message>
        <source>Read extra HTTP headers from this file (&quot;-&quot;: standard input), one &quot;Name: value&quot; a line. Repeatable.</source>
        <translation>Zusätzliche HTTP-Header aus dieser Datei lesen („-“: Standardeingabe), einer pro Zeile als „Name: Wert“. Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>Extra HTTP header whose value is read from an environment variable, e.g. &quot;X-OpenAI-Api-Key=OPENAI_APIKEY&quot;. Repeatable.</source>
        <translation>Zusätzlicher HTTP-Header, dessen Wert aus einer Umgebungsvariablen gelesen wird, z. B. „X-OpenAI-Api-Key=OPENAI_APIKEY“. Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>This command does not connect to a server; ignoring %1.</source>
        <extracomment>%1 lists the options given, e.g. &quot;--url, --api-key&quot;</extracomment>
        <translation>Dieser Befehl verbindet sich mit keinem Server; %1 wird ignoriert.</translation>
    </message>
    <message>
        <source>Note: values given with --api-key or --header can be seen by other users of this computer in the process list and stay in the shell history; prefer --api-key-file, --header-file, --header-env or $WEAVIATE_API_KEY.</source>
        <translation>Hinweis: Mit --api-key oder --header angegebene Werte sind für andere Benutzer dieses Computers in der Prozessliste sichtbar und bleiben im Verlauf der Shell; verwenden Sie besser --api-key-file, --header-file, --header-env oder $WEAVIATE_API_KEY.</translation>
    </message>
    <message>
        <source>Give either --api-key or --api-key-file, not both.</source>
        <translation>Geben Sie entweder --api-key oder --api-key-file an, nicht beides.</translation>
    </message>
    <message>
        <source>Cannot read the API key file &quot;%1&quot;: %2</source>
        <translation>Die API-Schlüsseldatei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; is empty.</source>
        <translation>Die API-Schlüsseldatei „%1“ ist leer.</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; holds more than one line; it must hold the key alone.</source>
        <translation>Die API-Schlüsseldatei „%1“ enthält mehr als eine Zeile; sie darf nur den Schlüssel enthalten.</translation>
    </message>
    <message>
        <source>--header-env &quot;%1&quot; is not of the form NAME=VARIABLE, e.g. X-OpenAI-Api-Key=OPENAI_APIKEY.</source>
        <translation>--header-env „%1“ hat nicht die Form NAME=VARIABLE, z. B. X-OpenAI-Api-Key=OPENAI_APIKEY.</translation>
    </message>
    <message>
        <source>The environment variable %1 (for the header %2) is not set, empty or more than one line.</source>
        <extracomment>%1 is the name of an environment variable, %2 the HTTP header it was to give the value of</extracomment>
        <translation>Die Umgebungsvariable %1 (für den Header %2) ist nicht gesetzt, leer oder mehrzeilig.</translation>
    </message>
    <message>
        <source>Cannot read the header file &quot;%1&quot;: %2</source>
        <translation>Die Header-Datei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1, line %2: not of the form &quot;Name: value&quot;.</source>
        <extracomment>%1 is a file name, %2 a line number in it</extracomment>
        <translation>%1, Zeile %2: nicht in der Form „Name: Wert“.</translation>
    </message>
    <message>
        <source>The header file &quot;%1&quot; holds no header.</source>
        <translation>Die Header-Datei „%1“ enthält keinen Header.</translation>
    </message>
    <message>
        <source>standard input was already read for another option.</source>
        <translation>die Standardeingabe wurde bereits für eine andere Option gelesen.</translation>
    </message>
    <message>
        <source>it is larger than %1, too large for a key or headers.</source>
        <translation>sie ist größer als %1 und damit zu groß für einen Schlüssel oder Header.</translation>
    </message>
    <message>
        <source>Port of the server&apos;s gRPC API on the server&apos;s host (default 50051).</source>
        <translation>Port der gRPC-API auf dem Host des Servers (Standard 50051).</translation>
    </message>
    <message>
        <source>Give either --grpc-url or --grpc-port, not both.</source>
        <translation>Geben Sie entweder --grpc-url oder --grpc-port an, nicht beides.</translation>
    </message>
    <message>
        <source>--grpc-port needs a port number from 1 to 65535.</source>
        <translation>--grpc-port braucht eine Portnummer von 1 bis 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gRPC address; write grpc://HOST:PORT or grpcs://HOST:PORT.</source>
        <translation>„%1“ ist keine gRPC-Adresse; schreiben Sie grpc://HOST:PORT oder grpcs://HOST:PORT.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Progress line: %1 the step (&quot;Step 3 of 6: Adding references&quot;), %2 what it is doing (counts, rates)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file &quot;%1&quot;: %2</source>
        <translation>Die Passphrase-Datei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The passphrase file &quot;%1&quot; is empty.</source>
        <translation>Die Passphrase-Datei „%1“ ist leer.</translation>
    </message>
    <message>
        <source>The passphrase file &quot;%1&quot; holds more than one line; it must hold the passphrase alone.</source>
        <translation>Die Passphrase-Datei „%1“ enthält mehr als eine Zeile; sie darf nur die Passphrase enthalten.</translation>
    </message>
    <message>
        <source>Proxy for the server&apos;s REST API: http://[USER@]HOST:PORT (or https://, socks5://, socks5h://), or &quot;none&quot; for a direct connection. Default: the proxy of the environment ($https_proxy, $http_proxy, $no_proxy), else the system&apos;s.</source>
        <translation>Proxy für die REST-API des Servers: http://[BENUTZER@]HOST:PORT (oder https://, socks5://, socks5h://), oder „none“ für eine direkte Verbindung. Standard: der Proxy der Umgebung ($https_proxy, $http_proxy, $no_proxy), sonst der des Systems.</translation>
    </message>
    <message>
        <source>User name at the proxy given with --proxy (or USER@ in its URL).</source>
        <translation>Benutzername beim mit --proxy angegebenen Proxy (oder BENUTZER@ in dessen URL).</translation>
    </message>
    <message>
        <source>Read the proxy&apos;s password from this file (&quot;-&quot;: standard input), else from $COLVAULT_PROXY_PASSWORD. There is no option for the password itself: on the command line other users could read it in the process list.</source>
        <translation>Liest das Passwort des Proxys aus dieser Datei („-“: Standardeingabe), sonst aus $COLVAULT_PROXY_PASSWORD. Für das Passwort selbst gibt es keine Option: Auf der Befehlszeile könnten andere Benutzer es in der Prozessliste lesen.</translation>
    </message>
    <message>
        <source>--proxy-password is not an option: other users could read the password in the process list. Put it in a file for --proxy-password-file, or in $COLVAULT_PROXY_PASSWORD.</source>
        <translation>--proxy-password ist keine Option: Andere Benutzer könnten das Passwort in der Prozessliste lesen. Legen Sie es in eine Datei für --proxy-password-file oder in $COLVAULT_PROXY_PASSWORD.</translation>
    </message>
    <message>
        <source>--proxy-user and --proxy-password-file need the proxy&apos;s address: give it with --proxy URL.</source>
        <translation>--proxy-user und --proxy-password-file brauchen die Adresse des Proxys: Geben Sie sie mit --proxy URL an.</translation>
    </message>
    <message>
        <source>Do not write the proxy&apos;s password into --proxy: other users could read it in the process list. Put it in a file for --proxy-password-file, or in $COLVAULT_PROXY_PASSWORD.</source>
        <translation>Schreiben Sie das Passwort des Proxys nicht in --proxy: Andere Benutzer könnten es in der Prozessliste lesen. Legen Sie es in eine Datei für --proxy-password-file oder in $COLVAULT_PROXY_PASSWORD.</translation>
    </message>
    <message>
        <source>Give the proxy&apos;s user name either in --proxy (USER@HOST) or with --proxy-user, not both.</source>
        <translation>Geben Sie den Benutzernamen des Proxys entweder in --proxy (BENUTZER@HOST) oder mit --proxy-user an, nicht beides.</translation>
    </message>
    <message>
        <source>A proxy password needs a user name: give --proxy-user, or USER@ in --proxy.</source>
        <translation>Ein Proxy-Passwort braucht einen Benutzernamen: Geben Sie --proxy-user an oder BENUTZER@ in --proxy.</translation>
    </message>
    <message>
        <source>Cannot read the proxy password file &quot;%1&quot;: %2</source>
        <translation>Die Proxy-Passwortdatei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The proxy password file &quot;%1&quot; is empty.</source>
        <translation>Die Proxy-Passwortdatei „%1“ ist leer.</translation>
    </message>
    <message>
        <source>The proxy password file &quot;%1&quot; holds more than one line; it must hold the password alone.</source>
        <translation>Die Proxy-Passwortdatei „%1“ enthält mehr als eine Zeile; sie darf nur das Passwort enthalten.</translation>
    </message>
    <message>
        <source>Address of the server&apos;s gRPC API, used for objects (see --transport), counts and id listings: grpc://HOST:PORT, or grpcs://HOST:PORT with TLS (default: the server&apos;s host, port 50051, TLS as for --url).</source>
        <translation>Adresse der gRPC-API des Servers, für Objekte (siehe --transport), Zählungen und ID-Listen: grpc://HOST:PORT oder grpcs://HOST:PORT mit TLS (Standard: der Host des Servers, Port 50051, TLS wie bei --url).</translation>
    </message>
    <message>
        <source>How objects travel (backup pages, restore batches): &quot;auto&quot; over gRPC where the server offers it, else over REST (the default); &quot;rest&quot; never over gRPC; &quot;grpc&quot; only over gRPC, an error without it. Counts and id listings take gRPC where they can in every mode.</source>
        <translation>Wie Objekte übertragen werden (Seiten einer Sicherung, Batches einer Wiederherstellung): „auto“ (Standard) über gRPC, wo der Server es anbietet, sonst über REST; „rest“ nie über gRPC; „grpc“ nur über gRPC, ohne gRPC ein Fehler. Zählungen und ID-Listen verwenden in jedem Modus gRPC, wo es möglich ist.</translation>
    </message>
    <message>
        <source>--transport needs &quot;auto&quot;, &quot;rest&quot; or &quot;grpc&quot;.</source>
        <translation>--transport erwartet „auto“, „rest“ oder „grpc“.</translation>
    </message>
    <message>
        <source>Only these tenants: names or shell patterns (acme-*, t?, [a-c]*), as A,B for the one collection named, or COLLECTION:A,B. Repeatable.</source>
        <translation>Nur diese Mandanten: Namen oder Shell-Muster (acme-*, t?, [a-c]*), als A,B, wenn genau eine Sammlung angegeben ist, sonst COLLECTION:A,B. Mehrfach angebbar.</translation>
    </message>
</context>
<context>
    <name>Colvault::AliasesDialog</name>
    <message>
        <source>Collection Aliases</source>
        <translation>Sammlungs-Aliasse</translation>
    </message>
    <message>
        <source>Aliases and their collections</source>
        <translation>Aliasse und ihre Sammlungen</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <source>e.g. Movies</source>
        <translation>z. B. Filme</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Create an alias of this name that points at the collection</source>
        <translation>Einen Alias dieses Namens anlegen, der auf die Sammlung verweist</translation>
    </message>
    <message>
        <source>Change &amp;Target…</source>
        <translation>&amp;Ziel ändern…</translation>
    </message>
    <message>
        <source>Point this alias at the collection chosen, in one request</source>
        <translation>Diesen Alias mit einer einzigen Anfrage auf die gewählte Sammlung umstellen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete this alias; its collection stays</source>
        <translation>Diesen Alias löschen; seine Sammlung bleibt erhalten</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Collection:</source>
        <translation>&amp;Sammlung:</translation>
    </message>
    <message>
        <source>Collection Aliases on %1</source>
        <extracomment>%1 the server: &quot;profile at URL&quot;</extracomment>
        <translation>Sammlungs-Aliasse auf %1</translation>
    </message>
    <message>
        <source>The server has an alias &quot;%1&quot; already. Select it and choose Change Target to point it at another collection.</source>
        <translation>Der Server hat bereits einen Alias „%1“. Wählen Sie ihn aus und klicken Sie auf „Ziel ändern“, um ihn auf eine andere Sammlung umzustellen.</translation>
    </message>
    <message>
        <source>The aliases could not be read or changed.</source>
        <translation>Die Aliasse konnten nicht gelesen oder geändert werden.</translation>
    </message>
    <message>
        <source>Reading the aliases…</source>
        <translation>Aliasse werden gelesen…</translation>
    </message>
    <message>
        <source>Changing the alias…</source>
        <translation>Alias wird geändert…</translation>
    </message>
    <message>
        <source>The server has no aliases.</source>
        <translation>Der Server hat keine Aliasse.</translation>
    </message>
    <message>
        <source>Alias %1 created, pointing at %2.</source>
        <extracomment>%1 alias, %2 collection</extracomment>
        <translation>Alias %1 angelegt, verweist auf %2.</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2.</source>
        <extracomment>%1 alias, %2 collection</extracomment>
        <translation>Alias %1 verweist jetzt auf %2.</translation>
    </message>
    <message>
        <source>Alias %1 deleted; its collection is unchanged.</source>
        <extracomment>%1 alias</extracomment>
        <translation>Alias %1 gelöscht; seine Sammlung bleibt unverändert.</translation>
    </message>
    <message>
        <source>Add Alias</source>
        <translation>Alias hinzufügen</translation>
    </message>
    <message>
        <source>Create the alias &quot;%1&quot; pointing at the collection &quot;%2&quot;? Clients that use &quot;%1&quot; then read and write &quot;%2&quot;.</source>
        <extracomment>%1 alias, %2 collection</extracomment>
        <translation>Den Alias „%1“ mit Verweis auf die Sammlung „%2“ anlegen? Clients, die „%1“ verwenden, lesen und schreiben dann „%2“.</translation>
    </message>
    <message>
        <source>Change Alias Target</source>
        <translation>Ziel des Alias ändern</translation>
    </message>
    <message>
        <source>Point the alias &quot;%1&quot; at the collection &quot;%2&quot; instead of &quot;%3&quot;? Clients that use &quot;%1&quot; switch to &quot;%2&quot; at once; &quot;%3&quot; is kept.</source>
        <extracomment>%1 alias, %2 the collection it will point at, %3 the one it points at now</extracomment>
        <translation>Den Alias „%1“ statt auf „%3“ auf die Sammlung „%2“ umstellen? Clients, die „%1“ verwenden, wechseln sofort zu „%2“; „%3“ bleibt erhalten.</translation>
    </message>
    <message>
        <source>Change Target</source>
        <translation>Ziel ändern</translation>
    </message>
    <message>
        <source>Delete Alias</source>
        <translation>Alias löschen</translation>
    </message>
    <message>
        <source>Delete the alias &quot;%1&quot;, which points at the collection &quot;%2&quot;? The collection and its objects stay; clients that use &quot;%1&quot; fail until an alias of that name is created again.</source>
        <extracomment>%1 alias, %2 the collection it points at</extracomment>
        <translation>Den Alias „%1“ löschen, der auf die Sammlung „%2“ verweist? Die Sammlung und ihre Objekte bleiben erhalten; Clients, die „%1“ verwenden, schlagen fehl, bis wieder ein Alias dieses Namens angelegt wird.</translation>
    </message>
    <message numerus="yes">
        <source>The server has %Ln alias(es).</source>
        <translation>
            <numerusform>Der Server hat %Ln Alias.</numerusform>
            <numerusform>Der Server hat %Ln Aliasse.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a collection. Choose a name that no collection has.</source>
        <extracomment>%1 the name typed for the alias</extracomment>
        <translation>„%1“ ist der Name einer Sammlung. Wählen Sie einen Namen, den keine Sammlung trägt.</translation>
    </message>
</context>
<context>
    <name>Colvault::ArchiveKeyDialog</name>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Identity file</source>
        <translation>&amp;Identitätsdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Encrypted Archive</source>
        <translation>Verschlüsseltes Archiv</translation>
    </message>
    <message>
        <source>The archive %1 is encrypted to public keys. Give an age identity file that holds one of their secret keys, or paste its AGE-SECRET-KEY-1… line.</source>
        <extracomment>%1 an archive&apos;s file name or s3:// location</extracomment>
        <translation>Das Archiv %1 ist für öffentliche Schlüssel verschlüsselt. Geben Sie eine age-Identitätsdatei an, die einen der zugehörigen geheimen Schlüssel enthält, oder fügen Sie deren Zeile AGE-SECRET-KEY-1… ein.</translation>
    </message>
    <message>
        <source>The archive %1 is encrypted with a passphrase. Type the passphrase.</source>
        <translation>Das Archiv %1 ist mit einer Passphrase verschlüsselt. Geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Identity file, or the pasted identity</source>
        <translation>Identitätsdatei oder die eingefügte Identität</translation>
    </message>
    <message>
        <source>A file, or AGE-SECRET-KEY-1…</source>
        <translation>Eine Datei oder AGE-SECRET-KEY-1…</translation>
    </message>
    <message>
        <source>Identity File</source>
        <translation>Identitätsdatei</translation>
    </message>
    <message>
        <source>Age identities (*.txt *.key *.age);;All files (*)</source>
        <translation>age-Identitäten (*.txt *.key *.age);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>Give an identity file, or paste the identity.</source>
        <translation>Geben Sie eine Identitätsdatei an oder fügen Sie die Identität ein.</translation>
    </message>
</context>
<context>
    <name>Colvault::BackgroundRunRow</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Progress of the operation</source>
        <translation>Fortschritt des Vorgangs</translation>
    </message>
    <message>
        <source>Cancel this operation (asks first)</source>
        <translation>Diesen Vorgang abbrechen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Diese Zeile entfernen</translation>
    </message>
    <message>
        <source>Show the result of this operation</source>
        <translation>Das Ergebnis dieses Vorgangs anzeigen</translation>
    </message>
    <message>
        <source>Show the progress dialog of this operation</source>
        <translation>Den Fortschrittsdialog dieses Vorgangs anzeigen</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <translation>Archiv: %1</translation>
    </message>
    <message>
        <source>Archive: %1 (%2)</source>
        <translation>Archiv: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Colvault::BackgroundRuns</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A desktop notification: %1 the operation&apos;s title (e.g. &quot;Backup from Work at https://…&quot;), %2 how it ended</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Colvault::BackupDialog</name>
    <message>
        <source>Back Up Collections</source>
        <translation>Sammlungen sichern</translation>
    </message>
    <message>
        <source>Collection or tenant</source>
        <translation>Sammlung oder Mandant</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Zstandard (recommended)</source>
        <translation>Zstandard (empfohlen)</translation>
    </message>
    <message>
        <source>Gzip</source>
        <translation>Gzip</translation>
    </message>
    <message>
        <source>XZ (smallest, slowest)</source>
        <translation>XZ (am kleinsten, am langsamsten)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Default</source>
        <comment>compression level</comment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>No estimate yet.</source>
        <translation>Noch keine Schätzung.</translation>
    </message>
    <message>
        <source>Estimate:</source>
        <translation>Schätzung:</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Sicherung nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Backup canceled.</source>
        <translation>Sicherung abgebrochen.</translation>
    </message>
    <message>
        <source>inactive (%1)</source>
        <translation>inaktiv (%1)</translation>
    </message>
    <message>
        <source>Save Backup As</source>
        <translation>Sicherung speichern unter</translation>
    </message>
    <message>
        <source>Colvault archives (*.tar.zst *.tar.gz *.tar.xz *.tar)</source>
        <translation>Colvault-Archive (*.tar.zst *.tar.gz *.tar.xz *.tar)</translation>
    </message>
    <message>
        <source>Estimating…</source>
        <translation>Wird geschätzt…</translation>
    </message>
    <message>
        <source>Backup of %1 to %2 started.</source>
        <translation>Sicherung von %1 nach %2 gestartet.</translation>
    </message>
    <message>
        <source>The backup is complete.</source>
        <translation>Die Sicherung ist abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) written.</source>
        <translation>
            <numerusform>%Ln Objekt geschrieben.</numerusform>
            <numerusform>%Ln Objekte geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive: %1 (%2)</source>
        <translation>Archiv: %1 (%2)</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <extracomment>%1 a duration in words such as &quot;2 min 5 s&quot;</extracomment>
        <translation>Dauer: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s) backed up.</source>
        <translation>
            <numerusform>%Ln Sammlung gesichert.</numerusform>
            <numerusform>%Ln Sammlungen gesichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the collections to back up; for a multi-tenant collection, check single tenants to back up only those.</source>
        <translation>Markieren Sie die zu sichernden Sammlungen; bei einer mandantenfähigen Sammlung können Sie einzelne Mandanten markieren, um nur diese zu sichern.</translation>
    </message>
    <message>
        <source>&amp;Activate inactive tenants for the backup, then put them back</source>
        <translation>Inaktive Mandanten für die Sicherung a&amp;ktivieren und danach zurücksetzen</translation>
    </message>
    <message>
        <source>Sc&amp;hema only (no objects)</source>
        <translation>Nur Sc&amp;hema (keine Objekte)</translation>
    </message>
    <message>
        <source>Include &amp;vectors</source>
        <translation>&amp;Vektoren einbeziehen</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>St&amp;ufe:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for the destination</source>
        <translation>Ziel auswählen</translation>
    </message>
    <message>
        <source>&amp;Estimate</source>
        <translation>&amp;Schätzen</translation>
    </message>
    <message>
        <source>Co&amp;mpression:</source>
        <translation>Ko&amp;mprimierung:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Start Backup</source>
        <translation>Sicherung s&amp;tarten</translation>
    </message>
    <message>
        <source>&amp;Collections and tenants to back up:</source>
        <translation>Zu sichernde Samm&amp;lungen und Mandanten:</translation>
    </message>
    <message>
        <source>Collections and tenants to back up</source>
        <translation>Zu sichernde Sammlungen und Mandanten</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln object(s), archive about %1, taking roughly %2.</source>
        <translation>
            <numerusform>Mindestens %Ln Objekt, Archivgröße ca. %1, Dauer ca. %2.</numerusform>
            <numerusform>Mindestens %Ln Objekte, Archivgröße ca. %1, Dauer ca. %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s), archive about %1, taking roughly %2.</source>
        <translation>
            <numerusform>%Ln Objekt, Archivgröße ca. %1, Dauer ca. %2.</numerusform>
            <numerusform>%Ln Objekte, Archivgröße ca. %1, Dauer ca. %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back Up Collections from %1</source>
        <extracomment>%1 the server: &quot;profile at URL&quot;</extracomment>
        <translation>Sammlungen von %1 sichern</translation>
    </message>
    <message>
        <source>inactive (%1), activated for the backup</source>
        <extracomment>%1 the tenant&apos;s status as the server says it, e.g. COLD</extracomment>
        <translation>inaktiv (%1), wird für die Sicherung aktiviert</translation>
    </message>
    <message>
        <source>Colvault activates this tenant for the backup and puts it back to its status afterwards.</source>
        <translation>Colvault aktiviert diesen Mandanten für die Sicherung und setzt danach seinen Status zurück.</translation>
    </message>
    <message>
        <source>This tenant is inactive, so its objects cannot be read. Choose “Activate inactive tenants” below to back it up.</source>
        <translation>Dieser Mandant ist inaktiv, seine Objekte können nicht gelesen werden. Wählen Sie unten „Inaktive Mandanten aktivieren“, um ihn zu sichern.</translation>
    </message>
    <message>
        <source>offloaded (%1), cannot be backed up</source>
        <extracomment>%1 the tenant&apos;s status as the server says it, e.g. FROZEN</extracomment>
        <translation>ausgelagert (%1), kann nicht gesichert werden</translation>
    </message>
    <message>
        <source>This tenant is offloaded to cloud storage. Colvault can neither read nor activate it; load it back on the server first.</source>
        <translation>Dieser Mandant ist in einen Cloud-Speicher ausgelagert. Colvault kann ihn weder lesen noch aktivieren; holen Sie ihn zuerst auf dem Server zurück.</translation>
    </message>
    <message>
        <source>changing status (%1), cannot be backed up</source>
        <extracomment>%1 the tenant&apos;s status as the server says it, e.g. FREEZING</extracomment>
        <translation>Status ändert sich (%1), kann nicht gesichert werden</translation>
    </message>
    <message>
        <source>This tenant is changing its status on the server. Try again once that is done.</source>
        <translation>Der Status dieses Mandanten ändert sich gerade auf dem Server. Versuchen Sie es erneut, sobald das abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Backup from %1</source>
        <extracomment>%1 the server: &quot;profile at URL&quot;</extracomment>
        <translation>Sicherung von %1</translation>
    </message>
    <message>
        <source>The backup was canceled. No archive was written.</source>
        <translation>Die Sicherung wurde abgebrochen. Es wurde kein Archiv geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln object(s) written.</source>
        <translation>
            <numerusform>%1: %Ln Objekt geschrieben.</numerusform>
            <numerusform>%1: %Ln Objekte geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2: %Ln object(s) written.</source>
        <translation>
            <numerusform>%1 / %2: %Ln Objekt geschrieben.</numerusform>
            <numerusform>%1 / %2: %Ln Objekte geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>objects</comment>
        <extracomment>Objects column of a partly ticked multi-tenant collection: %1 objects of the ticked tenants, %2 of all</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) in the ticked tenants, of %1 in the collection.</source>
        <extracomment>%1 the objects of the whole collection</extracomment>
        <translation>
            <numerusform>%Ln Objekt in den angehakten Mandanten, von %1 in der Sammlung.</numerusform>
            <numerusform>%Ln Objekte in den angehakten Mandanten, von %1 in der Sammlung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>Nichts ausgewählt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s)</source>
        <comment>selection summary</comment>
        <extracomment>Part of the selection summary, e.g. &quot;3 collections, 2 of 10,000 tenants selected, about 4 objects&quot;</extracomment>
        <translation>
            <numerusform>%Ln Sammlung</numerusform>
            <numerusform>%Ln Sammlungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln tenant(s)</source>
        <comment>selection summary</comment>
        <extracomment>Part of the selection summary: %1 the tenants ticked, %n all tenants of the server&apos;s collections</extracomment>
        <translation>
            <numerusform>%1 von %Ln Mandant</numerusform>
            <numerusform>%1 von %Ln Mandanten</numerusform>
        </translation>
    </message>
    <message>
        <source>schema only</source>
        <comment>selection summary</comment>
        <extracomment>Part of the selection summary</extracomment>
        <translation>nur Schema</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln object(s)</source>
        <comment>selection summary</comment>
        <translation>
            <numerusform>etwa %Ln Objekt</numerusform>
            <numerusform>etwa %Ln Objekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %Ln object(s)</source>
        <comment>selection summary</comment>
        <translation>
            <numerusform>mindestens %Ln Objekt</numerusform>
            <numerusform>mindestens %Ln Objekte</numerusform>
        </translation>
    </message>
    <message>
        <source>objects not counted</source>
        <comment>selection summary</comment>
        <translation>Objekte nicht gezählt</translation>
    </message>
    <message>
        <source>%1, %2 selected, %3.</source>
        <translation>%1, %2 ausgewählt, %3.</translation>
    </message>
    <message>
        <source>%1 selected, %2.</source>
        <translation>%1 ausgewählt, %2.</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Speichern &amp;in:</translation>
    </message>
    <message>
        <source>Folder on this computer</source>
        <translation>Ordner auf diesem Computer</translation>
    </message>
    <message>
        <source>S3 bucket</source>
        <translation>S3-Bucket</translation>
    </message>
    <message>
        <source>Storage profile</source>
        <translation>Speicherprofil</translation>
    </message>
    <message>
        <source>No storage profile yet: add one under Storage Profiles…</source>
        <translation>Noch kein Speicherprofil: Legen Sie eines an unter Speicherprofile…</translation>
    </message>
    <message>
        <source>Cancel Backup</source>
        <translation>Sicherung abbrechen</translation>
    </message>
</context>
<context>
    <name>Colvault::ClearImpactPage</name>
    <message>
        <source>unknown</source>
        <comment>object count</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkungen</translation>
    </message>
    <message>
        <source>What will be deleted, and the backup taken before anything is deleted.</source>
        <translation>Was gelöscht wird und welche Sicherung vor dem Löschen erstellt wird.</translation>
    </message>
    <message>
        <source>Collection or tenant</source>
        <translation>Sammlung oder Mandant</translation>
    </message>
    <message>
        <source>Objects to delete</source>
        <translation>Zu löschende Objekte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>A file, or a folder for a file named after the collections</source>
        <translation>Eine Datei oder ein Ordner für eine nach den Sammlungen benannte Datei</translation>
    </message>
    <message>
        <source>Reading what will be deleted…</source>
        <translation>Zu löschende Daten werden ermittelt…</translation>
    </message>
    <message>
        <source>only the tenants below</source>
        <translation>nur die untenstehenden Mandanten</translation>
    </message>
    <message>
        <source>%1, skipped: %2</source>
        <extracomment>%1 tenant status in words (e.g. &quot;inactive&quot;), %2 why it is skipped</extracomment>
        <translation>%1, übersprungen: %2</translation>
    </message>
    <message>
        <source>%1, activated for the clear, then put back</source>
        <extracomment>%1 tenant status in words, e.g. &quot;inactive&quot;</extracomment>
        <translation>%1, für das Leeren aktiviert, danach zurückgesetzt</translation>
    </message>
    <message>
        <source>Blocking: %1</source>
        <translation>Blockierend: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>The backup of %Ln object(s) is written and verified first: %1</source>
        <extracomment>%1 a file path, %Ln objects in the backup</extracomment>
        <translation>
            <numerusform>Die Sicherung von %Ln Objekt wird zuerst geschrieben und geprüft: %1</numerusform>
            <numerusform>Die Sicherung von %Ln Objekten wird zuerst geschrieben und geprüft: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup is taken.</source>
        <translation>Es wird keine Sicherung erstellt.</translation>
    </message>
    <message>
        <source>Save Backup As</source>
        <translation>Sicherung speichern unter</translation>
    </message>
    <message>
        <source>Colvault archives (*.tar.zst *.tar.gz *.tar.xz *.tar)</source>
        <translation>Colvault-Archive (*.tar.zst *.tar.gz *.tar.xz *.tar)</translation>
    </message>
    <message>
        <source>What will be deleted</source>
        <translation>Was gelöscht wird</translation>
    </message>
    <message>
        <source>Back &amp;up before clearing (recommended)</source>
        <translation>Vor dem Leeren &amp;sichern (empfohlen)</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>&amp;I understand that without a backup nothing can undo this clear</source>
        <translation>&amp;Ich verstehe, dass dieses Leeren ohne Sicherung nicht rückgängig gemacht werden kann</translation>
    </message>
    <message>
        <source>Backup &amp;to:</source>
        <translation>Sicherungs&amp;ziel:</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln object(s) will be deleted. Collections: %1.</source>
        <extracomment>%Ln objects, %1 the number of collections they are in</extracomment>
        <translation>
            <numerusform>Mindestens %Ln Objekt wird gelöscht. Sammlungen: %1.</numerusform>
            <numerusform>Mindestens %Ln Objekte werden gelöscht. Sammlungen: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) will be deleted. Collections: %1.</source>
        <translation>
            <numerusform>%Ln Objekt wird gelöscht. Sammlungen: %1.</numerusform>
            <numerusform>%Ln Objekte werden gelöscht. Sammlungen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the backup goes</source>
        <translation>Wohin die Sicherung geht</translation>
    </message>
    <message>
        <source>Folder on this computer</source>
        <translation>Ordner auf diesem Computer</translation>
    </message>
    <message>
        <source>S3 bucket</source>
        <translation>S3-Bucket</translation>
    </message>
    <message>
        <source>Storage profile</source>
        <translation>Speicherprofil</translation>
    </message>
    <message>
        <source>No storage profile yet: add one under Storage Profiles…</source>
        <translation>Noch kein Speicherprofil: Legen Sie eines an unter Speicherprofile…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 tenant names, %2 their collection: &quot;tenantB of TenantNote&quot;</extracomment>
        <translation>%1 aus %2</translation>
    </message>
    <message>
        <source>Only these tenants are cleared: %1.</source>
        <extracomment>%1 e.g. &quot;tenantB of TenantNote&quot; or &quot;t1, t2 and 3 more of Chat; tenantA of Notes&quot;</extracomment>
        <translation>Nur diese Mandanten werden geleert: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other tenant(s) of %2</source>
        <extracomment>%1 tenant names, %2 their collection, %n tenants not named: &quot;t1, t2 and 3 other tenants of Chat&quot;</extracomment>
        <translation>
            <numerusform>%1 und %n weiterer Mandant aus %2</numerusform>
            <numerusform>%1 und %n weitere Mandanten aus %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::ClearSelectPage</name>
    <message>
        <source>What to clear</source>
        <translation>Was geleert wird</translation>
    </message>
    <message>
        <source>Choose collections (or single tenants) and how to clear them.</source>
        <translation>Wählen Sie Sammlungen (oder einzelne Mandanten) und die Art des Leerens.</translation>
    </message>
    <message>
        <source>Collection or tenant</source>
        <translation>Sammlung oder Mandant</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Delete all objects, keep the schema</source>
        <translation>Alle Objekte löschen, Schema behalten</translation>
    </message>
    <message>
        <source>Drop the collection</source>
        <translation>Sammlung entfernen</translation>
    </message>
    <message>
        <source>Drop and re-create the collection</source>
        <translation>Sammlung entfernen und neu anlegen</translation>
    </message>
    <message>
        <source>Objects are batch-deleted; the schema, the tenants and their statuses stay.</source>
        <translation>Die Objekte werden in Batches gelöscht; Schema, Mandanten und deren Status bleiben erhalten.</translation>
    </message>
    <message>
        <source>The collection (or the chosen tenants) is deleted with its schema.</source>
        <translation>Die Sammlung (bzw. die ausgewählten Mandanten) wird samt Schema gelöscht.</translation>
    </message>
    <message>
        <source>The collection is deleted and created again empty, from the same schema and tenants. The fastest way to remove many objects.</source>
        <translation>Die Sammlung wird gelöscht und leer mit demselben Schema und denselben Mandanten neu angelegt. Der schnellste Weg, viele Objekte zu entfernen.</translation>
    </message>
    <message>
        <source>Collections and tenants to clear</source>
        <translation>Zu leerende Sammlungen und Mandanten</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>Nichts ausgewählt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s)</source>
        <comment>selection summary</comment>
        <extracomment>Part of the selection summary, e.g. &quot;2 collections, 3 of 10,000 tenants selected.&quot;</extracomment>
        <translation>
            <numerusform>%Ln Sammlung</numerusform>
            <numerusform>%Ln Sammlungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln tenant(s)</source>
        <comment>selection summary</comment>
        <extracomment>Part of the selection summary: %1 the tenants ticked, %n all tenants of the listed collections</extracomment>
        <translation>
            <numerusform>%1 von %Ln Mandant</numerusform>
            <numerusform>%1 von %Ln Mandanten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 selected.</source>
        <translation>%1, %2 ausgewählt.</translation>
    </message>
    <message>
        <source>%1 selected.</source>
        <translation>%1 ausgewählt.</translation>
    </message>
</context>
<context>
    <name>Colvault::ClearWizard</name>
    <message>
        <source>Clear Collections</source>
        <translation>Sammlungen leeren</translation>
    </message>
    <message>
        <source>Clearing cannot be undone except from the backup.</source>
        <translation>Das Leeren lässt sich nur mithilfe der Sicherung rückgängig machen.</translation>
    </message>
    <message>
        <source>Clear complete; no backup was taken.</source>
        <translation>Leeren abgeschlossen; es wurde keine Sicherung erstellt.</translation>
    </message>
    <message>
        <source>Clear complete. Undo with: %1</source>
        <translation>Leeren abgeschlossen. Rückgängig machen mit: %1</translation>
    </message>
    <message>
        <source>Clear failed: %1</source>
        <translation>Leeren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Undo with: %1</source>
        <translation>Rückgängig machen mit: %1</translation>
    </message>
    <message>
        <source>Clear canceled.</source>
        <translation>Leeren abgebrochen.</translation>
    </message>
    <message>
        <source>The clear finished, but not everything was cleared.</source>
        <translation>Das Leeren ist beendet, es wurde aber nicht alles geleert.</translation>
    </message>
    <message>
        <source>The clear is complete.</source>
        <translation>Das Leeren ist abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) deleted.</source>
        <translation>
            <numerusform>%Ln Objekt gelöscht.</numerusform>
            <numerusform>%Ln Objekte gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup was taken.</source>
        <translation>Es wurde keine Sicherung erstellt.</translation>
    </message>
    <message numerus="yes">
        <source>Backup: %1 (%Ln object(s))</source>
        <extracomment>%1 the backup file, %2 its object count</extracomment>
        <translation>
            <numerusform>Sicherung: %1 (%Ln Objekt)</numerusform>
            <numerusform>Sicherung: %1 (%Ln Objekte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 still holds %Ln object(s).</source>
        <extracomment>%1 collection or &quot;collection / tenant&quot;</extracomment>
        <translation>
            <numerusform>%1 enthält noch %Ln Objekt.</numerusform>
            <numerusform>%1 enthält noch %Ln Objekte.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Cancel the clear? Objects already deleted stay deleted.</source>
        <translation>Das Leeren abbrechen? Bereits gelöschte Objekte bleiben gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Undo (restore)…</source>
        <translation>&amp;Rückgängig (Wiederherstellung)…</translation>
    </message>
    <message>
        <source>Restore the backup taken before the clear: you see the changes and confirm them first.</source>
        <translation>Die vor dem Leeren erstellte Sicherung wiederherstellen: Sie sehen die Änderungen zuerst und bestätigen sie.</translation>
    </message>
    <message>
        <source>The clear failed.</source>
        <translation>Das Leeren ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The clear was canceled.</source>
        <translation>Das Leeren wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Clearing</source>
        <translation>Sammlungen werden geleert</translation>
    </message>
    <message>
        <source>Starting the clear…</source>
        <translation>Leeren wird gestartet…</translation>
    </message>
    <message>
        <source>What the clear did. Undo restores the backup taken before it.</source>
        <translation>Was das Leeren bewirkt hat. „Rückgängig“ stellt die zuvor erstellte Sicherung wieder her.</translation>
    </message>
    <message>
        <source>What the clear did.</source>
        <translation>Was das Leeren bewirkt hat.</translation>
    </message>
    <message>
        <source>Nothing was deleted; the server is unchanged.</source>
        <translation>Es wurde nichts gelöscht; der Server ist unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) were deleted before the clear stopped.</source>
        <translation>
            <numerusform>%Ln Objekt wurde gelöscht, bevor das Leeren abbrach.</numerusform>
            <numerusform>%Ln Objekte wurden gelöscht, bevor das Leeren abbrach.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <extracomment>%1 the backup file</extracomment>
        <translation>Sicherung: %1</translation>
    </message>
    <message numerus="yes">
        <source>This deletes at least %Ln object(s). A verified backup is written first to %1.</source>
        <extracomment>%1 the backup file</extracomment>
        <translation>
            <numerusform>Dadurch wird mindestens %Ln Objekt gelöscht. Zuvor wird eine geprüfte Sicherung nach %1 geschrieben.</numerusform>
            <numerusform>Dadurch werden mindestens %Ln Objekte gelöscht. Zuvor wird eine geprüfte Sicherung nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This deletes %Ln object(s). A verified backup is written first to %1.</source>
        <translation>
            <numerusform>Dadurch wird %Ln Objekt gelöscht. Zuvor wird eine geprüfte Sicherung nach %1 geschrieben.</numerusform>
            <numerusform>Dadurch werden %Ln Objekte gelöscht. Zuvor wird eine geprüfte Sicherung nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This deletes at least %Ln object(s). No backup is taken: nothing can undo this.</source>
        <translation>
            <numerusform>Dadurch wird mindestens %Ln Objekt gelöscht. Es wird keine Sicherung erstellt: Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Dadurch werden mindestens %Ln Objekte gelöscht. Es wird keine Sicherung erstellt: Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This deletes %Ln object(s). No backup is taken: nothing can undo this.</source>
        <translation>
            <numerusform>Dadurch wird %Ln Objekt gelöscht. Es wird keine Sicherung erstellt: Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Dadurch werden %Ln Objekte gelöscht. Es wird keine Sicherung erstellt: Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clear of %1 started.</source>
        <extracomment>%1 a list of collections</extracomment>
        <translation>Leeren von %1 gestartet.</translation>
    </message>
    <message>
        <source>Cancel stops the clear. Objects already deleted stay deleted; they can be restored from the backup.</source>
        <translation>„Abbrechen“ hält das Leeren an. Bereits gelöschte Objekte bleiben gelöscht; sie können aus der Sicherung wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>Colvault::CollectionsModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>legacy</source>
        <comment>vector kind</comment>
        <translation>klassisch</translation>
    </message>
    <message>
        <source>named</source>
        <comment>vector kind</comment>
        <translation>benannt</translation>
    </message>
    <message>
        <source>multi</source>
        <comment>vector kind</comment>
        <translation>Multivektor</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>vector name (kind)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Inactive tenants are not counted.</source>
        <translation>Inaktive Mandanten werden nicht mitgezählt.</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>object count</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (active tenants)</source>
        <extracomment>An object count that leaves out inactive tenants</extracomment>
        <translation>%1 (aktive Mandanten)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Multi-tenant</source>
        <translation>Mandantenfähig</translation>
    </message>
    <message>
        <source>Vectors</source>
        <translation>Vektoren</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln dimension(s)</source>
        <extracomment>%1 is a vector description such as &quot;title (named)&quot;, %Ln its dimension count</extracomment>
        <translation>
            <numerusform>%1, %Ln Dimension</numerusform>
            <numerusform>%1, %Ln Dimensionen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (inactive: %2)</source>
        <extracomment>%1 tenants in total, %2 of them inactive</extracomment>
        <translation>%1 (inaktiv: %2)</translation>
    </message>
</context>
<context>
    <name>Colvault::CommandLineBox</name>
    <message>
        <source>Cop&amp;y</source>
        <translation>Kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation>Befehl in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Same as the co&amp;mmand:</source>
        <translation>Entspricht dem &amp;Befehl:</translation>
    </message>
    <message>
        <source>The API key and the extra headers are not shown. Replace KEY_FILE with a file that holds the key, and HEADER_FILE with a file of the headers, one &quot;Name: value&quot; a line.</source>
        <translation>API-Schlüssel und zusätzliche Header werden nicht angezeigt. Ersetzen Sie KEY_FILE durch eine Datei mit dem Schlüssel und HEADER_FILE durch eine Datei mit den Headern, einer pro Zeile als „Name: Wert“.</translation>
    </message>
    <message>
        <source>The API key is not shown. Replace KEY_FILE with a file that holds the key.</source>
        <translation>Der API-Schlüssel wird nicht angezeigt. Ersetzen Sie KEY_FILE durch eine Datei mit dem Schlüssel.</translation>
    </message>
    <message>
        <source>The extra headers are not shown. Replace HEADER_FILE with a file of the headers, one &quot;Name: value&quot; a line.</source>
        <translation>Zusätzliche Header werden nicht angezeigt. Ersetzen Sie HEADER_FILE durch eine Datei mit den Headern, einer pro Zeile als „Name: Wert“.</translation>
    </message>
    <message>
        <source>The proxy password is not shown. Replace PROXY_PASSWORD_FILE with a file that holds it.</source>
        <translation>Das Proxy-Passwort wird nicht angezeigt. Ersetzen Sie PROXY_PASSWORD_FILE durch eine Datei mit dem Passwort.</translation>
    </message>
    <message>
        <source>The target&apos;s API key is not shown. Replace TARGET_KEY_FILE with a file that holds it.</source>
        <translation>Der API-Schlüssel des Ziels wird nicht angezeigt. Ersetzen Sie TARGET_KEY_FILE durch eine Datei mit dem Schlüssel.</translation>
    </message>
    <message>
        <source>The target&apos;s header values are not shown. Replace each HEADER_VALUE with the value.</source>
        <translation>Die Header-Werte des Ziels werden nicht angezeigt. Ersetzen Sie jedes HEADER_VALUE durch den Wert.</translation>
    </message>
    <message>
        <source>The archive&apos;s key is not shown. Replace IDENTITY_FILE with the age identity file that opens it.</source>
        <translation>Der Schlüssel des Archivs wird nicht angezeigt. Ersetzen Sie IDENTITY_FILE durch die age-Identitätsdatei, die es öffnet.</translation>
    </message>
    <message>
        <source>The archive&apos;s passphrase is not shown. Replace PASSPHRASE_FILE with a file that holds it.</source>
        <translation>Die Passphrase des Archivs wird nicht angezeigt. Ersetzen Sie PASSPHRASE_FILE durch eine Datei, die sie enthält.</translation>
    </message>
</context>
<context>
    <name>Colvault::ConfirmNamesPage</name>
    <message>
        <source>Confirm</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Collection names, separated by commas</source>
        <translation>Sammlungsnamen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>The names do not match. Type them exactly, upper and lower case included.</source>
        <translation>Die Namen stimmen nicht überein. Geben Sie sie exakt ein, einschließlich Groß- und Kleinschreibung.</translation>
    </message>
    <message>
        <source>Collection names to confirm</source>
        <translation>Zu bestätigende Sammlungsnamen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Type %Ln collection name(s) to confirm: %1</source>
        <extracomment>%1 is a list of collection names</extracomment>
        <translation>
            <numerusform>Geben Sie zur Bestätigung den Sammlungsnamen &amp;ein: %1</numerusform>
            <numerusform>Geben Sie zur Bestätigung die %Ln Sammlungsnamen &amp;ein: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::ConnectionDialog</name>
    <message>
        <source>Connection Profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the settings file.</source>
        <translation>Wird im System-Schlüsselbund gespeichert, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>One header per line, for example X-OpenAI-Api-Key: sk-…</source>
        <translation>Ein Header pro Zeile, zum Beispiel X-OpenAI-Api-Key: sk-…</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The user name and password in this URL are not saved. Weaviate authenticates with an API key: choose “API key” below.</source>
        <translation>Benutzername und Passwort in dieser URL werden nicht gespeichert. Weaviate verwendet zur Authentifizierung einen API-Schlüssel: Wählen Sie unten „API-Schlüssel“ aus.</translation>
    </message>
    <message>
        <source>None</source>
        <comment>authentication</comment>
        <translation>Keine</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for CA certificates</source>
        <translation>CA-Zertifikate auswählen</translation>
    </message>
    <message>
        <source>Skip TLS certificate &amp;verification (unsafe)</source>
        <translation>TLS-Zertifikatsprüfung ü&amp;berspringen (unsicher)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>Zusätzliche &amp;Header:</translation>
    </message>
    <message>
        <source>CA cer&amp;tificates:</source>
        <translation>CA-&amp;Zertifikate:</translation>
    </message>
    <message>
        <source>&amp;Save and Connect</source>
        <translation>Speichern und &amp;verbinden</translation>
    </message>
    <message>
        <source>The headers and their values are stored in the system keychain, never in the settings file.</source>
        <translation>Die Header und ihre Werte werden im System-Schlüsselbund gespeichert, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Default: the server&apos;s host, port 50051</source>
        <translation>Standard: der Host des Servers, Port 50051</translation>
    </message>
    <message>
        <source>&amp;gRPC address:</source>
        <translation>&amp;gRPC-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Proxy add&amp;ress:</source>
        <translation>Proxy-Ad&amp;resse:</translation>
    </message>
    <message>
        <source>Proxy us&amp;er:</source>
        <translation>Proxy-B&amp;enutzer:</translation>
    </message>
    <message>
        <source>System settings</source>
        <comment>proxy</comment>
        <translation>Systemeinstellungen</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>Manual</source>
        <comment>proxy</comment>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>System settings: the proxy of the environment (https_proxy, http_proxy, no_proxy), else the operating system&apos;s.</source>
        <translation>Systemeinstellungen: der Proxy der Umgebung (https_proxy, http_proxy, no_proxy), sonst der des Betriebssystems.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s user name and password in their own fields below, not in the address.</source>
        <translation>Geben Sie Benutzername und Passwort des Proxys in den eigenen Feldern darunter ein, nicht in der Adresse.</translation>
    </message>
    <message>
        <source>Weaviate&apos;s gRPC API, used for object counts and to move objects where the server offers it: grpc://host:port, or grpcs://host:port with TLS.</source>
        <translation>Die gRPC-API von Weaviate, verwendet zum Zählen und Übertragen von Objekten, wo der Server sie anbietet: grpc://host:port oder grpcs://host:port mit TLS.</translation>
    </message>
    <message>
        <source>Automatic: gRPC where the server offers it</source>
        <translation>Automatisch: gRPC, wo der Server es anbietet</translation>
    </message>
    <message>
        <source>REST only</source>
        <translation>Nur REST</translation>
    </message>
    <message>
        <source>gRPC only</source>
        <translation>Nur gRPC</translation>
    </message>
    <message>
        <source>How backups and restores move objects. gRPC carries vectors as bytes and is faster; REST works with every server and through every proxy.</source>
        <translation>Wie Sicherungen und Wiederherstellungen Objekte übertragen. gRPC überträgt Vektoren als Bytes und ist schneller; REST funktioniert mit jedem Server und durch jeden Proxy.</translation>
    </message>
    <message>
        <source>&amp;Objects travel over:</source>
        <translation>&amp;Objekte übertragen über:</translation>
    </message>
    <message>
        <source>Write the gRPC address with its scheme: grpc://host:port, or grpcs://host:port with TLS.</source>
        <translation>Geben Sie die gRPC-Adresse mit Schema an: grpc://host:port, oder grpcs://host:port mit TLS.</translation>
    </message>
</context>
<context>
    <name>Colvault::CopyTargetPage</name>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Where and how to copy. Preview shows what would change; nothing is written before Copy.</source>
        <translation>Wohin und wie kopiert wird. Die Vorschau zeigt, was sich ändern würde; vor „Kopieren“ wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>A saved connection profile: its server receives the copy</source>
        <translation>Ein gespeichertes Verbindungsprofil: Sein Server erhält die Kopie</translation>
    </message>
    <message>
        <source>Target connection profile</source>
        <translation>Verbindungsprofil des Ziels</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <source>Copy as</source>
        <translation>Kopieren als</translation>
    </message>
    <message>
        <source>Collections to copy and their names on the target</source>
        <translation>Zu kopierende Sammlungen und ihre Namen im Ziel</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Umbe&amp;nennen…</translation>
    </message>
    <message>
        <source>Copy the selected collection under another name (F2)</source>
        <translation>Die ausgewählte Sammlung unter einem anderen Namen kopieren (F2)</translation>
    </message>
    <message>
        <source>To copy a collection under another name, select it and press F2 or Rename, then type the name in &quot;Copy as&quot;.</source>
        <translation>Um eine Sammlung unter einem anderen Namen zu kopieren, wählen Sie sie aus, drücken F2 oder „Umbenennen“ und geben den Namen unter „Kopieren als“ ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not selected for the copy, so it cannot be renamed. Tick it first.</source>
        <extracomment>%1 a collection name</extracomment>
        <translation>„%1“ ist nicht zum Kopieren ausgewählt und kann daher nicht umbenannt werden. Setzen Sie zuerst das Häkchen.</translation>
    </message>
    <message>
        <source>Copy mode</source>
        <translation>Kopiermodus</translation>
    </message>
    <message>
        <source>New: the collections must not exist on the target</source>
        <translation>Neu: Die Sammlungen dürfen im Ziel nicht existieren</translation>
    </message>
    <message>
        <source>Merge: add missing objects and properties</source>
        <translation>Zusammenführen: fehlende Objekte und Eigenschaften hinzufügen</translation>
    </message>
    <message>
        <source>Overwrite: like merge, copied objects replace existing ones</source>
        <translation>Überschreiben: wie Zusammenführen, kopierte Objekte ersetzen vorhandene</translation>
    </message>
    <message>
        <source>Replace: drop the target&apos;s collections first</source>
        <translation>Ersetzen: Sammlungen im Ziel zuerst entfernen</translation>
    </message>
    <message>
        <source>Copy &amp;to:</source>
        <translation>&amp;Kopieren nach:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>There is no saved connection to copy to. Save one with Connection → New Connection… first.</source>
        <translation>Es gibt keine gespeicherte Verbindung, auf die kopiert werden kann. Legen Sie zuerst eine über „Verbindung → Neue Verbindung…“ an.</translation>
    </message>
    <message>
        <source>Reading the connection %1 and its secrets…</source>
        <extracomment>%1 a connection profile&apos;s name</extracomment>
        <translation>Verbindung %1 und ihre Geheimnisse werden gelesen…</translation>
    </message>
    <message>
        <source>The collections are copied to %1, the server they are read from: give each one another name under &quot;Copy as&quot;.</source>
        <extracomment>%1 a server URL</extracomment>
        <translation>Die Sammlungen werden auf %1 kopiert, also auf den Server, von dem sie gelesen werden: Geben Sie jeder unter „Kopieren als“ einen anderen Namen.</translation>
    </message>
    <message>
        <source>The collections are copied to %1.</source>
        <extracomment>%1 a server URL</extracomment>
        <translation>Die Sammlungen werden auf %1 kopiert.</translation>
    </message>
    <message>
        <source>The secrets of %1 could not be read from the keychain (%2); the copy connects without them.</source>
        <extracomment>%1 a connection profile&apos;s name, %2 the keychain&apos;s error message</extracomment>
        <translation>Die Geheimnisse von %1 konnten nicht aus dem Schlüsselbund gelesen werden (%2); der Kopiervorgang verbindet sich ohne sie.</translation>
    </message>
    <message>
        <source>Nothing on the target is touched; a collection that already exists there blocks the copy.</source>
        <translation>Im Ziel bleibt alles unberührt; eine dort bereits existierende Sammlung blockiert den Kopiervorgang.</translation>
    </message>
    <message>
        <source>Existing objects on the target are kept; missing objects and properties are added.</source>
        <translation>Vorhandene Objekte im Ziel bleiben erhalten; fehlende Objekte und Eigenschaften werden hinzugefügt.</translation>
    </message>
    <message>
        <source>Objects with the same id on the target are replaced by the copied ones.</source>
        <translation>Objekte mit derselben ID im Ziel werden durch die kopierten ersetzt.</translation>
    </message>
    <message>
        <source>The target&apos;s existing collections are deleted first. You will type their names to confirm.</source>
        <translation>Die vorhandenen Sammlungen im Ziel werden zuerst gelöscht. Sie geben zur Bestätigung ihre Namen ein.</translation>
    </message>
    <message>
        <source>Vectors:</source>
        <translation>Vektoren:</translation>
    </message>
    <message>
        <source>Also write an &amp;archive of what is copied:</source>
        <translation>Zusätzlich ein &amp;Archiv des Kopierten schreiben:</translation>
    </message>
    <message>
        <source>The archive holds what a backup of the copied collections would. It appears under this name only once the copy succeeded and the archive verified.</source>
        <translation>Das Archiv enthält, was eine Sicherung der kopierten Sammlungen enthalten würde. Es erscheint unter diesem Namen erst, wenn die Kopie erfolgreich war und das Archiv geprüft ist.</translation>
    </message>
    <message>
        <source>Archive file</source>
        <translation>Archivdatei</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Browse for the archive file</source>
        <translation>Archivdatei auswählen</translation>
    </message>
    <message>
        <source>Save Archive As</source>
        <translation>Archiv speichern unter</translation>
    </message>
    <message>
        <source>Colvault archives (*.tar.zst *.tar.gz *.tar.xz *.tar)</source>
        <translation>Colvault-Archive (*.tar.zst *.tar.gz *.tar.xz *.tar)</translation>
    </message>
</context>
<context>
    <name>Colvault::CopyWizard</name>
    <message>
        <source>Replace mode drops the target&apos;s existing collections before copying.</source>
        <translation>Der Modus „Ersetzen“ entfernt die vorhandenen Sammlungen im Ziel vor dem Kopieren.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Cancel the copy? What was written so far stays on the target server.</source>
        <translation>Das Kopieren abbrechen? Bereits Geschriebenes bleibt auf dem Zielserver.</translation>
    </message>
    <message numerus="yes">
        <source>Replace mode first deletes %Ln collection(s) on the target server with all their objects: %1. They are then copied from the source.</source>
        <extracomment>%1 a list of collection names</extracomment>
        <translation>
            <numerusform>Der Modus „Ersetzen“ löscht zuerst %Ln Sammlung samt allen Objekten auf dem Zielserver: %1. Sie wird anschließend vom Quellserver kopiert.</numerusform>
            <numerusform>Der Modus „Ersetzen“ löscht zuerst %Ln Sammlungen samt allen Objekten auf dem Zielserver: %1. Sie werden anschließend vom Quellserver kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>Sammlungen werden kopiert</translation>
    </message>
    <message>
        <source>Cancel stops the copy. What was written until then stays on the target server.</source>
        <translation>„Abbrechen“ hält das Kopieren an. Bis dahin Geschriebenes bleibt auf dem Zielserver.</translation>
    </message>
    <message>
        <source>Starting the copy…</source>
        <translation>Kopiervorgang wird gestartet…</translation>
    </message>
    <message>
        <source>The copy from %1 to %2 started.</source>
        <extracomment>%1 the source server&apos;s URL, %2 the target server&apos;s URL</extracomment>
        <translation>Kopiervorgang von %1 nach %2 gestartet.</translation>
    </message>
    <message>
        <source>Copy from %1 to %2 complete.</source>
        <extracomment>%1 the source server&apos;s URL, %2 the target server&apos;s URL</extracomment>
        <translation>Kopiervorgang von %1 nach %2 abgeschlossen.</translation>
    </message>
    <message>
        <source>The copy failed.</source>
        <translation>Der Kopiervorgang ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Copy failed: %1</source>
        <translation>Kopiervorgang fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The copy was canceled.</source>
        <translation>Der Kopiervorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Copy canceled.</source>
        <translation>Kopiervorgang abgebrochen.</translation>
    </message>
    <message>
        <source>What the copy did.</source>
        <translation>Was der Kopiervorgang bewirkt hat.</translation>
    </message>
    <message>
        <source>No objects had been written when the copy stopped.</source>
        <translation>Bis zum Abbruch des Kopiervorgangs wurden keine Objekte geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) had been written when the copy stopped.</source>
        <translation>
            <numerusform>Bis zum Abbruch des Kopiervorgangs wurde %Ln Objekt geschrieben.</numerusform>
            <numerusform>Bis zum Abbruch des Kopiervorgangs wurden %Ln Objekte geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace mode may already have dropped %1 on the target server.</source>
        <extracomment>%1 a list of collections</extracomment>
        <translation>Der Modus „Ersetzen“ hat %1 auf dem Zielserver möglicherweise bereits entfernt.</translation>
    </message>
    <message>
        <source>Collections and tenants created so far stay on the target server. Copy again in overwrite mode to complete the copy.</source>
        <translation>Bereits angelegte Sammlungen und Mandanten bleiben auf dem Zielserver. Kopieren Sie erneut im Modus „Überschreiben“, um den Kopiervorgang abzuschließen.</translation>
    </message>
    <message>
        <source>The copy finished, but not everything was copied.</source>
        <translation>Der Kopiervorgang ist beendet, es wurde aber nicht alles kopiert.</translation>
    </message>
    <message>
        <source>The copy is complete.</source>
        <translation>Der Kopiervorgang ist abgeschlossen.</translation>
    </message>
    <message>
        <source>The copy is complete, but its archive was not written.</source>
        <translation>Die Kopie ist vollständig, aber ihr Archiv wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Archive written and verified: %1 (%2).</source>
        <extracomment>%1 the archive&apos;s path, %2 its size</extracomment>
        <translation>Archiv geschrieben und geprüft: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Colvault::JobEditorDialog</name>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Archives</source>
        <translation>A&amp;rchive</translation>
    </message>
    <message>
        <source>R&amp;etention</source>
        <translation>Auf&amp;bewahrung</translation>
    </message>
    <message>
        <source>Encr&amp;yption</source>
        <translation>&amp;Verschlüsselung</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Zeitplan</translation>
    </message>
    <message>
        <source>Why the job cannot be saved</source>
        <translation>Warum der Job nicht gespeichert werden kann</translation>
    </message>
    <message>
        <source>Save &amp;Job</source>
        <translation>&amp;Job speichern</translation>
    </message>
    <message>
        <source>e.g. nightly</source>
        <translation>z. B. nightly</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The saved connection the job backs up; its name is {profile} in file names.</source>
        <translation>Die gespeicherte Verbindung, die der Job sichert; ihr Name ist {profile} in Dateinamen.</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>Verbin&amp;dung:</translation>
    </message>
    <message>
        <source>none: the keychain&apos;s key when run from the app</source>
        <translation>keine: der Schlüssel aus dem Schlüsselbund bei Ausführung aus der App</translation>
    </message>
    <message>
        <source>A file holding the API key, for scheduled runs. The job saves its name only.</source>
        <translation>Eine Datei mit dem API-Schlüssel, für zeitgesteuerte Ausführungen. Der Job speichert nur ihren Namen.</translation>
    </message>
    <message>
        <source>API &amp;key file:</source>
        <translation>API-&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>A file holding the proxy&apos;s password, for scheduled runs.</source>
        <translation>Eine Datei mit dem Passwort des Proxys, für zeitgesteuerte Ausführungen.</translation>
    </message>
    <message>
        <source>Pro&amp;xy password file:</source>
        <translation>Pro&amp;xy-Passwortdatei:</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>all collections</source>
        <translation>alle Sammlungen</translation>
    </message>
    <message>
        <source>Collection names separated by commas or spaces; empty backs up every collection.</source>
        <translation>Sammlungsnamen, durch Kommas oder Leerzeichen getrennt; leer sichert jede Sammlung.</translation>
    </message>
    <message>
        <source>C&amp;ollections:</source>
        <translation>Samm&amp;lungen:</translation>
    </message>
    <message>
        <source>Article: tenantA, tenantB</source>
        <translation>Artikel: MandantA, MandantB</translation>
    </message>
    <message>
        <source>Only these tenants: one line per collection, its name, a colon and the tenants. Empty: every tenant.</source>
        <translation>Nur diese Mandanten: eine Zeile pro Sammlung, ihr Name, ein Doppelpunkt und die Mandanten. Leer: alle Mandanten.</translation>
    </message>
    <message>
        <source>&amp;Tenants:</source>
        <translation>&amp;Mandanten:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>{profile}, {job} and {date} (UTC, yyyyMMdd-HHmmss) are filled in; the suffix (.tar.zst, .age) is added.</source>
        <translation>{profile}, {job} und {date} (UTC, yyyyMMdd-HHmmss) werden ausgefüllt; die Endung (.tar.zst, .age) wird angehängt.</translation>
    </message>
    <message>
        <source>File-name &amp;pattern:</source>
        <translation>Datei&amp;namensmuster:</translation>
    </message>
    <message>
        <source>Sc&amp;hema only (no objects)</source>
        <translation>Nur &amp;Schema (keine Objekte)</translation>
    </message>
    <message>
        <source>Leave out &amp;vectors</source>
        <translation>Vek&amp;toren weglassen</translation>
    </message>
    <message>
        <source>Activate &amp;inactive tenants for the backup</source>
        <translation>&amp;Inaktive Mandanten für die Sicherung aktivieren</translation>
    </message>
    <message>
        <source>Co&amp;mpression:</source>
        <translation>&amp;Komprimierung:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>zstd 1-19, gzip 1-9, xz 0-9</source>
        <translation>zstd 1 bis 19, gzip 1 bis 9, xz 0 bis 9</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>St&amp;ufe:</translation>
    </message>
    <message>
        <source>After each verified run, older archives of this job beyond these rules are removed (restic&apos;s forget rules, UTC periods). 0 turns a rule off; with no rule every archive is kept. The newest archive is always kept.</source>
        <translation>Nach jeder geprüften Ausführung werden ältere Archive dieses Jobs, die über diese Regeln hinausgehen, gelöscht (die forget-Regeln von restic, Zeiträume in UTC). 0 schaltet eine Regel ab; ohne Regel werden alle Archive behalten. Das neueste Archiv wird immer behalten.</translation>
    </message>
    <message>
        <source>Keep the &amp;last:</source>
        <translation>Die &amp;letzten behalten:</translation>
    </message>
    <message>
        <source>Keep &amp;hourly:</source>
        <translation>&amp;Stündlich behalten:</translation>
    </message>
    <message>
        <source>Keep &amp;daily:</source>
        <translation>&amp;Täglich behalten:</translation>
    </message>
    <message>
        <source>Keep &amp;weekly:</source>
        <translation>&amp;Wöchentlich behalten:</translation>
    </message>
    <message>
        <source>Keep &amp;monthly:</source>
        <translation>&amp;Monatlich behalten:</translation>
    </message>
    <message>
        <source>Keep yea&amp;rly:</source>
        <translation>Jährl&amp;ich behalten:</translation>
    </message>
    <message>
        <source>unlimited</source>
        <extracomment>A retention rule&apos;s count at its minimum: every period is kept</extracomment>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>To age recipients</source>
        <translation>An age-Empfänger</translation>
    </message>
    <message>
        <source>With a passphrase file</source>
        <translation>Mit einer Passphrase-Datei</translation>
    </message>
    <message>
        <source>En&amp;crypt:</source>
        <translation>Ver&amp;schlüsseln:</translation>
    </message>
    <message>
        <source>age1… (one per line)</source>
        <translation>age1… (einer pro Zeile)</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <source>A file holding the passphrase. Runs from the app may use the keychain instead.</source>
        <translation>Eine Datei mit der Passphrase. Ausführungen aus der App können stattdessen den Schlüsselbund verwenden.</translation>
    </message>
    <message>
        <source>&amp;Passphrase file:</source>
        <translation>&amp;Passphrase-Datei:</translation>
    </message>
    <message>
        <source>one file per line</source>
        <translation>eine Datei pro Zeile</translation>
    </message>
    <message>
        <source>Age identity files that open the job&apos;s archives: each run verifies its new archive and retention reads the old ones. Needed with recipients.</source>
        <translation>age-Identitätsdateien, die die Archive des Jobs öffnen: Jede Ausführung prüft ihr neues Archiv, und die Aufbewahrung liest die alten. Mit Empfängern erforderlich.</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Identity File</source>
        <translation>Identitätsdatei</translation>
    </message>
    <message>
        <source>&amp;Identity files:</source>
        <translation>&amp;Identitätsdateien:</translation>
    </message>
    <message>
        <source>Never (run by hand)</source>
        <translation>Nie (von Hand ausführen)</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation>Aus&amp;führen:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>A&amp;m:</translation>
    </message>
    <message>
        <source>A&amp;t (local time):</source>
        <translation>&amp;Um (Ortszeit):</translation>
    </message>
    <message>
        <source>The operating system runs colvault-cli on schedule (a systemd user timer, a launchd agent or a Task Scheduler task); the app need not be open.</source>
        <translation>Das Betriebssystem führt colvault-cli nach Zeitplan aus (ein systemd-Benutzer-Timer, ein launchd-Agent oder eine Aufgabe der Aufgabenplanung); die App muss nicht geöffnet sein.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Folder for the Archives</source>
        <translation>Ordner für die Archive</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>Edit Job &quot;%1&quot;</source>
        <extracomment>The title of the job editor; %1 a job&apos;s name</extracomment>
        <translation>Job „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>New Job</source>
        <translation>Neuer Job</translation>
    </message>
    <message>
        <source>A saved job keeps its name: its schedule and archives go by it.</source>
        <translation>Ein gespeicherter Job behält seinen Namen: Sein Zeitplan und seine Archive richten sich danach.</translation>
    </message>
    <message>
        <source>1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; the name colvault-cli runs the job by.</source>
        <translation>1 bis 64 Buchstaben, Ziffern, „.“, „_“ oder „-“; der Name, unter dem colvault-cli den Job ausführt.</translation>
    </message>
    <message>
        <source>None checked: every collection, also those created later.</source>
        <translation>Keine angehakt: alle Sammlungen, auch später angelegte.</translation>
    </message>
    <message>
        <source>Create a connection profile first (Connection → New Connection…).</source>
        <translation>Legen Sie zuerst ein Verbindungsprofil an (Verbindung → Neue Verbindung…).</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Next archive: %1</source>
        <translation>Nächstes Archiv: %1</translation>
    </message>
    <message>
        <source>Next run: %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>Nächste Ausführung: %1</translation>
    </message>
    <message>
        <source>Not scheduled: run it from the Jobs dock or with colvault-cli job run.</source>
        <translation>Nicht geplant: Führen Sie ihn im Jobs-Dock oder mit colvault-cli job run aus.</translation>
    </message>
    <message>
        <source>Tenants, line %1: write the collection, a colon and its tenants, e.g. Article: tenantA, tenantB.</source>
        <extracomment>%1 a line number</extracomment>
        <translation>Mandanten, Zeile %1: Geben Sie die Sammlung, einen Doppelpunkt und ihre Mandanten an, z. B. Artikel: MandantA, MandantB.</translation>
    </message>
    <message>
        <source>Choose the connection the job backs up; create one with Connection → New Connection… first.</source>
        <translation>Wählen Sie die Verbindung, die der Job sichert; legen Sie zuerst eine mit Verbindung → Neue Verbindung… an.</translation>
    </message>
    <message>
        <source>Give at least one age recipient (age1…), one per line.</source>
        <translation>Geben Sie mindestens einen age-Empfänger (age1…) an, einen pro Zeile.</translation>
    </message>
    <message>
        <source>Choose the file that holds the passphrase.</source>
        <translation>Wählen Sie die Datei, die die Passphrase enthält.</translation>
    </message>
    <message>
        <source>A schedule runs colvault-cli, which is not at %1. Install it beside the app, or schedule the job with colvault-cli job schedule.</source>
        <extracomment>%1 the path of colvault-cli</extracomment>
        <translation>Ein Zeitplan führt colvault-cli aus, das nicht unter %1 liegt. Installieren Sie es neben der App oder planen Sie den Job mit colvault-cli job schedule ein.</translation>
    </message>
    <message>
        <source>None</source>
        <comment>compression</comment>
        <translation>Keine</translation>
    </message>
    <message>
        <source>None</source>
        <comment>encryption</comment>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Next archive: %1
Warning: %2</source>
        <extracomment>%1 the path of the archive the next run writes, %2 what is wrong with the file-name pattern</extracomment>
        <translation>Nächstes Archiv: %1
Warnung: %2</translation>
    </message>
    <message>
        <source>%1

Details: %2</source>
        <extracomment>%1 why the job cannot be saved (a sentence), %2 a tool&apos;s own words (e.g. systemctl&apos;s), untranslated</extracomment>
        <translation>%1

Details: %2</translation>
    </message>
    <message>
        <source>Create the Folder?</source>
        <extracomment>%1 a folder&apos;s path</extracomment>
        <translation>Ordner erstellen?</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist. Create it and save the job?</source>
        <translation>Der Ordner „%1“ existiert nicht. Ihn erstellen und den Job speichern?</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;: choose another folder or check its parent&apos;s permissions.</source>
        <translation>Der Ordner „%1“ kann nicht erstellt werden: Wählen Sie einen anderen Ordner oder prüfen Sie die Berechtigungen des übergeordneten Ordners.</translation>
    </message>
    <message>
        <source>Create Folder and Save</source>
        <translation>Ordner erstellen und speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cr&amp;eate…</source>
        <translation>Ers&amp;tellen…</translation>
    </message>
    <message>
        <source>A passphrase file holds the passphrase on one line and should be readable only by you. Scheduled runs read it; keep it as safe as the archives need.</source>
        <translation>Eine Passphrase-Datei enthält die Passphrase in einer Zeile und sollte nur für Sie lesbar sein. Zeitgesteuerte Ausführungen lesen sie; schützen Sie sie so gut, wie es die Archive erfordern.</translation>
    </message>
    <message>
        <source>Other users can read %1. Make it readable only by you, for example with chmod 600.</source>
        <extracomment>%1 a file&apos;s path</extracomment>
        <translation>Andere Benutzer können %1 lesen. Machen Sie die Datei nur für Sie lesbar, zum Beispiel mit chmod 600.</translation>
    </message>
    <message>
        <source>Create Passphrase File</source>
        <translation>Passphrase-Datei erstellen</translation>
    </message>
    <message>
        <source>Every archive of the job is encrypted with this passphrase: keep a copy somewhere safe. Without it the archives cannot be restored.</source>
        <translation>Jedes Archiv des Jobs wird mit dieser Passphrase verschlüsselt: Bewahren Sie eine Kopie an einem sicheren Ort auf. Ohne sie können die Archive nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>Wieder&amp;holen:</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>Passphrase File</source>
        <translation>Passphrase-Datei</translation>
    </message>
    <message>
        <source>Cannot write the passphrase file &quot;%1&quot;: %2</source>
        <extracomment>%1 a file&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>Die Passphrase-Datei „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Save the job without a schedule? You can schedule it later.</source>
        <translation>Den Job ohne Zeitplan speichern? Sie können ihn später planen.</translation>
    </message>
    <message>
        <source>Save Without Schedule</source>
        <translation>Ohne Zeitplan speichern</translation>
    </message>
</context>
<context>
    <name>Colvault::JobHistoryModel</name>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>Colvault::JobListModel</name>
    <message>
        <source>Succeeded</source>
        <comment>job run result</comment>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Partial</source>
        <comment>job run result</comment>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Canceled</source>
        <comment>job run result</comment>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>job run result</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>never</source>
        <comment>a job&apos;s last run</comment>
        <translation>nie</translation>
    </message>
    <message>
        <source>every collection</source>
        <translation>alle Sammlungen</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Next Run</source>
        <translation>Nächste Ausführung</translation>
    </message>
    <message>
        <source>Last Run</source>
        <translation>Letzte Ausführung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>Colvault::JobProgressDialog</name>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Elapsed %1, remaining %2</source>
        <extracomment>%1 elapsed time, %2 estimated time left, both in words such as &quot;2 min 5 s&quot;</extracomment>
        <translation>Verstrichen: %1, verbleibend: %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running operation? Work done so far is discarded.</source>
        <translation>Den laufenden Vorgang abbrechen? Die bisher erledigte Arbeit wird verworfen.</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>Der Vorgang ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The operation stopped before it was complete.</source>
        <translation>Der Vorgang wurde vor dem Abschluss beendet.</translation>
    </message>
    <message>
        <source>The operation was canceled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Save Failures</source>
        <translation>Fehler speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <source>Current collection</source>
        <translation>Aktuelle Sammlung</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>Show log</source>
        <translation>Protokoll anzeigen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>&amp;Save Failures…</source>
        <translation>Fehler &amp;speichern…</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <extracomment>%1 the folder, %2 the file in it</extracomment>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>No file manager opened the folder %1. The file is %2.</source>
        <translation>Kein Dateimanager hat den Ordner %1 geöffnet. Die Datei ist %2.</translation>
    </message>
    <message>
        <source>%1 of %2 objects</source>
        <extracomment>%1 objects of the current collection done, of %2</extracomment>
        <translation>%1 von %2 Objekten</translation>
    </message>
    <message>
        <source>%1 objects/s, %2 MiB/s</source>
        <extracomment>%1 objects per second, %2 mebibytes per second</extracomment>
        <translation>%1 Objekte/s, %2 MiB/s</translation>
    </message>
    <message>
        <source>The cancel came too late: the work was already complete.</source>
        <translation>Der Abbruch kam zu spät: Die Arbeit war bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>Run in &amp;Background</source>
        <translation>Im &amp;Hintergrund ausführen</translation>
    </message>
    <message>
        <source>Hide this dialog and follow the operation in the Jobs dock. It goes on running.</source>
        <translation>Diesen Dialog ausblenden und den Vorgang im Jobs-Dock verfolgen. Er läuft weiter.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>A run in the Jobs dock that ended in a failure; %1 why (one sentence)</extracomment>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancel Operation</source>
        <translation>Vorgang abbrechen</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
</context>
<context>
    <name>Colvault::JobSecretDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Runs from the app use it before the job&apos;s file. Scheduled runs always read the file.</source>
        <translation>Ausführungen aus der App verwenden sie vor der Datei des Jobs. Zeitgesteuerte Ausführungen lesen immer die Datei.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Identity:</source>
        <translation>&amp;Identität:</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Job Passphrase</source>
        <translation>Passphrase des Jobs</translation>
    </message>
    <message>
        <source>Job Identity</source>
        <translation>Identität des Jobs</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; needs an age identity to verify its archives, but it cannot be read from its files: %2

Enter the identity (AGE-SECRET-KEY-1…) for this run.</source>
        <extracomment>%1 a job&apos;s name, %2 why its file cannot be read (one sentence). Two paragraphs.</extracomment>
        <translation>Der Job „%1“ benötigt eine age-Identität, um seine Archive zu prüfen, die aber nicht aus ihren Dateien gelesen werden kann: %2

Geben Sie die Identität (AGE-SECRET-KEY-1…) für diese Ausführung ein.</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>Wieder&amp;holen:</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; encrypts its archives with the passphrase in its passphrase file, which cannot be read: %2

This run&apos;s archive will be encrypted with the passphrase you type here and can be restored only with exactly this passphrase. Type the job&apos;s own passphrase, twice.

Restore or fix the file %3: scheduled runs read it and fail without it.</source>
        <extracomment>%1 a job&apos;s name, %2 why its file cannot be read (one sentence), %3 the file&apos;s path. Three paragraphs.</extracomment>
        <translation>Der Job „%1“ verschlüsselt seine Archive mit der Passphrase aus seiner Passphrase-Datei, die aber nicht gelesen werden kann: %2

Das Archiv dieser Ausführung wird mit der Passphrase verschlüsselt, die Sie hier eingeben, und kann nur mit genau dieser Passphrase wiederhergestellt werden. Geben Sie die Passphrase des Jobs selbst ein, zweimal.

Stellen Sie die Datei %3 wieder her oder reparieren Sie sie: Zeitgesteuerte Ausführungen lesen sie und schlagen ohne sie fehl.</translation>
    </message>
    <message>
        <source>The keychain could not remember it: %1
Click Run to run the job without remembering it; the next run asks again.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>Der Schlüsselbund konnte sie nicht speichern: %1
Klicken Sie auf „Ausführen“, um den Job auszuführen, ohne sie zu speichern; die nächste Ausführung fragt erneut.</translation>
    </message>
</context>
<context>
    <name>Colvault::JobsDock</name>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; wrote %2.</source>
        <translation>Der Job „%1“ hat %2 geschrieben.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is done, but some collections or tenants were skipped.</source>
        <translation>Der Job „%1“ ist fertig, aber einige Sammlungen oder Mandanten wurden übersprungen.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is done: the backup is complete and verified.</source>
        <translation>Der Job „%1“ ist fertig: Die Sicherung ist vollständig und geprüft.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; failed: %2</source>
        <extracomment>%1 a job&apos;s name, %2 why it failed (one sentence)</extracomment>
        <translation>Der Job „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; was canceled.</source>
        <translation>Der Job „%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <extracomment>A button of the bar that tells of a failed job run; the mnemonic must not clash with the main window&apos;s</extracomment>
        <translation>Verber&amp;gen</translation>
    </message>
    <message>
        <source>Hides this message until a job fails again.</source>
        <translation>Blendet diese Meldung aus, bis wieder ein Job fehlschlägt.</translation>
    </message>
    <message>
        <source>Saved jobs</source>
        <translation>Gespeicherte Jobs</translation>
    </message>
    <message>
        <source>The saved backup jobs with their schedule, next run and last result. Select one to see its runs.</source>
        <translation>Die gespeicherten Sicherungsjobs mit Zeitplan, nächster Ausführung und letztem Ergebnis. Wählen Sie einen aus, um seine Ausführungen zu sehen.</translation>
    </message>
    <message>
        <source>R&amp;un Now</source>
        <extracomment>The mnemonic must not clash with the main window&apos;s menus and toolbar</extracomment>
        <translation>Jetzt a&amp;usführen</translation>
    </message>
    <message>
        <source>Back up, verify the archive and apply the retention rules, as the schedule does</source>
        <translation>Sichern, das Archiv prüfen und die Aufbewahrungsregeln anwenden, wie es der Zeitplan tut</translation>
    </message>
    <message>
        <source>&amp;Delete Job…</source>
        <extracomment>The mnemonic must not clash with the main window&apos;s menus and toolbar</extracomment>
        <translation>&amp;Job löschen…</translation>
    </message>
    <message>
        <source>Runs of the selected job</source>
        <translation>Ausführungen des ausgewählten Jobs</translation>
    </message>
    <message>
        <source>Open Lo&amp;g</source>
        <extracomment>The mnemonic must not clash with the main window&apos;s menus and toolbar</extracomment>
        <translation>Pr&amp;otokoll öffnen</translation>
    </message>
    <message>
        <source>Restore from This Arch&amp;ive…</source>
        <extracomment>The mnemonic must not clash with the main window&apos;s menus and toolbar</extracomment>
        <translation>Aus diesem A&amp;rchiv wiederherstellen…</translation>
    </message>
    <message>
        <source>&lt;p&gt;The saved jobs cannot be read. %1&lt;/p&gt;</source>
        <extracomment>%1 why the jobs cannot be read (one sentence, naming the file)</extracomment>
        <translation>&lt;p&gt;Die gespeicherten Jobs können nicht gelesen werden. %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; has not run yet.</source>
        <extracomment>%1 a job&apos;s name</extracomment>
        <translation>Der Job „%1“ wurde noch nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Runs of the job &quot;%1&quot;, newest first:</source>
        <extracomment>%1 a job&apos;s name</extracomment>
        <translation>Ausführungen des Jobs „%1“, neueste zuerst:</translation>
    </message>
    <message numerus="yes">
        <source>Archive: %1. Retention removed %n older archive(s).</source>
        <extracomment>%1 the archive&apos;s path</extracomment>
        <translation>
            <numerusform>Archiv: %1. Die Aufbewahrung hat %n älteres Archiv gelöscht.</numerusform>
            <numerusform>Archiv: %1. Die Aufbewahrung hat %n ältere Archive gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API key of the connection %1 could not be read from the keychain: %2</source>
        <extracomment>%1 a connection profile&apos;s name, %2 the keychain&apos;s error message</extracomment>
        <translation>Der API-Schlüssel der Verbindung %1 konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>Run of the job &quot;%1&quot;</source>
        <extracomment>The progress dialog&apos;s title; %1 a job&apos;s name</extracomment>
        <translation>Ausführung des Jobs „%1“</translation>
    </message>
    <message>
        <source>The run was canceled before it was complete. Retention removed nothing.</source>
        <translation>Die Ausführung wurde abgebrochen, bevor sie abgeschlossen war. Die Aufbewahrung hat nichts gelöscht.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; runs with the API key of the connection %2.</source>
        <extracomment>%1 a job&apos;s name, %2 a connection profile&apos;s name</extracomment>
        <translation>Der Job „%1“ läuft mit dem API-Schlüssel der Verbindung %2.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is running.</source>
        <translation>Der Job „%1“ läuft.</translation>
    </message>
    <message>
        <source>The backup is complete and verified, but some collections or tenants were skipped.</source>
        <translation>Die Sicherung ist vollständig und geprüft, aber einige Sammlungen oder Mandanten wurden übersprungen.</translation>
    </message>
    <message>
        <source>The backup is complete and verified.</source>
        <translation>Die Sicherung ist vollständig und geprüft.</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <extracomment>%1 a job&apos;s name</extracomment>
        <translation>Job: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retention removed %n older archive(s).</source>
        <translation>
            <numerusform>Die Aufbewahrung hat %n älteres Archiv gelöscht.</numerusform>
            <numerusform>Die Aufbewahrung hat %n ältere Archive gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log: %1</source>
        <extracomment>%1 the path of the run&apos;s log file</extracomment>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <source>Colvault</source>
        <translation>Colvault</translation>
    </message>
    <message>
        <source>Open Log</source>
        <translation>Protokoll öffnen</translation>
    </message>
    <message>
        <source>The log %1 is no longer there; the newest 50 logs of each job are kept.</source>
        <translation>Das Protokoll %1 ist nicht mehr vorhanden; von jedem Job werden die neuesten 50 Protokolle aufbewahrt.</translation>
    </message>
    <message>
        <source>No application opened the log %1. It is a text file for any text editor.</source>
        <translation>Keine Anwendung hat das Protokoll %1 geöffnet. Es ist eine Textdatei, die jeder Texteditor öffnen kann.</translation>
    </message>
    <message>
        <source>Restore from This Archive</source>
        <translation>Aus diesem Archiv wiederherstellen</translation>
    </message>
    <message>
        <source>The archive %1 was removed by the retention rules of the run of %2.</source>
        <extracomment>%1 an archive&apos;s path, %2 when the later run started</extracomment>
        <translation>Das Archiv %1 wurde von den Aufbewahrungsregeln der Ausführung vom %2 gelöscht.</translation>
    </message>
    <message>
        <source>Delete the job &quot;%1&quot;? Its schedule is removed as well. Its archives in %2 and its history are kept.</source>
        <extracomment>%1 a job&apos;s name, %2 the folder of its archives</extracomment>
        <translation>Den Job „%1“ löschen? Sein Zeitplan wird ebenfalls entfernt. Seine Archive in %2 und sein Verlauf bleiben erhalten.</translation>
    </message>
    <message>
        <source>Delete Job</source>
        <translation>Job löschen</translation>
    </message>
    <message>
        <source>Deleted the job &quot;%1&quot;. Its archives in %2 are kept.</source>
        <extracomment>%1 a job&apos;s name, %2 the folder of its archives</extracomment>
        <translation>Der Job „%1“ wurde gelöscht. Seine Archive in %2 bleiben erhalten.</translation>
    </message>
    <message>
        <source>The last run of the job &quot;%1&quot; failed (%2): %3</source>
        <extracomment>%1 a job&apos;s name, %2 when the run started, %3 why it failed (one sentence)</extracomment>
        <translation>Die letzte Ausführung des Jobs „%1“ ist fehlgeschlagen (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>The last runs of %n jobs failed: %1. Select a job to see why.</source>
        <extracomment>%1 the jobs&apos; names</extracomment>
        <translation>
            <numerusform>Die letzte Ausführung von %n Job ist fehlgeschlagen: %1. Wählen Sie einen Job aus, um den Grund zu sehen.</numerusform>
            <numerusform>Die letzten Ausführungen von %n Jobs sind fehlgeschlagen: %1. Wählen Sie einen Job aus, um den Grund zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed job run</source>
        <translation>Fehlgeschlagene Ausführung eines Jobs</translation>
    </message>
    <message>
        <source>No saved jobs</source>
        <translation>Keine gespeicherten Jobs</translation>
    </message>
    <message>
        <source>The selected run</source>
        <translation>Die ausgewählte Ausführung</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <extracomment>%1 the archive&apos;s path</extracomment>
        <translation>Archiv: %1</translation>
    </message>
    <message>
        <source>Ne&amp;w Job…</source>
        <extracomment>The mnemonic must not clash with the main window&apos;s menus and toolbar</extracomment>
        <translation>&amp;Neuer Job…</translation>
    </message>
    <message>
        <source>Edit &amp;Job…</source>
        <extracomment>The mnemonic must not clash with the main window&apos;s menus and toolbar</extracomment>
        <translation>Job &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&lt;p&gt;No saved jobs yet. A job saves a backup to run again, by hand or on a schedule, with its retention rules. Create one with New Job…, or with colvault-cli, for example:&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;p&gt;Then schedule it with &lt;code&gt;colvault-cli job schedule nightly --daily&lt;/code&gt;. The jobs are kept in %2; they appear here as soon as they are saved.&lt;/p&gt;</source>
        <extracomment>%1 an example command line, %2 the folder of the saved jobs</extracomment>
        <translation>&lt;p&gt;Noch keine gespeicherten Jobs. Ein Job speichert eine Sicherung samt ihren Aufbewahrungsregeln, um sie erneut auszuführen, von Hand oder nach Zeitplan. Legen Sie einen mit „Neuer Job…“ oder mit colvault-cli an, zum Beispiel:&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;p&gt;Planen Sie ihn dann mit &lt;code&gt;colvault-cli job schedule nightly --daily&lt;/code&gt; ein. Die Jobs werden in %2 gespeichert; sie erscheinen hier, sobald sie gespeichert sind.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The secret of the job &quot;%1&quot; could not be read from the keychain: %2</source>
        <translation>Das Geheimnis des Jobs „%1“ konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; did not run: its passphrase or identity was not given.</source>
        <extracomment>%1 a job&apos;s name</extracomment>
        <translation>Der Job „%1“ wurde nicht ausgeführt: Seine Passphrase oder Identität wurde nicht angegeben.</translation>
    </message>
    <message>
        <source>The keychain keeps the secret of the job &quot;%1&quot; for its runs from the app.</source>
        <extracomment>%1 a job&apos;s name</extracomment>
        <translation>Der Schlüsselbund bewahrt das Geheimnis des Jobs „%1“ für seine Ausführungen aus der App auf.</translation>
    </message>
    <message>
        <source>The secret of the job &quot;%1&quot; could not be removed from the keychain: %2</source>
        <translation>Das Geheimnis des Jobs „%1“ konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>Saved the job &quot;%1&quot;. Its archives will be named like %2.</source>
        <extracomment>%1 a job&apos;s name, %2 the path of the archive its next run writes</extracomment>
        <translation>Der Job „%1“ wurde gespeichert. Seine Archive werden etwa so benannt: %2.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; runs %2.</source>
        <extracomment>%1 a job&apos;s name, %2 its schedule (&quot;daily at 02:00&quot;)</extracomment>
        <translation>Der Job „%1“ läuft %2.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is not scheduled.</source>
        <translation>Der Job „%1“ ist nicht geplant.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Saved jobs and their runs</source>
        <translation>Gespeicherte Jobs und ihre Ausführungen</translation>
    </message>
    <message>
        <source>Cancel Run</source>
        <translation>Ausführung abbrechen</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; encrypts this run&apos;s archive with the passphrase given in the app, not the one in its file %2.</source>
        <extracomment>%1 a job&apos;s name, %2 a file&apos;s path</extracomment>
        <translation>Der Job „%1“ verschlüsselt das Archiv dieser Ausführung mit der in der App eingegebenen Passphrase, nicht mit der aus seiner Datei %2.</translation>
    </message>
</context>
<context>
    <name>Colvault::MainWindow</name>
    <message>
        <source>Colvault</source>
        <translation>Colvault</translation>
    </message>
    <message>
        <source>Connect to a Weaviate server to back up, restore or clear its collections.</source>
        <translation>Verbinden Sie sich mit einem Weaviate-Server, um dessen Sammlungen zu sichern, wiederherzustellen oder zu leeren.</translation>
    </message>
    <message>
        <source>Filter collections</source>
        <translation>Sammlungen filtern</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>&amp;Edit Connection…</source>
        <translation>Verbindung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>C&amp;lear…</source>
        <translation>&amp;Leeren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Colvault</source>
        <translation>&amp;Über Colvault</translation>
    </message>
    <message>
        <source>About Colvault</source>
        <translation>Über Colvault</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Colvault %1&lt;/h3&gt;&lt;p&gt;Back up, restore and clear Weaviate collections.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <extracomment>%1 is the version number</extracomment>
        <translation>&lt;h3&gt;Colvault %1&lt;/h3&gt;&lt;p&gt;Weaviate-Sammlungen sichern, wiederherstellen und leeren.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Back up the selected collections to an archive</source>
        <translation>Die ausgewählten Sammlungen in ein Archiv sichern</translation>
    </message>
    <message>
        <source>Reload the collections from the server</source>
        <translation>Die Sammlungen neu vom Server laden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>C&amp;ollections</source>
        <translation>&amp;Sammlungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connecting to %1.</source>
        <translation>Verbindung zu %1 wird hergestellt.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>node health unknown</source>
        <translation>Knotenzustand unbekannt</translation>
    </message>
    <message>
        <source>none</source>
        <comment>modules</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>Connected to %1: Weaviate %2, %3. Modules: %4.</source>
        <extracomment>%1 server URL, %2 Weaviate version, %3 node health, %4 list of modules</extracomment>
        <translation>Verbunden mit %1: Weaviate %2, %3. Module: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s)</source>
        <translation>
            <numerusform>%Ln Sammlung</numerusform>
            <numerusform>%Ln Sammlungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Node health is not available: %1</source>
        <translation>Der Knotenzustand ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Open Archive</source>
        <translation>Archiv öffnen</translation>
    </message>
    <message>
        <source>Opened archive %1.</source>
        <translation>Archiv %1 geöffnet.</translation>
    </message>
    <message>
        <source>Shows only the collections whose name contains this text.</source>
        <translation>Zeigt nur die Sammlungen an, deren Name diesen Text enthält.</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>The collections of the connected server. Select one or more to back up or clear them; the context menu offers the same actions.</source>
        <translation>Die Sammlungen des verbundenen Servers. Wählen Sie eine oder mehrere aus, um sie zu sichern oder zu leeren; das Kontextmenü bietet dieselben Aktionen.</translation>
    </message>
    <message>
        <source>The extra headers of profile %1 were moved to the keychain.</source>
        <translation>Die zusätzlichen Header des Profils %1 wurden in den Schlüsselbund verschoben.</translation>
    </message>
    <message>
        <source>The extra headers of profile %1 could not be moved to the keychain: %2</source>
        <extracomment>%1 profile name, %2 the keychain&apos;s error message</extracomment>
        <translation>Die zusätzlichen Header des Profils %1 konnten nicht in den Schlüsselbund verschoben werden: %2</translation>
    </message>
    <message>
        <source>&amp;Find Collections</source>
        <translation>Sammlungen &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>S&amp;ichern…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemstandard</translation>
    </message>
    <message numerus="yes">
        <source>%Ln healthy node(s) of %1</source>
        <extracomment>%Ln healthy nodes, %1 all nodes</extracomment>
        <translation>
            <numerusform>%Ln von %1 Knoten fehlerfrei</numerusform>
            <numerusform>%Ln von %1 Knoten fehlerfrei</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the clear with the backup %1.</source>
        <translation>Das Leeren wird mit der Sicherung %1 rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Keychain Not Available</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>The API key and the extra headers cannot be stored in the system keychain (%1). Colvault uses them until it quits; enter them again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>Der API-Schlüssel und die zusätzlichen Header können nicht im System-Schlüsselbund gespeichert werden (%1). Colvault verwendet sie, bis es beendet wird; geben Sie sie nach dem nächsten Start erneut ein.</translation>
    </message>
    <message>
        <source>Connecting: %1 at %2…</source>
        <extracomment>%1 profile name, %2 server URL</extracomment>
        <translation>Verbindung wird hergestellt: %1 unter %2…</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>profile at URL</comment>
        <extracomment>%1 connection profile name, %2 server URL</extracomment>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>Connected: %1 at %2</source>
        <extracomment>%1 connection profile name, %2 server URL</extracomment>
        <translation>Verbunden: %1 unter %2</translation>
    </message>
    <message>
        <source>Clear Collections on %1</source>
        <extracomment>%1 &quot;profile at URL&quot;, the server the wizard clears</extracomment>
        <translation>Sammlungen auf %1 leeren</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a Colvault archive. %2</source>
        <extracomment>%1 file name, %2 why it cannot be read (one sentence)</extracomment>
        <translation>%1 kann nicht als Colvault-Archiv geöffnet werden. %2</translation>
    </message>
    <message>
        <source>Restore %1 to %2</source>
        <extracomment>%1 the archive&apos;s file name, %2 &quot;profile at URL&quot;, the server it is restored to</extracomment>
        <translation>%1 auf %2 wiederherstellen</translation>
    </message>
    <message>
        <source>Cancel Connecting</source>
        <translation>Verbinden abbrechen</translation>
    </message>
    <message>
        <source>Connecting was canceled.</source>
        <translation>Das Verbinden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Connecting to %1… %2 Attempt %3 of %4 in %5.</source>
        <extracomment>%1 server URL, %2 why the last attempt failed (one sentence), %3 and %4 attempt numbers, %5 a duration such as &quot;2 s&quot;</extracomment>
        <translation>Verbindung zu %1… %2 Versuch %3 von %4 in %5.</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Verbi&amp;nden</translation>
    </message>
    <message>
        <source>Ne&amp;w Connection…</source>
        <translation>Neue &amp;Verbindung…</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Open &amp;Archive…</source>
        <translation>Archiv ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>The new language is used when Colvault starts again. Restart it now?</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Colvault. Jetzt neu starten?</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Jetzt neu starten</translation>
    </message>
    <message>
        <source>The API key cannot be stored in the system keychain (%1). Colvault uses it until it quits; enter it again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>Der API-Schlüssel kann nicht im System-Schlüsselbund gespeichert werden (%1). Colvault verwendet ihn, bis es beendet wird; geben Sie ihn nach dem nächsten Start erneut ein.</translation>
    </message>
    <message>
        <source>The extra headers cannot be stored in the system keychain (%1). Colvault uses them until it quits; enter them again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>Die zusätzlichen Header können nicht im System-Schlüsselbund gespeichert werden (%1). Colvault verwendet sie, bis es beendet wird; geben Sie sie nach dem nächsten Start erneut ein.</translation>
    </message>
    <message>
        <source>&amp;Delete Connection…</source>
        <translation>Verbindung &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the connection profile %1? Its API key and extra headers are removed from the keychain too.</source>
        <extracomment>%1 profile name</extracomment>
        <translation>Das Verbindungsprofil %1 löschen? Sein API-Schlüssel und seine zusätzlichen Header werden auch aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Delete Connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Deleted the connection profile %1.</source>
        <extracomment>%1 profile name</extracomment>
        <translation>Verbindungsprofil %1 gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Could not store the secrets of this connection in the keychain: %1</source>
        <translation>Die Geheimnisse dieser Verbindung konnten nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not read the secrets of this connection from the keychain: %1</source>
        <translation>Die Geheimnisse dieser Verbindung konnten nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>Delete the connection profile %1? Its API key, extra headers and proxy password are removed from the keychain too.</source>
        <extracomment>%1 profile name</extracomment>
        <translation>Das Verbindungsprofil %1 löschen? Sein API-Schlüssel, seine zusätzlichen Header und sein Proxy-Passwort werden auch aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>The proxy password cannot be stored in the system keychain (%1). Colvault uses it until it quits; enter it again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>Das Proxy-Passwort kann nicht im System-Schlüsselbund gespeichert werden (%1). Colvault verwendet es, bis es beendet wird; geben Sie es nach dem nächsten Start erneut ein.</translation>
    </message>
    <message>
        <source>The API key and the proxy password cannot be stored in the system keychain (%1). Colvault uses them until it quits; enter them again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>Der API-Schlüssel und das Proxy-Passwort können nicht im System-Schlüsselbund gespeichert werden (%1). Colvault verwendet sie, bis es beendet wird; geben Sie sie nach dem nächsten Start erneut ein.</translation>
    </message>
    <message>
        <source>The extra headers and the proxy password cannot be stored in the system keychain (%1). Colvault uses them until it quits; enter them again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>Die zusätzlichen Header und das Proxy-Passwort können nicht im System-Schlüsselbund gespeichert werden (%1). Colvault verwendet sie, bis es beendet wird; geben Sie sie nach dem nächsten Start erneut ein.</translation>
    </message>
    <message>
        <source>The API key, the extra headers and the proxy password cannot be stored in the system keychain (%1). Colvault uses them until it quits; enter them again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>Der API-Schlüssel, die zusätzlichen Header und das Proxy-Passwort können nicht im System-Schlüsselbund gespeichert werden (%1). Colvault verwendet sie, bis es beendet wird; geben Sie sie nach dem nächsten Start erneut ein.</translation>
    </message>
    <message>
        <source>Connecting to %1 through the proxy %2.</source>
        <extracomment>%1 the server&apos;s URL, %2 the proxy&apos;s address</extracomment>
        <translation>Verbindung zu %1 über den Proxy %2 wird hergestellt.</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobs</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Ansich&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy to Server…</source>
        <translation>Auf Server &amp;kopieren…</translation>
    </message>
    <message>
        <source>Copy the selected collections to the server of another connection</source>
        <translation>Die ausgewählten Sammlungen auf den Server einer anderen Verbindung kopieren</translation>
    </message>
    <message>
        <source>Copy Collections from %1</source>
        <extracomment>%1 &quot;profile at URL&quot;, the server the collections are copied from</extracomment>
        <translation>Sammlungen von %1 kopieren</translation>
    </message>
    <message>
        <source>Open from S&amp;3…</source>
        <translation>Aus S&amp;3 öffnen…</translation>
    </message>
    <message>
        <source>Open an archive from the S3 bucket of a storage profile</source>
        <translation>Ein Archiv aus dem S3-Bucket eines Speicherprofils öffnen</translation>
    </message>
    <message>
        <source>S&amp;torage Profiles…</source>
        <translation>S&amp;peicherprofile…</translation>
    </message>
    <message>
        <source>Save as &amp;Job…</source>
        <translation>Als &amp;Job speichern…</translation>
    </message>
    <message>
        <source>Save a backup of the selected collections as a job, to run again or on a schedule</source>
        <translation>Eine Sicherung der ausgewählten Sammlungen als Job speichern, um sie erneut oder nach Zeitplan auszuführen</translation>
    </message>
    <message>
        <source>Not available while a backup is running. Its progress is in the Jobs dock.</source>
        <translation>Nicht verfügbar, während eine Sicherung läuft. Ihr Fortschritt steht im Jobs-Dock.</translation>
    </message>
    <message>
        <source>Not available while another operation is running.</source>
        <translation>Nicht verfügbar, während ein anderer Vorgang läuft.</translation>
    </message>
    <message>
        <source>Quit Colvault</source>
        <translation>Colvault beenden</translation>
    </message>
    <message>
        <source>A backup is still running in the background. Cancel it and quit Colvault? Choose No to keep it running.</source>
        <translation>Im Hintergrund läuft noch eine Sicherung. Sie abbrechen und Colvault beenden? Wählen Sie „Nein“, damit sie weiterläuft.</translation>
    </message>
    <message>
        <source>Canceling the backup, then quitting…</source>
        <translation>Die Sicherung wird abgebrochen, dann wird Colvault beendet…</translation>
    </message>
    <message>
        <source>Cancel and &amp;Quit</source>
        <translation>Abbrechen und &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Aliases…</source>
        <translation>&amp;Aliasse…</translation>
    </message>
    <message>
        <source>List, add, change and delete the server&apos;s collection aliases (Weaviate 1.32+)</source>
        <translation>Die Sammlungs-Aliasse des Servers auflisten, hinzufügen, ändern und löschen (Weaviate 1.32+)</translation>
    </message>
    <message>
        <source>Colvault archives (*.tar.zst *.tar.gz *.tar.xz *.tar *.age);;All files (*)</source>
        <translation>Colvault-Archive (*.tar.zst *.tar.gz *.tar.xz *.tar *.age);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Colvault::OperationWizardBase</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
</context>
<context>
    <name>Colvault::RestoreArchivePage</name>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>What the archive holds. Verify reads all of it and checks every checksum.</source>
        <translation>Inhalt des Archivs. „Prüfen“ liest das gesamte Archiv und kontrolliert jede Prüfsumme.</translation>
    </message>
    <message>
        <source>Collection or tenant</source>
        <translation>Sammlung oder Mandant</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Select a collection to see its schema.</source>
        <translation>Wählen Sie eine Sammlung aus, um ihr Schema anzuzeigen.</translation>
    </message>
    <message>
        <source>Verification canceled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <extracomment>%1 a file path</extracomment>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s) in this archive.</source>
        <translation>
            <numerusform>%Ln Sammlung in diesem Archiv.</numerusform>
            <numerusform>%Ln Sammlungen in diesem Archiv.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s) in this archive. Connect to a server to restore it.</source>
        <translation>
            <numerusform>%Ln Sammlung in diesem Archiv. Verbinden Sie sich mit einem Server, um das Archiv wiederherzustellen.</numerusform>
            <numerusform>%Ln Sammlungen in diesem Archiv. Verbinden Sie sich mit einem Server, um das Archiv wiederherzustellen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s)</source>
        <translation>
            <numerusform>%Ln Mandant</numerusform>
            <numerusform>%Ln Mandanten</numerusform>
        </translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>The archive is intact: %Ln object(s), every checksum matches.</source>
        <translation>
            <numerusform>Das Archiv ist unbeschädigt: %Ln Objekt, alle Prüfsummen stimmen.</numerusform>
            <numerusform>Das Archiv ist unbeschädigt: %Ln Objekte, alle Prüfsummen stimmen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive is incomplete: it has no valid trailer.</source>
        <translation>Das Archiv ist unvollständig: Es hat keinen gültigen Abschlusseintrag.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Collections and tenants in the archive</source>
        <translation>Sammlungen und Mandanten im Archiv</translation>
    </message>
    <message>
        <source>Schema of the selected collection</source>
        <translation>Schema der ausgewählten Sammlung</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <source>Created %1 from %2 (Weaviate %3) by Colvault %4. Size: %5.</source>
        <extracomment>%1 date and time, %2 source URL, %3 Weaviate version, %4 Colvault version, %5 file size</extracomment>
        <translation>Erstellt am %1 aus %2 (Weaviate %3) mit Colvault %4. Größe: %5.</translation>
    </message>
    <message>
        <source>Press &quot;Verify&quot; to count the objects.</source>
        <translation>Klicken Sie auf „Prüfen“, um die Objekte zu zählen.</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>object count</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The archive is incomplete, so its object counts are unknown.</source>
        <translation>Das Archiv ist unvollständig, daher sind seine Objektzahlen unbekannt.</translation>
    </message>
</context>
<context>
    <name>Colvault::RestoreDiffPage</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>What the restore will do. Blocking problems are listed first and must be solved before restoring.</source>
        <translation>Was die Wiederherstellung bewirkt. Blockierende Probleme stehen oben und müssen vor der Wiederherstellung behoben werden.</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Comparing the archive with the server…</source>
        <translation>Archiv wird mit dem Server verglichen…</translation>
    </message>
    <message>
        <source>%1 to create, %2 to overwrite, %3 to skip, %4 unchanged</source>
        <extracomment>object counts of a restore: %1 to create, %2 to overwrite, %3 to skip, %4 unchanged</extracomment>
        <translation>%1 neu, %2 zu überschreiben, %3 zu überspringen, %4 unverändert</translation>
    </message>
    <message>
        <source>Blocking problems</source>
        <translation>Blockierende Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) must be solved first</source>
        <translation>
            <numerusform>%Ln Problem muss zuerst behoben werden</numerusform>
            <numerusform>%Ln Probleme müssen zuerst behoben werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Replace: drop and create again</source>
        <translation>Ersetzen: entfernen und neu anlegen</translation>
    </message>
    <message>
        <source>Use the existing collection</source>
        <translation>Vorhandene Sammlung verwenden</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>%1 the name in the archive, %2 the name on the server</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Property %1 is %2 in the archive but %3 on the server: its values cannot be written. Restore under another name or in replace mode.</source>
        <extracomment>%1 property, %2 its type in the archive, %3 its type on the server</extracomment>
        <translation>Die Eigenschaft %1 hat im Archiv den Typ %2, auf dem Server aber %3: Ihre Werte können nicht geschrieben werden. Stellen Sie unter einem anderen Namen oder im Modus „Ersetzen“ wieder her.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Property %1 is only in the archive and is added.</source>
        <translation>Die Eigenschaft %1 gibt es nur im Archiv; sie wird hinzugefügt.</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Module %1 is not enabled on the server.</source>
        <translation>Das Modul %1 ist auf dem Server nicht aktiviert.</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <source>Replication factor %1 (archived: %2).</source>
        <extracomment>%1 the new replication factor, %2 the archived one</extracomment>
        <translation>Replikationsfaktor %1 (im Archiv: %2).</translation>
    </message>
    <message>
        <source>Tenant is created.</source>
        <translation>Mandant wird angelegt.</translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <extracomment>%1 a tenant name</extracomment>
        <translation>Mandant %1</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln Warnung</numerusform>
            <numerusform>%Ln Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>What the restore will do</source>
        <translation>Was die Wiederherstellung bewirkt</translation>
    </message>
    <message>
        <source>Only on server</source>
        <translation>Nur auf dem Server</translation>
    </message>
    <message>
        <source>Property %1 is only on the server. It is kept; the restored objects have no value for it.</source>
        <translation>Die Eigenschaft %1 gibt es nur auf dem Server. Sie bleibt erhalten; die wiederhergestellten Objekte haben keinen Wert dafür.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) in the archive. Collections: %1; objects to write: %2. The restore is blocked.</source>
        <translation>
            <numerusform>%Ln Objekt im Archiv. Sammlungen: %1; zu schreibende Objekte: %2. Die Wiederherstellung ist blockiert.</numerusform>
            <numerusform>%Ln Objekte im Archiv. Sammlungen: %1; zu schreibende Objekte: %2. Die Wiederherstellung ist blockiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) in the archive. Collections: %1; objects to write: %2.</source>
        <translation>
            <numerusform>%Ln Objekt im Archiv. Sammlungen: %1; zu schreibende Objekte: %2.</numerusform>
            <numerusform>%Ln Objekte im Archiv. Sammlungen: %1; zu schreibende Objekte: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>To skip: objects already on the server that merge keeps as they are. Unchanged: objects equal on the server and in the archive, which overwrite does not write again.</source>
        <translation>Zu überspringen: Objekte, die schon auf dem Server sind und beim Zusammenführen unverändert bleiben. Unverändert: Objekte, die auf dem Server und im Archiv gleich sind und beim Überschreiben nicht erneut geschrieben werden.</translation>
    </message>
    <message>
        <source>Restore Under Another &amp;Name…</source>
        <translation>Unter anderem &amp;Namen wiederherstellen…</translation>
    </message>
    <message>
        <source>Choose Another &amp;Mode…</source>
        <translation>Anderen &amp;Modus wählen…</translation>
    </message>
    <message>
        <source>Tenant is created and then made %1.</source>
        <extracomment>%1 a tenant status in words, e.g. &quot;inactive&quot;</extracomment>
        <translation>Der Mandant wird angelegt und dann %1 gesetzt.</translation>
    </message>
    <message>
        <source>Tenant already exists and is %1: it is made active for loading, then put back.</source>
        <extracomment>%1 a tenant status in words, e.g. &quot;inactive&quot;</extracomment>
        <translation>Der Mandant existiert bereits und ist %1: Er wird zum Laden aktiviert und danach zurückgesetzt.</translation>
    </message>
    <message>
        <source>Tenant already exists and is %1.</source>
        <extracomment>%1 a tenant status in words, e.g. &quot;active&quot;</extracomment>
        <translation>Der Mandant existiert bereits und ist %1.</translation>
    </message>
    <message>
        <source>What the copy will do. Blocking problems are listed first and must be solved before copying.</source>
        <translation>Was der Kopiervorgang bewirkt. Blockierende Probleme stehen oben und müssen vor dem Kopieren behoben werden.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>To skip: objects already on the target that merge keeps as they are. Unchanged: objects equal on the source and the target, which overwrite does not write again.</source>
        <translation>Zu überspringen: Objekte, die schon im Ziel sind und beim Zusammenführen unverändert bleiben. Unverändert: Objekte, die in Quelle und Ziel gleich sind und beim Überschreiben nicht erneut geschrieben werden.</translation>
    </message>
    <message>
        <source>What the copy will do</source>
        <translation>Was der Kopiervorgang bewirkt</translation>
    </message>
    <message>
        <source>Copy Under Another &amp;Name…</source>
        <translation>Unter anderem &amp;Namen kopieren…</translation>
    </message>
    <message>
        <source>Property %1 is %2 on the source but %3 on the target: its values cannot be written. Copy under another name or in replace mode.</source>
        <translation>Die Eigenschaft %1 hat in der Quelle den Typ %2, im Ziel aber %3: Ihre Werte können nicht geschrieben werden. Kopieren Sie unter einem anderen Namen oder im Modus „Ersetzen“.</translation>
    </message>
    <message>
        <source>Property %1 is only on the source and is added to the target.</source>
        <translation>Die Eigenschaft %1 gibt es nur in der Quelle; sie wird im Ziel hinzugefügt.</translation>
    </message>
    <message>
        <source>Only on target</source>
        <translation>Nur im Ziel</translation>
    </message>
    <message>
        <source>Property %1 is only on the target. It is kept; the copied objects have no value for it.</source>
        <translation>Die Eigenschaft %1 gibt es nur im Ziel. Sie bleibt erhalten; die kopierten Objekte haben keinen Wert dafür.</translation>
    </message>
    <message>
        <source>Module %1 is not enabled on the target server.</source>
        <translation>Das Modul %1 ist auf dem Zielserver nicht aktiviert.</translation>
    </message>
    <message>
        <source>Replication factor %1 (on the source: %2).</source>
        <translation>Replikationsfaktor %1 (in der Quelle: %2).</translation>
    </message>
    <message>
        <source>Comparing the source with the target server…</source>
        <translation>Quelle wird mit dem Zielserver verglichen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) on the source. Collections: %1; objects to write: %2. The copy is blocked.</source>
        <translation>
            <numerusform>%Ln Objekt in der Quelle. Sammlungen: %1; zu schreibende Objekte: %2. Der Kopiervorgang ist blockiert.</numerusform>
            <numerusform>%Ln Objekte in der Quelle. Sammlungen: %1; zu schreibende Objekte: %2. Der Kopiervorgang ist blockiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) on the source. Collections: %1; objects to write: %2.</source>
        <translation>
            <numerusform>%Ln Objekt in der Quelle. Sammlungen: %1; zu schreibende Objekte: %2.</numerusform>
            <numerusform>%Ln Objekte in der Quelle. Sammlungen: %1; zu schreibende Objekte: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alias %1 is created, pointing at %2 once its object counts are verified.</source>
        <translation>Alias %1 wird angelegt und verweist auf %2, sobald die Objektzahlen geprüft sind.</translation>
    </message>
    <message>
        <source>Alias %1 is created, pointing at %2.</source>
        <translation>Alias %1 wird angelegt und verweist auf %2.</translation>
    </message>
    <message>
        <source>Alias %1 already points at %2.</source>
        <translation>Alias %1 verweist bereits auf %2.</translation>
    </message>
    <message>
        <source>Alias %1 is switched from %3 to %2 once its object counts are verified. %3 is kept, so the alias can be switched back.</source>
        <translation>Alias %1 wird von %3 auf %2 umgestellt, sobald die Objektzahlen geprüft sind. %3 bleibt erhalten, sodass der Alias zurückgestellt werden kann.</translation>
    </message>
    <message>
        <source>Alias %1 is moved from %3 to %2.</source>
        <extracomment>%1 alias, %2 the restored collection, %3 the collection it points at now</extracomment>
        <translation>Alias %1 wird von %3 auf %2 umgestellt.</translation>
    </message>
    <message>
        <source>Alias %1 points at %3 on the server, so it cannot point at %2.</source>
        <extracomment>%1 alias, %2 the restored collection, %3 the collection it points at now</extracomment>
        <translation>Alias %1 verweist auf dem Server auf %3 und kann daher nicht auf %2 verweisen.</translation>
    </message>
    <message>
        <source>Alias %1</source>
        <extracomment>%1 an alias name</extracomment>
        <translation>Alias %1</translation>
    </message>
    <message>
        <source>Vectors</source>
        <translation>Vektoren</translation>
    </message>
    <message>
        <source>None: the objects are written without them.</source>
        <translation>Keine: Die Objekte werden ohne sie geschrieben.</translation>
    </message>
    <message>
        <source>Vector %1</source>
        <extracomment>%1 the name of a named vector</extracomment>
        <translation>Vektor %1</translation>
    </message>
    <message>
        <source>None: the objects are written without it.</source>
        <translation>Keiner: Die Objekte werden ohne ihn geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>The target&apos;s %1 will embed %n object(s).</source>
        <extracomment>%1 a vectorizer module of the target (text2vec-openai), %n objects</extracomment>
        <translation>
            <numerusform>Das Modul %1 des Ziels wird %n Objekt einbetten.</numerusform>
            <numerusform>Das Modul %1 des Ziels wird %n Objekte einbetten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::RestoreOptionsPage</name>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>How and what to restore. Preview shows what would change; nothing is written before Restore.</source>
        <translation>Wie und was wiederhergestellt wird. Die Vorschau zeigt, was sich ändern würde; vor „Wiederherstellen“ wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>New: the collections must not exist</source>
        <translation>Neu: Die Sammlungen dürfen nicht existieren</translation>
    </message>
    <message>
        <source>Merge: add missing objects and properties</source>
        <translation>Zusammenführen: fehlende Objekte und Eigenschaften hinzufügen</translation>
    </message>
    <message>
        <source>Overwrite: like merge, archived objects replace existing ones</source>
        <translation>Überschreiben: wie Zusammenführen, archivierte Objekte ersetzen vorhandene</translation>
    </message>
    <message>
        <source>Replace: drop the collections first</source>
        <translation>Ersetzen: Sammlungen zuerst entfernen</translation>
    </message>
    <message>
        <source>Collection or tenant</source>
        <translation>Sammlung oder Mandant</translation>
    </message>
    <message>
        <source>Restore as</source>
        <translation>Wiederherstellen als</translation>
    </message>
    <message>
        <source>As archived</source>
        <translation>Wie archiviert</translation>
    </message>
    <message>
        <source>Nothing existing is touched; a collection that already exists blocks the restore.</source>
        <translation>Vorhandenes bleibt unberührt; eine bereits existierende Sammlung blockiert die Wiederherstellung.</translation>
    </message>
    <message>
        <source>Existing objects are kept; missing objects and properties are added.</source>
        <translation>Vorhandene Objekte bleiben erhalten; fehlende Objekte und Eigenschaften werden hinzugefügt.</translation>
    </message>
    <message>
        <source>Objects with the same id are replaced by the archived ones.</source>
        <translation>Objekte mit derselben ID werden durch die archivierten ersetzt.</translation>
    </message>
    <message>
        <source>Existing collections are deleted first. You will type their names to confirm.</source>
        <translation>Vorhandene Sammlungen werden zuerst gelöscht. Sie geben zur Bestätigung ihre Namen ein.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Collections to restore and their target names</source>
        <translation>Wiederherzustellende Sammlungen und ihre Zielnamen</translation>
    </message>
    <message>
        <source>&amp;Schema only (no objects)</source>
        <translation>Nur &amp;Schema (keine Objekte)</translation>
    </message>
    <message>
        <source>Set every &amp;vectorizer to &quot;none&quot; (objects keep their vectors)</source>
        <translation>Alle Ve&amp;ktorisierer auf „none“ setzen (Objekte behalten ihre Vektoren)</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>&amp;Replication factor:</source>
        <translation>&amp;Replikationsfaktor:</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Umbe&amp;nennen…</translation>
    </message>
    <message>
        <source>Restore the selected collection under another name (F2)</source>
        <translation>Die ausgewählte Sammlung unter einem anderen Namen wiederherstellen (F2)</translation>
    </message>
    <message>
        <source>To restore a collection under another name, select it and press F2 or Rename, then type the name in &quot;Restore as&quot;.</source>
        <translation>Um eine Sammlung unter einem anderen Namen wiederherzustellen, wählen Sie sie aus, drücken F2 oder „Umbenennen“ und geben den Namen unter „Wiederherstellen als“ ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not selected for the restore, so it cannot be renamed. Tick it first.</source>
        <translation>„%1“ ist nicht zur Wiederherstellung ausgewählt und kann daher nicht umbenannt werden. Setzen Sie zuerst das Häkchen.</translation>
    </message>
    <message>
        <source>Vectors:</source>
        <translation>Vektoren:</translation>
    </message>
    <message>
        <source>Restore &amp;beside the current collection, as a new collection</source>
        <translation>Ne&amp;ben der aktuellen Sammlung als neue Sammlung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Then switch this alias to it:</source>
        <translation>&amp;Danach diesen Alias darauf umstellen:</translation>
    </message>
    <message>
        <source>Alias to switch to the new collection</source>
        <translation>Alias, der auf die neue Sammlung umgestellt wird</translation>
    </message>
    <message>
        <source>Aliases of the current collection</source>
        <translation>Aliasse der aktuellen Sammlung</translation>
    </message>
    <message>
        <source>Tick only one collection that exists on the server to restore it beside the current one.</source>
        <translation>Setzen Sie das Häkchen nur bei einer Sammlung, die auf dem Server existiert, um sie neben der aktuellen wiederherzustellen.</translation>
    </message>
    <message>
        <source>%1 stays as it is. The archive is restored into %1_yyyyMMddHHmmss (UTC), or the name typed in &quot;Restore as&quot;; once the new collection&apos;s object counts are verified, the alias is switched to it in one request.</source>
        <extracomment>%1 a collection on the server; the new one is named %1_ followed by the UTC date and time</extracomment>
        <translation>%1 bleibt unverändert. Das Archiv wird als %1_yyyyMMddHHmmss (UTC) wiederhergestellt oder unter dem Namen, der unter „Wiederherstellen als“ eingegeben ist; sobald die Objektzahlen der neuen Sammlung geprüft sind, wird der Alias in einer einzigen Anfrage auf sie umgestellt.</translation>
    </message>
    <message>
        <source>%1 stays as it is. The archive is restored into %1_yyyyMMddHHmmss (UTC), or the name typed in &quot;Restore as&quot;.</source>
        <extracomment>%1 a collection on the server; the new one is named %1_ followed by the UTC date and time</extracomment>
        <translation>%1 bleibt unverändert. Das Archiv wird als %1_yyyyMMddHHmmss (UTC) wiederhergestellt oder unter dem Namen, der unter „Wiederherstellen als“ eingegeben ist.</translation>
    </message>
    <message>
        <source>A new collection is created beside the existing one, which is not touched.</source>
        <translation>Neben der vorhandenen Sammlung wird eine neue angelegt; die vorhandene bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>Colvault::RestoreWizard</name>
    <message>
        <source>Replace mode drops the existing collections before restoring.</source>
        <translation>Der Modus „Ersetzen“ entfernt die vorhandenen Sammlungen vor der Wiederherstellung.</translation>
    </message>
    <message>
        <source>Restore from %1 complete.</source>
        <extracomment>%1 archive file</extracomment>
        <translation>Wiederherstellung aus %1 abgeschlossen.</translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation>Wiederherstellung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Restore canceled.</source>
        <translation>Wiederherstellung abgebrochen.</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <extracomment>%1 the archive&apos;s file name</extracomment>
        <translation>Archiv %1</translation>
    </message>
    <message>
        <source>The restore finished, but not everything was restored.</source>
        <translation>Die Wiederherstellung ist beendet, es wurde aber nicht alles wiederhergestellt.</translation>
    </message>
    <message>
        <source>The restore is complete.</source>
        <translation>Die Wiederherstellung ist abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) written.</source>
        <translation>
            <numerusform>%Ln Objekt geschrieben.</numerusform>
            <numerusform>%Ln Objekte geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference(s) added.</source>
        <translation>
            <numerusform>%Ln Referenz hinzugefügt.</numerusform>
            <numerusform>%Ln Referenzen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>count</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more failure(s).</source>
        <translation>
            <numerusform>…und %Ln weiterer Fehler.</numerusform>
            <numerusform>…und %Ln weitere Fehler.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Cancel the restore? What was written so far stays on the server.</source>
        <translation>Die Wiederherstellung abbrechen? Bereits Geschriebenes bleibt auf dem Server.</translation>
    </message>
    <message>
        <source>The restore failed.</source>
        <translation>Die Wiederherstellung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The restore was canceled.</source>
        <translation>Die Wiederherstellung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Sammlungen werden wiederhergestellt</translation>
    </message>
    <message>
        <source>Cancel stops the restore. What was written until then stays on the server.</source>
        <translation>„Abbrechen“ hält die Wiederherstellung an. Bis dahin Geschriebenes bleibt auf dem Server.</translation>
    </message>
    <message>
        <source>Starting the restore…</source>
        <translation>Wiederherstellung wird gestartet…</translation>
    </message>
    <message>
        <source>What the restore did.</source>
        <translation>Was die Wiederherstellung bewirkt hat.</translation>
    </message>
    <message>
        <source>No objects had been written when the restore stopped.</source>
        <translation>Bis zum Abbruch der Wiederherstellung wurden keine Objekte geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) had been written when the restore stopped.</source>
        <translation>
            <numerusform>Bis zum Abbruch der Wiederherstellung wurde %Ln Objekt geschrieben.</numerusform>
            <numerusform>Bis zum Abbruch der Wiederherstellung wurden %Ln Objekte geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace mode may already have dropped %1.</source>
        <extracomment>%1 a list of collections</extracomment>
        <translation>Der Modus „Ersetzen“ hat %1 möglicherweise bereits entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Replace mode first deletes %Ln collection(s) on the server with all their objects: %1. They are then restored from the archive.</source>
        <extracomment>%1 a list of collection names</extracomment>
        <translation>
            <numerusform>Der Modus „Ersetzen“ löscht zuerst %Ln Sammlung samt allen Objekten auf dem Server: %1. Sie wird anschließend aus dem Archiv wiederhergestellt.</numerusform>
            <numerusform>Der Modus „Ersetzen“ löscht zuerst %Ln Sammlungen samt allen Objekten auf dem Server: %1. Sie werden anschließend aus dem Archiv wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The restore from %1 started.</source>
        <extracomment>%1 archive file</extracomment>
        <translation>Wiederherstellung aus %1 gestartet.</translation>
    </message>
    <message>
        <source>%1: objects on the server: %2, expected: %3.</source>
        <extracomment>%1 collection (and tenant), %2 objects counted on the server afterwards, %3 objects expected; both may be &quot;unknown&quot;</extracomment>
        <translation>%1: Objekte auf dem Server: %2, erwartet: %3.</translation>
    </message>
    <message>
        <source>Object %2 of %1: %3</source>
        <translation>Objekt %2 in %1: %3</translation>
    </message>
    <message>
        <source>Object %3 of %1, tenant %2: %4</source>
        <translation>Objekt %3 in %1, Mandant %2: %4</translation>
    </message>
    <message>
        <source>Collections and tenants created so far stay on the server. Restore again in overwrite mode to complete the restore.</source>
        <translation>Bereits angelegte Sammlungen und Mandanten bleiben auf dem Server. Führen Sie die Wiederherstellung erneut im Modus „Überschreiben“ aus, um sie abzuschließen.</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2.</source>
        <translation>Alias %1 verweist jetzt auf %2.</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2 (it pointed at %3, which is kept). To switch back: %4</source>
        <extracomment>%1 alias, %2 the collection it points at now, %3 the one it pointed at before, %4 a command line</extracomment>
        <translation>Alias %1 verweist jetzt auf %2 (vorher auf %3, die erhalten bleibt). Zurückstellen mit: %4</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2. To undo: %3</source>
        <extracomment>%1 alias, %2 collection, %3 a command line</extracomment>
        <translation>Alias %1 verweist jetzt auf %2. Rückgängig machen mit: %3</translation>
    </message>
</context>
<context>
    <name>Colvault::StorageArchiveDialog</name>
    <message>
        <source>Open Archive from S3</source>
        <translation>Archiv aus S3 öffnen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Archives in the bucket</source>
        <translation>Archive im Bucket</translation>
    </message>
    <message>
        <source>Pick an archive above or type its name under the prefix</source>
        <translation>Wählen Sie oben ein Archiv aus oder geben Sie seinen Namen unter dem Präfix ein</translation>
    </message>
    <message>
        <source>Archive name</source>
        <translation>Archivname</translation>
    </message>
    <message>
        <source>Storage &amp;profile:</source>
        <translation>Speicher&amp;profil:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>No storage profile yet: add one under Storage Profiles…</source>
        <translation>Noch kein Speicherprofil: Legen Sie eines an unter Speicherprofile…</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>Wird aufgelistet…</translation>
    </message>
    <message>
        <source>No archives under this prefix.</source>
        <translation>Keine Archive unter diesem Präfix.</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln archive(s); type the name of another.</source>
        <translation>
            <numerusform>Nur das erste Archiv (%Ln) wird angezeigt; geben Sie den Namen eines anderen ein.</numerusform>
            <numerusform>Nur die ersten %Ln Archive werden angezeigt; geben Sie den Namen eines anderen ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln archive(s).</source>
        <translation>
            <numerusform>%Ln Archiv.</numerusform>
            <numerusform>%Ln Archive.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::StorageProfileDialog</name>
    <message>
        <source>Storage Profiles</source>
        <translation>Speicherprofile</translation>
    </message>
    <message>
        <source>Storage profiles</source>
        <translation>Speicherprofile</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Empty for Amazon S3; e.g. http://127.0.0.1:9000</source>
        <translation>Leer für Amazon S3; z. B. http://127.0.0.1:9000</translation>
    </message>
    <message>
        <source>Optional, e.g. weaviate/nightly</source>
        <translation>Optional, z. B. weaviate/nightly</translation>
    </message>
    <message>
        <source>Automatic (path style for an IP address or localhost)</source>
        <translation>Automatisch (Pfad-Stil für eine IP-Adresse oder localhost)</translation>
    </message>
    <message>
        <source>Path style: ENDPOINT/BUCKET/KEY</source>
        <translation>Pfad-Stil: ENDPOINT/BUCKET/KEY</translation>
    </message>
    <message>
        <source>Virtual-hosted: BUCKET.ENDPOINT/KEY</source>
        <translation>Virtual-Hosted-Stil: BUCKET.ENDPOINT/KEY</translation>
    </message>
    <message>
        <source>Empty: keys from the environment or ~/.aws</source>
        <translation>Leer: Schlüssel aus der Umgebung oder ~/.aws</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings file.</source>
        <translation>Wird im System-Schlüsselbund gespeichert, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>&amp;Endpunkt-URL:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>&amp;Bucket:</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>&amp;Präfix:</translation>
    </message>
    <message>
        <source>&amp;Addressing:</source>
        <translation>&amp;Adressierung:</translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation>Zugriffsschlüssel-&amp;ID:</translation>
    </message>
    <message>
        <source>Se&amp;cret access key:</source>
        <translation>&amp;Geheimer Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Archives go to:</source>
        <translation>Archive werden gespeichert in:</translation>
    </message>
    <message>
        <source>The secret key could not be read from the keychain: %1</source>
        <translation>Der geheime Schlüssel konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Geben Sie einen Namen für das Profil ein.</translation>
    </message>
    <message>
        <source>Enter the bucket&apos;s name: 3 to 63 lowercase letters, digits, dots and hyphens.</source>
        <translation>Geben Sie den Namen des Buckets ein: 3 bis 63 Kleinbuchstaben, Ziffern, Punkte und Bindestriche.</translation>
    </message>
    <message>
        <source>The endpoint must be an http:// or https:// URL, or empty for Amazon S3.</source>
        <translation>Der Endpunkt muss eine http://- oder https://-URL sein oder für Amazon S3 leer bleiben.</translation>
    </message>
    <message>
        <source>Enter both the access key ID and the secret access key, or neither.</source>
        <translation>Geben Sie sowohl die Zugriffsschlüssel-ID als auch den geheimen Zugriffsschlüssel an oder keines von beiden.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>The secret key could not be stored in the keychain: %1. It is kept until Colvault quits.</source>
        <translation>Der geheime Schlüssel konnte nicht im Schlüsselbund gespeichert werden: %1. Er wird aufbewahrt, bis Colvault beendet wird.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>The test failed.</source>
        <translation>Der Test ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Connected: the bucket is there and the keys are accepted.</source>
        <translation>Verbunden: Der Bucket existiert und die Schlüssel werden akzeptiert.</translation>
    </message>
    <message>
        <source>e.g. eu-central-1; empty: the environment&apos;s region</source>
        <translation>z. B. eu-central-1; leer: die Region aus der Umgebung</translation>
    </message>
</context>
<context>
    <name>Colvault::TenantFilter</name>
    <message>
        <source>Filter tenants</source>
        <translation>Mandanten filtern</translation>
    </message>
    <message>
        <source>Shows only the tenants and collections whose name contains this text, or matches it as a pattern: acme-*, t?, [a-c]*.</source>
        <translation>Zeigt nur die Mandanten und Sammlungen, deren Name diesen Text enthält oder auf ihn als Muster passt: acme-*, t?, [a-c]*.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln tenant(s). Ticking a collection ticks or clears only the tenants shown; hidden tenants keep their state.</source>
        <extracomment>%1 the number of tenants shown</extracomment>
        <translation>
            <numerusform>%1 von %Ln Mandant angezeigt. Ein Häkchen bei einer Sammlung setzt oder entfernt nur die Häkchen der angezeigten Mandanten; ausgeblendete Mandanten behalten ihren Zustand.</numerusform>
            <numerusform>%1 von %Ln Mandanten angezeigt. Ein Häkchen bei einer Sammlung setzt oder entfernt nur die Häkchen der angezeigten Mandanten; ausgeblendete Mandanten behalten ihren Zustand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln tenant(s).</source>
        <translation>
            <numerusform>%1 von %Ln Mandant angezeigt.</numerusform>
            <numerusform>%1 von %Ln Mandanten angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden by the filter but still selected: %Ln tenant(s).</source>
        <translation>
            <numerusform>Vom Filter ausgeblendet, aber weiterhin ausgewählt: %Ln Mandant.</numerusform>
            <numerusform>Vom Filter ausgeblendet, aber weiterhin ausgewählt: %Ln Mandanten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plain text is found anywhere in a name, in any case: &quot;acme&quot; finds ACME-1 and old-acme.
A pattern with *, ? or [ ] matches whole names, case-sensitively: acme-* finds acme-1 but not ACME-1; [ab]* finds names that start with a or b; [!x]* those that do not start with x.</source>
        <translation>Einfacher Text wird an beliebiger Stelle eines Namens gefunden, ohne Rücksicht auf Groß- und Kleinschreibung: „acme“ findet ACME-1 und old-acme.
Ein Muster mit *, ? oder [ ] muss auf den ganzen Namen passen, mit Beachtung der Groß- und Kleinschreibung: acme-* findet acme-1, aber nicht ACME-1; [ab]* findet Namen, die mit a oder b beginnen; [!x]* solche, die nicht mit x beginnen.</translation>
    </message>
    <message>
        <source>Filter tenants: text, or a pattern such as acme-* or [ab]*</source>
        <translation>Mandanten filtern: Text oder ein Muster wie acme-* oder [ab]*</translation>
    </message>
    <message>
        <source>Filter collections: text, or a pattern such as acme-* or [ab]*</source>
        <translation>Sammlungen filtern: Text oder ein Muster wie acme-* oder [ab]*</translation>
    </message>
</context>
<context>
    <name>Colvault::ThroughputPlot</name>
    <message>
        <source>%1 objects/s</source>
        <extracomment>The throughput plot&apos;s label: the latest rate, %1 is a number of objects per second</extracomment>
        <translation>%1 Objekte/s</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>No throughput measured yet.</source>
        <translation>Noch kein Durchsatz gemessen.</translation>
    </message>
    <message>
        <source>Now %1 objects/s, peak %2 objects/s.</source>
        <extracomment>%1 the latest, %2 the highest objects per second of the plot</extracomment>
        <translation>Aktuell %1 Objekte/s, Spitzenwert %2 Objekte/s.</translation>
    </message>
</context>
<context>
    <name>Colvault::VectorsChoice</name>
    <message>
        <source>The objects are restored with the vectors the archive holds</source>
        <translation>Die Objekte werden mit den Vektoren aus dem Archiv wiederhergestellt</translation>
    </message>
    <message>
        <source>The objects are copied with the vectors the source holds</source>
        <translation>Die Objekte werden mit den Vektoren der Quelle kopiert</translation>
    </message>
    <message>
        <source>&amp;Leave them out and let the target compute new ones with:</source>
        <translation>Weg&amp;lassen und vom Ziel neu berechnen lassen mit:</translation>
    </message>
    <message>
        <source>Vectorizer module of the target</source>
        <translation>Vektorisierer-Modul des Ziels</translation>
    </message>
    <message>
        <source>The created collections get this module of the target for their vector and every named vector; the target embeds the objects as they are written. To choose a module per named vector, use the command line&apos;s --vectorizer NAME=MODULE.</source>
        <translation>Die angelegten Sammlungen erhalten dieses Modul des Ziels für ihren Vektor und jeden benannten Vektor; das Ziel bettet die Objekte beim Schreiben ein. Um ein Modul pro benanntem Vektor zu wählen, verwenden Sie auf der Befehlszeile --vectorizer NAME=MODULE.</translation>
    </message>
    <message>
        <source>The server&apos;s modules could not be read.</source>
        <translation>Die Module des Servers konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Reading the target&apos;s modules…</source>
        <translation>Module des Ziels werden gelesen…</translation>
    </message>
    <message>
        <source>The target&apos;s modules could not be read (%1), so the vectors can only be kept.</source>
        <extracomment>%1 the server&apos;s error message</extracomment>
        <translation>Die Module des Ziels konnten nicht gelesen werden (%1), daher können die Vektoren nur beibehalten werden.</translation>
    </message>
    <message>
        <source>The target has no vectorizer module (text2vec-… and the like), so the vectors can only be kept.</source>
        <translation>Das Ziel hat kein Vektorisierer-Modul (text2vec-… und ähnliche), daher können die Vektoren nur beibehalten werden.</translation>
    </message>
    <message>
        <source>Modules not read</source>
        <translation>Module nicht gelesen</translation>
    </message>
    <message>
        <source>No vectorizer module on the target</source>
        <translation>Kein Vektorisierer-Modul auf dem Ziel</translation>
    </message>
    <message>
        <source>Restore the ve&amp;ctors</source>
        <translation>V&amp;ektoren wiederherstellen</translation>
    </message>
    <message>
        <source>Copy the ve&amp;ctors</source>
        <translation>V&amp;ektoren kopieren</translation>
    </message>
</context>
<context>
    <name>Colvault::WizardRunPage</name>
    <message>
        <source>Cancel the running operation?</source>
        <translation>Den laufenden Vorgang abbrechen?</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>&amp;Save Failures…</source>
        <translation>&amp;Fehler speichern…</translation>
    </message>
</context>
<context>
    <name>CopyArchive</name>
    <message>
        <source>A copy cannot encrypt its archive to recipients: it reads the archive back to verify it, which only an identity can. Use a passphrase, or back up separately to encrypt to recipients.</source>
        <translation>Eine Kopie kann ihr Archiv nicht für Empfänger verschlüsseln: Sie liest das Archiv zur Prüfung zurück, was nur mit einer Identität möglich ist. Verwenden Sie eine Passphrase oder erstellen Sie eine separate Sicherung, um für Empfänger zu verschlüsseln.</translation>
    </message>
    <message>
        <source>A copy cannot write its archive to S3 (%1): it verifies the archive before giving it its name, and an object in S3 cannot be renamed. Give a local file and upload it afterwards.</source>
        <translation>Eine Kopie kann ihr Archiv nicht nach S3 schreiben (%1): Sie prüft das Archiv, bevor sie ihm seinen Namen gibt, und ein Objekt in S3 kann nicht umbenannt werden. Geben Sie eine lokale Datei an und laden Sie sie anschließend hoch.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; give the archive&apos;s file name.</source>
        <translation>„%1“ ist ein Ordner; geben Sie den Dateinamen des Archivs an.</translation>
    </message>
    <message>
        <source>The folder of the archive &quot;%1&quot; does not exist.</source>
        <translation>Der Ordner des Archivs „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot save the archive as &quot;%1&quot;.</source>
        <translation>Das Archiv kann nicht als „%1“ gespeichert werden.</translation>
    </message>
    <message>
        <source>Verifying the archive: %1 of %2</source>
        <extracomment>%1 and %2 data sizes</extracomment>
        <translation>Archiv wird geprüft: %1 von %2</translation>
    </message>
    <message>
        <source>The archive of the copy failed verification and was not kept. %1</source>
        <extracomment>%1 why, one sentence</extracomment>
        <translation>Das Archiv der Kopie hat die Prüfung nicht bestanden und wurde nicht behalten. %1</translation>
    </message>
    <message>
        <source>Objects copied: %1; objects in the archive: %2.</source>
        <extracomment>%1 objects copied, %2 objects the archive holds</extracomment>
        <translation>Kopierte Objekte: %1; Objekte im Archiv: %2.</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <source>Copy collections to another server, showing the plan first.</source>
        <translation>Kopiert Sammlungen auf einen anderen Server und zeigt zuvor den Plan an.</translation>
    </message>
    <message>
        <source>The target server&apos;s URL (required).</source>
        <translation>URL des Zielservers (erforderlich).</translation>
    </message>
    <message>
        <source>Read the target&apos;s API key from this file (&quot;-&quot;: standard input).</source>
        <translation>API-Schlüssel des Ziels aus dieser Datei lesen („-“: Standardeingabe).</translation>
    </message>
    <message>
        <source>Extra HTTP header for the target, e.g. &quot;X-OpenAI-Api-Key: sk-…&quot;. Repeatable.</source>
        <translation>Zusätzlicher HTTP-Header für das Ziel, z. B. „X-OpenAI-Api-Key: sk-…“. Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file for the target.</source>
        <translation>Den CA-Zertifikaten in dieser PEM-Datei für das Ziel vertrauen.</translation>
    </message>
    <message>
        <source>Do not verify the target&apos;s TLS certificate (unsafe).</source>
        <translation>Das TLS-Zertifikat des Ziels nicht prüfen (unsicher).</translation>
    </message>
    <message>
        <source>Address of the target&apos;s gRPC API: grpc://HOST:PORT or grpcs://HOST:PORT (default: the target&apos;s host, port 50051).</source>
        <translation>Adresse der gRPC-API des Ziels: grpc://HOST:PORT oder grpcs://HOST:PORT (Standard: der Host des Ziels, Port 50051).</translation>
    </message>
    <message>
        <source>Port of the target&apos;s gRPC API on the target&apos;s host (default 50051).</source>
        <translation>Port der gRPC-API auf dem Host des Ziels (Standard 50051).</translation>
    </message>
    <message>
        <source>new (default: the collection must not exist on the target), merge (add missing objects), overwrite (copied objects replace existing ones), replace (drop the target&apos;s collection first).</source>
        <translation>new (Standard: Die Sammlung darf im Ziel nicht existieren), merge (fehlende Objekte hinzufügen), overwrite (kopierte Objekte ersetzen vorhandene), replace (Sammlung im Ziel zuerst entfernen).</translation>
    </message>
    <message>
        <source>Copy collection OLD as NEW. Repeatable.</source>
        <translation>Sammlung OLD als NEW kopieren. Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>Show what would be copied; write nothing.</source>
        <translation>Zeigt, was kopiert würde; schreibt nichts.</translation>
    </message>
    <message>
        <source>Do not ask before copying; with --confirm, allows replacing collections.</source>
        <translation>Vor dem Kopieren nicht nachfragen; erlaubt zusammen mit --confirm das Ersetzen von Sammlungen.</translation>
    </message>
    <message>
        <source>Copy collections from the server given by the global options into another server.</source>
        <translation>Kopiert Sammlungen von dem mit den globalen Optionen angegebenen Server auf einen anderen Server.</translation>
    </message>
    <message>
        <source>Collections to copy (default: all on the source server).</source>
        <translation>Zu kopierende Sammlungen (Standard: alle auf dem Quellserver).</translation>
    </message>
    <message>
        <source>Warning: TLS certificate verification of the target is off; the connection can be intercepted.</source>
        <translation>Warnung: Die Prüfung des TLS-Zertifikats des Ziels ist ausgeschaltet; die Verbindung kann abgefangen werden.</translation>
    </message>
    <message>
        <source>No target given: colvault-cli copy [COLLECTION...] --to-url URL.</source>
        <translation>Kein Ziel angegeben: colvault-cli copy [COLLECTION...] --to-url URL.</translation>
    </message>
    <message>
        <source>--to-url &quot;%1&quot; is not a valid server URL; use http://host:port or https://host.</source>
        <translation>--to-url „%1“ ist keine gültige Server-URL; verwenden Sie http://host:port oder https://host.</translation>
    </message>
    <message>
        <source>Cannot read the target&apos;s API key file &quot;%1&quot;: %2</source>
        <translation>Die API-Schlüsseldatei des Ziels „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The target&apos;s API key file &quot;%1&quot; must hold the key alone, on one line.</source>
        <translation>Die API-Schlüsseldatei des Ziels „%1“ darf nur den Schlüssel enthalten, in einer einzigen Zeile.</translation>
    </message>
    <message>
        <source>--to-header &quot;%1&quot; is not of the form &quot;Name: value&quot;.</source>
        <translation>--to-header „%1“ hat nicht die Form „Name: Wert“.</translation>
    </message>
    <message>
        <source>Give either --to-grpc-url or --to-grpc-port, not both.</source>
        <translation>Geben Sie entweder --to-grpc-url oder --to-grpc-port an, nicht beides.</translation>
    </message>
    <message>
        <source>--to-grpc-port needs a port number from 1 to 65535.</source>
        <translation>--to-grpc-port braucht eine Portnummer von 1 bis 65535.</translation>
    </message>
    <message>
        <source>--to-grpc-url &quot;%1&quot; is not a gRPC address; write grpc://HOST:PORT or grpcs://HOST:PORT.</source>
        <translation>--to-grpc-url „%1“ ist keine gRPC-Adresse; schreiben Sie grpc://HOST:PORT oder grpcs://HOST:PORT.</translation>
    </message>
    <message>
        <source>Not copying: standard input is not a terminal, so nobody can confirm. Run again with --yes --confirm NAMES (the collections being replaced), or with --dry-run to see the plan.</source>
        <translation>Es wird nicht kopiert: Die Standardeingabe ist kein Terminal, daher kann niemand bestätigen. Führen Sie den Befehl erneut mit --yes --confirm NAMES (die zu ersetzenden Sammlungen) aus oder mit --dry-run, um den Plan anzuzeigen.</translation>
    </message>
    <message>
        <source>Not copying: standard input is not a terminal, so nobody can confirm. Run again with --yes, or with --dry-run to see the plan.</source>
        <translation>Es wird nicht kopiert: Die Standardeingabe ist kein Terminal, daher kann niemand bestätigen. Führen Sie den Befehl erneut mit --yes aus oder mit --dry-run, um den Plan anzuzeigen.</translation>
    </message>
    <message>
        <source>From %1 to %2:</source>
        <extracomment>%1 the source server&apos;s URL, %2 the target server&apos;s URL</extracomment>
        <translation>Von %1 nach %2:</translation>
    </message>
    <message numerus="yes">
        <source>Replace mode deletes %Ln collection(s) on the target with everything in them first: %1. Type their names to confirm, separated by commas:</source>
        <translation>
            <numerusform>Der Modus replace löscht zuerst %Ln Sammlung im Ziel samt ihrem gesamten Inhalt: %1. Geben Sie zur Bestätigung ihren Namen ein:</numerusform>
            <numerusform>Der Modus replace löscht zuerst %Ln Sammlungen im Ziel samt ihrem gesamten Inhalt: %1. Geben Sie zur Bestätigung ihre Namen durch Kommas getrennt ein:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace mode deletes %Ln collection(s) on the target first: %1. Confirm with --yes --confirm %2.</source>
        <translation>
            <numerusform>Der Modus replace löscht zuerst %Ln Sammlung im Ziel: %1. Bestätigen Sie mit --yes --confirm %2.</numerusform>
            <numerusform>Der Modus replace löscht zuerst %Ln Sammlungen im Ziel: %1. Bestätigen Sie mit --yes --confirm %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The names given (%1) are not exactly the collections being replaced (%2); nothing was copied.</source>
        <translation>Die angegebenen Namen (%1) entsprechen nicht genau den zu ersetzenden Sammlungen (%2); es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>Copy as planned? [y/N]</source>
        <translation>Wie geplant kopieren? [j/N]</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was copied.</source>
        <translation>Nicht bestätigt; es wurde nichts kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>Canceled after %Ln object(s); the copy is incomplete.</source>
        <translation>
            <numerusform>Abgebrochen nach %Ln Objekt; die Kopie ist unvollständig.</numerusform>
            <numerusform>Abgebrochen nach %Ln Objekten; die Kopie ist unvollständig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the same copy again with --mode overwrite to complete it.</source>
        <translation>Führen Sie denselben Kopiervorgang erneut mit --mode overwrite aus, um ihn abzuschließen.</translation>
    </message>
    <message>
        <source>Copied %1 objects and %2 references in %3 s.</source>
        <extracomment>%1 objects, %2 references, %3 seconds</extracomment>
        <translation>%1 Objekte und %2 Referenzen in %3 s kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was copied: the plan has %Ln blocking problem(s).</source>
        <translation>
            <numerusform>Es wurde nichts kopiert: Der Plan enthält %Ln blockierendes Problem.</numerusform>
            <numerusform>Es wurde nichts kopiert: Der Plan enthält %Ln blockierende Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>keep (default: create the source&apos;s aliases of the copied collections on the target) or skip.</source>
        <translation>keep (Standard: die Aliasse der Quelle für die kopierten Sammlungen auf dem Ziel anlegen) oder skip.</translation>
    </message>
    <message>
        <source>--encrypt-to and --passphrase-file encrypt the copy&apos;s archive: give --archive FILE too.</source>
        <translation>--encrypt-to und --passphrase-file verschlüsseln das Archiv der Kopie: Geben Sie auch --archive FILE an.</translation>
    </message>
    <message>
        <source>An archive of what is copied will be written to %1 and verified before it gets that name.</source>
        <translation>Ein Archiv des Kopierten wird nach %1 geschrieben und geprüft, bevor es diesen Namen erhält.</translation>
    </message>
    <message>
        <source>The archive will be encrypted with age and a passphrase.</source>
        <translation>Das Archiv wird mit age und einer Passphrase verschlüsselt.</translation>
    </message>
    <message>
        <source>Nothing was copied, and no archive was written.</source>
        <translation>Es wurde nichts kopiert und kein Archiv geschrieben.</translation>
    </message>
    <message>
        <source>No archive was written.</source>
        <translation>Es wurde kein Archiv geschrieben.</translation>
    </message>
    <message>
        <source>Archive written and verified: %1 (%2).</source>
        <extracomment>%1 the archive&apos;s path, %2 its size</extracomment>
        <translation>Archiv geschrieben und geprüft: %1 (%2).</translation>
    </message>
    <message>
        <source>The copy is complete, but no archive was written.</source>
        <translation>Die Kopie ist vollständig, aber es wurde kein Archiv geschrieben.</translation>
    </message>
    <message>
        <source>Also write an archive of what is copied, as a backup would write it, in the same pass; it appears under FILE only once the copy has succeeded and the archive has been verified. A local file (or a folder for a default name); .tar.gz, .tar.xz or .tar choose that compression, any other name zstd.</source>
        <translation>Im selben Durchgang zusätzlich ein Archiv des Kopierten schreiben, wie es eine Sicherung schreiben würde; es erscheint erst unter FILE, wenn die Kopie gelungen ist und das Archiv geprüft wurde. Eine lokale Datei (oder ein Ordner für einen Standardnamen); .tar.gz, .tar.xz oder .tar wählen diese Komprimierung, jeder andere Name zstd.</translation>
    </message>
    <message>
        <source>Canceled while the archive was being finished; the copy is complete, but no archive was written.</source>
        <translation>Abgebrochen, während das Archiv abgeschlossen wurde; die Kopie ist vollständig, aber es wurde kein Archiv geschrieben.</translation>
    </message>
</context>
<context>
    <name>CopyTask</name>
    <message>
        <source>The page size must be between 1 and %L1 objects, not %L2.</source>
        <translation>Die Seitengröße muss zwischen 1 und %L1 Objekten liegen, nicht %L2.</translation>
    </message>
    <message>
        <source>The source and the target are different servers but would both be reached at the gRPC address %1; give the target&apos;s gRPC address.</source>
        <translation>Quelle und Ziel sind verschiedene Server, würden aber beide unter der gRPC-Adresse %1 erreicht; geben Sie die gRPC-Adresse des Ziels an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would be read and written at once: the source and the target are the same server. Copy it under another name.</source>
        <translation>„%1“ würde gleichzeitig gelesen und geschrieben: Quelle und Ziel sind derselbe Server. Kopieren Sie die Sammlung unter einem anderen Namen.</translation>
    </message>
    <message>
        <source>Verifying the archive</source>
        <translation>Archiv prüfen</translation>
    </message>
    <message>
        <source>Finishing the archive…</source>
        <translation>Archiv wird abgeschlossen…</translation>
    </message>
    <message>
        <source>The copy is complete, but its archive was not written.</source>
        <translation>Die Kopie ist vollständig, aber ihr Archiv wurde nicht geschrieben.</translation>
    </message>
</context>
<context>
    <name>DecryptionOptions</name>
    <message>
        <source>An age identity file (as keygen or age-keygen writes it) to decrypt an encrypted archive. Repeatable.</source>
        <translation>Eine age-Identitätsdatei (wie keygen oder age-keygen sie schreibt), um ein verschlüsseltes Archiv zu entschlüsseln. Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>Read the passphrase of an encrypted archive from this file (one line; &quot;-&quot;: standard input).</source>
        <translation>Die Passphrase eines verschlüsselten Archivs aus dieser Datei lesen (eine Zeile; „-“: Standardeingabe).</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted; give an identity file that can decrypt it with --identity FILE.</source>
        <translation>Das Archiv „%1“ ist verschlüsselt; geben Sie mit --identity FILE eine Identitätsdatei an, die es entschlüsseln kann.</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted with a passphrase; give it with --passphrase-file FILE.</source>
        <translation>Das Archiv „%1“ ist mit einer Passphrase verschlüsselt; geben Sie sie mit --passphrase-file FILE an.</translation>
    </message>
    <message>
        <source>Cannot read the identity file &quot;%1&quot;: %2</source>
        <translation>Die Identitätsdatei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1, line %2: not an age identity (AGE-SECRET-KEY-1…).</source>
        <extracomment>%1 is a file name, %2 a line number in it</extracomment>
        <translation>%1, Zeile %2: keine age-Identität (AGE-SECRET-KEY-1…).</translation>
    </message>
    <message>
        <source>The identity file &quot;%1&quot; holds no identity.</source>
        <translation>Die Identitätsdatei „%1“ enthält keine Identität.</translation>
    </message>
</context>
<context>
    <name>EncryptionOptions</name>
    <message>
        <source>Encrypt the archive with age to this recipient (age1…, as keygen prints it). Repeatable.</source>
        <translation>Das Archiv mit age für diesen Empfänger verschlüsseln (age1…, wie keygen ihn ausgibt). Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>Encrypt the archive with age and the passphrase read from this file (one line; &quot;-&quot;: standard input).</source>
        <translation>Das Archiv mit age und der Passphrase aus dieser Datei verschlüsseln (eine Zeile; „-“: Standardeingabe).</translation>
    </message>
    <message>
        <source>Give --encrypt-to or --passphrase-file, not both.</source>
        <translation>Geben Sie --encrypt-to oder --passphrase-file an, nicht beides.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an age recipient; a recipient starts with age1.</source>
        <translation>„%1“ ist kein age-Empfänger; ein Empfänger beginnt mit age1.</translation>
    </message>
</context>
<context>
    <name>GrpcBatchSender</name>
    <message>
        <source>A batch was collected twice.</source>
        <translation>Ein Batch wurde zweimal abgeholt.</translation>
    </message>
</context>
<context>
    <name>GrpcVectorPages</name>
    <message>
        <source>The server sent vectors over gRPC that are not valid.</source>
        <translation>Der Server hat über gRPC ungültige Vektoren gesendet.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>The file-name pattern &quot;%1&quot; has no {date}: every run would overwrite the archive of the one before.</source>
        <translation>Das Dateinamensmuster „%1“ enthält kein {date}: Jede Ausführung würde das Archiv der vorherigen überschreiben.</translation>
    </message>
    <message>
        <source>The file-name pattern &quot;%1&quot; does not give a plain file name.</source>
        <translation>Das Dateinamensmuster „%1“ ergibt keinen einfachen Dateinamen.</translation>
    </message>
    <message>
        <source>The file-name pattern &quot;%1&quot; ends in &quot;%2&quot;, but the job&apos;s archives end in &quot;%3&quot;.</source>
        <translation>Das Dateinamensmuster „%1“ endet auf „%2“, die Archive des Jobs enden aber auf „%3“.</translation>
    </message>
    <message>
        <source>The compression level must be %1 to %2 for %3.</source>
        <translation>Die Komprimierungsstufe muss für %3 zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid job name: use 1 to 64 ASCII letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter, digit or &apos;_&apos;.</source>
        <translation>„%1“ ist kein gültiger Jobname: Verwenden Sie 1 bis 64 ASCII-Buchstaben (ohne Umlaute), Ziffern, „.“, „_“ oder „-“, beginnend mit einem Buchstaben, einer Ziffer oder „_“.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is not an absolute path.</source>
        <translation>Der Ordner „%1“ ist kein absoluter Pfad.</translation>
    </message>
    <message>
        <source>The page size must be a number from 1 to 10000.</source>
        <translation>Die Seitengröße muss eine Zahl von 1 bis 10000 sein.</translation>
    </message>
    <message>
        <source>A job encrypts with recipients or with a passphrase, not both.</source>
        <translation>Ein Job verschlüsselt entweder für Empfänger oder mit einer Passphrase, nicht mit beidem.</translation>
    </message>
    <message>
        <source>The saved job &quot;%1&quot; is damaged.</source>
        <translation>Der gespeicherte Job „%1“ ist beschädigt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an age recipient; a recipient starts with age1.</source>
        <translation>„%1“ ist kein age-Empfänger; ein Empfänger beginnt mit age1.</translation>
    </message>
    <message>
        <source>A job that encrypts to recipients needs the identity file of one of them: each run verifies its new archive, and retention reads the job&apos;s archives.</source>
        <translation>Ein Job, der für Empfänger verschlüsselt, braucht die Identitätsdatei eines von ihnen: Jede Ausführung prüft ihr neues Archiv, und die Aufbewahrung liest die Archive des Jobs.</translation>
    </message>
    <message>
        <source>The S3 location &quot;%1&quot; is not a bucket or a prefix ending in &quot;/&quot;.</source>
        <extracomment>%1 is an s3:// location</extracomment>
        <translation>Der S3-Ort „%1“ ist weder ein Bucket noch ein Präfix, das auf „/“ endet.</translation>
    </message>
</context>
<context>
    <name>JobArchives</name>
    <message>
        <source>Cannot remove the old archive &quot;%1&quot;: %2</source>
        <translation>Das alte Archiv „%1“ kann nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>JobCommand</name>
    <message>
        <source>Save backup jobs, run them with verification and retention, and schedule them.</source>
        <translation>Speichert Sicherungsjobs, führt sie mit Prüfung und Aufbewahrung aus und plant sie zeitgesteuert ein.</translation>
    </message>
    <message>
        <source>Name for {profile} in file names (default: the server&apos;s host name).</source>
        <translation>Name für {profile} in Dateinamen (Standard: der Hostname des Servers).</translation>
    </message>
    <message>
        <source>File-name pattern with {profile}, {job} and {date} (default: {profile}-{date}); the suffix (.tar.zst, .age) is added.</source>
        <translation>Dateinamensmuster mit {profile}, {job} und {date} (Standard: {profile}-{date}); die Endung (.tar.zst, .age) wird angehängt.</translation>
    </message>
    <message>
        <source>Replace the job of this name, if there is one: it keeps its id and its schedule, so its archives stay its own.</source>
        <translation>Den Job dieses Namens ersetzen, falls es ihn gibt: Er behält seine ID und seinen Zeitplan, sodass seine Archive ihm zugeordnet bleiben.</translation>
    </message>
    <message>
        <source>An age identity file that opens the job&apos;s archives, to verify each new one and to apply retention. Repeatable; needed with --encrypt-to.</source>
        <translation>Eine age-Identitätsdatei, die die Archive des Jobs öffnet, um jedes neue zu prüfen und die Aufbewahrung anzuwenden. Mehrfach angebbar; erforderlich mit --encrypt-to.</translation>
    </message>
    <message>
        <source>Retention: keep the last N archives.</source>
        <translation>Aufbewahrung: die letzten N Archive behalten.</translation>
    </message>
    <message>
        <source>Retention: keep the newest archive of each of the last N hours that have one.</source>
        <translation>Aufbewahrung: von jeder der letzten N Stunden, in denen es ein Archiv gibt, das neueste behalten.</translation>
    </message>
    <message>
        <source>Retention: keep the newest archive of each of the last N days that have one.</source>
        <translation>Aufbewahrung: von jedem der letzten N Tage, an denen es ein Archiv gibt, das neueste behalten.</translation>
    </message>
    <message>
        <source>Retention: keep the newest archive of each of the last N weeks that have one.</source>
        <translation>Aufbewahrung: von jeder der letzten N Wochen, in denen es ein Archiv gibt, das neueste behalten.</translation>
    </message>
    <message>
        <source>Retention: keep the newest archive of each of the last N months that have one.</source>
        <translation>Aufbewahrung: von jedem der letzten N Monate, in denen es ein Archiv gibt, das neueste behalten.</translation>
    </message>
    <message>
        <source>Retention: keep the newest archive of each of the last N years that have one.</source>
        <translation>Aufbewahrung: von jedem der letzten N Jahre, in denen es ein Archiv gibt, das neueste behalten.</translation>
    </message>
    <message>
        <source>Folder of the saved jobs (default: $COLVAULT_CONFIG_DIR, else Colvault&apos;s configuration folder).</source>
        <translation>Ordner der gespeicherten Jobs (Standard: $COLVAULT_CONFIG_DIR, sonst der Konfigurationsordner von Colvault).</translation>
    </message>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>Gibt einen maschinenlesbaren JSON-Bericht auf der Standardausgabe aus.</translation>
    </message>
    <message>
        <source>Usage: %1 job SUBCOMMAND [options]</source>
        <translation>Aufruf: %1 job UNTERBEFEHL [Optionen]</translation>
    </message>
    <message>
        <source>Saved backup jobs: run them as a scheduler does (backup, verify, retention), prune their old archives and schedule them.</source>
        <translation>Gespeicherte Sicherungsjobs: wie ein Zeitplaner ausführen (Sicherung, Prüfung, Aufbewahrung), ihre alten Archive löschen und sie zeitgesteuert einplanen.</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Unterbefehle:</translation>
    </message>
    <message>
        <source>List the saved jobs.</source>
        <translation>Listet die gespeicherten Jobs auf.</translation>
    </message>
    <message>
        <source>Show a job and its last runs.</source>
        <translation>Zeigt einen Job und seine letzten Ausführungen.</translation>
    </message>
    <message>
        <source>Save a job (backup, retention and encryption options).</source>
        <translation>Speichert einen Job (Optionen für Sicherung, Aufbewahrung und Verschlüsselung).</translation>
    </message>
    <message>
        <source>Delete a job and its schedule; its archives stay.</source>
        <translation>Löscht einen Job und seinen Zeitplan; seine Archive bleiben erhalten.</translation>
    </message>
    <message>
        <source>Back up, verify the archive, then apply the retention rules.</source>
        <translation>Sichert, prüft das Archiv und wendet dann die Aufbewahrungsregeln an.</translation>
    </message>
    <message>
        <source>Apply the retention rules only; --dry-run lists what would go and why.</source>
        <translation>Wendet nur die Aufbewahrungsregeln an; --dry-run listet auf, was gelöscht würde und warum.</translation>
    </message>
    <message>
        <source>Let the operating system run the job.</source>
        <translation>Lässt das Betriebssystem den Job ausführen.</translation>
    </message>
    <message>
        <source>Run &quot;%1 job SUBCOMMAND --help&quot; for the options of a subcommand.</source>
        <translation>Führen Sie „%1 job UNTERBEFEHL --help“ aus, um die Optionen eines Unterbefehls anzuzeigen.</translation>
    </message>
    <message>
        <source>Unknown job subcommand &quot;%1&quot;. Run &quot;%2 job --help&quot; to see what is available.</source>
        <translation>Unbekannter Unterbefehl „%1“ für job. Führen Sie „%2 job --help“ aus, um die verfügbaren Unterbefehle zu sehen.</translation>
    </message>
    <message>
        <source>Give the name of one job.</source>
        <translation>Geben Sie den Namen genau eines Jobs an.</translation>
    </message>
    <message>
        <source>The job&apos;s name.</source>
        <translation>Der Name des Jobs.</translation>
    </message>
    <message>
        <source>Delete a job and its schedule; its archives and history stay.</source>
        <translation>Löscht einen Job und seinen Zeitplan; seine Archive und sein Verlauf bleiben erhalten.</translation>
    </message>
    <message>
        <source>Deleted the job &quot;%1&quot;. Its archives in %2 are kept.</source>
        <translation>Der Job „%1“ wurde gelöscht. Seine Archive in %2 bleiben erhalten.</translation>
    </message>
    <message>
        <source>Save a backup job: the connection options given, what to back up, where to, how many archives to keep and how to encrypt them. The --keep options take a number or &quot;unlimited&quot; and follow restic&apos;s forget rules on UTC periods; without any, every archive is kept.</source>
        <translation>Speichert einen Sicherungsjob: die angegebenen Verbindungsoptionen, was wohin gesichert wird, wie viele Archive behalten werden und wie sie verschlüsselt werden. Die --keep-Optionen nehmen eine Zahl oder „unlimited“ und folgen den forget-Regeln von restic, mit Zeiträumen in UTC; ohne sie wird jedes Archiv behalten.</translation>
    </message>
    <message>
        <source>Give the folder for the job&apos;s archives with --dir DIR.</source>
        <translation>Geben Sie den Ordner für die Archive des Jobs mit --dir DIR an.</translation>
    </message>
    <message>
        <source>Saved the job &quot;%1&quot;. Its archives will be named like %2.</source>
        <translation>Der Job „%1“ wurde gespeichert. Seine Archive werden etwa so benannt: %2.</translation>
    </message>
    <message>
        <source>A job cannot read --%1 from standard input when it runs; give a file.</source>
        <translation>Ein Job kann --%1 bei seiner Ausführung nicht von der Standardeingabe lesen; geben Sie eine Datei an.</translation>
    </message>
    <message>
        <source>A job saves no secrets: give the API key with --api-key-file, headers with --header-file or --header-env, and no password in the URL.</source>
        <translation>Ein Job speichert keine Geheimnisse: Geben Sie den API-Schlüssel mit --api-key-file an, Header mit --header-file oder --header-env, und kein Passwort in der URL.</translation>
    </message>
    <message>
        <source>Note: the job does not save $WEAVIATE_API_KEY; a run gets the key from that variable of its own environment, which a scheduled run does not have. Give --api-key-file instead.</source>
        <translation>Hinweis: Der Job speichert $WEAVIATE_API_KEY nicht; eine Ausführung liest den Schlüssel aus dieser Variablen ihrer eigenen Umgebung, die eine geplante Ausführung nicht hat. Geben Sie stattdessen --api-key-file an.</translation>
    </message>
    <message>
        <source>--level and --page-size need a whole number.</source>
        <translation>--level und --page-size erwarten eine ganze Zahl.</translation>
    </message>
    <message>
        <source>--%1 needs a number of 0 or more, or &quot;unlimited&quot;.</source>
        <translation>--%1 erwartet eine Zahl ab 0 oder „unlimited“.</translation>
    </message>
    <message>
        <source>A job connects as it was saved; --%1 cannot be given to it. Save it again with &quot;job create NAME --replace&quot; to change its connection.</source>
        <translation>Ein Job verbindet sich so, wie er gespeichert wurde; --%1 kann ihm nicht übergeben werden. Speichern Sie ihn mit „job create NAME --replace“ erneut, um seine Verbindung zu ändern.</translation>
    </message>
    <message>
        <source>Run a job as its schedule does: back up, verify the new archive, then apply the retention rules. Every run is logged and recorded in the job history.</source>
        <translation>Führt einen Job so aus wie sein Zeitplan: sichern, das neue Archiv prüfen, dann die Aufbewahrungsregeln anwenden. Jede Ausführung wird protokolliert und im Jobverlauf festgehalten.</translation>
    </message>
    <message>
        <source>List what would be removed and why; remove nothing.</source>
        <translation>Listet auf, was gelöscht würde und warum; löscht nichts.</translation>
    </message>
    <message>
        <source>Apply a job&apos;s retention rules to its folder: only archives of this job with a valid trailer are considered; the newest is always kept.</source>
        <translation>Wendet die Aufbewahrungsregeln eines Jobs auf seinen Ordner an: Berücksichtigt werden nur Archive dieses Jobs mit gültigem Abschlusseintrag; das neueste wird immer behalten.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; has no retention rules; nothing is removed.</source>
        <translation>Der Job „%1“ hat keine Aufbewahrungsregeln; es wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>Canceled; nothing was removed.</source>
        <translation>Abgebrochen; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Give one of --daily, --hourly, --weekly DAY or --off.</source>
        <translation>Geben Sie genau eine der Optionen --daily, --hourly, --weekly DAY oder --off an.</translation>
    </message>
    <message>
        <source>--at goes with --daily or --weekly.</source>
        <translation>--at ist nur zusammen mit --daily oder --weekly möglich.</translation>
    </message>
    <message>
        <source>--at needs a time of day as HH:MM, e.g. 02:30.</source>
        <translation>--at erwartet eine Uhrzeit als HH:MM, z. B. 02:30.</translation>
    </message>
    <message>
        <source>--weekly needs a day of the week, e.g. monday or mon.</source>
        <translation>--weekly erwartet einen Wochentag, z. B. monday oder mon.</translation>
    </message>
    <message>
        <source>Every day (at 02:00 unless --at says otherwise).</source>
        <translation>Jeden Tag (um 02:00, sofern --at nichts anderes angibt).</translation>
    </message>
    <message>
        <source>Every hour, on the hour.</source>
        <translation>Jede Stunde, zur vollen Stunde.</translation>
    </message>
    <message>
        <source>Every week on this day (monday … sunday, or mon … sun).</source>
        <translation>Jede Woche an diesem Tag (monday … sunday oder mon … sun).</translation>
    </message>
    <message>
        <source>Time of day, HH:MM (local time).</source>
        <translation>Uhrzeit, HH:MM (Ortszeit).</translation>
    </message>
    <message>
        <source>Remove the job&apos;s schedule.</source>
        <translation>Entfernt den Zeitplan des Jobs.</translation>
    </message>
    <message>
        <source>Let the operating system run a job: a systemd user timer on Linux, a launchd agent on macOS, a Task Scheduler task on Windows. Times are local.</source>
        <translation>Lässt das Betriebssystem einen Job ausführen: über einen systemd-Benutzer-Timer unter Linux, einen launchd-Agenten unter macOS, eine Aufgabe der Aufgabenplanung unter Windows. Zeiten sind Ortszeit.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is no longer scheduled.</source>
        <translation>Der Job „%1“ ist nicht mehr zeitlich eingeplant.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; runs %2.</source>
        <extracomment>%1 a job&apos;s name, %2 its schedule (&quot;daily at 02:00&quot;)</extracomment>
        <translation>Der Job „%1“ läuft %2.</translation>
    </message>
    <message>
        <source>Where the job&apos;s archives go: a local folder, or s3://BUCKET/PREFIX/ (with the --s3-* options; keys from the AWS environment or profile of each run).</source>
        <translation>Wohin die Archive des Jobs gehen: ein lokaler Ordner oder s3://BUCKET/PREFIX/ (mit den Optionen --s3-*; Schlüssel aus der AWS-Umgebung oder dem AWS-Profil der jeweiligen Ausführung).</translation>
    </message>
    <message>
        <source>A job writes to a local folder or to s3://BUCKET/PREFIX/; --dir &quot;%1&quot; is neither.</source>
        <translation>Ein Job schreibt in einen lokalen Ordner oder nach s3://BUCKET/PREFIX/; --dir „%1“ ist keines von beiden.</translation>
    </message>
    <message>
        <source>The --s3-* options are for a job whose --dir is s3://BUCKET/PREFIX/.</source>
        <translation>Die Optionen --s3-* gelten für einen Job, dessen --dir s3://BUCKET/PREFIX/ ist.</translation>
    </message>
    <message>
        <source>Give it with --identity FILE.</source>
        <translation>Geben Sie sie mit --identity FILE an.</translation>
    </message>
</context>
<context>
    <name>JobHistory</name>
    <message>
        <source>Cannot write the job history &quot;%1&quot;: %2</source>
        <translation>Der Jobverlauf „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>JobInputs</name>
    <message>
        <source>The job&apos;s server address &quot;%1&quot; is not a valid URL; save the job again with one such as http://host:8080.</source>
        <translation>Die Serveradresse „%1“ des Jobs ist keine gültige URL; speichern Sie den Job erneut mit einer Adresse wie http://host:8080.</translation>
    </message>
    <message>
        <source>The job&apos;s header variable &quot;%1&quot; is not of the form NAME=VARIABLE.</source>
        <translation>Die Header-Variable „%1“ des Jobs hat nicht die Form NAME=VARIABLE.</translation>
    </message>
    <message>
        <source>The environment variable %1 (for the header %2) is not set, empty or more than one line.</source>
        <extracomment>%1 is the name of an environment variable, %2 the HTTP header it was to give the value of</extracomment>
        <translation>Die Umgebungsvariable %1 (für den Header %2) ist nicht gesetzt, leer oder mehrzeilig.</translation>
    </message>
    <message>
        <source>%1, line %2: not of the form &quot;Name: value&quot;.</source>
        <extracomment>%1 is a file name, %2 a line number in it</extracomment>
        <translation>%1, Zeile %2: nicht in der Form „Name: Wert“.</translation>
    </message>
    <message>
        <source>The header file &quot;%1&quot; holds no header.</source>
        <translation>Die Header-Datei „%1“ enthält keinen Header.</translation>
    </message>
    <message>
        <source>The job&apos;s gRPC address &quot;%1&quot; is not of the form grpc://HOST:PORT or grpcs://HOST:PORT.</source>
        <translation>Die gRPC-Adresse „%1“ des Jobs hat nicht die Form grpc://HOST:PORT oder grpcs://HOST:PORT.</translation>
    </message>
    <message>
        <source>The job&apos;s transport &quot;%1&quot; is not one of auto, rest and grpc.</source>
        <translation>Die Übertragungsart „%1“ des Jobs ist keine von auto, rest und grpc.</translation>
    </message>
    <message>
        <source>The job&apos;s proxy address holds a password; save the job again with the password in a file.</source>
        <translation>Die Proxy-Adresse des Jobs enthält ein Passwort; speichern Sie den Job erneut mit dem Passwort in einer Datei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an age recipient; a recipient starts with age1.</source>
        <translation>„%1“ ist kein age-Empfänger; ein Empfänger beginnt mit age1.</translation>
    </message>
    <message>
        <source>%1, line %2: not an age identity (AGE-SECRET-KEY-1…).</source>
        <extracomment>%1 is a file name, %2 a line number in it</extracomment>
        <translation>%1, Zeile %2: keine age-Identität (AGE-SECRET-KEY-1…).</translation>
    </message>
    <message>
        <source>The identity file &quot;%1&quot; holds no identity.</source>
        <translation>Die Identitätsdatei „%1“ enthält keine Identität.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; that the job names is empty.</source>
        <translation>Die vom Job angegebene Datei „%1“ ist leer.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; that the job names holds more than one line; it must hold the key, passphrase or password alone.</source>
        <translation>Die vom Job angegebene Datei „%1“ enthält mehr als eine Zeile; sie darf nur den Schlüssel, die Passphrase oder das Passwort enthalten.</translation>
    </message>
    <message>
        <source>Cannot read the file &quot;%1&quot; that the job names: %2</source>
        <extracomment>%1 a file name, %2 the system&apos;s reason</extracomment>
        <translation>Die vom Job angegebene Datei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; that the job names is larger than %2, too large for a key or headers.</source>
        <extracomment>%1 a file name, %2 a size such as &quot;64 KiB&quot;</extracomment>
        <translation>Die vom Job angegebene Datei „%1“ ist größer als %2 und damit zu groß für einen Schlüssel oder Header.</translation>
    </message>
    <message>
        <source>Give the identity: one line, AGE-SECRET-KEY-1…</source>
        <translation>Geben Sie die Identität ein: eine Zeile, AGE-SECRET-KEY-1…</translation>
    </message>
    <message>
        <source>Give the passphrase: one line.</source>
        <translation>Geben Sie die Passphrase ein: eine Zeile.</translation>
    </message>
    <message>
        <source>The identity given for the job is not an age identity (AGE-SECRET-KEY-1…).</source>
        <translation>Die für den Job angegebene Identität ist keine age-Identität (AGE-SECRET-KEY-1…).</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase in both fields.</source>
        <translation>Die beiden Passphrasen unterscheiden sich: Geben Sie in beiden Feldern dieselbe Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>JobOutput</name>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>finished with skipped tenants</source>
        <translation>mit übersprungenen Mandanten beendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>not an archive of a saved job</source>
        <translation>kein Archiv eines gespeicherten Jobs</translation>
    </message>
    <message>
        <source>an archive of another job</source>
        <translation>Archiv eines anderen Jobs</translation>
    </message>
    <message>
        <source>cannot be opened with the job&apos;s keys</source>
        <translation>mit den Schlüsseln des Jobs nicht zu öffnen</translation>
    </message>
    <message>
        <source>incomplete: no valid trailer</source>
        <translation>unvollständig: kein gültiger Abschlusseintrag</translation>
    </message>
    <message>
        <source>No saved jobs. Create one with &quot;%1 job create NAME --dir DIR&quot;.</source>
        <translation>Keine gespeicherten Jobs. Legen Sie einen mit „%1 job create NAME --dir DIR“ an.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzte Ausführung</translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>The last run of a job: %1 when, %2 how it ended (&quot;succeeded&quot;)</extracomment>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Job: %1 (%2)</source>
        <translation>Job: %1 (%2)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Collections: %1</source>
        <translation>Sammlungen: %1</translation>
    </message>
    <message>
        <source>%1: tenants %2</source>
        <translation>%1: Mandanten %2</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <source>Archives named like: %1</source>
        <translation>Archivnamen wie: %1</translation>
    </message>
    <message>
        <source>Retention: %1</source>
        <translation>Aufbewahrung: %1</translation>
    </message>
    <message>
        <source>none, every archive is kept</source>
        <translation>keine, jedes Archiv wird behalten</translation>
    </message>
    <message numerus="yes">
        <source>Encryption: age, to %Ln recipient(s)</source>
        <translation>
            <numerusform>Verschlüsselung: age, für %Ln Empfänger</numerusform>
            <numerusform>Verschlüsselung: age, für %Ln Empfänger</numerusform>
        </translation>
    </message>
    <message>
        <source>Encryption: age, with the passphrase in %1</source>
        <translation>Verschlüsselung: age, mit der Passphrase in %1</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Zeitplan: %1</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>Noch keine Ausführungen.</translation>
    </message>
    <message>
        <source>Last runs, newest first:</source>
        <translation>Letzte Ausführungen, neueste zuerst:</translation>
    </message>
    <message>
        <source>%1  %2 (%3 s)</source>
        <extracomment>One run in a job&apos;s history: %1 when, %2 how it ended, %3 the duration in seconds</extracomment>
        <translation>%1  %2 (%3 s)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s), %1 (%2)</source>
        <translation>
            <numerusform>%Ln Objekt, %1 (%2)</numerusform>
            <numerusform>%Ln Objekte, %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <source>No archive of this run was kept.</source>
        <translation>Von dieser Ausführung wurde kein Archiv behalten.</translation>
    </message>
    <message>
        <source>Canceled; no archive of this run was kept.</source>
        <translation>Abgebrochen; von dieser Ausführung wurde kein Archiv behalten.</translation>
    </message>
    <message>
        <source>Verified the new archive: it is complete and intact.</source>
        <translation>Das neue Archiv wurde geprüft: Es ist vollständig und unversehrt.</translation>
    </message>
    <message>
        <source>Canceled before the retention rules were applied; the new archive is kept.</source>
        <translation>Abgebrochen, bevor die Aufbewahrungsregeln angewendet wurden; das neue Archiv bleibt erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Retention: kept %Ln archive(s), removed %1.</source>
        <extracomment>%Ln archives kept by the retention rules, %1 how many were removed</extracomment>
        <translation>
            <numerusform>Aufbewahrung: %Ln Archiv behalten, %1 gelöscht.</numerusform>
            <numerusform>Aufbewahrung: %Ln Archive behalten, %1 gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Gelöscht: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing is removed.</source>
        <translation>Probelauf: Es wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>Retention of the job &quot;%1&quot;: %2</source>
        <translation>Aufbewahrung des Jobs „%1“: %2</translation>
    </message>
    <message>
        <source>%1  %2  (%3)</source>
        <extracomment>A line of the retention listing: %1 the archive&apos;s time (UTC), %2 its file name, %3 why</extracomment>
        <translation>%1  %2  (%3)</translation>
    </message>
    <message>
        <source>kept by no rule</source>
        <translation>von keiner Regel behalten</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>would remove</source>
        <translation>zu löschen</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>left alone</source>
        <translation>unberührt</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln archive(s) kept, %1 would be removed.</source>
        <extracomment>%Ln archives kept, %1 how many would be removed</extracomment>
        <translation>
            <numerusform>%Ln Archiv behalten, %1 zu löschen.</numerusform>
            <numerusform>%Ln Archive behalten, %1 zu löschen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln archive(s) kept, %1 removed.</source>
        <translation>
            <numerusform>%Ln Archiv behalten, %1 gelöscht.</numerusform>
            <numerusform>%Ln Archive behalten, %1 gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>S3 bucket prefix: %1</source>
        <translation>S3-Bucket-Präfix: %1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Endpunkt: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <source>AWS profile: %1</source>
        <translation>AWS-Profil: %1</translation>
    </message>
    <message>
        <source>Path-style addressing</source>
        <translation>Adressierung im Pfad-Stil</translation>
    </message>
</context>
<context>
    <name>JobRun</name>
    <message>
        <source>Some collections or tenants were skipped, so the retention rules were not applied.</source>
        <translation>Einige Sammlungen oder Mandanten wurden übersprungen, daher wurden die Aufbewahrungsregeln nicht angewendet.</translation>
    </message>
    <message>
        <source>Verifying the archive: %1 of %2</source>
        <extracomment>Progress of reading the new archive back: %1 bytes read so far, %2 the file size</extracomment>
        <translation>Archiv wird geprüft: %1 von %2</translation>
    </message>
    <message>
        <source>Cannot remove the unverified archive &quot;%1&quot;.</source>
        <translation>Das ungeprüfte Archiv „%1“ kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The new archive &quot;%1&quot; did not pass its verification and was removed.</source>
        <translation>Das neue Archiv „%1“ hat die Prüfung nicht bestanden und wurde gelöscht.</translation>
    </message>
    <message>
        <source>Applying the retention rules</source>
        <translation>Aufbewahrungsregeln werden angewendet</translation>
    </message>
    <message>
        <source>The retention rules were not applied: %1</source>
        <translation>Die Aufbewahrungsregeln wurden nicht angewendet: %1</translation>
    </message>
</context>
<context>
    <name>JobSchedule</name>
    <message>
        <source>hourly</source>
        <translation>stündlich</translation>
    </message>
    <message>
        <source>daily at %1</source>
        <extracomment>%1 a time of day, e.g. 02:00</extracomment>
        <translation>täglich um %1</translation>
    </message>
    <message>
        <source>weekly on %1 at %2</source>
        <extracomment>%1 a day of the week, %2 a time of day</extracomment>
        <translation>jeden %1 um %2</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht eingeplant</translation>
    </message>
</context>
<context>
    <name>JobScheduler</name>
    <message>
        <source>Cannot write the schedule file &quot;%1&quot;: %2</source>
        <translation>Die Zeitplandatei „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 was not found, so the schedule is written but not active; run &quot;%2&quot; where %1 is available.</source>
        <extracomment>%1 a program (systemctl, launchctl, schtasks), %2 the command to run by hand</extracomment>
        <translation>%1 wurde nicht gefunden, daher ist der Zeitplan geschrieben, aber nicht aktiv; führen Sie „%2“ dort aus, wo %1 verfügbar ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed: %2</source>
        <translation>„%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>A user timer runs while you are logged in; &quot;loginctl enable-linger&quot; lets it run without a session.</source>
        <translation>Ein Benutzer-Timer läuft, solange Sie angemeldet sind; mit „loginctl enable-linger“ läuft er auch ohne Sitzung.</translation>
    </message>
    <message>
        <source>Cannot remove the schedule file &quot;%1&quot;.</source>
        <translation>Die Zeitplandatei „%1“ kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The job cannot be scheduled: systemctl --user finds no user session here (as in a container, an SSH login or WSL). Run &quot;loginctl enable-linger&quot; and log in again, or use a desktop session; or save the job without a schedule and run &quot;%1&quot; from cron.</source>
        <extracomment>%1 the command that runs the job, for a crontab line</extracomment>
        <translation>Für den Job kann kein Zeitplan eingerichtet werden: systemctl --user findet hier keine Benutzersitzung (wie in einem Container, bei einer SSH-Anmeldung oder unter WSL). Führen Sie „loginctl enable-linger“ aus und melden Sie sich erneut an, oder verwenden Sie eine Desktop-Sitzung; oder speichern Sie den Job ohne Zeitplan und führen Sie „%1“ über cron aus.</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>Cannot read the saved jobs in &quot;%1&quot;: %2</source>
        <translation>Die gespeicherten Jobs in „%1“ können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The saved jobs in &quot;%1&quot; are damaged; fix or move the file.</source>
        <translation>Die gespeicherten Jobs in „%1“ sind beschädigt; reparieren oder verschieben Sie die Datei.</translation>
    </message>
    <message>
        <source>The saved jobs in &quot;%1&quot; were written by a newer version of Colvault.</source>
        <translation>Die gespeicherten Jobs in „%1“ wurden von einer neueren Version von Colvault geschrieben.</translation>
    </message>
    <message>
        <source>Cannot save the jobs to &quot;%1&quot;: %2</source>
        <translation>Die Jobs können nicht in „%1“ gespeichert werden: %2</translation>
    </message>
    <message>
        <source>There is no job named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Job namens „%1“.</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The saved jobs in &quot;%1&quot; are locked by another program.</source>
        <translation>Die gespeicherten Jobs in „%1“ sind durch ein anderes Programm gesperrt.</translation>
    </message>
    <message>
        <source>A job named &quot;%1&quot; already exists.</source>
        <translation>Ein Job namens „%1“ existiert bereits.</translation>
    </message>
</context>
<context>
    <name>KeygenCommand</name>
    <message>
        <source>Write a new age identity file for encrypted archives and print its recipient.</source>
        <translation>Eine neue age-Identitätsdatei für verschlüsselte Archive schreiben und ihren Empfänger ausgeben.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; already exists; keygen never overwrites a file.</source>
        <translation>Die Datei „%1“ existiert bereits; keygen überschreibt nie eine Datei.</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Write a new age identity file for encrypted archives and print its recipient on standard output.</source>
        <translation>Eine neue age-Identitätsdatei für verschlüsselte Archive schreiben und ihren Empfänger auf der Standardausgabe ausgeben.</translation>
    </message>
    <message>
        <source>The identity file to write; it must not exist yet.</source>
        <translation>Die zu schreibende Identitätsdatei; sie darf noch nicht existieren.</translation>
    </message>
    <message>
        <source>Give the identity file to write with -o FILE.</source>
        <translation>Geben Sie die zu schreibende Identitätsdatei mit -o FILE an.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed; no key was made.</source>
        <translation>Der Zufallszahlengenerator des Systems ist fehlgeschlagen; es wurde kein Schlüssel erzeugt.</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List collections with object counts, tenants and vector configuration.</source>
        <translation>Listet Sammlungen mit Objektzahlen, Mandanten und Vektorkonfiguration auf.</translation>
    </message>
    <message>
        <source>legacy, %1 dimensions</source>
        <extracomment>A collection&apos;s single class-level vector; %1 is its dimension count</extracomment>
        <translation>klassisch, %1 Dimensionen</translation>
    </message>
    <message>
        <source>%1: %2 dimensions</source>
        <extracomment>%1 is a named vector&apos;s name, %2 its dimension count</extracomment>
        <translation>%1: %2 Dimensionen</translation>
    </message>
    <message>
        <source>%1: multi-vector, %2 dimensions</source>
        <extracomment>%1 is a multi-vector&apos;s name, %2 the dimension count of each token vector</extracomment>
        <translation>%1: Multivektor, %2 Dimensionen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s)</source>
        <translation>
            <numerusform>%Ln Mandant</numerusform>
            <numerusform>%Ln Mandanten</numerusform>
        </translation>
    </message>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>Gibt einen maschinenlesbaren JSON-Bericht auf der Standardausgabe aus.</translation>
    </message>
    <message>
        <source>&quot;list&quot; takes no arguments.</source>
        <translation>Der Befehl „list“ erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Weaviate %1 at %2</source>
        <translation>Weaviate %1 unter %2</translation>
    </message>
    <message>
        <source>The server has no collections.</source>
        <translation>Der Server hat keine Sammlungen.</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Vectors</source>
        <translation>Vektoren</translation>
    </message>
    <message>
        <source>%1 (active tenants)</source>
        <extracomment>An object count that leaves out inactive tenants</extracomment>
        <translation>%1 (aktive Mandanten)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s), inactive: %1</source>
        <extracomment>%Ln is the number of tenants, %1 how many of them are inactive</extracomment>
        <translation>
            <numerusform>%Ln Mandant, davon inaktiv: %1</numerusform>
            <numerusform>%Ln Mandanten, davon inaktiv: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectPageParser</name>
    <message>
        <source>The server sent a page of objects that is not valid.</source>
        <translation>Der Server hat eine ungültige Seite mit Objekten gesendet.</translation>
    </message>
</context>
<context>
    <name>OperationGuard</name>
    <message>
        <source>Colvault stopped because of an internal error; the operation did not complete.</source>
        <translation>Colvault wurde wegen eines internen Fehlers angehalten; der Vorgang wurde nicht abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>OperationProgress</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>%1 the number of the operation&apos;s current step, %2 how many steps it has, %3 the step&apos;s name, e.g. &quot;Adding references&quot;</extracomment>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <source>%1 of %2 objects</source>
        <extracomment>%1 objects done of %2</extracomment>
        <translation>%1 von %2 Objekten</translation>
    </message>
    <message>
        <source>Collection %1</source>
        <translation>Sammlung %1</translation>
    </message>
    <message>
        <source>Collection %1, tenant %2</source>
        <extracomment>%1 is a collection, %2 one of its tenants</extracomment>
        <translation>Sammlung %1, Mandant %2</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>Failures:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>duration</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>weniger als eine Sekunde</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>a duration; %1 seconds</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>a duration; %1 minutes, %2 seconds</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>a duration; %1 hours, %2 minutes</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>Geschrieben:</translation>
    </message>
    <message>
        <source>active</source>
        <comment>tenant status</comment>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <comment>tenant status</comment>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>offloaded to cloud storage</source>
        <comment>tenant status</comment>
        <translation>in den Cloud-Speicher ausgelagert</translation>
    </message>
    <message>
        <source>changing its status (%1)</source>
        <comment>tenant status</comment>
        <extracomment>%1 the status as the server names it, e.g. FREEZING</extracomment>
        <translation>im Statuswechsel (%1)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>%1 collection, %2 tenant</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 collection, %2 the reason it was skipped</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 / %2: %3</source>
        <extracomment>%1 collection, %2 tenant, %3 the reason it was skipped</extracomment>
        <translation>%1 / %2: %3</translation>
    </message>
</context>
<context>
    <name>ProxyAddress</name>
    <message>
        <source>Proxies of the kind &quot;%1&quot; are not supported; use %2.</source>
        <extracomment>%1 is a URL scheme such as &quot;ftp&quot;, %2 the list of the supported ones</extracomment>
        <translation>Proxys der Art „%1“ werden nicht unterstützt; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a proxy address; write http://HOST:PORT.</source>
        <extracomment>%1 is what the user wrote; HOST and PORT stay as they are</extracomment>
        <translation>„%1“ ist keine Proxy-Adresse; schreiben Sie http://HOST:PORT.</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Restore collections from an archive, showing the plan first.</source>
        <translation>Stellt Sammlungen aus einem Archiv wieder her und zeigt zuvor den Plan an.</translation>
    </message>
    <message>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <source>drop and create again</source>
        <translation>entfernen und neu anlegen</translation>
    </message>
    <message>
        <source>add to the existing collection</source>
        <translation>zur vorhandenen Sammlung hinzufügen</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (aus %2)</translation>
    </message>
    <message>
        <source>properties to add: %1</source>
        <translation>hinzuzufügende Eigenschaften: %1</translation>
    </message>
    <message>
        <source>properties only on the target: %1</source>
        <translation>Eigenschaften nur im Ziel: %1</translation>
    </message>
    <message>
        <source>Total: %1.</source>
        <translation>Gesamt: %1.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Restore collections from an archive into a Weaviate server.</source>
        <translation>Stellt Sammlungen aus einem Archiv auf einem Weaviate-Server wieder her.</translation>
    </message>
    <message>
        <source>Collections to restore (default: all in the archive).</source>
        <translation>Wiederherzustellende Sammlungen (Standard: alle im Archiv).</translation>
    </message>
    <message>
        <source>new (default: the collection must not exist), merge (add missing objects), overwrite (archived objects replace existing ones), replace (drop the collection first).</source>
        <translation>new (Standard: Die Sammlung darf nicht existieren), merge (fehlende Objekte hinzufügen), overwrite (archivierte Objekte ersetzen vorhandene), replace (Sammlung zuerst entfernen).</translation>
    </message>
    <message>
        <source>Restore collection OLD as NEW. Repeatable.</source>
        <translation>Sammlung OLD als NEW wiederherstellen. Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>Only these tenants: A,B for the one collection named, or COLLECTION:A,B. Repeatable.</source>
        <translation>Nur diese Mandanten: A,B, wenn genau eine Sammlung angegeben ist, sonst COLLECTION:A,B. Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>Create collections and tenants, no objects.</source>
        <translation>Sammlungen und Mandanten anlegen, keine Objekte.</translation>
    </message>
    <message>
        <source>Rewrite every vectorizer to &quot;none&quot; (objects keep their vectors).</source>
        <translation>Alle Vektorisierer auf „none“ umstellen (Objekte behalten ihre Vektoren).</translation>
    </message>
    <message>
        <source>Create collections with this replication factor.</source>
        <translation>Sammlungen mit diesem Replikationsfaktor anlegen.</translation>
    </message>
    <message>
        <source>Objects per request (1-1000, default 100).</source>
        <translation>Objekte pro Anfrage (1-1000, Standard 100).</translation>
    </message>
    <message>
        <source>Show what would be restored; write nothing.</source>
        <translation>Zeigt, was wiederhergestellt würde; schreibt nichts.</translation>
    </message>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>Gibt einen maschinenlesbaren JSON-Bericht auf der Standardausgabe aus.</translation>
    </message>
    <message>
        <source>Do not ask before restoring; with --confirm, allows replacing collections.</source>
        <translation>Vor dem Wiederherstellen nicht nachfragen; erlaubt zusammen mit --confirm das Ersetzen von Sammlungen.</translation>
    </message>
    <message>
        <source>The exact names of the collections that replace mode drops, comma-separated.</source>
        <translation>Die exakten Namen der Sammlungen, die der Modus replace entfernt, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>No archive given: colvault-cli restore FILE [COLLECTION...].</source>
        <translation>Kein Archiv angegeben: colvault-cli restore FILE [COLLECTION...].</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;; use new, merge, overwrite or replace.</source>
        <translation>Unbekannter Modus „%1“; verwenden Sie new, merge, overwrite oder replace.</translation>
    </message>
    <message>
        <source>--rename %1: use OLD=NEW.</source>
        <translation>--rename %1: Verwenden Sie OLD=NEW.</translation>
    </message>
    <message>
        <source>--replication-factor must be a number of at least 1.</source>
        <translation>--replication-factor muss eine Zahl von mindestens 1 sein.</translation>
    </message>
    <message>
        <source>--batch-size must be a number from 1 to 1000.</source>
        <translation>--batch-size muss eine Zahl von 1 bis 1000 sein.</translation>
    </message>
    <message>
        <source>Not restoring: standard input is not a terminal, so nobody can confirm. Run again with --yes --confirm NAMES (the collections being replaced), or with --dry-run to see the plan.</source>
        <translation>Keine Wiederherstellung: Die Standardeingabe ist kein Terminal, daher kann niemand bestätigen. Führen Sie den Befehl erneut mit --yes --confirm NAMES (die zu ersetzenden Sammlungen) aus oder mit --dry-run, um den Plan anzuzeigen.</translation>
    </message>
    <message>
        <source>Not restoring: standard input is not a terminal, so nobody can confirm. Run again with --yes, or with --dry-run to see the plan.</source>
        <translation>Keine Wiederherstellung: Die Standardeingabe ist kein Terminal, daher kann niemand bestätigen. Führen Sie den Befehl erneut mit --yes aus oder mit --dry-run, um den Plan anzuzeigen.</translation>
    </message>
    <message>
        <source>Canceled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Dry run: nothing will be written.</source>
        <translation>Probelauf: Es wird nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was restored: the plan has %Ln blocking problem(s).</source>
        <translation>
            <numerusform>Es wurde nichts wiederhergestellt: Der Plan enthält %Ln blockierendes Problem.</numerusform>
            <numerusform>Es wurde nichts wiederhergestellt: Der Plan enthält %Ln blockierende Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>The names given (%1) are not exactly the collections being replaced (%2); nothing was restored.</source>
        <translation>Die angegebenen Namen (%1) entsprechen nicht genau den zu ersetzenden Sammlungen (%2); es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restore as planned? [y/N]</source>
        <translation>Wie geplant wiederherstellen? [j/N]</translation>
    </message>
    <message>
        <source>yes|y</source>
        <comment>answers accepted as yes</comment>
        <extracomment>Lower-case answers that mean yes, separated by |; the English y and yes are always accepted too</extracomment>
        <translation>ja|j</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was restored.</source>
        <translation>Nicht bestätigt; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message numerus="yes">
        <source>Canceled after %Ln object(s); the restore is incomplete.</source>
        <translation>
            <numerusform>Abgebrochen nach %Ln Objekt; die Wiederherstellung ist unvollständig.</numerusform>
            <numerusform>Abgebrochen nach %Ln Objekten; die Wiederherstellung ist unvollständig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Count: %1</source>
        <translation>Objektzahl: %1</translation>
    </message>
    <message>
        <source>Restored %1 objects and %2 references in %3 s.</source>
        <extracomment>%1 objects, %2 references, %3 seconds</extracomment>
        <translation>%1 Objekte und %2 Referenzen in %3 s wiederhergestellt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) or reference(s) failed.</source>
        <translation>
            <numerusform>%Ln Objekt oder Referenz fehlgeschlagen.</numerusform>
            <numerusform>%Ln Objekte oder Referenzen fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to create, %2 to overwrite, %3 to skip, %4 unchanged</source>
        <extracomment>%1..%4 object counts</extracomment>
        <translation>%1 neu, %2 zu überschreiben, %3 zu überspringen, %4 unverändert</translation>
    </message>
    <message>
        <source>tenant %1: exists (%2)</source>
        <translation>Mandant %1: vorhanden (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Replace mode deletes %Ln collection(s) with everything in them first: %1. Type their names to confirm, separated by commas:</source>
        <translation>
            <numerusform>Der Modus replace löscht zuerst %Ln Sammlung samt ihrem gesamten Inhalt: %1. Geben Sie zur Bestätigung ihren Namen ein:</numerusform>
            <numerusform>Der Modus replace löscht zuerst %Ln Sammlungen samt ihrem gesamten Inhalt: %1. Geben Sie zur Bestätigung ihre Namen durch Kommas getrennt ein:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace mode deletes %Ln collection(s) first: %1. Confirm with --yes --confirm %2.</source>
        <translation>
            <numerusform>Der Modus replace löscht zuerst %Ln Sammlung: %1. Bestätigen Sie mit --yes --confirm %2.</numerusform>
            <numerusform>Der Modus replace löscht zuerst %Ln Sammlungen: %1. Bestätigen Sie mit --yes --confirm %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: object %2 of %1: %3</source>
        <extracomment>%1 collection, %2 object id, %3 the server&apos;s message</extracomment>
        <translation>Fehlgeschlagen: Objekt %2 in %1: %3</translation>
    </message>
    <message>
        <source>Failed: object %3 of %1, tenant %2: %4</source>
        <translation>Fehlgeschlagen: Objekt %3 in %1, Mandant %2: %4</translation>
    </message>
    <message>
        <source>tenant %1: to be created</source>
        <extracomment>%1 tenant name, %2 and %3 tenant statuses as the server names them (HOT, COLD, ...)</extracomment>
        <translation>Mandant %1: wird angelegt</translation>
    </message>
    <message>
        <source>tenant %1: to be created, then set to %2</source>
        <translation>Mandant %1: wird angelegt, danach auf %2 gesetzt</translation>
    </message>
    <message>
        <source>tenant %1: exists (%2), to be set to %3</source>
        <translation>Mandant %1: vorhanden (%2), wird auf %3 gesetzt</translation>
    </message>
    <message>
        <source>Run the same restore again with --mode overwrite to complete it.</source>
        <translation>Führen Sie dieselbe Wiederherstellung erneut mit --mode overwrite aus, um sie abzuschließen.</translation>
    </message>
    <message>
        <source>The archive to restore: a file or s3://BUCKET/KEY.</source>
        <translation>Das wiederherzustellende Archiv: eine Datei oder s3://BUCKET/KEY.</translation>
    </message>
    <message>
        <source>Move aliases that exist on the target and point at other collections.</source>
        <translation>Aliasse verschieben, die auf dem Ziel existieren und auf andere Sammlungen verweisen.</translation>
    </message>
    <message>
        <source>keep (default: recreate the archive&apos;s aliases, pointing at the restored collections) or skip.</source>
        <translation>keep (Standard: die Aliasse des Archivs neu anlegen, mit Verweis auf die wiederhergestellten Sammlungen) oder skip.</translation>
    </message>
    <message>
        <source>With --as-new: once the counts are verified, point this alias at the new collection (created if absent). The previous collection is kept.</source>
        <translation>Mit --as-new: Sobald die Anzahlen geprüft sind, diesen Alias auf die neue Sammlung umstellen (er wird angelegt, falls er fehlt). Die vorherige Sammlung bleibt erhalten.</translation>
    </message>
    <message>
        <source>--swap-alias switches an alias to a side-by-side restore: use it with --as-new.</source>
        <translation>--swap-alias stellt einen Alias auf eine Wiederherstellung nebeneinander um: Verwenden Sie es mit --as-new.</translation>
    </message>
    <message>
        <source>alias %1 -&gt; %2: to be created</source>
        <extracomment>%1 alias name, %2 the collection it will point at</extracomment>
        <translation>Alias %1 -&gt; %2: wird angelegt</translation>
    </message>
    <message>
        <source>alias %1 -&gt; %2: already correct</source>
        <translation>Alias %1 -&gt; %2: bereits korrekt</translation>
    </message>
    <message>
        <source>alias %1 -&gt; %2: to be moved from %3</source>
        <extracomment>%1 alias name, %2 the collection it will point at, %3 the collection it points at now</extracomment>
        <translation>Alias %1 -&gt; %2: wird umgestellt (verweist bisher auf %3)</translation>
    </message>
    <message>
        <source>alias %1 -&gt; %2: blocked, it points at %3</source>
        <extracomment>%1 alias name, %2 the restored collection, %3 the collection it points at now</extracomment>
        <translation>Alias %1 -&gt; %2: blockiert, er verweist auf %3</translation>
    </message>
    <message>
        <source>Unknown --aliases value &quot;%1&quot;; use keep or skip.</source>
        <translation>Unbekannter Wert „%1“ für --aliases; verwenden Sie keep oder skip.</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2. To undo: colvault-cli alias delete %1</source>
        <translation>Alias %1 verweist jetzt auf %2. Rückgängig machen: colvault-cli alias delete %1</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2.</source>
        <translation>Alias %1 verweist jetzt auf %2.</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2 (it pointed at %3, which is kept). To switch back: colvault-cli alias set %1 %3</source>
        <extracomment>%1 alias, %2 the collection it points at now, %3 the one it pointed at before</extracomment>
        <translation>Alias %1 verweist jetzt auf %2 (vorher auf %3, die erhalten bleibt). Zurückstellen: colvault-cli alias set %1 %3</translation>
    </message>
    <message>
        <source>Point aliases that exist on the target but point at other collections at the restored ones.</source>
        <translation>Aliasse, die auf dem Ziel existieren, aber auf andere Sammlungen verweisen, auf die wiederhergestellten Sammlungen umstellen.</translation>
    </message>
    <message>
        <source>Restore the one collection named beside the existing one, into NAME_yyyyMMddHHmmss (UTC time) or its --rename target.</source>
        <translation>Die eine angegebene Sammlung neben der vorhandenen wiederherstellen, als NAME_yyyyMMddHHmmss (UTC-Zeit) oder ihr --rename-Ziel.</translation>
    </message>
    <message>
        <source>no vectors: the objects are written without them</source>
        <translation>keine Vektoren: Die Objekte werden ohne sie geschrieben</translation>
    </message>
    <message>
        <source>vector %1: none, the objects are written without it</source>
        <translation>Vektor %1: keiner, die Objekte werden ohne ihn geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>the target&apos;s %1 will embed %n object(s)</source>
        <extracomment>%1 a vectorizer module (text2vec-openai); %n objects</extracomment>
        <translation>
            <numerusform>das Modul %1 des Ziels wird %n Objekt einbetten</numerusform>
            <numerusform>das Modul %1 des Ziels wird %n Objekte einbetten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>vector %1: the target&apos;s %2 will embed %n object(s)</source>
        <extracomment>%1 the name of a named vector, %2 a vectorizer module (text2vec-openai); %n objects</extracomment>
        <translation>
            <numerusform>Vektor %1: das Modul %2 des Ziels wird %n Objekt einbetten</numerusform>
            <numerusform>Vektor %1: das Modul %2 des Ziels wird %n Objekte einbetten</numerusform>
        </translation>
    </message>
    <message>
        <source>keep (default: objects carry their vectors) or omit (objects are written without vectors; the target&apos;s --vectorizer modules compute new ones).</source>
        <translation>keep (Standard: Objekte bringen ihre Vektoren mit) oder omit (Objekte werden ohne Vektoren geschrieben; die mit --vectorizer gewählten Module des Ziels berechnen neue).</translation>
    </message>
    <message>
        <source>With --vectors omit: create the collections with this vectorizer module of the target, for the collection&apos;s vector and every named vector, or NAME=MODULE for one named vector. Repeatable.</source>
        <translation>Mit --vectors omit: die Sammlungen mit diesem Vektorisierer-Modul des Ziels anlegen, für den Vektor der Sammlung und jeden benannten Vektor, oder NAME=MODULE für einen einzelnen benannten Vektor. Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>Unknown --vectors value &quot;%1&quot;; use keep or omit.</source>
        <translation>Unbekannter Wert „%1“ für --vectors; verwenden Sie keep oder omit.</translation>
    </message>
    <message>
        <source>--vectorizer sets what computes new vectors: use it with --vectors omit.</source>
        <translation>--vectorizer legt fest, was neue Vektoren berechnet: Verwenden Sie es mit --vectors omit.</translation>
    </message>
    <message>
        <source>--vectorizer %1: use MODULE or NAME=MODULE, once per vector.</source>
        <translation>--vectorizer %1: Verwenden Sie MODULE oder NAME=MODULE, einmal pro Vektor.</translation>
    </message>
    <message>
        <source>Batch requests in flight at once (1-%1, default %2).</source>
        <translation>Gleichzeitig laufende Batch-Anfragen (1-%1, Standard %2).</translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to %1.</source>
        <translation>--concurrency muss eine Zahl von 1 bis %1 sein.</translation>
    </message>
</context>
<context>
    <name>RestoreTask</name>
    <message>
        <source>The server listed the objects of &quot;%1&quot; out of order.</source>
        <translation>Der Server hat die Objekte von „%1“ nicht in der richtigen Reihenfolge aufgelistet.</translation>
    </message>
    <message>
        <source>The number of batches in flight must be between 1 and %1, not %2.</source>
        <translation>Die Anzahl gleichzeitig laufender Batches muss zwischen 1 und %1 liegen, nicht %2.</translation>
    </message>
    <message>
        <source>The replication factor must be at least 1.</source>
        <translation>Der Replikationsfaktor muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; does not exist.</source>
        <translation>Das Archiv „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Verifying the archive…</source>
        <translation>Archiv wird geprüft…</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is incomplete: it has no valid trailer.</source>
        <translation>Das Archiv „%1“ ist unvollständig: Es hat keinen gültigen Abschlusseintrag.</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; cannot be restored: %2</source>
        <translation>Das Archiv „%1“ kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s) not found in the archive: %1.</source>
        <translation>
            <numerusform>%Ln Sammlung wurde im Archiv nicht gefunden: %1.</numerusform>
            <numerusform>%Ln Sammlungen wurden im Archiv nicht gefunden: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be renamed: it is not in the archive.</source>
        <translation>„%1“ kann nicht umbenannt werden: Die Sammlung ist nicht im Archiv enthalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid collection name.</source>
        <translation>„%1“ ist kein gültiger Sammlungsname.</translation>
    </message>
    <message>
        <source>Two collections would be restored as &quot;%1&quot;.</source>
        <translation>Zwei Sammlungen würden als „%1“ wiederhergestellt.</translation>
    </message>
    <message>
        <source>Tenants were chosen for &quot;%1&quot;, which is not being restored.</source>
        <translation>Für „%1“ wurden Mandanten ausgewählt, die Sammlung wird aber nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>The archive comes from Weaviate %1 and the target runs %2: settings the older server does not know are dropped.</source>
        <translation>Das Archiv stammt von Weaviate %1, auf dem Ziel läuft %2: Einstellungen, die der ältere Server nicht kennt, werden verworfen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; clashes with the existing collection &quot;%2&quot; (names differ only in case).</source>
        <translation>„%1“ kollidiert mit der vorhandenen Sammlung „%2“ (die Namen unterscheiden sich nur in der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>The collection &quot;%1&quot; already exists on the target; choose merge, overwrite or replace.</source>
        <translation>Die Sammlung „%1“ existiert bereits auf dem Ziel; wählen Sie Zusammenführen (merge), Überschreiben (overwrite) oder Ersetzen (replace).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is multi-tenant in the archive but not on the target.</source>
        <translation>„%1“ ist im Archiv mandantenfähig, auf dem Ziel aber nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is multi-tenant on the target but not in the archive.</source>
        <translation>„%1“ ist auf dem Ziel mandantenfähig, im Archiv aber nicht.</translation>
    </message>
    <message>
        <source>Property &quot;%1&quot; of &quot;%2&quot; is %3 in the archive but %4 on the target.</source>
        <translation>Die Eigenschaft „%1“ von „%2“ hat im Archiv den Typ %3, auf dem Ziel aber %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the module &quot;%2&quot;, which the target does not have; rewrite the vectorizer to &quot;none&quot; (the archived objects carry their vectors).</source>
        <translation>„%1“ benötigt das Modul „%2“, das auf dem Ziel fehlt; stellen Sie den Vektorisierer auf „none“ um (die archivierten Objekte bringen ihre Vektoren mit).</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has replication factor %2 but the target has %Ln node(s); lower the replication factor.</source>
        <translation>
            <numerusform>„%1“ hat den Replikationsfaktor %2, das Ziel aber nur %Ln Knoten; verringern Sie den Replikationsfaktor.</numerusform>
            <numerusform>„%1“ hat den Replikationsfaktor %2, das Ziel aber nur %Ln Knoten; verringern Sie den Replikationsfaktor.</numerusform>
        </translation>
    </message>
    <message>
        <source>vector index type &quot;%1&quot;</source>
        <translation>Vektorindex-Typ „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses the vector index type &quot;%2&quot;, which the target may not support.</source>
        <translation>„%1“ verwendet den Vektorindex-Typ „%2“, den das Ziel möglicherweise nicht unterstützt.</translation>
    </message>
    <message>
        <source>tokenization &quot;%1&quot;</source>
        <translation>Tokenisierung „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses the tokenization &quot;%2&quot;, which needs to be enabled on the target.</source>
        <translation>„%1“ verwendet die Tokenisierung „%2“, die auf dem Ziel aktiviert sein muss.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; was offloaded (%3); the target has no offload module, so it stays active.</source>
        <translation>Der Mandant „%1“ der Sammlung „%2“ war ausgelagert (%3); das Ziel hat kein Offload-Modul, daher bleibt er aktiv.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; had the status %3 and is restored as active.</source>
        <translation>Der Mandant „%1“ der Sammlung „%2“ hatte den Status %3 und wird als aktiv wiederhergestellt.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is %3 on the target and cannot be loaded.</source>
        <translation>Der Mandant „%1“ der Sammlung „%2“ hat auf dem Ziel den Status %3 und kann nicht geladen werden.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is inactive on the target, so its objects could not be compared; every archived object is counted as new.</source>
        <translation>Der Mandant „%1“ der Sammlung „%2“ ist auf dem Ziel inaktiv, daher konnten seine Objekte nicht verglichen werden; alle archivierten Objekte werden als neu gezählt.</translation>
    </message>
    <message>
        <source>Creation and update times are set by the server; the archived times cannot be restored.</source>
        <translation>Erstellungs- und Änderungszeitpunkte setzt der Server; die archivierten Zeitpunkte können nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Property &quot;%1&quot; of &quot;%2&quot; is a blob hash, which cannot be restored faithfully (the server would hash the hash).</source>
        <translation>Die Eigenschaft „%1“ von „%2“ ist ein Blob-Hash, der sich nicht originalgetreu wiederherstellen lässt (der Server würde den Hash erneut hashen).</translation>
    </message>
    <message>
        <source>Plan ready.</source>
        <translation>Plan erstellt.</translation>
    </message>
    <message>
        <source>The server answered a batch of objects in an unexpected form.</source>
        <translation>Der Server hat auf einen Objekt-Batch in unerwarteter Form geantwortet.</translation>
    </message>
    <message numerus="yes">
        <source>The restore plan has %Ln blocking problem(s).</source>
        <translation>
            <numerusform>Der Wiederherstellungsplan enthält %Ln blockierendes Problem.</numerusform>
            <numerusform>Der Wiederherstellungsplan enthält %Ln blockierende Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replacing &quot;%1&quot; deletes it first and needs its name confirmed.</source>
        <translation>Das Ersetzen von „%1“ löscht die Sammlung zuerst und erfordert eine Bestätigung des Namens.</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>%1 wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Restoring %1, tenant %2…</source>
        <translation>%1, Mandant %2 wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>%1 changed since the plan: %2 objects created and %3 overwritten instead of %4 and %5.</source>
        <translation>%1 hat sich seit der Planung geändert: %2 Objekte angelegt und %3 überschrieben statt %4 bzw. %5.</translation>
    </message>
    <message>
        <source>Could not count %1: %2</source>
        <translation>%1 konnte nicht gezählt werden: %2</translation>
    </message>
    <message>
        <source>%1 holds %2 objects; the plan expected %3.</source>
        <translation>%1 enthält %2 Objekte; laut Plan erwartet: %3.</translation>
    </message>
    <message>
        <source>Restore finished.</source>
        <translation>Wiederherstellung abgeschlossen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has both a class-level vector and named vectors: it is created with the class-level vector first, and its named vectors are added right after.</source>
        <translation>„%1“ hat sowohl einen Vektor auf Klassenebene als auch benannte Vektoren: Die Sammlung wird zunächst mit dem Vektor auf Klassenebene angelegt, die benannten Vektoren werden direkt danach hinzugefügt.</translation>
    </message>
    <message>
        <source>The batch size must be between 1 and %L1 objects, not %L2.</source>
        <translation>Die Batch-Größe muss zwischen 1 und %L1 Objekten liegen, nicht %L2.</translation>
    </message>
    <message>
        <source>Nested property &quot;%1&quot; of &quot;%2&quot; exists only in the archive. The server cannot add it to the existing object property, and refuses objects that carry it.</source>
        <translation>Die verschachtelte Eigenschaft „%1“ von „%2“ gibt es nur im Archiv. Der Server kann sie der vorhandenen Objekteigenschaft nicht hinzufügen und lehnt Objekte ab, die sie enthalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has both a class-level vector and named vectors. Weaviate %2 cannot create such a collection; version 1.31 or later can.</source>
        <translation>„%1“ hat sowohl einen Vektor auf Klassenebene als auch benannte Vektoren. Weaviate %2 kann eine solche Sammlung nicht anlegen; ab Version 1.31 ist das möglich.</translation>
    </message>
    <message>
        <source>Reading the archive</source>
        <translation>Archiv lesen</translation>
    </message>
    <message>
        <source>Creating collections</source>
        <translation>Sammlungen anlegen</translation>
    </message>
    <message>
        <source>Creating tenants</source>
        <translation>Mandanten anlegen</translation>
    </message>
    <message>
        <source>Importing objects</source>
        <translation>Objekte importieren</translation>
    </message>
    <message>
        <source>Adding references</source>
        <translation>Referenzen hinzufügen</translation>
    </message>
    <message>
        <source>Verifying counts</source>
        <translation>Anzahlen prüfen</translation>
    </message>
    <message>
        <source>Setting tenant statuses</source>
        <translation>Mandantenstatus setzen</translation>
    </message>
    <message>
        <source>Checking the parameters</source>
        <translation>Parameter prüfen</translation>
    </message>
    <message>
        <source>Reading the target</source>
        <translation>Ziel lesen</translation>
    </message>
    <message>
        <source>Selecting collections</source>
        <translation>Sammlungen auswählen</translation>
    </message>
    <message>
        <source>Comparing collections</source>
        <translation>Sammlungen vergleichen</translation>
    </message>
    <message>
        <source>Counting objects</source>
        <translation>Objekte zählen</translation>
    </message>
    <message>
        <source>Checking vector lengths</source>
        <translation>Vektorlängen prüfen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be renamed: it is not on the source server.</source>
        <translation>„%1“ kann nicht umbenannt werden: Die Sammlung ist nicht auf dem Quellserver.</translation>
    </message>
    <message>
        <source>Creation and update times are set by the target server; the source&apos;s times cannot be copied.</source>
        <translation>Erstellungs- und Änderungszeitpunkte setzt der Zielserver; die Zeitpunkte der Quelle können nicht kopiert werden.</translation>
    </message>
    <message>
        <source>Weaviate %1 has no collection aliases (they arrived in 1.32), so alias &quot;%2&quot; cannot be switched.</source>
        <translation>Weaviate %1 hat keine Sammlungs-Aliasse (sie kamen mit 1.32), daher kann der Alias „%2“ nicht umgestellt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln alias(es) cannot be restored: Weaviate %1 has no collection aliases (they arrived in 1.32). --aliases skip restores without them.</source>
        <translation>
            <numerusform>%Ln Alias kann nicht wiederhergestellt werden: Weaviate %1 hat keine Sammlungs-Aliasse (sie kamen mit 1.32). --aliases skip stellt ohne sie wieder her.</numerusform>
            <numerusform>%Ln Aliasse können nicht wiederhergestellt werden: Weaviate %1 hat keine Sammlungs-Aliasse (sie kamen mit 1.32). --aliases skip stellt ohne sie wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a collection on the target, not an alias, so --swap-alias cannot switch it. Give an alias name: clients that read through an alias can be switched, clients that use the collection&apos;s own name cannot.</source>
        <translation>„%1“ ist auf dem Ziel eine Sammlung, kein Alias, daher kann --swap-alias sie nicht umstellen. Geben Sie einen Aliasnamen an: Clients, die über einen Alias lesen, lassen sich umstellen, Clients, die den eigenen Namen der Sammlung verwenden, nicht.</translation>
    </message>
    <message>
        <source>Alias &quot;%1&quot; cannot be restored: the target has a collection of that name.</source>
        <translation>Der Alias „%1“ kann nicht wiederhergestellt werden: Das Ziel hat eine Sammlung dieses Namens.</translation>
    </message>
    <message>
        <source>Alias &quot;%1&quot; exists on the target and points at &quot;%2&quot;, not at &quot;%3&quot;. --move-aliases points it at &quot;%3&quot;; --aliases skip leaves it alone.</source>
        <translation>Der Alias „%1“ existiert auf dem Ziel und verweist auf „%2“, nicht auf „%3“. --move-aliases stellt ihn auf „%3“ um; --aliases skip lässt ihn unverändert.</translation>
    </message>
    <message>
        <source>Alias &quot;%1&quot; was created on the target while the restore ran and points elsewhere; it was left as it is.</source>
        <translation>Der Alias „%1“ wurde auf dem Ziel angelegt, während die Wiederherstellung lief, und verweist anderswohin; er wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>Alias &quot;%1&quot; was not switched to &quot;%2&quot;: the restore is incomplete. It still points where it did.</source>
        <translation>Der Alias „%1“ wurde nicht auf „%2“ umgestellt: Die Wiederherstellung ist unvollständig. Er verweist weiterhin auf dieselbe Sammlung wie zuvor.</translation>
    </message>
    <message>
        <source>Setting aliases</source>
        <translation>Aliasse werden gesetzt</translation>
    </message>
    <message>
        <source>The target&apos;s aliases could not be read, so names are not checked against them: %1</source>
        <translation>Die Aliasse des Ziels konnten nicht gelesen werden, daher werden die Namen nicht mit ihnen abgeglichen: %1</translation>
    </message>
    <message>
        <source>An alias is switched only by a side-by-side restore (--as-new).</source>
        <translation>Ein Alias wird nur bei einer Wiederherstellung nebeneinander (--as-new) umgestellt.</translation>
    </message>
    <message numerus="yes">
        <source>A side-by-side restore (--as-new) restores one collection; %Ln were chosen.</source>
        <translation>
            <numerusform>Eine Wiederherstellung nebeneinander (--as-new) stellt eine Sammlung wieder her; %Ln wurde ausgewählt.</numerusform>
            <numerusform>Eine Wiederherstellung nebeneinander (--as-new) stellt eine Sammlung wieder her; %Ln wurden ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>A side-by-side restore (--as-new) creates a new collection, so it takes no --mode.</source>
        <translation>Eine Wiederherstellung nebeneinander (--as-new) legt eine neue Sammlung an und nimmt daher kein --mode an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an alias on the target: the restore writes into &quot;%2&quot;, the collection it points at.</source>
        <translation>„%1“ ist auf dem Ziel ein Alias: Die Wiederherstellung schreibt in „%2“, die Sammlung, auf die er verweist.</translation>
    </message>
    <message>
        <source>A vectorizer is chosen only for objects written without their vectors (--vectors omit).</source>
        <translation>Ein Vektorisierer wird nur für Objekte gewählt, die ohne ihre Vektoren geschrieben werden (--vectors omit).</translation>
    </message>
    <message>
        <source>The target has no module &quot;%1&quot;; it has no modules enabled at all.</source>
        <translation>Das Ziel hat kein Modul „%1“; es hat überhaupt keine Module aktiviert.</translation>
    </message>
    <message>
        <source>The target has no module &quot;%1&quot;; its modules are: %2.</source>
        <translation>Das Ziel hat kein Modul „%1“; seine Module sind: %2.</translation>
    </message>
    <message>
        <source>No collection in the plan has a named vector &quot;%1&quot;; check the name given to --vectorizer.</source>
        <translation>Keine Sammlung im Plan hat einen benannten Vektor „%1“; prüfen Sie den bei --vectorizer angegebenen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists on the target and keeps its own vectorizers, not the ones chosen; they compute the vectors of the objects written.</source>
        <translation>Die Sammlung „%1“ existiert auf dem Ziel und behält ihre eigenen Vektorisierer, statt der gewählten; diese eigenen Vektorisierer berechnen die Vektoren der geschriebenen Objekte.</translation>
    </message>
    <message>
        <source>The objects of &quot;%1&quot; are written without vectors and no module computes them: the collection will have no vectors.</source>
        <translation>Die Objekte von „%1“ werden ohne Vektoren geschrieben, und kein Modul berechnet sie: Die Sammlung wird keine Vektoren haben.</translation>
    </message>
    <message>
        <source>The multi-vector &quot;%2&quot; of &quot;%1&quot; is omitted: no multi-vector module was chosen for it, so the collection will have no &quot;%2&quot; vectors.</source>
        <translation>Der Multivektor „%2“ von „%1“ wird weggelassen: Für ihn wurde kein Multivektor-Modul gewählt, daher wird die Sammlung keine „%2“-Vektoren haben.</translation>
    </message>
    <message>
        <source>The objects of &quot;%1&quot; are written without the vector &quot;%2&quot; and no module computes it: the collection will have no &quot;%2&quot; vectors.</source>
        <translation>Die Objekte von „%1“ werden ohne den Vektor „%2“ geschrieben, und kein Modul berechnet ihn: Die Sammlung wird keine „%2“-Vektoren haben.</translation>
    </message>
    <message numerus="yes">
        <source>After the switch, clients that read through alias &quot;%1&quot; no longer reach %Ln tenant(s) of &quot;%2&quot; that &quot;%3&quot; will not have: %4.</source>
        <extracomment>%1 alias, %2 the collection it points at now, %3 the new collection, %4 a list of tenants</extracomment>
        <translation>
            <numerusform>Nach dem Umstellen erreichen Clients, die über den Alias „%1“ lesen, %Ln Mandanten von „%2“ nicht mehr, den „%3“ nicht haben wird: %4.</numerusform>
            <numerusform>Nach dem Umstellen erreichen Clients, die über den Alias „%1“ lesen, %Ln Mandanten von „%2“ nicht mehr, die „%3“ nicht haben wird: %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refers to %2, which is neither copied nor on the target: its references will point at nothing until %2 exists there.</source>
        <extracomment>%1 collection.property, %2 the collection it refers to</extracomment>
        <translation>Die Eigenschaft %1 verweist auf die Sammlung %2, die weder kopiert wird noch auf dem Ziel vorhanden ist: Ihre Referenzen zeigen ins Leere, bis %2 dort existiert.</translation>
    </message>
    <message>
        <source>%1 refers to %2, which is neither restored nor on the target: its references will point at nothing until %2 exists there.</source>
        <translation>Die Eigenschaft %1 verweist auf die Sammlung %2, die weder wiederhergestellt wird noch auf dem Ziel vorhanden ist: Ihre Referenzen zeigen ins Leere, bis %2 dort existiert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other tenant(s)</source>
        <translation>
            <numerusform>%Ln weiterer Mandant</numerusform>
            <numerusform>%Ln weitere Mandanten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be added to the existing collection: it refers to %2, which is not on the target, and Weaviate refuses such a property. Include %2, or create it on the target first.</source>
        <extracomment>%1 collection.property, %2 the collection it refers to</extracomment>
        <translation>Die Eigenschaft %1 kann der vorhandenen Sammlung nicht hinzugefügt werden: Sie verweist auf %2, die auf dem Ziel nicht vorhanden ist, und Weaviate lehnt eine solche Eigenschaft ab. Nehmen Sie %2 mit auf, oder legen Sie sie zuerst auf dem Ziel an.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>one of the last archives</source>
        <translation>eines der letzten Archive</translation>
    </message>
    <message>
        <source>oldest hourly archive</source>
        <translation>ältestes stündliches Archiv</translation>
    </message>
    <message>
        <source>hourly archive</source>
        <translation>stündliches Archiv</translation>
    </message>
    <message>
        <source>oldest daily archive</source>
        <translation>ältestes tägliches Archiv</translation>
    </message>
    <message>
        <source>daily archive</source>
        <translation>tägliches Archiv</translation>
    </message>
    <message>
        <source>oldest weekly archive</source>
        <translation>ältestes wöchentliches Archiv</translation>
    </message>
    <message>
        <source>weekly archive</source>
        <translation>wöchentliches Archiv</translation>
    </message>
    <message>
        <source>oldest monthly archive</source>
        <translation>ältestes monatliches Archiv</translation>
    </message>
    <message>
        <source>monthly archive</source>
        <translation>monatliches Archiv</translation>
    </message>
    <message>
        <source>oldest yearly archive</source>
        <translation>ältestes jährliches Archiv</translation>
    </message>
    <message>
        <source>yearly archive</source>
        <translation>jährliches Archiv</translation>
    </message>
    <message>
        <source>newest archive</source>
        <translation>neuestes Archiv</translation>
    </message>
    <message>
        <source>just written and verified</source>
        <translation>gerade geschrieben und geprüft</translation>
    </message>
</context>
<context>
    <name>S3ArchiveDevice</name>
    <message>
        <source>The object at %1 was replaced while it was being read.</source>
        <extracomment>%1 is an S3 location, s3://BUCKET/KEY</extracomment>
        <translation>Das Objekt unter %1 wurde ersetzt, während es gelesen wurde.</translation>
    </message>
    <message>
        <source>The S3 server sent no data for %1.</source>
        <extracomment>%1 is an S3 location, s3://BUCKET/KEY</extracomment>
        <translation>Der S3-Server hat für %1 keine Daten gesendet.</translation>
    </message>
    <message>
        <source>The S3 object is not open.</source>
        <translation>Das S3-Objekt ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>S3ArchiveUpload</name>
    <message>
        <source>The archive is larger than an S3 multipart upload can hold (%1).</source>
        <extracomment>%1 is a size, e.g. 359 GiB</extracomment>
        <translation>Das Archiv ist größer, als ein mehrteiliger S3-Upload fassen kann (%1).</translation>
    </message>
</context>
<context>
    <name>S3Client</name>
    <message>
        <source>Could not connect to the S3 server at %1: the connection was refused.</source>
        <translation>Keine Verbindung zum S3-Server unter %1 möglich: Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The S3 server name in %1 could not be found.</source>
        <translation>Der S3-Servername in %1 konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>The S3 server at %1 did not answer in time.</source>
        <translation>Der S3-Server unter %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection to the S3 server at %1 failed: its certificate is not trusted.</source>
        <translation>Die sichere Verbindung zum S3-Server unter %1 ist fehlgeschlagen: Dem Zertifikat wird nicht vertraut.</translation>
    </message>
    <message>
        <source>The connection to the S3 server at %1 failed.</source>
        <translation>Die Verbindung zum S3-Server unter %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The S3 bucket &quot;%1&quot; does not exist at %2.</source>
        <translation>Den S3-Bucket „%1“ gibt es unter %2 nicht.</translation>
    </message>
    <message>
        <source>There is no object at %1.</source>
        <translation>Unter %1 gibt es kein Objekt.</translation>
    </message>
    <message>
        <source>The multipart upload to %1 no longer exists on the S3 server.</source>
        <translation>Der mehrteilige Upload nach %1 existiert auf dem S3-Server nicht mehr.</translation>
    </message>
    <message>
        <source>The S3 server does not know the access key ID %1.</source>
        <translation>Der S3-Server kennt die Zugriffsschlüssel-ID %1 nicht.</translation>
    </message>
    <message>
        <source>The S3 server denied the access key ID %1 access to %2.</source>
        <translation>Der S3-Server hat der Zugriffsschlüssel-ID %1 den Zugriff auf %2 verweigert.</translation>
    </message>
    <message>
        <source>The S3 session token has expired: get new temporary credentials.</source>
        <translation>Das S3-Sitzungstoken ist abgelaufen: Besorgen Sie neue temporäre Zugangsdaten.</translation>
    </message>
    <message>
        <source>The S3 server rejected the session token (AWS_SESSION_TOKEN).</source>
        <translation>Der S3-Server hat das Sitzungstoken (AWS_SESSION_TOKEN) abgelehnt.</translation>
    </message>
    <message>
        <source>The S3 server rejected the request because this computer&apos;s clock is wrong.</source>
        <translation>Der S3-Server hat die Anfrage abgelehnt, weil die Uhr dieses Computers falsch geht.</translation>
    </message>
    <message>
        <source>The S3 bucket &quot;%1&quot; is not in the region %2: set its region (AWS_REGION).</source>
        <translation>Der S3-Bucket „%1“ liegt nicht in der Region %2: Setzen Sie seine Region (AWS_REGION).</translation>
    </message>
    <message>
        <source>The byte range asked for lies outside the object at %1.</source>
        <translation>Der angeforderte Bytebereich liegt außerhalb des Objekts unter %1.</translation>
    </message>
    <message>
        <source>A part of the multipart upload to %1 is smaller than the S3 server&apos;s minimum part size.</source>
        <translation>Ein Teil des mehrteiligen Uploads nach %1 ist kleiner als die Mindestgröße des S3-Servers.</translation>
    </message>
    <message>
        <source>The S3 server does not have the parts listed for the upload to %1.</source>
        <translation>Der S3-Server hat die für den Upload nach %1 aufgeführten Teile nicht.</translation>
    </message>
    <message>
        <source>The S3 server failed with HTTP status %1.</source>
        <translation>Der S3-Server ist mit HTTP-Status %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The S3 server refused the request with error %1 (HTTP status %2).</source>
        <extracomment>%1 is S3&apos;s error code (e.g. InvalidArgument), %2 an HTTP status.</extracomment>
        <translation>Der S3-Server hat die Anfrage mit dem Fehler %1 abgelehnt (HTTP-Status %2).</translation>
    </message>
    <message>
        <source>The S3 server refused the request (HTTP status %1).</source>
        <translation>Der S3-Server hat die Anfrage abgelehnt (HTTP-Status %1).</translation>
    </message>
    <message>
        <source>The S3 server sent more bytes of %1 than were asked for.</source>
        <translation>Der S3-Server hat von %1 mehr Bytes gesendet als angefordert.</translation>
    </message>
    <message>
        <source>The S3 server sent a listing of bucket &quot;%1&quot; that is not valid.</source>
        <translation>Der S3-Server hat eine ungültige Liste des Buckets „%1“ gesendet.</translation>
    </message>
    <message>
        <source>The S3 server did not start the multipart upload to %1.</source>
        <translation>Der S3-Server hat den mehrteiligen Upload nach %1 nicht begonnen.</translation>
    </message>
    <message>
        <source>The S3 server did not confirm part %1 of the upload to %2.</source>
        <translation>Der S3-Server hat Teil %1 des Uploads nach %2 nicht bestätigt.</translation>
    </message>
    <message>
        <source>The S3 server sent a list of uploads in bucket &quot;%1&quot; that is not valid.</source>
        <translation>Der S3-Server hat eine ungültige Liste der Uploads im Bucket „%1“ gesendet.</translation>
    </message>
    <message>
        <source>The S3 server at %1 rejected the request: the secret access key of %2 is wrong.</source>
        <extracomment>%1 is the S3 server&apos;s address, %2 an access key ID</extracomment>
        <translation>Der S3-Server unter %1 hat die Anfrage abgelehnt: Der geheime Zugriffsschlüssel von %2 ist falsch.</translation>
    </message>
</context>
<context>
    <name>S3Credentials</name>
    <message>
        <source>The AWS profile &quot;%1&quot; is in neither %2 nor %3.</source>
        <translation>Das AWS-Profil „%1“ steht weder in %2 noch in %3.</translation>
    </message>
    <message>
        <source>An S3 secret access key was given without its access key ID.</source>
        <translation>Ein geheimer S3-Zugriffsschlüssel wurde ohne seine Zugriffsschlüssel-ID angegeben.</translation>
    </message>
    <message>
        <source>An S3 access key ID was given without its secret access key.</source>
        <translation>Eine S3-Zugriffsschlüssel-ID wurde ohne ihren geheimen Zugriffsschlüssel angegeben.</translation>
    </message>
    <message>
        <source>AWS_SECRET_ACCESS_KEY is set, but AWS_ACCESS_KEY_ID is not.</source>
        <translation>AWS_SECRET_ACCESS_KEY ist gesetzt, AWS_ACCESS_KEY_ID aber nicht.</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID is set, but AWS_SECRET_ACCESS_KEY is not.</source>
        <translation>AWS_ACCESS_KEY_ID ist gesetzt, AWS_SECRET_ACCESS_KEY aber nicht.</translation>
    </message>
    <message>
        <source>No S3 credentials were found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE to a profile of ~/.aws/credentials.</source>
        <translation>Es wurden keine S3-Zugangsdaten gefunden: Setzen Sie AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY oder AWS_PROFILE auf ein Profil aus ~/.aws/credentials.</translation>
    </message>
    <message>
        <source>No S3 credentials were found: the AWS profile &quot;%1&quot; is in neither ~/.aws/credentials nor ~/.aws/config.</source>
        <translation>Es wurden keine S3-Zugangsdaten gefunden: Das AWS-Profil „%1“ steht weder in ~/.aws/credentials noch in ~/.aws/config.</translation>
    </message>
    <message>
        <source>The AWS profile &quot;%1&quot; has no %2.</source>
        <extracomment>%1 is a profile name, %2 the missing setting (aws_access_key_id or aws_secret_access_key).</extracomment>
        <translation>Das AWS-Profil „%1“ hat kein %2.</translation>
    </message>
    <message>
        <source>No AWS region is set: set AWS_REGION, or a region in the profile of ~/.aws/config.</source>
        <translation>Es ist keine AWS-Region gesetzt: Setzen Sie AWS_REGION oder eine Region im Profil in ~/.aws/config.</translation>
    </message>
    <message>
        <source>The S3 endpoint &quot;%1&quot; is not an http:// or https:// address of a server.</source>
        <translation>Der S3-Endpunkt „%1“ ist keine http://- oder https://-Adresse eines Servers.</translation>
    </message>
</context>
<context>
    <name>S3Location</name>
    <message>
        <source>&quot;%1&quot; is not an S3 location: it must start with s3://, as in s3://bucket/key.</source>
        <translation>„%1“ ist kein S3-Ort: Er muss mit s3:// beginnen, wie in s3://bucket/key.</translation>
    </message>
    <message>
        <source>The S3 location &quot;%1&quot; names no bucket: write it as s3://bucket/key.</source>
        <translation>Der S3-Ort „%1“ nennt keinen Bucket: Schreiben Sie ihn als s3://bucket/key.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid S3 bucket name: it must be 3 to 63 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit.</source>
        <translation>„%1“ ist kein gültiger S3-Bucket-Name: Er muss aus 3 bis 63 Kleinbuchstaben, Ziffern, Punkten oder Bindestrichen bestehen und mit einem Buchstaben oder einer Ziffer beginnen und enden.</translation>
    </message>
    <message>
        <source>The S3 location &quot;%1&quot; names no object: add its key, as in s3://%2/backup.tar.zst.</source>
        <translation>Der S3-Ort „%1“ nennt kein Objekt: Ergänzen Sie dessen Schlüssel, wie in s3://%2/backup.tar.zst.</translation>
    </message>
    <message>
        <source>The S3 key in &quot;%1&quot; is longer than 1024 bytes.</source>
        <translation>Der S3-Schlüssel in „%1“ ist länger als 1024 Byte.</translation>
    </message>
</context>
<context>
    <name>S3Options</name>
    <message>
        <source>The S3-compatible server of s3:// archives, e.g. http://127.0.0.1:9000 (default: AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL, else AWS).</source>
        <translation>Der S3-kompatible Server für s3://-Archive, z. B. http://127.0.0.1:9000 (Standard: AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL, sonst AWS).</translation>
    </message>
    <message>
        <source>The region of s3:// archives (default: AWS_REGION, else the profile&apos;s).</source>
        <translation>Die Region der s3://-Archive (Standard: AWS_REGION, sonst die des Profils).</translation>
    </message>
    <message>
        <source>The profile in ~/.aws/credentials and ~/.aws/config for s3:// archives (default: AWS_PROFILE).</source>
        <translation>Das Profil in ~/.aws/credentials und ~/.aws/config für s3://-Archive (Standard: AWS_PROFILE).</translation>
    </message>
    <message>
        <source>Address s3:// archives as ENDPOINT/BUCKET/KEY, as most self-hosted servers want (automatic for an IP address or localhost).</source>
        <translation>s3://-Archive als ENDPOINT/BUCKET/KEY adressieren, wie es die meisten selbst gehosteten Server erwarten (automatisch bei einer IP-Adresse oder localhost).</translation>
    </message>
</context>
<context>
    <name>SchemaClient</name>
    <message>
        <source>The connection failed while collection &quot;%1&quot; was being created, and the server now holds a collection of that name that differs from it.</source>
        <translation>Die Verbindung brach ab, während die Sammlung „%1“ angelegt wurde, und der Server enthält jetzt eine Sammlung dieses Namens, die von ihr abweicht.</translation>
    </message>
    <message>
        <source>The connection failed while property &quot;%1&quot; was being added to &quot;%2&quot;, and the server now holds a property of that name with another data type.</source>
        <translation>Die Verbindung brach ab, während die Eigenschaft „%1“ zu „%2“ hinzugefügt wurde, und der Server enthält jetzt eine Eigenschaft dieses Namens mit einem anderen Datentyp.</translation>
    </message>
</context>
<context>
    <name>SegmentWriter</name>
    <message>
        <source>An object of the collection &quot;%1&quot; cannot be written to the archive.</source>
        <translation>Ein Objekt der Sammlung „%1“ kann nicht in das Archiv geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ServerSource</name>
    <message>
        <source>Reading the source server</source>
        <translation>Quellserver lesen</translation>
    </message>
    <message>
        <source>The source server sent an object of %1 whose references are not valid.</source>
        <translation>Der Quellserver hat ein Objekt von %1 mit ungültigen Referenzen gesendet.</translation>
    </message>
</context>
<context>
    <name>StorageProfile</name>
    <message>
        <source>The S3 keys are not shown. The command takes them from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or add --s3-profile NAME for a profile in ~/.aws/credentials.</source>
        <translation>Die S3-Schlüssel werden nicht angezeigt. Der Befehl liest sie aus AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY, oder fügen Sie --s3-profile NAME für ein Profil in ~/.aws/credentials hinzu.</translation>
    </message>
    <message>
        <source>The secret key of the storage profile %1 could not be read from the keychain (%2). Enter it again under File → Storage Profiles…; without a keychain it is kept until Colvault quits.</source>
        <extracomment>%1 a storage profile&apos;s name, %2 the keychain&apos;s own message</extracomment>
        <translation>Der geheime Zugriffsschlüssel des Speicherprofils %1 konnte nicht aus dem Schlüsselbund gelesen werden (%2). Geben Sie ihn erneut ein unter Datei → Speicherprofile…; ohne Schlüsselbund bleibt er erhalten, bis Colvault beendet wird.</translation>
    </message>
</context>
<context>
    <name>TenantSelection</name>
    <message>
        <source>&quot;%1&quot; is neither a tenant name nor a pattern of them (letters, digits, _ and -, with *, ? and [...]).</source>
        <translation>„%1“ ist weder ein Mandantenname noch ein Muster dafür (Buchstaben, Ziffern, _ und -, mit *, ? und [...]).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s) not found in &quot;%1&quot;: %2.</source>
        <translation>
            <numerusform>%Ln Mandant nicht in „%1“ gefunden: %2.</numerusform>
            <numerusform>%Ln Mandanten nicht in „%1“ gefunden: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s) not found in the archive&apos;s &quot;%1&quot;: %2.</source>
        <translation>
            <numerusform>%Ln Mandant nicht in „%1“ des Archivs gefunden: %2.</numerusform>
            <numerusform>%Ln Mandanten nicht in „%1“ des Archivs gefunden: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pattern(s) match no tenant of &quot;%1&quot;: %2.</source>
        <translation>
            <numerusform>%Ln Muster passt auf keinen Mandanten von „%1“: %2.</numerusform>
            <numerusform>%Ln Muster passen auf keinen Mandanten von „%1“: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pattern(s) match no tenant of the archive&apos;s &quot;%1&quot;: %2.</source>
        <translation>
            <numerusform>%Ln Muster passt auf keinen Mandanten von „%1“ des Archivs: %2.</numerusform>
            <numerusform>%Ln Muster passen auf keinen Mandanten von „%1“ des Archivs: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantStatusGuard</name>
    <message>
        <source>The tenant statuses of %1 could not be put back: %2 %3</source>
        <translation>Der Status der Mandanten von %1 konnte nicht zurückgesetzt werden: %2 %3</translation>
    </message>
</context>
<context>
    <name>VectorCodec</name>
    <message>
        <source>An object has a vector that cannot be stored.</source>
        <translation>Ein Objekt hat einen Vektor, der nicht gespeichert werden kann.</translation>
    </message>
    <message>
        <source>The vector data of the archive is damaged.</source>
        <translation>Die Vektordaten des Archivs sind beschädigt.</translation>
    </message>
    <message>
        <source>The vector data was written by a newer or unknown version of Colvault.</source>
        <translation>Die Vektordaten wurden von einer neueren oder unbekannten Colvault-Version geschrieben.</translation>
    </message>
</context>
<context>
    <name>VectorShapeCheck</name>
    <message>
        <source>The vector &quot;%2&quot; of &quot;%1&quot; has length %3 on the target but %4 in the archive; the server refuses vectors of another length, so restore this collection under another name or replace it.</source>
        <extracomment>%1 collection, %2 vector name (&quot;default&quot; for the class-level vector), %3 and %4 vector lengths</extracomment>
        <translation>Der Vektor „%2“ der Sammlung „%1“ hat auf dem Ziel die Länge %3, im Archiv aber %4. Der Server lehnt Vektoren anderer Länge ab; stellen Sie diese Sammlung unter einem anderen Namen wieder her oder ersetzen Sie sie.</translation>
    </message>
    <message>
        <source>The vector &quot;%2&quot; of tenant &quot;%5&quot; of &quot;%1&quot; has length %3 on the target but %4 in the archive; the server refuses vectors of another length, so restore this collection under another name or replace it.</source>
        <extracomment>%1 collection, %2 vector name (&quot;default&quot; for the class-level vector), %3 and %4 vector lengths, %5 tenant</extracomment>
        <translation>Der Vektor „%2“ des Mandanten „%5“ der Sammlung „%1“ hat auf dem Ziel die Länge %3, im Archiv aber %4. Der Server lehnt Vektoren anderer Länge ab; stellen Sie diese Sammlung unter einem anderen Namen wieder her oder ersetzen Sie sie.</translation>
    </message>
</context>
<context>
    <name>WeaviateClient</name>
    <message>
        <source>The CA file &quot;%1&quot; holds no PEM certificate.</source>
        <translation>Die CA-Datei „%1“ enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused. Is Weaviate running there?</source>
        <translation>Keine Verbindung zu %1 möglich: Die Verbindung wurde abgelehnt. Läuft dort Weaviate?</translation>
    </message>
    <message>
        <source>The server name in %1 could not be found.</source>
        <translation>Der Servername in %1 konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation>Der Server unter %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: Dem Zertifikat wird nicht vertraut.</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The server requires an API key.</source>
        <translation>Der Server verlangt einen API-Schlüssel.</translation>
    </message>
    <message>
        <source>The server rejected the API key.</source>
        <translation>Der Server hat den API-Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <source>The API key is not allowed to do this on the server.</source>
        <translation>Der API-Schlüssel hat auf dem Server keine Berechtigung für diese Aktion.</translation>
    </message>
    <message>
        <source>The server has no such collection or object.</source>
        <translation>Die Sammlung bzw. das Objekt existiert auf dem Server nicht.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; is not active, so its objects cannot be read or written.</source>
        <translation>Der Mandant „%1“ ist nicht aktiv, daher können seine Objekte weder gelesen noch geschrieben werden.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; does not exist.</source>
        <translation>Der Mandant „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The server failed with HTTP status %1.</source>
        <translation>Auf dem Server ist ein Fehler aufgetreten (HTTP-Status %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP status %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP-Status %1).</translation>
    </message>
    <message>
        <source>The server sent a schema that is not valid JSON.</source>
        <translation>Der Server hat ein Schema gesendet, das kein gültiges JSON ist.</translation>
    </message>
    <message>
        <source>Collection &quot;%1&quot; does not exist on the server.</source>
        <translation>Die Sammlung „%1“ existiert auf dem Server nicht.</translation>
    </message>
    <message>
        <source>The server sent a tenant list for &quot;%1&quot; that is not valid JSON.</source>
        <translation>Der Server hat für „%1“ eine Mandantenliste gesendet, die kein gültiges JSON ist.</translation>
    </message>
    <message>
        <source>The server could not answer a GraphQL query.</source>
        <translation>Der Server konnte eine GraphQL-Abfrage nicht beantworten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid collection or tenant name.</source>
        <translation>„%1“ ist kein gültiger Sammlungs- oder Mandantenname.</translation>
    </message>
    <message>
        <source>The server at %1 redirected the request to another address, %2. Colvault follows redirects only within the same server, so that the API key is never sent elsewhere; use that address as the server URL if you trust it.</source>
        <extracomment>%1 is the server&apos;s URL, %2 the address it redirected to.</extracomment>
        <translation>Der Server unter %1 hat die Anfrage an eine andere Adresse umgeleitet, %2. Colvault folgt Umleitungen nur innerhalb desselben Servers, damit der API-Schlüssel nie anderswohin gesendet wird; verwenden Sie diese Adresse als Server-URL, wenn Sie ihr vertrauen.</translation>
    </message>
    <message>
        <source>The server at %1 redirected the request more than %2 times.</source>
        <translation>Der Server unter %1 hat die Anfrage mehr als %2-mal umgeleitet.</translation>
    </message>
    <message>
        <source>The server at %1 is not a Weaviate API: it has no Weaviate /v1/meta. Check the URL and the port.</source>
        <translation>Der Server unter %1 ist keine Weaviate-API: Er hat kein Weaviate-/v1/meta. Prüfen Sie URL und Port.</translation>
    </message>
    <message>
        <source>The server sent a list of objects that is not valid JSON.</source>
        <translation>Der Server hat eine Objektliste gesendet, die kein gültiges JSON ist.</translation>
    </message>
    <message>
        <source>The server answered a count without a number.</source>
        <translation>Der Server hat auf eine Zählung ohne Zahl geantwortet.</translation>
    </message>
    <message>
        <source>The server at %1 has GraphQL switched off, and its gRPC API at %2 cannot be reached, so Colvault cannot count objects. Give its gRPC address in the connection profile, or with --grpc-url.</source>
        <translation>Beim Server unter %1 ist GraphQL abgeschaltet, und seine gRPC-API unter %2 ist nicht erreichbar, daher kann Colvault keine Objekte zählen. Geben Sie seine gRPC-Adresse im Verbindungsprofil oder mit --grpc-url an.</translation>
    </message>
    <message>
        <source>Could not connect to the proxy at %1: the connection was refused.</source>
        <translation>Keine Verbindung zum Proxy unter %1 möglich: Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The name of the proxy %1, or of the server %2, could not be found.</source>
        <translation>Der Name des Proxys %1 oder des Servers %2 konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be set up.</source>
        <translation>Die sichere Verbindung zu %1 konnte nicht aufgebaut werden.</translation>
    </message>
    <message>
        <source>The proxy at %1 requires a user name and password.</source>
        <translation>Der Proxy unter %1 verlangt Benutzername und Passwort.</translation>
    </message>
    <message>
        <source>The proxy at %1 refused the user name or password.</source>
        <translation>Der Proxy unter %1 hat Benutzername oder Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>The proxy at %1 would not connect to %2.</source>
        <translation>Der Proxy unter %1 hat die Verbindung zu %2 verweigert.</translation>
    </message>
    <message>
        <source>Objects are to travel over gRPC, but Weaviate&apos;s gRPC API at %1 cannot be reached.</source>
        <translation>Objekte sollen über gRPC übertragen werden, aber die gRPC-API von Weaviate unter %1 ist nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>WeaviateGrpc</name>
    <message>
        <source>The CA file &quot;%1&quot; cannot be read.</source>
        <translation>Die CA-Datei „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Weaviate&apos;s gRPC API at %1 cannot be reached.</source>
        <translation>Die gRPC-API von Weaviate unter %1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The gRPC API at %1 does not offer this call.</source>
        <translation>Die gRPC-API unter %1 bietet diesen Aufruf nicht an.</translation>
    </message>
    <message>
        <source>The server refused the gRPC request (%1).</source>
        <translation>Der Server hat die gRPC-Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The gRPC API at %1 answered a count without a number.</source>
        <translation>Die gRPC-API unter %1 hat auf eine Zählung ohne Zahl geantwortet.</translation>
    </message>
</context>
</TS>
