<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AliasClient</name>
    <message>
        <source>Weaviate %1 has no collection aliases: they arrived in Weaviate 1.32.</source>
        <translation>Weaviate %1 no tiene alias de colecciones: llegaron en Weaviate 1.32.</translation>
    </message>
    <message>
        <source>The server has no alias &quot;%1&quot;.</source>
        <translation>El servidor no tiene ningún alias «%1».</translation>
    </message>
    <message>
        <source>The server sent a list of aliases that is not a list.</source>
        <translation>El servidor envió una lista de alias que no es una lista.</translation>
    </message>
    <message>
        <source>The server sent an alias without a name or collection.</source>
        <translation>El servidor envió un alias sin nombre o sin colección.</translation>
    </message>
    <message>
        <source>The alias &quot;%1&quot; exists already and points at &quot;%2&quot;.</source>
        <translation>El alias «%1» ya existe y apunta a «%2».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a collection, so it cannot be an alias.</source>
        <translation>«%1» es el nombre de una colección, así que no puede ser un alias.</translation>
    </message>
</context>
<context>
    <name>AliasCommand</name>
    <message>
        <source>The server has no aliases.</source>
        <translation>El servidor no tiene alias.</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <extracomment>%1 alias name, %2 the collection it points at</extracomment>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>The server has no collection &quot;%1&quot;.</source>
        <translation>El servidor no tiene ninguna colección «%1».</translation>
    </message>
    <message>
        <source>Alias %1 points at %2 already.</source>
        <translation>El alias %1 ya apunta a %2.</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2 (it pointed at %3).</source>
        <extracomment>%1 alias, %2 the collection it points at now, %3 the one before</extracomment>
        <translation>El alias %1 apunta ahora a %2 (apuntaba a %3).</translation>
    </message>
    <message>
        <source>Alias %1 created, pointing at %2.</source>
        <translation>Alias %1 creado, apunta a %2.</translation>
    </message>
    <message>
        <source>Alias %1 deleted; its collection is unchanged.</source>
        <translation>Alias %1 eliminado; su colección no cambia.</translation>
    </message>
    <message>
        <source>&quot;alias list&quot; takes no arguments.</source>
        <translation>«alias list» no admite argumentos.</translation>
    </message>
    <message>
        <source>List, set and delete collection aliases (Weaviate 1.32 or later).</source>
        <translation>Lista, define y elimina alias de colecciones (Weaviate 1.32 o posterior).</translation>
    </message>
    <message>
        <source>list, set NAME COLLECTION, or delete NAME.</source>
        <translation>list, set NAME COLLECTION o delete NAME.</translation>
    </message>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>Imprime un informe JSON legible por máquina en la salida estándar.</translation>
    </message>
    <message>
        <source>Usage: colvault-cli alias list | set NAME COLLECTION | delete NAME.</source>
        <translation>Uso: colvault-cli alias list | set NAME COLLECTION | delete NAME.</translation>
    </message>
    <message>
        <source>Usage: colvault-cli alias set NAME COLLECTION.</source>
        <translation>Uso: colvault-cli alias set NAME COLLECTION.</translation>
    </message>
    <message>
        <source>Usage: colvault-cli alias delete NAME.</source>
        <translation>Uso: colvault-cli alias delete NAME.</translation>
    </message>
</context>
<context>
    <name>ArchiveCommands</name>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>Imprime un informe JSON legible por máquina en la salida estándar.</translation>
    </message>
    <message>
        <source>Give exactly one archive file.</source>
        <translation>Indique exactamente un archivo.</translation>
    </message>
    <message>
        <source>Show an archive&apos;s manifest, collections and tenants (reads only its head).</source>
        <translation>Muestra el manifiesto, las colecciones y los inquilinos de un archivo (solo lee su encabezado).</translation>
    </message>
    <message>
        <source>Archive: %1 (%2)</source>
        <translation>Archivo: %1 (%2)</translation>
    </message>
    <message>
        <source>Created: %1 by Colvault %2</source>
        <translation>Creado: %1 con Colvault %2</translation>
    </message>
    <message>
        <source>Source: %1 (Weaviate %2)</source>
        <translation>Origen: %1 (Weaviate %2)</translation>
    </message>
    <message>
        <source>Schema only: the archive holds no objects.</source>
        <translation>Solo esquema: el archivo no contiene objetos.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s):</source>
        <translation>
            <numerusform>%Ln colección:</numerusform>
            <numerusform>%Ln colecciones:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (multi-tenant, %Ln tenant(s))</source>
        <translation>
            <numerusform>%1 (multiinquilino, %Ln inquilino)</numerusform>
            <numerusform>%1 (multiinquilino, %Ln inquilinos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Read a whole archive and check every checksum, count and vector length.</source>
        <translation>Lee un archivo completo y comprueba cada suma de comprobación, recuento y longitud de vector.</translation>
    </message>
    <message>
        <source>Verified %1 of %2</source>
        <extracomment>Progress of reading an archive: %1 bytes read so far, %2 the file size</extracomment>
        <translation>Verificado: %1 de %2</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The archive is incomplete: it has no valid trailer.</source>
        <translation>El archivo está incompleto: no tiene un bloque final válido.</translation>
    </message>
    <message>
        <source>The archive is complete and intact: %1 entries, %2 objects.</source>
        <translation>El archivo está completo e intacto: %1 entradas, %2 objetos.</translation>
    </message>
    <message>
        <source>Show an archive&apos;s manifest, collections and tenants.</source>
        <translation>Muestra el manifiesto, las colecciones y los inquilinos de un archivo.</translation>
    </message>
    <message>
        <source>Check every checksum, count and vector length of an archive.</source>
        <translation>Comprueba cada suma de comprobación, recuento y longitud de vector de un archivo.</translation>
    </message>
    <message>
        <source>Encrypted with age to public keys (recipients).</source>
        <translation>Cifrado con age para claves públicas (destinatarios).</translation>
    </message>
    <message>
        <source>Encrypted with age and a passphrase.</source>
        <translation>Cifrado con age y una frase de contraseña.</translation>
    </message>
    <message>
        <source>The archive: a file or s3://BUCKET/KEY.</source>
        <translation>El archivo: un archivo local o s3://BUCKET/KEY.</translation>
    </message>
    <message>
        <source>Aliases: not recorded (the archive is older than alias support).</source>
        <translation>Alias: no registrados (el archivo es anterior a la compatibilidad con alias).</translation>
    </message>
    <message>
        <source>Aliases: none recorded, the source server had no aliases (Weaviate before 1.32).</source>
        <translation>Alias: ninguno registrado; el servidor de origen no tenía alias (Weaviate anterior a 1.32).</translation>
    </message>
    <message>
        <source>Aliases: none.</source>
        <translation>Alias: ninguno.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln alias(es):</source>
        <translation>
            <numerusform>%Ln alias:</numerusform>
            <numerusform>%Ln alias:</numerusform>
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
        <translation>El archivo no tiene formato de Colvault.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; belongs to no collection of the manifest.</source>
        <translation>La entrada «%1» del archivo no pertenece a ninguna colección del manifiesto.</translation>
    </message>
    <message>
        <source>The archive has no class definition or tenant list for the collection &quot;%1&quot;.</source>
        <translation>El archivo no contiene ninguna definición de clase ni lista de inquilinos para la colección «%1».</translation>
    </message>
</context>
<context>
    <name>ArchiveJson</name>
    <message>
        <source>The archive entry &quot;%1&quot; is not valid.</source>
        <translation>La entrada «%1» del archivo no es válida.</translation>
    </message>
    <message>
        <source>The file is not a Colvault archive.</source>
        <translation>El archivo no tiene formato de Colvault.</translation>
    </message>
    <message>
        <source>The archive was written by a newer version of Colvault (format version %1). Update Colvault to read it.</source>
        <translation>El archivo se escribió con una versión más reciente de Colvault (versión de formato %1). Actualice Colvault para leerlo.</translation>
    </message>
</context>
<context>
    <name>ArchiveObjectReader</name>
    <message>
        <source>The archive entry &quot;%1&quot; is damaged.</source>
        <translation>La entrada «%1» del archivo está dañada.</translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <source>Cannot open the archive &quot;%1&quot;.</source>
        <translation>No se puede abrir el archivo «%1».</translation>
    </message>
    <message>
        <source>Cannot read the archive &quot;%1&quot;.</source>
        <translation>No se puede leer el archivo «%1».</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a Colvault archive or is damaged.</source>
        <translation>El archivo «%1» no tiene formato de Colvault o está dañado.</translation>
    </message>
    <message>
        <source>The archive is not open.</source>
        <translation>El archivo no está abierto.</translation>
    </message>
    <message numerus="yes">
        <source>The archive &quot;%1&quot; is damaged or truncated after %Ln entries.</source>
        <translation>
            <numerusform>El archivo «%1» está dañado o truncado después de %Ln entrada.</numerusform>
            <numerusform>El archivo «%1» está dañado o truncado después de %Ln entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive contains an entry whose name is not valid text.</source>
        <translation>El archivo contiene una entrada cuyo nombre no es texto válido.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is not a regular file and was rejected.</source>
        <translation>La entrada «%1» del archivo no es un archivo normal y se ha rechazado.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; has an unsafe name and was rejected.</source>
        <translation>La entrada «%1» del archivo tiene un nombre no seguro y se ha rechazado.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is sparse or encrypted and was rejected.</source>
        <translation>La entrada «%1» del archivo es dispersa o está cifrada y se ha rechazado.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; has no size and was rejected.</source>
        <translation>La entrada «%1» del archivo no tiene tamaño y se ha rechazado.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is too large and was rejected.</source>
        <translation>La entrada «%1» del archivo es demasiado grande y se ha rechazado.</translation>
    </message>
    <message>
        <source>The archive contains the entry &quot;%1&quot; more than once.</source>
        <translation>El archivo contiene la entrada «%1» más de una vez.</translation>
    </message>
    <message>
        <source>The archive has too many entries.</source>
        <translation>El archivo tiene demasiadas entradas.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is damaged or truncated.</source>
        <translation>La entrada «%1» del archivo está dañada o truncada.</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted in age&apos;s ASCII armor, which Colvault does not read; decrypt it with age first.</source>
        <translation>El archivo «%1» está cifrado con la armadura ASCII de age, que Colvault no lee; descífrelo primero con age.</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted with a passphrase; give the passphrase to open it.</source>
        <translation>El archivo «%1» está cifrado con una frase de contraseña; indique la frase de contraseña para abrirlo.</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted; give an identity file that can decrypt it.</source>
        <translation>El archivo «%1» está cifrado; indique un archivo de identidad que pueda descifrarlo.</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted with a passphrase, not to an identity; give the passphrase to open it.</source>
        <translation>El archivo «%1» está cifrado con una frase de contraseña, no para una identidad; indique la frase de contraseña para abrirlo.</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted to public keys, not with a passphrase; give an identity file that can decrypt it.</source>
        <translation>El archivo «%1» está cifrado para claves públicas, no con una frase de contraseña; indique un archivo de identidad que pueda descifrarlo.</translation>
    </message>
    <message>
        <source>None of the given identities can decrypt the archive &quot;%1&quot;.</source>
        <translation>Ninguna de las identidades indicadas puede descifrar el archivo «%1».</translation>
    </message>
    <message>
        <source>The passphrase does not decrypt the archive &quot;%1&quot;.</source>
        <translation>La frase de contraseña no descifra el archivo «%1».</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; asks for more memory and time to check its passphrase than Colvault allows.</source>
        <translation>El archivo «%1» pide más memoria y tiempo para comprobar su frase de contraseña de lo que Colvault permite.</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted with a version of the age format that Colvault cannot read.</source>
        <translation>El archivo «%1» está cifrado con una versión del formato age que Colvault no puede leer.</translation>
    </message>
    <message>
        <source>The encrypted archive &quot;%1&quot; is truncated.</source>
        <translation>El archivo cifrado «%1» está truncado.</translation>
    </message>
    <message>
        <source>The encrypted archive &quot;%1&quot; is damaged or was tampered with.</source>
        <translation>El archivo cifrado «%1» está dañado o ha sido manipulado.</translation>
    </message>
    <message>
        <source>Cannot decrypt the archive &quot;%1&quot;.</source>
        <translation>No se puede descifrar el archivo «%1».</translation>
    </message>
</context>
<context>
    <name>ArchiveSink</name>
    <message>
        <source>Removed &quot;%1&quot;, an unfinished archive left by an earlier backup that was interrupted.</source>
        <translation>Se ha eliminado «%1», un archivo sin terminar que dejó una copia de seguridad anterior interrumpida.</translation>
    </message>
</context>
<context>
    <name>ArchiveTrailer</name>
    <message>
        <source>The archive is incomplete: its backup did not finish.</source>
        <translation>El archivo está incompleto: su copia de seguridad no llegó a terminar.</translation>
    </message>
</context>
<context>
    <name>ArchiveVerifier</name>
    <message>
        <source>The archive entry &quot;%1&quot; is not valid.</source>
        <translation>La entrada «%1» del archivo no es válida.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; belongs to no collection of the manifest.</source>
        <translation>La entrada «%1» del archivo no pertenece a ninguna colección del manifiesto.</translation>
    </message>
    <message>
        <source>The object segment &quot;%1&quot; has no vector segment.</source>
        <translation>El segmento de objetos «%1» no tiene segmento de vectores.</translation>
    </message>
    <message>
        <source>The vector segment &quot;%1&quot; does not follow its object segment.</source>
        <translation>El segmento de vectores «%1» no sigue a su segmento de objetos.</translation>
    </message>
    <message>
        <source>The archive has no class definition or tenant list for the collection &quot;%1&quot;.</source>
        <translation>El archivo no contiene ninguna definición de clase ni lista de inquilinos para la colección «%1».</translation>
    </message>
    <message>
        <source>The archive is incomplete: it has no valid trailer.</source>
        <translation>El archivo está incompleto: no tiene un bloque final válido.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is not listed in the trailer.</source>
        <translation>La entrada «%1» del archivo no figura en el bloque final.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; does not match its checksum.</source>
        <translation>La entrada «%1» del archivo no coincide con su suma de comprobación.</translation>
    </message>
    <message>
        <source>The archive entries are not in the order the trailer lists.</source>
        <translation>Las entradas del archivo no están en el orden que indica el bloque final.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is missing.</source>
        <translation>Falta la entrada «%1» del archivo.</translation>
    </message>
    <message>
        <source>The object counts of &quot;%1&quot; do not match the trailer.</source>
        <translation>Los recuentos de objetos de «%1» no coinciden con el bloque final.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; comes after the trailer.</source>
        <translation>La entrada «%1» del archivo aparece después del bloque final.</translation>
    </message>
    <message>
        <source>The file is not a Colvault archive.</source>
        <translation>El archivo no tiene formato de Colvault.</translation>
    </message>
    <message>
        <source>The archive contains the unexpected entry &quot;%1&quot;.</source>
        <translation>El archivo contiene la entrada inesperada «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Verification stopped after %Ln problems.</source>
        <translation>
            <numerusform>La verificación se detuvo tras %Ln problema.</numerusform>
            <numerusform>La verificación se detuvo tras %Ln problemas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveWriter</name>
    <message>
        <source>The compression level %1 is not supported for %2; use %3 to %4.</source>
        <translation>El nivel de compresión %1 no es compatible con %2; use un valor de %3 a %4.</translation>
    </message>
    <message>
        <source>Cannot create the archive &quot;%1&quot;.</source>
        <translation>No se puede crear el archivo «%1».</translation>
    </message>
    <message>
        <source>The archive is not open.</source>
        <translation>El archivo no está abierto.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; cannot be written.</source>
        <translation>No se puede escribir la entrada «%1» del archivo.</translation>
    </message>
    <message>
        <source>Cannot write to the archive &quot;%1&quot;.</source>
        <translation>No se puede escribir en el archivo «%1».</translation>
    </message>
    <message>
        <source>Cannot save the archive as &quot;%1&quot;.</source>
        <translation>No se puede guardar el archivo como «%1».</translation>
    </message>
    <message>
        <source>An archive is encrypted either to public keys or with a passphrase, not both.</source>
        <translation>Un archivo se cifra para claves públicas o con una frase de contraseña, no con ambas.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Back up collections into one compressed archive.</source>
        <translation>Hace una copia de seguridad de colecciones en un único archivo comprimido.</translation>
    </message>
    <message>
        <source>Collections to back up (default: all).</source>
        <translation>Colecciones que se incluirán en la copia de seguridad (predeterminado: todas).</translation>
    </message>
    <message>
        <source>Save schemas and tenants, no objects.</source>
        <translation>Guarda los esquemas y los inquilinos, sin objetos.</translation>
    </message>
    <message>
        <source>Leave vectors out (objects only).</source>
        <translation>Omite los vectores (solo objetos).</translation>
    </message>
    <message>
        <source>Only these tenants: A,B for the one collection named, or COLLECTION:A,B. Repeatable.</source>
        <translation>Solo estos inquilinos: A,B para la única colección indicada, o COLLECTION:A,B. Se puede repetir.</translation>
    </message>
    <message>
        <source>Activate inactive (COLD) tenants for the backup and put them back after.</source>
        <translation>Activa los inquilinos inactivos (COLD) para la copia de seguridad y después restablece su estado.</translation>
    </message>
    <message>
        <source>zstd (default), gzip, xz or none.</source>
        <translation>zstd (predeterminado), gzip, xz o none.</translation>
    </message>
    <message>
        <source>Compression level (zstd 1-19, gzip 1-9, xz 0-9; by default zstd 1, gzip 6, xz 6).</source>
        <translation>Nivel de compresión (zstd 1-19, gzip 1-9, xz 0-9; de forma predeterminada zstd 1, gzip 6, xz 6).</translation>
    </message>
    <message>
        <source>Objects per request (1-10000, default 500).</source>
        <translation>Objetos por solicitud (1-10000, predeterminado 500).</translation>
    </message>
    <message>
        <source>Show what would be backed up; write nothing.</source>
        <translation>Muestra lo que se incluiría en la copia de seguridad; no escribe nada.</translation>
    </message>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>Imprime un informe JSON legible por máquina en la salida estándar.</translation>
    </message>
    <message>
        <source>Unknown compression &quot;%1&quot;; use zstd, gzip, xz or none.</source>
        <translation>Compresión desconocida «%1»; use zstd, gzip, xz o none.</translation>
    </message>
    <message>
        <source>--level must be %1 to %2 for %3.</source>
        <translation>--level debe estar entre %1 y %2 para %3.</translation>
    </message>
    <message>
        <source>--page-size must be a number from 1 to 10000.</source>
        <translation>--page-size debe ser un número entre 1 y 10000.</translation>
    </message>
    <message>
        <source>No archive given: use -o FILE (or --dry-run to only see the plan).</source>
        <translation>No se ha indicado ningún archivo: use -o FILE (o --dry-run para ver solo el plan).</translation>
    </message>
    <message>
        <source>Canceled; nothing was written.</source>
        <translation>Cancelado; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Dry run: nothing will be written.</source>
        <translation>Simulación: no se escribirá nada.</translation>
    </message>
    <message>
        <source>schema only</source>
        <translation>solo esquema</translation>
    </message>
    <message>
        <source>objects not yet countable</source>
        <translation>objetos aún no contables</translation>
    </message>
    <message>
        <source>will be activated</source>
        <translation>se activará</translation>
    </message>
    <message>
        <source>skipped (%1)</source>
        <translation>omitido (%1)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Canceled; no archive was written.</source>
        <translation>Cancelado; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>No archive was written.</source>
        <translation>No se ha escrito ningún archivo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s)</source>
        <translation>
            <numerusform>%Ln objeto</numerusform>
            <numerusform>%Ln objetos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln object(s), about %1 to read, archive about %2.</source>
        <extracomment>%Ln total object count, %1 estimated transfer size, %2 estimated archive size</extracomment>
        <translation>
            <numerusform>Total: %Ln objeto; se leerán unos %1 y el archivo ocupará unos %2.</numerusform>
            <numerusform>Total: %Ln objetos; se leerán unos %1 y el archivo ocupará unos %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %Ln object(s) to %1 (%2) in %3 s.</source>
        <extracomment>%Ln objects, %1 archive path, %2 archive size, %3 seconds</extracomment>
        <translation>
            <numerusform>Copia de seguridad completada en %3 s: %Ln objeto en %1 (%2).</numerusform>
            <numerusform>Copia de seguridad completada en %3 s: %Ln objetos en %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The archive will be encrypted with age to %Ln recipient(s).</source>
        <translation>
            <numerusform>El archivo se cifrará con age para %Ln destinatario.</numerusform>
            <numerusform>El archivo se cifrará con age para %Ln destinatarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive will be encrypted with age and a passphrase.</source>
        <translation>El archivo se cifrará con age y una frase de contraseña.</translation>
    </message>
    <message>
        <source>Archive file to write, or a folder to write a default-named archive into; also s3://BUCKET/KEY, or s3://BUCKET/PREFIX/ for a default-named archive.</source>
        <translation>Archivo que se escribirá, o carpeta en la que se escribirá un archivo con el nombre predeterminado; también s3://BUCKET/KEY, o s3://BUCKET/PREFIX/ para un archivo con el nombre predeterminado.</translation>
    </message>
</context>
<context>
    <name>BackupTask</name>
    <message>
        <source>No destination file was given for the backup.</source>
        <translation>No se ha indicado ningún archivo de destino para la copia de seguridad.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>La carpeta «%1» no existe.</translation>
    </message>
    <message>
        <source>Weaviate %1 is too old: backups need the cursor API of Weaviate 1.18 or later.</source>
        <translation>Weaviate %1 es demasiado antiguo: las copias de seguridad necesitan la API de cursor de Weaviate 1.18 o posterior.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s) not found on the server: %1.</source>
        <translation>
            <numerusform>No se encontró %Ln colección en el servidor: %1.</numerusform>
            <numerusform>No se encontraron %Ln colecciones en el servidor: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenants were chosen for &quot;%1&quot;, which is not being backed up.</source>
        <translation>Se eligieron inquilinos para «%1», pero esa colección no se incluye en la copia de seguridad.</translation>
    </message>
    <message>
        <source>Counting objects in %1…</source>
        <translation>Contando objetos en %1…</translation>
    </message>
    <message>
        <source>The server sent a schema for &quot;%1&quot; that names another collection.</source>
        <translation>El servidor envió un esquema para «%1» con el nombre de otra colección.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid collection name.</source>
        <translation>«%1» no es un nombre de colección válido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not multi-tenant, so no tenants can be chosen for it.</source>
        <translation>«%1» no es multiinquilino, así que no se le pueden elegir inquilinos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tenant name.</source>
        <translation>«%1» no es un nombre de inquilino válido.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is inactive (%3) and will be skipped; allow activating tenants to include it.</source>
        <translation>El inquilino «%1» de «%2» está inactivo (%3) y se omitirá; permita la activación de inquilinos para incluirlo.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is offloaded (%3) and will be skipped.</source>
        <translation>El inquilino «%1» de «%2» está externalizado (%3) y se omitirá.</translation>
    </message>
    <message>
        <source>Plan ready.</source>
        <translation>Plan listo.</translation>
    </message>
    <message>
        <source>inactive (%1)</source>
        <translation>inactivo (%1)</translation>
    </message>
    <message>
        <source>offloaded (%1)</source>
        <translation>externalizado (%1)</translation>
    </message>
    <message>
        <source>changing status (%1)</source>
        <translation>cambiando de estado (%1)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Reading %1, tenant %2…</source>
        <translation>Leyendo %1, inquilino %2…</translation>
    </message>
    <message>
        <source>%1, tenant %2</source>
        <translation>%1, inquilino %2</translation>
    </message>
    <message>
        <source>%1 changed during the backup: %2 objects before, %3 after, %4 written.</source>
        <translation>%1 cambió durante la copia de seguridad: %2 objetos antes, %3 después, %4 escritos.</translation>
    </message>
    <message>
        <source>Backup finished.</source>
        <translation>Copia de seguridad finalizada.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %L1 objects, not %L2.</source>
        <translation>El tamaño de página debe estar entre 1 y %L1 objetos, no %L2.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is changing its status (%3) and will be skipped.</source>
        <translation>El inquilino «%1» de «%2» está cambiando de estado (%3) y se omitirá.</translation>
    </message>
    <message>
        <source>Checking the parameters</source>
        <translation>Comprobando los parámetros</translation>
    </message>
    <message>
        <source>Reading the server</source>
        <translation>Leyendo el servidor</translation>
    </message>
    <message>
        <source>Reading the collections</source>
        <translation>Leyendo las colecciones</translation>
    </message>
    <message>
        <source>Counting objects</source>
        <translation>Contando objetos</translation>
    </message>
    <message>
        <source>Opening the archive</source>
        <translation>Abriendo el archivo</translation>
    </message>
    <message>
        <source>Activating tenants</source>
        <translation>Activando inquilinos</translation>
    </message>
    <message>
        <source>Reading objects</source>
        <translation>Leyendo objetos</translation>
    </message>
    <message>
        <source>Putting tenant statuses back</source>
        <translation>Restableciendo el estado de los inquilinos</translation>
    </message>
    <message>
        <source>Finishing the archive</source>
        <translation>Terminando el archivo</translation>
    </message>
    <message>
        <source>The server&apos;s collection aliases could not be read, so the archive does not record them: %1</source>
        <translation>No se pudieron leer los alias de colecciones del servidor, así que el archivo no los registra: %1</translation>
    </message>
</context>
<context>
    <name>ClearCommand</name>
    <message>
        <source>keep the schema and tenants, delete every object</source>
        <translation>conservar el esquema y los inquilinos, borrar todos los objetos</translation>
    </message>
    <message>
        <source>drop and create again from the saved schema</source>
        <translation>eliminar y volver a crear a partir del esquema guardado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s)</source>
        <translation>
            <numerusform>%Ln objeto</numerusform>
            <numerusform>%Ln objetos</numerusform>
        </translation>
    </message>
    <message>
        <source>not countable until activated</source>
        <translation>no se puede contar hasta que se active</translation>
    </message>
    <message>
        <source>Method: %1.</source>
        <translation>Método: %1.</translation>
    </message>
    <message>
        <source>left alone: %1</source>
        <translation>no se toca: %1</translation>
    </message>
    <message>
        <source>activated for the clear, then put back</source>
        <translation>se activa para el vaciado y después se restablece su estado</translation>
    </message>
    <message>
        <source>tenant %1 (%2): %3</source>
        <translation>inquilino %1 (%2): %3</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Undo afterwards with: %1</source>
        <translation>Para deshacerlo después: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Copia de seguridad: %1</translation>
    </message>
    <message>
        <source>To undo: %1</source>
        <translation>Para deshacer: %1</translation>
    </message>
    <message>
        <source>No backup was taken: this clear cannot be undone.</source>
        <translation>No se hizo ninguna copia de seguridad: este vaciado no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete every object of collections, after a verified backup.</source>
        <translation>Borra todos los objetos de las colecciones, tras una copia de seguridad verificada.</translation>
    </message>
    <message>
        <source>Collections to clear: exact names, no wildcards.</source>
        <translation>Colecciones que se vaciarán: nombres exactos, sin comodines.</translation>
    </message>
    <message>
        <source>Drop the collections (or the chosen tenants) instead of deleting their objects.</source>
        <translation>Elimina las colecciones (o los inquilinos elegidos) en lugar de borrar sus objetos.</translation>
    </message>
    <message>
        <source>Drop and create again from the saved schema, tenants and tenant statuses (fast for large collections; indexes start empty).</source>
        <translation>Elimina y vuelve a crear a partir del esquema, los inquilinos y los estados de inquilino guardados (rápido en colecciones grandes; los índices empiezan vacíos).</translation>
    </message>
    <message>
        <source>Show what would be deleted and the backup; change nothing.</source>
        <translation>Muestra lo que se borraría y la copia de seguridad; no cambia nada.</translation>
    </message>
    <message>
        <source>Take no backup first: the clear cannot be undone.</source>
        <translation>No hace ninguna copia de seguridad previa: el vaciado no se podrá deshacer.</translation>
    </message>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>Imprime un informe JSON legible por máquina en la salida estándar.</translation>
    </message>
    <message>
        <source>Do not ask; with --confirm, allows the clear.</source>
        <translation>No pregunta; junto con --confirm, permite el vaciado.</translation>
    </message>
    <message>
        <source>The exact names of the collections being cleared, comma-separated.</source>
        <translation>Nombres exactos de las colecciones que se vacían, separados por comas.</translation>
    </message>
    <message>
        <source>Choose either --drop or --recreate.</source>
        <translation>Elija --drop o bien --recreate, no ambos.</translation>
    </message>
    <message>
        <source>Choose either --backup-to or --no-backup.</source>
        <translation>Elija --backup-to o bien --no-backup, no ambos.</translation>
    </message>
    <message>
        <source>Canceled; nothing was deleted.</source>
        <translation>Cancelado; no se ha borrado nada.</translation>
    </message>
    <message>
        <source>Dry run: nothing will be deleted.</source>
        <translation>Simulación: no se borrará nada.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was deleted: the plan has %Ln blocking problem(s).</source>
        <translation>
            <numerusform>No se ha borrado nada: el plan tiene %Ln problema bloqueante.</numerusform>
            <numerusform>No se ha borrado nada: el plan tiene %Ln problemas bloqueantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clearing %1 deletes data: confirm with --yes --confirm %2.</source>
        <translation>Vaciar %1 borra datos: confirme con --yes --confirm %2.</translation>
    </message>
    <message>
        <source>The names given (%1) are not exactly the collections being cleared (%2); nothing was deleted.</source>
        <translation>Los nombres indicados (%1) no coinciden exactamente con las colecciones que se vacían (%2); no se ha borrado nada.</translation>
    </message>
    <message numerus="yes">
        <source>Canceled after deleting %Ln object(s); the clear is incomplete.</source>
        <translation>
            <numerusform>Cancelado tras borrar %Ln objeto; el vaciado está incompleto.</numerusform>
            <numerusform>Cancelado tras borrar %Ln objetos; el vaciado está incompleto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>No se ha borrado nada.</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %1: %Ln object(s) deleted in %2 s.</source>
        <extracomment>%1 collection names, %2 seconds</extracomment>
        <translation>
            <numerusform>Vaciado de %1: %Ln objeto borrado en %2 s.</numerusform>
            <numerusform>Vaciado de %1: %Ln objetos borrados en %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete every object of collections after a verified backup, or drop them.</source>
        <translation>Borra todos los objetos de las colecciones tras una copia de seguridad verificada, o elimina las colecciones.</translation>
    </message>
    <message>
        <source>drop the collections with their schema and tenants</source>
        <translation>eliminar las colecciones con su esquema y sus inquilinos</translation>
    </message>
    <message numerus="yes">
        <source>Total: at least %Ln object(s); tenants that cannot be counted now are not included.</source>
        <translation>
            <numerusform>Total: al menos %Ln objeto; no se incluyen los inquilinos que ahora no se pueden contar.</numerusform>
            <numerusform>Total: al menos %Ln objetos; no se incluyen los inquilinos que ahora no se pueden contar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln object(s).</source>
        <translation>
            <numerusform>Total: %Ln objeto.</numerusform>
            <numerusform>Total: %Ln objetos.</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup is written to %1 and verified before anything is deleted.</source>
        <translation>Antes de borrar nada, se escribe una copia de seguridad en %1 y se verifica.</translation>
    </message>
    <message>
        <source>No collection given. Name at least one: %1</source>
        <translation>No se ha indicado ninguna colección. Indique al menos una: %1</translation>
    </message>
    <message numerus="yes">
        <source>This deletes the data of %Ln collection(s): %1. Type their names to confirm, separated by commas:</source>
        <translation>
            <numerusform>Esto borra los datos de %Ln colección: %1. Escriba su nombre para confirmar:</numerusform>
            <numerusform>Esto borra los datos de %Ln colecciones: %1. Escriba sus nombres, separados por comas, para confirmar:</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the backup taken first to this file or folder, or to s3://BUCKET/KEY or s3://BUCKET/PREFIX/ (default: %1).</source>
        <translation>Escribe la copia de seguridad previa en este archivo o carpeta, o en s3://BUCKET/KEY o s3://BUCKET/PREFIX/ (predeterminado: %1).</translation>
    </message>
</context>
<context>
    <name>ClearTask</name>
    <message>
        <source>The server&apos;s answer to deleting the objects of %1 is not valid.</source>
        <translation>La respuesta del servidor al borrado de los objetos de %1 no es válida.</translation>
    </message>
    <message numerus="yes">
        <source>The server deleted nothing from %1 although it still holds %Ln object(s); the clear stopped.</source>
        <translation>
            <numerusform>El servidor no borró nada de %1, aunque aún contiene %Ln objeto; el vaciado se detuvo.</numerusform>
            <numerusform>El servidor no borró nada de %1, aunque aún contiene %Ln objetos; el vaciado se detuvo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name at least one collection to clear.</source>
        <translation>Indique al menos una colección que vaciar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a collection name; clear takes exact names, no wildcards.</source>
        <translation>«%1» no es un nombre de colección; el vaciado solo admite nombres exactos, sin comodines.</translation>
    </message>
    <message>
        <source>Tenants were chosen for &quot;%1&quot;, which is not being cleared.</source>
        <translation>Se eligieron inquilinos para «%1», pero esa colección no se vacía.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s) not found on the server: %1.</source>
        <translation>
            <numerusform>No se encontró %Ln colección en el servidor: %1.</numerusform>
            <numerusform>No se encontraron %Ln colecciones en el servidor: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting objects in %1…</source>
        <translation>Contando objetos en %1…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not multi-tenant, so it has no tenants to choose.</source>
        <translation>«%1» no es multiinquilino, así que no tiene inquilinos que elegir.</translation>
    </message>
    <message>
        <source>offloaded (%1)</source>
        <translation>externalizado (%1)</translation>
    </message>
    <message>
        <source>changing status (%1)</source>
        <translation>cambiando de estado (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is deleted with its definition and tenants.</source>
        <translation>«%1» se elimina junto con su definición y sus inquilinos.</translation>
    </message>
    <message>
        <source>The chosen tenants of &quot;%1&quot; are deleted with their objects; the collection stays.</source>
        <translation>Los inquilinos elegidos de «%1» se eliminan junto con sus objetos; la colección se conserva.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is deleted and created again from its saved definition: its indexes start empty, settings the server added internally are reset, and its tenants are created again with their statuses put back.</source>
        <translation>«%1» se elimina y se vuelve a crear a partir de su definición guardada: sus índices empiezan vacíos, se restablecen los ajustes que el servidor había añadido internamente y sus inquilinos se vuelven a crear con sus estados anteriores.</translation>
    </message>
    <message>
        <source>The chosen tenants of &quot;%1&quot; are deleted and created again with their statuses put back.</source>
        <translation>Los inquilinos elegidos de «%1» se eliminan y se vuelven a crear con sus estados anteriores.</translation>
    </message>
    <message>
        <source>Dropping whole collections and only some tenants of &quot;%1&quot; in one clear cannot be undone with one restore; clear them separately.</source>
        <translation>Eliminar colecciones completas y solo algunos inquilinos de «%1» en un mismo vaciado no se puede deshacer con una sola restauración; vacíelos por separado.</translation>
    </message>
    <message>
        <source>No backup will be taken: this clear cannot be undone.</source>
        <translation>No se hará ninguna copia de seguridad: este vaciado no se podrá deshacer.</translation>
    </message>
    <message>
        <source>Plan ready.</source>
        <translation>Plan listo.</translation>
    </message>
    <message numerus="yes">
        <source>The clear plan has %Ln blocking problem(s).</source>
        <translation>
            <numerusform>El plan de vaciado tiene %Ln problema bloqueante.</numerusform>
            <numerusform>El plan de vaciado tiene %Ln problemas bloqueantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clearing &quot;%1&quot; deletes its objects and needs its name confirmed.</source>
        <translation>Vaciar «%1» borra sus objetos y requiere confirmar su nombre.</translation>
    </message>
    <message>
        <source>The backup folder &quot;%1&quot; cannot be created; nothing was deleted.</source>
        <translation>No se puede crear la carpeta de copia de seguridad «%1»; no se ha borrado nada.</translation>
    </message>
    <message>
        <source>The backup before the clear failed, so nothing was deleted: %1</source>
        <translation>La copia de seguridad previa al vaciado falló, así que no se ha borrado nada: %1</translation>
    </message>
    <message>
        <source>The backup before the clear did not verify, so nothing was deleted.</source>
        <translation>La copia de seguridad previa al vaciado no superó la verificación, así que no se ha borrado nada.</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Copia de seguridad: %1</translation>
    </message>
    <message>
        <source>No backup was taken: this clear cannot be undone.</source>
        <translation>No se hizo ninguna copia de seguridad: este vaciado no se puede deshacer.</translation>
    </message>
    <message>
        <source>Deleting the objects of %1…</source>
        <translation>Borrando los objetos de %1…</translation>
    </message>
    <message>
        <source>Deleting the objects of %1, tenant %2…</source>
        <translation>Borrando los objetos de %1, inquilino %2…</translation>
    </message>
    <message>
        <source>Could not count %1 after the clear: %2</source>
        <translation>No se pudo contar %1 después del vaciado: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 still holds %Ln object(s) after the clear; something wrote to it meanwhile.</source>
        <translation>
            <numerusform>%1 aún contiene %Ln objeto después del vaciado; algo escribió en ella mientras tanto.</numerusform>
            <numerusform>%1 aún contiene %Ln objetos después del vaciado; algo escribió en ella mientras tanto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropping %1…</source>
        <translation>Eliminando %1…</translation>
    </message>
    <message>
        <source>Re-creating %1…</source>
        <translation>Volviendo a crear %1…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; still exists after it was dropped.</source>
        <translation>«%1» sigue existiendo después de eliminarla.</translation>
    </message>
    <message>
        <source>Some tenants of &quot;%1&quot; still exist after they were dropped: %2</source>
        <translation>Algunos inquilinos de «%1» siguen existiendo después de eliminarlos: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted but could not be created again: %2</source>
        <translation>«%1» se eliminó, pero no se pudo volver a crear: %2</translation>
    </message>
    <message>
        <source>The tenants of &quot;%1&quot; were deleted but could not be created again: %2</source>
        <translation>Los inquilinos de «%1» se eliminaron, pero no se pudieron volver a crear: %2</translation>
    </message>
    <message numerus="yes">
        <source>The clear deleted %Ln object(s) beyond what the backup holds; objects written after the backup cannot be restored.</source>
        <translation>
            <numerusform>El vaciado borró %Ln objeto más de los que contiene la copia de seguridad; los objetos escritos después de la copia no se pueden restaurar.</numerusform>
            <numerusform>El vaciado borró %Ln objetos más de los que contiene la copia de seguridad; los objetos escritos después de la copia no se pueden restaurar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear finished.</source>
        <translation>Vaciado finalizado.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is offloaded (%3): its objects cannot be deleted, so they are kept.</source>
        <translation>El inquilino «%1» de «%2» está externalizado (%3): sus objetos no se pueden borrar, así que se conservan.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is changing its status (%3): its objects cannot be deleted, so they are kept.</source>
        <translation>El inquilino «%1» de «%2» está cambiando de estado (%3): sus objetos no se pueden borrar, así que se conservan.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; has the status %3: its objects cannot be backed up first. Activate it, leave it out of the clear, or clear without a backup.</source>
        <extracomment>%3 is the tenant&apos;s status as the server names it, e.g. FROZEN or FREEZING</extracomment>
        <translation>El inquilino «%1» de «%2» tiene el estado %3: no se puede hacer antes una copia de seguridad de sus objetos. Actívelo, exclúyalo del vaciado o vacíe sin copia de seguridad.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; refers to &quot;%3&quot; through its property &quot;%2&quot;: after the clear these references point to objects that no longer exist.</source>
        <extracomment>%1 the referring collection, %2 its reference property, %3 the cleared collection</extracomment>
        <translation>«%1» hace referencia a «%3» mediante su propiedad «%2»: tras el vaciado, estas referencias apuntan a objetos que ya no existen.</translation>
    </message>
    <message>
        <source>Checking the parameters</source>
        <translation>Comprobando los parámetros</translation>
    </message>
    <message>
        <source>Reading collections and tenants</source>
        <translation>Leyendo colecciones e inquilinos</translation>
    </message>
    <message>
        <source>Counting objects</source>
        <translation>Contando objetos</translation>
    </message>
    <message>
        <source>Finding incoming references</source>
        <translation>Buscando referencias entrantes</translation>
    </message>
    <message>
        <source>Describing what the method changes</source>
        <translation>Describiendo lo que cambia el método</translation>
    </message>
    <message>
        <source>Planning the backup</source>
        <translation>Planificando la copia de seguridad</translation>
    </message>
    <message>
        <source>Checking the plan</source>
        <translation>Comprobando el plan</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Creando la copia de seguridad</translation>
    </message>
    <message>
        <source>Verifying the backup</source>
        <translation>Verificando la copia de seguridad</translation>
    </message>
    <message>
        <source>Deleting objects</source>
        <translation>Eliminando objetos</translation>
    </message>
    <message>
        <source>Dropping collections</source>
        <translation>Eliminando colecciones</translation>
    </message>
    <message>
        <source>Re-creating collections</source>
        <translation>Eliminando y volviendo a crear colecciones</translation>
    </message>
    <message>
        <source>Putting tenant statuses back</source>
        <translation>Restableciendo el estado de los inquilinos</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: %1 [options] COMMAND [command options]</source>
        <translation>Uso: %1 [opciones] COMMAND [opciones del comando]</translation>
    </message>
    <message>
        <source>Back up, restore and clear Weaviate collections from the command line.</source>
        <translation>Hace copias de seguridad de colecciones de Weaviate, las restaura y las vacía desde la línea de comandos.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for the options of a command.</source>
        <translation>Ejecute «%1 COMMAND --help» para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>Environment: WEAVIATE_URL (default http://localhost:8080), WEAVIATE_API_KEY.</source>
        <translation>Variables de entorno: WEAVIATE_URL (predeterminada: http://localhost:8080), WEAVIATE_API_KEY.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 finished with some objects or tenants skipped or failed, 130 canceled.</source>
        <translation>Códigos de salida: 0 éxito, 1 error, 2 error de uso, 3 finalizado con algunos objetos o inquilinos omitidos o fallidos, 130 cancelado.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>No command given. Run &quot;%1 --help&quot; to see what is available.</source>
        <translation>No se ha indicado ningún comando. Ejecute «%1 --help» para ver los disponibles.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;%2 --help&quot; to see what is available.</source>
        <translation>Comando desconocido «%1». Ejecute «%2 --help» para ver los disponibles.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>%1  %2 of %3 objects  %4 objects/s  %5/s</source>
        <extracomment>Progress line: %1 where, %2 objects done, %3 total, %4 objects per second, %5 transfer rate</extracomment>
        <translation>%1  %2 de %3 objetos  %4 objetos/s  %5/s</translation>
    </message>
    <message>
        <source>%1  %2 objects  %3 objects/s  %4/s</source>
        <translation>%1  %2 objetos  %3 objetos/s  %4/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>Estimated time left, as h:mm:ss</extracomment>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>Weaviate server URL (default: $WEAVIATE_URL, else http://localhost:8080).</source>
        <translation>URL del servidor Weaviate (predeterminada: $WEAVIATE_URL o, si no está definida, http://localhost:8080).</translation>
    </message>
    <message>
        <source>API key sent as a Bearer token (default: $WEAVIATE_API_KEY).</source>
        <translation>Clave de API que se envía como token Bearer (predeterminada: $WEAVIATE_API_KEY).</translation>
    </message>
    <message>
        <source>Extra HTTP header, e.g. &quot;X-OpenAI-Api-Key: sk-…&quot;. Repeatable.</source>
        <translation>Cabecera HTTP adicional, p. ej., «X-OpenAI-Api-Key: sk-…». Se puede repetir.</translation>
    </message>
    <message>
        <source>Do not verify the server&apos;s TLS certificate (unsafe).</source>
        <translation>No verifica el certificado TLS del servidor (no seguro).</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file.</source>
        <translation>Confía en los certificados de CA de este archivo PEM.</translation>
    </message>
    <message>
        <source>Seconds without any data before a request is given up (default 60).</source>
        <translation>Segundos sin recibir datos antes de abandonar una solicitud (predeterminado: 60).</translation>
    </message>
    <message>
        <source>Retries of a failed request that is safe to repeat (default 5).</source>
        <translation>Reintentos de una solicitud fallida que se puede repetir sin riesgo (predeterminado: 5).</translation>
    </message>
    <message>
        <source>Print technical details and debug logging.</source>
        <translation>Imprime detalles técnicos y mensajes de depuración.</translation>
    </message>
    <message>
        <source>Append the log (with debug records) to this file.</source>
        <translation>Añade el registro (con los mensajes de depuración) al final de este archivo.</translation>
    </message>
    <message>
        <source>Cannot write the log file &quot;%1&quot;: %2</source>
        <translation>No se puede escribir el archivo de registro «%1»: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server URL; use http://host:port or https://host.</source>
        <translation>«%1» no es una URL de servidor válida; use http://host:puerto o https://host.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is not of the form &quot;Name: value&quot;.</source>
        <translation>La cabecera «%1» no tiene la forma «Nombre: valor».</translation>
    </message>
    <message>
        <source>Warning: TLS certificate verification is off; the connection can be intercepted.</source>
        <translation>Advertencia: la verificación de certificados TLS está desactivada; la conexión puede ser interceptada.</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds.</source>
        <translation>--timeout requiere un número positivo de segundos.</translation>
    </message>
    <message>
        <source>--retries needs a number of 0 or more.</source>
        <translation>--retries requiere un número igual o mayor que 0.</translation>
    </message>
    <message>
        <source>--tenants %1: name the collection as COLLECTION:%1 unless exactly one collection is named.</source>
        <translation>--tenants %1: indique la colección como COLLECTION:%1, salvo que se indique exactamente una colección.</translation>
    </message>
    <message>
        <source>--tenants %1 names no tenants.</source>
        <translation>--tenants %1 no indica ningún inquilino.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Language of the messages: %1. Default: the system&apos;s language.</source>
        <translation>Idioma de los mensajes: %1. Predeterminado: el idioma del sistema.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Available: %2.</source>
        <translation>Idioma desconocido «%1». Disponibles: %2.</translation>
    </message>
    <message>
        <source>Read the API key from this file (&quot;-&quot;: standard input), out of sight of the process list.</source>
        <translation>Leer la clave de API de este archivo («-»: entrada estándar), fuera de la vista de la lista de procesos.</translation>
    </message>
    <message>
        <source>Read extra HTTP headers from this file (&quot;-&quot;: standard input), one &quot;Name: value&quot; a line. Repeatable.</source>
        <translation>Leer cabeceras HTTP adicionales de este archivo («-»: entrada estándar), una «Nombre: valor» por línea. Se puede repetir.</translation>
    </message>
    <message>
        <source>Extra HTTP header whose value is read from an environment variable, e.g. &quot;X-OpenAI-Api-Key=OPENAI_APIKEY&quot;. Repeatable.</source>
        <translation>Cabecera HTTP adicional cuyo valor se lee de una variable de entorno, p. ej., «X-OpenAI-Api-Key=OPENAI_APIKEY». Se puede repetir.</translation>
    </message>
    <message>
        <source>This command does not connect to a server; ignoring %1.</source>
        <extracomment>%1 lists the options given, e.g. &quot;--url, --api-key&quot;</extracomment>
        <translation>Este comando no se conecta a ningún servidor; se ignora %1.</translation>
    </message>
    <message>
        <source>Note: values given with --api-key or --header can be seen by other users of this computer in the process list and stay in the shell history; prefer --api-key-file, --header-file, --header-env or $WEAVIATE_API_KEY.</source>
        <translation>Nota: los valores indicados con --api-key o --header son visibles para otros usuarios de este equipo en la lista de procesos y quedan en el historial del shell; es preferible usar --api-key-file, --header-file, --header-env o $WEAVIATE_API_KEY.</translation>
    </message>
    <message>
        <source>Give either --api-key or --api-key-file, not both.</source>
        <translation>Indique --api-key o --api-key-file, pero no ambos.</translation>
    </message>
    <message>
        <source>Cannot read the API key file &quot;%1&quot;: %2</source>
        <translation>No se puede leer el archivo de la clave de API «%1»: %2</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; is empty.</source>
        <translation>El archivo de la clave de API «%1» está vacío.</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; holds more than one line; it must hold the key alone.</source>
        <translation>El archivo de la clave de API «%1» tiene más de una línea; debe contener solo la clave.</translation>
    </message>
    <message>
        <source>--header-env &quot;%1&quot; is not of the form NAME=VARIABLE, e.g. X-OpenAI-Api-Key=OPENAI_APIKEY.</source>
        <translation>--header-env «%1» no tiene la forma NAME=VARIABLE, p. ej., X-OpenAI-Api-Key=OPENAI_APIKEY.</translation>
    </message>
    <message>
        <source>The environment variable %1 (for the header %2) is not set, empty or more than one line.</source>
        <extracomment>%1 is the name of an environment variable, %2 the HTTP header it was to give the value of</extracomment>
        <translation>La variable de entorno %1 (para la cabecera %2) no está definida, está vacía o tiene más de una línea.</translation>
    </message>
    <message>
        <source>Cannot read the header file &quot;%1&quot;: %2</source>
        <translation>No se puede leer el archivo de cabeceras «%1»: %2</translation>
    </message>
    <message>
        <source>%1, line %2: not of the form &quot;Name: value&quot;.</source>
        <extracomment>%1 is a file name, %2 a line number in it</extracomment>
        <translation>%1, línea %2: no tiene la forma «Nombre: valor».</translation>
    </message>
    <message>
        <source>The header file &quot;%1&quot; holds no header.</source>
        <translation>El archivo de cabeceras «%1» no contiene ninguna cabecera.</translation>
    </message>
    <message>
        <source>standard input was already read for another option.</source>
        <translation>la entrada estándar ya se leyó para otra opción.</translation>
    </message>
    <message>
        <source>it is larger than %1, too large for a key or headers.</source>
        <translation>ocupa más de %1, demasiado para una clave o cabeceras.</translation>
    </message>
    <message>
        <source>Port of the server&apos;s gRPC API on the server&apos;s host (default 50051).</source>
        <translation>Puerto de la API gRPC en el host del servidor (por defecto 50051).</translation>
    </message>
    <message>
        <source>Give either --grpc-url or --grpc-port, not both.</source>
        <translation>Indique --grpc-url o --grpc-port, no ambos.</translation>
    </message>
    <message>
        <source>--grpc-port needs a port number from 1 to 65535.</source>
        <translation>--grpc-port necesita un número de puerto de 1 a 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gRPC address; write grpc://HOST:PORT or grpcs://HOST:PORT.</source>
        <translation>«%1» no es una dirección gRPC; escriba grpc://HOST:PORT o grpcs://HOST:PORT.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Progress line: %1 the step (&quot;Step 3 of 6: Adding references&quot;), %2 what it is doing (counts, rates)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file &quot;%1&quot;: %2</source>
        <translation>No se puede leer el archivo de frase de contraseña «%1»: %2</translation>
    </message>
    <message>
        <source>The passphrase file &quot;%1&quot; is empty.</source>
        <translation>El archivo de frase de contraseña «%1» está vacío.</translation>
    </message>
    <message>
        <source>The passphrase file &quot;%1&quot; holds more than one line; it must hold the passphrase alone.</source>
        <translation>El archivo de frase de contraseña «%1» contiene más de una línea; debe contener solo la frase de contraseña.</translation>
    </message>
    <message>
        <source>Proxy for the server&apos;s REST API: http://[USER@]HOST:PORT (or https://, socks5://, socks5h://), or &quot;none&quot; for a direct connection. Default: the proxy of the environment ($https_proxy, $http_proxy, $no_proxy), else the system&apos;s.</source>
        <translation>Proxy para la API REST del servidor: http://[USUARIO@]HOST:PUERTO (o https://, socks5://, socks5h://), o «none» para una conexión directa. Predeterminado: el proxy del entorno ($https_proxy, $http_proxy, $no_proxy); si no, el del sistema.</translation>
    </message>
    <message>
        <source>User name at the proxy given with --proxy (or USER@ in its URL).</source>
        <translation>Nombre de usuario en el proxy indicado con --proxy (o USUARIO@ en su URL).</translation>
    </message>
    <message>
        <source>Read the proxy&apos;s password from this file (&quot;-&quot;: standard input), else from $COLVAULT_PROXY_PASSWORD. There is no option for the password itself: on the command line other users could read it in the process list.</source>
        <translation>Lee la contraseña del proxy de este archivo («-»: entrada estándar); si no, de $COLVAULT_PROXY_PASSWORD. No hay opción para la contraseña misma: en la línea de comandos otros usuarios podrían leerla en la lista de procesos.</translation>
    </message>
    <message>
        <source>--proxy-password is not an option: other users could read the password in the process list. Put it in a file for --proxy-password-file, or in $COLVAULT_PROXY_PASSWORD.</source>
        <translation>--proxy-password no es una opción: otros usuarios podrían leer la contraseña en la lista de procesos. Póngala en un archivo para --proxy-password-file o en $COLVAULT_PROXY_PASSWORD.</translation>
    </message>
    <message>
        <source>--proxy-user and --proxy-password-file need the proxy&apos;s address: give it with --proxy URL.</source>
        <translation>--proxy-user y --proxy-password-file necesitan la dirección del proxy: indíquela con --proxy URL.</translation>
    </message>
    <message>
        <source>Do not write the proxy&apos;s password into --proxy: other users could read it in the process list. Put it in a file for --proxy-password-file, or in $COLVAULT_PROXY_PASSWORD.</source>
        <translation>No escriba la contraseña del proxy en --proxy: otros usuarios podrían leerla en la lista de procesos. Póngala en un archivo para --proxy-password-file o en $COLVAULT_PROXY_PASSWORD.</translation>
    </message>
    <message>
        <source>Give the proxy&apos;s user name either in --proxy (USER@HOST) or with --proxy-user, not both.</source>
        <translation>Indique el nombre de usuario del proxy en --proxy (USUARIO@HOST) o con --proxy-user, no en ambos.</translation>
    </message>
    <message>
        <source>A proxy password needs a user name: give --proxy-user, or USER@ in --proxy.</source>
        <translation>Una contraseña de proxy necesita un nombre de usuario: indique --proxy-user o USUARIO@ en --proxy.</translation>
    </message>
    <message>
        <source>Cannot read the proxy password file &quot;%1&quot;: %2</source>
        <translation>No se puede leer el archivo de contraseña del proxy «%1»: %2</translation>
    </message>
    <message>
        <source>The proxy password file &quot;%1&quot; is empty.</source>
        <translation>El archivo de contraseña del proxy «%1» está vacío.</translation>
    </message>
    <message>
        <source>The proxy password file &quot;%1&quot; holds more than one line; it must hold the password alone.</source>
        <translation>El archivo de contraseña del proxy «%1» tiene más de una línea; debe contener solo la contraseña.</translation>
    </message>
    <message>
        <source>Address of the server&apos;s gRPC API, used for objects (see --transport), counts and id listings: grpc://HOST:PORT, or grpcs://HOST:PORT with TLS (default: the server&apos;s host, port 50051, TLS as for --url).</source>
        <translation>Dirección de la API gRPC del servidor, usada para los objetos (véase --transport), los recuentos y las listas de identificadores: grpc://HOST:PORT, o grpcs://HOST:PORT con TLS (por defecto: el host del servidor, puerto 50051, TLS como en --url).</translation>
    </message>
    <message>
        <source>How objects travel (backup pages, restore batches): &quot;auto&quot; over gRPC where the server offers it, else over REST (the default); &quot;rest&quot; never over gRPC; &quot;grpc&quot; only over gRPC, an error without it. Counts and id listings take gRPC where they can in every mode.</source>
        <translation>Cómo se transfieren los objetos (páginas de las copias de seguridad, lotes de las restauraciones): «auto» (predeterminado) por gRPC donde el servidor lo ofrezca y, si no, por REST; «rest» nunca por gRPC; «grpc» solo por gRPC, con un error si no está disponible. En todos los modos, los recuentos y las listas de identificadores usan gRPC cuando es posible.</translation>
    </message>
    <message>
        <source>--transport needs &quot;auto&quot;, &quot;rest&quot; or &quot;grpc&quot;.</source>
        <translation>--transport requiere «auto», «rest» o «grpc».</translation>
    </message>
    <message>
        <source>Only these tenants: names or shell patterns (acme-*, t?, [a-c]*), as A,B for the one collection named, or COLLECTION:A,B. Repeatable.</source>
        <translation>Solo estos inquilinos: nombres o patrones de shell (acme-*, t?, [a-c]*), como A,B para la única colección indicada, o COLLECTION:A,B. Se puede repetir.</translation>
    </message>
</context>
<context>
    <name>Colvault::AliasesDialog</name>
    <message>
        <source>Collection Aliases</source>
        <translation>Alias de colecciones</translation>
    </message>
    <message>
        <source>Aliases and their collections</source>
        <translation>Alias y sus colecciones</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Colección</translation>
    </message>
    <message>
        <source>e.g. Movies</source>
        <translation>p. ej., Movies</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Create an alias of this name that points at the collection</source>
        <translation>Crear un alias con este nombre que apunte a la colección</translation>
    </message>
    <message>
        <source>Change &amp;Target…</source>
        <translation>Cambiar el &amp;destino…</translation>
    </message>
    <message>
        <source>Point this alias at the collection chosen, in one request</source>
        <translation>Hacer que este alias apunte a la colección elegida, en una sola solicitud</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete this alias; its collection stays</source>
        <translation>Eliminar este alias; su colección se conserva</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Collection:</source>
        <translation>&amp;Colección:</translation>
    </message>
    <message>
        <source>Collection Aliases on %1</source>
        <extracomment>%1 the server: &quot;profile at URL&quot;</extracomment>
        <translation>Alias de colecciones en %1</translation>
    </message>
    <message>
        <source>The server has an alias &quot;%1&quot; already. Select it and choose Change Target to point it at another collection.</source>
        <translation>El servidor ya tiene un alias «%1». Selecciónelo y elija «Cambiar el destino» para que apunte a otra colección.</translation>
    </message>
    <message>
        <source>The aliases could not be read or changed.</source>
        <translation>No se pudieron leer o cambiar los alias.</translation>
    </message>
    <message>
        <source>Reading the aliases…</source>
        <translation>Leyendo los alias…</translation>
    </message>
    <message>
        <source>Changing the alias…</source>
        <translation>Cambiando el alias…</translation>
    </message>
    <message>
        <source>The server has no aliases.</source>
        <translation>El servidor no tiene alias.</translation>
    </message>
    <message>
        <source>Alias %1 created, pointing at %2.</source>
        <extracomment>%1 alias, %2 collection</extracomment>
        <translation>Alias %1 creado, apunta a %2.</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2.</source>
        <extracomment>%1 alias, %2 collection</extracomment>
        <translation>El alias %1 apunta ahora a %2.</translation>
    </message>
    <message>
        <source>Alias %1 deleted; its collection is unchanged.</source>
        <extracomment>%1 alias</extracomment>
        <translation>Alias %1 eliminado; su colección no cambia.</translation>
    </message>
    <message>
        <source>Add Alias</source>
        <translation>Añadir alias</translation>
    </message>
    <message>
        <source>Create the alias &quot;%1&quot; pointing at the collection &quot;%2&quot;? Clients that use &quot;%1&quot; then read and write &quot;%2&quot;.</source>
        <extracomment>%1 alias, %2 collection</extracomment>
        <translation>¿Crear el alias «%1» que apunta a la colección «%2»? Los clientes que usan «%1» leerán y escribirán entonces en «%2».</translation>
    </message>
    <message>
        <source>Change Alias Target</source>
        <translation>Cambiar el destino del alias</translation>
    </message>
    <message>
        <source>Point the alias &quot;%1&quot; at the collection &quot;%2&quot; instead of &quot;%3&quot;? Clients that use &quot;%1&quot; switch to &quot;%2&quot; at once; &quot;%3&quot; is kept.</source>
        <extracomment>%1 alias, %2 the collection it will point at, %3 the one it points at now</extracomment>
        <translation>¿Hacer que el alias «%1» apunte a la colección «%2» en lugar de a «%3»? Los clientes que usan «%1» pasan a «%2» de inmediato; «%3» se conserva.</translation>
    </message>
    <message>
        <source>Change Target</source>
        <translation>Cambiar el destino</translation>
    </message>
    <message>
        <source>Delete Alias</source>
        <translation>Eliminar alias</translation>
    </message>
    <message>
        <source>Delete the alias &quot;%1&quot;, which points at the collection &quot;%2&quot;? The collection and its objects stay; clients that use &quot;%1&quot; fail until an alias of that name is created again.</source>
        <extracomment>%1 alias, %2 the collection it points at</extracomment>
        <translation>¿Eliminar el alias «%1», que apunta a la colección «%2»? La colección y sus objetos se conservan; los clientes que usan «%1» fallarán hasta que se vuelva a crear un alias con ese nombre.</translation>
    </message>
    <message numerus="yes">
        <source>The server has %Ln alias(es).</source>
        <translation>
            <numerusform>El servidor tiene %Ln alias.</numerusform>
            <numerusform>El servidor tiene %Ln alias.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a collection. Choose a name that no collection has.</source>
        <extracomment>%1 the name typed for the alias</extracomment>
        <translation>«%1» es el nombre de una colección. Elija un nombre que no tenga ninguna colección.</translation>
    </message>
</context>
<context>
    <name>Colvault::ArchiveKeyDialog</name>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Identity file</source>
        <translation>Archivo de &amp;identidad</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Encrypted Archive</source>
        <translation>Archivo cifrado</translation>
    </message>
    <message>
        <source>The archive %1 is encrypted to public keys. Give an age identity file that holds one of their secret keys, or paste its AGE-SECRET-KEY-1… line.</source>
        <extracomment>%1 an archive&apos;s file name or s3:// location</extracomment>
        <translation>El archivo %1 está cifrado para claves públicas. Indique un archivo de identidad de age que contenga una de sus claves secretas, o pegue la línea AGE-SECRET-KEY-1… correspondiente.</translation>
    </message>
    <message>
        <source>The archive %1 is encrypted with a passphrase. Type the passphrase.</source>
        <translation>El archivo %1 está cifrado con una frase de contraseña. Escriba la frase de contraseña.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Identity file, or the pasted identity</source>
        <translation>Archivo de identidad o la identidad pegada</translation>
    </message>
    <message>
        <source>A file, or AGE-SECRET-KEY-1…</source>
        <translation>Un archivo o AGE-SECRET-KEY-1…</translation>
    </message>
    <message>
        <source>Identity File</source>
        <translation>Archivo de identidad</translation>
    </message>
    <message>
        <source>Age identities (*.txt *.key *.age);;All files (*)</source>
        <translation>Identidades de age (*.txt *.key *.age);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Escriba la frase de contraseña.</translation>
    </message>
    <message>
        <source>Give an identity file, or paste the identity.</source>
        <translation>Indique un archivo de identidad o pegue la identidad.</translation>
    </message>
</context>
<context>
    <name>Colvault::BackgroundRunRow</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Progress of the operation</source>
        <translation>Progreso de la operación</translation>
    </message>
    <message>
        <source>Cancel this operation (asks first)</source>
        <translation>Cancelar esta operación (pide confirmación)</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Quitar esta fila</translation>
    </message>
    <message>
        <source>Show the result of this operation</source>
        <translation>Mostrar el resultado de esta operación</translation>
    </message>
    <message>
        <source>Show the progress dialog of this operation</source>
        <translation>Mostrar el cuadro de progreso de esta operación</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Archive: %1 (%2)</source>
        <translation>Archivo: %1 (%2)</translation>
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
        <translation>Copia de seguridad de colecciones</translation>
    </message>
    <message>
        <source>Collection or tenant</source>
        <translation>Colección o inquilino</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Zstandard (recommended)</source>
        <translation>Zstandard (recomendado)</translation>
    </message>
    <message>
        <source>Gzip</source>
        <translation>Gzip</translation>
    </message>
    <message>
        <source>XZ (smallest, slowest)</source>
        <translation>XZ (más compacto, más lento)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Default</source>
        <comment>compression level</comment>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>No estimate yet.</source>
        <translation>Aún no hay estimación.</translation>
    </message>
    <message>
        <source>Estimate:</source>
        <translation>Estimación:</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Copia de seguridad escrita en %1.</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Falló la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Backup canceled.</source>
        <translation>Copia de seguridad cancelada.</translation>
    </message>
    <message>
        <source>inactive (%1)</source>
        <translation>inactivo (%1)</translation>
    </message>
    <message>
        <source>Save Backup As</source>
        <translation>Guardar copia de seguridad como</translation>
    </message>
    <message>
        <source>Colvault archives (*.tar.zst *.tar.gz *.tar.xz *.tar)</source>
        <translation>Archivos de Colvault (*.tar.zst *.tar.gz *.tar.xz *.tar)</translation>
    </message>
    <message>
        <source>Estimating…</source>
        <translation>Estimando…</translation>
    </message>
    <message>
        <source>Backup of %1 to %2 started.</source>
        <translation>Se inició la copia de seguridad de %1 en %2.</translation>
    </message>
    <message>
        <source>The backup is complete.</source>
        <translation>La copia de seguridad se ha completado.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) written.</source>
        <translation>
            <numerusform>%Ln objeto escrito.</numerusform>
            <numerusform>%Ln objetos escritos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive: %1 (%2)</source>
        <translation>Archivo: %1 (%2)</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <extracomment>%1 a duration in words such as &quot;2 min 5 s&quot;</extracomment>
        <translation>Duración: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s) backed up.</source>
        <translation>
            <numerusform>%Ln colección incluida en la copia de seguridad.</numerusform>
            <numerusform>%Ln colecciones incluidas en la copia de seguridad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the collections to back up; for a multi-tenant collection, check single tenants to back up only those.</source>
        <translation>Marque las colecciones que desea incluir en la copia de seguridad; en una colección multiinquilino, marque inquilinos concretos para copiar solo esos.</translation>
    </message>
    <message>
        <source>&amp;Activate inactive tenants for the backup, then put them back</source>
        <translation>&amp;Activar los inquilinos inactivos para la copia de seguridad y después restablecer su estado</translation>
    </message>
    <message>
        <source>Sc&amp;hema only (no objects)</source>
        <translation>Solo es&amp;quema (sin objetos)</translation>
    </message>
    <message>
        <source>Include &amp;vectors</source>
        <translation>Incluir &amp;vectores</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Browse for the destination</source>
        <translation>Elegir el destino</translation>
    </message>
    <message>
        <source>&amp;Estimate</source>
        <translation>&amp;Estimar</translation>
    </message>
    <message>
        <source>Co&amp;mpression:</source>
        <translation>Co&amp;mpresión:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>&amp;Start Backup</source>
        <translation>&amp;Iniciar copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Collections and tenants to back up:</source>
        <translation>&amp;Colecciones e inquilinos para la copia de seguridad:</translation>
    </message>
    <message>
        <source>Collections and tenants to back up</source>
        <translation>Colecciones e inquilinos para la copia de seguridad</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln object(s), archive about %1, taking roughly %2.</source>
        <translation>
            <numerusform>Al menos %Ln objeto; el archivo ocupará unos %1 y tardará aproximadamente %2.</numerusform>
            <numerusform>Al menos %Ln objetos; el archivo ocupará unos %1 y tardará aproximadamente %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s), archive about %1, taking roughly %2.</source>
        <translation>
            <numerusform>%Ln objeto; el archivo ocupará unos %1 y tardará aproximadamente %2.</numerusform>
            <numerusform>%Ln objetos; el archivo ocupará unos %1 y tardará aproximadamente %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back Up Collections from %1</source>
        <extracomment>%1 the server: &quot;profile at URL&quot;</extracomment>
        <translation>Hacer copia de seguridad de colecciones de %1</translation>
    </message>
    <message>
        <source>inactive (%1), activated for the backup</source>
        <extracomment>%1 the tenant&apos;s status as the server says it, e.g. COLD</extracomment>
        <translation>inactivo (%1), se activa para la copia de seguridad</translation>
    </message>
    <message>
        <source>Colvault activates this tenant for the backup and puts it back to its status afterwards.</source>
        <translation>Colvault activa este inquilino para la copia de seguridad y después le devuelve su estado.</translation>
    </message>
    <message>
        <source>This tenant is inactive, so its objects cannot be read. Choose “Activate inactive tenants” below to back it up.</source>
        <translation>Este inquilino está inactivo, así que sus objetos no se pueden leer. Elija «Activar los inquilinos inactivos» más abajo para incluirlo en la copia de seguridad.</translation>
    </message>
    <message>
        <source>offloaded (%1), cannot be backed up</source>
        <extracomment>%1 the tenant&apos;s status as the server says it, e.g. FROZEN</extracomment>
        <translation>externalizado (%1), no se puede incluir en la copia de seguridad</translation>
    </message>
    <message>
        <source>This tenant is offloaded to cloud storage. Colvault can neither read nor activate it; load it back on the server first.</source>
        <translation>Este inquilino está externalizado en un almacenamiento en la nube. Colvault no puede leerlo ni activarlo; vuelva a cargarlo antes en el servidor.</translation>
    </message>
    <message>
        <source>changing status (%1), cannot be backed up</source>
        <extracomment>%1 the tenant&apos;s status as the server says it, e.g. FREEZING</extracomment>
        <translation>cambiando de estado (%1), no se puede incluir en la copia de seguridad</translation>
    </message>
    <message>
        <source>This tenant is changing its status on the server. Try again once that is done.</source>
        <translation>Este inquilino está cambiando de estado en el servidor. Vuelva a intentarlo cuando haya terminado.</translation>
    </message>
    <message>
        <source>Backup from %1</source>
        <extracomment>%1 the server: &quot;profile at URL&quot;</extracomment>
        <translation>Copia de seguridad de %1</translation>
    </message>
    <message>
        <source>The backup was canceled. No archive was written.</source>
        <translation>La copia de seguridad se canceló. No se escribió ningún archivo.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln object(s) written.</source>
        <translation>
            <numerusform>%1: %Ln objeto escrito.</numerusform>
            <numerusform>%1: %Ln objetos escritos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2: %Ln object(s) written.</source>
        <translation>
            <numerusform>%1 / %2: %Ln objeto escrito.</numerusform>
            <numerusform>%1 / %2: %Ln objetos escritos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>objects</comment>
        <extracomment>Objects column of a partly ticked multi-tenant collection: %1 objects of the ticked tenants, %2 of all</extracomment>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) in the ticked tenants, of %1 in the collection.</source>
        <extracomment>%1 the objects of the whole collection</extracomment>
        <translation>
            <numerusform>%Ln objeto en los inquilinos marcados, de %1 en la colección.</numerusform>
            <numerusform>%Ln objetos en los inquilinos marcados, de %1 en la colección.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>No hay nada seleccionado.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s)</source>
        <comment>selection summary</comment>
        <extracomment>Part of the selection summary, e.g. &quot;3 collections, 2 of 10,000 tenants selected, about 4 objects&quot;</extracomment>
        <translation>
            <numerusform>%Ln colección</numerusform>
            <numerusform>%Ln colecciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln tenant(s)</source>
        <comment>selection summary</comment>
        <extracomment>Part of the selection summary: %1 the tenants ticked, %n all tenants of the server&apos;s collections</extracomment>
        <translation>
            <numerusform>%1 de %Ln inquilino</numerusform>
            <numerusform>%1 de %Ln inquilinos</numerusform>
        </translation>
    </message>
    <message>
        <source>schema only</source>
        <comment>selection summary</comment>
        <extracomment>Part of the selection summary</extracomment>
        <translation>solo el esquema</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln object(s)</source>
        <comment>selection summary</comment>
        <translation>
            <numerusform>unos %Ln objeto</numerusform>
            <numerusform>unos %Ln objetos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %Ln object(s)</source>
        <comment>selection summary</comment>
        <translation>
            <numerusform>al menos %Ln objeto</numerusform>
            <numerusform>al menos %Ln objetos</numerusform>
        </translation>
    </message>
    <message>
        <source>objects not counted</source>
        <comment>selection summary</comment>
        <translation>objetos sin contar</translation>
    </message>
    <message>
        <source>%1, %2 selected, %3.</source>
        <translation>Selección: %1, %2, %3.</translation>
    </message>
    <message>
        <source>%1 selected, %2.</source>
        <translation>Selección: %1, %2.</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>Folder on this computer</source>
        <translation>Carpeta en este equipo</translation>
    </message>
    <message>
        <source>S3 bucket</source>
        <translation>Bucket S3</translation>
    </message>
    <message>
        <source>Storage profile</source>
        <translation>Perfil de almacenamiento</translation>
    </message>
    <message>
        <source>No storage profile yet: add one under Storage Profiles…</source>
        <translation>Aún no hay ningún perfil de almacenamiento: añada uno en Perfiles de almacenamiento…</translation>
    </message>
    <message>
        <source>Cancel Backup</source>
        <translation>Cancelar la copia de seguridad</translation>
    </message>
</context>
<context>
    <name>Colvault::ClearImpactPage</name>
    <message>
        <source>unknown</source>
        <comment>object count</comment>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>What will be deleted, and the backup taken before anything is deleted.</source>
        <translation>Lo que se borrará y la copia de seguridad que se hará antes de borrar nada.</translation>
    </message>
    <message>
        <source>Collection or tenant</source>
        <translation>Colección o inquilino</translation>
    </message>
    <message>
        <source>Objects to delete</source>
        <translation>Objetos que borrar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>A file, or a folder for a file named after the collections</source>
        <translation>Un archivo, o una carpeta para un archivo con el nombre de las colecciones</translation>
    </message>
    <message>
        <source>Reading what will be deleted…</source>
        <translation>Leyendo lo que se borrará…</translation>
    </message>
    <message>
        <source>only the tenants below</source>
        <translation>solo los inquilinos de abajo</translation>
    </message>
    <message>
        <source>%1, skipped: %2</source>
        <extracomment>%1 tenant status in words (e.g. &quot;inactive&quot;), %2 why it is skipped</extracomment>
        <translation>%1, omitido: %2</translation>
    </message>
    <message>
        <source>%1, activated for the clear, then put back</source>
        <extracomment>%1 tenant status in words, e.g. &quot;inactive&quot;</extracomment>
        <translation>%1, se activa para el vaciado y después se restablece</translation>
    </message>
    <message>
        <source>Blocking: %1</source>
        <translation>Bloqueante: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message numerus="yes">
        <source>The backup of %Ln object(s) is written and verified first: %1</source>
        <extracomment>%1 a file path, %Ln objects in the backup</extracomment>
        <translation>
            <numerusform>Primero se escribe y verifica la copia de seguridad de %Ln objeto: %1</numerusform>
            <numerusform>Primero se escribe y verifica la copia de seguridad de %Ln objetos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup is taken.</source>
        <translation>No se hace ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>Save Backup As</source>
        <translation>Guardar copia de seguridad como</translation>
    </message>
    <message>
        <source>Colvault archives (*.tar.zst *.tar.gz *.tar.xz *.tar)</source>
        <translation>Archivos de Colvault (*.tar.zst *.tar.gz *.tar.xz *.tar)</translation>
    </message>
    <message>
        <source>What will be deleted</source>
        <translation>Lo que se borrará</translation>
    </message>
    <message>
        <source>Back &amp;up before clearing (recommended)</source>
        <translation>&amp;Hacer una copia de seguridad antes de vaciar (recomendado)</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;I understand that without a backup nothing can undo this clear</source>
        <translation>&amp;Entiendo que, sin copia de seguridad, nada podrá deshacer este vaciado</translation>
    </message>
    <message>
        <source>Backup &amp;to:</source>
        <translation>&amp;Destino de la copia:</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln object(s) will be deleted. Collections: %1.</source>
        <extracomment>%Ln objects, %1 the number of collections they are in</extracomment>
        <translation>
            <numerusform>Se borrará al menos %Ln objeto. Colecciones: %1.</numerusform>
            <numerusform>Se borrarán al menos %Ln objetos. Colecciones: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) will be deleted. Collections: %1.</source>
        <translation>
            <numerusform>Se borrará %Ln objeto. Colecciones: %1.</numerusform>
            <numerusform>Se borrarán %Ln objetos. Colecciones: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the backup goes</source>
        <translation>Dónde se guarda la copia de seguridad</translation>
    </message>
    <message>
        <source>Folder on this computer</source>
        <translation>Carpeta en este equipo</translation>
    </message>
    <message>
        <source>S3 bucket</source>
        <translation>Bucket S3</translation>
    </message>
    <message>
        <source>Storage profile</source>
        <translation>Perfil de almacenamiento</translation>
    </message>
    <message>
        <source>No storage profile yet: add one under Storage Profiles…</source>
        <translation>Aún no hay ningún perfil de almacenamiento: añada uno en Perfiles de almacenamiento…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 tenant names, %2 their collection: &quot;tenantB of TenantNote&quot;</extracomment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Only these tenants are cleared: %1.</source>
        <extracomment>%1 e.g. &quot;tenantB of TenantNote&quot; or &quot;t1, t2 and 3 more of Chat; tenantA of Notes&quot;</extracomment>
        <translation>Solo se vacían estos inquilinos: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other tenant(s) of %2</source>
        <extracomment>%1 tenant names, %2 their collection, %n tenants not named: &quot;t1, t2 and 3 other tenants of Chat&quot;</extracomment>
        <translation>
            <numerusform>%1 y %n inquilino más de %2</numerusform>
            <numerusform>%1 y %n inquilinos más de %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::ClearSelectPage</name>
    <message>
        <source>What to clear</source>
        <translation>Qué vaciar</translation>
    </message>
    <message>
        <source>Choose collections (or single tenants) and how to clear them.</source>
        <translation>Elija las colecciones (o inquilinos concretos) y cómo vaciarlas.</translation>
    </message>
    <message>
        <source>Collection or tenant</source>
        <translation>Colección o inquilino</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Delete all objects, keep the schema</source>
        <translation>Borrar todos los objetos y conservar el esquema</translation>
    </message>
    <message>
        <source>Drop the collection</source>
        <translation>Eliminar la colección</translation>
    </message>
    <message>
        <source>Drop and re-create the collection</source>
        <translation>Eliminar y volver a crear la colección</translation>
    </message>
    <message>
        <source>Objects are batch-deleted; the schema, the tenants and their statuses stay.</source>
        <translation>Los objetos se borran por lotes; el esquema, los inquilinos y sus estados se conservan.</translation>
    </message>
    <message>
        <source>The collection (or the chosen tenants) is deleted with its schema.</source>
        <translation>La colección (o los inquilinos elegidos) se elimina junto con su esquema.</translation>
    </message>
    <message>
        <source>The collection is deleted and created again empty, from the same schema and tenants. The fastest way to remove many objects.</source>
        <translation>La colección se elimina y se vuelve a crear vacía, con el mismo esquema e inquilinos. Es la forma más rápida de quitar muchos objetos.</translation>
    </message>
    <message>
        <source>Collections and tenants to clear</source>
        <translation>Colecciones e inquilinos que vaciar</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>No hay nada seleccionado.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s)</source>
        <comment>selection summary</comment>
        <extracomment>Part of the selection summary, e.g. &quot;2 collections, 3 of 10,000 tenants selected.&quot;</extracomment>
        <translation>
            <numerusform>%Ln colección</numerusform>
            <numerusform>%Ln colecciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln tenant(s)</source>
        <comment>selection summary</comment>
        <extracomment>Part of the selection summary: %1 the tenants ticked, %n all tenants of the listed collections</extracomment>
        <translation>
            <numerusform>%1 de %Ln inquilino</numerusform>
            <numerusform>%1 de %Ln inquilinos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 selected.</source>
        <translation>Selección: %1, %2.</translation>
    </message>
    <message>
        <source>%1 selected.</source>
        <translation>Selección: %1.</translation>
    </message>
</context>
<context>
    <name>Colvault::ClearWizard</name>
    <message>
        <source>Clear Collections</source>
        <translation>Vaciar colecciones</translation>
    </message>
    <message>
        <source>Clearing cannot be undone except from the backup.</source>
        <translation>El vaciado solo se puede deshacer a partir de la copia de seguridad.</translation>
    </message>
    <message>
        <source>Clear complete; no backup was taken.</source>
        <translation>Vaciado completado; no se hizo ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>Clear complete. Undo with: %1</source>
        <translation>Vaciado completado. Para deshacerlo: %1</translation>
    </message>
    <message>
        <source>Clear failed: %1</source>
        <translation>Falló el vaciado: %1</translation>
    </message>
    <message>
        <source>Undo with: %1</source>
        <translation>Para deshacerlo: %1</translation>
    </message>
    <message>
        <source>Clear canceled.</source>
        <translation>Vaciado cancelado.</translation>
    </message>
    <message>
        <source>The clear finished, but not everything was cleared.</source>
        <translation>El vaciado terminó, pero no se vació todo.</translation>
    </message>
    <message>
        <source>The clear is complete.</source>
        <translation>El vaciado se ha completado.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) deleted.</source>
        <translation>
            <numerusform>%Ln objeto borrado.</numerusform>
            <numerusform>%Ln objetos borrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup was taken.</source>
        <translation>No se hizo ninguna copia de seguridad.</translation>
    </message>
    <message numerus="yes">
        <source>Backup: %1 (%Ln object(s))</source>
        <extracomment>%1 the backup file, %2 its object count</extracomment>
        <translation>
            <numerusform>Copia de seguridad: %1 (%Ln objeto)</numerusform>
            <numerusform>Copia de seguridad: %1 (%Ln objetos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Duración: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 still holds %Ln object(s).</source>
        <extracomment>%1 collection or &quot;collection / tenant&quot;</extracomment>
        <translation>
            <numerusform>%1 aún contiene %Ln objeto.</numerusform>
            <numerusform>%1 aún contiene %Ln objetos.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vaciar</translation>
    </message>
    <message>
        <source>Cancel the clear? Objects already deleted stay deleted.</source>
        <translation>¿Cancelar el vaciado? Los objetos ya borrados seguirán borrados.</translation>
    </message>
    <message>
        <source>&amp;Undo (restore)…</source>
        <translation>&amp;Deshacer (restaurar)…</translation>
    </message>
    <message>
        <source>Restore the backup taken before the clear: you see the changes and confirm them first.</source>
        <translation>Restaura la copia de seguridad hecha antes del vaciado: primero verá los cambios y deberá confirmarlos.</translation>
    </message>
    <message>
        <source>The clear failed.</source>
        <translation>El vaciado falló.</translation>
    </message>
    <message>
        <source>The clear was canceled.</source>
        <translation>El vaciado se canceló.</translation>
    </message>
    <message>
        <source>Clearing</source>
        <translation>Vaciando</translation>
    </message>
    <message>
        <source>Starting the clear…</source>
        <translation>Iniciando el vaciado…</translation>
    </message>
    <message>
        <source>What the clear did. Undo restores the backup taken before it.</source>
        <translation>Lo que hizo el vaciado. «Deshacer» restaura la copia de seguridad hecha antes.</translation>
    </message>
    <message>
        <source>What the clear did.</source>
        <translation>Lo que hizo el vaciado.</translation>
    </message>
    <message>
        <source>Nothing was deleted; the server is unchanged.</source>
        <translation>No se ha borrado nada; el servidor no ha cambiado.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) were deleted before the clear stopped.</source>
        <translation>
            <numerusform>Se borró %Ln objeto antes de que se detuviera el vaciado.</numerusform>
            <numerusform>Se borraron %Ln objetos antes de que se detuviera el vaciado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <extracomment>%1 the backup file</extracomment>
        <translation>Copia de seguridad: %1</translation>
    </message>
    <message numerus="yes">
        <source>This deletes at least %Ln object(s). A verified backup is written first to %1.</source>
        <extracomment>%1 the backup file</extracomment>
        <translation>
            <numerusform>Esto borra al menos %Ln objeto. Antes se escribe una copia de seguridad verificada en %1.</numerusform>
            <numerusform>Esto borra al menos %Ln objetos. Antes se escribe una copia de seguridad verificada en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This deletes %Ln object(s). A verified backup is written first to %1.</source>
        <translation>
            <numerusform>Esto borra %Ln objeto. Antes se escribe una copia de seguridad verificada en %1.</numerusform>
            <numerusform>Esto borra %Ln objetos. Antes se escribe una copia de seguridad verificada en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This deletes at least %Ln object(s). No backup is taken: nothing can undo this.</source>
        <translation>
            <numerusform>Esto borra al menos %Ln objeto. No se hace ninguna copia de seguridad: nada podrá deshacerlo.</numerusform>
            <numerusform>Esto borra al menos %Ln objetos. No se hace ninguna copia de seguridad: nada podrá deshacerlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This deletes %Ln object(s). No backup is taken: nothing can undo this.</source>
        <translation>
            <numerusform>Esto borra %Ln objeto. No se hace ninguna copia de seguridad: nada podrá deshacerlo.</numerusform>
            <numerusform>Esto borra %Ln objetos. No se hace ninguna copia de seguridad: nada podrá deshacerlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clear of %1 started.</source>
        <extracomment>%1 a list of collections</extracomment>
        <translation>Se inició el vaciado de %1.</translation>
    </message>
    <message>
        <source>Cancel stops the clear. Objects already deleted stay deleted; they can be restored from the backup.</source>
        <translation>«Cancelar» detiene el vaciado. Los objetos ya borrados seguirán borrados; se pueden restaurar desde la copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>Colvault::CollectionsModel</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>legacy</source>
        <comment>vector kind</comment>
        <translation>heredado</translation>
    </message>
    <message>
        <source>named</source>
        <comment>vector kind</comment>
        <translation>con nombre</translation>
    </message>
    <message>
        <source>multi</source>
        <comment>vector kind</comment>
        <translation>multivector</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>vector name (kind)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Inactive tenants are not counted.</source>
        <translation>Los inquilinos inactivos no se cuentan.</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>object count</comment>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 (active tenants)</source>
        <extracomment>An object count that leaves out inactive tenants</extracomment>
        <translation>%1 (inquilinos activos)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Colección</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Inquilinos</translation>
    </message>
    <message>
        <source>Multi-tenant</source>
        <translation>Multiinquilino</translation>
    </message>
    <message>
        <source>Vectors</source>
        <translation>Vectores</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln dimension(s)</source>
        <extracomment>%1 is a vector description such as &quot;title (named)&quot;, %Ln its dimension count</extracomment>
        <translation>
            <numerusform>%1, %Ln dimensión</numerusform>
            <numerusform>%1, %Ln dimensiones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (inactive: %2)</source>
        <extracomment>%1 tenants in total, %2 of them inactive</extracomment>
        <translation>%1 (inactivos: %2)</translation>
    </message>
</context>
<context>
    <name>Colvault::CommandLineBox</name>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;iar</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation>Copiar el comando al portapapeles</translation>
    </message>
    <message>
        <source>Same as the co&amp;mmand:</source>
        <translation>Equivale al co&amp;mando:</translation>
    </message>
    <message>
        <source>The API key and the extra headers are not shown. Replace KEY_FILE with a file that holds the key, and HEADER_FILE with a file of the headers, one &quot;Name: value&quot; a line.</source>
        <translation>La clave de API y las cabeceras adicionales no se muestran. Sustituya KEY_FILE por un archivo con la clave y HEADER_FILE por un archivo con las cabeceras, una «Nombre: valor» por línea.</translation>
    </message>
    <message>
        <source>The API key is not shown. Replace KEY_FILE with a file that holds the key.</source>
        <translation>La clave de API no se muestra. Sustituya KEY_FILE por un archivo con la clave.</translation>
    </message>
    <message>
        <source>The extra headers are not shown. Replace HEADER_FILE with a file of the headers, one &quot;Name: value&quot; a line.</source>
        <translation>Las cabeceras adicionales no se muestran. Sustituya HEADER_FILE por un archivo con las cabeceras, una «Nombre: valor» por línea.</translation>
    </message>
    <message>
        <source>The proxy password is not shown. Replace PROXY_PASSWORD_FILE with a file that holds it.</source>
        <translation>La contraseña del proxy no se muestra. Sustituya PROXY_PASSWORD_FILE por un archivo con la contraseña.</translation>
    </message>
    <message>
        <source>The target&apos;s API key is not shown. Replace TARGET_KEY_FILE with a file that holds it.</source>
        <translation>La clave de API del destino no se muestra. Sustituya TARGET_KEY_FILE por un archivo con la clave.</translation>
    </message>
    <message>
        <source>The target&apos;s header values are not shown. Replace each HEADER_VALUE with the value.</source>
        <translation>Los valores de las cabeceras del destino no se muestran. Sustituya cada HEADER_VALUE por el valor.</translation>
    </message>
    <message>
        <source>The archive&apos;s key is not shown. Replace IDENTITY_FILE with the age identity file that opens it.</source>
        <translation>La clave del archivo no se muestra. Sustituya IDENTITY_FILE por el archivo de identidad de age que permite abrirlo.</translation>
    </message>
    <message>
        <source>The archive&apos;s passphrase is not shown. Replace PASSPHRASE_FILE with a file that holds it.</source>
        <translation>La frase de contraseña del archivo no se muestra. Sustituya PASSPHRASE_FILE por un archivo con la frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>Colvault::ConfirmNamesPage</name>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Collection names, separated by commas</source>
        <translation>Nombres de colecciones, separados por comas</translation>
    </message>
    <message>
        <source>The names do not match. Type them exactly, upper and lower case included.</source>
        <translation>Los nombres no coinciden. Escríbalos exactamente igual, con mayúsculas y minúsculas.</translation>
    </message>
    <message>
        <source>Collection names to confirm</source>
        <translation>Nombres de colecciones que confirmar</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Type %Ln collection name(s) to confirm: %1</source>
        <extracomment>%1 is a list of collection names</extracomment>
        <translation>
            <numerusform>&amp;Escriba el nombre de la colección para confirmar: %1</numerusform>
            <numerusform>&amp;Escriba los nombres de las %Ln colecciones para confirmar: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::ConnectionDialog</name>
    <message>
        <source>Connection Profile</source>
        <translation>Perfil de conexión</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the settings file.</source>
        <translation>Se guarda en el llavero del sistema, nunca en el archivo de configuración.</translation>
    </message>
    <message>
        <source>One header per line, for example X-OpenAI-Api-Key: sk-…</source>
        <translation>Una cabecera por línea, por ejemplo X-OpenAI-Api-Key: sk-…</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>Certificados de CA</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>Archivos PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The user name and password in this URL are not saved. Weaviate authenticates with an API key: choose “API key” below.</source>
        <translation>El nombre de usuario y la contraseña de esta URL no se guardan. Weaviate se autentica con una clave de API: elija «Clave de API» más abajo.</translation>
    </message>
    <message>
        <source>None</source>
        <comment>authentication</comment>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Browse for CA certificates</source>
        <translation>Elegir los certificados de CA</translation>
    </message>
    <message>
        <source>Skip TLS certificate &amp;verification (unsafe)</source>
        <translation>Omitir la &amp;verificación del certificado TLS (no seguro)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Autenticación:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>Ca&amp;beceras adicionales:</translation>
    </message>
    <message>
        <source>CA cer&amp;tificates:</source>
        <translation>Cer&amp;tificados de CA:</translation>
    </message>
    <message>
        <source>&amp;Save and Connect</source>
        <translation>&amp;Guardar y conectar</translation>
    </message>
    <message>
        <source>The headers and their values are stored in the system keychain, never in the settings file.</source>
        <translation>Las cabeceras y sus valores se guardan en el llavero del sistema, nunca en el archivo de configuración.</translation>
    </message>
    <message>
        <source>Default: the server&apos;s host, port 50051</source>
        <translation>Por defecto: el host del servidor, puerto 50051</translation>
    </message>
    <message>
        <source>&amp;gRPC address:</source>
        <translation>Dirección &amp;gRPC:</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Proxy add&amp;ress:</source>
        <translation>Di&amp;rección del proxy:</translation>
    </message>
    <message>
        <source>Proxy us&amp;er:</source>
        <translation>Usuario d&amp;el proxy:</translation>
    </message>
    <message>
        <source>System settings</source>
        <comment>proxy</comment>
        <translation>Configuración del sistema</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Sin proxy</translation>
    </message>
    <message>
        <source>Manual</source>
        <comment>proxy</comment>
        <translation>Manual</translation>
    </message>
    <message>
        <source>System settings: the proxy of the environment (https_proxy, http_proxy, no_proxy), else the operating system&apos;s.</source>
        <translation>Configuración del sistema: el proxy del entorno (https_proxy, http_proxy, no_proxy); si no, el del sistema operativo.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contraseña (&amp;w):</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s user name and password in their own fields below, not in the address.</source>
        <translation>Escriba el nombre de usuario y la contraseña del proxy en sus propios campos de abajo, no en la dirección.</translation>
    </message>
    <message>
        <source>Weaviate&apos;s gRPC API, used for object counts and to move objects where the server offers it: grpc://host:port, or grpcs://host:port with TLS.</source>
        <translation>La API gRPC de Weaviate, usada para contar y transferir objetos donde el servidor la ofrece: grpc://host:puerto, o grpcs://host:puerto con TLS.</translation>
    </message>
    <message>
        <source>Automatic: gRPC where the server offers it</source>
        <translation>Automático: gRPC donde el servidor lo ofrezca</translation>
    </message>
    <message>
        <source>REST only</source>
        <translation>Solo REST</translation>
    </message>
    <message>
        <source>gRPC only</source>
        <translation>Solo gRPC</translation>
    </message>
    <message>
        <source>How backups and restores move objects. gRPC carries vectors as bytes and is faster; REST works with every server and through every proxy.</source>
        <translation>Cómo transfieren los objetos las copias de seguridad y las restauraciones. gRPC transporta los vectores como bytes y es más rápido; REST funciona con cualquier servidor y a través de cualquier proxy.</translation>
    </message>
    <message>
        <source>&amp;Objects travel over:</source>
        <translation>&amp;Objetos transferidos por:</translation>
    </message>
    <message>
        <source>Write the gRPC address with its scheme: grpc://host:port, or grpcs://host:port with TLS.</source>
        <translation>Escriba la dirección gRPC con su esquema: grpc://host:puerto, o grpcs://host:puerto con TLS.</translation>
    </message>
</context>
<context>
    <name>Colvault::CopyTargetPage</name>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Where and how to copy. Preview shows what would change; nothing is written before Copy.</source>
        <translation>Dónde y cómo copiar. «Vista previa» muestra lo que cambiaría; no se escribe nada hasta pulsar «Copiar».</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>A saved connection profile: its server receives the copy</source>
        <translation>Un perfil de conexión guardado: su servidor recibe la copia</translation>
    </message>
    <message>
        <source>Target connection profile</source>
        <translation>Perfil de conexión de destino</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Colección</translation>
    </message>
    <message>
        <source>Copy as</source>
        <translation>Copiar como</translation>
    </message>
    <message>
        <source>Collections to copy and their names on the target</source>
        <translation>Colecciones que copiar y sus nombres en el destino</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>Copy the selected collection under another name (F2)</source>
        <translation>Copiar la colección seleccionada con otro nombre (F2)</translation>
    </message>
    <message>
        <source>To copy a collection under another name, select it and press F2 or Rename, then type the name in &quot;Copy as&quot;.</source>
        <translation>Para copiar una colección con otro nombre, selecciónela, pulse F2 o «Cambiar nombre» y escriba el nombre en «Copiar como».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not selected for the copy, so it cannot be renamed. Tick it first.</source>
        <extracomment>%1 a collection name</extracomment>
        <translation>«%1» no está seleccionada para la copia, así que no se puede cambiar su nombre. Márquela primero.</translation>
    </message>
    <message>
        <source>Copy mode</source>
        <translation>Modo de copia</translation>
    </message>
    <message>
        <source>New: the collections must not exist on the target</source>
        <translation>Nuevo: las colecciones no deben existir en el destino</translation>
    </message>
    <message>
        <source>Merge: add missing objects and properties</source>
        <translation>Fusionar: añadir los objetos y propiedades que falten</translation>
    </message>
    <message>
        <source>Overwrite: like merge, copied objects replace existing ones</source>
        <translation>Sobrescribir: como Fusionar, pero los objetos copiados reemplazan a los existentes</translation>
    </message>
    <message>
        <source>Replace: drop the target&apos;s collections first</source>
        <translation>Reemplazar: eliminar antes las colecciones del destino</translation>
    </message>
    <message>
        <source>Copy &amp;to:</source>
        <translation>&amp;Copiar a:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <source>There is no saved connection to copy to. Save one with Connection → New Connection… first.</source>
        <translation>No hay ninguna conexión guardada a la que copiar. Guarde primero una con «Conexión → Nueva conexión…».</translation>
    </message>
    <message>
        <source>Reading the connection %1 and its secrets…</source>
        <extracomment>%1 a connection profile&apos;s name</extracomment>
        <translation>Leyendo la conexión %1 y sus secretos…</translation>
    </message>
    <message>
        <source>The collections are copied to %1, the server they are read from: give each one another name under &quot;Copy as&quot;.</source>
        <extracomment>%1 a server URL</extracomment>
        <translation>Las colecciones se copian en %1, el mismo servidor del que se leen: dé a cada una otro nombre en «Copiar como».</translation>
    </message>
    <message>
        <source>The collections are copied to %1.</source>
        <extracomment>%1 a server URL</extracomment>
        <translation>Las colecciones se copian en %1.</translation>
    </message>
    <message>
        <source>The secrets of %1 could not be read from the keychain (%2); the copy connects without them.</source>
        <extracomment>%1 a connection profile&apos;s name, %2 the keychain&apos;s error message</extracomment>
        <translation>No se pudieron leer del llavero los secretos de %1 (%2); la copia se conecta sin ellos.</translation>
    </message>
    <message>
        <source>Nothing on the target is touched; a collection that already exists there blocks the copy.</source>
        <translation>No se toca nada en el destino; si una colección ya existe allí, la copia se bloquea.</translation>
    </message>
    <message>
        <source>Existing objects on the target are kept; missing objects and properties are added.</source>
        <translation>Los objetos existentes en el destino se conservan; se añaden los objetos y las propiedades que falten.</translation>
    </message>
    <message>
        <source>Objects with the same id on the target are replaced by the copied ones.</source>
        <translation>Los objetos con el mismo ID en el destino se reemplazan por los copiados.</translation>
    </message>
    <message>
        <source>The target&apos;s existing collections are deleted first. You will type their names to confirm.</source>
        <translation>Las colecciones existentes en el destino se eliminan primero. Tendrá que escribir sus nombres para confirmar.</translation>
    </message>
    <message>
        <source>Vectors:</source>
        <translation>Vectores:</translation>
    </message>
    <message>
        <source>Also write an &amp;archive of what is copied:</source>
        <translation>Escribir también un arc&amp;hivo de lo que se copia:</translation>
    </message>
    <message>
        <source>The archive holds what a backup of the copied collections would. It appears under this name only once the copy succeeded and the archive verified.</source>
        <translation>El archivo contiene lo mismo que una copia de seguridad de las colecciones copiadas. Solo aparece con este nombre cuando la copia ha terminado correctamente y el archivo se ha verificado.</translation>
    </message>
    <message>
        <source>Archive file</source>
        <translation>Ruta del archivo</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Browse for the archive file</source>
        <translation>Elegir el archivo</translation>
    </message>
    <message>
        <source>Save Archive As</source>
        <translation>Guardar archivo como</translation>
    </message>
    <message>
        <source>Colvault archives (*.tar.zst *.tar.gz *.tar.xz *.tar)</source>
        <translation>Archivos de Colvault (*.tar.zst *.tar.gz *.tar.xz *.tar)</translation>
    </message>
</context>
<context>
    <name>Colvault::CopyWizard</name>
    <message>
        <source>Replace mode drops the target&apos;s existing collections before copying.</source>
        <translation>El modo Reemplazar elimina las colecciones existentes en el destino antes de copiar.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Cancel the copy? What was written so far stays on the target server.</source>
        <translation>¿Cancelar la copia? Lo que ya se ha escrito permanecerá en el servidor de destino.</translation>
    </message>
    <message numerus="yes">
        <source>Replace mode first deletes %Ln collection(s) on the target server with all their objects: %1. They are then copied from the source.</source>
        <extracomment>%1 a list of collection names</extracomment>
        <translation>
            <numerusform>El modo Reemplazar elimina primero %Ln colección del servidor de destino con todos sus objetos: %1. Después se copia desde el origen.</numerusform>
            <numerusform>El modo Reemplazar elimina primero %Ln colecciones del servidor de destino con todos sus objetos: %1. Después se copian desde el origen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>Copiando</translation>
    </message>
    <message>
        <source>Cancel stops the copy. What was written until then stays on the target server.</source>
        <translation>«Cancelar» detiene la copia. Lo escrito hasta ese momento permanece en el servidor de destino.</translation>
    </message>
    <message>
        <source>Starting the copy…</source>
        <translation>Iniciando la copia…</translation>
    </message>
    <message>
        <source>The copy from %1 to %2 started.</source>
        <extracomment>%1 the source server&apos;s URL, %2 the target server&apos;s URL</extracomment>
        <translation>Se inició la copia de %1 a %2.</translation>
    </message>
    <message>
        <source>Copy from %1 to %2 complete.</source>
        <extracomment>%1 the source server&apos;s URL, %2 the target server&apos;s URL</extracomment>
        <translation>Copia de %1 a %2 completada.</translation>
    </message>
    <message>
        <source>The copy failed.</source>
        <translation>La copia falló.</translation>
    </message>
    <message>
        <source>Copy failed: %1</source>
        <translation>Falló la copia: %1</translation>
    </message>
    <message>
        <source>The copy was canceled.</source>
        <translation>La copia se canceló.</translation>
    </message>
    <message>
        <source>Copy canceled.</source>
        <translation>Copia cancelada.</translation>
    </message>
    <message>
        <source>What the copy did.</source>
        <translation>Lo que hizo la copia.</translation>
    </message>
    <message>
        <source>No objects had been written when the copy stopped.</source>
        <translation>No se había escrito ningún objeto cuando se detuvo la copia.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) had been written when the copy stopped.</source>
        <translation>
            <numerusform>Se había escrito %Ln objeto cuando se detuvo la copia.</numerusform>
            <numerusform>Se habían escrito %Ln objetos cuando se detuvo la copia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace mode may already have dropped %1 on the target server.</source>
        <extracomment>%1 a list of collections</extracomment>
        <translation>Es posible que el modo Reemplazar ya haya eliminado %1 del servidor de destino.</translation>
    </message>
    <message>
        <source>Collections and tenants created so far stay on the target server. Copy again in overwrite mode to complete the copy.</source>
        <translation>Las colecciones y los inquilinos creados hasta ahora permanecen en el servidor de destino. Vuelva a copiar en el modo Sobrescribir para completar la copia.</translation>
    </message>
    <message>
        <source>The copy finished, but not everything was copied.</source>
        <translation>La copia terminó, pero no se copió todo.</translation>
    </message>
    <message>
        <source>The copy is complete.</source>
        <translation>La copia se ha completado.</translation>
    </message>
    <message>
        <source>The copy is complete, but its archive was not written.</source>
        <translation>La copia se ha completado, pero su archivo no se ha escrito.</translation>
    </message>
    <message>
        <source>Archive written and verified: %1 (%2).</source>
        <extracomment>%1 the archive&apos;s path, %2 its size</extracomment>
        <translation>Archivo escrito y verificado: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Colvault::JobEditorDialog</name>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Archives</source>
        <translation>&amp;Archivos</translation>
    </message>
    <message>
        <source>R&amp;etention</source>
        <translation>R&amp;etención</translation>
    </message>
    <message>
        <source>Encr&amp;yption</source>
        <translation>Ci&amp;frado</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Programación</translation>
    </message>
    <message>
        <source>Why the job cannot be saved</source>
        <translation>Por qué no se puede guardar el trabajo</translation>
    </message>
    <message>
        <source>Save &amp;Job</source>
        <translation>Guardar &amp;trabajo</translation>
    </message>
    <message>
        <source>e.g. nightly</source>
        <translation>p. ej., nightly</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>The saved connection the job backs up; its name is {profile} in file names.</source>
        <translation>La conexión guardada de la que el trabajo hace la copia de seguridad; su nombre es {profile} en los nombres de archivo.</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Conexión:</translation>
    </message>
    <message>
        <source>none: the keychain&apos;s key when run from the app</source>
        <translation>ninguno: la clave del llavero al ejecutarse desde la aplicación</translation>
    </message>
    <message>
        <source>A file holding the API key, for scheduled runs. The job saves its name only.</source>
        <translation>Un archivo con la clave de API, para las ejecuciones programadas. El trabajo solo guarda su nombre.</translation>
    </message>
    <message>
        <source>API &amp;key file:</source>
        <translation>Archivo de c&amp;lave de API:</translation>
    </message>
    <message>
        <source>A file holding the proxy&apos;s password, for scheduled runs.</source>
        <translation>Un archivo con la contraseña del proxy, para las ejecuciones programadas.</translation>
    </message>
    <message>
        <source>Pro&amp;xy password file:</source>
        <translation>Archivo de contraseña del pro&amp;xy:</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <source>all collections</source>
        <translation>todas las colecciones</translation>
    </message>
    <message>
        <source>Collection names separated by commas or spaces; empty backs up every collection.</source>
        <translation>Nombres de colecciones separados por comas o espacios; vacío hace una copia de seguridad de todas las colecciones.</translation>
    </message>
    <message>
        <source>C&amp;ollections:</source>
        <translation>C&amp;olecciones:</translation>
    </message>
    <message>
        <source>Article: tenantA, tenantB</source>
        <translation>p. ej., Article: tenantA, tenantB</translation>
    </message>
    <message>
        <source>Only these tenants: one line per collection, its name, a colon and the tenants. Empty: every tenant.</source>
        <translation>Solo estos inquilinos: una línea por colección, con su nombre, dos puntos y los inquilinos. Vacío: todos los inquilinos.</translation>
    </message>
    <message>
        <source>&amp;Tenants:</source>
        <translation>&amp;Inquilinos:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Ca&amp;rpeta:</translation>
    </message>
    <message>
        <source>{profile}, {job} and {date} (UTC, yyyyMMdd-HHmmss) are filled in; the suffix (.tar.zst, .age) is added.</source>
        <translation>Se rellenan {profile}, {job} y {date} (UTC, yyyyMMdd-HHmmss); se añade la extensión (.tar.zst, .age).</translation>
    </message>
    <message>
        <source>File-name &amp;pattern:</source>
        <translation>Patrón de nom&amp;bre de archivo:</translation>
    </message>
    <message>
        <source>Sc&amp;hema only (no objects)</source>
        <translation>Solo es&amp;quema (sin objetos)</translation>
    </message>
    <message>
        <source>Leave out &amp;vectors</source>
        <translation>Omitir los &amp;vectores</translation>
    </message>
    <message>
        <source>Activate &amp;inactive tenants for the backup</source>
        <translation>Activar los inquilinos &amp;inactivos para la copia de seguridad</translation>
    </message>
    <message>
        <source>Co&amp;mpression:</source>
        <translation>Co&amp;mpresión:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>zstd 1-19, gzip 1-9, xz 0-9</source>
        <translation>zstd: 1-19, gzip: 1-9, xz: 0-9</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <source>After each verified run, older archives of this job beyond these rules are removed (restic&apos;s forget rules, UTC periods). 0 turns a rule off; with no rule every archive is kept. The newest archive is always kept.</source>
        <translation>Tras cada ejecución verificada, se eliminan los archivos más antiguos de este trabajo que queden fuera de estas reglas (las reglas forget de restic, periodos en UTC). 0 desactiva una regla; sin ninguna regla se conservan todos los archivos. El archivo más reciente se conserva siempre.</translation>
    </message>
    <message>
        <source>Keep the &amp;last:</source>
        <translation>Conservar los ú&amp;ltimos:</translation>
    </message>
    <message>
        <source>Keep &amp;hourly:</source>
        <translation>Conservar &amp;horarios:</translation>
    </message>
    <message>
        <source>Keep &amp;daily:</source>
        <translation>Conservar &amp;diarios:</translation>
    </message>
    <message>
        <source>Keep &amp;weekly:</source>
        <translation>Conservar se&amp;manales:</translation>
    </message>
    <message>
        <source>Keep &amp;monthly:</source>
        <translation>Conservar me&amp;nsuales:</translation>
    </message>
    <message>
        <source>Keep yea&amp;rly:</source>
        <translation>Conservar an&amp;uales:</translation>
    </message>
    <message>
        <source>unlimited</source>
        <extracomment>A retention rule&apos;s count at its minimum: every period is kept</extracomment>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>To age recipients</source>
        <translation>Para destinatarios de age</translation>
    </message>
    <message>
        <source>With a passphrase file</source>
        <translation>Con un archivo de frase de contraseña</translation>
    </message>
    <message>
        <source>En&amp;crypt:</source>
        <translation>&amp;Cifrar:</translation>
    </message>
    <message>
        <source>age1… (one per line)</source>
        <translation>age1… (uno por línea)</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Destinatarios:</translation>
    </message>
    <message>
        <source>A file holding the passphrase. Runs from the app may use the keychain instead.</source>
        <translation>Un archivo con la frase de contraseña. Las ejecuciones desde la aplicación pueden usar el llavero en su lugar.</translation>
    </message>
    <message>
        <source>&amp;Passphrase file:</source>
        <translation>Archivo de frase de contra&amp;seña:</translation>
    </message>
    <message>
        <source>one file per line</source>
        <translation>un archivo por línea</translation>
    </message>
    <message>
        <source>Age identity files that open the job&apos;s archives: each run verifies its new archive and retention reads the old ones. Needed with recipients.</source>
        <translation>Archivos de identidad de age que abren los archivos del trabajo: cada ejecución verifica su nuevo archivo y la retención lee los antiguos. Necesarios con destinatarios.</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Añad&amp;ir…</translation>
    </message>
    <message>
        <source>Identity File</source>
        <translation>Archivo de identidad</translation>
    </message>
    <message>
        <source>&amp;Identity files:</source>
        <translation>Arc&amp;hivos de identidad:</translation>
    </message>
    <message>
        <source>Never (run by hand)</source>
        <translation>Nunca (ejecución manual)</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Cada hora</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation>E&amp;jecutar:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>E&amp;l día:</translation>
    </message>
    <message>
        <source>A&amp;t (local time):</source>
        <translation>A las (&amp;hora local):</translation>
    </message>
    <message>
        <source>The operating system runs colvault-cli on schedule (a systemd user timer, a launchd agent or a Task Scheduler task); the app need not be open.</source>
        <translation>El sistema operativo ejecuta colvault-cli según la programación (un temporizador de usuario de systemd, un agente de launchd o una tarea del Programador de tareas); no hace falta que la aplicación esté abierta.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Folder for the Archives</source>
        <translation>Carpeta para los archivos</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <source>Edit Job &quot;%1&quot;</source>
        <extracomment>The title of the job editor; %1 a job&apos;s name</extracomment>
        <translation>Editar el trabajo «%1»</translation>
    </message>
    <message>
        <source>New Job</source>
        <translation>Nuevo trabajo</translation>
    </message>
    <message>
        <source>A saved job keeps its name: its schedule and archives go by it.</source>
        <translation>Un trabajo guardado conserva su nombre: su programación y sus archivos dependen de él.</translation>
    </message>
    <message>
        <source>1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; the name colvault-cli runs the job by.</source>
        <translation>De 1 a 64 letras, dígitos, «.», «_» o «-»; el nombre con el que colvault-cli ejecuta el trabajo.</translation>
    </message>
    <message>
        <source>None checked: every collection, also those created later.</source>
        <translation>Ninguna marcada: todas las colecciones, también las que se creen más adelante.</translation>
    </message>
    <message>
        <source>Create a connection profile first (Connection → New Connection…).</source>
        <translation>Cree primero un perfil de conexión (Conexión → Nueva conexión…).</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Next archive: %1</source>
        <translation>Próximo archivo: %1</translation>
    </message>
    <message>
        <source>Next run: %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>Próxima ejecución: %1</translation>
    </message>
    <message>
        <source>Not scheduled: run it from the Jobs dock or with colvault-cli job run.</source>
        <translation>Sin programar: ejecútelo desde el panel Trabajos o con colvault-cli job run.</translation>
    </message>
    <message>
        <source>Tenants, line %1: write the collection, a colon and its tenants, e.g. Article: tenantA, tenantB.</source>
        <extracomment>%1 a line number</extracomment>
        <translation>Inquilinos, línea %1: escriba la colección, dos puntos y sus inquilinos, p. ej., Article: tenantA, tenantB.</translation>
    </message>
    <message>
        <source>Choose the connection the job backs up; create one with Connection → New Connection… first.</source>
        <translation>Elija la conexión de la que el trabajo hace la copia de seguridad; antes, cree una con Conexión → Nueva conexión….</translation>
    </message>
    <message>
        <source>Give at least one age recipient (age1…), one per line.</source>
        <translation>Indique al menos un destinatario de age (age1…), uno por línea.</translation>
    </message>
    <message>
        <source>Choose the file that holds the passphrase.</source>
        <translation>Elija el archivo que contiene la frase de contraseña.</translation>
    </message>
    <message>
        <source>A schedule runs colvault-cli, which is not at %1. Install it beside the app, or schedule the job with colvault-cli job schedule.</source>
        <extracomment>%1 the path of colvault-cli</extracomment>
        <translation>Una programación ejecuta colvault-cli, que no está en %1. Instálelo junto a la aplicación o programe el trabajo con colvault-cli job schedule.</translation>
    </message>
    <message>
        <source>None</source>
        <comment>compression</comment>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>None</source>
        <comment>encryption</comment>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Next archive: %1
Warning: %2</source>
        <extracomment>%1 the path of the archive the next run writes, %2 what is wrong with the file-name pattern</extracomment>
        <translation>Próximo archivo: %1
Advertencia: %2</translation>
    </message>
    <message>
        <source>%1

Details: %2</source>
        <extracomment>%1 why the job cannot be saved (a sentence), %2 a tool&apos;s own words (e.g. systemctl&apos;s), untranslated</extracomment>
        <translation>%1

Detalles: %2</translation>
    </message>
    <message>
        <source>Create the Folder?</source>
        <extracomment>%1 a folder&apos;s path</extracomment>
        <translation>¿Crear la carpeta?</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist. Create it and save the job?</source>
        <translation>La carpeta «%1» no existe. ¿Crearla y guardar el trabajo?</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;: choose another folder or check its parent&apos;s permissions.</source>
        <translation>No se puede crear la carpeta «%1»: elija otra carpeta o compruebe los permisos de la carpeta que la contiene.</translation>
    </message>
    <message>
        <source>Create Folder and Save</source>
        <translation>Crear la carpeta y guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cr&amp;eate…</source>
        <translation>C&amp;rear…</translation>
    </message>
    <message>
        <source>A passphrase file holds the passphrase on one line and should be readable only by you. Scheduled runs read it; keep it as safe as the archives need.</source>
        <translation>Un archivo de frase de contraseña contiene la frase de contraseña en una sola línea y solo usted debería poder leerlo. Las ejecuciones programadas lo leen; protéjalo tanto como lo requieran los archivos que cifra.</translation>
    </message>
    <message>
        <source>Other users can read %1. Make it readable only by you, for example with chmod 600.</source>
        <extracomment>%1 a file&apos;s path</extracomment>
        <translation>Otros usuarios pueden leer %1. Haga que solo usted pueda leerlo, por ejemplo con chmod 600.</translation>
    </message>
    <message>
        <source>Create Passphrase File</source>
        <translation>Crear archivo de frase de contraseña</translation>
    </message>
    <message>
        <source>Every archive of the job is encrypted with this passphrase: keep a copy somewhere safe. Without it the archives cannot be restored.</source>
        <translation>Todos los archivos del trabajo se cifran con esta frase de contraseña: guarde una copia en un lugar seguro. Sin ella, los archivos no se pueden restaurar.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>Re&amp;petir:</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Passphrase File</source>
        <translation>Archivo de frase de contraseña</translation>
    </message>
    <message>
        <source>Cannot write the passphrase file &quot;%1&quot;: %2</source>
        <extracomment>%1 a file&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>No se puede escribir el archivo de frase de contraseña «%1»: %2</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Save the job without a schedule? You can schedule it later.</source>
        <translation>¿Guardar el trabajo sin programación? Puede programarlo más tarde.</translation>
    </message>
    <message>
        <source>Save Without Schedule</source>
        <translation>Guardar sin programación</translation>
    </message>
</context>
<context>
    <name>Colvault::JobHistoryModel</name>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
</context>
<context>
    <name>Colvault::JobListModel</name>
    <message>
        <source>Succeeded</source>
        <comment>job run result</comment>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Partial</source>
        <comment>job run result</comment>
        <translation>Parcial</translation>
    </message>
    <message>
        <source>Canceled</source>
        <comment>job run result</comment>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>job run result</comment>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>never</source>
        <comment>a job&apos;s last run</comment>
        <translation>nunca</translation>
    </message>
    <message>
        <source>every collection</source>
        <translation>todas las colecciones</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Next Run</source>
        <translation>Próxima ejecución</translation>
    </message>
    <message>
        <source>Last Run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>Colvault::JobProgressDialog</name>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Elapsed %1, remaining %2</source>
        <extracomment>%1 elapsed time, %2 estimated time left, both in words such as &quot;2 min 5 s&quot;</extracomment>
        <translation>Transcurrido: %1; restante: %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the running operation? Work done so far is discarded.</source>
        <translation>¿Cancelar la operación en curso? Se descartará el trabajo realizado hasta ahora.</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>La operación falló.</translation>
    </message>
    <message>
        <source>The operation stopped before it was complete.</source>
        <translation>La operación se detuvo antes de completarse.</translation>
    </message>
    <message>
        <source>The operation was canceled.</source>
        <translation>La operación se canceló.</translation>
    </message>
    <message>
        <source>Save Failures</source>
        <translation>Guardar errores</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Progreso general</translation>
    </message>
    <message>
        <source>Current collection</source>
        <translation>Colección actual</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>Show log</source>
        <translation>Mostrar el registro</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>&amp;Save Failures…</source>
        <translation>&amp;Guardar errores…</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <extracomment>%1 the folder, %2 the file in it</extracomment>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>No file manager opened the folder %1. The file is %2.</source>
        <translation>Ningún gestor de archivos abrió la carpeta %1. El archivo es %2.</translation>
    </message>
    <message>
        <source>%1 of %2 objects</source>
        <extracomment>%1 objects of the current collection done, of %2</extracomment>
        <translation>%1 de %2 objetos</translation>
    </message>
    <message>
        <source>%1 objects/s, %2 MiB/s</source>
        <extracomment>%1 objects per second, %2 mebibytes per second</extracomment>
        <translation>%1 objetos/s, %2 MiB/s</translation>
    </message>
    <message>
        <source>The cancel came too late: the work was already complete.</source>
        <translation>La cancelación llegó demasiado tarde: el trabajo ya estaba terminado.</translation>
    </message>
    <message>
        <source>Run in &amp;Background</source>
        <translation>Ejecutar en segundo &amp;plano</translation>
    </message>
    <message>
        <source>Hide this dialog and follow the operation in the Jobs dock. It goes on running.</source>
        <translation>Oculta este cuadro de diálogo y permite seguir la operación en el panel Trabajos. La operación sigue en marcha.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>A run in the Jobs dock that ended in a failure; %1 why (one sentence)</extracomment>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>Cancel Operation</source>
        <translation>Cancelar la operación</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Seguir ejecutando</translation>
    </message>
</context>
<context>
    <name>Colvault::JobSecretDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>&amp;Recordar en el llavero</translation>
    </message>
    <message>
        <source>Runs from the app use it before the job&apos;s file. Scheduled runs always read the file.</source>
        <translation>Las ejecuciones desde la aplicación la usan antes que el archivo del trabajo. Las ejecuciones programadas siempre leen el archivo.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Identity:</source>
        <translation>&amp;Identidad:</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <source>Job Passphrase</source>
        <translation>Frase de contraseña del trabajo</translation>
    </message>
    <message>
        <source>Job Identity</source>
        <translation>Identidad del trabajo</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; needs an age identity to verify its archives, but it cannot be read from its files: %2

Enter the identity (AGE-SECRET-KEY-1…) for this run.</source>
        <extracomment>%1 a job&apos;s name, %2 why its file cannot be read (one sentence). Two paragraphs.</extracomment>
        <translation>El trabajo «%1» necesita una identidad de age para verificar sus archivos, pero no se puede leer de los archivos que la contienen: %2

Escriba la identidad (AGE-SECRET-KEY-1…) para esta ejecución.</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>Re&amp;petir:</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; encrypts its archives with the passphrase in its passphrase file, which cannot be read: %2

This run&apos;s archive will be encrypted with the passphrase you type here and can be restored only with exactly this passphrase. Type the job&apos;s own passphrase, twice.

Restore or fix the file %3: scheduled runs read it and fail without it.</source>
        <extracomment>%1 a job&apos;s name, %2 why its file cannot be read (one sentence), %3 the file&apos;s path. Three paragraphs.</extracomment>
        <translation>El trabajo «%1» cifra sus archivos con la frase de contraseña de su archivo de frase de contraseña, que no se puede leer: %2

El archivo de esta ejecución se cifrará con la frase de contraseña que escriba aquí y solo se podrá restaurar con exactamente esta frase de contraseña. Escriba dos veces la frase de contraseña propia del trabajo.

Recupere o corrija el archivo %3: las ejecuciones programadas lo leen y fallan sin él.</translation>
    </message>
    <message>
        <source>The keychain could not remember it: %1
Click Run to run the job without remembering it; the next run asks again.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>El llavero no pudo recordarla: %1
Pulse «Ejecutar» para ejecutar el trabajo sin recordarla; la próxima ejecución volverá a pedirla.</translation>
    </message>
</context>
<context>
    <name>Colvault::JobsDock</name>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; wrote %2.</source>
        <translation>El trabajo «%1» ha escrito %2.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is done, but some collections or tenants were skipped.</source>
        <translation>El trabajo «%1» ha terminado, pero se omitieron algunas colecciones o inquilinos.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is done: the backup is complete and verified.</source>
        <translation>El trabajo «%1» ha terminado: la copia de seguridad está completa y verificada.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; failed: %2</source>
        <extracomment>%1 a job&apos;s name, %2 why it failed (one sentence)</extracomment>
        <translation>El trabajo «%1» ha fallado: %2</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; was canceled.</source>
        <translation>Se ha cancelado el trabajo «%1».</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <extracomment>A button of the bar that tells of a failed job run; the mnemonic must not clash with the main window&apos;s</extracomment>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Hides this message until a job fails again.</source>
        <translation>Oculta este mensaje hasta que vuelva a fallar un trabajo.</translation>
    </message>
    <message>
        <source>Saved jobs</source>
        <translation>Trabajos guardados</translation>
    </message>
    <message>
        <source>The saved backup jobs with their schedule, next run and last result. Select one to see its runs.</source>
        <translation>Los trabajos de copia de seguridad guardados, con su programación, su próxima ejecución y su último resultado. Seleccione uno para ver sus ejecuciones.</translation>
    </message>
    <message>
        <source>R&amp;un Now</source>
        <extracomment>The mnemonic must not clash with the main window&apos;s menus and toolbar</extracomment>
        <translation>E&amp;jecutar ahora</translation>
    </message>
    <message>
        <source>Back up, verify the archive and apply the retention rules, as the schedule does</source>
        <translation>Hacer la copia de seguridad, verificar el archivo y aplicar las reglas de retención, como lo hace la programación</translation>
    </message>
    <message>
        <source>&amp;Delete Job…</source>
        <extracomment>The mnemonic must not clash with the main window&apos;s menus and toolbar</extracomment>
        <translation>E&amp;liminar trabajo…</translation>
    </message>
    <message>
        <source>Runs of the selected job</source>
        <translation>Ejecuciones del trabajo seleccionado</translation>
    </message>
    <message>
        <source>Open Lo&amp;g</source>
        <extracomment>The mnemonic must not clash with the main window&apos;s menus and toolbar</extracomment>
        <translation>Abrir re&amp;gistro</translation>
    </message>
    <message>
        <source>Restore from This Arch&amp;ive…</source>
        <extracomment>The mnemonic must not clash with the main window&apos;s menus and toolbar</extracomment>
        <translation>Restaurar desde este arch&amp;ivo…</translation>
    </message>
    <message>
        <source>&lt;p&gt;The saved jobs cannot be read. %1&lt;/p&gt;</source>
        <extracomment>%1 why the jobs cannot be read (one sentence, naming the file)</extracomment>
        <translation>&lt;p&gt;No se pueden leer los trabajos guardados. %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; has not run yet.</source>
        <extracomment>%1 a job&apos;s name</extracomment>
        <translation>El trabajo «%1» aún no se ha ejecutado.</translation>
    </message>
    <message>
        <source>Runs of the job &quot;%1&quot;, newest first:</source>
        <extracomment>%1 a job&apos;s name</extracomment>
        <translation>Ejecuciones del trabajo «%1», de la más reciente a la más antigua:</translation>
    </message>
    <message numerus="yes">
        <source>Archive: %1. Retention removed %n older archive(s).</source>
        <extracomment>%1 the archive&apos;s path</extracomment>
        <translation>
            <numerusform>Archivo: %1. La retención eliminó %n archivo más antiguo.</numerusform>
            <numerusform>Archivo: %1. La retención eliminó %n archivos más antiguos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API key of the connection %1 could not be read from the keychain: %2</source>
        <extracomment>%1 a connection profile&apos;s name, %2 the keychain&apos;s error message</extracomment>
        <translation>No se pudo leer del llavero la clave de API de la conexión %1: %2</translation>
    </message>
    <message>
        <source>Run of the job &quot;%1&quot;</source>
        <extracomment>The progress dialog&apos;s title; %1 a job&apos;s name</extracomment>
        <translation>Ejecución del trabajo «%1»</translation>
    </message>
    <message>
        <source>The run was canceled before it was complete. Retention removed nothing.</source>
        <translation>La ejecución se canceló antes de completarse. La retención no eliminó nada.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; runs with the API key of the connection %2.</source>
        <extracomment>%1 a job&apos;s name, %2 a connection profile&apos;s name</extracomment>
        <translation>El trabajo «%1» se ejecuta con la clave de API de la conexión %2.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is running.</source>
        <translation>El trabajo «%1» se está ejecutando.</translation>
    </message>
    <message>
        <source>The backup is complete and verified, but some collections or tenants were skipped.</source>
        <translation>La copia de seguridad está completa y verificada, pero se omitieron algunas colecciones o inquilinos.</translation>
    </message>
    <message>
        <source>The backup is complete and verified.</source>
        <translation>La copia de seguridad está completa y verificada.</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <extracomment>%1 a job&apos;s name</extracomment>
        <translation>Trabajo: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retention removed %n older archive(s).</source>
        <translation>
            <numerusform>La retención eliminó %n archivo más antiguo.</numerusform>
            <numerusform>La retención eliminó %n archivos más antiguos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log: %1</source>
        <extracomment>%1 the path of the run&apos;s log file</extracomment>
        <translation>Registro: %1</translation>
    </message>
    <message>
        <source>Colvault</source>
        <translation>Colvault</translation>
    </message>
    <message>
        <source>Open Log</source>
        <translation>Abrir registro</translation>
    </message>
    <message>
        <source>The log %1 is no longer there; the newest 50 logs of each job are kept.</source>
        <translation>El registro %1 ya no existe; se conservan los 50 registros más recientes de cada trabajo.</translation>
    </message>
    <message>
        <source>No application opened the log %1. It is a text file for any text editor.</source>
        <translation>Ninguna aplicación abrió el registro %1. Es un archivo de texto que se puede abrir con cualquier editor de texto.</translation>
    </message>
    <message>
        <source>Restore from This Archive</source>
        <translation>Restaurar desde este archivo</translation>
    </message>
    <message>
        <source>The archive %1 was removed by the retention rules of the run of %2.</source>
        <extracomment>%1 an archive&apos;s path, %2 when the later run started</extracomment>
        <translation>El archivo %1 lo eliminaron las reglas de retención de la ejecución del %2.</translation>
    </message>
    <message>
        <source>Delete the job &quot;%1&quot;? Its schedule is removed as well. Its archives in %2 and its history are kept.</source>
        <extracomment>%1 a job&apos;s name, %2 the folder of its archives</extracomment>
        <translation>¿Eliminar el trabajo «%1»? También se elimina su programación. Sus archivos en %2 y su historial se conservan.</translation>
    </message>
    <message>
        <source>Delete Job</source>
        <translation>Eliminar trabajo</translation>
    </message>
    <message>
        <source>Deleted the job &quot;%1&quot;. Its archives in %2 are kept.</source>
        <extracomment>%1 a job&apos;s name, %2 the folder of its archives</extracomment>
        <translation>Se ha eliminado el trabajo «%1». Sus archivos en %2 se conservan.</translation>
    </message>
    <message>
        <source>The last run of the job &quot;%1&quot; failed (%2): %3</source>
        <extracomment>%1 a job&apos;s name, %2 when the run started, %3 why it failed (one sentence)</extracomment>
        <translation>La última ejecución del trabajo «%1» falló (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>The last runs of %n jobs failed: %1. Select a job to see why.</source>
        <extracomment>%1 the jobs&apos; names</extracomment>
        <translation>
            <numerusform>La última ejecución de %n trabajo falló: %1. Seleccione un trabajo para ver el motivo.</numerusform>
            <numerusform>Las últimas ejecuciones de %n trabajos fallaron: %1. Seleccione un trabajo para ver el motivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed job run</source>
        <translation>Ejecución de trabajo fallida</translation>
    </message>
    <message>
        <source>No saved jobs</source>
        <translation>No hay trabajos guardados</translation>
    </message>
    <message>
        <source>The selected run</source>
        <translation>La ejecución seleccionada</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <extracomment>%1 the archive&apos;s path</extracomment>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Ne&amp;w Job…</source>
        <extracomment>The mnemonic must not clash with the main window&apos;s menus and toolbar</extracomment>
        <translation>N&amp;uevo trabajo…</translation>
    </message>
    <message>
        <source>Edit &amp;Job…</source>
        <extracomment>The mnemonic must not clash with the main window&apos;s menus and toolbar</extracomment>
        <translation>&amp;Modificar trabajo…</translation>
    </message>
    <message>
        <source>&lt;p&gt;No saved jobs yet. A job saves a backup to run again, by hand or on a schedule, with its retention rules. Create one with New Job…, or with colvault-cli, for example:&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;p&gt;Then schedule it with &lt;code&gt;colvault-cli job schedule nightly --daily&lt;/code&gt;. The jobs are kept in %2; they appear here as soon as they are saved.&lt;/p&gt;</source>
        <extracomment>%1 an example command line, %2 the folder of the saved jobs</extracomment>
        <translation>&lt;p&gt;Aún no hay trabajos guardados. Un trabajo guarda una copia de seguridad para ejecutarla de nuevo, a mano o según una programación, con sus reglas de retención. Cree uno con Nuevo trabajo… o con colvault-cli, por ejemplo:&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;p&gt;Después, prográmelo con &lt;code&gt;colvault-cli job schedule nightly --daily&lt;/code&gt;. Los trabajos se guardan en %2; aparecen aquí en cuanto se guardan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The secret of the job &quot;%1&quot; could not be read from the keychain: %2</source>
        <translation>No se pudo leer del llavero el secreto del trabajo «%1»: %2</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; did not run: its passphrase or identity was not given.</source>
        <extracomment>%1 a job&apos;s name</extracomment>
        <translation>El trabajo «%1» no se ejecutó: no se indicó su frase de contraseña ni su identidad.</translation>
    </message>
    <message>
        <source>The keychain keeps the secret of the job &quot;%1&quot; for its runs from the app.</source>
        <extracomment>%1 a job&apos;s name</extracomment>
        <translation>El llavero guarda el secreto del trabajo «%1» para sus ejecuciones desde la aplicación.</translation>
    </message>
    <message>
        <source>The secret of the job &quot;%1&quot; could not be removed from the keychain: %2</source>
        <translation>No se pudo quitar del llavero el secreto del trabajo «%1»: %2</translation>
    </message>
    <message>
        <source>Saved the job &quot;%1&quot;. Its archives will be named like %2.</source>
        <extracomment>%1 a job&apos;s name, %2 the path of the archive its next run writes</extracomment>
        <translation>Se ha guardado el trabajo «%1». Sus archivos tendrán nombres como %2.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; runs %2.</source>
        <extracomment>%1 a job&apos;s name, %2 its schedule (&quot;daily at 02:00&quot;)</extracomment>
        <translation>El trabajo «%1» se ejecuta %2.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is not scheduled.</source>
        <translation>El trabajo «%1» no está programado.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Saved jobs and their runs</source>
        <translation>Trabajos guardados y sus ejecuciones</translation>
    </message>
    <message>
        <source>Cancel Run</source>
        <translation>Cancelar la ejecución</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; encrypts this run&apos;s archive with the passphrase given in the app, not the one in its file %2.</source>
        <extracomment>%1 a job&apos;s name, %2 a file&apos;s path</extracomment>
        <translation>El trabajo «%1» cifra el archivo de esta ejecución con la frase de contraseña indicada en la aplicación, no con la de su archivo %2.</translation>
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
        <translation>Conéctese a un servidor Weaviate para hacer copias de seguridad de sus colecciones, restaurarlas o vaciarlas.</translation>
    </message>
    <message>
        <source>Filter collections</source>
        <translation>Filtrar colecciones</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Perfil de conexión</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>&amp;Edit Connection…</source>
        <translation>&amp;Editar conexión…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>C&amp;lear…</source>
        <translation>&amp;Vaciar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About Colvault</source>
        <translation>&amp;Acerca de Colvault</translation>
    </message>
    <message>
        <source>About Colvault</source>
        <translation>Acerca de Colvault</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Colvault %1&lt;/h3&gt;&lt;p&gt;Back up, restore and clear Weaviate collections.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <extracomment>%1 is the version number</extracomment>
        <translation>&lt;h3&gt;Colvault %1&lt;/h3&gt;&lt;p&gt;Copias de seguridad, restauración y vaciado de colecciones de Weaviate.&lt;/p&gt;&lt;p&gt;Distribuido bajo la Licencia Pública General de GNU, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Back up the selected collections to an archive</source>
        <translation>Hacer una copia de seguridad de las colecciones seleccionadas en un archivo</translation>
    </message>
    <message>
        <source>Reload the collections from the server</source>
        <translation>Volver a cargar las colecciones desde el servidor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Conexión</translation>
    </message>
    <message>
        <source>C&amp;ollections</source>
        <translation>C&amp;olecciones</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Connecting to %1.</source>
        <translation>Conectando con %1.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>node health unknown</source>
        <translation>estado de los nodos desconocido</translation>
    </message>
    <message>
        <source>none</source>
        <comment>modules</comment>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Connected to %1: Weaviate %2, %3. Modules: %4.</source>
        <extracomment>%1 server URL, %2 Weaviate version, %3 node health, %4 list of modules</extracomment>
        <translation>Conectado a %1: Weaviate %2, %3. Módulos: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s)</source>
        <translation>
            <numerusform>%Ln colección</numerusform>
            <numerusform>%Ln colecciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Node health is not available: %1</source>
        <translation>El estado de los nodos no está disponible: %1</translation>
    </message>
    <message>
        <source>Open Archive</source>
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <source>Opened archive %1.</source>
        <translation>Se abrió el archivo %1.</translation>
    </message>
    <message>
        <source>Shows only the collections whose name contains this text.</source>
        <translation>Muestra solo las colecciones cuyo nombre contiene este texto.</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <source>The collections of the connected server. Select one or more to back up or clear them; the context menu offers the same actions.</source>
        <translation>Las colecciones del servidor conectado. Seleccione una o varias para hacer una copia de seguridad o vaciarlas; el menú contextual ofrece las mismas acciones.</translation>
    </message>
    <message>
        <source>The extra headers of profile %1 were moved to the keychain.</source>
        <translation>Las cabeceras adicionales del perfil %1 se trasladaron al llavero.</translation>
    </message>
    <message>
        <source>The extra headers of profile %1 could not be moved to the keychain: %2</source>
        <extracomment>%1 profile name, %2 the keychain&apos;s error message</extracomment>
        <translation>No se pudieron trasladar al llavero las cabeceras adicionales del perfil %1: %2</translation>
    </message>
    <message>
        <source>&amp;Find Collections</source>
        <translation>&amp;Buscar colecciones</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Hacer copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Con&amp;figuración</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message numerus="yes">
        <source>%Ln healthy node(s) of %1</source>
        <extracomment>%Ln healthy nodes, %1 all nodes</extracomment>
        <translation>
            <numerusform>%Ln nodo en buen estado de %1</numerusform>
            <numerusform>%Ln nodos en buen estado de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the clear with the backup %1.</source>
        <translation>Deshaciendo el vaciado con la copia de seguridad %1.</translation>
    </message>
    <message>
        <source>Keychain Not Available</source>
        <translation>Llavero no disponible</translation>
    </message>
    <message>
        <source>The API key and the extra headers cannot be stored in the system keychain (%1). Colvault uses them until it quits; enter them again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>La clave de API y las cabeceras adicionales no se pueden guardar en el llavero del sistema (%1). Colvault las usa hasta que se cierre; vuelva a introducirlas después del próximo inicio.</translation>
    </message>
    <message>
        <source>Connecting: %1 at %2…</source>
        <extracomment>%1 profile name, %2 server URL</extracomment>
        <translation>Conectando: %1 en %2…</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>profile at URL</comment>
        <extracomment>%1 connection profile name, %2 server URL</extracomment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Connected: %1 at %2</source>
        <extracomment>%1 connection profile name, %2 server URL</extracomment>
        <translation>Conectado: %1 en %2</translation>
    </message>
    <message>
        <source>Clear Collections on %1</source>
        <extracomment>%1 &quot;profile at URL&quot;, the server the wizard clears</extracomment>
        <translation>Vaciar colecciones en %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a Colvault archive. %2</source>
        <extracomment>%1 file name, %2 why it cannot be read (one sentence)</extracomment>
        <translation>%1 no se puede abrir como archivo de Colvault. %2</translation>
    </message>
    <message>
        <source>Restore %1 to %2</source>
        <extracomment>%1 the archive&apos;s file name, %2 &quot;profile at URL&quot;, the server it is restored to</extracomment>
        <translation>Restaurar %1 en %2</translation>
    </message>
    <message>
        <source>Cancel Connecting</source>
        <translation>Cancelar la conexión</translation>
    </message>
    <message>
        <source>Connecting was canceled.</source>
        <translation>Se canceló la conexión.</translation>
    </message>
    <message>
        <source>Connecting to %1… %2 Attempt %3 of %4 in %5.</source>
        <extracomment>%1 server URL, %2 why the last attempt failed (one sentence), %3 and %4 attempt numbers, %5 a duration such as &quot;2 s&quot;</extracomment>
        <translation>Conectando con %1… %2 Intento %3 de %4 dentro de %5.</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Co&amp;nectar</translation>
    </message>
    <message>
        <source>Ne&amp;w Connection…</source>
        <translation>N&amp;ueva conexión…</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Open &amp;Archive…</source>
        <translation>A&amp;brir archivo…</translation>
    </message>
    <message>
        <source>The new language is used when Colvault starts again. Restart it now?</source>
        <translation>El nuevo idioma se usará cuando Colvault se vuelva a iniciar. ¿Reiniciarlo ahora?</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>The API key cannot be stored in the system keychain (%1). Colvault uses it until it quits; enter it again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>La clave de API no se puede guardar en el llavero del sistema (%1). Colvault la usa hasta que se cierre; vuelva a introducirla después del próximo inicio.</translation>
    </message>
    <message>
        <source>The extra headers cannot be stored in the system keychain (%1). Colvault uses them until it quits; enter them again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>Las cabeceras adicionales no se pueden guardar en el llavero del sistema (%1). Colvault las usa hasta que se cierre; vuelva a introducirlas después del próximo inicio.</translation>
    </message>
    <message>
        <source>&amp;Delete Connection…</source>
        <translation>E&amp;liminar conexión…</translation>
    </message>
    <message>
        <source>Delete the connection profile %1? Its API key and extra headers are removed from the keychain too.</source>
        <extracomment>%1 profile name</extracomment>
        <translation>¿Eliminar el perfil de conexión %1? Su clave de API y sus cabeceras adicionales también se quitan del llavero.</translation>
    </message>
    <message>
        <source>Delete Connection</source>
        <translation>Eliminar conexión</translation>
    </message>
    <message>
        <source>Deleted the connection profile %1.</source>
        <extracomment>%1 profile name</extracomment>
        <translation>Perfil de conexión %1 eliminado.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Could not store the secrets of this connection in the keychain: %1</source>
        <translation>No se pudieron guardar los secretos de esta conexión en el llavero: %1</translation>
    </message>
    <message>
        <source>Could not read the secrets of this connection from the keychain: %1</source>
        <translation>No se pudieron leer los secretos de esta conexión del llavero: %1</translation>
    </message>
    <message>
        <source>Delete the connection profile %1? Its API key, extra headers and proxy password are removed from the keychain too.</source>
        <extracomment>%1 profile name</extracomment>
        <translation>¿Eliminar el perfil de conexión %1? Su clave de API, sus cabeceras adicionales y su contraseña de proxy también se quitan del llavero.</translation>
    </message>
    <message>
        <source>The proxy password cannot be stored in the system keychain (%1). Colvault uses it until it quits; enter it again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>La contraseña del proxy no se puede guardar en el llavero del sistema (%1). Colvault la usa hasta que se cierre; vuelva a introducirla después del próximo inicio.</translation>
    </message>
    <message>
        <source>The API key and the proxy password cannot be stored in the system keychain (%1). Colvault uses them until it quits; enter them again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>La clave de API y la contraseña del proxy no se pueden guardar en el llavero del sistema (%1). Colvault las usa hasta que se cierre; vuelva a introducirlas después del próximo inicio.</translation>
    </message>
    <message>
        <source>The extra headers and the proxy password cannot be stored in the system keychain (%1). Colvault uses them until it quits; enter them again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>Las cabeceras adicionales y la contraseña del proxy no se pueden guardar en el llavero del sistema (%1). Colvault las usa hasta que se cierre; vuelva a introducirlas después del próximo inicio.</translation>
    </message>
    <message>
        <source>The API key, the extra headers and the proxy password cannot be stored in the system keychain (%1). Colvault uses them until it quits; enter them again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>La clave de API, las cabeceras adicionales y la contraseña del proxy no se pueden guardar en el llavero del sistema (%1). Colvault las usa hasta que se cierre; vuelva a introducirlas después del próximo inicio.</translation>
    </message>
    <message>
        <source>Connecting to %1 through the proxy %2.</source>
        <extracomment>%1 the server&apos;s URL, %2 the proxy&apos;s address</extracomment>
        <translation>Conectando con %1 a través del proxy %2.</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Trabajos</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Vi&amp;sta</translation>
    </message>
    <message>
        <source>&amp;Copy to Server…</source>
        <translation>&amp;Copiar a un servidor…</translation>
    </message>
    <message>
        <source>Copy the selected collections to the server of another connection</source>
        <translation>Copiar las colecciones seleccionadas al servidor de otra conexión</translation>
    </message>
    <message>
        <source>Copy Collections from %1</source>
        <extracomment>%1 &quot;profile at URL&quot;, the server the collections are copied from</extracomment>
        <translation>Copiar colecciones desde %1</translation>
    </message>
    <message>
        <source>Open from S&amp;3…</source>
        <translation>Abrir desde S&amp;3…</translation>
    </message>
    <message>
        <source>Open an archive from the S3 bucket of a storage profile</source>
        <translation>Abrir un archivo desde el bucket S3 de un perfil de almacenamiento</translation>
    </message>
    <message>
        <source>S&amp;torage Profiles…</source>
        <translation>&amp;Perfiles de almacenamiento…</translation>
    </message>
    <message>
        <source>Save as &amp;Job…</source>
        <translation>Guardar como &amp;trabajo…</translation>
    </message>
    <message>
        <source>Save a backup of the selected collections as a job, to run again or on a schedule</source>
        <translation>Guardar una copia de seguridad de las colecciones seleccionadas como trabajo, para ejecutarla de nuevo o según una programación</translation>
    </message>
    <message>
        <source>Not available while a backup is running. Its progress is in the Jobs dock.</source>
        <translation>No disponible mientras se ejecuta una copia de seguridad. Su progreso está en el panel Trabajos.</translation>
    </message>
    <message>
        <source>Not available while another operation is running.</source>
        <translation>No disponible mientras se ejecuta otra operación.</translation>
    </message>
    <message>
        <source>Quit Colvault</source>
        <translation>Salir de Colvault</translation>
    </message>
    <message>
        <source>A backup is still running in the background. Cancel it and quit Colvault? Choose No to keep it running.</source>
        <translation>Todavía se está ejecutando una copia de seguridad en segundo plano. ¿Desea cancelarla y salir de Colvault? Elija No para que siga ejecutándose.</translation>
    </message>
    <message>
        <source>Canceling the backup, then quitting…</source>
        <translation>Cancelando la copia de seguridad y saliendo…</translation>
    </message>
    <message>
        <source>Cancel and &amp;Quit</source>
        <translation>Cancelar y &amp;salir</translation>
    </message>
    <message>
        <source>&amp;Aliases…</source>
        <translation>&amp;Alias…</translation>
    </message>
    <message>
        <source>List, add, change and delete the server&apos;s collection aliases (Weaviate 1.32+)</source>
        <translation>Enumerar, añadir, cambiar y eliminar los alias de colecciones del servidor (Weaviate 1.32+)</translation>
    </message>
    <message>
        <source>Colvault archives (*.tar.zst *.tar.gz *.tar.xz *.tar *.age);;All files (*)</source>
        <translation>Archivos de Colvault (*.tar.zst *.tar.gz *.tar.xz *.tar *.age);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>Colvault::OperationWizardBase</name>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Detalles:</translation>
    </message>
</context>
<context>
    <name>Colvault::RestoreArchivePage</name>
    <message>
        <source>Archive</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>What the archive holds. Verify reads all of it and checks every checksum.</source>
        <translation>Contenido del archivo. «Verificar» lo lee completo y comprueba cada suma de comprobación.</translation>
    </message>
    <message>
        <source>Collection or tenant</source>
        <translation>Colección o inquilino</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Select a collection to see its schema.</source>
        <translation>Seleccione una colección para ver su esquema.</translation>
    </message>
    <message>
        <source>Verification canceled.</source>
        <translation>Verificación cancelada.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <extracomment>%1 a file path</extracomment>
        <translation>Leyendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s) in this archive.</source>
        <translation>
            <numerusform>%Ln colección en este archivo.</numerusform>
            <numerusform>%Ln colecciones en este archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s) in this archive. Connect to a server to restore it.</source>
        <translation>
            <numerusform>%Ln colección en este archivo. Conéctese a un servidor para restaurarlo.</numerusform>
            <numerusform>%Ln colecciones en este archivo. Conéctese a un servidor para restaurarlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s)</source>
        <translation>
            <numerusform>%Ln inquilino</numerusform>
            <numerusform>%Ln inquilinos</numerusform>
        </translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation>Aún no se ha verificado.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message numerus="yes">
        <source>The archive is intact: %Ln object(s), every checksum matches.</source>
        <translation>
            <numerusform>El archivo está intacto: %Ln objeto; todas las sumas de comprobación coinciden.</numerusform>
            <numerusform>El archivo está intacto: %Ln objetos; todas las sumas de comprobación coinciden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive is incomplete: it has no valid trailer.</source>
        <translation>El archivo está incompleto: no tiene un bloque final válido.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Collections and tenants in the archive</source>
        <translation>Colecciones e inquilinos del archivo</translation>
    </message>
    <message>
        <source>Schema of the selected collection</source>
        <translation>Esquema de la colección seleccionada</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Progreso de la verificación</translation>
    </message>
    <message>
        <source>Created %1 from %2 (Weaviate %3) by Colvault %4. Size: %5.</source>
        <extracomment>%1 date and time, %2 source URL, %3 Weaviate version, %4 Colvault version, %5 file size</extracomment>
        <translation>Creado: %1, desde %2 (Weaviate %3), con Colvault %4. Tamaño: %5.</translation>
    </message>
    <message>
        <source>Press &quot;Verify&quot; to count the objects.</source>
        <translation>Pulse «Verificar» para contar los objetos.</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>object count</comment>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>The archive is incomplete, so its object counts are unknown.</source>
        <translation>El archivo está incompleto, así que sus recuentos de objetos son desconocidos.</translation>
    </message>
</context>
<context>
    <name>Colvault::RestoreDiffPage</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>What the restore will do. Blocking problems are listed first and must be solved before restoring.</source>
        <translation>Lo que hará la restauración. Los problemas bloqueantes aparecen primero y deben resolverse antes de restaurar.</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Colección</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Comparing the archive with the server…</source>
        <translation>Comparando el archivo con el servidor…</translation>
    </message>
    <message>
        <source>%1 to create, %2 to overwrite, %3 to skip, %4 unchanged</source>
        <extracomment>object counts of a restore: %1 to create, %2 to overwrite, %3 to skip, %4 unchanged</extracomment>
        <translation>%1 por crear, %2 por sobrescribir, %3 por omitir, %4 sin cambios</translation>
    </message>
    <message>
        <source>Blocking problems</source>
        <translation>Problemas bloqueantes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) must be solved first</source>
        <translation>
            <numerusform>%Ln problema debe resolverse primero</numerusform>
            <numerusform>%Ln problemas deben resolverse primero</numerusform>
        </translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Replace: drop and create again</source>
        <translation>Reemplazar: eliminar y volver a crear</translation>
    </message>
    <message>
        <source>Use the existing collection</source>
        <translation>Usar la colección existente</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>%1 the name in the archive, %2 the name on the server</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Property %1 is %2 in the archive but %3 on the server: its values cannot be written. Restore under another name or in replace mode.</source>
        <extracomment>%1 property, %2 its type in the archive, %3 its type on the server</extracomment>
        <translation>La propiedad %1 es de tipo %2 en el archivo, pero de tipo %3 en el servidor: sus valores no se pueden escribir. Restaure con otro nombre o en el modo Reemplazar.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <source>Property %1 is only in the archive and is added.</source>
        <translation>La propiedad %1 solo está en el archivo y se añade.</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Module %1 is not enabled on the server.</source>
        <translation>El módulo %1 no está habilitado en el servidor.</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Replicación</translation>
    </message>
    <message>
        <source>Replication factor %1 (archived: %2).</source>
        <extracomment>%1 the new replication factor, %2 the archived one</extracomment>
        <translation>Factor de replicación %1 (en el archivo: %2).</translation>
    </message>
    <message>
        <source>Tenant is created.</source>
        <translation>Se crea el inquilino.</translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <extracomment>%1 a tenant name</extracomment>
        <translation>Inquilino %1</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln advertencia</numerusform>
            <numerusform>%Ln advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>What the restore will do</source>
        <translation>Lo que hará la restauración</translation>
    </message>
    <message>
        <source>Only on server</source>
        <translation>Solo en el servidor</translation>
    </message>
    <message>
        <source>Property %1 is only on the server. It is kept; the restored objects have no value for it.</source>
        <translation>La propiedad %1 solo existe en el servidor. Se conserva; los objetos restaurados no tienen ningún valor para ella.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) in the archive. Collections: %1; objects to write: %2. The restore is blocked.</source>
        <translation>
            <numerusform>%Ln objeto en el archivo. Colecciones: %1; objetos que se escribirán: %2. La restauración está bloqueada.</numerusform>
            <numerusform>%Ln objetos en el archivo. Colecciones: %1; objetos que se escribirán: %2. La restauración está bloqueada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) in the archive. Collections: %1; objects to write: %2.</source>
        <translation>
            <numerusform>%Ln objeto en el archivo. Colecciones: %1; objetos que se escribirán: %2.</numerusform>
            <numerusform>%Ln objetos en el archivo. Colecciones: %1; objetos que se escribirán: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>To skip: objects already on the server that merge keeps as they are. Unchanged: objects equal on the server and in the archive, which overwrite does not write again.</source>
        <translation>Por omitir: objetos que ya están en el servidor y que la fusión deja como están. Sin cambios: objetos iguales en el servidor y en el archivo, que la sobrescritura no vuelve a escribir.</translation>
    </message>
    <message>
        <source>Restore Under Another &amp;Name…</source>
        <translation>Restaurar con otro &amp;nombre…</translation>
    </message>
    <message>
        <source>Choose Another &amp;Mode…</source>
        <translation>Elegir otro &amp;modo…</translation>
    </message>
    <message>
        <source>Tenant is created and then made %1.</source>
        <extracomment>%1 a tenant status in words, e.g. &quot;inactive&quot;</extracomment>
        <translation>El inquilino se crea y luego pasa a estar %1.</translation>
    </message>
    <message>
        <source>Tenant already exists and is %1: it is made active for loading, then put back.</source>
        <extracomment>%1 a tenant status in words, e.g. &quot;inactive&quot;</extracomment>
        <translation>El inquilino ya existe y está %1: se activa para la carga y después se devuelve a su estado.</translation>
    </message>
    <message>
        <source>Tenant already exists and is %1.</source>
        <extracomment>%1 a tenant status in words, e.g. &quot;active&quot;</extracomment>
        <translation>El inquilino ya existe y está %1.</translation>
    </message>
    <message>
        <source>What the copy will do. Blocking problems are listed first and must be solved before copying.</source>
        <translation>Lo que hará la copia. Los problemas bloqueantes aparecen primero y deben resolverse antes de copiar.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>To skip: objects already on the target that merge keeps as they are. Unchanged: objects equal on the source and the target, which overwrite does not write again.</source>
        <translation>Por omitir: objetos que ya están en el destino y que la fusión deja como están. Sin cambios: objetos iguales en el origen y en el destino, que la sobrescritura no vuelve a escribir.</translation>
    </message>
    <message>
        <source>What the copy will do</source>
        <translation>Lo que hará la copia</translation>
    </message>
    <message>
        <source>Copy Under Another &amp;Name…</source>
        <translation>Copiar con otro &amp;nombre…</translation>
    </message>
    <message>
        <source>Property %1 is %2 on the source but %3 on the target: its values cannot be written. Copy under another name or in replace mode.</source>
        <translation>La propiedad %1 es de tipo %2 en el origen, pero de tipo %3 en el destino: sus valores no se pueden escribir. Copie con otro nombre o en el modo Reemplazar.</translation>
    </message>
    <message>
        <source>Property %1 is only on the source and is added to the target.</source>
        <translation>La propiedad %1 solo está en el origen y se añade al destino.</translation>
    </message>
    <message>
        <source>Only on target</source>
        <translation>Solo en el destino</translation>
    </message>
    <message>
        <source>Property %1 is only on the target. It is kept; the copied objects have no value for it.</source>
        <translation>La propiedad %1 solo existe en el destino. Se conserva; los objetos copiados no tienen ningún valor para ella.</translation>
    </message>
    <message>
        <source>Module %1 is not enabled on the target server.</source>
        <translation>El módulo %1 no está habilitado en el servidor de destino.</translation>
    </message>
    <message>
        <source>Replication factor %1 (on the source: %2).</source>
        <translation>Factor de replicación %1 (en el origen: %2).</translation>
    </message>
    <message>
        <source>Comparing the source with the target server…</source>
        <translation>Comparando el origen con el servidor de destino…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) on the source. Collections: %1; objects to write: %2. The copy is blocked.</source>
        <translation>
            <numerusform>%Ln objeto en el origen. Colecciones: %1; objetos que se escribirán: %2. La copia está bloqueada.</numerusform>
            <numerusform>%Ln objetos en el origen. Colecciones: %1; objetos que se escribirán: %2. La copia está bloqueada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) on the source. Collections: %1; objects to write: %2.</source>
        <translation>
            <numerusform>%Ln objeto en el origen. Colecciones: %1; objetos que se escribirán: %2.</numerusform>
            <numerusform>%Ln objetos en el origen. Colecciones: %1; objetos que se escribirán: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alias %1 is created, pointing at %2 once its object counts are verified.</source>
        <translation>Se crea el alias %1, que apuntará a %2 una vez verificados los recuentos de objetos.</translation>
    </message>
    <message>
        <source>Alias %1 is created, pointing at %2.</source>
        <translation>Se crea el alias %1, que apunta a %2.</translation>
    </message>
    <message>
        <source>Alias %1 already points at %2.</source>
        <translation>El alias %1 ya apunta a %2.</translation>
    </message>
    <message>
        <source>Alias %1 is switched from %3 to %2 once its object counts are verified. %3 is kept, so the alias can be switched back.</source>
        <translation>El alias %1 pasa de %3 a %2 una vez verificados los recuentos de objetos. %3 se conserva, así que el alias se puede volver a cambiar.</translation>
    </message>
    <message>
        <source>Alias %1 is moved from %3 to %2.</source>
        <extracomment>%1 alias, %2 the restored collection, %3 the collection it points at now</extracomment>
        <translation>El alias %1 se mueve de %3 a %2.</translation>
    </message>
    <message>
        <source>Alias %1 points at %3 on the server, so it cannot point at %2.</source>
        <extracomment>%1 alias, %2 the restored collection, %3 the collection it points at now</extracomment>
        <translation>El alias %1 apunta a %3 en el servidor, así que no puede apuntar a %2.</translation>
    </message>
    <message>
        <source>Alias %1</source>
        <extracomment>%1 an alias name</extracomment>
        <translation>Alias %1</translation>
    </message>
    <message>
        <source>Vectors</source>
        <translation>Vectores</translation>
    </message>
    <message>
        <source>None: the objects are written without them.</source>
        <translation>Ninguno: los objetos se escriben sin ellos.</translation>
    </message>
    <message>
        <source>Vector %1</source>
        <extracomment>%1 the name of a named vector</extracomment>
        <translation>Vector %1</translation>
    </message>
    <message>
        <source>None: the objects are written without it.</source>
        <translation>Ninguno: los objetos se escriben sin él.</translation>
    </message>
    <message numerus="yes">
        <source>The target&apos;s %1 will embed %n object(s).</source>
        <extracomment>%1 a vectorizer module of the target (text2vec-openai), %n objects</extracomment>
        <translation>
            <numerusform>El módulo %1 del destino calculará los vectores de %n objeto.</numerusform>
            <numerusform>El módulo %1 del destino calculará los vectores de %n objetos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::RestoreOptionsPage</name>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>How and what to restore. Preview shows what would change; nothing is written before Restore.</source>
        <translation>Qué restaurar y cómo. «Vista previa» muestra lo que cambiaría; no se escribe nada hasta pulsar «Restaurar».</translation>
    </message>
    <message>
        <source>New: the collections must not exist</source>
        <translation>Nuevo: las colecciones no deben existir</translation>
    </message>
    <message>
        <source>Merge: add missing objects and properties</source>
        <translation>Fusionar: añadir los objetos y propiedades que falten</translation>
    </message>
    <message>
        <source>Overwrite: like merge, archived objects replace existing ones</source>
        <translation>Sobrescribir: como Fusionar, pero los objetos del archivo reemplazan a los existentes</translation>
    </message>
    <message>
        <source>Replace: drop the collections first</source>
        <translation>Reemplazar: eliminar antes las colecciones</translation>
    </message>
    <message>
        <source>Collection or tenant</source>
        <translation>Colección o inquilino</translation>
    </message>
    <message>
        <source>Restore as</source>
        <translation>Restaurar como</translation>
    </message>
    <message>
        <source>As archived</source>
        <translation>Como en el archivo</translation>
    </message>
    <message>
        <source>Nothing existing is touched; a collection that already exists blocks the restore.</source>
        <translation>No se toca nada de lo existente; si una colección ya existe, la restauración se bloquea.</translation>
    </message>
    <message>
        <source>Existing objects are kept; missing objects and properties are added.</source>
        <translation>Los objetos existentes se conservan; se añaden los objetos y las propiedades que falten.</translation>
    </message>
    <message>
        <source>Objects with the same id are replaced by the archived ones.</source>
        <translation>Los objetos con el mismo ID se reemplazan por los del archivo.</translation>
    </message>
    <message>
        <source>Existing collections are deleted first. You will type their names to confirm.</source>
        <translation>Las colecciones existentes se eliminan primero. Tendrá que escribir sus nombres para confirmar.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Collections to restore and their target names</source>
        <translation>Colecciones que restaurar y sus nombres de destino</translation>
    </message>
    <message>
        <source>&amp;Schema only (no objects)</source>
        <translation>Solo &amp;esquema (sin objetos)</translation>
    </message>
    <message>
        <source>Set every &amp;vectorizer to &quot;none&quot; (objects keep their vectors)</source>
        <translation>&amp;Cambiar todos los vectorizadores a «none» (los objetos conservan sus vectores)</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <source>&amp;Replication factor:</source>
        <translation>Factor de &amp;replicación:</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>Restore the selected collection under another name (F2)</source>
        <translation>Restaurar la colección seleccionada con otro nombre (F2)</translation>
    </message>
    <message>
        <source>To restore a collection under another name, select it and press F2 or Rename, then type the name in &quot;Restore as&quot;.</source>
        <translation>Para restaurar una colección con otro nombre, selecciónela, pulse F2 o «Cambiar nombre» y escriba el nombre en «Restaurar como».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not selected for the restore, so it cannot be renamed. Tick it first.</source>
        <translation>«%1» no está seleccionada para la restauración, así que no se puede cambiar su nombre. Márquela primero.</translation>
    </message>
    <message>
        <source>Vectors:</source>
        <translation>Vectores:</translation>
    </message>
    <message>
        <source>Restore &amp;beside the current collection, as a new collection</source>
        <translation>Restaurar &amp;junto a la colección actual, como una colección nueva</translation>
    </message>
    <message>
        <source>&amp;Then switch this alias to it:</source>
        <translation>&amp;Después, cambiar este alias a ella:</translation>
    </message>
    <message>
        <source>Alias to switch to the new collection</source>
        <translation>Alias que se cambiará a la nueva colección</translation>
    </message>
    <message>
        <source>Aliases of the current collection</source>
        <translation>Alias de la colección actual</translation>
    </message>
    <message>
        <source>Tick only one collection that exists on the server to restore it beside the current one.</source>
        <translation>Marque solo una colección que exista en el servidor para restaurarla junto a la actual.</translation>
    </message>
    <message>
        <source>%1 stays as it is. The archive is restored into %1_yyyyMMddHHmmss (UTC), or the name typed in &quot;Restore as&quot;; once the new collection&apos;s object counts are verified, the alias is switched to it in one request.</source>
        <extracomment>%1 a collection on the server; the new one is named %1_ followed by the UTC date and time</extracomment>
        <translation>%1 no se modifica. El archivo se restaura en %1_yyyyMMddHHmmss (UTC) o con el nombre escrito en «Restaurar como»; una vez verificados los recuentos de objetos de la nueva colección, el alias se cambia a ella en una sola solicitud.</translation>
    </message>
    <message>
        <source>%1 stays as it is. The archive is restored into %1_yyyyMMddHHmmss (UTC), or the name typed in &quot;Restore as&quot;.</source>
        <extracomment>%1 a collection on the server; the new one is named %1_ followed by the UTC date and time</extracomment>
        <translation>%1 no se modifica. El archivo se restaura en %1_yyyyMMddHHmmss (UTC) o con el nombre escrito en «Restaurar como».</translation>
    </message>
    <message>
        <source>A new collection is created beside the existing one, which is not touched.</source>
        <translation>Se crea una colección nueva junto a la existente, que no se modifica.</translation>
    </message>
</context>
<context>
    <name>Colvault::RestoreWizard</name>
    <message>
        <source>Replace mode drops the existing collections before restoring.</source>
        <translation>El modo Reemplazar elimina las colecciones existentes antes de restaurar.</translation>
    </message>
    <message>
        <source>Restore from %1 complete.</source>
        <extracomment>%1 archive file</extracomment>
        <translation>Restauración desde %1 completada.</translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation>Falló la restauración: %1</translation>
    </message>
    <message>
        <source>Restore canceled.</source>
        <translation>Restauración cancelada.</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <extracomment>%1 the archive&apos;s file name</extracomment>
        <translation>Archivo %1</translation>
    </message>
    <message>
        <source>The restore finished, but not everything was restored.</source>
        <translation>La restauración terminó, pero no se restauró todo.</translation>
    </message>
    <message>
        <source>The restore is complete.</source>
        <translation>La restauración se ha completado.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) written.</source>
        <translation>
            <numerusform>%Ln objeto escrito.</numerusform>
            <numerusform>%Ln objetos escritos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference(s) added.</source>
        <translation>
            <numerusform>%Ln referencia añadida.</numerusform>
            <numerusform>%Ln referencias añadidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>count</comment>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Duración: %1</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more failure(s).</source>
        <translation>
            <numerusform>…y %Ln error más.</numerusform>
            <numerusform>…y %Ln errores más.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Cancel the restore? What was written so far stays on the server.</source>
        <translation>¿Cancelar la restauración? Lo que ya se ha escrito permanecerá en el servidor.</translation>
    </message>
    <message>
        <source>The restore failed.</source>
        <translation>La restauración falló.</translation>
    </message>
    <message>
        <source>The restore was canceled.</source>
        <translation>La restauración se canceló.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restaurando</translation>
    </message>
    <message>
        <source>Cancel stops the restore. What was written until then stays on the server.</source>
        <translation>«Cancelar» detiene la restauración. Lo escrito hasta ese momento permanece en el servidor.</translation>
    </message>
    <message>
        <source>Starting the restore…</source>
        <translation>Iniciando la restauración…</translation>
    </message>
    <message>
        <source>What the restore did.</source>
        <translation>Lo que hizo la restauración.</translation>
    </message>
    <message>
        <source>No objects had been written when the restore stopped.</source>
        <translation>No se había escrito ningún objeto cuando se detuvo la restauración.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) had been written when the restore stopped.</source>
        <translation>
            <numerusform>Se había escrito %Ln objeto cuando se detuvo la restauración.</numerusform>
            <numerusform>Se habían escrito %Ln objetos cuando se detuvo la restauración.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace mode may already have dropped %1.</source>
        <extracomment>%1 a list of collections</extracomment>
        <translation>Es posible que el modo Reemplazar ya haya eliminado %1.</translation>
    </message>
    <message numerus="yes">
        <source>Replace mode first deletes %Ln collection(s) on the server with all their objects: %1. They are then restored from the archive.</source>
        <extracomment>%1 a list of collection names</extracomment>
        <translation>
            <numerusform>El modo Reemplazar elimina primero %Ln colección del servidor con todos sus objetos: %1. Después se restaura desde el archivo.</numerusform>
            <numerusform>El modo Reemplazar elimina primero %Ln colecciones del servidor con todos sus objetos: %1. Después se restauran desde el archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The restore from %1 started.</source>
        <extracomment>%1 archive file</extracomment>
        <translation>Se inició la restauración desde %1.</translation>
    </message>
    <message>
        <source>%1: objects on the server: %2, expected: %3.</source>
        <extracomment>%1 collection (and tenant), %2 objects counted on the server afterwards, %3 objects expected; both may be &quot;unknown&quot;</extracomment>
        <translation>%1: objetos en el servidor: %2; previstos: %3.</translation>
    </message>
    <message>
        <source>Object %2 of %1: %3</source>
        <translation>Objeto %2 de %1: %3</translation>
    </message>
    <message>
        <source>Object %3 of %1, tenant %2: %4</source>
        <translation>Objeto %3 de %1, inquilino %2: %4</translation>
    </message>
    <message>
        <source>Collections and tenants created so far stay on the server. Restore again in overwrite mode to complete the restore.</source>
        <translation>Las colecciones y los inquilinos creados hasta ahora permanecen en el servidor. Vuelva a restaurar en el modo Sobrescribir para completar la restauración.</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2.</source>
        <translation>El alias %1 apunta ahora a %2.</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2 (it pointed at %3, which is kept). To switch back: %4</source>
        <extracomment>%1 alias, %2 the collection it points at now, %3 the one it pointed at before, %4 a command line</extracomment>
        <translation>El alias %1 apunta ahora a %2 (apuntaba a %3, que se conserva). Para volver atrás: %4</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2. To undo: %3</source>
        <extracomment>%1 alias, %2 collection, %3 a command line</extracomment>
        <translation>El alias %1 apunta ahora a %2. Para deshacerlo: %3</translation>
    </message>
</context>
<context>
    <name>Colvault::StorageArchiveDialog</name>
    <message>
        <source>Open Archive from S3</source>
        <translation>Abrir archivo desde S3</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Archives in the bucket</source>
        <translation>Archivos en el bucket</translation>
    </message>
    <message>
        <source>Pick an archive above or type its name under the prefix</source>
        <translation>Elija un archivo arriba o escriba su nombre bajo el prefijo</translation>
    </message>
    <message>
        <source>Archive name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>Storage &amp;profile:</source>
        <translation>&amp;Perfil de almacenamiento:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Ubicación:</translation>
    </message>
    <message>
        <source>No storage profile yet: add one under Storage Profiles…</source>
        <translation>Aún no hay ningún perfil de almacenamiento: añada uno en Perfiles de almacenamiento…</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>Listando…</translation>
    </message>
    <message>
        <source>No archives under this prefix.</source>
        <translation>No hay archivos bajo este prefijo.</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln archive(s); type the name of another.</source>
        <translation>
            <numerusform>Solo se muestra %Ln archivo; escriba el nombre de otro.</numerusform>
            <numerusform>Solo se muestran los primeros %Ln archivos; escriba el nombre de otro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln archive(s).</source>
        <translation>
            <numerusform>%Ln archivo.</numerusform>
            <numerusform>%Ln archivos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::StorageProfileDialog</name>
    <message>
        <source>Storage Profiles</source>
        <translation>Perfiles de almacenamiento</translation>
    </message>
    <message>
        <source>Storage profiles</source>
        <translation>Perfiles de almacenamiento</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Empty for Amazon S3; e.g. http://127.0.0.1:9000</source>
        <translation>Vacío para Amazon S3; p. ej., http://127.0.0.1:9000</translation>
    </message>
    <message>
        <source>Optional, e.g. weaviate/nightly</source>
        <translation>Opcional, p. ej., weaviate/nightly</translation>
    </message>
    <message>
        <source>Automatic (path style for an IP address or localhost)</source>
        <translation>Automático (estilo de ruta para una dirección IP o localhost)</translation>
    </message>
    <message>
        <source>Path style: ENDPOINT/BUCKET/KEY</source>
        <translation>Estilo de ruta: ENDPOINT/BUCKET/KEY</translation>
    </message>
    <message>
        <source>Virtual-hosted: BUCKET.ENDPOINT/KEY</source>
        <translation>Alojamiento virtual: BUCKET.ENDPOINT/KEY</translation>
    </message>
    <message>
        <source>Empty: keys from the environment or ~/.aws</source>
        <translation>Vacío: claves del entorno o de ~/.aws</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings file.</source>
        <translation>Se guarda en el llavero del sistema, nunca en el archivo de configuración.</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>Pr&amp;obar</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>&amp;URL del endpoint:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>&amp;Bucket:</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>&amp;Prefijo:</translation>
    </message>
    <message>
        <source>&amp;Addressing:</source>
        <translation>&amp;Direccionamiento:</translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation>&amp;ID de clave de acceso:</translation>
    </message>
    <message>
        <source>Se&amp;cret access key:</source>
        <translation>Clave de acceso &amp;secreta:</translation>
    </message>
    <message>
        <source>Archives go to:</source>
        <translation>Los archivos van a:</translation>
    </message>
    <message>
        <source>The secret key could not be read from the keychain: %1</source>
        <translation>No se pudo leer la clave secreta del llavero: %1</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Introduzca un nombre para el perfil.</translation>
    </message>
    <message>
        <source>Enter the bucket&apos;s name: 3 to 63 lowercase letters, digits, dots and hyphens.</source>
        <translation>Introduzca el nombre del bucket: de 3 a 63 letras minúsculas, dígitos, puntos y guiones.</translation>
    </message>
    <message>
        <source>The endpoint must be an http:// or https:// URL, or empty for Amazon S3.</source>
        <translation>El endpoint debe ser una URL http:// o https://, o estar vacío para Amazon S3.</translation>
    </message>
    <message>
        <source>Enter both the access key ID and the secret access key, or neither.</source>
        <translation>Introduzca tanto el ID de clave de acceso como la clave de acceso secreta, o ninguno de los dos.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>The secret key could not be stored in the keychain: %1. It is kept until Colvault quits.</source>
        <translation>No se pudo guardar la clave secreta en el llavero: %1. Se conserva hasta que Colvault se cierre.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>The test failed.</source>
        <translation>La prueba falló.</translation>
    </message>
    <message>
        <source>Connected: the bucket is there and the keys are accepted.</source>
        <translation>Conectado: el bucket existe y las claves se aceptan.</translation>
    </message>
    <message>
        <source>e.g. eu-central-1; empty: the environment&apos;s region</source>
        <translation>p. ej., eu-central-1; vacío: la región del entorno</translation>
    </message>
</context>
<context>
    <name>Colvault::TenantFilter</name>
    <message>
        <source>Filter tenants</source>
        <translation>Filtrar inquilinos</translation>
    </message>
    <message>
        <source>Shows only the tenants and collections whose name contains this text, or matches it as a pattern: acme-*, t?, [a-c]*.</source>
        <translation>Muestra solo los inquilinos y las colecciones cuyo nombre contiene este texto o coincide con él como patrón: acme-*, t?, [a-c]*.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln tenant(s). Ticking a collection ticks or clears only the tenants shown; hidden tenants keep their state.</source>
        <extracomment>%1 the number of tenants shown</extracomment>
        <translation>
            <numerusform>Mostrando %1 de %Ln inquilino. Al marcar una colección, solo se marcan o desmarcan los inquilinos mostrados; los ocultos conservan su estado.</numerusform>
            <numerusform>Mostrando %1 de %Ln inquilinos. Al marcar una colección, solo se marcan o desmarcan los inquilinos mostrados; los ocultos conservan su estado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln tenant(s).</source>
        <translation>
            <numerusform>Mostrando %1 de %Ln inquilino.</numerusform>
            <numerusform>Mostrando %1 de %Ln inquilinos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden by the filter but still selected: %Ln tenant(s).</source>
        <translation>
            <numerusform>Oculto por el filtro pero aún seleccionado: %Ln inquilino.</numerusform>
            <numerusform>Ocultos por el filtro pero aún seleccionados: %Ln inquilinos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plain text is found anywhere in a name, in any case: &quot;acme&quot; finds ACME-1 and old-acme.
A pattern with *, ? or [ ] matches whole names, case-sensitively: acme-* finds acme-1 but not ACME-1; [ab]* finds names that start with a or b; [!x]* those that do not start with x.</source>
        <translation>Un texto simple se busca en cualquier parte del nombre, sin distinguir mayúsculas de minúsculas: «acme» encuentra ACME-1 y old-acme.
Un patrón con *, ? o [ ] se compara con el nombre completo, distinguiendo mayúsculas de minúsculas: acme-* encuentra acme-1 pero no ACME-1; [ab]* encuentra los nombres que empiezan por a o b; [!x]*, los que no empiezan por x.</translation>
    </message>
    <message>
        <source>Filter tenants: text, or a pattern such as acme-* or [ab]*</source>
        <translation>Filtrar inquilinos: texto o un patrón como acme-* o [ab]*</translation>
    </message>
    <message>
        <source>Filter collections: text, or a pattern such as acme-* or [ab]*</source>
        <translation>Filtrar colecciones: texto o un patrón como acme-* o [ab]*</translation>
    </message>
</context>
<context>
    <name>Colvault::ThroughputPlot</name>
    <message>
        <source>%1 objects/s</source>
        <extracomment>The throughput plot&apos;s label: the latest rate, %1 is a number of objects per second</extracomment>
        <translation>%1 objetos/s</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Rendimiento</translation>
    </message>
    <message>
        <source>No throughput measured yet.</source>
        <translation>Aún no se ha medido el rendimiento.</translation>
    </message>
    <message>
        <source>Now %1 objects/s, peak %2 objects/s.</source>
        <extracomment>%1 the latest, %2 the highest objects per second of the plot</extracomment>
        <translation>Actual: %1 objetos/s; máximo: %2 objetos/s.</translation>
    </message>
</context>
<context>
    <name>Colvault::VectorsChoice</name>
    <message>
        <source>The objects are restored with the vectors the archive holds</source>
        <translation>Los objetos se restauran con los vectores que contiene el archivo</translation>
    </message>
    <message>
        <source>The objects are copied with the vectors the source holds</source>
        <translation>Los objetos se copian con los vectores que contiene el origen</translation>
    </message>
    <message>
        <source>&amp;Leave them out and let the target compute new ones with:</source>
        <translation>&amp;Omitirlos y que el destino calcule otros nuevos con:</translation>
    </message>
    <message>
        <source>Vectorizer module of the target</source>
        <translation>Módulo vectorizador del destino</translation>
    </message>
    <message>
        <source>The created collections get this module of the target for their vector and every named vector; the target embeds the objects as they are written. To choose a module per named vector, use the command line&apos;s --vectorizer NAME=MODULE.</source>
        <translation>Las colecciones creadas reciben este módulo del destino para su vector y para cada vector con nombre; el destino calcula los vectores de los objetos a medida que se escriben. Para elegir un módulo por cada vector con nombre, use la opción --vectorizer NAME=MODULE de la línea de comandos.</translation>
    </message>
    <message>
        <source>The server&apos;s modules could not be read.</source>
        <translation>No se pudieron leer los módulos del servidor.</translation>
    </message>
    <message>
        <source>Reading the target&apos;s modules…</source>
        <translation>Leyendo los módulos del destino…</translation>
    </message>
    <message>
        <source>The target&apos;s modules could not be read (%1), so the vectors can only be kept.</source>
        <extracomment>%1 the server&apos;s error message</extracomment>
        <translation>No se pudieron leer los módulos del destino (%1), así que los vectores solo se pueden conservar.</translation>
    </message>
    <message>
        <source>The target has no vectorizer module (text2vec-… and the like), so the vectors can only be kept.</source>
        <translation>El destino no tiene ningún módulo vectorizador (text2vec-… y similares), así que los vectores solo se pueden conservar.</translation>
    </message>
    <message>
        <source>Modules not read</source>
        <translation>Módulos sin leer</translation>
    </message>
    <message>
        <source>No vectorizer module on the target</source>
        <translation>Sin módulo vectorizador en el destino</translation>
    </message>
    <message>
        <source>Restore the ve&amp;ctors</source>
        <translation>Restaurar los vec&amp;tores</translation>
    </message>
    <message>
        <source>Copy the ve&amp;ctors</source>
        <translation>Copiar los vec&amp;tores</translation>
    </message>
</context>
<context>
    <name>Colvault::WizardRunPage</name>
    <message>
        <source>Cancel the running operation?</source>
        <translation>¿Cancelar la operación en curso?</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Mostrar en la carpe&amp;ta</translation>
    </message>
    <message>
        <source>&amp;Save Failures…</source>
        <translation>&amp;Guardar errores…</translation>
    </message>
</context>
<context>
    <name>CopyArchive</name>
    <message>
        <source>A copy cannot encrypt its archive to recipients: it reads the archive back to verify it, which only an identity can. Use a passphrase, or back up separately to encrypt to recipients.</source>
        <translation>Una copia no puede cifrar su archivo para destinatarios: vuelve a leer el archivo para verificarlo, y eso solo es posible con una identidad. Use una frase de contraseña o haga una copia de seguridad aparte para cifrar para destinatarios.</translation>
    </message>
    <message>
        <source>A copy cannot write its archive to S3 (%1): it verifies the archive before giving it its name, and an object in S3 cannot be renamed. Give a local file and upload it afterwards.</source>
        <translation>Una copia no puede escribir su archivo en S3 (%1): verifica el archivo antes de darle su nombre, y un objeto de S3 no se puede renombrar. Indique un archivo local y súbalo después.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; give the archive&apos;s file name.</source>
        <translation>«%1» es una carpeta; indique la ruta del archivo con su nombre.</translation>
    </message>
    <message>
        <source>The folder of the archive &quot;%1&quot; does not exist.</source>
        <translation>La carpeta del archivo «%1» no existe.</translation>
    </message>
    <message>
        <source>Cannot save the archive as &quot;%1&quot;.</source>
        <translation>No se puede guardar el archivo como «%1».</translation>
    </message>
    <message>
        <source>Verifying the archive: %1 of %2</source>
        <extracomment>%1 and %2 data sizes</extracomment>
        <translation>Verificando el archivo: %1 de %2</translation>
    </message>
    <message>
        <source>The archive of the copy failed verification and was not kept. %1</source>
        <extracomment>%1 why, one sentence</extracomment>
        <translation>El archivo de la copia no superó la verificación y no se ha conservado. %1</translation>
    </message>
    <message>
        <source>Objects copied: %1; objects in the archive: %2.</source>
        <extracomment>%1 objects copied, %2 objects the archive holds</extracomment>
        <translation>Objetos copiados: %1; objetos en el archivo: %2.</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <source>Copy collections to another server, showing the plan first.</source>
        <translation>Copia colecciones a otro servidor, mostrando antes el plan.</translation>
    </message>
    <message>
        <source>The target server&apos;s URL (required).</source>
        <translation>URL del servidor de destino (obligatoria).</translation>
    </message>
    <message>
        <source>Read the target&apos;s API key from this file (&quot;-&quot;: standard input).</source>
        <translation>Lee la clave de API del destino de este archivo («-»: entrada estándar).</translation>
    </message>
    <message>
        <source>Extra HTTP header for the target, e.g. &quot;X-OpenAI-Api-Key: sk-…&quot;. Repeatable.</source>
        <translation>Cabecera HTTP adicional para el destino, p. ej., «X-OpenAI-Api-Key: sk-…». Se puede repetir.</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file for the target.</source>
        <translation>Confía en los certificados de CA de este archivo PEM para el destino.</translation>
    </message>
    <message>
        <source>Do not verify the target&apos;s TLS certificate (unsafe).</source>
        <translation>No verifica el certificado TLS del destino (no seguro).</translation>
    </message>
    <message>
        <source>Address of the target&apos;s gRPC API: grpc://HOST:PORT or grpcs://HOST:PORT (default: the target&apos;s host, port 50051).</source>
        <translation>Dirección de la API gRPC del destino: grpc://HOST:PORT o grpcs://HOST:PORT (por defecto: el host del destino, puerto 50051).</translation>
    </message>
    <message>
        <source>Port of the target&apos;s gRPC API on the target&apos;s host (default 50051).</source>
        <translation>Puerto de la API gRPC en el host del destino (por defecto 50051).</translation>
    </message>
    <message>
        <source>new (default: the collection must not exist on the target), merge (add missing objects), overwrite (copied objects replace existing ones), replace (drop the target&apos;s collection first).</source>
        <translation>new (predeterminado: la colección no debe existir en el destino), merge (añade los objetos que falten), overwrite (los objetos copiados reemplazan a los existentes), replace (elimina antes la colección del destino).</translation>
    </message>
    <message>
        <source>Copy collection OLD as NEW. Repeatable.</source>
        <translation>Copia la colección OLD con el nombre NEW. Se puede repetir.</translation>
    </message>
    <message>
        <source>Show what would be copied; write nothing.</source>
        <translation>Muestra lo que se copiaría; no escribe nada.</translation>
    </message>
    <message>
        <source>Do not ask before copying; with --confirm, allows replacing collections.</source>
        <translation>No pregunta antes de copiar; junto con --confirm, permite reemplazar colecciones.</translation>
    </message>
    <message>
        <source>Copy collections from the server given by the global options into another server.</source>
        <translation>Copia colecciones del servidor indicado por las opciones globales a otro servidor.</translation>
    </message>
    <message>
        <source>Collections to copy (default: all on the source server).</source>
        <translation>Colecciones que se copiarán (predeterminado: todas las del servidor de origen).</translation>
    </message>
    <message>
        <source>Warning: TLS certificate verification of the target is off; the connection can be intercepted.</source>
        <translation>Advertencia: la verificación de certificados TLS del destino está desactivada; la conexión puede ser interceptada.</translation>
    </message>
    <message>
        <source>No target given: colvault-cli copy [COLLECTION...] --to-url URL.</source>
        <translation>No se ha indicado ningún destino: colvault-cli copy [COLLECTION...] --to-url URL.</translation>
    </message>
    <message>
        <source>--to-url &quot;%1&quot; is not a valid server URL; use http://host:port or https://host.</source>
        <translation>--to-url «%1» no es una URL de servidor válida; use http://host:puerto o https://host.</translation>
    </message>
    <message>
        <source>Cannot read the target&apos;s API key file &quot;%1&quot;: %2</source>
        <translation>No se puede leer el archivo de la clave de API del destino «%1»: %2</translation>
    </message>
    <message>
        <source>The target&apos;s API key file &quot;%1&quot; must hold the key alone, on one line.</source>
        <translation>El archivo de la clave de API del destino «%1» debe contener solo la clave, en una sola línea.</translation>
    </message>
    <message>
        <source>--to-header &quot;%1&quot; is not of the form &quot;Name: value&quot;.</source>
        <translation>--to-header «%1» no tiene la forma «Nombre: valor».</translation>
    </message>
    <message>
        <source>Give either --to-grpc-url or --to-grpc-port, not both.</source>
        <translation>Indique --to-grpc-url o --to-grpc-port, no ambos.</translation>
    </message>
    <message>
        <source>--to-grpc-port needs a port number from 1 to 65535.</source>
        <translation>--to-grpc-port necesita un número de puerto de 1 a 65535.</translation>
    </message>
    <message>
        <source>--to-grpc-url &quot;%1&quot; is not a gRPC address; write grpc://HOST:PORT or grpcs://HOST:PORT.</source>
        <translation>--to-grpc-url «%1» no es una dirección gRPC; escriba grpc://HOST:PORT o grpcs://HOST:PORT.</translation>
    </message>
    <message>
        <source>Not copying: standard input is not a terminal, so nobody can confirm. Run again with --yes --confirm NAMES (the collections being replaced), or with --dry-run to see the plan.</source>
        <translation>No se copia: la entrada estándar no es un terminal, así que nadie puede confirmar. Vuelva a ejecutar con --yes --confirm NAMES (las colecciones que se reemplazan) o con --dry-run para ver el plan.</translation>
    </message>
    <message>
        <source>Not copying: standard input is not a terminal, so nobody can confirm. Run again with --yes, or with --dry-run to see the plan.</source>
        <translation>No se copia: la entrada estándar no es un terminal, así que nadie puede confirmar. Vuelva a ejecutar con --yes o con --dry-run para ver el plan.</translation>
    </message>
    <message>
        <source>From %1 to %2:</source>
        <extracomment>%1 the source server&apos;s URL, %2 the target server&apos;s URL</extracomment>
        <translation>De %1 a %2:</translation>
    </message>
    <message numerus="yes">
        <source>Replace mode deletes %Ln collection(s) on the target with everything in them first: %1. Type their names to confirm, separated by commas:</source>
        <translation>
            <numerusform>El modo replace elimina primero %Ln colección del destino con todo su contenido: %1. Escriba su nombre para confirmar:</numerusform>
            <numerusform>El modo replace elimina primero %Ln colecciones del destino con todo su contenido: %1. Escriba sus nombres, separados por comas, para confirmar:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace mode deletes %Ln collection(s) on the target first: %1. Confirm with --yes --confirm %2.</source>
        <translation>
            <numerusform>El modo replace elimina primero %Ln colección del destino: %1. Confirme con --yes --confirm %2.</numerusform>
            <numerusform>El modo replace elimina primero %Ln colecciones del destino: %1. Confirme con --yes --confirm %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The names given (%1) are not exactly the collections being replaced (%2); nothing was copied.</source>
        <translation>Los nombres indicados (%1) no coinciden exactamente con las colecciones que se reemplazan (%2); no se ha copiado nada.</translation>
    </message>
    <message>
        <source>Copy as planned? [y/N]</source>
        <translation>¿Copiar según el plan? [s/N]</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was copied.</source>
        <translation>Sin confirmación; no se ha copiado nada.</translation>
    </message>
    <message numerus="yes">
        <source>Canceled after %Ln object(s); the copy is incomplete.</source>
        <translation>
            <numerusform>Cancelado tras %Ln objeto; la copia está incompleta.</numerusform>
            <numerusform>Cancelado tras %Ln objetos; la copia está incompleta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the same copy again with --mode overwrite to complete it.</source>
        <translation>Vuelva a ejecutar la misma copia con --mode overwrite para completarla.</translation>
    </message>
    <message>
        <source>Copied %1 objects and %2 references in %3 s.</source>
        <extracomment>%1 objects, %2 references, %3 seconds</extracomment>
        <translation>Se copiaron %1 objetos y %2 referencias en %3 s.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was copied: the plan has %Ln blocking problem(s).</source>
        <translation>
            <numerusform>No se ha copiado nada: el plan tiene %Ln problema bloqueante.</numerusform>
            <numerusform>No se ha copiado nada: el plan tiene %Ln problemas bloqueantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>keep (default: create the source&apos;s aliases of the copied collections on the target) or skip.</source>
        <translation>keep (predeterminado: crear en el destino los alias del origen de las colecciones copiadas) o skip.</translation>
    </message>
    <message>
        <source>--encrypt-to and --passphrase-file encrypt the copy&apos;s archive: give --archive FILE too.</source>
        <translation>--encrypt-to y --passphrase-file cifran el archivo de la copia: indique también --archive FILE.</translation>
    </message>
    <message>
        <source>An archive of what is copied will be written to %1 and verified before it gets that name.</source>
        <translation>Se escribirá en %1 un archivo de lo que se copia, que se verificará antes de recibir ese nombre.</translation>
    </message>
    <message>
        <source>The archive will be encrypted with age and a passphrase.</source>
        <translation>El archivo se cifrará con age y una frase de contraseña.</translation>
    </message>
    <message>
        <source>Nothing was copied, and no archive was written.</source>
        <translation>No se ha copiado nada ni se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>No archive was written.</source>
        <translation>No se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>Archive written and verified: %1 (%2).</source>
        <extracomment>%1 the archive&apos;s path, %2 its size</extracomment>
        <translation>Archivo escrito y verificado: %1 (%2).</translation>
    </message>
    <message>
        <source>The copy is complete, but no archive was written.</source>
        <translation>La copia se ha completado, pero no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>Also write an archive of what is copied, as a backup would write it, in the same pass; it appears under FILE only once the copy has succeeded and the archive has been verified. A local file (or a folder for a default name); .tar.gz, .tar.xz or .tar choose that compression, any other name zstd.</source>
        <translation>Escribe también, en la misma pasada, un archivo de lo que se copia, tal como lo escribiría una copia de seguridad; solo aparece en FILE cuando la copia ha terminado correctamente y el archivo se ha verificado. Un archivo local (o una carpeta, para usar un nombre predeterminado); .tar.gz, .tar.xz o .tar eligen esa compresión; cualquier otro nombre, zstd.</translation>
    </message>
    <message>
        <source>Canceled while the archive was being finished; the copy is complete, but no archive was written.</source>
        <translation>Cancelado mientras se terminaba el archivo; la copia está completa, pero no se ha escrito ningún archivo.</translation>
    </message>
</context>
<context>
    <name>CopyTask</name>
    <message>
        <source>The page size must be between 1 and %L1 objects, not %L2.</source>
        <translation>El tamaño de página debe estar entre 1 y %L1 objetos, no %L2.</translation>
    </message>
    <message>
        <source>The source and the target are different servers but would both be reached at the gRPC address %1; give the target&apos;s gRPC address.</source>
        <translation>El origen y el destino son servidores distintos, pero a ambos se accedería en la dirección gRPC %1; indique la dirección gRPC del destino.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would be read and written at once: the source and the target are the same server. Copy it under another name.</source>
        <translation>«%1» se leería y escribiría a la vez: el origen y el destino son el mismo servidor. Cópiela con otro nombre.</translation>
    </message>
    <message>
        <source>Verifying the archive</source>
        <translation>Verificando el archivo</translation>
    </message>
    <message>
        <source>Finishing the archive…</source>
        <translation>Terminando el archivo…</translation>
    </message>
    <message>
        <source>The copy is complete, but its archive was not written.</source>
        <translation>La copia se ha completado, pero su archivo no se ha escrito.</translation>
    </message>
</context>
<context>
    <name>DecryptionOptions</name>
    <message>
        <source>An age identity file (as keygen or age-keygen writes it) to decrypt an encrypted archive. Repeatable.</source>
        <translation>Un archivo de identidad de age (como lo escribe keygen o age-keygen) para descifrar un archivo cifrado. Se puede repetir.</translation>
    </message>
    <message>
        <source>Read the passphrase of an encrypted archive from this file (one line; &quot;-&quot;: standard input).</source>
        <translation>Leer la frase de contraseña de un archivo cifrado desde este archivo (una línea; «-»: entrada estándar).</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted; give an identity file that can decrypt it with --identity FILE.</source>
        <translation>El archivo «%1» está cifrado; indique con --identity FILE un archivo de identidad que pueda descifrarlo.</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted with a passphrase; give it with --passphrase-file FILE.</source>
        <translation>El archivo «%1» está cifrado con una frase de contraseña; indíquela con --passphrase-file FILE.</translation>
    </message>
    <message>
        <source>Cannot read the identity file &quot;%1&quot;: %2</source>
        <translation>No se puede leer el archivo de identidad «%1»: %2</translation>
    </message>
    <message>
        <source>%1, line %2: not an age identity (AGE-SECRET-KEY-1…).</source>
        <extracomment>%1 is a file name, %2 a line number in it</extracomment>
        <translation>%1, línea %2: no es una identidad de age (AGE-SECRET-KEY-1…).</translation>
    </message>
    <message>
        <source>The identity file &quot;%1&quot; holds no identity.</source>
        <translation>El archivo de identidad «%1» no contiene ninguna identidad.</translation>
    </message>
</context>
<context>
    <name>EncryptionOptions</name>
    <message>
        <source>Encrypt the archive with age to this recipient (age1…, as keygen prints it). Repeatable.</source>
        <translation>Cifrar el archivo con age para este destinatario (age1…, como lo muestra keygen). Se puede repetir.</translation>
    </message>
    <message>
        <source>Encrypt the archive with age and the passphrase read from this file (one line; &quot;-&quot;: standard input).</source>
        <translation>Cifrar el archivo con age y la frase de contraseña leída de este archivo (una línea; «-»: entrada estándar).</translation>
    </message>
    <message>
        <source>Give --encrypt-to or --passphrase-file, not both.</source>
        <translation>Indique --encrypt-to o --passphrase-file, no ambos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an age recipient; a recipient starts with age1.</source>
        <translation>«%1» no es un destinatario de age; un destinatario empieza por age1.</translation>
    </message>
</context>
<context>
    <name>GrpcBatchSender</name>
    <message>
        <source>A batch was collected twice.</source>
        <translation>Un lote se recogió dos veces.</translation>
    </message>
</context>
<context>
    <name>GrpcVectorPages</name>
    <message>
        <source>The server sent vectors over gRPC that are not valid.</source>
        <translation>El servidor envió por gRPC vectores no válidos.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>The file-name pattern &quot;%1&quot; has no {date}: every run would overwrite the archive of the one before.</source>
        <translation>El patrón de nombre de archivo «%1» no contiene {date}: cada ejecución sobrescribiría el archivo de la anterior.</translation>
    </message>
    <message>
        <source>The file-name pattern &quot;%1&quot; does not give a plain file name.</source>
        <translation>El patrón de nombre de archivo «%1» no da un nombre de archivo simple.</translation>
    </message>
    <message>
        <source>The file-name pattern &quot;%1&quot; ends in &quot;%2&quot;, but the job&apos;s archives end in &quot;%3&quot;.</source>
        <translation>El patrón de nombre de archivo «%1» termina en «%2», pero los archivos del trabajo terminan en «%3».</translation>
    </message>
    <message>
        <source>The compression level must be %1 to %2 for %3.</source>
        <translation>El nivel de compresión debe estar entre %1 y %2 para %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid job name: use 1 to 64 ASCII letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter, digit or &apos;_&apos;.</source>
        <translation>«%1» no es un nombre de trabajo válido: use de 1 a 64 letras ASCII (sin tildes ni ñ), dígitos, «.», «_» o «-», empezando por una letra, un dígito o «_».</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>La carpeta «%1» no existe.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is not an absolute path.</source>
        <translation>La carpeta «%1» no es una ruta absoluta.</translation>
    </message>
    <message>
        <source>The page size must be a number from 1 to 10000.</source>
        <translation>El tamaño de página debe ser un número entre 1 y 10000.</translation>
    </message>
    <message>
        <source>A job encrypts with recipients or with a passphrase, not both.</source>
        <translation>Un trabajo cifra para destinatarios o con una frase de contraseña, no de ambas formas.</translation>
    </message>
    <message>
        <source>The saved job &quot;%1&quot; is damaged.</source>
        <translation>El trabajo guardado «%1» está dañado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an age recipient; a recipient starts with age1.</source>
        <translation>«%1» no es un destinatario de age; un destinatario empieza por age1.</translation>
    </message>
    <message>
        <source>A job that encrypts to recipients needs the identity file of one of them: each run verifies its new archive, and retention reads the job&apos;s archives.</source>
        <translation>Un trabajo que cifra para destinatarios necesita el archivo de identidad de uno de ellos: cada ejecución verifica su nuevo archivo y la retención lee los archivos del trabajo.</translation>
    </message>
    <message>
        <source>The S3 location &quot;%1&quot; is not a bucket or a prefix ending in &quot;/&quot;.</source>
        <extracomment>%1 is an s3:// location</extracomment>
        <translation>La ubicación S3 «%1» no es un bucket ni un prefijo que termine en «/».</translation>
    </message>
</context>
<context>
    <name>JobArchives</name>
    <message>
        <source>Cannot remove the old archive &quot;%1&quot;: %2</source>
        <translation>No se puede eliminar el archivo antiguo «%1»: %2</translation>
    </message>
</context>
<context>
    <name>JobCommand</name>
    <message>
        <source>Save backup jobs, run them with verification and retention, and schedule them.</source>
        <translation>Guarda trabajos de copia de seguridad, los ejecuta con verificación y retención, y los programa.</translation>
    </message>
    <message>
        <source>Name for {profile} in file names (default: the server&apos;s host name).</source>
        <translation>Nombre para {profile} en los nombres de archivo (predeterminado: el nombre de host del servidor).</translation>
    </message>
    <message>
        <source>File-name pattern with {profile}, {job} and {date} (default: {profile}-{date}); the suffix (.tar.zst, .age) is added.</source>
        <translation>Patrón de nombre de archivo con {profile}, {job} y {date} (predeterminado: {profile}-{date}); se añade la extensión (.tar.zst, .age).</translation>
    </message>
    <message>
        <source>Replace the job of this name, if there is one: it keeps its id and its schedule, so its archives stay its own.</source>
        <translation>Reemplaza el trabajo con este nombre, si existe: conserva su identificador y su programación, de modo que sus archivos siguen siendo suyos.</translation>
    </message>
    <message>
        <source>An age identity file that opens the job&apos;s archives, to verify each new one and to apply retention. Repeatable; needed with --encrypt-to.</source>
        <translation>Un archivo de identidad de age que abre los archivos del trabajo, para verificar cada uno nuevo y aplicar la retención. Se puede repetir; necesario con --encrypt-to.</translation>
    </message>
    <message>
        <source>Retention: keep the last N archives.</source>
        <translation>Retención: conserva los últimos N archivos.</translation>
    </message>
    <message>
        <source>Retention: keep the newest archive of each of the last N hours that have one.</source>
        <translation>Retención: conserva el archivo más reciente de cada una de las últimas N horas que tengan alguno.</translation>
    </message>
    <message>
        <source>Retention: keep the newest archive of each of the last N days that have one.</source>
        <translation>Retención: conserva el archivo más reciente de cada uno de los últimos N días que tengan alguno.</translation>
    </message>
    <message>
        <source>Retention: keep the newest archive of each of the last N weeks that have one.</source>
        <translation>Retención: conserva el archivo más reciente de cada una de las últimas N semanas que tengan alguno.</translation>
    </message>
    <message>
        <source>Retention: keep the newest archive of each of the last N months that have one.</source>
        <translation>Retención: conserva el archivo más reciente de cada uno de los últimos N meses que tengan alguno.</translation>
    </message>
    <message>
        <source>Retention: keep the newest archive of each of the last N years that have one.</source>
        <translation>Retención: conserva el archivo más reciente de cada uno de los últimos N años que tengan alguno.</translation>
    </message>
    <message>
        <source>Folder of the saved jobs (default: $COLVAULT_CONFIG_DIR, else Colvault&apos;s configuration folder).</source>
        <translation>Carpeta de los trabajos guardados (predeterminada: $COLVAULT_CONFIG_DIR o, si no está definida, la carpeta de configuración de Colvault).</translation>
    </message>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>Imprime un informe JSON legible por máquina en la salida estándar.</translation>
    </message>
    <message>
        <source>Usage: %1 job SUBCOMMAND [options]</source>
        <translation>Uso: %1 job SUBCOMMAND [opciones]</translation>
    </message>
    <message>
        <source>Saved backup jobs: run them as a scheduler does (backup, verify, retention), prune their old archives and schedule them.</source>
        <translation>Trabajos de copia de seguridad guardados: ejecutarlos como lo haría un programador de tareas (copia de seguridad, verificación, retención), eliminar sus archivos antiguos y programarlos.</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Subcomandos:</translation>
    </message>
    <message>
        <source>List the saved jobs.</source>
        <translation>Enumera los trabajos guardados.</translation>
    </message>
    <message>
        <source>Show a job and its last runs.</source>
        <translation>Muestra un trabajo y sus últimas ejecuciones.</translation>
    </message>
    <message>
        <source>Save a job (backup, retention and encryption options).</source>
        <translation>Guarda un trabajo (opciones de copia de seguridad, retención y cifrado).</translation>
    </message>
    <message>
        <source>Delete a job and its schedule; its archives stay.</source>
        <translation>Elimina un trabajo y su programación; sus archivos se conservan.</translation>
    </message>
    <message>
        <source>Back up, verify the archive, then apply the retention rules.</source>
        <translation>Hace la copia de seguridad, verifica el archivo y luego aplica las reglas de retención.</translation>
    </message>
    <message>
        <source>Apply the retention rules only; --dry-run lists what would go and why.</source>
        <translation>Solo aplica las reglas de retención; --dry-run enumera lo que se eliminaría y por qué.</translation>
    </message>
    <message>
        <source>Let the operating system run the job.</source>
        <translation>Deja que el sistema operativo ejecute el trabajo.</translation>
    </message>
    <message>
        <source>Run &quot;%1 job SUBCOMMAND --help&quot; for the options of a subcommand.</source>
        <translation>Ejecute «%1 job SUBCOMMAND --help» para ver las opciones de un subcomando.</translation>
    </message>
    <message>
        <source>Unknown job subcommand &quot;%1&quot;. Run &quot;%2 job --help&quot; to see what is available.</source>
        <translation>Subcomando de job desconocido «%1». Ejecute «%2 job --help» para ver los disponibles.</translation>
    </message>
    <message>
        <source>Give the name of one job.</source>
        <translation>Indique el nombre de un solo trabajo.</translation>
    </message>
    <message>
        <source>The job&apos;s name.</source>
        <translation>El nombre del trabajo.</translation>
    </message>
    <message>
        <source>Delete a job and its schedule; its archives and history stay.</source>
        <translation>Elimina un trabajo y su programación; sus archivos y su historial se conservan.</translation>
    </message>
    <message>
        <source>Deleted the job &quot;%1&quot;. Its archives in %2 are kept.</source>
        <translation>Se ha eliminado el trabajo «%1». Sus archivos en %2 se conservan.</translation>
    </message>
    <message>
        <source>Save a backup job: the connection options given, what to back up, where to, how many archives to keep and how to encrypt them. The --keep options take a number or &quot;unlimited&quot; and follow restic&apos;s forget rules on UTC periods; without any, every archive is kept.</source>
        <translation>Guarda un trabajo de copia de seguridad: las opciones de conexión indicadas, qué copiar y adónde, cuántos archivos conservar y cómo cifrarlos. Las opciones --keep aceptan un número o «unlimited» y siguen las reglas de forget de restic, con periodos en UTC; sin ninguna, se conservan todos los archivos.</translation>
    </message>
    <message>
        <source>Give the folder for the job&apos;s archives with --dir DIR.</source>
        <translation>Indique la carpeta de los archivos del trabajo con --dir DIR.</translation>
    </message>
    <message>
        <source>Saved the job &quot;%1&quot;. Its archives will be named like %2.</source>
        <translation>Se ha guardado el trabajo «%1». Sus archivos tendrán nombres como %2.</translation>
    </message>
    <message>
        <source>A job cannot read --%1 from standard input when it runs; give a file.</source>
        <translation>Un trabajo no puede leer --%1 de la entrada estándar cuando se ejecuta; indique un archivo.</translation>
    </message>
    <message>
        <source>A job saves no secrets: give the API key with --api-key-file, headers with --header-file or --header-env, and no password in the URL.</source>
        <translation>Un trabajo no guarda secretos: indique la clave de API con --api-key-file, las cabeceras con --header-file o --header-env, y ninguna contraseña en la URL.</translation>
    </message>
    <message>
        <source>Note: the job does not save $WEAVIATE_API_KEY; a run gets the key from that variable of its own environment, which a scheduled run does not have. Give --api-key-file instead.</source>
        <translation>Nota: el trabajo no guarda $WEAVIATE_API_KEY; cada ejecución toma la clave de esa variable de su propio entorno, que una ejecución programada no tiene. Indique --api-key-file en su lugar.</translation>
    </message>
    <message>
        <source>--level and --page-size need a whole number.</source>
        <translation>--level y --page-size requieren un número entero.</translation>
    </message>
    <message>
        <source>--%1 needs a number of 0 or more, or &quot;unlimited&quot;.</source>
        <translation>--%1 requiere un número igual o mayor que 0, o «unlimited».</translation>
    </message>
    <message>
        <source>A job connects as it was saved; --%1 cannot be given to it. Save it again with &quot;job create NAME --replace&quot; to change its connection.</source>
        <translation>Un trabajo se conecta tal como se guardó; no se le puede pasar --%1. Vuelva a guardarlo con «job create NAME --replace» para cambiar su conexión.</translation>
    </message>
    <message>
        <source>Run a job as its schedule does: back up, verify the new archive, then apply the retention rules. Every run is logged and recorded in the job history.</source>
        <translation>Ejecuta un trabajo como lo hace su programación: hace la copia de seguridad, verifica el nuevo archivo y luego aplica las reglas de retención. Cada ejecución queda en un registro y en el historial del trabajo.</translation>
    </message>
    <message>
        <source>List what would be removed and why; remove nothing.</source>
        <translation>Enumera lo que se eliminaría y por qué; no elimina nada.</translation>
    </message>
    <message>
        <source>Apply a job&apos;s retention rules to its folder: only archives of this job with a valid trailer are considered; the newest is always kept.</source>
        <translation>Aplica las reglas de retención de un trabajo a su carpeta: solo se tienen en cuenta los archivos de este trabajo con un bloque final válido; el más reciente siempre se conserva.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; has no retention rules; nothing is removed.</source>
        <translation>El trabajo «%1» no tiene reglas de retención; no se elimina nada.</translation>
    </message>
    <message>
        <source>Canceled; nothing was removed.</source>
        <translation>Cancelado; no se ha eliminado nada.</translation>
    </message>
    <message>
        <source>Give one of --daily, --hourly, --weekly DAY or --off.</source>
        <translation>Indique una de estas opciones: --daily, --hourly, --weekly DAY o --off.</translation>
    </message>
    <message>
        <source>--at goes with --daily or --weekly.</source>
        <translation>--at se usa junto con --daily o --weekly.</translation>
    </message>
    <message>
        <source>--at needs a time of day as HH:MM, e.g. 02:30.</source>
        <translation>--at requiere una hora con el formato HH:MM, p. ej., 02:30.</translation>
    </message>
    <message>
        <source>--weekly needs a day of the week, e.g. monday or mon.</source>
        <translation>--weekly requiere un día de la semana, p. ej., monday o mon.</translation>
    </message>
    <message>
        <source>Every day (at 02:00 unless --at says otherwise).</source>
        <translation>Todos los días (a las 02:00, salvo que --at indique otra hora).</translation>
    </message>
    <message>
        <source>Every hour, on the hour.</source>
        <translation>Cada hora, en punto.</translation>
    </message>
    <message>
        <source>Every week on this day (monday … sunday, or mon … sun).</source>
        <translation>Cada semana en este día (monday … sunday, o mon … sun).</translation>
    </message>
    <message>
        <source>Time of day, HH:MM (local time).</source>
        <translation>Hora del día, HH:MM (hora local).</translation>
    </message>
    <message>
        <source>Remove the job&apos;s schedule.</source>
        <translation>Elimina la programación del trabajo.</translation>
    </message>
    <message>
        <source>Let the operating system run a job: a systemd user timer on Linux, a launchd agent on macOS, a Task Scheduler task on Windows. Times are local.</source>
        <translation>Deja que el sistema operativo ejecute un trabajo: un temporizador de usuario de systemd en Linux, un agente de launchd en macOS, una tarea del Programador de tareas en Windows. Las horas son locales.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is no longer scheduled.</source>
        <translation>El trabajo «%1» ya no está programado.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; runs %2.</source>
        <extracomment>%1 a job&apos;s name, %2 its schedule (&quot;daily at 02:00&quot;)</extracomment>
        <translation>El trabajo «%1» se ejecuta %2.</translation>
    </message>
    <message>
        <source>Where the job&apos;s archives go: a local folder, or s3://BUCKET/PREFIX/ (with the --s3-* options; keys from the AWS environment or profile of each run).</source>
        <translation>Adónde van los archivos del trabajo: una carpeta local o s3://BUCKET/PREFIX/ (con las opciones --s3-*; claves del entorno de AWS o del perfil de cada ejecución).</translation>
    </message>
    <message>
        <source>A job writes to a local folder or to s3://BUCKET/PREFIX/; --dir &quot;%1&quot; is neither.</source>
        <translation>Un trabajo escribe en una carpeta local o en s3://BUCKET/PREFIX/; --dir «%1» no es ninguna de las dos cosas.</translation>
    </message>
    <message>
        <source>The --s3-* options are for a job whose --dir is s3://BUCKET/PREFIX/.</source>
        <translation>Las opciones --s3-* son para un trabajo cuyo --dir es s3://BUCKET/PREFIX/.</translation>
    </message>
    <message>
        <source>Give it with --identity FILE.</source>
        <translation>Indíquela con --identity FILE.</translation>
    </message>
</context>
<context>
    <name>JobHistory</name>
    <message>
        <source>Cannot write the job history &quot;%1&quot;: %2</source>
        <translation>No se puede escribir el historial de trabajos «%1»: %2</translation>
    </message>
</context>
<context>
    <name>JobInputs</name>
    <message>
        <source>The job&apos;s server address &quot;%1&quot; is not a valid URL; save the job again with one such as http://host:8080.</source>
        <translation>La dirección del servidor «%1» del trabajo no es una URL válida; vuelva a guardar el trabajo con una como http://host:8080.</translation>
    </message>
    <message>
        <source>The job&apos;s header variable &quot;%1&quot; is not of the form NAME=VARIABLE.</source>
        <translation>La variable de cabecera «%1» del trabajo no tiene la forma NAME=VARIABLE.</translation>
    </message>
    <message>
        <source>The environment variable %1 (for the header %2) is not set, empty or more than one line.</source>
        <extracomment>%1 is the name of an environment variable, %2 the HTTP header it was to give the value of</extracomment>
        <translation>La variable de entorno %1 (para la cabecera %2) no está definida, está vacía o tiene más de una línea.</translation>
    </message>
    <message>
        <source>%1, line %2: not of the form &quot;Name: value&quot;.</source>
        <extracomment>%1 is a file name, %2 a line number in it</extracomment>
        <translation>%1, línea %2: no tiene la forma «Nombre: valor».</translation>
    </message>
    <message>
        <source>The header file &quot;%1&quot; holds no header.</source>
        <translation>El archivo de cabeceras «%1» no contiene ninguna cabecera.</translation>
    </message>
    <message>
        <source>The job&apos;s gRPC address &quot;%1&quot; is not of the form grpc://HOST:PORT or grpcs://HOST:PORT.</source>
        <translation>La dirección gRPC «%1» del trabajo no tiene la forma grpc://HOST:PORT o grpcs://HOST:PORT.</translation>
    </message>
    <message>
        <source>The job&apos;s transport &quot;%1&quot; is not one of auto, rest and grpc.</source>
        <translation>El modo de transferencia «%1» del trabajo no es auto, rest ni grpc.</translation>
    </message>
    <message>
        <source>The job&apos;s proxy address holds a password; save the job again with the password in a file.</source>
        <translation>La dirección del proxy del trabajo contiene una contraseña; vuelva a guardar el trabajo con la contraseña en un archivo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an age recipient; a recipient starts with age1.</source>
        <translation>«%1» no es un destinatario de age; un destinatario empieza por age1.</translation>
    </message>
    <message>
        <source>%1, line %2: not an age identity (AGE-SECRET-KEY-1…).</source>
        <extracomment>%1 is a file name, %2 a line number in it</extracomment>
        <translation>%1, línea %2: no es una identidad de age (AGE-SECRET-KEY-1…).</translation>
    </message>
    <message>
        <source>The identity file &quot;%1&quot; holds no identity.</source>
        <translation>El archivo de identidad «%1» no contiene ninguna identidad.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; that the job names is empty.</source>
        <translation>El archivo «%1» que indica el trabajo está vacío.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; that the job names holds more than one line; it must hold the key, passphrase or password alone.</source>
        <translation>El archivo «%1» que indica el trabajo tiene más de una línea; debe contener solo la clave, la frase de contraseña o la contraseña.</translation>
    </message>
    <message>
        <source>Cannot read the file &quot;%1&quot; that the job names: %2</source>
        <extracomment>%1 a file name, %2 the system&apos;s reason</extracomment>
        <translation>No se puede leer el archivo «%1» que indica el trabajo: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; that the job names is larger than %2, too large for a key or headers.</source>
        <extracomment>%1 a file name, %2 a size such as &quot;64 KiB&quot;</extracomment>
        <translation>El archivo «%1» que indica el trabajo supera %2, demasiado grande para una clave o unas cabeceras.</translation>
    </message>
    <message>
        <source>Give the identity: one line, AGE-SECRET-KEY-1…</source>
        <translation>Indique la identidad: una línea, AGE-SECRET-KEY-1…</translation>
    </message>
    <message>
        <source>Give the passphrase: one line.</source>
        <translation>Indique la frase de contraseña: una línea.</translation>
    </message>
    <message>
        <source>The identity given for the job is not an age identity (AGE-SECRET-KEY-1…).</source>
        <translation>La identidad indicada para el trabajo no es una identidad de age (AGE-SECRET-KEY-1…).</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase in both fields.</source>
        <translation>Las dos frases de contraseña no coinciden: escriba la misma frase de contraseña en ambos campos.</translation>
    </message>
</context>
<context>
    <name>JobOutput</name>
    <message>
        <source>succeeded</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>finished with skipped tenants</source>
        <translation>terminada con inquilinos omitidos</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>not an archive of a saved job</source>
        <translation>no es un archivo de un trabajo guardado</translation>
    </message>
    <message>
        <source>an archive of another job</source>
        <translation>archivo de otro trabajo</translation>
    </message>
    <message>
        <source>cannot be opened with the job&apos;s keys</source>
        <translation>no se puede abrir con las claves del trabajo</translation>
    </message>
    <message>
        <source>incomplete: no valid trailer</source>
        <translation>incompleto: sin bloque final válido</translation>
    </message>
    <message>
        <source>No saved jobs. Create one with &quot;%1 job create NAME --dir DIR&quot;.</source>
        <translation>No hay trabajos guardados. Cree uno con «%1 job create NAME --dir DIR».</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>The last run of a job: %1 when, %2 how it ended (&quot;succeeded&quot;)</extracomment>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>Job: %1 (%2)</source>
        <translation>Trabajo: %1 (%2)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Collections: %1</source>
        <translation>Colecciones: %1</translation>
    </message>
    <message>
        <source>%1: tenants %2</source>
        <translation>%1: inquilinos %2</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Carpeta: %1</translation>
    </message>
    <message>
        <source>Archives named like: %1</source>
        <translation>Nombres de los archivos, por ejemplo: %1</translation>
    </message>
    <message>
        <source>Retention: %1</source>
        <translation>Retención: %1</translation>
    </message>
    <message>
        <source>none, every archive is kept</source>
        <translation>ninguna, se conservan todos los archivos</translation>
    </message>
    <message numerus="yes">
        <source>Encryption: age, to %Ln recipient(s)</source>
        <translation>
            <numerusform>Cifrado: age, para %Ln destinatario</numerusform>
            <numerusform>Cifrado: age, para %Ln destinatarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Encryption: age, with the passphrase in %1</source>
        <translation>Cifrado: age, con la frase de contraseña de %1</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Programación: %1</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>Todavía no hay ejecuciones.</translation>
    </message>
    <message>
        <source>Last runs, newest first:</source>
        <translation>Últimas ejecuciones, de la más reciente a la más antigua:</translation>
    </message>
    <message>
        <source>%1  %2 (%3 s)</source>
        <extracomment>One run in a job&apos;s history: %1 when, %2 how it ended, %3 the duration in seconds</extracomment>
        <translation>%1  %2 (%3 s)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s), %1 (%2)</source>
        <translation>
            <numerusform>%Ln objeto, %1 (%2)</numerusform>
            <numerusform>%Ln objetos, %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Registro: %1</translation>
    </message>
    <message>
        <source>No archive of this run was kept.</source>
        <translation>No se ha conservado ningún archivo de esta ejecución.</translation>
    </message>
    <message>
        <source>Canceled; no archive of this run was kept.</source>
        <translation>Cancelado; no se ha conservado ningún archivo de esta ejecución.</translation>
    </message>
    <message>
        <source>Verified the new archive: it is complete and intact.</source>
        <translation>Se ha verificado el nuevo archivo: está completo e íntegro.</translation>
    </message>
    <message>
        <source>Canceled before the retention rules were applied; the new archive is kept.</source>
        <translation>Cancelado antes de aplicar las reglas de retención; el nuevo archivo se conserva.</translation>
    </message>
    <message numerus="yes">
        <source>Retention: kept %Ln archive(s), removed %1.</source>
        <extracomment>%Ln archives kept by the retention rules, %1 how many were removed</extracomment>
        <translation>
            <numerusform>Retención: %Ln archivo conservado, eliminados: %1.</numerusform>
            <numerusform>Retención: %Ln archivos conservados, eliminados: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Eliminado: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing is removed.</source>
        <translation>Simulación: no se elimina nada.</translation>
    </message>
    <message>
        <source>Retention of the job &quot;%1&quot;: %2</source>
        <translation>Retención del trabajo «%1»: %2</translation>
    </message>
    <message>
        <source>%1  %2  (%3)</source>
        <extracomment>A line of the retention listing: %1 the archive&apos;s time (UTC), %2 its file name, %3 why</extracomment>
        <translation>%1  %2  (%3)</translation>
    </message>
    <message>
        <source>kept by no rule</source>
        <translation>ninguna regla lo conserva</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>conservado</translation>
    </message>
    <message>
        <source>would remove</source>
        <translation>por eliminar</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>left alone</source>
        <translation>sin tocar</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln archive(s) kept, %1 would be removed.</source>
        <extracomment>%Ln archives kept, %1 how many would be removed</extracomment>
        <translation>
            <numerusform>%Ln archivo conservado, %1 por eliminar.</numerusform>
            <numerusform>%Ln archivos conservados, %1 por eliminar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln archive(s) kept, %1 removed.</source>
        <translation>
            <numerusform>%Ln archivo conservado, eliminados: %1.</numerusform>
            <numerusform>%Ln archivos conservados, eliminados: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>S3 bucket prefix: %1</source>
        <translation>Prefijo del bucket S3: %1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Endpoint: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Región: %1</translation>
    </message>
    <message>
        <source>AWS profile: %1</source>
        <translation>Perfil de AWS: %1</translation>
    </message>
    <message>
        <source>Path-style addressing</source>
        <translation>Direccionamiento de estilo de ruta</translation>
    </message>
</context>
<context>
    <name>JobRun</name>
    <message>
        <source>Some collections or tenants were skipped, so the retention rules were not applied.</source>
        <translation>Se omitieron algunas colecciones o inquilinos, así que no se aplicaron las reglas de retención.</translation>
    </message>
    <message>
        <source>Verifying the archive: %1 of %2</source>
        <extracomment>Progress of reading the new archive back: %1 bytes read so far, %2 the file size</extracomment>
        <translation>Verificando el archivo: %1 de %2</translation>
    </message>
    <message>
        <source>Cannot remove the unverified archive &quot;%1&quot;.</source>
        <translation>No se puede eliminar el archivo no verificado «%1».</translation>
    </message>
    <message>
        <source>The new archive &quot;%1&quot; did not pass its verification and was removed.</source>
        <translation>El nuevo archivo «%1» no superó la verificación y se eliminó.</translation>
    </message>
    <message>
        <source>Applying the retention rules</source>
        <translation>Aplicando las reglas de retención</translation>
    </message>
    <message>
        <source>The retention rules were not applied: %1</source>
        <translation>No se aplicaron las reglas de retención: %1</translation>
    </message>
</context>
<context>
    <name>JobSchedule</name>
    <message>
        <source>hourly</source>
        <translation>cada hora</translation>
    </message>
    <message>
        <source>daily at %1</source>
        <extracomment>%1 a time of day, e.g. 02:00</extracomment>
        <translation>todos los días a las %1</translation>
    </message>
    <message>
        <source>weekly on %1 at %2</source>
        <extracomment>%1 a day of the week, %2 a time of day</extracomment>
        <translation>cada %1 a las %2</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>sin programar</translation>
    </message>
</context>
<context>
    <name>JobScheduler</name>
    <message>
        <source>Cannot write the schedule file &quot;%1&quot;: %2</source>
        <translation>No se puede escribir el archivo de programación «%1»: %2</translation>
    </message>
    <message>
        <source>%1 was not found, so the schedule is written but not active; run &quot;%2&quot; where %1 is available.</source>
        <extracomment>%1 a program (systemctl, launchctl, schtasks), %2 the command to run by hand</extracomment>
        <translation>No se encontró %1, así que la programación está escrita pero no activa; ejecute «%2» donde %1 esté disponible.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed: %2</source>
        <translation>«%1» falló: %2</translation>
    </message>
    <message>
        <source>A user timer runs while you are logged in; &quot;loginctl enable-linger&quot; lets it run without a session.</source>
        <translation>Un temporizador de usuario solo se ejecuta mientras usted tiene la sesión iniciada; «loginctl enable-linger» permite que se ejecute sin sesión.</translation>
    </message>
    <message>
        <source>Cannot remove the schedule file &quot;%1&quot;.</source>
        <translation>No se puede eliminar el archivo de programación «%1».</translation>
    </message>
    <message>
        <source>The job cannot be scheduled: systemctl --user finds no user session here (as in a container, an SSH login or WSL). Run &quot;loginctl enable-linger&quot; and log in again, or use a desktop session; or save the job without a schedule and run &quot;%1&quot; from cron.</source>
        <extracomment>%1 the command that runs the job, for a crontab line</extracomment>
        <translation>No se puede programar el trabajo: systemctl --user no encuentra ninguna sesión de usuario aquí (como ocurre en un contenedor, en un inicio de sesión por SSH o en WSL). Ejecute «loginctl enable-linger» y vuelva a iniciar sesión, o use una sesión de escritorio; o bien guarde el trabajo sin programación y ejecute «%1» desde cron.</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>Cannot read the saved jobs in &quot;%1&quot;: %2</source>
        <translation>No se pueden leer los trabajos guardados en «%1»: %2</translation>
    </message>
    <message>
        <source>The saved jobs in &quot;%1&quot; are damaged; fix or move the file.</source>
        <translation>Los trabajos guardados en «%1» están dañados; corrija o mueva el archivo.</translation>
    </message>
    <message>
        <source>The saved jobs in &quot;%1&quot; were written by a newer version of Colvault.</source>
        <translation>Los trabajos guardados en «%1» los escribió una versión más reciente de Colvault.</translation>
    </message>
    <message>
        <source>Cannot save the jobs to &quot;%1&quot;: %2</source>
        <translation>No se pueden guardar los trabajos en «%1»: %2</translation>
    </message>
    <message>
        <source>There is no job named &quot;%1&quot;.</source>
        <translation>No hay ningún trabajo llamado «%1».</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>No se puede crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>The saved jobs in &quot;%1&quot; are locked by another program.</source>
        <translation>Los trabajos guardados en «%1» están bloqueados por otro programa.</translation>
    </message>
    <message>
        <source>A job named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un trabajo llamado «%1».</translation>
    </message>
</context>
<context>
    <name>KeygenCommand</name>
    <message>
        <source>Write a new age identity file for encrypted archives and print its recipient.</source>
        <translation>Escribir un nuevo archivo de identidad de age para archivos cifrados y mostrar su destinatario.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; already exists; keygen never overwrites a file.</source>
        <translation>El archivo «%1» ya existe; keygen nunca sobrescribe un archivo.</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: %2</source>
        <translation>No se puede crear «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Write a new age identity file for encrypted archives and print its recipient on standard output.</source>
        <translation>Escribir un nuevo archivo de identidad de age para archivos cifrados y mostrar su destinatario en la salida estándar.</translation>
    </message>
    <message>
        <source>The identity file to write; it must not exist yet.</source>
        <translation>El archivo de identidad que se escribirá; no debe existir todavía.</translation>
    </message>
    <message>
        <source>Give the identity file to write with -o FILE.</source>
        <translation>Indique con -o FILE el archivo de identidad que se escribirá.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed; no key was made.</source>
        <translation>El generador de números aleatorios del sistema ha fallado; no se ha creado ninguna clave.</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List collections with object counts, tenants and vector configuration.</source>
        <translation>Enumera las colecciones con su recuento de objetos, sus inquilinos y su configuración de vectores.</translation>
    </message>
    <message>
        <source>legacy, %1 dimensions</source>
        <extracomment>A collection&apos;s single class-level vector; %1 is its dimension count</extracomment>
        <translation>heredado, %1 dimensiones</translation>
    </message>
    <message>
        <source>%1: %2 dimensions</source>
        <extracomment>%1 is a named vector&apos;s name, %2 its dimension count</extracomment>
        <translation>%1: %2 dimensiones</translation>
    </message>
    <message>
        <source>%1: multi-vector, %2 dimensions</source>
        <extracomment>%1 is a multi-vector&apos;s name, %2 the dimension count of each token vector</extracomment>
        <translation>%1: multivector, %2 dimensiones</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s)</source>
        <translation>
            <numerusform>%Ln inquilino</numerusform>
            <numerusform>%Ln inquilinos</numerusform>
        </translation>
    </message>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>Imprime un informe JSON legible por máquina en la salida estándar.</translation>
    </message>
    <message>
        <source>&quot;list&quot; takes no arguments.</source>
        <translation>«list» no admite argumentos.</translation>
    </message>
    <message>
        <source>Weaviate %1 at %2</source>
        <translation>Weaviate %1 en %2</translation>
    </message>
    <message>
        <source>The server has no collections.</source>
        <translation>El servidor no tiene colecciones.</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Colección</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Inquilinos</translation>
    </message>
    <message>
        <source>Vectors</source>
        <translation>Vectores</translation>
    </message>
    <message>
        <source>%1 (active tenants)</source>
        <extracomment>An object count that leaves out inactive tenants</extracomment>
        <translation>%1 (inquilinos activos)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s), inactive: %1</source>
        <extracomment>%Ln is the number of tenants, %1 how many of them are inactive</extracomment>
        <translation>
            <numerusform>%Ln inquilino, inactivos: %1</numerusform>
            <numerusform>%Ln inquilinos, inactivos: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectPageParser</name>
    <message>
        <source>The server sent a page of objects that is not valid.</source>
        <translation>El servidor envió una página de objetos no válida.</translation>
    </message>
</context>
<context>
    <name>OperationGuard</name>
    <message>
        <source>Colvault stopped because of an internal error; the operation did not complete.</source>
        <translation>Colvault se detuvo por un error interno; la operación no se completó.</translation>
    </message>
</context>
<context>
    <name>OperationProgress</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>%1 the number of the operation&apos;s current step, %2 how many steps it has, %3 the step&apos;s name, e.g. &quot;Adding references&quot;</extracomment>
        <translation>Paso %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <source>%1 of %2 objects</source>
        <extracomment>%1 objects done of %2</extracomment>
        <translation>%1 de %2 objetos</translation>
    </message>
    <message>
        <source>Collection %1</source>
        <translation>Colección %1</translation>
    </message>
    <message>
        <source>Collection %1, tenant %2</source>
        <extracomment>%1 is a collection, %2 one of its tenants</extracomment>
        <translation>Colección %1, inquilino %2</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Omitidos:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Advertencias:</translation>
    </message>
    <message>
        <source>Failures:</source>
        <translation>Errores:</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>duration</comment>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>menos de un segundo</translation>
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
        <translation>Escrito:</translation>
    </message>
    <message>
        <source>active</source>
        <comment>tenant status</comment>
        <translation>activo</translation>
    </message>
    <message>
        <source>inactive</source>
        <comment>tenant status</comment>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>offloaded to cloud storage</source>
        <comment>tenant status</comment>
        <translation>externalizado al almacenamiento en la nube</translation>
    </message>
    <message>
        <source>changing its status (%1)</source>
        <comment>tenant status</comment>
        <extracomment>%1 the status as the server names it, e.g. FREEZING</extracomment>
        <translation>cambiando de estado (%1)</translation>
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
        <translation>No se admiten proxies del tipo «%1»; use %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a proxy address; write http://HOST:PORT.</source>
        <extracomment>%1 is what the user wrote; HOST and PORT stay as they are</extracomment>
        <translation>«%1» no es una dirección de proxy; escriba http://HOST:PUERTO.</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Restore collections from an archive, showing the plan first.</source>
        <translation>Restaura colecciones desde un archivo, mostrando antes el plan.</translation>
    </message>
    <message>
        <source>create</source>
        <translation>crear</translation>
    </message>
    <message>
        <source>drop and create again</source>
        <translation>eliminar y volver a crear</translation>
    </message>
    <message>
        <source>add to the existing collection</source>
        <translation>añadir a la colección existente</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (desde %2)</translation>
    </message>
    <message>
        <source>properties to add: %1</source>
        <translation>propiedades que se añadirán: %1</translation>
    </message>
    <message>
        <source>properties only on the target: %1</source>
        <translation>propiedades que solo están en el destino: %1</translation>
    </message>
    <message>
        <source>Total: %1.</source>
        <translation>Total: %1.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Restore collections from an archive into a Weaviate server.</source>
        <translation>Restaura colecciones desde un archivo en un servidor Weaviate.</translation>
    </message>
    <message>
        <source>Collections to restore (default: all in the archive).</source>
        <translation>Colecciones que se restaurarán (predeterminado: todas las del archivo).</translation>
    </message>
    <message>
        <source>new (default: the collection must not exist), merge (add missing objects), overwrite (archived objects replace existing ones), replace (drop the collection first).</source>
        <translation>new (predeterminado: la colección no debe existir), merge (añade los objetos que falten), overwrite (los objetos del archivo reemplazan a los existentes), replace (elimina antes la colección).</translation>
    </message>
    <message>
        <source>Restore collection OLD as NEW. Repeatable.</source>
        <translation>Restaura la colección OLD con el nombre NEW. Se puede repetir.</translation>
    </message>
    <message>
        <source>Only these tenants: A,B for the one collection named, or COLLECTION:A,B. Repeatable.</source>
        <translation>Solo estos inquilinos: A,B para la única colección indicada, o COLLECTION:A,B. Se puede repetir.</translation>
    </message>
    <message>
        <source>Create collections and tenants, no objects.</source>
        <translation>Crea las colecciones y los inquilinos, sin objetos.</translation>
    </message>
    <message>
        <source>Rewrite every vectorizer to &quot;none&quot; (objects keep their vectors).</source>
        <translation>Cambia todos los vectorizadores a «none» (los objetos conservan sus vectores).</translation>
    </message>
    <message>
        <source>Create collections with this replication factor.</source>
        <translation>Crea las colecciones con este factor de replicación.</translation>
    </message>
    <message>
        <source>Objects per request (1-1000, default 100).</source>
        <translation>Objetos por solicitud (1-1000, predeterminado 100).</translation>
    </message>
    <message>
        <source>Show what would be restored; write nothing.</source>
        <translation>Muestra lo que se restauraría; no escribe nada.</translation>
    </message>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>Imprime un informe JSON legible por máquina en la salida estándar.</translation>
    </message>
    <message>
        <source>Do not ask before restoring; with --confirm, allows replacing collections.</source>
        <translation>No pregunta antes de restaurar; junto con --confirm, permite reemplazar colecciones.</translation>
    </message>
    <message>
        <source>The exact names of the collections that replace mode drops, comma-separated.</source>
        <translation>Nombres exactos de las colecciones que elimina el modo replace, separados por comas.</translation>
    </message>
    <message>
        <source>No archive given: colvault-cli restore FILE [COLLECTION...].</source>
        <translation>No se ha indicado ningún archivo: colvault-cli restore FILE [COLLECTION...].</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;; use new, merge, overwrite or replace.</source>
        <translation>Modo desconocido «%1»; use new, merge, overwrite o replace.</translation>
    </message>
    <message>
        <source>--rename %1: use OLD=NEW.</source>
        <translation>--rename %1: use el formato OLD=NEW.</translation>
    </message>
    <message>
        <source>--replication-factor must be a number of at least 1.</source>
        <translation>--replication-factor debe ser un número igual o mayor que 1.</translation>
    </message>
    <message>
        <source>--batch-size must be a number from 1 to 1000.</source>
        <translation>--batch-size debe ser un número entre 1 y 1000.</translation>
    </message>
    <message>
        <source>Not restoring: standard input is not a terminal, so nobody can confirm. Run again with --yes --confirm NAMES (the collections being replaced), or with --dry-run to see the plan.</source>
        <translation>No se restaura: la entrada estándar no es un terminal, así que nadie puede confirmar. Vuelva a ejecutar con --yes --confirm NAMES (las colecciones que se reemplazan) o con --dry-run para ver el plan.</translation>
    </message>
    <message>
        <source>Not restoring: standard input is not a terminal, so nobody can confirm. Run again with --yes, or with --dry-run to see the plan.</source>
        <translation>No se restaura: la entrada estándar no es un terminal, así que nadie puede confirmar. Vuelva a ejecutar con --yes o con --dry-run para ver el plan.</translation>
    </message>
    <message>
        <source>Canceled; nothing was written.</source>
        <translation>Cancelado; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Dry run: nothing will be written.</source>
        <translation>Simulación: no se escribirá nada.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was restored: the plan has %Ln blocking problem(s).</source>
        <translation>
            <numerusform>No se ha restaurado nada: el plan tiene %Ln problema bloqueante.</numerusform>
            <numerusform>No se ha restaurado nada: el plan tiene %Ln problemas bloqueantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The names given (%1) are not exactly the collections being replaced (%2); nothing was restored.</source>
        <translation>Los nombres indicados (%1) no coinciden exactamente con las colecciones que se reemplazan (%2); no se ha restaurado nada.</translation>
    </message>
    <message>
        <source>Restore as planned? [y/N]</source>
        <translation>¿Restaurar según el plan? [s/N]</translation>
    </message>
    <message>
        <source>yes|y</source>
        <comment>answers accepted as yes</comment>
        <extracomment>Lower-case answers that mean yes, separated by |; the English y and yes are always accepted too</extracomment>
        <translation>sí|si|s</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was restored.</source>
        <translation>Sin confirmación; no se ha restaurado nada.</translation>
    </message>
    <message numerus="yes">
        <source>Canceled after %Ln object(s); the restore is incomplete.</source>
        <translation>
            <numerusform>Cancelado tras %Ln objeto; la restauración está incompleta.</numerusform>
            <numerusform>Cancelado tras %Ln objetos; la restauración está incompleta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Count: %1</source>
        <translation>Recuento: %1</translation>
    </message>
    <message>
        <source>Restored %1 objects and %2 references in %3 s.</source>
        <extracomment>%1 objects, %2 references, %3 seconds</extracomment>
        <translation>Se restauraron %1 objetos y %2 referencias en %3 s.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) or reference(s) failed.</source>
        <translation>
            <numerusform>Falló %Ln objeto o referencia.</numerusform>
            <numerusform>Fallaron %Ln objetos o referencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to create, %2 to overwrite, %3 to skip, %4 unchanged</source>
        <extracomment>%1..%4 object counts</extracomment>
        <translation>%1 por crear, %2 por sobrescribir, %3 por omitir, %4 sin cambios</translation>
    </message>
    <message>
        <source>tenant %1: exists (%2)</source>
        <translation>inquilino %1: existe (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Replace mode deletes %Ln collection(s) with everything in them first: %1. Type their names to confirm, separated by commas:</source>
        <translation>
            <numerusform>El modo replace elimina primero %Ln colección con todo su contenido: %1. Escriba su nombre para confirmar:</numerusform>
            <numerusform>El modo replace elimina primero %Ln colecciones con todo su contenido: %1. Escriba sus nombres, separados por comas, para confirmar:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace mode deletes %Ln collection(s) first: %1. Confirm with --yes --confirm %2.</source>
        <translation>
            <numerusform>El modo replace elimina primero %Ln colección: %1. Confirme con --yes --confirm %2.</numerusform>
            <numerusform>El modo replace elimina primero %Ln colecciones: %1. Confirme con --yes --confirm %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: object %2 of %1: %3</source>
        <extracomment>%1 collection, %2 object id, %3 the server&apos;s message</extracomment>
        <translation>Error: objeto %2 de %1: %3</translation>
    </message>
    <message>
        <source>Failed: object %3 of %1, tenant %2: %4</source>
        <translation>Error: objeto %3 de %1, inquilino %2: %4</translation>
    </message>
    <message>
        <source>tenant %1: to be created</source>
        <extracomment>%1 tenant name, %2 and %3 tenant statuses as the server names them (HOT, COLD, ...)</extracomment>
        <translation>inquilino %1: se creará</translation>
    </message>
    <message>
        <source>tenant %1: to be created, then set to %2</source>
        <translation>inquilino %1: se creará y luego pasará a %2</translation>
    </message>
    <message>
        <source>tenant %1: exists (%2), to be set to %3</source>
        <translation>inquilino %1: existe (%2), pasará a %3</translation>
    </message>
    <message>
        <source>Run the same restore again with --mode overwrite to complete it.</source>
        <translation>Vuelva a ejecutar la misma restauración con --mode overwrite para completarla.</translation>
    </message>
    <message>
        <source>The archive to restore: a file or s3://BUCKET/KEY.</source>
        <translation>El archivo que se restaurará: un archivo local o s3://BUCKET/KEY.</translation>
    </message>
    <message>
        <source>Move aliases that exist on the target and point at other collections.</source>
        <translation>Mover los alias que existen en el destino y apuntan a otras colecciones.</translation>
    </message>
    <message>
        <source>keep (default: recreate the archive&apos;s aliases, pointing at the restored collections) or skip.</source>
        <translation>keep (predeterminado: volver a crear los alias del archivo, apuntando a las colecciones restauradas) o skip.</translation>
    </message>
    <message>
        <source>With --as-new: once the counts are verified, point this alias at the new collection (created if absent). The previous collection is kept.</source>
        <translation>Con --as-new: una vez verificados los recuentos, hacer que este alias apunte a la nueva colección (se crea si no existe). La colección anterior se conserva.</translation>
    </message>
    <message>
        <source>--swap-alias switches an alias to a side-by-side restore: use it with --as-new.</source>
        <translation>--swap-alias cambia un alias a una restauración junto a la existente: úselo con --as-new.</translation>
    </message>
    <message>
        <source>alias %1 -&gt; %2: to be created</source>
        <extracomment>%1 alias name, %2 the collection it will point at</extracomment>
        <translation>alias %1 -&gt; %2: se creará</translation>
    </message>
    <message>
        <source>alias %1 -&gt; %2: already correct</source>
        <translation>alias %1 -&gt; %2: ya es correcto</translation>
    </message>
    <message>
        <source>alias %1 -&gt; %2: to be moved from %3</source>
        <extracomment>%1 alias name, %2 the collection it will point at, %3 the collection it points at now</extracomment>
        <translation>alias %1 -&gt; %2: se moverá desde %3</translation>
    </message>
    <message>
        <source>alias %1 -&gt; %2: blocked, it points at %3</source>
        <extracomment>%1 alias name, %2 the restored collection, %3 the collection it points at now</extracomment>
        <translation>alias %1 -&gt; %2: bloqueado, apunta a %3</translation>
    </message>
    <message>
        <source>Unknown --aliases value &quot;%1&quot;; use keep or skip.</source>
        <translation>Valor de --aliases desconocido «%1»; use keep o skip.</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2. To undo: colvault-cli alias delete %1</source>
        <translation>El alias %1 apunta ahora a %2. Para deshacerlo: colvault-cli alias delete %1</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2.</source>
        <translation>El alias %1 apunta ahora a %2.</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2 (it pointed at %3, which is kept). To switch back: colvault-cli alias set %1 %3</source>
        <extracomment>%1 alias, %2 the collection it points at now, %3 the one it pointed at before</extracomment>
        <translation>El alias %1 apunta ahora a %2 (apuntaba a %3, que se conserva). Para volver atrás: colvault-cli alias set %1 %3</translation>
    </message>
    <message>
        <source>Point aliases that exist on the target but point at other collections at the restored ones.</source>
        <translation>Hacer que los alias que existen en el destino pero apuntan a otras colecciones apunten a las colecciones restauradas.</translation>
    </message>
    <message>
        <source>Restore the one collection named beside the existing one, into NAME_yyyyMMddHHmmss (UTC time) or its --rename target.</source>
        <translation>Restaurar la única colección indicada junto a la existente, en NAME_yyyyMMddHHmmss (hora UTC) o en su destino de --rename.</translation>
    </message>
    <message>
        <source>no vectors: the objects are written without them</source>
        <translation>sin vectores: los objetos se escriben sin ellos</translation>
    </message>
    <message>
        <source>vector %1: none, the objects are written without it</source>
        <translation>vector %1: ninguno, los objetos se escriben sin él</translation>
    </message>
    <message numerus="yes">
        <source>the target&apos;s %1 will embed %n object(s)</source>
        <extracomment>%1 a vectorizer module (text2vec-openai); %n objects</extracomment>
        <translation>
            <numerusform>el módulo %1 del destino calculará los vectores de %n objeto</numerusform>
            <numerusform>el módulo %1 del destino calculará los vectores de %n objetos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>vector %1: the target&apos;s %2 will embed %n object(s)</source>
        <extracomment>%1 the name of a named vector, %2 a vectorizer module (text2vec-openai); %n objects</extracomment>
        <translation>
            <numerusform>vector %1: el módulo %2 del destino calculará los vectores de %n objeto</numerusform>
            <numerusform>vector %1: el módulo %2 del destino calculará los vectores de %n objetos</numerusform>
        </translation>
    </message>
    <message>
        <source>keep (default: objects carry their vectors) or omit (objects are written without vectors; the target&apos;s --vectorizer modules compute new ones).</source>
        <translation>keep (predeterminado: los objetos conservan sus vectores) u omit (los objetos se escriben sin vectores; los módulos de --vectorizer del destino calculan otros nuevos).</translation>
    </message>
    <message>
        <source>With --vectors omit: create the collections with this vectorizer module of the target, for the collection&apos;s vector and every named vector, or NAME=MODULE for one named vector. Repeatable.</source>
        <translation>Con --vectors omit: crear las colecciones con este módulo vectorizador del destino, para el vector de la colección y para cada vector con nombre, o NAME=MODULE para un solo vector con nombre. Se puede repetir.</translation>
    </message>
    <message>
        <source>Unknown --vectors value &quot;%1&quot;; use keep or omit.</source>
        <translation>Valor de --vectors desconocido «%1»; use keep u omit.</translation>
    </message>
    <message>
        <source>--vectorizer sets what computes new vectors: use it with --vectors omit.</source>
        <translation>--vectorizer indica qué módulo calcula los vectores nuevos: úselo con --vectors omit.</translation>
    </message>
    <message>
        <source>--vectorizer %1: use MODULE or NAME=MODULE, once per vector.</source>
        <translation>--vectorizer %1: use MODULE o NAME=MODULE, una vez por vector.</translation>
    </message>
    <message>
        <source>Batch requests in flight at once (1-%1, default %2).</source>
        <translation>Solicitudes de lote en curso a la vez (1-%1, predeterminado %2).</translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to %1.</source>
        <translation>--concurrency debe ser un número entre 1 y %1.</translation>
    </message>
</context>
<context>
    <name>RestoreTask</name>
    <message>
        <source>The server listed the objects of &quot;%1&quot; out of order.</source>
        <translation>El servidor devolvió los objetos de «%1» fuera de orden.</translation>
    </message>
    <message>
        <source>The number of batches in flight must be between 1 and %1, not %2.</source>
        <translation>El número de lotes en curso debe estar entre 1 y %1, no %2.</translation>
    </message>
    <message>
        <source>The replication factor must be at least 1.</source>
        <translation>El factor de replicación debe ser al menos 1.</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; does not exist.</source>
        <translation>El archivo «%1» no existe.</translation>
    </message>
    <message>
        <source>Verifying the archive…</source>
        <translation>Verificando el archivo…</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is incomplete: it has no valid trailer.</source>
        <translation>El archivo «%1» está incompleto: no tiene un bloque final válido.</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; cannot be restored: %2</source>
        <translation>El archivo «%1» no se puede restaurar: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s) not found in the archive: %1.</source>
        <translation>
            <numerusform>No se encontró %Ln colección en el archivo: %1.</numerusform>
            <numerusform>No se encontraron %Ln colecciones en el archivo: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be renamed: it is not in the archive.</source>
        <translation>No se puede cambiar el nombre de «%1»: no está en el archivo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid collection name.</source>
        <translation>«%1» no es un nombre de colección válido.</translation>
    </message>
    <message>
        <source>Two collections would be restored as &quot;%1&quot;.</source>
        <translation>Dos colecciones se restaurarían como «%1».</translation>
    </message>
    <message>
        <source>Tenants were chosen for &quot;%1&quot;, which is not being restored.</source>
        <translation>Se eligieron inquilinos para «%1», pero esa colección no se restaura.</translation>
    </message>
    <message>
        <source>The archive comes from Weaviate %1 and the target runs %2: settings the older server does not know are dropped.</source>
        <translation>El archivo procede de Weaviate %1 y el destino ejecuta %2: se descartan los ajustes que el servidor más antiguo no conoce.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; clashes with the existing collection &quot;%2&quot; (names differ only in case).</source>
        <translation>«%1» entra en conflicto con la colección existente «%2» (los nombres solo difieren en mayúsculas y minúsculas).</translation>
    </message>
    <message>
        <source>The collection &quot;%1&quot; already exists on the target; choose merge, overwrite or replace.</source>
        <translation>La colección «%1» ya existe en el destino; elija fusionar (merge), sobrescribir (overwrite) o reemplazar (replace).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is multi-tenant in the archive but not on the target.</source>
        <translation>«%1» es multiinquilino en el archivo, pero no en el destino.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is multi-tenant on the target but not in the archive.</source>
        <translation>«%1» es multiinquilino en el destino, pero no en el archivo.</translation>
    </message>
    <message>
        <source>Property &quot;%1&quot; of &quot;%2&quot; is %3 in the archive but %4 on the target.</source>
        <translation>La propiedad «%1» de «%2» es de tipo %3 en el archivo, pero de tipo %4 en el destino.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the module &quot;%2&quot;, which the target does not have; rewrite the vectorizer to &quot;none&quot; (the archived objects carry their vectors).</source>
        <translation>«%1» necesita el módulo «%2», que el destino no tiene; cambie el vectorizador a «none» (los objetos del archivo incluyen sus vectores).</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has replication factor %2 but the target has %Ln node(s); lower the replication factor.</source>
        <translation>
            <numerusform>«%1» tiene un factor de replicación de %2, pero el destino tiene %Ln nodo; reduzca el factor de replicación.</numerusform>
            <numerusform>«%1» tiene un factor de replicación de %2, pero el destino tiene %Ln nodos; reduzca el factor de replicación.</numerusform>
        </translation>
    </message>
    <message>
        <source>vector index type &quot;%1&quot;</source>
        <translation>tipo de índice vectorial «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses the vector index type &quot;%2&quot;, which the target may not support.</source>
        <translation>«%1» usa el tipo de índice vectorial «%2», que es posible que el destino no admita.</translation>
    </message>
    <message>
        <source>tokenization &quot;%1&quot;</source>
        <translation>tokenización «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses the tokenization &quot;%2&quot;, which needs to be enabled on the target.</source>
        <translation>«%1» usa la tokenización «%2», que debe estar habilitada en el destino.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; was offloaded (%3); the target has no offload module, so it stays active.</source>
        <translation>El inquilino «%1» de «%2» estaba externalizado (%3); el destino no tiene módulo de externalización, así que permanece activo.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; had the status %3 and is restored as active.</source>
        <translation>El inquilino «%1» de «%2» tenía el estado %3 y se restaura como activo.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is %3 on the target and cannot be loaded.</source>
        <translation>El inquilino «%1» de «%2» está en estado %3 en el destino y no se puede cargar.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is inactive on the target, so its objects could not be compared; every archived object is counted as new.</source>
        <translation>El inquilino «%1» de «%2» está inactivo en el destino, así que sus objetos no se pudieron comparar; todos los objetos del archivo se cuentan como nuevos.</translation>
    </message>
    <message>
        <source>Creation and update times are set by the server; the archived times cannot be restored.</source>
        <translation>El servidor establece las fechas de creación y de actualización; las fechas del archivo no se pueden restaurar.</translation>
    </message>
    <message>
        <source>Property &quot;%1&quot; of &quot;%2&quot; is a blob hash, which cannot be restored faithfully (the server would hash the hash).</source>
        <translation>La propiedad «%1» de «%2» es un hash de blob, que no se puede restaurar fielmente (el servidor calcularía el hash del hash).</translation>
    </message>
    <message>
        <source>Plan ready.</source>
        <translation>Plan listo.</translation>
    </message>
    <message>
        <source>The server answered a batch of objects in an unexpected form.</source>
        <translation>El servidor respondió a un lote de objetos con un formato inesperado.</translation>
    </message>
    <message numerus="yes">
        <source>The restore plan has %Ln blocking problem(s).</source>
        <translation>
            <numerusform>El plan de restauración tiene %Ln problema bloqueante.</numerusform>
            <numerusform>El plan de restauración tiene %Ln problemas bloqueantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replacing &quot;%1&quot; deletes it first and needs its name confirmed.</source>
        <translation>Reemplazar «%1» implica eliminarla primero y requiere confirmar su nombre.</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Restaurando %1…</translation>
    </message>
    <message>
        <source>Restoring %1, tenant %2…</source>
        <translation>Restaurando %1, inquilino %2…</translation>
    </message>
    <message>
        <source>%1 changed since the plan: %2 objects created and %3 overwritten instead of %4 and %5.</source>
        <translation>%1 cambió desde el plan: se crearon %2 objetos y se sobrescribieron %3, en lugar de %4 y %5.</translation>
    </message>
    <message>
        <source>Could not count %1: %2</source>
        <translation>No se pudo contar %1: %2</translation>
    </message>
    <message>
        <source>%1 holds %2 objects; the plan expected %3.</source>
        <translation>%1 contiene %2 objetos; el plan preveía %3.</translation>
    </message>
    <message>
        <source>Restore finished.</source>
        <translation>Restauración finalizada.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has both a class-level vector and named vectors: it is created with the class-level vector first, and its named vectors are added right after.</source>
        <translation>«%1» tiene a la vez un vector de nivel de clase y vectores con nombre: primero se crea con el vector de nivel de clase y justo después se añaden sus vectores con nombre.</translation>
    </message>
    <message>
        <source>The batch size must be between 1 and %L1 objects, not %L2.</source>
        <translation>El tamaño de lote debe estar entre 1 y %L1 objetos, no %L2.</translation>
    </message>
    <message>
        <source>Nested property &quot;%1&quot; of &quot;%2&quot; exists only in the archive. The server cannot add it to the existing object property, and refuses objects that carry it.</source>
        <translation>La propiedad anidada «%1» de «%2» solo existe en el archivo. El servidor no puede añadirla a la propiedad de objeto existente y rechaza los objetos que la contienen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has both a class-level vector and named vectors. Weaviate %2 cannot create such a collection; version 1.31 or later can.</source>
        <translation>«%1» tiene a la vez un vector de nivel de clase y vectores con nombre. Weaviate %2 no puede crear una colección así; la versión 1.31 o posterior sí puede.</translation>
    </message>
    <message>
        <source>Reading the archive</source>
        <translation>Leyendo el archivo</translation>
    </message>
    <message>
        <source>Creating collections</source>
        <translation>Creando colecciones</translation>
    </message>
    <message>
        <source>Creating tenants</source>
        <translation>Creando inquilinos</translation>
    </message>
    <message>
        <source>Importing objects</source>
        <translation>Importando objetos</translation>
    </message>
    <message>
        <source>Adding references</source>
        <translation>Añadiendo referencias</translation>
    </message>
    <message>
        <source>Verifying counts</source>
        <translation>Verificando los recuentos</translation>
    </message>
    <message>
        <source>Setting tenant statuses</source>
        <translation>Estableciendo el estado de los inquilinos</translation>
    </message>
    <message>
        <source>Checking the parameters</source>
        <translation>Comprobando los parámetros</translation>
    </message>
    <message>
        <source>Reading the target</source>
        <translation>Leyendo el destino</translation>
    </message>
    <message>
        <source>Selecting collections</source>
        <translation>Seleccionando colecciones</translation>
    </message>
    <message>
        <source>Comparing collections</source>
        <translation>Comparando colecciones</translation>
    </message>
    <message>
        <source>Counting objects</source>
        <translation>Contando objetos</translation>
    </message>
    <message>
        <source>Checking vector lengths</source>
        <translation>Comprobando la longitud de los vectores</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be renamed: it is not on the source server.</source>
        <translation>No se puede cambiar el nombre de «%1»: no está en el servidor de origen.</translation>
    </message>
    <message>
        <source>Creation and update times are set by the target server; the source&apos;s times cannot be copied.</source>
        <translation>El servidor de destino establece las fechas de creación y de actualización; las fechas del origen no se pueden copiar.</translation>
    </message>
    <message>
        <source>Weaviate %1 has no collection aliases (they arrived in 1.32), so alias &quot;%2&quot; cannot be switched.</source>
        <translation>Weaviate %1 no tiene alias de colecciones (llegaron en 1.32), así que no se puede cambiar el alias «%2».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln alias(es) cannot be restored: Weaviate %1 has no collection aliases (they arrived in 1.32). --aliases skip restores without them.</source>
        <translation>
            <numerusform>No se puede restaurar %Ln alias: Weaviate %1 no tiene alias de colecciones (llegaron en 1.32). --aliases skip restaura sin ellos.</numerusform>
            <numerusform>No se pueden restaurar %Ln alias: Weaviate %1 no tiene alias de colecciones (llegaron en 1.32). --aliases skip restaura sin ellos.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a collection on the target, not an alias, so --swap-alias cannot switch it. Give an alias name: clients that read through an alias can be switched, clients that use the collection&apos;s own name cannot.</source>
        <translation>«%1» es una colección en el destino, no un alias, así que --swap-alias no puede cambiarla. Indique un nombre de alias: los clientes que leen a través de un alias se pueden cambiar; los que usan el nombre propio de la colección, no.</translation>
    </message>
    <message>
        <source>Alias &quot;%1&quot; cannot be restored: the target has a collection of that name.</source>
        <translation>No se puede restaurar el alias «%1»: el destino tiene una colección con ese nombre.</translation>
    </message>
    <message>
        <source>Alias &quot;%1&quot; exists on the target and points at &quot;%2&quot;, not at &quot;%3&quot;. --move-aliases points it at &quot;%3&quot;; --aliases skip leaves it alone.</source>
        <translation>El alias «%1» existe en el destino y apunta a «%2», no a «%3». --move-aliases lo hace apuntar a «%3»; --aliases skip lo deja como está.</translation>
    </message>
    <message>
        <source>Alias &quot;%1&quot; was created on the target while the restore ran and points elsewhere; it was left as it is.</source>
        <translation>El alias «%1» se creó en el destino durante la restauración y apunta a otro sitio; se dejó como estaba.</translation>
    </message>
    <message>
        <source>Alias &quot;%1&quot; was not switched to &quot;%2&quot;: the restore is incomplete. It still points where it did.</source>
        <translation>El alias «%1» no se cambió a «%2»: la restauración está incompleta. Sigue apuntando adonde apuntaba.</translation>
    </message>
    <message>
        <source>Setting aliases</source>
        <translation>Configurando los alias</translation>
    </message>
    <message>
        <source>The target&apos;s aliases could not be read, so names are not checked against them: %1</source>
        <translation>No se pudieron leer los alias del destino, así que los nombres no se comprueban con ellos: %1</translation>
    </message>
    <message>
        <source>An alias is switched only by a side-by-side restore (--as-new).</source>
        <translation>Un alias solo se cambia con una restauración junto a la existente (--as-new).</translation>
    </message>
    <message numerus="yes">
        <source>A side-by-side restore (--as-new) restores one collection; %Ln were chosen.</source>
        <translation>
            <numerusform>Una restauración junto a la existente (--as-new) restaura una colección; se eligió %Ln.</numerusform>
            <numerusform>Una restauración junto a la existente (--as-new) restaura una colección; se eligieron %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>A side-by-side restore (--as-new) creates a new collection, so it takes no --mode.</source>
        <translation>Una restauración junto a la existente (--as-new) crea una colección nueva, así que no admite --mode.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an alias on the target: the restore writes into &quot;%2&quot;, the collection it points at.</source>
        <translation>«%1» es un alias en el destino: la restauración escribe en «%2», la colección a la que apunta.</translation>
    </message>
    <message>
        <source>A vectorizer is chosen only for objects written without their vectors (--vectors omit).</source>
        <translation>Solo se elige un vectorizador para los objetos que se escriben sin sus vectores (--vectors omit).</translation>
    </message>
    <message>
        <source>The target has no module &quot;%1&quot;; it has no modules enabled at all.</source>
        <translation>El destino no tiene el módulo «%1»; de hecho, no tiene ningún módulo habilitado.</translation>
    </message>
    <message>
        <source>The target has no module &quot;%1&quot;; its modules are: %2.</source>
        <translation>El destino no tiene el módulo «%1»; sus módulos son: %2.</translation>
    </message>
    <message>
        <source>No collection in the plan has a named vector &quot;%1&quot;; check the name given to --vectorizer.</source>
        <translation>Ninguna colección del plan tiene un vector con nombre «%1»; compruebe el nombre indicado en --vectorizer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists on the target and keeps its own vectorizers, not the ones chosen; they compute the vectors of the objects written.</source>
        <translation>«%1» existe en el destino y conserva sus propios vectorizadores, no los elegidos; son ellos los que calculan los vectores de los objetos escritos.</translation>
    </message>
    <message>
        <source>The objects of &quot;%1&quot; are written without vectors and no module computes them: the collection will have no vectors.</source>
        <translation>Los objetos de «%1» se escriben sin vectores y ningún módulo los calcula: la colección no tendrá vectores.</translation>
    </message>
    <message>
        <source>The multi-vector &quot;%2&quot; of &quot;%1&quot; is omitted: no multi-vector module was chosen for it, so the collection will have no &quot;%2&quot; vectors.</source>
        <translation>Se omite el multivector «%2» de «%1»: no se eligió ningún módulo multivector para él, así que la colección no tendrá vectores «%2».</translation>
    </message>
    <message>
        <source>The objects of &quot;%1&quot; are written without the vector &quot;%2&quot; and no module computes it: the collection will have no &quot;%2&quot; vectors.</source>
        <translation>Los objetos de «%1» se escriben sin el vector «%2» y ningún módulo lo calcula: la colección no tendrá vectores «%2».</translation>
    </message>
    <message numerus="yes">
        <source>After the switch, clients that read through alias &quot;%1&quot; no longer reach %Ln tenant(s) of &quot;%2&quot; that &quot;%3&quot; will not have: %4.</source>
        <extracomment>%1 alias, %2 the collection it points at now, %3 the new collection, %4 a list of tenants</extracomment>
        <translation>
            <numerusform>Tras el cambio, los clientes que leen a través del alias «%1» ya no podrán acceder a %Ln inquilino de «%2» que «%3» no tendrá: %4.</numerusform>
            <numerusform>Tras el cambio, los clientes que leen a través del alias «%1» ya no podrán acceder a %Ln inquilinos de «%2» que «%3» no tendrá: %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refers to %2, which is neither copied nor on the target: its references will point at nothing until %2 exists there.</source>
        <extracomment>%1 collection.property, %2 the collection it refers to</extracomment>
        <translation>%1 hace referencia a %2, que ni se copia ni está en el destino: sus referencias no apuntarán a nada hasta que %2 exista allí.</translation>
    </message>
    <message>
        <source>%1 refers to %2, which is neither restored nor on the target: its references will point at nothing until %2 exists there.</source>
        <translation>%1 hace referencia a %2, que ni se restaura ni está en el destino: sus referencias no apuntarán a nada hasta que %2 exista allí.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other tenant(s)</source>
        <translation>
            <numerusform>%Ln inquilino más</numerusform>
            <numerusform>%Ln inquilinos más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be added to the existing collection: it refers to %2, which is not on the target, and Weaviate refuses such a property. Include %2, or create it on the target first.</source>
        <extracomment>%1 collection.property, %2 the collection it refers to</extracomment>
        <translation>No se puede añadir %1 a la colección existente: hace referencia a %2, que no está en el destino, y Weaviate rechaza una propiedad así. Incluya %2 o créela primero en el destino.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>one of the last archives</source>
        <translation>uno de los últimos archivos</translation>
    </message>
    <message>
        <source>oldest hourly archive</source>
        <translation>archivo horario más antiguo</translation>
    </message>
    <message>
        <source>hourly archive</source>
        <translation>archivo horario</translation>
    </message>
    <message>
        <source>oldest daily archive</source>
        <translation>archivo diario más antiguo</translation>
    </message>
    <message>
        <source>daily archive</source>
        <translation>archivo diario</translation>
    </message>
    <message>
        <source>oldest weekly archive</source>
        <translation>archivo semanal más antiguo</translation>
    </message>
    <message>
        <source>weekly archive</source>
        <translation>archivo semanal</translation>
    </message>
    <message>
        <source>oldest monthly archive</source>
        <translation>archivo mensual más antiguo</translation>
    </message>
    <message>
        <source>monthly archive</source>
        <translation>archivo mensual</translation>
    </message>
    <message>
        <source>oldest yearly archive</source>
        <translation>archivo anual más antiguo</translation>
    </message>
    <message>
        <source>yearly archive</source>
        <translation>archivo anual</translation>
    </message>
    <message>
        <source>newest archive</source>
        <translation>archivo más reciente</translation>
    </message>
    <message>
        <source>just written and verified</source>
        <translation>recién escrito y verificado</translation>
    </message>
</context>
<context>
    <name>S3ArchiveDevice</name>
    <message>
        <source>The object at %1 was replaced while it was being read.</source>
        <extracomment>%1 is an S3 location, s3://BUCKET/KEY</extracomment>
        <translation>El objeto en %1 se reemplazó mientras se leía.</translation>
    </message>
    <message>
        <source>The S3 server sent no data for %1.</source>
        <extracomment>%1 is an S3 location, s3://BUCKET/KEY</extracomment>
        <translation>El servidor S3 no envió datos de %1.</translation>
    </message>
    <message>
        <source>The S3 object is not open.</source>
        <translation>El objeto S3 no está abierto.</translation>
    </message>
</context>
<context>
    <name>S3ArchiveUpload</name>
    <message>
        <source>The archive is larger than an S3 multipart upload can hold (%1).</source>
        <extracomment>%1 is a size, e.g. 359 GiB</extracomment>
        <translation>El archivo es mayor de lo que admite una carga multiparte de S3 (%1).</translation>
    </message>
</context>
<context>
    <name>S3Client</name>
    <message>
        <source>Could not connect to the S3 server at %1: the connection was refused.</source>
        <translation>No se pudo conectar con el servidor S3 en %1: se rechazó la conexión.</translation>
    </message>
    <message>
        <source>The S3 server name in %1 could not be found.</source>
        <translation>No se encontró el nombre del servidor S3 indicado en %1.</translation>
    </message>
    <message>
        <source>The S3 server at %1 did not answer in time.</source>
        <translation>El servidor S3 en %1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The secure connection to the S3 server at %1 failed: its certificate is not trusted.</source>
        <translation>Falló la conexión segura con el servidor S3 en %1: su certificado no es de confianza.</translation>
    </message>
    <message>
        <source>The connection to the S3 server at %1 failed.</source>
        <translation>Falló la conexión con el servidor S3 en %1.</translation>
    </message>
    <message>
        <source>The S3 bucket &quot;%1&quot; does not exist at %2.</source>
        <translation>El bucket S3 «%1» no existe en %2.</translation>
    </message>
    <message>
        <source>There is no object at %1.</source>
        <translation>No hay ningún objeto en %1.</translation>
    </message>
    <message>
        <source>The multipart upload to %1 no longer exists on the S3 server.</source>
        <translation>La carga multiparte a %1 ya no existe en el servidor S3.</translation>
    </message>
    <message>
        <source>The S3 server does not know the access key ID %1.</source>
        <translation>El servidor S3 no conoce el ID de clave de acceso %1.</translation>
    </message>
    <message>
        <source>The S3 server denied the access key ID %1 access to %2.</source>
        <translation>El servidor S3 denegó al ID de clave de acceso %1 el acceso a %2.</translation>
    </message>
    <message>
        <source>The S3 session token has expired: get new temporary credentials.</source>
        <translation>El token de sesión de S3 ha caducado: obtenga nuevas credenciales temporales.</translation>
    </message>
    <message>
        <source>The S3 server rejected the session token (AWS_SESSION_TOKEN).</source>
        <translation>El servidor S3 rechazó el token de sesión (AWS_SESSION_TOKEN).</translation>
    </message>
    <message>
        <source>The S3 server rejected the request because this computer&apos;s clock is wrong.</source>
        <translation>El servidor S3 rechazó la solicitud porque el reloj de este equipo no es correcto.</translation>
    </message>
    <message>
        <source>The S3 bucket &quot;%1&quot; is not in the region %2: set its region (AWS_REGION).</source>
        <translation>El bucket S3 «%1» no está en la región %2: indique su región (AWS_REGION).</translation>
    </message>
    <message>
        <source>The byte range asked for lies outside the object at %1.</source>
        <translation>El rango de bytes pedido queda fuera del objeto en %1.</translation>
    </message>
    <message>
        <source>A part of the multipart upload to %1 is smaller than the S3 server&apos;s minimum part size.</source>
        <translation>Una parte de la carga multiparte a %1 es menor que el tamaño mínimo de parte del servidor S3.</translation>
    </message>
    <message>
        <source>The S3 server does not have the parts listed for the upload to %1.</source>
        <translation>El servidor S3 no tiene las partes indicadas para la carga a %1.</translation>
    </message>
    <message>
        <source>The S3 server failed with HTTP status %1.</source>
        <translation>El servidor S3 falló con el estado HTTP %1.</translation>
    </message>
    <message>
        <source>The S3 server refused the request with error %1 (HTTP status %2).</source>
        <extracomment>%1 is S3&apos;s error code (e.g. InvalidArgument), %2 an HTTP status.</extracomment>
        <translation>El servidor S3 rechazó la solicitud con el error %1 (estado HTTP %2).</translation>
    </message>
    <message>
        <source>The S3 server refused the request (HTTP status %1).</source>
        <translation>El servidor S3 rechazó la solicitud (estado HTTP %1).</translation>
    </message>
    <message>
        <source>The S3 server sent more bytes of %1 than were asked for.</source>
        <translation>El servidor S3 envió más bytes de %1 de los pedidos.</translation>
    </message>
    <message>
        <source>The S3 server sent a listing of bucket &quot;%1&quot; that is not valid.</source>
        <translation>El servidor S3 envió un listado del bucket «%1» que no es válido.</translation>
    </message>
    <message>
        <source>The S3 server did not start the multipart upload to %1.</source>
        <translation>El servidor S3 no inició la carga multiparte a %1.</translation>
    </message>
    <message>
        <source>The S3 server did not confirm part %1 of the upload to %2.</source>
        <translation>El servidor S3 no confirmó la parte %1 de la carga a %2.</translation>
    </message>
    <message>
        <source>The S3 server sent a list of uploads in bucket &quot;%1&quot; that is not valid.</source>
        <translation>El servidor S3 envió una lista de cargas del bucket «%1» que no es válida.</translation>
    </message>
    <message>
        <source>The S3 server at %1 rejected the request: the secret access key of %2 is wrong.</source>
        <extracomment>%1 is the S3 server&apos;s address, %2 an access key ID</extracomment>
        <translation>El servidor S3 en %1 rechazó la solicitud: la clave de acceso secreta de %2 es incorrecta.</translation>
    </message>
</context>
<context>
    <name>S3Credentials</name>
    <message>
        <source>The AWS profile &quot;%1&quot; is in neither %2 nor %3.</source>
        <translation>El perfil de AWS «%1» no está ni en %2 ni en %3.</translation>
    </message>
    <message>
        <source>An S3 secret access key was given without its access key ID.</source>
        <translation>Se indicó una clave de acceso secreta de S3 sin su ID de clave de acceso.</translation>
    </message>
    <message>
        <source>An S3 access key ID was given without its secret access key.</source>
        <translation>Se indicó un ID de clave de acceso de S3 sin su clave de acceso secreta.</translation>
    </message>
    <message>
        <source>AWS_SECRET_ACCESS_KEY is set, but AWS_ACCESS_KEY_ID is not.</source>
        <translation>AWS_SECRET_ACCESS_KEY está definida, pero AWS_ACCESS_KEY_ID no.</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID is set, but AWS_SECRET_ACCESS_KEY is not.</source>
        <translation>AWS_ACCESS_KEY_ID está definida, pero AWS_SECRET_ACCESS_KEY no.</translation>
    </message>
    <message>
        <source>No S3 credentials were found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE to a profile of ~/.aws/credentials.</source>
        <translation>No se encontraron credenciales de S3: defina AWS_ACCESS_KEY_ID y AWS_SECRET_ACCESS_KEY, o AWS_PROFILE con un perfil de ~/.aws/credentials.</translation>
    </message>
    <message>
        <source>No S3 credentials were found: the AWS profile &quot;%1&quot; is in neither ~/.aws/credentials nor ~/.aws/config.</source>
        <translation>No se encontraron credenciales de S3: el perfil de AWS «%1» no está ni en ~/.aws/credentials ni en ~/.aws/config.</translation>
    </message>
    <message>
        <source>The AWS profile &quot;%1&quot; has no %2.</source>
        <extracomment>%1 is a profile name, %2 the missing setting (aws_access_key_id or aws_secret_access_key).</extracomment>
        <translation>El perfil de AWS «%1» no tiene %2.</translation>
    </message>
    <message>
        <source>No AWS region is set: set AWS_REGION, or a region in the profile of ~/.aws/config.</source>
        <translation>No hay ninguna región de AWS definida: defina AWS_REGION o una región en el perfil de ~/.aws/config.</translation>
    </message>
    <message>
        <source>The S3 endpoint &quot;%1&quot; is not an http:// or https:// address of a server.</source>
        <translation>El punto de conexión S3 «%1» no es una dirección http:// o https:// de un servidor.</translation>
    </message>
</context>
<context>
    <name>S3Location</name>
    <message>
        <source>&quot;%1&quot; is not an S3 location: it must start with s3://, as in s3://bucket/key.</source>
        <translation>«%1» no es una ubicación S3: debe empezar por s3://, como en s3://bucket/key.</translation>
    </message>
    <message>
        <source>The S3 location &quot;%1&quot; names no bucket: write it as s3://bucket/key.</source>
        <translation>La ubicación S3 «%1» no indica ningún bucket: escríbala como s3://bucket/key.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid S3 bucket name: it must be 3 to 63 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit.</source>
        <translation>«%1» no es un nombre de bucket S3 válido: debe tener de 3 a 63 letras minúsculas, dígitos, puntos o guiones, y empezar y terminar con una letra o un dígito.</translation>
    </message>
    <message>
        <source>The S3 location &quot;%1&quot; names no object: add its key, as in s3://%2/backup.tar.zst.</source>
        <translation>La ubicación S3 «%1» no indica ningún objeto: añada su clave, como en s3://%2/backup.tar.zst.</translation>
    </message>
    <message>
        <source>The S3 key in &quot;%1&quot; is longer than 1024 bytes.</source>
        <translation>La clave S3 de «%1» supera los 1024 bytes.</translation>
    </message>
</context>
<context>
    <name>S3Options</name>
    <message>
        <source>The S3-compatible server of s3:// archives, e.g. http://127.0.0.1:9000 (default: AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL, else AWS).</source>
        <translation>El servidor compatible con S3 de los archivos s3://, p. ej., http://127.0.0.1:9000 (predeterminado: AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL o, si no, AWS).</translation>
    </message>
    <message>
        <source>The region of s3:// archives (default: AWS_REGION, else the profile&apos;s).</source>
        <translation>La región de los archivos s3:// (predeterminada: AWS_REGION o, si no, la del perfil).</translation>
    </message>
    <message>
        <source>The profile in ~/.aws/credentials and ~/.aws/config for s3:// archives (default: AWS_PROFILE).</source>
        <translation>El perfil de ~/.aws/credentials y ~/.aws/config para los archivos s3:// (predeterminado: AWS_PROFILE).</translation>
    </message>
    <message>
        <source>Address s3:// archives as ENDPOINT/BUCKET/KEY, as most self-hosted servers want (automatic for an IP address or localhost).</source>
        <translation>Direcciona los archivos s3:// como ENDPOINT/BUCKET/KEY, como requieren la mayoría de los servidores autoalojados (automático para una dirección IP o localhost).</translation>
    </message>
</context>
<context>
    <name>SchemaClient</name>
    <message>
        <source>The connection failed while collection &quot;%1&quot; was being created, and the server now holds a collection of that name that differs from it.</source>
        <translation>La conexión falló mientras se creaba la colección «%1», y el servidor tiene ahora una colección con ese nombre que es distinta.</translation>
    </message>
    <message>
        <source>The connection failed while property &quot;%1&quot; was being added to &quot;%2&quot;, and the server now holds a property of that name with another data type.</source>
        <translation>La conexión falló mientras se añadía la propiedad «%1» a «%2», y el servidor tiene ahora una propiedad con ese nombre y otro tipo de datos.</translation>
    </message>
</context>
<context>
    <name>SegmentWriter</name>
    <message>
        <source>An object of the collection &quot;%1&quot; cannot be written to the archive.</source>
        <translation>Un objeto de la colección «%1» no se puede escribir en el archivo.</translation>
    </message>
</context>
<context>
    <name>ServerSource</name>
    <message>
        <source>Reading the source server</source>
        <translation>Leyendo el servidor de origen</translation>
    </message>
    <message>
        <source>The source server sent an object of %1 whose references are not valid.</source>
        <translation>El servidor de origen envió un objeto de %1 cuyas referencias no son válidas.</translation>
    </message>
</context>
<context>
    <name>StorageProfile</name>
    <message>
        <source>The S3 keys are not shown. The command takes them from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or add --s3-profile NAME for a profile in ~/.aws/credentials.</source>
        <translation>Las claves S3 no se muestran. El comando las toma de AWS_ACCESS_KEY_ID y AWS_SECRET_ACCESS_KEY; o bien añada --s3-profile NAME para usar un perfil de ~/.aws/credentials.</translation>
    </message>
    <message>
        <source>The secret key of the storage profile %1 could not be read from the keychain (%2). Enter it again under File → Storage Profiles…; without a keychain it is kept until Colvault quits.</source>
        <extracomment>%1 a storage profile&apos;s name, %2 the keychain&apos;s own message</extracomment>
        <translation>No se pudo leer del llavero la clave de acceso secreta del perfil de almacenamiento %1 (%2). Vuelva a introducirla en Archivo → Perfiles de almacenamiento…; sin llavero, se conserva hasta que se cierre Colvault.</translation>
    </message>
</context>
<context>
    <name>TenantSelection</name>
    <message>
        <source>&quot;%1&quot; is neither a tenant name nor a pattern of them (letters, digits, _ and -, with *, ? and [...]).</source>
        <translation>«%1» no es ni un nombre de inquilino ni un patrón de ellos (letras, dígitos, _ y -, con *, ? y [...]).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s) not found in &quot;%1&quot;: %2.</source>
        <translation>
            <numerusform>%Ln inquilino no encontrado en «%1»: %2.</numerusform>
            <numerusform>%Ln inquilinos no encontrados en «%1»: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s) not found in the archive&apos;s &quot;%1&quot;: %2.</source>
        <translation>
            <numerusform>%Ln inquilino no encontrado en «%1» del archivo: %2.</numerusform>
            <numerusform>%Ln inquilinos no encontrados en «%1» del archivo: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pattern(s) match no tenant of &quot;%1&quot;: %2.</source>
        <translation>
            <numerusform>%Ln patrón no coincide con ningún inquilino de «%1»: %2.</numerusform>
            <numerusform>%Ln patrones no coinciden con ningún inquilino de «%1»: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pattern(s) match no tenant of the archive&apos;s &quot;%1&quot;: %2.</source>
        <translation>
            <numerusform>%Ln patrón no coincide con ningún inquilino de «%1» del archivo: %2.</numerusform>
            <numerusform>%Ln patrones no coinciden con ningún inquilino de «%1» del archivo: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantStatusGuard</name>
    <message>
        <source>The tenant statuses of %1 could not be put back: %2 %3</source>
        <translation>No se pudo restablecer el estado de los inquilinos de %1: %2 %3</translation>
    </message>
</context>
<context>
    <name>VectorCodec</name>
    <message>
        <source>An object has a vector that cannot be stored.</source>
        <translation>Un objeto tiene un vector que no se puede almacenar.</translation>
    </message>
    <message>
        <source>The vector data of the archive is damaged.</source>
        <translation>Los datos de vectores del archivo están dañados.</translation>
    </message>
    <message>
        <source>The vector data was written by a newer or unknown version of Colvault.</source>
        <translation>Los datos de vectores se escribieron con una versión más reciente o desconocida de Colvault.</translation>
    </message>
</context>
<context>
    <name>VectorShapeCheck</name>
    <message>
        <source>The vector &quot;%2&quot; of &quot;%1&quot; has length %3 on the target but %4 in the archive; the server refuses vectors of another length, so restore this collection under another name or replace it.</source>
        <extracomment>%1 collection, %2 vector name (&quot;default&quot; for the class-level vector), %3 and %4 vector lengths</extracomment>
        <translation>El vector «%2» de «%1» tiene longitud %3 en el destino pero %4 en el archivo; el servidor rechaza vectores de otra longitud, así que restaure esta colección con otro nombre o reemplácela.</translation>
    </message>
    <message>
        <source>The vector &quot;%2&quot; of tenant &quot;%5&quot; of &quot;%1&quot; has length %3 on the target but %4 in the archive; the server refuses vectors of another length, so restore this collection under another name or replace it.</source>
        <extracomment>%1 collection, %2 vector name (&quot;default&quot; for the class-level vector), %3 and %4 vector lengths, %5 tenant</extracomment>
        <translation>El vector «%2» del inquilino «%5» de «%1» tiene longitud %3 en el destino pero %4 en el archivo; el servidor rechaza vectores de otra longitud, así que restaure esta colección con otro nombre o reemplácela.</translation>
    </message>
</context>
<context>
    <name>WeaviateClient</name>
    <message>
        <source>The CA file &quot;%1&quot; holds no PEM certificate.</source>
        <translation>El archivo de CA «%1» no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused. Is Weaviate running there?</source>
        <translation>No se pudo conectar con %1: se rechazó la conexión. ¿Se está ejecutando Weaviate allí?</translation>
    </message>
    <message>
        <source>The server name in %1 could not be found.</source>
        <translation>No se encontró el nombre del servidor indicado en %1.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation>El servidor en %1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted.</source>
        <translation>Falló la conexión segura con %1: su certificado no es de confianza.</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>Falló la conexión con %1.</translation>
    </message>
    <message>
        <source>The server requires an API key.</source>
        <translation>El servidor requiere una clave de API.</translation>
    </message>
    <message>
        <source>The server rejected the API key.</source>
        <translation>El servidor rechazó la clave de API.</translation>
    </message>
    <message>
        <source>The API key is not allowed to do this on the server.</source>
        <translation>La clave de API no tiene permiso para hacer esto en el servidor.</translation>
    </message>
    <message>
        <source>The server has no such collection or object.</source>
        <translation>Esa colección u objeto no existe en el servidor.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; is not active, so its objects cannot be read or written.</source>
        <translation>El inquilino «%1» no está activo, así que sus objetos no se pueden leer ni escribir.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; does not exist.</source>
        <translation>El inquilino «%1» no existe.</translation>
    </message>
    <message>
        <source>The server failed with HTTP status %1.</source>
        <translation>El servidor falló con el estado HTTP %1.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP status %1).</source>
        <translation>El servidor rechazó la solicitud (estado HTTP %1).</translation>
    </message>
    <message>
        <source>The server sent a schema that is not valid JSON.</source>
        <translation>El servidor envió un esquema que no es JSON válido.</translation>
    </message>
    <message>
        <source>Collection &quot;%1&quot; does not exist on the server.</source>
        <translation>La colección «%1» no existe en el servidor.</translation>
    </message>
    <message>
        <source>The server sent a tenant list for &quot;%1&quot; that is not valid JSON.</source>
        <translation>El servidor envió una lista de inquilinos de «%1» que no es JSON válido.</translation>
    </message>
    <message>
        <source>The server could not answer a GraphQL query.</source>
        <translation>El servidor no pudo responder a una consulta GraphQL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid collection or tenant name.</source>
        <translation>«%1» no es un nombre de colección o de inquilino válido.</translation>
    </message>
    <message>
        <source>The server at %1 redirected the request to another address, %2. Colvault follows redirects only within the same server, so that the API key is never sent elsewhere; use that address as the server URL if you trust it.</source>
        <extracomment>%1 is the server&apos;s URL, %2 the address it redirected to.</extracomment>
        <translation>El servidor en %1 redirigió la petición a otra dirección, %2. Colvault solo sigue redirecciones dentro del mismo servidor, para que la clave de API nunca se envíe a otro sitio; use esa dirección como URL del servidor si confía en ella.</translation>
    </message>
    <message>
        <source>The server at %1 redirected the request more than %2 times.</source>
        <translation>El servidor en %1 redirigió la petición más de %2 veces.</translation>
    </message>
    <message>
        <source>The server at %1 is not a Weaviate API: it has no Weaviate /v1/meta. Check the URL and the port.</source>
        <translation>El servidor en %1 no es una API de Weaviate: no tiene el /v1/meta de Weaviate. Compruebe la URL y el puerto.</translation>
    </message>
    <message>
        <source>The server sent a list of objects that is not valid JSON.</source>
        <translation>El servidor envió una lista de objetos que no es JSON válido.</translation>
    </message>
    <message>
        <source>The server answered a count without a number.</source>
        <translation>El servidor respondió a un recuento sin número.</translation>
    </message>
    <message>
        <source>The server at %1 has GraphQL switched off, and its gRPC API at %2 cannot be reached, so Colvault cannot count objects. Give its gRPC address in the connection profile, or with --grpc-url.</source>
        <translation>El servidor en %1 tiene GraphQL desactivado y su API gRPC en %2 no es accesible, así que Colvault no puede contar objetos. Indique su dirección gRPC en el perfil de conexión o con --grpc-url.</translation>
    </message>
    <message>
        <source>Could not connect to the proxy at %1: the connection was refused.</source>
        <translation>No se pudo conectar con el proxy en %1: se rechazó la conexión.</translation>
    </message>
    <message>
        <source>The name of the proxy %1, or of the server %2, could not be found.</source>
        <translation>No se encontró el nombre del proxy %1 o del servidor %2.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be set up.</source>
        <translation>No se pudo establecer la conexión segura con %1.</translation>
    </message>
    <message>
        <source>The proxy at %1 requires a user name and password.</source>
        <translation>El proxy en %1 requiere nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <source>The proxy at %1 refused the user name or password.</source>
        <translation>El proxy en %1 rechazó el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
        <source>The proxy at %1 would not connect to %2.</source>
        <translation>El proxy en %1 no quiso conectar con %2.</translation>
    </message>
    <message>
        <source>Objects are to travel over gRPC, but Weaviate&apos;s gRPC API at %1 cannot be reached.</source>
        <translation>Los objetos deben transferirse por gRPC, pero no se puede acceder a la API gRPC de Weaviate en %1.</translation>
    </message>
</context>
<context>
    <name>WeaviateGrpc</name>
    <message>
        <source>The CA file &quot;%1&quot; cannot be read.</source>
        <translation>No se puede leer el archivo de CA «%1».</translation>
    </message>
    <message>
        <source>Weaviate&apos;s gRPC API at %1 cannot be reached.</source>
        <translation>No se puede acceder a la API gRPC de Weaviate en %1.</translation>
    </message>
    <message>
        <source>The gRPC API at %1 does not offer this call.</source>
        <translation>La API gRPC en %1 no ofrece esta llamada.</translation>
    </message>
    <message>
        <source>The server refused the gRPC request (%1).</source>
        <translation>El servidor rechazó la petición gRPC (%1).</translation>
    </message>
    <message>
        <source>The gRPC API at %1 answered a count without a number.</source>
        <translation>La API gRPC en %1 respondió a un recuento sin número.</translation>
    </message>
</context>
</TS>
