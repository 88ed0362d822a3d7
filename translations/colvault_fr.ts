<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AliasClient</name>
    <message>
        <source>Weaviate %1 has no collection aliases: they arrived in Weaviate 1.32.</source>
        <translation>Weaviate %1 ne gère pas les alias de collection&#xa0;: ils sont apparus dans Weaviate 1.32.</translation>
    </message>
    <message>
        <source>The server has no alias &quot;%1&quot;.</source>
        <translation>Le serveur n&apos;a pas d&apos;alias «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The server sent a list of aliases that is not a list.</source>
        <translation>Le serveur a envoyé une liste d&apos;alias qui n&apos;est pas une liste.</translation>
    </message>
    <message>
        <source>The server sent an alias without a name or collection.</source>
        <translation>Le serveur a envoyé un alias sans nom ou sans collection.</translation>
    </message>
    <message>
        <source>The alias &quot;%1&quot; exists already and points at &quot;%2&quot;.</source>
        <translation>L&apos;alias «&#xa0;%1&#xa0;» existe déjà et pointe vers «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a collection, so it cannot be an alias.</source>
        <translation>«&#xa0;%1&#xa0;» est le nom d&apos;une collection&#xa0;: il ne peut donc pas être un alias.</translation>
    </message>
</context>
<context>
    <name>AliasCommand</name>
    <message>
        <source>The server has no aliases.</source>
        <translation>Le serveur n&apos;a aucun alias.</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <extracomment>%1 alias name, %2 the collection it points at</extracomment>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>The server has no collection &quot;%1&quot;.</source>
        <translation>Le serveur n&apos;a pas de collection «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Alias %1 points at %2 already.</source>
        <translation>L&apos;alias %1 pointe déjà vers %2.</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2 (it pointed at %3).</source>
        <extracomment>%1 alias, %2 the collection it points at now, %3 the one before</extracomment>
        <translation>L&apos;alias %1 pointe désormais vers %2 (il pointait vers %3).</translation>
    </message>
    <message>
        <source>Alias %1 created, pointing at %2.</source>
        <translation>Alias %1 créé, il pointe vers %2.</translation>
    </message>
    <message>
        <source>Alias %1 deleted; its collection is unchanged.</source>
        <translation>Alias %1 supprimé&#xa0;; sa collection reste inchangée.</translation>
    </message>
    <message>
        <source>&quot;alias list&quot; takes no arguments.</source>
        <translation>«&#xa0;alias list&#xa0;» n&apos;accepte aucun argument.</translation>
    </message>
    <message>
        <source>List, set and delete collection aliases (Weaviate 1.32 or later).</source>
        <translation>Liste, définit et supprime les alias de collection (Weaviate 1.32 ou ultérieur).</translation>
    </message>
    <message>
        <source>list, set NAME COLLECTION, or delete NAME.</source>
        <translation>list, set NAME COLLECTION ou delete NAME.</translation>
    </message>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>Affiche un unique rapport JSON, exploitable par une machine, sur la sortie standard.</translation>
    </message>
    <message>
        <source>Usage: colvault-cli alias list | set NAME COLLECTION | delete NAME.</source>
        <translation>Utilisation : colvault-cli alias list | set NAME COLLECTION | delete NAME.</translation>
    </message>
    <message>
        <source>Usage: colvault-cli alias set NAME COLLECTION.</source>
        <translation>Utilisation : colvault-cli alias set NAME COLLECTION.</translation>
    </message>
    <message>
        <source>Usage: colvault-cli alias delete NAME.</source>
        <translation>Utilisation : colvault-cli alias delete NAME.</translation>
    </message>
</context>
<context>
    <name>ArchiveCommands</name>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>Affiche un unique rapport JSON, exploitable par une machine, sur la sortie standard.</translation>
    </message>
    <message>
        <source>Give exactly one archive file.</source>
        <translation>Indiquez exactement un fichier d&apos;archive.</translation>
    </message>
    <message>
        <source>Show an archive&apos;s manifest, collections and tenants (reads only its head).</source>
        <translation>Affiche le manifeste, les collections et les locataires d&apos;une archive (seul son début est lu).</translation>
    </message>
    <message>
        <source>Archive: %1 (%2)</source>
        <translation>Archive&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Created: %1 by Colvault %2</source>
        <translation>Création&#xa0;: %1, par Colvault %2</translation>
    </message>
    <message>
        <source>Source: %1 (Weaviate %2)</source>
        <translation>Source&#xa0;: %1 (Weaviate %2)</translation>
    </message>
    <message>
        <source>Schema only: the archive holds no objects.</source>
        <translation>Schéma uniquement&#xa0;: l&apos;archive ne contient aucun objet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s):</source>
        <translation>
            <numerusform>%Ln collection&#xa0;:</numerusform>
            <numerusform>%Ln collections&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (multi-tenant, %Ln tenant(s))</source>
        <translation>
            <numerusform>%1 (multilocataire, %Ln locataire)</numerusform>
            <numerusform>%1 (multilocataire, %Ln locataires)</numerusform>
        </translation>
    </message>
    <message>
        <source>Read a whole archive and check every checksum, count and vector length.</source>
        <translation>Lit une archive en entier et vérifie chaque somme de contrôle, chaque décompte et chaque longueur de vecteur.</translation>
    </message>
    <message>
        <source>Verified %1 of %2</source>
        <extracomment>Progress of reading an archive: %1 bytes read so far, %2 the file size</extracomment>
        <translation>Vérifié&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The archive is incomplete: it has no valid trailer.</source>
        <translation>L&apos;archive est incomplète&#xa0;: elle n&apos;a pas de bloc de fin valide.</translation>
    </message>
    <message>
        <source>The archive is complete and intact: %1 entries, %2 objects.</source>
        <translation>L&apos;archive est complète et intacte&#xa0;: %1 entrées, %2 objets.</translation>
    </message>
    <message>
        <source>Show an archive&apos;s manifest, collections and tenants.</source>
        <translation>Affiche le manifeste, les collections et les locataires d&apos;une archive.</translation>
    </message>
    <message>
        <source>Check every checksum, count and vector length of an archive.</source>
        <translation>Vérifie chaque somme de contrôle, chaque décompte et chaque longueur de vecteur d&apos;une archive.</translation>
    </message>
    <message>
        <source>Encrypted with age to public keys (recipients).</source>
        <translation>Chiffrée avec age pour des clés publiques (destinataires).</translation>
    </message>
    <message>
        <source>Encrypted with age and a passphrase.</source>
        <translation>Chiffrée avec age et une phrase secrète.</translation>
    </message>
    <message>
        <source>The archive: a file or s3://BUCKET/KEY.</source>
        <translation>L&apos;archive&#xa0;: un fichier ou s3://BUCKET/KEY.</translation>
    </message>
    <message>
        <source>Aliases: not recorded (the archive is older than alias support).</source>
        <translation>Alias&#xa0;: non enregistrés (l&apos;archive est antérieure à la prise en charge des alias).</translation>
    </message>
    <message>
        <source>Aliases: none recorded, the source server had no aliases (Weaviate before 1.32).</source>
        <translation>Alias&#xa0;: aucun enregistré, le serveur source n&apos;avait pas d&apos;alias (Weaviate antérieur à 1.32).</translation>
    </message>
    <message>
        <source>Aliases: none.</source>
        <translation>Alias&#xa0;: aucun.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln alias(es):</source>
        <translation>
            <numerusform>%Ln alias&#xa0;:</numerusform>
            <numerusform>%Ln alias&#xa0;:</numerusform>
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
        <translation>Le fichier n&apos;est pas une archive Colvault.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; belongs to no collection of the manifest.</source>
        <translation>L&apos;entrée d&apos;archive «&#xa0;%1&#xa0;» n&apos;appartient à aucune collection du manifeste.</translation>
    </message>
    <message>
        <source>The archive has no class definition or tenant list for the collection &quot;%1&quot;.</source>
        <translation>L&apos;archive ne contient ni définition de classe ni liste de locataires pour la collection «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ArchiveJson</name>
    <message>
        <source>The archive entry &quot;%1&quot; is not valid.</source>
        <translation>L&apos;entrée d&apos;archive «&#xa0;%1&#xa0;» n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The file is not a Colvault archive.</source>
        <translation>Le fichier n&apos;est pas une archive Colvault.</translation>
    </message>
    <message>
        <source>The archive was written by a newer version of Colvault (format version %1). Update Colvault to read it.</source>
        <translation>L&apos;archive a été écrite par une version plus récente de Colvault (version de format %1). Mettez Colvault à jour pour la lire.</translation>
    </message>
</context>
<context>
    <name>ArchiveObjectReader</name>
    <message>
        <source>The archive entry &quot;%1&quot; is damaged.</source>
        <translation>L&apos;entrée d&apos;archive «&#xa0;%1&#xa0;» est endommagée.</translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <source>Cannot open the archive &quot;%1&quot;.</source>
        <translation>Impossible d&apos;ouvrir l&apos;archive «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot read the archive &quot;%1&quot;.</source>
        <translation>Impossible de lire l&apos;archive «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a Colvault archive or is damaged.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;est pas une archive Colvault ou il est endommagé.</translation>
    </message>
    <message>
        <source>The archive is not open.</source>
        <translation>L&apos;archive n&apos;est pas ouverte.</translation>
    </message>
    <message numerus="yes">
        <source>The archive &quot;%1&quot; is damaged or truncated after %Ln entries.</source>
        <translation>
            <numerusform>L&apos;archive «&#xa0;%1&#xa0;» est endommagée ou tronquée après %Ln entrée.</numerusform>
            <numerusform>L&apos;archive «&#xa0;%1&#xa0;» est endommagée ou tronquée après %Ln entrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive contains an entry whose name is not valid text.</source>
        <translation>L&apos;archive contient une entrée dont le nom n&apos;est pas un texte valide.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is not a regular file and was rejected.</source>
        <translation>L&apos;entrée d&apos;archive «&#xa0;%1&#xa0;» n&apos;est pas un fichier ordinaire et a été rejetée.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; has an unsafe name and was rejected.</source>
        <translation>L&apos;entrée d&apos;archive «&#xa0;%1&#xa0;» porte un nom dangereux et a été rejetée.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is sparse or encrypted and was rejected.</source>
        <translation>L&apos;entrée d&apos;archive «&#xa0;%1&#xa0;» est un fichier creux ou chiffré et a été rejetée.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; has no size and was rejected.</source>
        <translation>L&apos;entrée d&apos;archive «&#xa0;%1&#xa0;» n&apos;a pas de taille et a été rejetée.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is too large and was rejected.</source>
        <translation>L&apos;entrée d&apos;archive «&#xa0;%1&#xa0;» est trop volumineuse et a été rejetée.</translation>
    </message>
    <message>
        <source>The archive contains the entry &quot;%1&quot; more than once.</source>
        <translation>L&apos;archive contient plusieurs fois l&apos;entrée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The archive has too many entries.</source>
        <translation>L&apos;archive contient trop d&apos;entrées.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is damaged or truncated.</source>
        <translation>L&apos;entrée d&apos;archive «&#xa0;%1&#xa0;» est endommagée ou tronquée.</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted in age&apos;s ASCII armor, which Colvault does not read; decrypt it with age first.</source>
        <translation>L&apos;archive «&#xa0;%1&#xa0;» est chiffrée dans l&apos;armure ASCII d&apos;age, que Colvault ne lit pas&#xa0;; déchiffrez-la d&apos;abord avec age.</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted with a passphrase; give the passphrase to open it.</source>
        <translation>L&apos;archive «&#xa0;%1&#xa0;» est chiffrée avec une phrase secrète&#xa0;; indiquez la phrase secrète pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted; give an identity file that can decrypt it.</source>
        <translation>L&apos;archive «&#xa0;%1&#xa0;» est chiffrée&#xa0;; indiquez un fichier d&apos;identité capable de la déchiffrer.</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted with a passphrase, not to an identity; give the passphrase to open it.</source>
        <translation>L&apos;archive «&#xa0;%1&#xa0;» est chiffrée avec une phrase secrète, pas pour une identité&#xa0;; indiquez la phrase secrète pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted to public keys, not with a passphrase; give an identity file that can decrypt it.</source>
        <translation>L&apos;archive «&#xa0;%1&#xa0;» est chiffrée pour des clés publiques, pas avec une phrase secrète&#xa0;; indiquez un fichier d&apos;identité capable de la déchiffrer.</translation>
    </message>
    <message>
        <source>None of the given identities can decrypt the archive &quot;%1&quot;.</source>
        <translation>Aucune des identités indiquées ne peut déchiffrer l&apos;archive «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The passphrase does not decrypt the archive &quot;%1&quot;.</source>
        <translation>La phrase secrète ne déchiffre pas l&apos;archive «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; asks for more memory and time to check its passphrase than Colvault allows.</source>
        <translation>L&apos;archive «&#xa0;%1&#xa0;» demande plus de mémoire et de temps pour vérifier sa phrase secrète que Colvault ne le permet.</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted with a version of the age format that Colvault cannot read.</source>
        <translation>L&apos;archive «&#xa0;%1&#xa0;» est chiffrée avec une version du format age que Colvault ne sait pas lire.</translation>
    </message>
    <message>
        <source>The encrypted archive &quot;%1&quot; is truncated.</source>
        <translation>L&apos;archive chiffrée «&#xa0;%1&#xa0;» est tronquée.</translation>
    </message>
    <message>
        <source>The encrypted archive &quot;%1&quot; is damaged or was tampered with.</source>
        <translation>L&apos;archive chiffrée «&#xa0;%1&#xa0;» est endommagée ou a été altérée.</translation>
    </message>
    <message>
        <source>Cannot decrypt the archive &quot;%1&quot;.</source>
        <translation>Impossible de déchiffrer l&apos;archive «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ArchiveSink</name>
    <message>
        <source>Removed &quot;%1&quot;, an unfinished archive left by an earlier backup that was interrupted.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé&#xa0;: une archive inachevée laissée par une sauvegarde précédente interrompue.</translation>
    </message>
</context>
<context>
    <name>ArchiveTrailer</name>
    <message>
        <source>The archive is incomplete: its backup did not finish.</source>
        <translation>L&apos;archive est incomplète&#xa0;: sa sauvegarde ne s&apos;est pas terminée.</translation>
    </message>
</context>
<context>
    <name>ArchiveVerifier</name>
    <message>
        <source>The archive entry &quot;%1&quot; is not valid.</source>
        <translation>L&apos;entrée d&apos;archive «&#xa0;%1&#xa0;» n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; belongs to no collection of the manifest.</source>
        <translation>L&apos;entrée d&apos;archive «&#xa0;%1&#xa0;» n&apos;appartient à aucune collection du manifeste.</translation>
    </message>
    <message>
        <source>The object segment &quot;%1&quot; has no vector segment.</source>
        <translation>Le segment d&apos;objets «&#xa0;%1&#xa0;» n&apos;a pas de segment de vecteurs.</translation>
    </message>
    <message>
        <source>The vector segment &quot;%1&quot; does not follow its object segment.</source>
        <translation>Le segment de vecteurs «&#xa0;%1&#xa0;» ne suit pas son segment d&apos;objets.</translation>
    </message>
    <message>
        <source>The archive has no class definition or tenant list for the collection &quot;%1&quot;.</source>
        <translation>L&apos;archive ne contient ni définition de classe ni liste de locataires pour la collection «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The archive is incomplete: it has no valid trailer.</source>
        <translation>L&apos;archive est incomplète&#xa0;: elle n&apos;a pas de bloc de fin valide.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is not listed in the trailer.</source>
        <translation>L&apos;entrée d&apos;archive «&#xa0;%1&#xa0;» ne figure pas dans le bloc de fin.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; does not match its checksum.</source>
        <translation>L&apos;entrée d&apos;archive «&#xa0;%1&#xa0;» ne correspond pas à sa somme de contrôle.</translation>
    </message>
    <message>
        <source>The archive entries are not in the order the trailer lists.</source>
        <translation>Les entrées de l&apos;archive ne sont pas dans l&apos;ordre indiqué par le bloc de fin.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is missing.</source>
        <translation>L&apos;entrée d&apos;archive «&#xa0;%1&#xa0;» est manquante.</translation>
    </message>
    <message>
        <source>The object counts of &quot;%1&quot; do not match the trailer.</source>
        <translation>Les nombres d&apos;objets de «&#xa0;%1&#xa0;» ne correspondent pas au bloc de fin.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; comes after the trailer.</source>
        <translation>L&apos;entrée d&apos;archive «&#xa0;%1&#xa0;» se trouve après le bloc de fin.</translation>
    </message>
    <message>
        <source>The file is not a Colvault archive.</source>
        <translation>Le fichier n&apos;est pas une archive Colvault.</translation>
    </message>
    <message>
        <source>The archive contains the unexpected entry &quot;%1&quot;.</source>
        <translation>L&apos;archive contient l&apos;entrée inattendue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Verification stopped after %Ln problems.</source>
        <translation>
            <numerusform>Vérification interrompue après %Ln problème.</numerusform>
            <numerusform>Vérification interrompue après %Ln problèmes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveWriter</name>
    <message>
        <source>The compression level %1 is not supported for %2; use %3 to %4.</source>
        <translation>Le niveau de compression %1 n&apos;est pas pris en charge pour %2&#xa0;; choisissez une valeur de %3 à %4.</translation>
    </message>
    <message>
        <source>Cannot create the archive &quot;%1&quot;.</source>
        <translation>Impossible de créer l&apos;archive «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The archive is not open.</source>
        <translation>L&apos;archive n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; cannot be written.</source>
        <translation>Impossible d&apos;écrire l&apos;entrée d&apos;archive «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot write to the archive &quot;%1&quot;.</source>
        <translation>Impossible d&apos;écrire dans l&apos;archive «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot save the archive as &quot;%1&quot;.</source>
        <translation>Impossible d&apos;enregistrer l&apos;archive sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>An archive is encrypted either to public keys or with a passphrase, not both.</source>
        <translation>Une archive est chiffrée soit pour des clés publiques, soit avec une phrase secrète, pas les deux.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Back up collections into one compressed archive.</source>
        <translation>Sauvegarde des collections dans une seule archive compressée.</translation>
    </message>
    <message>
        <source>Collections to back up (default: all).</source>
        <translation>Collections à sauvegarder (par défaut&#xa0;: toutes).</translation>
    </message>
    <message>
        <source>Save schemas and tenants, no objects.</source>
        <translation>Enregistre les schémas et les locataires, sans les objets.</translation>
    </message>
    <message>
        <source>Leave vectors out (objects only).</source>
        <translation>Exclut les vecteurs (objets seuls).</translation>
    </message>
    <message>
        <source>Only these tenants: A,B for the one collection named, or COLLECTION:A,B. Repeatable.</source>
        <translation>Uniquement ces locataires&#xa0;: A,B pour l&apos;unique collection indiquée, ou COLLECTION:A,B. Option répétable.</translation>
    </message>
    <message>
        <source>Activate inactive (COLD) tenants for the backup and put them back after.</source>
        <translation>Active les locataires inactifs (COLD) pour la sauvegarde, puis les remet dans leur état d&apos;origine.</translation>
    </message>
    <message>
        <source>zstd (default), gzip, xz or none.</source>
        <translation>zstd (par défaut), gzip, xz ou none.</translation>
    </message>
    <message>
        <source>Compression level (zstd 1-19, gzip 1-9, xz 0-9; by default zstd 1, gzip 6, xz 6).</source>
        <translation>Niveau de compression (zstd de 1 à 19, gzip de 1 à 9, xz de 0 à 9 ; par défaut zstd 1, gzip 6, xz 6).</translation>
    </message>
    <message>
        <source>Objects per request (1-10000, default 500).</source>
        <translation>Objets par requête (de 1 à 10000, 500 par défaut).</translation>
    </message>
    <message>
        <source>Show what would be backed up; write nothing.</source>
        <translation>Affiche ce qui serait sauvegardé, sans rien écrire.</translation>
    </message>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>Affiche un unique rapport JSON, exploitable par une machine, sur la sortie standard.</translation>
    </message>
    <message>
        <source>Unknown compression &quot;%1&quot;; use zstd, gzip, xz or none.</source>
        <translation>Compression «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez zstd, gzip, xz ou none.</translation>
    </message>
    <message>
        <source>--level must be %1 to %2 for %3.</source>
        <translation>--level doit être compris entre %1 et %2 pour %3.</translation>
    </message>
    <message>
        <source>--page-size must be a number from 1 to 10000.</source>
        <translation>--page-size doit être un nombre compris entre 1 et 10000.</translation>
    </message>
    <message>
        <source>No archive given: use -o FILE (or --dry-run to only see the plan).</source>
        <translation>Aucune archive indiquée&#xa0;: utilisez -o FILE (ou --dry-run pour voir seulement le plan).</translation>
    </message>
    <message>
        <source>Canceled; nothing was written.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Dry run: nothing will be written.</source>
        <translation>Simulation&#xa0;: rien ne sera écrit.</translation>
    </message>
    <message>
        <source>schema only</source>
        <translation>schéma uniquement</translation>
    </message>
    <message>
        <source>objects not yet countable</source>
        <translation>objets pas encore dénombrables</translation>
    </message>
    <message>
        <source>will be activated</source>
        <translation>sera activé</translation>
    </message>
    <message>
        <source>skipped (%1)</source>
        <translation>ignoré (%1)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Canceled; no archive was written.</source>
        <translation>Annulé&#xa0;; aucune archive n&apos;a été écrite.</translation>
    </message>
    <message>
        <source>No archive was written.</source>
        <translation>Aucune archive n&apos;a été écrite.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s)</source>
        <translation>
            <numerusform>%Ln objet</numerusform>
            <numerusform>%Ln objets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln object(s), about %1 to read, archive about %2.</source>
        <extracomment>%Ln total object count, %1 estimated transfer size, %2 estimated archive size</extracomment>
        <translation>
            <numerusform>Total&#xa0;: %Ln objet, environ %1 à lire, archive d&apos;environ %2.</numerusform>
            <numerusform>Total&#xa0;: %Ln objets, environ %1 à lire, archive d&apos;environ %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %Ln object(s) to %1 (%2) in %3 s.</source>
        <extracomment>%Ln objects, %1 archive path, %2 archive size, %3 seconds</extracomment>
        <translation>
            <numerusform>%Ln objet sauvegardé dans %1 (%2) en %3 s.</numerusform>
            <numerusform>%Ln objets sauvegardés dans %1 (%2) en %3 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The archive will be encrypted with age to %Ln recipient(s).</source>
        <translation>
            <numerusform>L&apos;archive sera chiffrée avec age pour %Ln destinataire.</numerusform>
            <numerusform>L&apos;archive sera chiffrée avec age pour %Ln destinataires.</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive will be encrypted with age and a passphrase.</source>
        <translation>L&apos;archive sera chiffrée avec age et une phrase secrète.</translation>
    </message>
    <message>
        <source>Archive file to write, or a folder to write a default-named archive into; also s3://BUCKET/KEY, or s3://BUCKET/PREFIX/ for a default-named archive.</source>
        <translation>Fichier d&apos;archive à écrire, ou dossier dans lequel écrire une archive portant un nom par défaut&#xa0;; également s3://BUCKET/KEY, ou s3://BUCKET/PREFIX/ pour une archive portant un nom par défaut.</translation>
    </message>
</context>
<context>
    <name>BackupTask</name>
    <message>
        <source>No destination file was given for the backup.</source>
        <translation>Aucun fichier de destination n&apos;a été indiqué pour la sauvegarde.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Weaviate %1 is too old: backups need the cursor API of Weaviate 1.18 or later.</source>
        <translation>Weaviate %1 est trop ancien&#xa0;: les sauvegardes nécessitent l&apos;API de curseur de Weaviate 1.18 ou ultérieur.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s) not found on the server: %1.</source>
        <translation>
            <numerusform>%Ln collection introuvable sur le serveur&#xa0;: %1.</numerusform>
            <numerusform>%Ln collections introuvables sur le serveur&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenants were chosen for &quot;%1&quot;, which is not being backed up.</source>
        <translation>Des locataires ont été choisis pour «&#xa0;%1&#xa0;», qui ne fait pas partie de la sauvegarde.</translation>
    </message>
    <message>
        <source>Counting objects in %1…</source>
        <translation>Décompte des objets de %1…</translation>
    </message>
    <message>
        <source>The server sent a schema for &quot;%1&quot; that names another collection.</source>
        <translation>Le serveur a envoyé pour «&#xa0;%1&#xa0;» un schéma qui désigne une autre collection.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid collection name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de collection valide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not multi-tenant, so no tenants can be chosen for it.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas multilocataire&#xa0;: aucun locataire ne peut donc être choisi pour cette collection.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tenant name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de locataire valide.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is inactive (%3) and will be skipped; allow activating tenants to include it.</source>
        <translation>Le locataire «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» est inactif (%3) et sera ignoré&#xa0;; autorisez l&apos;activation des locataires pour l&apos;inclure.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is offloaded (%3) and will be skipped.</source>
        <translation>Le locataire «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» est déchargé (%3) et sera ignoré.</translation>
    </message>
    <message>
        <source>Plan ready.</source>
        <translation>Plan prêt.</translation>
    </message>
    <message>
        <source>inactive (%1)</source>
        <translation>inactif (%1)</translation>
    </message>
    <message>
        <source>offloaded (%1)</source>
        <translation>déchargé (%1)</translation>
    </message>
    <message>
        <source>changing status (%1)</source>
        <translation>en cours de changement d&apos;état (%1)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Reading %1, tenant %2…</source>
        <translation>Lecture de %1, locataire %2…</translation>
    </message>
    <message>
        <source>%1, tenant %2</source>
        <translation>%1, locataire %2</translation>
    </message>
    <message>
        <source>%1 changed during the backup: %2 objects before, %3 after, %4 written.</source>
        <translation>%1 a changé pendant la sauvegarde&#xa0;: %2 objets avant, %3 après, %4 écrits.</translation>
    </message>
    <message>
        <source>Backup finished.</source>
        <translation>Sauvegarde terminée.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %L1 objects, not %L2.</source>
        <translation>La taille de page doit être comprise entre 1 et %L1 objets, et non %L2.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is changing its status (%3) and will be skipped.</source>
        <translation>Le locataire «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» est en cours de changement d&apos;état (%3) et sera ignoré.</translation>
    </message>
    <message>
        <source>Checking the parameters</source>
        <translation>Vérification des paramètres</translation>
    </message>
    <message>
        <source>Reading the server</source>
        <translation>Lecture du serveur</translation>
    </message>
    <message>
        <source>Reading the collections</source>
        <translation>Lecture des collections</translation>
    </message>
    <message>
        <source>Counting objects</source>
        <translation>Décompte des objets</translation>
    </message>
    <message>
        <source>Opening the archive</source>
        <translation>Ouverture de l&apos;archive</translation>
    </message>
    <message>
        <source>Activating tenants</source>
        <translation>Activation des locataires</translation>
    </message>
    <message>
        <source>Reading objects</source>
        <translation>Lecture des objets</translation>
    </message>
    <message>
        <source>Putting tenant statuses back</source>
        <translation>Rétablissement de l&apos;état des locataires</translation>
    </message>
    <message>
        <source>Finishing the archive</source>
        <translation>Finalisation de l&apos;archive</translation>
    </message>
    <message>
        <source>The server&apos;s collection aliases could not be read, so the archive does not record them: %1</source>
        <translation>Les alias de collection du serveur n&apos;ont pas pu être lus, l&apos;archive ne les enregistre donc pas&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ClearCommand</name>
    <message>
        <source>keep the schema and tenants, delete every object</source>
        <translation>conserver le schéma et les locataires, supprimer tous les objets</translation>
    </message>
    <message>
        <source>drop and create again from the saved schema</source>
        <translation>supprimer puis recréer à partir du schéma enregistré</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s)</source>
        <translation>
            <numerusform>%Ln objet</numerusform>
            <numerusform>%Ln objets</numerusform>
        </translation>
    </message>
    <message>
        <source>not countable until activated</source>
        <translation>non dénombrable avant activation</translation>
    </message>
    <message>
        <source>Method: %1.</source>
        <translation>Méthode&#xa0;: %1.</translation>
    </message>
    <message>
        <source>left alone: %1</source>
        <translation>laissé tel quel&#xa0;: %1</translation>
    </message>
    <message>
        <source>activated for the clear, then put back</source>
        <translation>activé pour l&apos;effacement, puis remis en l&apos;état</translation>
    </message>
    <message>
        <source>tenant %1 (%2): %3</source>
        <translation>locataire %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Undo afterwards with: %1</source>
        <translation>Pour annuler ensuite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>To undo: %1</source>
        <translation>Pour annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>No backup was taken: this clear cannot be undone.</source>
        <translation>Aucune sauvegarde n&apos;a été effectuée&#xa0;: cet effacement est irréversible.</translation>
    </message>
    <message>
        <source>Delete every object of collections, after a verified backup.</source>
        <translation>Supprime tous les objets de collections, après une sauvegarde vérifiée.</translation>
    </message>
    <message>
        <source>Collections to clear: exact names, no wildcards.</source>
        <translation>Collections à effacer&#xa0;: noms exacts, sans caractères génériques.</translation>
    </message>
    <message>
        <source>Drop the collections (or the chosen tenants) instead of deleting their objects.</source>
        <translation>Supprime entièrement les collections (ou les locataires choisis) au lieu de supprimer leurs objets.</translation>
    </message>
    <message>
        <source>Drop and create again from the saved schema, tenants and tenant statuses (fast for large collections; indexes start empty).</source>
        <translation>Supprime puis recrée à partir du schéma, des locataires et des états de locataires enregistrés (rapide pour les grandes collections&#xa0;; les index repartent de zéro).</translation>
    </message>
    <message>
        <source>Show what would be deleted and the backup; change nothing.</source>
        <translation>Affiche ce qui serait supprimé ainsi que la sauvegarde prévue, sans rien modifier.</translation>
    </message>
    <message>
        <source>Take no backup first: the clear cannot be undone.</source>
        <translation>N&apos;effectue aucune sauvegarde préalable&#xa0;: l&apos;effacement sera irréversible.</translation>
    </message>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>Affiche un unique rapport JSON, exploitable par une machine, sur la sortie standard.</translation>
    </message>
    <message>
        <source>Do not ask; with --confirm, allows the clear.</source>
        <translation>Ne pose aucune question&#xa0;; avec --confirm, autorise l&apos;effacement.</translation>
    </message>
    <message>
        <source>The exact names of the collections being cleared, comma-separated.</source>
        <translation>Noms exacts des collections à effacer, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Choose either --drop or --recreate.</source>
        <translation>Choisissez --drop ou --recreate, pas les deux.</translation>
    </message>
    <message>
        <source>Choose either --backup-to or --no-backup.</source>
        <translation>Choisissez --backup-to ou --no-backup, pas les deux.</translation>
    </message>
    <message>
        <source>Canceled; nothing was deleted.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Dry run: nothing will be deleted.</source>
        <translation>Simulation&#xa0;: rien ne sera supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was deleted: the plan has %Ln blocking problem(s).</source>
        <translation>
            <numerusform>Rien n&apos;a été supprimé&#xa0;: le plan comporte %Ln problème bloquant.</numerusform>
            <numerusform>Rien n&apos;a été supprimé&#xa0;: le plan comporte %Ln problèmes bloquants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clearing %1 deletes data: confirm with --yes --confirm %2.</source>
        <translation>L&apos;effacement de %1 supprime des données&#xa0;: confirmez avec --yes --confirm %2.</translation>
    </message>
    <message>
        <source>The names given (%1) are not exactly the collections being cleared (%2); nothing was deleted.</source>
        <translation>Les noms indiqués (%1) ne correspondent pas exactement aux collections à effacer (%2)&#xa0;; rien n&apos;a été supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Canceled after deleting %Ln object(s); the clear is incomplete.</source>
        <translation>
            <numerusform>Annulé après la suppression de %Ln objet&#xa0;; l&apos;effacement est incomplet.</numerusform>
            <numerusform>Annulé après la suppression de %Ln objets&#xa0;; l&apos;effacement est incomplet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Rien n&apos;a été supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %1: %Ln object(s) deleted in %2 s.</source>
        <extracomment>%1 collection names, %2 seconds</extracomment>
        <translation>
            <numerusform>Effacement de %1 terminé&#xa0;: %Ln objet supprimé en %2 s.</numerusform>
            <numerusform>Effacement de %1 terminé&#xa0;: %Ln objets supprimés en %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete every object of collections after a verified backup, or drop them.</source>
        <translation>Supprime tous les objets de collections après une sauvegarde vérifiée, ou supprime entièrement ces collections.</translation>
    </message>
    <message>
        <source>drop the collections with their schema and tenants</source>
        <translation>supprimer entièrement les collections, avec leur schéma et leurs locataires</translation>
    </message>
    <message numerus="yes">
        <source>Total: at least %Ln object(s); tenants that cannot be counted now are not included.</source>
        <translation>
            <numerusform>Total&#xa0;: au moins %Ln objet&#xa0;; les locataires qui ne peuvent pas être dénombrés pour l&apos;instant ne sont pas inclus.</numerusform>
            <numerusform>Total&#xa0;: au moins %Ln objets&#xa0;; les locataires qui ne peuvent pas être dénombrés pour l&apos;instant ne sont pas inclus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln object(s).</source>
        <translation>
            <numerusform>Total&#xa0;: %Ln objet.</numerusform>
            <numerusform>Total&#xa0;: %Ln objets.</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup is written to %1 and verified before anything is deleted.</source>
        <translation>Une sauvegarde est écrite dans %1 et vérifiée avant toute suppression.</translation>
    </message>
    <message>
        <source>No collection given. Name at least one: %1</source>
        <translation>Aucune collection indiquée. Indiquez-en au moins une&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>This deletes the data of %Ln collection(s): %1. Type their names to confirm, separated by commas:</source>
        <translation>
            <numerusform>Cette opération supprime les données de %Ln collection&#xa0;: %1. Saisissez son nom pour confirmer&#xa0;:</numerusform>
            <numerusform>Cette opération supprime les données de %Ln collections&#xa0;: %1. Saisissez leurs noms, séparés par des virgules, pour confirmer&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the backup taken first to this file or folder, or to s3://BUCKET/KEY or s3://BUCKET/PREFIX/ (default: %1).</source>
        <translation>Écrit la sauvegarde préalable dans ce fichier ou ce dossier, ou vers s3://BUCKET/KEY ou s3://BUCKET/PREFIX/ (par défaut&#xa0;: %1).</translation>
    </message>
</context>
<context>
    <name>ClearTask</name>
    <message>
        <source>The server&apos;s answer to deleting the objects of %1 is not valid.</source>
        <translation>La réponse du serveur à la suppression des objets de %1 n&apos;est pas valide.</translation>
    </message>
    <message numerus="yes">
        <source>The server deleted nothing from %1 although it still holds %Ln object(s); the clear stopped.</source>
        <translation>
            <numerusform>Le serveur n&apos;a rien supprimé de %1 alors qu&apos;il reste %Ln objet&#xa0;; l&apos;effacement a été interrompu.</numerusform>
            <numerusform>Le serveur n&apos;a rien supprimé de %1 alors qu&apos;il reste %Ln objets&#xa0;; l&apos;effacement a été interrompu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name at least one collection to clear.</source>
        <translation>Indiquez au moins une collection à effacer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a collection name; clear takes exact names, no wildcards.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de collection&#xa0;; l&apos;effacement n&apos;accepte que des noms exacts, sans caractères génériques.</translation>
    </message>
    <message>
        <source>Tenants were chosen for &quot;%1&quot;, which is not being cleared.</source>
        <translation>Des locataires ont été choisis pour «&#xa0;%1&#xa0;», qui ne fait pas partie de l&apos;effacement.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s) not found on the server: %1.</source>
        <translation>
            <numerusform>%Ln collection introuvable sur le serveur&#xa0;: %1.</numerusform>
            <numerusform>%Ln collections introuvables sur le serveur&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting objects in %1…</source>
        <translation>Décompte des objets de %1…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not multi-tenant, so it has no tenants to choose.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas multilocataire&#xa0;: il n&apos;y a donc aucun locataire à choisir.</translation>
    </message>
    <message>
        <source>offloaded (%1)</source>
        <translation>déchargé (%1)</translation>
    </message>
    <message>
        <source>changing status (%1)</source>
        <translation>en cours de changement d&apos;état (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is deleted with its definition and tenants.</source>
        <translation>La collection «&#xa0;%1&#xa0;» sera supprimée avec sa définition et ses locataires.</translation>
    </message>
    <message>
        <source>The chosen tenants of &quot;%1&quot; are deleted with their objects; the collection stays.</source>
        <translation>Les locataires choisis de «&#xa0;%1&#xa0;» seront supprimés avec leurs objets&#xa0;; la collection est conservée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is deleted and created again from its saved definition: its indexes start empty, settings the server added internally are reset, and its tenants are created again with their statuses put back.</source>
        <translation>La collection «&#xa0;%1&#xa0;» sera supprimée puis recréée à partir de sa définition enregistrée&#xa0;: ses index repartiront de zéro, les paramètres ajoutés en interne par le serveur seront réinitialisés et ses locataires seront recréés avec leur état d&apos;origine.</translation>
    </message>
    <message>
        <source>The chosen tenants of &quot;%1&quot; are deleted and created again with their statuses put back.</source>
        <translation>Les locataires choisis de «&#xa0;%1&#xa0;» seront supprimés puis recréés avec leur état d&apos;origine.</translation>
    </message>
    <message>
        <source>Dropping whole collections and only some tenants of &quot;%1&quot; in one clear cannot be undone with one restore; clear them separately.</source>
        <translation>La suppression de collections entières et de seulement certains locataires de «&#xa0;%1&#xa0;» lors d&apos;un même effacement ne peut pas être annulée par une seule restauration&#xa0;; effacez-les séparément.</translation>
    </message>
    <message>
        <source>No backup will be taken: this clear cannot be undone.</source>
        <translation>Aucune sauvegarde ne sera effectuée&#xa0;: cet effacement sera irréversible.</translation>
    </message>
    <message>
        <source>Plan ready.</source>
        <translation>Plan prêt.</translation>
    </message>
    <message numerus="yes">
        <source>The clear plan has %Ln blocking problem(s).</source>
        <translation>
            <numerusform>Le plan d&apos;effacement comporte %Ln problème bloquant.</numerusform>
            <numerusform>Le plan d&apos;effacement comporte %Ln problèmes bloquants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clearing &quot;%1&quot; deletes its objects and needs its name confirmed.</source>
        <translation>L&apos;effacement de «&#xa0;%1&#xa0;» supprime ses objets et nécessite la confirmation de son nom.</translation>
    </message>
    <message>
        <source>The backup folder &quot;%1&quot; cannot be created; nothing was deleted.</source>
        <translation>Impossible de créer le dossier de sauvegarde «&#xa0;%1&#xa0;»&#xa0;; rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>The backup before the clear failed, so nothing was deleted: %1</source>
        <translation>La sauvegarde préalable à l&apos;effacement a échoué, rien n&apos;a donc été supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The backup before the clear did not verify, so nothing was deleted.</source>
        <translation>La sauvegarde préalable à l&apos;effacement n&apos;a pas passé la vérification, rien n&apos;a donc été supprimé.</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>No backup was taken: this clear cannot be undone.</source>
        <translation>Aucune sauvegarde n&apos;a été effectuée&#xa0;: cet effacement est irréversible.</translation>
    </message>
    <message>
        <source>Deleting the objects of %1…</source>
        <translation>Suppression des objets de %1…</translation>
    </message>
    <message>
        <source>Deleting the objects of %1, tenant %2…</source>
        <translation>Suppression des objets de %1, locataire %2…</translation>
    </message>
    <message>
        <source>Could not count %1 after the clear: %2</source>
        <translation>Impossible de dénombrer les objets de %1 après l&apos;effacement&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 still holds %Ln object(s) after the clear; something wrote to it meanwhile.</source>
        <translation>
            <numerusform>%1 contient encore %Ln objet après l&apos;effacement&#xa0;; des données y ont été écrites entre-temps.</numerusform>
            <numerusform>%1 contient encore %Ln objets après l&apos;effacement&#xa0;; des données y ont été écrites entre-temps.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropping %1…</source>
        <translation>Suppression de %1…</translation>
    </message>
    <message>
        <source>Re-creating %1…</source>
        <translation>Recréation de %1…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; still exists after it was dropped.</source>
        <translation>«&#xa0;%1&#xa0;» existe toujours après sa suppression.</translation>
    </message>
    <message>
        <source>Some tenants of &quot;%1&quot; still exist after they were dropped: %2</source>
        <translation>Certains locataires de «&#xa0;%1&#xa0;» existent toujours après leur suppression&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted but could not be created again: %2</source>
        <translation>La collection «&#xa0;%1&#xa0;» a été supprimée mais n&apos;a pas pu être recréée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The tenants of &quot;%1&quot; were deleted but could not be created again: %2</source>
        <translation>Les locataires de «&#xa0;%1&#xa0;» ont été supprimés mais n&apos;ont pas pu être recréés&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The clear deleted %Ln object(s) beyond what the backup holds; objects written after the backup cannot be restored.</source>
        <translation>
            <numerusform>L&apos;effacement a supprimé %Ln objet de plus que ce que contient la sauvegarde&#xa0;; les objets écrits après la sauvegarde ne peuvent pas être restaurés.</numerusform>
            <numerusform>L&apos;effacement a supprimé %Ln objets de plus que ce que contient la sauvegarde&#xa0;; les objets écrits après la sauvegarde ne peuvent pas être restaurés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear finished.</source>
        <translation>Effacement terminé.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is offloaded (%3): its objects cannot be deleted, so they are kept.</source>
        <translation>Le locataire «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» est déchargé (%3)&#xa0;: ses objets ne peuvent pas être supprimés et sont donc conservés.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is changing its status (%3): its objects cannot be deleted, so they are kept.</source>
        <translation>Le locataire «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» est en cours de changement d&apos;état (%3)&#xa0;: ses objets ne peuvent pas être supprimés et sont donc conservés.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; has the status %3: its objects cannot be backed up first. Activate it, leave it out of the clear, or clear without a backup.</source>
        <extracomment>%3 is the tenant&apos;s status as the server names it, e.g. FROZEN or FREEZING</extracomment>
        <translation>Le locataire «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» est à l&apos;état %3&#xa0;: ses objets ne peuvent pas être sauvegardés au préalable. Activez-le, excluez-le de l&apos;effacement ou effacez sans sauvegarde.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; refers to &quot;%3&quot; through its property &quot;%2&quot;: after the clear these references point to objects that no longer exist.</source>
        <extracomment>%1 the referring collection, %2 its reference property, %3 the cleared collection</extracomment>
        <translation>« %1 » fait référence à « %3 » par sa propriété « %2 » : après l&apos;effacement, ces références désignent des objets qui n&apos;existent plus.</translation>
    </message>
    <message>
        <source>Checking the parameters</source>
        <translation>Vérification des paramètres</translation>
    </message>
    <message>
        <source>Reading collections and tenants</source>
        <translation>Lecture des collections et des locataires</translation>
    </message>
    <message>
        <source>Counting objects</source>
        <translation>Décompte des objets</translation>
    </message>
    <message>
        <source>Finding incoming references</source>
        <translation>Recherche des références entrantes</translation>
    </message>
    <message>
        <source>Describing what the method changes</source>
        <translation>Description de ce que la méthode modifie</translation>
    </message>
    <message>
        <source>Planning the backup</source>
        <translation>Planification de la sauvegarde</translation>
    </message>
    <message>
        <source>Checking the plan</source>
        <translation>Vérification du plan</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Verifying the backup</source>
        <translation>Vérification de la sauvegarde</translation>
    </message>
    <message>
        <source>Deleting objects</source>
        <translation>Suppression des objets</translation>
    </message>
    <message>
        <source>Dropping collections</source>
        <translation>Suppression des collections</translation>
    </message>
    <message>
        <source>Re-creating collections</source>
        <translation>Suppression et recréation des collections</translation>
    </message>
    <message>
        <source>Putting tenant statuses back</source>
        <translation>Rétablissement de l&apos;état des locataires</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: %1 [options] COMMAND [command options]</source>
        <translation>Utilisation&#xa0;: %1 [options] COMMANDE [options de la commande]</translation>
    </message>
    <message>
        <source>Back up, restore and clear Weaviate collections from the command line.</source>
        <translation>Sauvegarde, restaure et efface des collections Weaviate en ligne de commande.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for the options of a command.</source>
        <translation>Exécutez «&#xa0;%1 COMMANDE --help&#xa0;» pour afficher les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Environment: WEAVIATE_URL (default http://localhost:8080), WEAVIATE_API_KEY.</source>
        <translation>Environnement&#xa0;: WEAVIATE_URL (par défaut http://localhost:8080), WEAVIATE_API_KEY.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 finished with some objects or tenants skipped or failed, 130 canceled.</source>
        <translation>Codes de sortie&#xa0;: 0 réussite, 1 échec, 2 erreur d&apos;utilisation, 3 terminé avec des objets ou des locataires ignorés ou en échec, 130 annulé.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Affiche la version.</translation>
    </message>
    <message>
        <source>No command given. Run &quot;%1 --help&quot; to see what is available.</source>
        <translation>Aucune commande indiquée. Exécutez «&#xa0;%1 --help&#xa0;» pour voir les commandes disponibles.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;%2 --help&quot; to see what is available.</source>
        <translation>Commande «&#xa0;%1&#xa0;» inconnue. Exécutez «&#xa0;%2 --help&#xa0;» pour voir les commandes disponibles.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>%1  %2 of %3 objects  %4 objects/s  %5/s</source>
        <extracomment>Progress line: %1 where, %2 objects done, %3 total, %4 objects per second, %5 transfer rate</extracomment>
        <translation>%1  %2 sur %3 objets  %4 objets/s  %5/s</translation>
    </message>
    <message>
        <source>%1  %2 objects  %3 objects/s  %4/s</source>
        <translation>%1  %2 objets  %3 objets/s  %4/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>Estimated time left, as h:mm:ss</extracomment>
        <translation>reste %1</translation>
    </message>
    <message>
        <source>Weaviate server URL (default: $WEAVIATE_URL, else http://localhost:8080).</source>
        <translation>URL du serveur Weaviate (par défaut&#xa0;: $WEAVIATE_URL, sinon http://localhost:8080).</translation>
    </message>
    <message>
        <source>API key sent as a Bearer token (default: $WEAVIATE_API_KEY).</source>
        <translation>Clé d&apos;API envoyée comme jeton Bearer (par défaut&#xa0;: $WEAVIATE_API_KEY).</translation>
    </message>
    <message>
        <source>Extra HTTP header, e.g. &quot;X-OpenAI-Api-Key: sk-…&quot;. Repeatable.</source>
        <translation>En-tête HTTP supplémentaire, par exemple «&#xa0;X-OpenAI-Api-Key: sk-…&#xa0;». Option répétable.</translation>
    </message>
    <message>
        <source>Do not verify the server&apos;s TLS certificate (unsafe).</source>
        <translation>Ne vérifie pas le certificat TLS du serveur (non sécurisé).</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file.</source>
        <translation>Fait confiance aux certificats d&apos;AC contenus dans ce fichier PEM.</translation>
    </message>
    <message>
        <source>Seconds without any data before a request is given up (default 60).</source>
        <translation>Nombre de secondes sans aucune donnée avant l&apos;abandon d&apos;une requête (60 par défaut).</translation>
    </message>
    <message>
        <source>Retries of a failed request that is safe to repeat (default 5).</source>
        <translation>Nombre de nouvelles tentatives d&apos;une requête échouée qui peut être répétée sans risque (5 par défaut).</translation>
    </message>
    <message>
        <source>Print technical details and debug logging.</source>
        <translation>Affiche les détails techniques et la journalisation de débogage.</translation>
    </message>
    <message>
        <source>Append the log (with debug records) to this file.</source>
        <translation>Ajoute le journal (avec les messages de débogage) à la fin de ce fichier.</translation>
    </message>
    <message>
        <source>Cannot write the log file &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;écrire le fichier journal «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server URL; use http://host:port or https://host.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL de serveur valide&#xa0;; utilisez http://hôte:port ou https://hôte.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is not of the form &quot;Name: value&quot;.</source>
        <translation>L&apos;en-tête «&#xa0;%1&#xa0;» n&apos;est pas de la forme «&#xa0;Nom: valeur&#xa0;».</translation>
    </message>
    <message>
        <source>Warning: TLS certificate verification is off; the connection can be intercepted.</source>
        <translation>Avertissement&#xa0;: la vérification des certificats TLS est désactivée&#xa0;; la connexion peut être interceptée.</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds.</source>
        <translation>--timeout nécessite un nombre de secondes positif.</translation>
    </message>
    <message>
        <source>--retries needs a number of 0 or more.</source>
        <translation>--retries nécessite un nombre supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>--tenants %1: name the collection as COLLECTION:%1 unless exactly one collection is named.</source>
        <translation>--tenants %1&#xa0;: indiquez la collection sous la forme COLLECTION:%1, sauf si une seule collection est indiquée.</translation>
    </message>
    <message>
        <source>--tenants %1 names no tenants.</source>
        <translation>--tenants %1 ne désigne aucun locataire.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Language of the messages: %1. Default: the system&apos;s language.</source>
        <translation>Langue des messages&#xa0;: %1. Par défaut&#xa0;: la langue du système.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Available: %2.</source>
        <translation>Langue «&#xa0;%1&#xa0;» inconnue. Langues disponibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Read the API key from this file (&quot;-&quot;: standard input), out of sight of the process list.</source>
        <translation>Lit la clé d&apos;API dans ce fichier («&#xa0;-&#xa0;»&#xa0;: entrée standard), à l&apos;abri de la liste des processus.</translation>
    </message>
    <message>
        <source>Read extra HTTP headers from this file (&quot;-&quot;: standard input), one &quot;Name: value&quot; a line. Repeatable.</source>
        <translation>Lire des en-têtes HTTP supplémentaires dans ce fichier («&#xa0;-&#xa0;»&#xa0;: entrée standard), un «&#xa0;Nom: valeur&#xa0;» par ligne. Option répétable.</translation>
    </message>
    <message>
        <source>Extra HTTP header whose value is read from an environment variable, e.g. &quot;X-OpenAI-Api-Key=OPENAI_APIKEY&quot;. Repeatable.</source>
        <translation>En-tête HTTP supplémentaire dont la valeur est lue dans une variable d&apos;environnement, par exemple «&#xa0;X-OpenAI-Api-Key=OPENAI_APIKEY&#xa0;». Option répétable.</translation>
    </message>
    <message>
        <source>This command does not connect to a server; ignoring %1.</source>
        <extracomment>%1 lists the options given, e.g. &quot;--url, --api-key&quot;</extracomment>
        <translation>Cette commande ne se connecte à aucun serveur&#xa0;; %1 est ignoré.</translation>
    </message>
    <message>
        <source>Note: values given with --api-key or --header can be seen by other users of this computer in the process list and stay in the shell history; prefer --api-key-file, --header-file, --header-env or $WEAVIATE_API_KEY.</source>
        <translation>Remarque&#xa0;: les valeurs données avec --api-key ou --header sont visibles des autres utilisateurs de cet ordinateur dans la liste des processus et restent dans l&apos;historique du shell&#xa0;; préférez --api-key-file, --header-file, --header-env ou $WEAVIATE_API_KEY.</translation>
    </message>
    <message>
        <source>Give either --api-key or --api-key-file, not both.</source>
        <translation>Indiquez soit --api-key, soit --api-key-file, mais pas les deux.</translation>
    </message>
    <message>
        <source>Cannot read the API key file &quot;%1&quot;: %2</source>
        <translation>Impossible de lire le fichier de clé d&apos;API «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; is empty.</source>
        <translation>Le fichier de clé d&apos;API «&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; holds more than one line; it must hold the key alone.</source>
        <translation>Le fichier de clé d&apos;API «&#xa0;%1&#xa0;» contient plus d&apos;une ligne&#xa0;; il doit contenir uniquement la clé.</translation>
    </message>
    <message>
        <source>--header-env &quot;%1&quot; is not of the form NAME=VARIABLE, e.g. X-OpenAI-Api-Key=OPENAI_APIKEY.</source>
        <translation>--header-env «&#xa0;%1&#xa0;» n&apos;est pas de la forme NAME=VARIABLE, par exemple X-OpenAI-Api-Key=OPENAI_APIKEY.</translation>
    </message>
    <message>
        <source>The environment variable %1 (for the header %2) is not set, empty or more than one line.</source>
        <extracomment>%1 is the name of an environment variable, %2 the HTTP header it was to give the value of</extracomment>
        <translation>La variable d&apos;environnement %1 (pour l&apos;en-tête %2) n&apos;est pas définie, est vide ou tient sur plusieurs lignes.</translation>
    </message>
    <message>
        <source>Cannot read the header file &quot;%1&quot;: %2</source>
        <translation>Impossible de lire le fichier d&apos;en-têtes «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, line %2: not of the form &quot;Name: value&quot;.</source>
        <extracomment>%1 is a file name, %2 a line number in it</extracomment>
        <translation>%1, ligne %2&#xa0;: n&apos;est pas de la forme «&#xa0;Nom: valeur&#xa0;».</translation>
    </message>
    <message>
        <source>The header file &quot;%1&quot; holds no header.</source>
        <translation>Le fichier d&apos;en-têtes «&#xa0;%1&#xa0;» ne contient aucun en-tête.</translation>
    </message>
    <message>
        <source>standard input was already read for another option.</source>
        <translation>l&apos;entrée standard a déjà été lue pour une autre option.</translation>
    </message>
    <message>
        <source>it is larger than %1, too large for a key or headers.</source>
        <translation>il dépasse %1, trop pour une clé ou des en-têtes.</translation>
    </message>
    <message>
        <source>Port of the server&apos;s gRPC API on the server&apos;s host (default 50051).</source>
        <translation>Port de l&apos;API gRPC sur l&apos;hôte du serveur (50051 par défaut).</translation>
    </message>
    <message>
        <source>Give either --grpc-url or --grpc-port, not both.</source>
        <translation>Indiquez soit --grpc-url, soit --grpc-port, pas les deux.</translation>
    </message>
    <message>
        <source>--grpc-port needs a port number from 1 to 65535.</source>
        <translation>--grpc-port attend un numéro de port de 1 à 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gRPC address; write grpc://HOST:PORT or grpcs://HOST:PORT.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse gRPC&#xa0;; écrivez grpc://HOST:PORT ou grpcs://HOST:PORT.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Progress line: %1 the step (&quot;Step 3 of 6: Adding references&quot;), %2 what it is doing (counts, rates)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file &quot;%1&quot;: %2</source>
        <translation>Impossible de lire le fichier de phrase secrète «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The passphrase file &quot;%1&quot; is empty.</source>
        <translation>Le fichier de phrase secrète «&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>The passphrase file &quot;%1&quot; holds more than one line; it must hold the passphrase alone.</source>
        <translation>Le fichier de phrase secrète «&#xa0;%1&#xa0;» contient plus d&apos;une ligne&#xa0;; il ne doit contenir que la phrase secrète.</translation>
    </message>
    <message>
        <source>Proxy for the server&apos;s REST API: http://[USER@]HOST:PORT (or https://, socks5://, socks5h://), or &quot;none&quot; for a direct connection. Default: the proxy of the environment ($https_proxy, $http_proxy, $no_proxy), else the system&apos;s.</source>
        <translation>Proxy pour l&apos;API REST du serveur&#xa0;: http://[UTILISATEUR@]HÔTE:PORT (ou https://, socks5://, socks5h://), ou «&#xa0;none&#xa0;» pour une connexion directe. Par défaut&#xa0;: le proxy de l&apos;environnement ($https_proxy, $http_proxy, $no_proxy), sinon celui du système.</translation>
    </message>
    <message>
        <source>User name at the proxy given with --proxy (or USER@ in its URL).</source>
        <translation>Nom d&apos;utilisateur auprès du proxy indiqué par --proxy (ou UTILISATEUR@ dans son URL).</translation>
    </message>
    <message>
        <source>Read the proxy&apos;s password from this file (&quot;-&quot;: standard input), else from $COLVAULT_PROXY_PASSWORD. There is no option for the password itself: on the command line other users could read it in the process list.</source>
        <translation>Lit le mot de passe du proxy dans ce fichier («&#xa0;-&#xa0;»&#xa0;: entrée standard), sinon dans $COLVAULT_PROXY_PASSWORD. Il n&apos;existe pas d&apos;option pour le mot de passe lui-même&#xa0;: sur la ligne de commande, d&apos;autres utilisateurs pourraient le lire dans la liste des processus.</translation>
    </message>
    <message>
        <source>--proxy-password is not an option: other users could read the password in the process list. Put it in a file for --proxy-password-file, or in $COLVAULT_PROXY_PASSWORD.</source>
        <translation>--proxy-password n&apos;est pas une option&#xa0;: d&apos;autres utilisateurs pourraient lire le mot de passe dans la liste des processus. Placez-le dans un fichier pour --proxy-password-file, ou dans $COLVAULT_PROXY_PASSWORD.</translation>
    </message>
    <message>
        <source>--proxy-user and --proxy-password-file need the proxy&apos;s address: give it with --proxy URL.</source>
        <translation>--proxy-user et --proxy-password-file ont besoin de l&apos;adresse du proxy&#xa0;: indiquez-la avec --proxy URL.</translation>
    </message>
    <message>
        <source>Do not write the proxy&apos;s password into --proxy: other users could read it in the process list. Put it in a file for --proxy-password-file, or in $COLVAULT_PROXY_PASSWORD.</source>
        <translation>N&apos;écrivez pas le mot de passe du proxy dans --proxy&#xa0;: d&apos;autres utilisateurs pourraient le lire dans la liste des processus. Placez-le dans un fichier pour --proxy-password-file, ou dans $COLVAULT_PROXY_PASSWORD.</translation>
    </message>
    <message>
        <source>Give the proxy&apos;s user name either in --proxy (USER@HOST) or with --proxy-user, not both.</source>
        <translation>Indiquez le nom d&apos;utilisateur du proxy soit dans --proxy (UTILISATEUR@HÔTE), soit avec --proxy-user, pas les deux.</translation>
    </message>
    <message>
        <source>A proxy password needs a user name: give --proxy-user, or USER@ in --proxy.</source>
        <translation>Un mot de passe de proxy exige un nom d&apos;utilisateur&#xa0;: indiquez --proxy-user, ou UTILISATEUR@ dans --proxy.</translation>
    </message>
    <message>
        <source>Cannot read the proxy password file &quot;%1&quot;: %2</source>
        <translation>Impossible de lire le fichier de mot de passe du proxy «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The proxy password file &quot;%1&quot; is empty.</source>
        <translation>Le fichier de mot de passe du proxy «&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>The proxy password file &quot;%1&quot; holds more than one line; it must hold the password alone.</source>
        <translation>Le fichier de mot de passe du proxy «&#xa0;%1&#xa0;» contient plus d&apos;une ligne&#xa0;; il ne doit contenir que le mot de passe.</translation>
    </message>
    <message>
        <source>Address of the server&apos;s gRPC API, used for objects (see --transport), counts and id listings: grpc://HOST:PORT, or grpcs://HOST:PORT with TLS (default: the server&apos;s host, port 50051, TLS as for --url).</source>
        <translation>Adresse de l&apos;API gRPC du serveur, utilisée pour les objets (voir --transport), les comptages et les listes d&apos;identifiants&#xa0;: grpc://HOST:PORT, ou grpcs://HOST:PORT avec TLS (par défaut&#xa0;: l&apos;hôte du serveur, port 50051, TLS comme pour --url).</translation>
    </message>
    <message>
        <source>How objects travel (backup pages, restore batches): &quot;auto&quot; over gRPC where the server offers it, else over REST (the default); &quot;rest&quot; never over gRPC; &quot;grpc&quot; only over gRPC, an error without it. Counts and id listings take gRPC where they can in every mode.</source>
        <translation>Mode de transfert des objets (pages des sauvegardes, lots des restaurations)&#xa0;: «&#xa0;auto&#xa0;» (par défaut) par gRPC si le serveur le propose, sinon par REST&#xa0;; «&#xa0;rest&#xa0;» jamais par gRPC&#xa0;; «&#xa0;grpc&#xa0;» uniquement par gRPC, avec une erreur s&apos;il n&apos;est pas disponible. Dans tous les modes, les comptages et les listes d&apos;identifiants passent par gRPC lorsque c&apos;est possible.</translation>
    </message>
    <message>
        <source>--transport needs &quot;auto&quot;, &quot;rest&quot; or &quot;grpc&quot;.</source>
        <translation>--transport attend «&#xa0;auto&#xa0;», «&#xa0;rest&#xa0;» ou «&#xa0;grpc&#xa0;».</translation>
    </message>
    <message>
        <source>Only these tenants: names or shell patterns (acme-*, t?, [a-c]*), as A,B for the one collection named, or COLLECTION:A,B. Repeatable.</source>
        <translation>Uniquement ces locataires&#xa0;: noms ou motifs du shell (acme-*, t?, [a-c]*), sous la forme A,B pour l&apos;unique collection indiquée, ou COLLECTION:A,B. Option répétable.</translation>
    </message>
</context>
<context>
    <name>Colvault::AliasesDialog</name>
    <message>
        <source>Collection Aliases</source>
        <translation>Alias de collection</translation>
    </message>
    <message>
        <source>Aliases and their collections</source>
        <translation>Alias et leurs collections</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>e.g. Movies</source>
        <translation>par exemple Films</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Create an alias of this name that points at the collection</source>
        <translation>Créer un alias de ce nom qui pointe vers la collection</translation>
    </message>
    <message>
        <source>Change &amp;Target…</source>
        <translation>Changer de c&amp;ible…</translation>
    </message>
    <message>
        <source>Point this alias at the collection chosen, in one request</source>
        <translation>Faire pointer cet alias vers la collection choisie, en une seule requête</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete this alias; its collection stays</source>
        <translation>Supprimer cet alias&#xa0;; sa collection est conservée</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Collection:</source>
        <translation>C&amp;ollection&#xa0;:</translation>
    </message>
    <message>
        <source>Collection Aliases on %1</source>
        <extracomment>%1 the server: &quot;profile at URL&quot;</extracomment>
        <translation>Alias de collection sur %1</translation>
    </message>
    <message>
        <source>The server has an alias &quot;%1&quot; already. Select it and choose Change Target to point it at another collection.</source>
        <translation>Le serveur a déjà un alias «&#xa0;%1&#xa0;». Sélectionnez-le et choisissez «&#xa0;Changer de cible&#xa0;» pour le faire pointer vers une autre collection.</translation>
    </message>
    <message>
        <source>The aliases could not be read or changed.</source>
        <translation>Les alias n&apos;ont pas pu être lus ou modifiés.</translation>
    </message>
    <message>
        <source>Reading the aliases…</source>
        <translation>Lecture des alias…</translation>
    </message>
    <message>
        <source>Changing the alias…</source>
        <translation>Modification de l&apos;alias…</translation>
    </message>
    <message>
        <source>The server has no aliases.</source>
        <translation>Le serveur n&apos;a aucun alias.</translation>
    </message>
    <message>
        <source>Alias %1 created, pointing at %2.</source>
        <extracomment>%1 alias, %2 collection</extracomment>
        <translation>Alias %1 créé&#xa0;; il pointe vers %2.</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2.</source>
        <extracomment>%1 alias, %2 collection</extracomment>
        <translation>L&apos;alias %1 pointe désormais vers %2.</translation>
    </message>
    <message>
        <source>Alias %1 deleted; its collection is unchanged.</source>
        <extracomment>%1 alias</extracomment>
        <translation>Alias %1 supprimé&#xa0;; sa collection reste inchangée.</translation>
    </message>
    <message>
        <source>Add Alias</source>
        <translation>Ajouter l&apos;alias</translation>
    </message>
    <message>
        <source>Create the alias &quot;%1&quot; pointing at the collection &quot;%2&quot;? Clients that use &quot;%1&quot; then read and write &quot;%2&quot;.</source>
        <extracomment>%1 alias, %2 collection</extracomment>
        <translation>Créer l&apos;alias «&#xa0;%1&#xa0;» pointant vers la collection «&#xa0;%2&#xa0;»&#xa0;? Les clients qui utilisent «&#xa0;%1&#xa0;» liront et écriront alors dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Change Alias Target</source>
        <translation>Changer la cible de l&apos;alias</translation>
    </message>
    <message>
        <source>Point the alias &quot;%1&quot; at the collection &quot;%2&quot; instead of &quot;%3&quot;? Clients that use &quot;%1&quot; switch to &quot;%2&quot; at once; &quot;%3&quot; is kept.</source>
        <extracomment>%1 alias, %2 the collection it will point at, %3 the one it points at now</extracomment>
        <translation>Faire pointer l&apos;alias «&#xa0;%1&#xa0;» vers la collection «&#xa0;%2&#xa0;» au lieu de «&#xa0;%3&#xa0;»&#xa0;? Les clients qui utilisent «&#xa0;%1&#xa0;» basculent immédiatement vers «&#xa0;%2&#xa0;»&#xa0;; «&#xa0;%3&#xa0;» est conservée.</translation>
    </message>
    <message>
        <source>Change Target</source>
        <translation>Changer de cible</translation>
    </message>
    <message>
        <source>Delete Alias</source>
        <translation>Supprimer l&apos;alias</translation>
    </message>
    <message>
        <source>Delete the alias &quot;%1&quot;, which points at the collection &quot;%2&quot;? The collection and its objects stay; clients that use &quot;%1&quot; fail until an alias of that name is created again.</source>
        <extracomment>%1 alias, %2 the collection it points at</extracomment>
        <translation>Supprimer l&apos;alias «&#xa0;%1&#xa0;», qui pointe vers la collection «&#xa0;%2&#xa0;»&#xa0;? La collection et ses objets sont conservés&#xa0;; les clients qui utilisent «&#xa0;%1&#xa0;» échoueront jusqu&apos;à ce qu&apos;un alias de ce nom soit recréé.</translation>
    </message>
    <message numerus="yes">
        <source>The server has %Ln alias(es).</source>
        <translation>
            <numerusform>Le serveur a %Ln alias.</numerusform>
            <numerusform>Le serveur a %Ln alias.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a collection. Choose a name that no collection has.</source>
        <extracomment>%1 the name typed for the alias</extracomment>
        <translation>«&#xa0;%1&#xa0;» est le nom d&apos;une collection. Choisissez un nom qu&apos;aucune collection ne porte.</translation>
    </message>
</context>
<context>
    <name>Colvault::ArchiveKeyDialog</name>
    <message>
        <source>&amp;Passphrase</source>
        <translation>P&amp;hrase secrète</translation>
    </message>
    <message>
        <source>&amp;Identity file</source>
        <translation>Fichier d&apos;&amp;identité</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Encrypted Archive</source>
        <translation>Archive chiffrée</translation>
    </message>
    <message>
        <source>The archive %1 is encrypted to public keys. Give an age identity file that holds one of their secret keys, or paste its AGE-SECRET-KEY-1… line.</source>
        <extracomment>%1 an archive&apos;s file name or s3:// location</extracomment>
        <translation>L&apos;archive %1 est chiffrée pour des clés publiques. Indiquez un fichier d&apos;identité age contenant l&apos;une des clés secrètes correspondantes, ou collez sa ligne AGE-SECRET-KEY-1…</translation>
    </message>
    <message>
        <source>The archive %1 is encrypted with a passphrase. Type the passphrase.</source>
        <translation>L&apos;archive %1 est chiffrée avec une phrase secrète. Saisissez la phrase secrète.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Identity file, or the pasted identity</source>
        <translation>Fichier d&apos;identité, ou identité collée</translation>
    </message>
    <message>
        <source>A file, or AGE-SECRET-KEY-1…</source>
        <translation>Un fichier, ou AGE-SECRET-KEY-1…</translation>
    </message>
    <message>
        <source>Identity File</source>
        <translation>Fichier d&apos;identité</translation>
    </message>
    <message>
        <source>Age identities (*.txt *.key *.age);;All files (*)</source>
        <translation>Identités age (*.txt *.key *.age);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Saisissez la phrase secrète.</translation>
    </message>
    <message>
        <source>Give an identity file, or paste the identity.</source>
        <translation>Indiquez un fichier d&apos;identité, ou collez l&apos;identité.</translation>
    </message>
</context>
<context>
    <name>Colvault::BackgroundRunRow</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Progress of the operation</source>
        <translation>Progression de l&apos;opération</translation>
    </message>
    <message>
        <source>Cancel this operation (asks first)</source>
        <translation>Annuler cette opération (avec confirmation)</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Retirer cette ligne</translation>
    </message>
    <message>
        <source>Show the result of this operation</source>
        <translation>Afficher le résultat de cette opération</translation>
    </message>
    <message>
        <source>Show the progress dialog of this operation</source>
        <translation>Afficher la fenêtre de progression de cette opération</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <translation>Archive&#xa0;: %1</translation>
    </message>
    <message>
        <source>Archive: %1 (%2)</source>
        <translation>Archive&#xa0;: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Colvault::BackgroundRuns</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A desktop notification: %1 the operation&apos;s title (e.g. &quot;Backup from Work at https://…&quot;), %2 how it ended</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Colvault::BackupDialog</name>
    <message>
        <source>Back Up Collections</source>
        <translation>Sauvegarder des collections</translation>
    </message>
    <message>
        <source>Collection or tenant</source>
        <translation>Collection ou locataire</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Zstandard (recommended)</source>
        <translation>Zstandard (recommandé)</translation>
    </message>
    <message>
        <source>Gzip</source>
        <translation>Gzip</translation>
    </message>
    <message>
        <source>XZ (smallest, slowest)</source>
        <translation>XZ (plus compact, plus lent)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Default</source>
        <comment>compression level</comment>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>No estimate yet.</source>
        <translation>Pas encore d&apos;estimation.</translation>
    </message>
    <message>
        <source>Estimate:</source>
        <translation>Estimation&#xa0;:</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Sauvegarde écrite dans %1.</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Échec de la sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backup canceled.</source>
        <translation>Sauvegarde annulée.</translation>
    </message>
    <message>
        <source>inactive (%1)</source>
        <translation>inactif (%1)</translation>
    </message>
    <message>
        <source>Save Backup As</source>
        <translation>Enregistrer la sauvegarde sous</translation>
    </message>
    <message>
        <source>Colvault archives (*.tar.zst *.tar.gz *.tar.xz *.tar)</source>
        <translation>Archives Colvault (*.tar.zst *.tar.gz *.tar.xz *.tar)</translation>
    </message>
    <message>
        <source>Estimating…</source>
        <translation>Estimation en cours…</translation>
    </message>
    <message>
        <source>Backup of %1 to %2 started.</source>
        <translation>Sauvegarde de %1 vers %2 lancée.</translation>
    </message>
    <message>
        <source>The backup is complete.</source>
        <translation>La sauvegarde est terminée.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) written.</source>
        <translation>
            <numerusform>%Ln objet écrit.</numerusform>
            <numerusform>%Ln objets écrits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive: %1 (%2)</source>
        <translation>Archive&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <extracomment>%1 a duration in words such as &quot;2 min 5 s&quot;</extracomment>
        <translation>Durée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s) backed up.</source>
        <translation>
            <numerusform>%Ln collection sauvegardée.</numerusform>
            <numerusform>%Ln collections sauvegardées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the collections to back up; for a multi-tenant collection, check single tenants to back up only those.</source>
        <translation>Cochez les collections à sauvegarder&#xa0;; pour une collection multilocataire, cochez des locataires individuels pour ne sauvegarder que ceux-ci.</translation>
    </message>
    <message>
        <source>&amp;Activate inactive tenants for the backup, then put them back</source>
        <translation>Activer les locataires &amp;inactifs pour la sauvegarde, puis rétablir leur état</translation>
    </message>
    <message>
        <source>Sc&amp;hema only (no objects)</source>
        <translation>Schéma &amp;uniquement (sans objets)</translation>
    </message>
    <message>
        <source>Include &amp;vectors</source>
        <translation>Inclure les &amp;vecteurs</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Browse for the destination</source>
        <translation>Choisir la destination</translation>
    </message>
    <message>
        <source>&amp;Estimate</source>
        <translation>&amp;Estimer</translation>
    </message>
    <message>
        <source>Co&amp;mpression:</source>
        <translation>Co&amp;mpression&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start Backup</source>
        <translation>&amp;Lancer la sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Collections and tenants to back up:</source>
        <translation>&amp;Collections et locataires à sauvegarder&#xa0;:</translation>
    </message>
    <message>
        <source>Collections and tenants to back up</source>
        <translation>Collections et locataires à sauvegarder</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln object(s), archive about %1, taking roughly %2.</source>
        <translation>
            <numerusform>Au moins %Ln objet, archive d&apos;environ %1, durée d&apos;environ %2.</numerusform>
            <numerusform>Au moins %Ln objets, archive d&apos;environ %1, durée d&apos;environ %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s), archive about %1, taking roughly %2.</source>
        <translation>
            <numerusform>%Ln objet, archive d&apos;environ %1, durée d&apos;environ %2.</numerusform>
            <numerusform>%Ln objets, archive d&apos;environ %1, durée d&apos;environ %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back Up Collections from %1</source>
        <extracomment>%1 the server: &quot;profile at URL&quot;</extracomment>
        <translation>Sauvegarder des collections de %1</translation>
    </message>
    <message>
        <source>inactive (%1), activated for the backup</source>
        <extracomment>%1 the tenant&apos;s status as the server says it, e.g. COLD</extracomment>
        <translation>inactif (%1), activé pour la sauvegarde</translation>
    </message>
    <message>
        <source>Colvault activates this tenant for the backup and puts it back to its status afterwards.</source>
        <translation>Colvault active ce locataire pour la sauvegarde, puis le remet dans son état d&apos;origine.</translation>
    </message>
    <message>
        <source>This tenant is inactive, so its objects cannot be read. Choose “Activate inactive tenants” below to back it up.</source>
        <translation>Ce locataire est inactif&#xa0;: ses objets ne peuvent pas être lus. Choisissez «&#xa0;Activer les locataires inactifs&#xa0;» ci-dessous pour le sauvegarder.</translation>
    </message>
    <message>
        <source>offloaded (%1), cannot be backed up</source>
        <extracomment>%1 the tenant&apos;s status as the server says it, e.g. FROZEN</extracomment>
        <translation>déchargé (%1), ne peut pas être sauvegardé</translation>
    </message>
    <message>
        <source>This tenant is offloaded to cloud storage. Colvault can neither read nor activate it; load it back on the server first.</source>
        <translation>Ce locataire est déchargé vers un stockage cloud. Colvault ne peut ni le lire ni l&apos;activer&#xa0;; rechargez-le d&apos;abord sur le serveur.</translation>
    </message>
    <message>
        <source>changing status (%1), cannot be backed up</source>
        <extracomment>%1 the tenant&apos;s status as the server says it, e.g. FREEZING</extracomment>
        <translation>changement d&apos;état (%1), ne peut pas être sauvegardé</translation>
    </message>
    <message>
        <source>This tenant is changing its status on the server. Try again once that is done.</source>
        <translation>L&apos;état de ce locataire est en train de changer sur le serveur. Réessayez une fois le changement terminé.</translation>
    </message>
    <message>
        <source>Backup from %1</source>
        <extracomment>%1 the server: &quot;profile at URL&quot;</extracomment>
        <translation>Sauvegarde de %1</translation>
    </message>
    <message>
        <source>The backup was canceled. No archive was written.</source>
        <translation>La sauvegarde a été annulée. Aucune archive n&apos;a été écrite.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln object(s) written.</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln objet écrit.</numerusform>
            <numerusform>%1&#xa0;: %Ln objets écrits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2: %Ln object(s) written.</source>
        <translation>
            <numerusform>%1 / %2&#xa0;: %Ln objet écrit.</numerusform>
            <numerusform>%1 / %2&#xa0;: %Ln objets écrits.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>objects</comment>
        <extracomment>Objects column of a partly ticked multi-tenant collection: %1 objects of the ticked tenants, %2 of all</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) in the ticked tenants, of %1 in the collection.</source>
        <extracomment>%1 the objects of the whole collection</extracomment>
        <translation>
            <numerusform>%Ln objet dans les locataires cochés, sur %1 dans la collection.</numerusform>
            <numerusform>%Ln objets dans les locataires cochés, sur %1 dans la collection.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>Aucune sélection.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s)</source>
        <comment>selection summary</comment>
        <extracomment>Part of the selection summary, e.g. &quot;3 collections, 2 of 10,000 tenants selected, about 4 objects&quot;</extracomment>
        <translation>
            <numerusform>%Ln collection</numerusform>
            <numerusform>%Ln collections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln tenant(s)</source>
        <comment>selection summary</comment>
        <extracomment>Part of the selection summary: %1 the tenants ticked, %n all tenants of the server&apos;s collections</extracomment>
        <translation>
            <numerusform>%1 locataire sur %Ln</numerusform>
            <numerusform>%1 locataires sur %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>schema only</source>
        <comment>selection summary</comment>
        <extracomment>Part of the selection summary</extracomment>
        <translation>schéma uniquement</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln object(s)</source>
        <comment>selection summary</comment>
        <translation>
            <numerusform>environ %Ln objet</numerusform>
            <numerusform>environ %Ln objets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %Ln object(s)</source>
        <comment>selection summary</comment>
        <translation>
            <numerusform>au moins %Ln objet</numerusform>
            <numerusform>au moins %Ln objets</numerusform>
        </translation>
    </message>
    <message>
        <source>objects not counted</source>
        <comment>selection summary</comment>
        <translation>objets non comptés</translation>
    </message>
    <message>
        <source>%1, %2 selected, %3.</source>
        <translation>Sélection&#xa0;: %1, %2, %3.</translation>
    </message>
    <message>
        <source>%1 selected, %2.</source>
        <translation>Sélection&#xa0;: %1, %2.</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Enregist&amp;rer dans&#xa0;:</translation>
    </message>
    <message>
        <source>Folder on this computer</source>
        <translation>Dossier sur cet ordinateur</translation>
    </message>
    <message>
        <source>S3 bucket</source>
        <translation>Compartiment S3</translation>
    </message>
    <message>
        <source>Storage profile</source>
        <translation>Profil de stockage</translation>
    </message>
    <message>
        <source>No storage profile yet: add one under Storage Profiles…</source>
        <translation>Aucun profil de stockage pour l&apos;instant&#xa0;: ajoutez-en un dans Profils de stockage…</translation>
    </message>
    <message>
        <source>Cancel Backup</source>
        <translation>Annuler la sauvegarde</translation>
    </message>
</context>
<context>
    <name>Colvault::ClearImpactPage</name>
    <message>
        <source>unknown</source>
        <comment>object count</comment>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>What will be deleted, and the backup taken before anything is deleted.</source>
        <translation>Ce qui sera supprimé, et la sauvegarde effectuée avant toute suppression.</translation>
    </message>
    <message>
        <source>Collection or tenant</source>
        <translation>Collection ou locataire</translation>
    </message>
    <message>
        <source>Objects to delete</source>
        <translation>Objets à supprimer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>A file, or a folder for a file named after the collections</source>
        <translation>Un fichier, ou un dossier où créer un fichier nommé d&apos;après les collections</translation>
    </message>
    <message>
        <source>Reading what will be deleted…</source>
        <translation>Lecture de ce qui sera supprimé…</translation>
    </message>
    <message>
        <source>only the tenants below</source>
        <translation>uniquement les locataires ci-dessous</translation>
    </message>
    <message>
        <source>%1, skipped: %2</source>
        <extracomment>%1 tenant status in words (e.g. &quot;inactive&quot;), %2 why it is skipped</extracomment>
        <translation>%1, ignoré&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, activated for the clear, then put back</source>
        <extracomment>%1 tenant status in words, e.g. &quot;inactive&quot;</extracomment>
        <translation>%1, activé pour l&apos;effacement puis remis en l&apos;état</translation>
    </message>
    <message>
        <source>Blocking: %1</source>
        <translation>Bloquant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The backup of %Ln object(s) is written and verified first: %1</source>
        <extracomment>%1 a file path, %Ln objects in the backup</extracomment>
        <translation>
            <numerusform>La sauvegarde de %Ln objet est d&apos;abord écrite et vérifiée&#xa0;: %1</numerusform>
            <numerusform>La sauvegarde de %Ln objets est d&apos;abord écrite et vérifiée&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup is taken.</source>
        <translation>Aucune sauvegarde n&apos;est effectuée.</translation>
    </message>
    <message>
        <source>Save Backup As</source>
        <translation>Enregistrer la sauvegarde sous</translation>
    </message>
    <message>
        <source>Colvault archives (*.tar.zst *.tar.gz *.tar.xz *.tar)</source>
        <translation>Archives Colvault (*.tar.zst *.tar.gz *.tar.xz *.tar)</translation>
    </message>
    <message>
        <source>What will be deleted</source>
        <translation>Ce qui sera supprimé</translation>
    </message>
    <message>
        <source>Back &amp;up before clearing (recommended)</source>
        <translation>Sau&amp;vegarder avant l&apos;effacement (recommandé)</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>&amp;I understand that without a backup nothing can undo this clear</source>
        <translation>&amp;Je comprends que, sans sauvegarde, rien ne pourra annuler cet effacement</translation>
    </message>
    <message>
        <source>Backup &amp;to:</source>
        <translation>&amp;Destination de la sauvegarde&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln object(s) will be deleted. Collections: %1.</source>
        <extracomment>%Ln objects, %1 the number of collections they are in</extracomment>
        <translation>
            <numerusform>Au moins %Ln objet sera supprimé. Collections&#xa0;: %1.</numerusform>
            <numerusform>Au moins %Ln objets seront supprimés. Collections&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) will be deleted. Collections: %1.</source>
        <translation>
            <numerusform>%Ln objet sera supprimé. Collections&#xa0;: %1.</numerusform>
            <numerusform>%Ln objets seront supprimés. Collections&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the backup goes</source>
        <translation>Destination de la sauvegarde</translation>
    </message>
    <message>
        <source>Folder on this computer</source>
        <translation>Dossier sur cet ordinateur</translation>
    </message>
    <message>
        <source>S3 bucket</source>
        <translation>Compartiment S3</translation>
    </message>
    <message>
        <source>Storage profile</source>
        <translation>Profil de stockage</translation>
    </message>
    <message>
        <source>No storage profile yet: add one under Storage Profiles…</source>
        <translation>Aucun profil de stockage pour l&apos;instant&#xa0;: ajoutez-en un dans Profils de stockage…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 tenant names, %2 their collection: &quot;tenantB of TenantNote&quot;</extracomment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Only these tenants are cleared: %1.</source>
        <extracomment>%1 e.g. &quot;tenantB of TenantNote&quot; or &quot;t1, t2 and 3 more of Chat; tenantA of Notes&quot;</extracomment>
        <translation>Seuls ces locataires seront effacés&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other tenant(s) of %2</source>
        <extracomment>%1 tenant names, %2 their collection, %n tenants not named: &quot;t1, t2 and 3 other tenants of Chat&quot;</extracomment>
        <translation>
            <numerusform>%1 et %n autre locataire de %2</numerusform>
            <numerusform>%1 et %n autres locataires de %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::ClearSelectPage</name>
    <message>
        <source>What to clear</source>
        <translation>Éléments à effacer</translation>
    </message>
    <message>
        <source>Choose collections (or single tenants) and how to clear them.</source>
        <translation>Choisissez les collections (ou des locataires individuels) et la méthode d&apos;effacement.</translation>
    </message>
    <message>
        <source>Collection or tenant</source>
        <translation>Collection ou locataire</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Delete all objects, keep the schema</source>
        <translation>Supprimer tous les objets, conserver le schéma</translation>
    </message>
    <message>
        <source>Drop the collection</source>
        <translation>Supprimer la collection</translation>
    </message>
    <message>
        <source>Drop and re-create the collection</source>
        <translation>Supprimer et recréer la collection</translation>
    </message>
    <message>
        <source>Objects are batch-deleted; the schema, the tenants and their statuses stay.</source>
        <translation>Les objets sont supprimés par lots&#xa0;; le schéma, les locataires et leurs états sont conservés.</translation>
    </message>
    <message>
        <source>The collection (or the chosen tenants) is deleted with its schema.</source>
        <translation>La collection est supprimée avec son schéma (ou seuls les locataires choisis sont supprimés).</translation>
    </message>
    <message>
        <source>The collection is deleted and created again empty, from the same schema and tenants. The fastest way to remove many objects.</source>
        <translation>La collection est supprimée puis recréée vide, avec le même schéma et les mêmes locataires. C&apos;est la méthode la plus rapide pour supprimer de nombreux objets.</translation>
    </message>
    <message>
        <source>Collections and tenants to clear</source>
        <translation>Collections et locataires à effacer</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>Aucune sélection.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s)</source>
        <comment>selection summary</comment>
        <extracomment>Part of the selection summary, e.g. &quot;2 collections, 3 of 10,000 tenants selected.&quot;</extracomment>
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
            <numerusform>%1 sur %Ln locataire</numerusform>
            <numerusform>%1 sur %Ln locataires</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 selected.</source>
        <translation>Sélection&#xa0;: %1, %2.</translation>
    </message>
    <message>
        <source>%1 selected.</source>
        <translation>Sélection&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Colvault::ClearWizard</name>
    <message>
        <source>Clear Collections</source>
        <translation>Effacer des collections</translation>
    </message>
    <message>
        <source>Clearing cannot be undone except from the backup.</source>
        <translation>L&apos;effacement est irréversible, sauf en restaurant la sauvegarde.</translation>
    </message>
    <message>
        <source>Clear complete; no backup was taken.</source>
        <translation>Effacement terminé&#xa0;; aucune sauvegarde n&apos;a été effectuée.</translation>
    </message>
    <message>
        <source>Clear complete. Undo with: %1</source>
        <translation>Effacement terminé. Pour l&apos;annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>Clear failed: %1</source>
        <translation>Échec de l&apos;effacement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Undo with: %1</source>
        <translation>Pour annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>Clear canceled.</source>
        <translation>Effacement annulé.</translation>
    </message>
    <message>
        <source>The clear finished, but not everything was cleared.</source>
        <translation>L&apos;effacement s&apos;est terminé, mais tout n&apos;a pas été effacé.</translation>
    </message>
    <message>
        <source>The clear is complete.</source>
        <translation>L&apos;effacement est terminé.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) deleted.</source>
        <translation>
            <numerusform>%Ln objet supprimé.</numerusform>
            <numerusform>%Ln objets supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup was taken.</source>
        <translation>Aucune sauvegarde n&apos;a été effectuée.</translation>
    </message>
    <message numerus="yes">
        <source>Backup: %1 (%Ln object(s))</source>
        <extracomment>%1 the backup file, %2 its object count</extracomment>
        <translation>
            <numerusform>Sauvegarde&#xa0;: %1 (%Ln objet)</numerusform>
            <numerusform>Sauvegarde&#xa0;: %1 (%Ln objets)</numerusform>
        </translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Durée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 still holds %Ln object(s).</source>
        <extracomment>%1 collection or &quot;collection / tenant&quot;</extracomment>
        <translation>
            <numerusform>%1 contient encore %Ln objet.</numerusform>
            <numerusform>%1 contient encore %Ln objets.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Cancel the clear? Objects already deleted stay deleted.</source>
        <translation>Annuler l&apos;effacement&#xa0;? Les objets déjà supprimés le resteront.</translation>
    </message>
    <message>
        <source>&amp;Undo (restore)…</source>
        <translation>Annuler l&apos;&amp;effacement (restaurer)…</translation>
    </message>
    <message>
        <source>Restore the backup taken before the clear: you see the changes and confirm them first.</source>
        <translation>Restaurer la sauvegarde effectuée avant l&apos;effacement&#xa0;: vous verrez d&apos;abord les modifications, puis vous les confirmerez.</translation>
    </message>
    <message>
        <source>The clear failed.</source>
        <translation>L&apos;effacement a échoué.</translation>
    </message>
    <message>
        <source>The clear was canceled.</source>
        <translation>L&apos;effacement a été annulé.</translation>
    </message>
    <message>
        <source>Clearing</source>
        <translation>Effacement en cours</translation>
    </message>
    <message>
        <source>Starting the clear…</source>
        <translation>Démarrage de l&apos;effacement…</translation>
    </message>
    <message>
        <source>What the clear did. Undo restores the backup taken before it.</source>
        <translation>Bilan de l&apos;effacement. «&#xa0;Annuler l&apos;effacement&#xa0;» restaure la sauvegarde effectuée au préalable.</translation>
    </message>
    <message>
        <source>What the clear did.</source>
        <translation>Bilan de l&apos;effacement.</translation>
    </message>
    <message>
        <source>Nothing was deleted; the server is unchanged.</source>
        <translation>Rien n&apos;a été supprimé&#xa0;; le serveur n&apos;a pas été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) were deleted before the clear stopped.</source>
        <translation>
            <numerusform>%Ln objet a été supprimé avant l&apos;interruption de l&apos;effacement.</numerusform>
            <numerusform>%Ln objets ont été supprimés avant l&apos;interruption de l&apos;effacement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <extracomment>%1 the backup file</extracomment>
        <translation>Sauvegarde&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>This deletes at least %Ln object(s). A verified backup is written first to %1.</source>
        <extracomment>%1 the backup file</extracomment>
        <translation>
            <numerusform>Cette opération supprime au moins %Ln objet. Une sauvegarde vérifiée est d&apos;abord écrite dans %1.</numerusform>
            <numerusform>Cette opération supprime au moins %Ln objets. Une sauvegarde vérifiée est d&apos;abord écrite dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This deletes %Ln object(s). A verified backup is written first to %1.</source>
        <translation>
            <numerusform>Cette opération supprime %Ln objet. Une sauvegarde vérifiée est d&apos;abord écrite dans %1.</numerusform>
            <numerusform>Cette opération supprime %Ln objets. Une sauvegarde vérifiée est d&apos;abord écrite dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This deletes at least %Ln object(s). No backup is taken: nothing can undo this.</source>
        <translation>
            <numerusform>Cette opération supprime au moins %Ln objet. Aucune sauvegarde n&apos;est effectuée&#xa0;: rien ne pourra l&apos;annuler.</numerusform>
            <numerusform>Cette opération supprime au moins %Ln objets. Aucune sauvegarde n&apos;est effectuée&#xa0;: rien ne pourra l&apos;annuler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This deletes %Ln object(s). No backup is taken: nothing can undo this.</source>
        <translation>
            <numerusform>Cette opération supprime %Ln objet. Aucune sauvegarde n&apos;est effectuée&#xa0;: rien ne pourra l&apos;annuler.</numerusform>
            <numerusform>Cette opération supprime %Ln objets. Aucune sauvegarde n&apos;est effectuée&#xa0;: rien ne pourra l&apos;annuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clear of %1 started.</source>
        <extracomment>%1 a list of collections</extracomment>
        <translation>Effacement de %1 lancé.</translation>
    </message>
    <message>
        <source>Cancel stops the clear. Objects already deleted stay deleted; they can be restored from the backup.</source>
        <translation>«&#xa0;Annuler&#xa0;» interrompt l&apos;effacement. Les objets déjà supprimés le restent&#xa0;; ils peuvent être restaurés à partir de la sauvegarde.</translation>
    </message>
</context>
<context>
    <name>Colvault::CollectionsModel</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>legacy</source>
        <comment>vector kind</comment>
        <translation>hérité</translation>
    </message>
    <message>
        <source>named</source>
        <comment>vector kind</comment>
        <translation>nommé</translation>
    </message>
    <message>
        <source>multi</source>
        <comment>vector kind</comment>
        <translation>multivecteur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>vector name (kind)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Inactive tenants are not counted.</source>
        <translation>Les locataires inactifs ne sont pas comptés.</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>object count</comment>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (active tenants)</source>
        <extracomment>An object count that leaves out inactive tenants</extracomment>
        <translation>%1 (locataires actifs)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <source>Multi-tenant</source>
        <translation>Multilocataire</translation>
    </message>
    <message>
        <source>Vectors</source>
        <translation>Vecteurs</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln dimension(s)</source>
        <extracomment>%1 is a vector description such as &quot;title (named)&quot;, %Ln its dimension count</extracomment>
        <translation>
            <numerusform>%1, %Ln dimension</numerusform>
            <numerusform>%1, %Ln dimensions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (inactive: %2)</source>
        <extracomment>%1 tenants in total, %2 of them inactive</extracomment>
        <translation>%1 (inactifs&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>Colvault::CommandLineBox</name>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation>Copier la commande dans le presse-papiers</translation>
    </message>
    <message>
        <source>Same as the co&amp;mmand:</source>
        <translation>Équivaut à la co&amp;mmande&#xa0;:</translation>
    </message>
    <message>
        <source>The API key and the extra headers are not shown. Replace KEY_FILE with a file that holds the key, and HEADER_FILE with a file of the headers, one &quot;Name: value&quot; a line.</source>
        <translation>La clé d&apos;API et les en-têtes supplémentaires ne sont pas affichés. Remplacez KEY_FILE par un fichier contenant la clé, et HEADER_FILE par un fichier des en-têtes, un « Nom: valeur » par ligne.</translation>
    </message>
    <message>
        <source>The API key is not shown. Replace KEY_FILE with a file that holds the key.</source>
        <translation>La clé d&apos;API n&apos;est pas affichée. Remplacez KEY_FILE par un fichier contenant la clé.</translation>
    </message>
    <message>
        <source>The extra headers are not shown. Replace HEADER_FILE with a file of the headers, one &quot;Name: value&quot; a line.</source>
        <translation>Les en-têtes supplémentaires ne sont pas affichés. Remplacez HEADER_FILE par un fichier des en-têtes, un « Nom: valeur » par ligne.</translation>
    </message>
    <message>
        <source>The proxy password is not shown. Replace PROXY_PASSWORD_FILE with a file that holds it.</source>
        <translation>Le mot de passe du proxy n&apos;est pas affiché. Remplacez PROXY_PASSWORD_FILE par un fichier contenant le mot de passe.</translation>
    </message>
    <message>
        <source>The target&apos;s API key is not shown. Replace TARGET_KEY_FILE with a file that holds it.</source>
        <translation>La clé d&apos;API de la cible n&apos;est pas affichée. Remplacez TARGET_KEY_FILE par un fichier contenant la clé.</translation>
    </message>
    <message>
        <source>The target&apos;s header values are not shown. Replace each HEADER_VALUE with the value.</source>
        <translation>Les valeurs des en-têtes de la cible ne sont pas affichées. Remplacez chaque HEADER_VALUE par la valeur.</translation>
    </message>
    <message>
        <source>The archive&apos;s key is not shown. Replace IDENTITY_FILE with the age identity file that opens it.</source>
        <translation>La clé de l&apos;archive n&apos;est pas affichée. Remplacez IDENTITY_FILE par le fichier d&apos;identité age qui l&apos;ouvre.</translation>
    </message>
    <message>
        <source>The archive&apos;s passphrase is not shown. Replace PASSPHRASE_FILE with a file that holds it.</source>
        <translation>La phrase secrète de l&apos;archive n&apos;est pas affichée. Remplacez PASSPHRASE_FILE par un fichier contenant la phrase secrète.</translation>
    </message>
</context>
<context>
    <name>Colvault::ConfirmNamesPage</name>
    <message>
        <source>Confirm</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Collection names, separated by commas</source>
        <translation>Noms des collections, séparés par des virgules</translation>
    </message>
    <message>
        <source>The names do not match. Type them exactly, upper and lower case included.</source>
        <translation>Les noms ne correspondent pas. Saisissez-les exactement, en respectant les majuscules et les minuscules.</translation>
    </message>
    <message>
        <source>Collection names to confirm</source>
        <translation>Noms des collections à confirmer</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Type %Ln collection name(s) to confirm: %1</source>
        <extracomment>%1 is a list of collection names</extracomment>
        <translation>
            <numerusform>&amp;Saisissez le nom de la collection pour confirmer&#xa0;: %1</numerusform>
            <numerusform>&amp;Saisissez les noms des %Ln collections pour confirmer&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::ConnectionDialog</name>
    <message>
        <source>Connection Profile</source>
        <translation>Profil de connexion</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the settings file.</source>
        <translation>Stockée dans le trousseau du système, jamais dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>One header per line, for example X-OpenAI-Api-Key: sk-…</source>
        <translation>Un en-tête par ligne, par exemple X-OpenAI-Api-Key: sk-…</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>Certificats d&apos;AC</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The user name and password in this URL are not saved. Weaviate authenticates with an API key: choose “API key” below.</source>
        <translation>Le nom d&apos;utilisateur et le mot de passe contenus dans cette URL ne sont pas enregistrés. Weaviate utilise une clé d&apos;API pour l&apos;authentification&#xa0;: choisissez «&#xa0;Clé d&apos;API&#xa0;» ci-dessous.</translation>
    </message>
    <message>
        <source>None</source>
        <comment>authentication</comment>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Browse for CA certificates</source>
        <translation>Choisir le fichier de certificats d&apos;AC</translation>
    </message>
    <message>
        <source>Skip TLS certificate &amp;verification (unsafe)</source>
        <translation>Ignorer la &amp;vérification du certificat TLS (non sécurisé)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>Au&amp;thentification&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>En-têtes &amp;supplémentaires&#xa0;:</translation>
    </message>
    <message>
        <source>CA cer&amp;tificates:</source>
        <translation>Certi&amp;ficats d&apos;AC&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save and Connect</source>
        <translation>&amp;Enregistrer et se connecter</translation>
    </message>
    <message>
        <source>The headers and their values are stored in the system keychain, never in the settings file.</source>
        <translation>Les en-têtes et leurs valeurs sont stockés dans le trousseau du système, jamais dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>Default: the server&apos;s host, port 50051</source>
        <translation>Par défaut&#xa0;: l&apos;hôte du serveur, port 50051</translation>
    </message>
    <message>
        <source>&amp;gRPC address:</source>
        <translation>Adresse &amp;gRPC&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy add&amp;ress:</source>
        <translation>Ad&amp;resse du proxy&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy us&amp;er:</source>
        <translation>Utilisat&amp;eur du proxy&#xa0;:</translation>
    </message>
    <message>
        <source>System settings</source>
        <comment>proxy</comment>
        <translation>Réglages du système</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Aucun proxy</translation>
    </message>
    <message>
        <source>Manual</source>
        <comment>proxy</comment>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>System settings: the proxy of the environment (https_proxy, http_proxy, no_proxy), else the operating system&apos;s.</source>
        <translation>Réglages du système&#xa0;: le proxy de l&apos;environnement (https_proxy, http_proxy, no_proxy), sinon celui du système d&apos;exploitation.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de passe (&amp;w)&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s user name and password in their own fields below, not in the address.</source>
        <translation>Saisissez le nom d&apos;utilisateur et le mot de passe du proxy dans leurs propres champs ci-dessous, pas dans l&apos;adresse.</translation>
    </message>
    <message>
        <source>Weaviate&apos;s gRPC API, used for object counts and to move objects where the server offers it: grpc://host:port, or grpcs://host:port with TLS.</source>
        <translation>L&apos;API gRPC de Weaviate, utilisée pour compter et transférer les objets là où le serveur la propose&#xa0;: grpc://hôte:port, ou grpcs://hôte:port avec TLS.</translation>
    </message>
    <message>
        <source>Automatic: gRPC where the server offers it</source>
        <translation>Automatique&#xa0;: gRPC si le serveur le propose</translation>
    </message>
    <message>
        <source>REST only</source>
        <translation>REST uniquement</translation>
    </message>
    <message>
        <source>gRPC only</source>
        <translation>gRPC uniquement</translation>
    </message>
    <message>
        <source>How backups and restores move objects. gRPC carries vectors as bytes and is faster; REST works with every server and through every proxy.</source>
        <translation>Comment les sauvegardes et les restaurations transfèrent les objets. gRPC transporte les vecteurs en octets et est plus rapide&#xa0;; REST fonctionne avec tout serveur et à travers tout proxy.</translation>
    </message>
    <message>
        <source>&amp;Objects travel over:</source>
        <translation>&amp;Objets transférés par&#xa0;:</translation>
    </message>
    <message>
        <source>Write the gRPC address with its scheme: grpc://host:port, or grpcs://host:port with TLS.</source>
        <translation>Écrivez l&apos;adresse gRPC avec son schéma : grpc://hôte:port, ou grpcs://hôte:port avec TLS.</translation>
    </message>
</context>
<context>
    <name>Colvault::CopyTargetPage</name>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Where and how to copy. Preview shows what would change; nothing is written before Copy.</source>
        <translation>Où et comment copier. «&#xa0;Aperçu&#xa0;» montre ce qui changerait&#xa0;; rien n&apos;est écrit avant «&#xa0;Copier&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>A saved connection profile: its server receives the copy</source>
        <translation>Un profil de connexion enregistré&#xa0;: son serveur reçoit la copie</translation>
    </message>
    <message>
        <source>Target connection profile</source>
        <translation>Profil de connexion de la cible</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Copy as</source>
        <translation>Copier sous</translation>
    </message>
    <message>
        <source>Collections to copy and their names on the target</source>
        <translation>Collections à copier et leurs noms sur la cible</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>Copy the selected collection under another name (F2)</source>
        <translation>Copier la collection sélectionnée sous un autre nom (F2)</translation>
    </message>
    <message>
        <source>To copy a collection under another name, select it and press F2 or Rename, then type the name in &quot;Copy as&quot;.</source>
        <translation>Pour copier une collection sous un autre nom, sélectionnez-la, appuyez sur F2 ou sur «&#xa0;Renommer&#xa0;», puis tapez le nom dans «&#xa0;Copier sous&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not selected for the copy, so it cannot be renamed. Tick it first.</source>
        <extracomment>%1 a collection name</extracomment>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas sélectionnée pour la copie et ne peut donc pas être renommée. Cochez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Copy mode</source>
        <translation>Mode de copie</translation>
    </message>
    <message>
        <source>New: the collections must not exist on the target</source>
        <translation>Créer&#xa0;: les collections ne doivent pas exister sur la cible</translation>
    </message>
    <message>
        <source>Merge: add missing objects and properties</source>
        <translation>Fusionner&#xa0;: ajouter les objets et propriétés manquants</translation>
    </message>
    <message>
        <source>Overwrite: like merge, copied objects replace existing ones</source>
        <translation>Écraser&#xa0;: comme «&#xa0;Fusionner&#xa0;», mais les objets copiés remplacent les existants</translation>
    </message>
    <message>
        <source>Replace: drop the target&apos;s collections first</source>
        <translation>Remplacer&#xa0;: supprimer d&apos;abord les collections de la cible</translation>
    </message>
    <message>
        <source>Copy &amp;to:</source>
        <translation>Copier &amp;vers&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
    <message>
        <source>There is no saved connection to copy to. Save one with Connection → New Connection… first.</source>
        <translation>Aucune connexion enregistrée vers laquelle copier. Enregistrez-en d&apos;abord une avec «&#xa0;Connexion → Nouvelle connexion…&#xa0;».</translation>
    </message>
    <message>
        <source>Reading the connection %1 and its secrets…</source>
        <extracomment>%1 a connection profile&apos;s name</extracomment>
        <translation>Lecture de la connexion %1 et de ses secrets…</translation>
    </message>
    <message>
        <source>The collections are copied to %1, the server they are read from: give each one another name under &quot;Copy as&quot;.</source>
        <extracomment>%1 a server URL</extracomment>
        <translation>Les collections sont copiées vers %1, le serveur d&apos;où elles sont lues&#xa0;: donnez à chacune un autre nom dans «&#xa0;Copier sous&#xa0;».</translation>
    </message>
    <message>
        <source>The collections are copied to %1.</source>
        <extracomment>%1 a server URL</extracomment>
        <translation>Les collections sont copiées vers %1.</translation>
    </message>
    <message>
        <source>The secrets of %1 could not be read from the keychain (%2); the copy connects without them.</source>
        <extracomment>%1 a connection profile&apos;s name, %2 the keychain&apos;s error message</extracomment>
        <translation>Les secrets de %1 n&apos;ont pas pu être lus dans le trousseau (%2)&#xa0;; la copie se connecte sans eux.</translation>
    </message>
    <message>
        <source>Nothing on the target is touched; a collection that already exists there blocks the copy.</source>
        <translation>Rien n&apos;est modifié sur la cible&#xa0;; une collection qui y existe déjà bloque la copie.</translation>
    </message>
    <message>
        <source>Existing objects on the target are kept; missing objects and properties are added.</source>
        <translation>Les objets existants sur la cible sont conservés&#xa0;; les objets et propriétés manquants sont ajoutés.</translation>
    </message>
    <message>
        <source>Objects with the same id on the target are replaced by the copied ones.</source>
        <translation>Les objets de la cible ayant le même identifiant sont remplacés par les objets copiés.</translation>
    </message>
    <message>
        <source>The target&apos;s existing collections are deleted first. You will type their names to confirm.</source>
        <translation>Les collections existantes de la cible sont d&apos;abord supprimées. Vous devrez saisir leurs noms pour confirmer.</translation>
    </message>
    <message>
        <source>Vectors:</source>
        <translation>Vecteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Also write an &amp;archive of what is copied:</source>
        <translation>Écrire aussi une arc&amp;hive de ce qui est copié&#xa0;:</translation>
    </message>
    <message>
        <source>The archive holds what a backup of the copied collections would. It appears under this name only once the copy succeeded and the archive verified.</source>
        <translation>L&apos;archive contient ce que contiendrait une sauvegarde des collections copiées. Elle n&apos;apparaît sous ce nom qu&apos;une fois la copie réussie et l&apos;archive vérifiée.</translation>
    </message>
    <message>
        <source>Archive file</source>
        <translation>Fichier d&apos;archive</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <source>Browse for the archive file</source>
        <translation>Choisir le fichier d&apos;archive</translation>
    </message>
    <message>
        <source>Save Archive As</source>
        <translation>Enregistrer l&apos;archive sous</translation>
    </message>
    <message>
        <source>Colvault archives (*.tar.zst *.tar.gz *.tar.xz *.tar)</source>
        <translation>Archives Colvault (*.tar.zst *.tar.gz *.tar.xz *.tar)</translation>
    </message>
</context>
<context>
    <name>Colvault::CopyWizard</name>
    <message>
        <source>Replace mode drops the target&apos;s existing collections before copying.</source>
        <translation>Le mode remplacement supprime les collections existantes de la cible avant la copie.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Cancel the copy? What was written so far stays on the target server.</source>
        <translation>Annuler la copie&#xa0;? Ce qui a déjà été écrit restera sur le serveur cible.</translation>
    </message>
    <message numerus="yes">
        <source>Replace mode first deletes %Ln collection(s) on the target server with all their objects: %1. They are then copied from the source.</source>
        <extracomment>%1 a list of collection names</extracomment>
        <translation>
            <numerusform>Le mode remplacement supprime d&apos;abord du serveur cible %Ln collection avec tous ses objets&#xa0;: %1. Elle est ensuite copiée depuis la source.</numerusform>
            <numerusform>Le mode remplacement supprime d&apos;abord du serveur cible %Ln collections avec tous leurs objets&#xa0;: %1. Elles sont ensuite copiées depuis la source.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>Copie en cours</translation>
    </message>
    <message>
        <source>Cancel stops the copy. What was written until then stays on the target server.</source>
        <translation>«&#xa0;Annuler&#xa0;» interrompt la copie. Ce qui a été écrit jusque-là reste sur le serveur cible.</translation>
    </message>
    <message>
        <source>Starting the copy…</source>
        <translation>Démarrage de la copie…</translation>
    </message>
    <message>
        <source>The copy from %1 to %2 started.</source>
        <extracomment>%1 the source server&apos;s URL, %2 the target server&apos;s URL</extracomment>
        <translation>Copie de %1 vers %2 lancée.</translation>
    </message>
    <message>
        <source>Copy from %1 to %2 complete.</source>
        <extracomment>%1 the source server&apos;s URL, %2 the target server&apos;s URL</extracomment>
        <translation>Copie de %1 vers %2 terminée.</translation>
    </message>
    <message>
        <source>The copy failed.</source>
        <translation>La copie a échoué.</translation>
    </message>
    <message>
        <source>Copy failed: %1</source>
        <translation>Échec de la copie&#xa0;: %1</translation>
    </message>
    <message>
        <source>The copy was canceled.</source>
        <translation>La copie a été annulée.</translation>
    </message>
    <message>
        <source>Copy canceled.</source>
        <translation>Copie annulée.</translation>
    </message>
    <message>
        <source>What the copy did.</source>
        <translation>Bilan de la copie.</translation>
    </message>
    <message>
        <source>No objects had been written when the copy stopped.</source>
        <translation>Aucun objet n&apos;avait été écrit lorsque la copie s&apos;est arrêtée.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) had been written when the copy stopped.</source>
        <translation>
            <numerusform>%Ln objet avait été écrit lorsque la copie s&apos;est arrêtée.</numerusform>
            <numerusform>%Ln objets avaient été écrits lorsque la copie s&apos;est arrêtée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace mode may already have dropped %1 on the target server.</source>
        <extracomment>%1 a list of collections</extracomment>
        <translation>Le mode remplacement a peut-être déjà supprimé %1 du serveur cible.</translation>
    </message>
    <message>
        <source>Collections and tenants created so far stay on the target server. Copy again in overwrite mode to complete the copy.</source>
        <translation>Les collections et les locataires déjà créés restent sur le serveur cible. Relancez la copie en mode écrasement pour la terminer.</translation>
    </message>
    <message>
        <source>The copy finished, but not everything was copied.</source>
        <translation>La copie s&apos;est terminée, mais tout n&apos;a pas été copié.</translation>
    </message>
    <message>
        <source>The copy is complete.</source>
        <translation>La copie est terminée.</translation>
    </message>
    <message>
        <source>The copy is complete, but its archive was not written.</source>
        <translation>La copie est terminée, mais son archive n&apos;a pas été écrite.</translation>
    </message>
    <message>
        <source>Archive written and verified: %1 (%2).</source>
        <extracomment>%1 the archive&apos;s path, %2 its size</extracomment>
        <translation>Archive écrite et vérifiée&#xa0;: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Colvault::JobEditorDialog</name>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Archives</source>
        <translation>Arc&amp;hives</translation>
    </message>
    <message>
        <source>R&amp;etention</source>
        <translation>&amp;Rétention</translation>
    </message>
    <message>
        <source>Encr&amp;yption</source>
        <translation>&amp;Chiffrement</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planification</translation>
    </message>
    <message>
        <source>Why the job cannot be saved</source>
        <translation>Pourquoi la tâche ne peut pas être enregistrée</translation>
    </message>
    <message>
        <source>Save &amp;Job</source>
        <translation>&amp;Enregistrer la tâche</translation>
    </message>
    <message>
        <source>e.g. nightly</source>
        <translation>par exemple nightly</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>The saved connection the job backs up; its name is {profile} in file names.</source>
        <translation>La connexion enregistrée que la tâche sauvegarde&#xa0;; son nom correspond à {profile} dans les noms de fichier.</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>Conne&amp;xion&#xa0;:</translation>
    </message>
    <message>
        <source>none: the keychain&apos;s key when run from the app</source>
        <translation>aucun&#xa0;: la clé du trousseau lors d&apos;une exécution depuis l&apos;application</translation>
    </message>
    <message>
        <source>A file holding the API key, for scheduled runs. The job saves its name only.</source>
        <translation>Un fichier contenant la clé d&apos;API, pour les exécutions planifiées. La tâche n&apos;enregistre que son nom.</translation>
    </message>
    <message>
        <source>API &amp;key file:</source>
        <translation>Fichier de clé d&apos;&amp;API&#xa0;:</translation>
    </message>
    <message>
        <source>A file holding the proxy&apos;s password, for scheduled runs.</source>
        <translation>Un fichier contenant le mot de passe du proxy, pour les exécutions planifiées.</translation>
    </message>
    <message>
        <source>Pro&amp;xy password file:</source>
        <translation>Fichier du mot de passe du pr&amp;oxy&#xa0;:</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>all collections</source>
        <translation>toutes les collections</translation>
    </message>
    <message>
        <source>Collection names separated by commas or spaces; empty backs up every collection.</source>
        <translation>Noms de collections séparés par des virgules ou des espaces&#xa0;; vide, toutes les collections sont sauvegardées.</translation>
    </message>
    <message>
        <source>C&amp;ollections:</source>
        <translation>Co&amp;llections&#xa0;:</translation>
    </message>
    <message>
        <source>Article: tenantA, tenantB</source>
        <translation>Article: locataireA, locataireB</translation>
    </message>
    <message>
        <source>Only these tenants: one line per collection, its name, a colon and the tenants. Empty: every tenant.</source>
        <translation>Uniquement ces locataires&#xa0;: une ligne par collection, avec son nom, deux-points et les locataires. Vide&#xa0;: tous les locataires.</translation>
    </message>
    <message>
        <source>&amp;Tenants:</source>
        <translation>Loca&amp;taires&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>{profile}, {job} and {date} (UTC, yyyyMMdd-HHmmss) are filled in; the suffix (.tar.zst, .age) is added.</source>
        <translation>{profile}, {job} et {date} (UTC, yyyyMMdd-HHmmss) sont remplacés&#xa0;; le suffixe (.tar.zst, .age) est ajouté.</translation>
    </message>
    <message>
        <source>File-name &amp;pattern:</source>
        <translation>&amp;Modèle de nom de fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Sc&amp;hema only (no objects)</source>
        <translation>&amp;Schéma uniquement (sans objets)</translation>
    </message>
    <message>
        <source>Leave out &amp;vectors</source>
        <translation>Omettre les &amp;vecteurs</translation>
    </message>
    <message>
        <source>Activate &amp;inactive tenants for the backup</source>
        <translation>Activer les locataires &amp;inactifs pour la sauvegarde</translation>
    </message>
    <message>
        <source>Co&amp;mpression:</source>
        <translation>C&amp;ompression&#xa0;:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>zstd 1-19, gzip 1-9, xz 0-9</source>
        <translation>zstd 1 à 19, gzip 1 à 9, xz 0 à 9</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau&#xa0;:</translation>
    </message>
    <message>
        <source>After each verified run, older archives of this job beyond these rules are removed (restic&apos;s forget rules, UTC periods). 0 turns a rule off; with no rule every archive is kept. The newest archive is always kept.</source>
        <translation>Après chaque exécution vérifiée, les archives plus anciennes de cette tâche qui dépassent ces règles sont supprimées (règles forget de restic, périodes en UTC). 0 désactive une règle&#xa0;; sans aucune règle, toutes les archives sont conservées. L&apos;archive la plus récente est toujours conservée.</translation>
    </message>
    <message>
        <source>Keep the &amp;last:</source>
        <translation>&amp;Dernières à conserver&#xa0;:</translation>
    </message>
    <message>
        <source>Keep &amp;hourly:</source>
        <translation>H&amp;oraires à conserver&#xa0;:</translation>
    </message>
    <message>
        <source>Keep &amp;daily:</source>
        <translation>&amp;Quotidiennes à conserver&#xa0;:</translation>
    </message>
    <message>
        <source>Keep &amp;weekly:</source>
        <translation>Hebdo&amp;madaires à conserver&#xa0;:</translation>
    </message>
    <message>
        <source>Keep &amp;monthly:</source>
        <translation>Me&amp;nsuelles à conserver&#xa0;:</translation>
    </message>
    <message>
        <source>Keep yea&amp;rly:</source>
        <translation>&amp;Annuelles à conserver&#xa0;:</translation>
    </message>
    <message>
        <source>unlimited</source>
        <extracomment>A retention rule&apos;s count at its minimum: every period is kept</extracomment>
        <translation>illimité</translation>
    </message>
    <message>
        <source>To age recipients</source>
        <translation>Pour des destinataires age</translation>
    </message>
    <message>
        <source>With a passphrase file</source>
        <translation>Avec un fichier de phrase secrète</translation>
    </message>
    <message>
        <source>En&amp;crypt:</source>
        <translation>Chi&amp;ffrer&#xa0;:</translation>
    </message>
    <message>
        <source>age1… (one per line)</source>
        <translation>age1… (un par ligne)</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Destinataires&#xa0;:</translation>
    </message>
    <message>
        <source>A file holding the passphrase. Runs from the app may use the keychain instead.</source>
        <translation>Un fichier contenant la phrase secrète. Les exécutions depuis l&apos;application peuvent utiliser le trousseau à la place.</translation>
    </message>
    <message>
        <source>&amp;Passphrase file:</source>
        <translation>Fichier de phrase &amp;secrète&#xa0;:</translation>
    </message>
    <message>
        <source>one file per line</source>
        <translation>un fichier par ligne</translation>
    </message>
    <message>
        <source>Age identity files that open the job&apos;s archives: each run verifies its new archive and retention reads the old ones. Needed with recipients.</source>
        <translation>Fichiers d&apos;identité age capables d&apos;ouvrir les archives de la tâche&#xa0;: chaque exécution vérifie sa nouvelle archive et la rétention lit les anciennes. Nécessaires avec des destinataires.</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>Identity File</source>
        <translation>Fichier d&apos;identité</translation>
    </message>
    <message>
        <source>&amp;Identity files:</source>
        <translation>Fichiers d&apos;&amp;identité&#xa0;:</translation>
    </message>
    <message>
        <source>Never (run by hand)</source>
        <translation>Jamais (exécution manuelle)</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation>E&amp;xécution&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;t (local time):</source>
        <translation>À (heure &amp;locale)&#xa0;:</translation>
    </message>
    <message>
        <source>The operating system runs colvault-cli on schedule (a systemd user timer, a launchd agent or a Task Scheduler task); the app need not be open.</source>
        <translation>Le système d&apos;exploitation exécute colvault-cli selon la planification (un minuteur utilisateur systemd, un agent launchd ou une tâche du Planificateur de tâches)&#xa0;; l&apos;application n&apos;a pas besoin d&apos;être ouverte.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Folder for the Archives</source>
        <translation>Dossier des archives</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>Edit Job &quot;%1&quot;</source>
        <extracomment>The title of the job editor; %1 a job&apos;s name</extracomment>
        <translation>Modifier la tâche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>New Job</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>A saved job keeps its name: its schedule and archives go by it.</source>
        <translation>Une tâche enregistrée garde son nom&#xa0;: sa planification et ses archives en dépendent.</translation>
    </message>
    <message>
        <source>1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; the name colvault-cli runs the job by.</source>
        <translation>1 à 64 lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;»&#xa0;; le nom sous lequel colvault-cli exécute la tâche.</translation>
    </message>
    <message>
        <source>None checked: every collection, also those created later.</source>
        <translation>Aucune cochée&#xa0;: toutes les collections, y compris celles créées plus tard.</translation>
    </message>
    <message>
        <source>Create a connection profile first (Connection → New Connection…).</source>
        <translation>Créez d&apos;abord un profil de connexion (Connexion → Nouvelle connexion…).</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next archive: %1</source>
        <translation>Prochaine archive&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next run: %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>Prochaine exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not scheduled: run it from the Jobs dock or with colvault-cli job run.</source>
        <translation>Non planifiée&#xa0;: exécutez-la depuis le panneau Tâches ou avec colvault-cli job run.</translation>
    </message>
    <message>
        <source>Tenants, line %1: write the collection, a colon and its tenants, e.g. Article: tenantA, tenantB.</source>
        <extracomment>%1 a line number</extracomment>
        <translation>Locataires, ligne %1&#xa0;: indiquez la collection, deux-points et ses locataires, par exemple Article: locataireA, locataireB.</translation>
    </message>
    <message>
        <source>Choose the connection the job backs up; create one with Connection → New Connection… first.</source>
        <translation>Choisissez la connexion que la tâche sauvegarde&#xa0;; si aucune n&apos;existe, créez-en d&apos;abord une (Connexion → Nouvelle connexion…).</translation>
    </message>
    <message>
        <source>Give at least one age recipient (age1…), one per line.</source>
        <translation>Indiquez au moins un destinataire age (age1…), un par ligne.</translation>
    </message>
    <message>
        <source>Choose the file that holds the passphrase.</source>
        <translation>Choisissez le fichier qui contient la phrase secrète.</translation>
    </message>
    <message>
        <source>A schedule runs colvault-cli, which is not at %1. Install it beside the app, or schedule the job with colvault-cli job schedule.</source>
        <extracomment>%1 the path of colvault-cli</extracomment>
        <translation>Une planification exécute colvault-cli, qui ne se trouve pas à l&apos;emplacement %1. Installez-le à côté de l&apos;application, ou planifiez la tâche avec colvault-cli job schedule.</translation>
    </message>
    <message>
        <source>None</source>
        <comment>compression</comment>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>None</source>
        <comment>encryption</comment>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Next archive: %1
Warning: %2</source>
        <extracomment>%1 the path of the archive the next run writes, %2 what is wrong with the file-name pattern</extracomment>
        <translation>Prochaine archive&#xa0;: %1
Avertissement&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1

Details: %2</source>
        <extracomment>%1 why the job cannot be saved (a sentence), %2 a tool&apos;s own words (e.g. systemctl&apos;s), untranslated</extracomment>
        <translation>%1

Détails&#xa0;: %2</translation>
    </message>
    <message>
        <source>Create the Folder?</source>
        <extracomment>%1 a folder&apos;s path</extracomment>
        <translation>Créer le dossier&#xa0;?</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist. Create it and save the job?</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n&apos;existe pas. Le créer et enregistrer la tâche&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;: choose another folder or check its parent&apos;s permissions.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;»&#xa0;: choisissez un autre dossier ou vérifiez les droits de son dossier parent.</translation>
    </message>
    <message>
        <source>Create Folder and Save</source>
        <translation>Créer le dossier et enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cr&amp;eate…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>A passphrase file holds the passphrase on one line and should be readable only by you. Scheduled runs read it; keep it as safe as the archives need.</source>
        <translation>Un fichier de phrase secrète contient la phrase secrète sur une seule ligne et ne devrait être lisible que par vous. Les exécutions planifiées le lisent&#xa0;; protégez-le autant que l&apos;exigent les archives.</translation>
    </message>
    <message>
        <source>Other users can read %1. Make it readable only by you, for example with chmod 600.</source>
        <extracomment>%1 a file&apos;s path</extracomment>
        <translation>D&apos;autres utilisateurs peuvent lire %1. Rendez-le lisible par vous seul, par exemple avec chmod 600.</translation>
    </message>
    <message>
        <source>Create Passphrase File</source>
        <translation>Créer un fichier de phrase secrète</translation>
    </message>
    <message>
        <source>Every archive of the job is encrypted with this passphrase: keep a copy somewhere safe. Without it the archives cannot be restored.</source>
        <translation>Chaque archive de la tâche est chiffrée avec cette phrase secrète&#xa0;: conservez-en une copie en lieu sûr. Sans elle, les archives ne peuvent pas être restaurées.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>Passphrase File</source>
        <translation>Fichier de phrase secrète</translation>
    </message>
    <message>
        <source>Cannot write the passphrase file &quot;%1&quot;: %2</source>
        <extracomment>%1 a file&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>Impossible d&apos;écrire le fichier de phrase secrète «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Save the job without a schedule? You can schedule it later.</source>
        <translation>Enregistrer la tâche sans planification ? Vous pourrez la planifier plus tard.</translation>
    </message>
    <message>
        <source>Save Without Schedule</source>
        <translation>Enregistrer sans planification</translation>
    </message>
</context>
<context>
    <name>Colvault::JobHistoryModel</name>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>Colvault::JobListModel</name>
    <message>
        <source>Succeeded</source>
        <comment>job run result</comment>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Partial</source>
        <comment>job run result</comment>
        <translation>Partielle</translation>
    </message>
    <message>
        <source>Canceled</source>
        <comment>job run result</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>job run result</comment>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>never</source>
        <comment>a job&apos;s last run</comment>
        <translation>jamais</translation>
    </message>
    <message>
        <source>every collection</source>
        <translation>toutes les collections</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Next Run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <source>Last Run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>Colvault::JobProgressDialog</name>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Elapsed %1, remaining %2</source>
        <extracomment>%1 elapsed time, %2 estimated time left, both in words such as &quot;2 min 5 s&quot;</extracomment>
        <translation>Écoulé&#xa0;: %1, restant&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the running operation? Work done so far is discarded.</source>
        <translation>Annuler l&apos;opération en cours&#xa0;? Le travail déjà effectué sera perdu.</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>L&apos;opération a échoué.</translation>
    </message>
    <message>
        <source>The operation stopped before it was complete.</source>
        <translation>L&apos;opération s&apos;est arrêtée avant d&apos;être terminée.</translation>
    </message>
    <message>
        <source>The operation was canceled.</source>
        <translation>L&apos;opération a été annulée.</translation>
    </message>
    <message>
        <source>Save Failures</source>
        <translation>Enregistrer les échecs</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Progression globale</translation>
    </message>
    <message>
        <source>Current collection</source>
        <translation>Collection en cours</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Show log</source>
        <translation>Afficher le journal</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Save Failures…</source>
        <translation>&amp;Enregistrer les échecs…</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <extracomment>%1 the folder, %2 the file in it</extracomment>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>No file manager opened the folder %1. The file is %2.</source>
        <translation>Aucun gestionnaire de fichiers n&apos;a ouvert le dossier %1. Le fichier est %2.</translation>
    </message>
    <message>
        <source>%1 of %2 objects</source>
        <extracomment>%1 objects of the current collection done, of %2</extracomment>
        <translation>%1 objets sur %2</translation>
    </message>
    <message>
        <source>%1 objects/s, %2 MiB/s</source>
        <extracomment>%1 objects per second, %2 mebibytes per second</extracomment>
        <translation>%1 objets/s, %2 Mio/s</translation>
    </message>
    <message>
        <source>The cancel came too late: the work was already complete.</source>
        <translation>L&apos;annulation est arrivée trop tard&#xa0;: le travail était déjà terminé.</translation>
    </message>
    <message>
        <source>Run in &amp;Background</source>
        <translation>Exécuter en &amp;arrière-plan</translation>
    </message>
    <message>
        <source>Hide this dialog and follow the operation in the Jobs dock. It goes on running.</source>
        <translation>Masquer cette fenêtre et suivre l&apos;opération dans le panneau Tâches. Elle continue de s&apos;exécuter.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>A run in the Jobs dock that ended in a failure; %1 why (one sentence)</extracomment>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancel Operation</source>
        <translation>Annuler l&apos;opération</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>Colvault::JobSecretDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>&amp;Mémoriser dans le trousseau</translation>
    </message>
    <message>
        <source>Runs from the app use it before the job&apos;s file. Scheduled runs always read the file.</source>
        <translation>Les exécutions depuis l&apos;application l&apos;utilisent avant le fichier de la tâche. Les exécutions planifiées lisent toujours le fichier.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Identity:</source>
        <translation>&amp;Identité&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Job Passphrase</source>
        <translation>Phrase secrète de la tâche</translation>
    </message>
    <message>
        <source>Job Identity</source>
        <translation>Identité de la tâche</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; needs an age identity to verify its archives, but it cannot be read from its files: %2

Enter the identity (AGE-SECRET-KEY-1…) for this run.</source>
        <extracomment>%1 a job&apos;s name, %2 why its file cannot be read (one sentence). Two paragraphs.</extracomment>
        <translation>La tâche «&#xa0;%1&#xa0;» a besoin d&apos;une identité age pour vérifier ses archives, mais celle-ci ne peut pas être lue dans ses fichiers&#xa0;: %2

Saisissez l&apos;identité (AGE-SECRET-KEY-1…) pour cette exécution.</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Confirmation de la phrase secrète</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; encrypts its archives with the passphrase in its passphrase file, which cannot be read: %2

This run&apos;s archive will be encrypted with the passphrase you type here and can be restored only with exactly this passphrase. Type the job&apos;s own passphrase, twice.

Restore or fix the file %3: scheduled runs read it and fail without it.</source>
        <extracomment>%1 a job&apos;s name, %2 why its file cannot be read (one sentence), %3 the file&apos;s path. Three paragraphs.</extracomment>
        <translation>La tâche «&#xa0;%1&#xa0;» chiffre ses archives avec la phrase secrète de son fichier de phrase secrète, qui ne peut pas être lu&#xa0;: %2

L&apos;archive de cette exécution sera chiffrée avec la phrase secrète que vous saisissez ici et ne pourra être restaurée qu&apos;avec exactement cette phrase secrète. Saisissez deux fois la phrase secrète habituelle de la tâche.

Rétablissez ou corrigez le fichier %3&#xa0;: les exécutions planifiées le lisent et échouent sans lui.</translation>
    </message>
    <message>
        <source>The keychain could not remember it: %1
Click Run to run the job without remembering it; the next run asks again.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>Le trousseau n&apos;a pas pu mémoriser le secret&#xa0;: %1
Cliquez sur Lancer pour exécuter la tâche sans le mémoriser&#xa0;; la prochaine exécution le redemandera.</translation>
    </message>
</context>
<context>
    <name>Colvault::JobsDock</name>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; wrote %2.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» a écrit %2.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is done, but some collections or tenants were skipped.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» est terminée, mais des collections ou des locataires ont été ignorés.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is done: the backup is complete and verified.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» est terminée&#xa0;: la sauvegarde est complète et vérifiée.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; failed: %2</source>
        <extracomment>%1 a job&apos;s name, %2 why it failed (one sentence)</extracomment>
        <translation>La tâche «&#xa0;%1&#xa0;» a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; was canceled.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» a été annulée.</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <extracomment>A button of the bar that tells of a failed job run; the mnemonic must not clash with the main window&apos;s</extracomment>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Hides this message until a job fails again.</source>
        <translation>Masque ce message jusqu&apos;à ce qu&apos;une tâche échoue de nouveau.</translation>
    </message>
    <message>
        <source>Saved jobs</source>
        <translation>Tâches enregistrées</translation>
    </message>
    <message>
        <source>The saved backup jobs with their schedule, next run and last result. Select one to see its runs.</source>
        <translation>Les tâches de sauvegarde enregistrées, avec leur planification, leur prochaine exécution et leur dernier résultat. Sélectionnez-en une pour voir ses exécutions.</translation>
    </message>
    <message>
        <source>R&amp;un Now</source>
        <extracomment>The mnemonic must not clash with the main window&apos;s menus and toolbar</extracomment>
        <translation>&amp;Lancer maintenant</translation>
    </message>
    <message>
        <source>Back up, verify the archive and apply the retention rules, as the schedule does</source>
        <translation>Sauvegarder, vérifier l&apos;archive et appliquer les règles de rétention, comme le fait la planification</translation>
    </message>
    <message>
        <source>&amp;Delete Job…</source>
        <extracomment>The mnemonic must not clash with the main window&apos;s menus and toolbar</extracomment>
        <translation>Supprimer la tâc&amp;he…</translation>
    </message>
    <message>
        <source>Runs of the selected job</source>
        <translation>Exécutions de la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Open Lo&amp;g</source>
        <extracomment>The mnemonic must not clash with the main window&apos;s menus and toolbar</extracomment>
        <translation>Ouvrir le &amp;journal</translation>
    </message>
    <message>
        <source>Restore from This Arch&amp;ive…</source>
        <extracomment>The mnemonic must not clash with the main window&apos;s menus and toolbar</extracomment>
        <translation>Restaurer &amp;depuis cette archive…</translation>
    </message>
    <message>
        <source>&lt;p&gt;The saved jobs cannot be read. %1&lt;/p&gt;</source>
        <extracomment>%1 why the jobs cannot be read (one sentence, naming the file)</extracomment>
        <translation>&lt;p&gt;Impossible de lire les tâches enregistrées. %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; has not run yet.</source>
        <extracomment>%1 a job&apos;s name</extracomment>
        <translation>La tâche «&#xa0;%1&#xa0;» n&apos;a pas encore été exécutée.</translation>
    </message>
    <message>
        <source>Runs of the job &quot;%1&quot;, newest first:</source>
        <extracomment>%1 a job&apos;s name</extracomment>
        <translation>Exécutions de la tâche «&#xa0;%1&#xa0;», de la plus récente à la plus ancienne&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Archive: %1. Retention removed %n older archive(s).</source>
        <extracomment>%1 the archive&apos;s path</extracomment>
        <translation>
            <numerusform>Archive&#xa0;: %1. La rétention a supprimé %n archive plus ancienne.</numerusform>
            <numerusform>Archive&#xa0;: %1. La rétention a supprimé %n archives plus anciennes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API key of the connection %1 could not be read from the keychain: %2</source>
        <extracomment>%1 a connection profile&apos;s name, %2 the keychain&apos;s error message</extracomment>
        <translation>La clé d&apos;API de la connexion %1 n&apos;a pas pu être lue dans le trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>Run of the job &quot;%1&quot;</source>
        <extracomment>The progress dialog&apos;s title; %1 a job&apos;s name</extracomment>
        <translation>Exécution de la tâche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The run was canceled before it was complete. Retention removed nothing.</source>
        <translation>L&apos;exécution a été annulée avant d&apos;être terminée. La rétention n&apos;a rien supprimé.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; runs with the API key of the connection %2.</source>
        <extracomment>%1 a job&apos;s name, %2 a connection profile&apos;s name</extracomment>
        <translation>La tâche «&#xa0;%1&#xa0;» s&apos;exécute avec la clé d&apos;API de la connexion %2.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is running.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» est en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>The backup is complete and verified, but some collections or tenants were skipped.</source>
        <translation>La sauvegarde est complète et vérifiée, mais des collections ou des locataires ont été ignorés.</translation>
    </message>
    <message>
        <source>The backup is complete and verified.</source>
        <translation>La sauvegarde est complète et vérifiée.</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <extracomment>%1 a job&apos;s name</extracomment>
        <translation>Tâche&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retention removed %n older archive(s).</source>
        <translation>
            <numerusform>La rétention a supprimé %n archive plus ancienne.</numerusform>
            <numerusform>La rétention a supprimé %n archives plus anciennes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log: %1</source>
        <extracomment>%1 the path of the run&apos;s log file</extracomment>
        <translation>Journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>Colvault</source>
        <translation>Colvault</translation>
    </message>
    <message>
        <source>Open Log</source>
        <translation>Ouvrir le journal</translation>
    </message>
    <message>
        <source>The log %1 is no longer there; the newest 50 logs of each job are kept.</source>
        <translation>Le journal %1 n&apos;existe plus&#xa0;; les 50 journaux les plus récents de chaque tâche sont conservés.</translation>
    </message>
    <message>
        <source>No application opened the log %1. It is a text file for any text editor.</source>
        <translation>Aucune application n&apos;a ouvert le journal %1. C&apos;est un fichier texte, lisible avec n&apos;importe quel éditeur de texte.</translation>
    </message>
    <message>
        <source>Restore from This Archive</source>
        <translation>Restaurer depuis cette archive</translation>
    </message>
    <message>
        <source>The archive %1 was removed by the retention rules of the run of %2.</source>
        <extracomment>%1 an archive&apos;s path, %2 when the later run started</extracomment>
        <translation>L&apos;archive %1 a été supprimée par les règles de rétention de l&apos;exécution du %2.</translation>
    </message>
    <message>
        <source>Delete the job &quot;%1&quot;? Its schedule is removed as well. Its archives in %2 and its history are kept.</source>
        <extracomment>%1 a job&apos;s name, %2 the folder of its archives</extracomment>
        <translation>Supprimer la tâche «&#xa0;%1&#xa0;»&#xa0;? Sa planification est également supprimée. Ses archives dans %2 et son historique sont conservés.</translation>
    </message>
    <message>
        <source>Delete Job</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <source>Deleted the job &quot;%1&quot;. Its archives in %2 are kept.</source>
        <extracomment>%1 a job&apos;s name, %2 the folder of its archives</extracomment>
        <translation>La tâche «&#xa0;%1&#xa0;» a été supprimée. Ses archives dans %2 sont conservées.</translation>
    </message>
    <message>
        <source>The last run of the job &quot;%1&quot; failed (%2): %3</source>
        <extracomment>%1 a job&apos;s name, %2 when the run started, %3 why it failed (one sentence)</extracomment>
        <translation>La dernière exécution de la tâche «&#xa0;%1&#xa0;» a échoué (%2)&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>The last runs of %n jobs failed: %1. Select a job to see why.</source>
        <extracomment>%1 the jobs&apos; names</extracomment>
        <translation>
            <numerusform>La dernière exécution de %n tâche a échoué&#xa0;: %1. Sélectionnez une tâche pour en voir la raison.</numerusform>
            <numerusform>Les dernières exécutions de %n tâches ont échoué&#xa0;: %1. Sélectionnez une tâche pour en voir la raison.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed job run</source>
        <translation>Exécution de tâche échouée</translation>
    </message>
    <message>
        <source>No saved jobs</source>
        <translation>Aucune tâche enregistrée</translation>
    </message>
    <message>
        <source>The selected run</source>
        <translation>L&apos;exécution sélectionnée</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <extracomment>%1 the archive&apos;s path</extracomment>
        <translation>Archive&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ne&amp;w Job…</source>
        <extracomment>The mnemonic must not clash with the main window&apos;s menus and toolbar</extracomment>
        <translation>&amp;Nouvelle tâche…</translation>
    </message>
    <message>
        <source>Edit &amp;Job…</source>
        <extracomment>The mnemonic must not clash with the main window&apos;s menus and toolbar</extracomment>
        <translation>&amp;Modifier la tâche…</translation>
    </message>
    <message>
        <source>&lt;p&gt;No saved jobs yet. A job saves a backup to run again, by hand or on a schedule, with its retention rules. Create one with New Job…, or with colvault-cli, for example:&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;p&gt;Then schedule it with &lt;code&gt;colvault-cli job schedule nightly --daily&lt;/code&gt;. The jobs are kept in %2; they appear here as soon as they are saved.&lt;/p&gt;</source>
        <extracomment>%1 an example command line, %2 the folder of the saved jobs</extracomment>
        <translation>&lt;p&gt;Aucune tâche enregistrée pour l&apos;instant. Une tâche enregistre une sauvegarde pour la relancer, manuellement ou selon une planification, avec ses règles de rétention. Créez-en une avec Nouvelle tâche… ou avec colvault-cli, par exemple&#xa0;:&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;p&gt;Planifiez-la ensuite avec &lt;code&gt;colvault-cli job schedule nightly --daily&lt;/code&gt;. Les tâches sont conservées dans %2&#xa0;; elles apparaissent ici dès qu&apos;elles sont enregistrées.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The secret of the job &quot;%1&quot; could not be read from the keychain: %2</source>
        <translation>Le secret de la tâche «&#xa0;%1&#xa0;» n&apos;a pas pu être lu dans le trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; did not run: its passphrase or identity was not given.</source>
        <extracomment>%1 a job&apos;s name</extracomment>
        <translation>La tâche «&#xa0;%1&#xa0;» n&apos;a pas été exécutée&#xa0;: sa phrase secrète ou son identité n&apos;a pas été fournie.</translation>
    </message>
    <message>
        <source>The keychain keeps the secret of the job &quot;%1&quot; for its runs from the app.</source>
        <extracomment>%1 a job&apos;s name</extracomment>
        <translation>Le trousseau conserve le secret de la tâche «&#xa0;%1&#xa0;» pour ses exécutions depuis l&apos;application.</translation>
    </message>
    <message>
        <source>The secret of the job &quot;%1&quot; could not be removed from the keychain: %2</source>
        <translation>Le secret de la tâche «&#xa0;%1&#xa0;» n&apos;a pas pu être retiré du trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved the job &quot;%1&quot;. Its archives will be named like %2.</source>
        <extracomment>%1 a job&apos;s name, %2 the path of the archive its next run writes</extracomment>
        <translation>Tâche «&#xa0;%1&#xa0;» enregistrée. Ses archives seront nommées sur le modèle de %2.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; runs %2.</source>
        <extracomment>%1 a job&apos;s name, %2 its schedule (&quot;daily at 02:00&quot;)</extracomment>
        <translation>La tâche «&#xa0;%1&#xa0;» s&apos;exécute %2.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is not scheduled.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» n&apos;est pas planifiée.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Saved jobs and their runs</source>
        <translation>Tâches enregistrées et leurs exécutions</translation>
    </message>
    <message>
        <source>Cancel Run</source>
        <translation>Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; encrypts this run&apos;s archive with the passphrase given in the app, not the one in its file %2.</source>
        <extracomment>%1 a job&apos;s name, %2 a file&apos;s path</extracomment>
        <translation>La tâche «&#xa0;%1&#xa0;» chiffre l&apos;archive de cette exécution avec la phrase secrète saisie dans l&apos;application, et non avec celle de son fichier %2.</translation>
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
        <translation>Connectez-vous à un serveur Weaviate pour sauvegarder, restaurer ou effacer ses collections.</translation>
    </message>
    <message>
        <source>Filter collections</source>
        <translation>Filtrer les collections</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Profil de connexion</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>&amp;Edit Connection…</source>
        <translation>&amp;Modifier la connexion…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>C&amp;lear…</source>
        <translation>&amp;Effacer…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Colvault</source>
        <translation>À &amp;propos de Colvault</translation>
    </message>
    <message>
        <source>About Colvault</source>
        <translation>À propos de Colvault</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Colvault %1&lt;/h3&gt;&lt;p&gt;Back up, restore and clear Weaviate collections.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <extracomment>%1 is the version number</extracomment>
        <translation>&lt;h3&gt;Colvault %1&lt;/h3&gt;&lt;p&gt;Sauvegardez, restaurez et effacez des collections Weaviate.&lt;/p&gt;&lt;p&gt;Distribué selon les termes de la GNU General Public License, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Back up the selected collections to an archive</source>
        <translation>Sauvegarder les collections sélectionnées dans une archive</translation>
    </message>
    <message>
        <source>Reload the collections from the server</source>
        <translation>Recharger les collections depuis le serveur</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>C&amp;ollections</source>
        <translation>C&amp;ollections</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connecting to %1.</source>
        <translation>Connexion à %1.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>node health unknown</source>
        <translation>état des nœuds inconnu</translation>
    </message>
    <message>
        <source>none</source>
        <comment>modules</comment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Connected to %1: Weaviate %2, %3. Modules: %4.</source>
        <extracomment>%1 server URL, %2 Weaviate version, %3 node health, %4 list of modules</extracomment>
        <translation>Connecté à %1&#xa0;: Weaviate %2, %3. Modules&#xa0;: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s)</source>
        <translation>
            <numerusform>%Ln collection</numerusform>
            <numerusform>%Ln collections</numerusform>
        </translation>
    </message>
    <message>
        <source>Node health is not available: %1</source>
        <translation>L&apos;état des nœuds n&apos;est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open Archive</source>
        <translation>Ouvrir une archive</translation>
    </message>
    <message>
        <source>Opened archive %1.</source>
        <translation>Archive %1 ouverte.</translation>
    </message>
    <message>
        <source>Shows only the collections whose name contains this text.</source>
        <translation>Affiche uniquement les collections dont le nom contient ce texte.</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>The collections of the connected server. Select one or more to back up or clear them; the context menu offers the same actions.</source>
        <translation>Collections du serveur connecté. Sélectionnez-en une ou plusieurs pour les sauvegarder ou les effacer&#xa0;; le menu contextuel propose les mêmes actions.</translation>
    </message>
    <message>
        <source>The extra headers of profile %1 were moved to the keychain.</source>
        <translation>Les en-têtes supplémentaires du profil %1 ont été déplacés dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The extra headers of profile %1 could not be moved to the keychain: %2</source>
        <extracomment>%1 profile name, %2 the keychain&apos;s error message</extracomment>
        <translation>Les en-têtes supplémentaires du profil %1 n&apos;ont pas pu être déplacés dans le trousseau du système&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Find Collections</source>
        <translation>&amp;Rechercher des collections</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>P&amp;rofil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Langue du système</translation>
    </message>
    <message numerus="yes">
        <source>%Ln healthy node(s) of %1</source>
        <extracomment>%Ln healthy nodes, %1 all nodes</extracomment>
        <translation>
            <numerusform>%Ln nœud en bon état sur %1</numerusform>
            <numerusform>%Ln nœuds en bon état sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the clear with the backup %1.</source>
        <translation>Annulation de l&apos;effacement avec la sauvegarde %1.</translation>
    </message>
    <message>
        <source>Keychain Not Available</source>
        <translation>Trousseau indisponible</translation>
    </message>
    <message>
        <source>The API key and the extra headers cannot be stored in the system keychain (%1). Colvault uses them until it quits; enter them again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>La clé d&apos;API et les en-têtes supplémentaires ne peuvent pas être enregistrés dans le trousseau du système (%1). Colvault les utilise jusqu&apos;à sa fermeture&#xa0;; saisissez-les de nouveau après le prochain démarrage.</translation>
    </message>
    <message>
        <source>Connecting: %1 at %2…</source>
        <extracomment>%1 profile name, %2 server URL</extracomment>
        <translation>Connexion&#xa0;: %1 à %2…</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>profile at URL</comment>
        <extracomment>%1 connection profile name, %2 server URL</extracomment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Connected: %1 at %2</source>
        <extracomment>%1 connection profile name, %2 server URL</extracomment>
        <translation>Connecté&#xa0;: %1 à %2</translation>
    </message>
    <message>
        <source>Clear Collections on %1</source>
        <extracomment>%1 &quot;profile at URL&quot;, the server the wizard clears</extracomment>
        <translation>Effacer des collections sur %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a Colvault archive. %2</source>
        <extracomment>%1 file name, %2 why it cannot be read (one sentence)</extracomment>
        <translation>%1 ne peut pas être ouvert comme archive Colvault. %2</translation>
    </message>
    <message>
        <source>Restore %1 to %2</source>
        <extracomment>%1 the archive&apos;s file name, %2 &quot;profile at URL&quot;, the server it is restored to</extracomment>
        <translation>Restaurer %1 sur %2</translation>
    </message>
    <message>
        <source>Cancel Connecting</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Connecting was canceled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>Connecting to %1… %2 Attempt %3 of %4 in %5.</source>
        <extracomment>%1 server URL, %2 why the last attempt failed (one sentence), %3 and %4 attempt numbers, %5 a duration such as &quot;2 s&quot;</extracomment>
        <translation>Connexion à %1… %2 Tentative %3 sur %4 dans %5.</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <source>Ne&amp;w Connection…</source>
        <translation>N&amp;ouvelle connexion…</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>Resta&amp;urer…</translation>
    </message>
    <message>
        <source>Open &amp;Archive…</source>
        <translation>Ou&amp;vrir une archive…</translation>
    </message>
    <message>
        <source>The new language is used when Colvault starts again. Restart it now?</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Colvault. Le redémarrer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>The API key cannot be stored in the system keychain (%1). Colvault uses it until it quits; enter it again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>La clé d&apos;API ne peut pas être enregistrée dans le trousseau du système (%1). Colvault l&apos;utilise jusqu&apos;à sa fermeture&#xa0;; saisissez-la de nouveau après le prochain démarrage.</translation>
    </message>
    <message>
        <source>The extra headers cannot be stored in the system keychain (%1). Colvault uses them until it quits; enter them again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>Les en-têtes supplémentaires ne peuvent pas être enregistrés dans le trousseau du système (%1). Colvault les utilise jusqu&apos;à sa fermeture&#xa0;; saisissez-les de nouveau après le prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Delete Connection…</source>
        <translation>&amp;Supprimer la connexion…</translation>
    </message>
    <message>
        <source>Delete the connection profile %1? Its API key and extra headers are removed from the keychain too.</source>
        <extracomment>%1 profile name</extracomment>
        <translation>Supprimer le profil de connexion %1&#xa0;? Sa clé d&apos;API et ses en-têtes supplémentaires sont aussi retirés du trousseau.</translation>
    </message>
    <message>
        <source>Delete Connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Deleted the connection profile %1.</source>
        <extracomment>%1 profile name</extracomment>
        <translation>Profil de connexion %1 supprimé.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Could not store the secrets of this connection in the keychain: %1</source>
        <translation>Impossible d&apos;enregistrer les secrets de cette connexion dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read the secrets of this connection from the keychain: %1</source>
        <translation>Impossible de lire les secrets de cette connexion dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete the connection profile %1? Its API key, extra headers and proxy password are removed from the keychain too.</source>
        <extracomment>%1 profile name</extracomment>
        <translation>Supprimer le profil de connexion %1&#xa0;? Sa clé d&apos;API, ses en-têtes supplémentaires et son mot de passe de proxy sont aussi retirés du trousseau.</translation>
    </message>
    <message>
        <source>The proxy password cannot be stored in the system keychain (%1). Colvault uses it until it quits; enter it again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>Le mot de passe du proxy ne peut pas être enregistré dans le trousseau du système (%1). Colvault l&apos;utilise jusqu&apos;à sa fermeture&#xa0;; saisissez-le de nouveau après le prochain démarrage.</translation>
    </message>
    <message>
        <source>The API key and the proxy password cannot be stored in the system keychain (%1). Colvault uses them until it quits; enter them again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>La clé d&apos;API et le mot de passe du proxy ne peuvent pas être enregistrés dans le trousseau du système (%1). Colvault les utilise jusqu&apos;à sa fermeture&#xa0;; saisissez-les de nouveau après le prochain démarrage.</translation>
    </message>
    <message>
        <source>The extra headers and the proxy password cannot be stored in the system keychain (%1). Colvault uses them until it quits; enter them again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>Les en-têtes supplémentaires et le mot de passe du proxy ne peuvent pas être enregistrés dans le trousseau du système (%1). Colvault les utilise jusqu&apos;à sa fermeture&#xa0;; saisissez-les de nouveau après le prochain démarrage.</translation>
    </message>
    <message>
        <source>The API key, the extra headers and the proxy password cannot be stored in the system keychain (%1). Colvault uses them until it quits; enter them again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>La clé d&apos;API, les en-têtes supplémentaires et le mot de passe du proxy ne peuvent pas être enregistrés dans le trousseau du système (%1). Colvault les utilise jusqu&apos;à sa fermeture&#xa0;; saisissez-les de nouveau après le prochain démarrage.</translation>
    </message>
    <message>
        <source>Connecting to %1 through the proxy %2.</source>
        <extracomment>%1 the server&apos;s URL, %2 the proxy&apos;s address</extracomment>
        <translation>Connexion à %1 par le proxy %2.</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Tâches</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Copy to Server…</source>
        <translation>&amp;Copier vers un serveur…</translation>
    </message>
    <message>
        <source>Copy the selected collections to the server of another connection</source>
        <translation>Copier les collections sélectionnées vers le serveur d&apos;une autre connexion</translation>
    </message>
    <message>
        <source>Copy Collections from %1</source>
        <extracomment>%1 &quot;profile at URL&quot;, the server the collections are copied from</extracomment>
        <translation>Copier des collections depuis %1</translation>
    </message>
    <message>
        <source>Open from S&amp;3…</source>
        <translation>Ouvrir depuis S&amp;3…</translation>
    </message>
    <message>
        <source>Open an archive from the S3 bucket of a storage profile</source>
        <translation>Ouvrir une archive depuis le compartiment S3 d&apos;un profil de stockage</translation>
    </message>
    <message>
        <source>S&amp;torage Profiles…</source>
        <translation>Profils de s&amp;tockage…</translation>
    </message>
    <message>
        <source>Save as &amp;Job…</source>
        <translation>Enregistrer comme &amp;tâche…</translation>
    </message>
    <message>
        <source>Save a backup of the selected collections as a job, to run again or on a schedule</source>
        <translation>Enregistrer une sauvegarde des collections sélectionnées comme tâche, pour la relancer ou la planifier</translation>
    </message>
    <message>
        <source>Not available while a backup is running. Its progress is in the Jobs dock.</source>
        <translation>Indisponible pendant une sauvegarde. Sa progression est affichée dans le panneau Tâches.</translation>
    </message>
    <message>
        <source>Not available while another operation is running.</source>
        <translation>Indisponible pendant qu&apos;une autre opération est en cours.</translation>
    </message>
    <message>
        <source>Quit Colvault</source>
        <translation>Quitter Colvault</translation>
    </message>
    <message>
        <source>A backup is still running in the background. Cancel it and quit Colvault? Choose No to keep it running.</source>
        <translation>Une sauvegarde est encore en cours en arrière-plan. L&apos;annuler et quitter Colvault&#xa0;? Choisissez Non pour la laisser continuer.</translation>
    </message>
    <message>
        <source>Canceling the backup, then quitting…</source>
        <translation>Annulation de la sauvegarde, puis fermeture…</translation>
    </message>
    <message>
        <source>Cancel and &amp;Quit</source>
        <translation>Annuler et &amp;quitter</translation>
    </message>
    <message>
        <source>&amp;Aliases…</source>
        <translation>&amp;Alias…</translation>
    </message>
    <message>
        <source>List, add, change and delete the server&apos;s collection aliases (Weaviate 1.32+)</source>
        <translation>Lister, ajouter, modifier et supprimer les alias de collection du serveur (Weaviate 1.32+)</translation>
    </message>
    <message>
        <source>Colvault archives (*.tar.zst *.tar.gz *.tar.xz *.tar *.age);;All files (*)</source>
        <translation>Archives Colvault (*.tar.zst *.tar.gz *.tar.xz *.tar *.age);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Colvault::OperationWizardBase</name>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Détails&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Colvault::RestoreArchivePage</name>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>What the archive holds. Verify reads all of it and checks every checksum.</source>
        <translation>Contenu de l&apos;archive. «&#xa0;Vérifier&#xa0;» la lit en entier et contrôle toutes les sommes de contrôle.</translation>
    </message>
    <message>
        <source>Collection or tenant</source>
        <translation>Collection ou locataire</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Select a collection to see its schema.</source>
        <translation>Sélectionnez une collection pour afficher son schéma.</translation>
    </message>
    <message>
        <source>Verification canceled.</source>
        <translation>Vérification annulée.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <extracomment>%1 a file path</extracomment>
        <translation>Lecture de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s) in this archive.</source>
        <translation>
            <numerusform>%Ln collection dans cette archive.</numerusform>
            <numerusform>%Ln collections dans cette archive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s) in this archive. Connect to a server to restore it.</source>
        <translation>
            <numerusform>%Ln collection dans cette archive. Connectez-vous à un serveur pour la restaurer.</numerusform>
            <numerusform>%Ln collections dans cette archive. Connectez-vous à un serveur pour les restaurer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s)</source>
        <translation>
            <numerusform>%Ln locataire</numerusform>
            <numerusform>%Ln locataires</numerusform>
        </translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation>Pas encore vérifiée.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message numerus="yes">
        <source>The archive is intact: %Ln object(s), every checksum matches.</source>
        <translation>
            <numerusform>L&apos;archive est intacte&#xa0;: %Ln objet, toutes les sommes de contrôle correspondent.</numerusform>
            <numerusform>L&apos;archive est intacte&#xa0;: %Ln objets, toutes les sommes de contrôle correspondent.</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive is incomplete: it has no valid trailer.</source>
        <translation>L&apos;archive est incomplète&#xa0;: elle n&apos;a pas de bloc de fin valide.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Collections and tenants in the archive</source>
        <translation>Collections et locataires de l&apos;archive</translation>
    </message>
    <message>
        <source>Schema of the selected collection</source>
        <translation>Schéma de la collection sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Progression de la vérification</translation>
    </message>
    <message>
        <source>Created %1 from %2 (Weaviate %3) by Colvault %4. Size: %5.</source>
        <extracomment>%1 date and time, %2 source URL, %3 Weaviate version, %4 Colvault version, %5 file size</extracomment>
        <translation>Archive créée le %1 à partir de %2 (Weaviate %3) par Colvault %4. Taille&#xa0;: %5.</translation>
    </message>
    <message>
        <source>Press &quot;Verify&quot; to count the objects.</source>
        <translation>Cliquez sur «&#xa0;Vérifier&#xa0;» pour dénombrer les objets.</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>object count</comment>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The archive is incomplete, so its object counts are unknown.</source>
        <translation>L&apos;archive est incomplète : le nombre de ses objets est donc inconnu.</translation>
    </message>
</context>
<context>
    <name>Colvault::RestoreDiffPage</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>What the restore will do. Blocking problems are listed first and must be solved before restoring.</source>
        <translation>Ce que fera la restauration. Les problèmes bloquants sont listés en premier et doivent être résolus avant de restaurer.</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Comparing the archive with the server…</source>
        <translation>Comparaison de l&apos;archive avec le serveur…</translation>
    </message>
    <message>
        <source>%1 to create, %2 to overwrite, %3 to skip, %4 unchanged</source>
        <extracomment>object counts of a restore: %1 to create, %2 to overwrite, %3 to skip, %4 unchanged</extracomment>
        <translation>%1 à créer, %2 à écraser, %3 à ignorer, %4 inchangés</translation>
    </message>
    <message>
        <source>Blocking problems</source>
        <translation>Problèmes bloquants</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) must be solved first</source>
        <translation>
            <numerusform>%Ln problème doit d&apos;abord être résolu</numerusform>
            <numerusform>%Ln problèmes doivent d&apos;abord être résolus</numerusform>
        </translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Replace: drop and create again</source>
        <translation>Remplacer&#xa0;: supprimer puis recréer</translation>
    </message>
    <message>
        <source>Use the existing collection</source>
        <translation>Utiliser la collection existante</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>%1 the name in the archive, %2 the name on the server</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Property %1 is %2 in the archive but %3 on the server: its values cannot be written. Restore under another name or in replace mode.</source>
        <extracomment>%1 property, %2 its type in the archive, %3 its type on the server</extracomment>
        <translation>La propriété %1 est de type %2 dans l&apos;archive mais de type %3 sur le serveur&#xa0;: ses valeurs ne peuvent pas être écrites. Restaurez sous un autre nom ou en mode remplacement.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>Property %1 is only in the archive and is added.</source>
        <translation>La propriété %1 n&apos;existe que dans l&apos;archive et sera ajoutée.</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Module %1 is not enabled on the server.</source>
        <translation>Le module %1 n&apos;est pas activé sur le serveur.</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Réplication</translation>
    </message>
    <message>
        <source>Replication factor %1 (archived: %2).</source>
        <extracomment>%1 the new replication factor, %2 the archived one</extracomment>
        <translation>Facteur de réplication %1 (dans l&apos;archive&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Tenant is created.</source>
        <translation>Le locataire sera créé.</translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <extracomment>%1 a tenant name</extracomment>
        <translation>Locataire %1</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln avertissement</numerusform>
            <numerusform>%Ln avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>What the restore will do</source>
        <translation>Ce que fera la restauration</translation>
    </message>
    <message>
        <source>Only on server</source>
        <translation>Uniquement sur le serveur</translation>
    </message>
    <message>
        <source>Property %1 is only on the server. It is kept; the restored objects have no value for it.</source>
        <translation>La propriété %1 n&apos;existe que sur le serveur. Elle est conservée&#xa0;; les objets restaurés n&apos;ont aucune valeur pour elle.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) in the archive. Collections: %1; objects to write: %2. The restore is blocked.</source>
        <translation>
            <numerusform>%Ln objet dans l&apos;archive. Collections&#xa0;: %1&#xa0;; objets à écrire&#xa0;: %2. La restauration est bloquée.</numerusform>
            <numerusform>%Ln objets dans l&apos;archive. Collections&#xa0;: %1&#xa0;; objets à écrire&#xa0;: %2. La restauration est bloquée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) in the archive. Collections: %1; objects to write: %2.</source>
        <translation>
            <numerusform>%Ln objet dans l&apos;archive. Collections&#xa0;: %1&#xa0;; objets à écrire&#xa0;: %2.</numerusform>
            <numerusform>%Ln objets dans l&apos;archive. Collections&#xa0;: %1&#xa0;; objets à écrire&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>To skip: objects already on the server that merge keeps as they are. Unchanged: objects equal on the server and in the archive, which overwrite does not write again.</source>
        <translation>À ignorer : objets déjà sur le serveur que la fusion laisse tels quels. Inchangés : objets identiques sur le serveur et dans l&apos;archive, que l&apos;écrasement ne réécrit pas.</translation>
    </message>
    <message>
        <source>Restore Under Another &amp;Name…</source>
        <translation>Restaurer sous un autre &amp;nom…</translation>
    </message>
    <message>
        <source>Choose Another &amp;Mode…</source>
        <translation>Choisir un autre &amp;mode…</translation>
    </message>
    <message>
        <source>Tenant is created and then made %1.</source>
        <extracomment>%1 a tenant status in words, e.g. &quot;inactive&quot;</extracomment>
        <translation>Le locataire est créé, puis rendu %1.</translation>
    </message>
    <message>
        <source>Tenant already exists and is %1: it is made active for loading, then put back.</source>
        <extracomment>%1 a tenant status in words, e.g. &quot;inactive&quot;</extracomment>
        <translation>Le locataire existe déjà et est %1 : il est activé pour le chargement, puis remis dans son état.</translation>
    </message>
    <message>
        <source>Tenant already exists and is %1.</source>
        <extracomment>%1 a tenant status in words, e.g. &quot;active&quot;</extracomment>
        <translation>Le locataire existe déjà et est %1.</translation>
    </message>
    <message>
        <source>What the copy will do. Blocking problems are listed first and must be solved before copying.</source>
        <translation>Ce que fera la copie. Les problèmes bloquants sont listés en premier et doivent être résolus avant de copier.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>To skip: objects already on the target that merge keeps as they are. Unchanged: objects equal on the source and the target, which overwrite does not write again.</source>
        <translation>À ignorer&#xa0;: objets déjà sur la cible que la fusion laisse tels quels. Inchangés&#xa0;: objets identiques sur la source et sur la cible, que l&apos;écrasement ne réécrit pas.</translation>
    </message>
    <message>
        <source>What the copy will do</source>
        <translation>Ce que fera la copie</translation>
    </message>
    <message>
        <source>Copy Under Another &amp;Name…</source>
        <translation>Copier sous un autre &amp;nom…</translation>
    </message>
    <message>
        <source>Property %1 is %2 on the source but %3 on the target: its values cannot be written. Copy under another name or in replace mode.</source>
        <translation>La propriété %1 est de type %2 sur la source mais de type %3 sur la cible&#xa0;: ses valeurs ne peuvent pas être écrites. Copiez sous un autre nom ou en mode remplacement.</translation>
    </message>
    <message>
        <source>Property %1 is only on the source and is added to the target.</source>
        <translation>La propriété %1 n&apos;existe que sur la source et sera ajoutée à la cible.</translation>
    </message>
    <message>
        <source>Only on target</source>
        <translation>Uniquement sur la cible</translation>
    </message>
    <message>
        <source>Property %1 is only on the target. It is kept; the copied objects have no value for it.</source>
        <translation>La propriété %1 n&apos;existe que sur la cible. Elle est conservée&#xa0;; les objets copiés n&apos;ont aucune valeur pour elle.</translation>
    </message>
    <message>
        <source>Module %1 is not enabled on the target server.</source>
        <translation>Le module %1 n&apos;est pas activé sur le serveur cible.</translation>
    </message>
    <message>
        <source>Replication factor %1 (on the source: %2).</source>
        <translation>Facteur de réplication %1 (sur la source&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Comparing the source with the target server…</source>
        <translation>Comparaison de la source avec le serveur cible…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) on the source. Collections: %1; objects to write: %2. The copy is blocked.</source>
        <translation>
            <numerusform>%Ln objet sur la source. Collections&#xa0;: %1&#xa0;; objets à écrire&#xa0;: %2. La copie est bloquée.</numerusform>
            <numerusform>%Ln objets sur la source. Collections&#xa0;: %1&#xa0;; objets à écrire&#xa0;: %2. La copie est bloquée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) on the source. Collections: %1; objects to write: %2.</source>
        <translation>
            <numerusform>%Ln objet sur la source. Collections&#xa0;: %1&#xa0;; objets à écrire&#xa0;: %2.</numerusform>
            <numerusform>%Ln objets sur la source. Collections&#xa0;: %1&#xa0;; objets à écrire&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alias %1 is created, pointing at %2 once its object counts are verified.</source>
        <translation>L&apos;alias %1 sera créé et pointera vers %2 une fois les nombres d&apos;objets de cette collection vérifiés.</translation>
    </message>
    <message>
        <source>Alias %1 is created, pointing at %2.</source>
        <translation>L&apos;alias %1 sera créé et pointera vers %2.</translation>
    </message>
    <message>
        <source>Alias %1 already points at %2.</source>
        <translation>L&apos;alias %1 pointe déjà vers %2.</translation>
    </message>
    <message>
        <source>Alias %1 is switched from %3 to %2 once its object counts are verified. %3 is kept, so the alias can be switched back.</source>
        <translation>L&apos;alias %1 sera basculé de %3 vers %2 une fois les nombres d&apos;objets de cette collection vérifiés. La collection %3 est conservée, ce qui permet de rebasculer l&apos;alias.</translation>
    </message>
    <message>
        <source>Alias %1 is moved from %3 to %2.</source>
        <extracomment>%1 alias, %2 the restored collection, %3 the collection it points at now</extracomment>
        <translation>L&apos;alias %1 sera déplacé de %3 vers %2.</translation>
    </message>
    <message>
        <source>Alias %1 points at %3 on the server, so it cannot point at %2.</source>
        <extracomment>%1 alias, %2 the restored collection, %3 the collection it points at now</extracomment>
        <translation>L&apos;alias %1 pointe vers %3 sur le serveur&#xa0;: il ne peut donc pas pointer vers %2.</translation>
    </message>
    <message>
        <source>Alias %1</source>
        <extracomment>%1 an alias name</extracomment>
        <translation>Alias %1</translation>
    </message>
    <message>
        <source>Vectors</source>
        <translation>Vecteurs</translation>
    </message>
    <message>
        <source>None: the objects are written without them.</source>
        <translation>Aucun&#xa0;: les objets seront écrits sans vecteurs.</translation>
    </message>
    <message>
        <source>Vector %1</source>
        <extracomment>%1 the name of a named vector</extracomment>
        <translation>Vecteur %1</translation>
    </message>
    <message>
        <source>None: the objects are written without it.</source>
        <translation>Aucun&#xa0;: les objets seront écrits sans ce vecteur.</translation>
    </message>
    <message numerus="yes">
        <source>The target&apos;s %1 will embed %n object(s).</source>
        <extracomment>%1 a vectorizer module of the target (text2vec-openai), %n objects</extracomment>
        <translation>
            <numerusform>Le module %1 de la cible vectorisera %n objet.</numerusform>
            <numerusform>Le module %1 de la cible vectorisera %n objets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::RestoreOptionsPage</name>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>How and what to restore. Preview shows what would change; nothing is written before Restore.</source>
        <translation>Que restaurer, et comment. «&#xa0;Aperçu&#xa0;» montre ce qui changerait&#xa0;; rien n&apos;est écrit avant «&#xa0;Restaurer&#xa0;».</translation>
    </message>
    <message>
        <source>New: the collections must not exist</source>
        <translation>Créer&#xa0;: les collections ne doivent pas exister</translation>
    </message>
    <message>
        <source>Merge: add missing objects and properties</source>
        <translation>Fusionner&#xa0;: ajouter les objets et propriétés manquants</translation>
    </message>
    <message>
        <source>Overwrite: like merge, archived objects replace existing ones</source>
        <translation>Écraser&#xa0;: comme «&#xa0;Fusionner&#xa0;», mais les objets archivés remplacent les existants</translation>
    </message>
    <message>
        <source>Replace: drop the collections first</source>
        <translation>Remplacer&#xa0;: supprimer d&apos;abord les collections</translation>
    </message>
    <message>
        <source>Collection or tenant</source>
        <translation>Collection ou locataire</translation>
    </message>
    <message>
        <source>Restore as</source>
        <translation>Restaurer sous</translation>
    </message>
    <message>
        <source>As archived</source>
        <translation>Comme dans l&apos;archive</translation>
    </message>
    <message>
        <source>Nothing existing is touched; a collection that already exists blocks the restore.</source>
        <translation>Rien de ce qui existe n&apos;est modifié&#xa0;; une collection déjà existante bloque la restauration.</translation>
    </message>
    <message>
        <source>Existing objects are kept; missing objects and properties are added.</source>
        <translation>Les objets existants sont conservés&#xa0;; les objets et propriétés manquants sont ajoutés.</translation>
    </message>
    <message>
        <source>Objects with the same id are replaced by the archived ones.</source>
        <translation>Les objets ayant le même identifiant sont remplacés par ceux de l&apos;archive.</translation>
    </message>
    <message>
        <source>Existing collections are deleted first. You will type their names to confirm.</source>
        <translation>Les collections existantes sont d&apos;abord supprimées. Vous devrez saisir leurs noms pour confirmer.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Collections to restore and their target names</source>
        <translation>Collections à restaurer et leurs noms cibles</translation>
    </message>
    <message>
        <source>&amp;Schema only (no objects)</source>
        <translation>Schéma &amp;uniquement (sans objets)</translation>
    </message>
    <message>
        <source>Set every &amp;vectorizer to &quot;none&quot; (objects keep their vectors)</source>
        <translation>Remplacer tous les &amp;vectoriseurs par «&#xa0;none&#xa0;» (les objets conservent leurs vecteurs)</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Replication factor:</source>
        <translation>Facteur de &amp;réplication&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>Restore the selected collection under another name (F2)</source>
        <translation>Restaurer la collection sélectionnée sous un autre nom (F2)</translation>
    </message>
    <message>
        <source>To restore a collection under another name, select it and press F2 or Rename, then type the name in &quot;Restore as&quot;.</source>
        <translation>Pour restaurer une collection sous un autre nom, sélectionnez-la, appuyez sur F2 ou sur « Renommer », puis tapez le nom dans « Restaurer sous ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not selected for the restore, so it cannot be renamed. Tick it first.</source>
        <translation>« %1 » n&apos;est pas sélectionnée pour la restauration et ne peut donc pas être renommée. Cochez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Vectors:</source>
        <translation>Vecteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Restore &amp;beside the current collection, as a new collection</source>
        <translation>Restaurer à &amp;côté de la collection actuelle, comme nouvelle collection</translation>
    </message>
    <message>
        <source>&amp;Then switch this alias to it:</source>
        <translation>Puis &amp;basculer cet alias vers elle&#xa0;:</translation>
    </message>
    <message>
        <source>Alias to switch to the new collection</source>
        <translation>Alias à basculer vers la nouvelle collection</translation>
    </message>
    <message>
        <source>Aliases of the current collection</source>
        <translation>Alias de la collection actuelle</translation>
    </message>
    <message>
        <source>Tick only one collection that exists on the server to restore it beside the current one.</source>
        <translation>Pour restaurer une collection à côté de la collection actuelle, cochez-en une seule, qui existe sur le serveur.</translation>
    </message>
    <message>
        <source>%1 stays as it is. The archive is restored into %1_yyyyMMddHHmmss (UTC), or the name typed in &quot;Restore as&quot;; once the new collection&apos;s object counts are verified, the alias is switched to it in one request.</source>
        <extracomment>%1 a collection on the server; the new one is named %1_ followed by the UTC date and time</extracomment>
        <translation>%1 reste inchangée. L&apos;archive est restaurée dans %1_yyyyMMddHHmmss (UTC), ou sous le nom saisi dans «&#xa0;Restaurer sous&#xa0;»&#xa0;; une fois les nombres d&apos;objets de la nouvelle collection vérifiés, l&apos;alias est basculé vers celle-ci en une seule requête.</translation>
    </message>
    <message>
        <source>%1 stays as it is. The archive is restored into %1_yyyyMMddHHmmss (UTC), or the name typed in &quot;Restore as&quot;.</source>
        <extracomment>%1 a collection on the server; the new one is named %1_ followed by the UTC date and time</extracomment>
        <translation>%1 reste inchangée. L&apos;archive est restaurée dans %1_yyyyMMddHHmmss (UTC), ou sous le nom saisi dans «&#xa0;Restaurer sous&#xa0;».</translation>
    </message>
    <message>
        <source>A new collection is created beside the existing one, which is not touched.</source>
        <translation>Une nouvelle collection est créée à côté de la collection existante, qui n&apos;est pas modifiée.</translation>
    </message>
</context>
<context>
    <name>Colvault::RestoreWizard</name>
    <message>
        <source>Replace mode drops the existing collections before restoring.</source>
        <translation>Le mode remplacement supprime les collections existantes avant la restauration.</translation>
    </message>
    <message>
        <source>Restore from %1 complete.</source>
        <extracomment>%1 archive file</extracomment>
        <translation>Restauration depuis %1 terminée.</translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation>Échec de la restauration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restore canceled.</source>
        <translation>Restauration annulée.</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <extracomment>%1 the archive&apos;s file name</extracomment>
        <translation>Archive %1</translation>
    </message>
    <message>
        <source>The restore finished, but not everything was restored.</source>
        <translation>La restauration s&apos;est terminée, mais tout n&apos;a pas été restauré.</translation>
    </message>
    <message>
        <source>The restore is complete.</source>
        <translation>La restauration est terminée.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) written.</source>
        <translation>
            <numerusform>%Ln objet écrit.</numerusform>
            <numerusform>%Ln objets écrits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference(s) added.</source>
        <translation>
            <numerusform>%Ln référence ajoutée.</numerusform>
            <numerusform>%Ln références ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>count</comment>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Durée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more failure(s).</source>
        <translation>
            <numerusform>… et %Ln autre échec.</numerusform>
            <numerusform>… et %Ln autres échecs.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Cancel the restore? What was written so far stays on the server.</source>
        <translation>Annuler la restauration&#xa0;? Ce qui a déjà été écrit restera sur le serveur.</translation>
    </message>
    <message>
        <source>The restore failed.</source>
        <translation>La restauration a échoué.</translation>
    </message>
    <message>
        <source>The restore was canceled.</source>
        <translation>La restauration a été annulée.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restauration en cours</translation>
    </message>
    <message>
        <source>Cancel stops the restore. What was written until then stays on the server.</source>
        <translation>«&#xa0;Annuler&#xa0;» interrompt la restauration. Ce qui a été écrit jusque-là reste sur le serveur.</translation>
    </message>
    <message>
        <source>Starting the restore…</source>
        <translation>Démarrage de la restauration…</translation>
    </message>
    <message>
        <source>What the restore did.</source>
        <translation>Bilan de la restauration.</translation>
    </message>
    <message>
        <source>No objects had been written when the restore stopped.</source>
        <translation>Aucun objet n&apos;avait été écrit lorsque la restauration s&apos;est arrêtée.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) had been written when the restore stopped.</source>
        <translation>
            <numerusform>%Ln objet avait été écrit lorsque la restauration s&apos;est arrêtée.</numerusform>
            <numerusform>%Ln objets avaient été écrits lorsque la restauration s&apos;est arrêtée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace mode may already have dropped %1.</source>
        <extracomment>%1 a list of collections</extracomment>
        <translation>Le mode remplacement a peut-être déjà supprimé %1.</translation>
    </message>
    <message numerus="yes">
        <source>Replace mode first deletes %Ln collection(s) on the server with all their objects: %1. They are then restored from the archive.</source>
        <extracomment>%1 a list of collection names</extracomment>
        <translation>
            <numerusform>Le mode remplacement supprime d&apos;abord du serveur %Ln collection avec tous ses objets&#xa0;: %1. Elle est ensuite restaurée à partir de l&apos;archive.</numerusform>
            <numerusform>Le mode remplacement supprime d&apos;abord du serveur %Ln collections avec tous leurs objets&#xa0;: %1. Elles sont ensuite restaurées à partir de l&apos;archive.</numerusform>
        </translation>
    </message>
    <message>
        <source>The restore from %1 started.</source>
        <extracomment>%1 archive file</extracomment>
        <translation>Restauration depuis %1 lancée.</translation>
    </message>
    <message>
        <source>%1: objects on the server: %2, expected: %3.</source>
        <extracomment>%1 collection (and tenant), %2 objects counted on the server afterwards, %3 objects expected; both may be &quot;unknown&quot;</extracomment>
        <translation>%1&#xa0;: %2 objets sur le serveur, %3 attendus.</translation>
    </message>
    <message>
        <source>Object %2 of %1: %3</source>
        <translation>Objet %2 de %1&#xa0;: %3</translation>
    </message>
    <message>
        <source>Object %3 of %1, tenant %2: %4</source>
        <translation>Objet %3 de %1, locataire %2&#xa0;: %4</translation>
    </message>
    <message>
        <source>Collections and tenants created so far stay on the server. Restore again in overwrite mode to complete the restore.</source>
        <translation>Les collections et les locataires déjà créés restent sur le serveur. Relancez la restauration en mode écrasement pour la terminer.</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2.</source>
        <translation>L&apos;alias %1 pointe désormais vers %2.</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2 (it pointed at %3, which is kept). To switch back: %4</source>
        <extracomment>%1 alias, %2 the collection it points at now, %3 the one it pointed at before, %4 a command line</extracomment>
        <translation>L&apos;alias %1 pointe désormais vers %2 (il pointait vers %3, qui est conservée). Pour revenir en arrière&#xa0;: %4</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2. To undo: %3</source>
        <extracomment>%1 alias, %2 collection, %3 a command line</extracomment>
        <translation>L&apos;alias %1 pointe désormais vers %2. Pour annuler&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Colvault::StorageArchiveDialog</name>
    <message>
        <source>Open Archive from S3</source>
        <translation>Ouvrir une archive depuis S3</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Archives in the bucket</source>
        <translation>Archives du compartiment</translation>
    </message>
    <message>
        <source>Pick an archive above or type its name under the prefix</source>
        <translation>Choisissez une archive ci-dessus ou saisissez son nom sous le préfixe</translation>
    </message>
    <message>
        <source>Archive name</source>
        <translation>Nom de l&apos;archive</translation>
    </message>
    <message>
        <source>Storage &amp;profile:</source>
        <translation>&amp;Profil de stockage&#xa0;:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>No storage profile yet: add one under Storage Profiles…</source>
        <translation>Aucun profil de stockage pour l&apos;instant&#xa0;: ajoutez-en un dans Profils de stockage…</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>Liste en cours…</translation>
    </message>
    <message>
        <source>No archives under this prefix.</source>
        <translation>Aucune archive sous ce préfixe.</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln archive(s); type the name of another.</source>
        <translation>
            <numerusform>Seule la première archive (%Ln) est affichée&#xa0;; saisissez le nom d&apos;une autre.</numerusform>
            <numerusform>Seules les %Ln premières archives sont affichées&#xa0;; saisissez le nom d&apos;une autre.</numerusform>
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
    <name>Colvault::StorageProfileDialog</name>
    <message>
        <source>Storage Profiles</source>
        <translation>Profils de stockage</translation>
    </message>
    <message>
        <source>Storage profiles</source>
        <translation>Profils de stockage</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Empty for Amazon S3; e.g. http://127.0.0.1:9000</source>
        <translation>Vide pour Amazon S3&#xa0;; par exemple http://127.0.0.1:9000</translation>
    </message>
    <message>
        <source>Optional, e.g. weaviate/nightly</source>
        <translation>Facultatif, par exemple weaviate/nightly</translation>
    </message>
    <message>
        <source>Automatic (path style for an IP address or localhost)</source>
        <translation>Automatique (style chemin pour une adresse IP ou localhost)</translation>
    </message>
    <message>
        <source>Path style: ENDPOINT/BUCKET/KEY</source>
        <translation>Style chemin&#xa0;: ENDPOINT/BUCKET/KEY</translation>
    </message>
    <message>
        <source>Virtual-hosted: BUCKET.ENDPOINT/KEY</source>
        <translation>Hébergement virtuel&#xa0;: BUCKET.ENDPOINT/KEY</translation>
    </message>
    <message>
        <source>Empty: keys from the environment or ~/.aws</source>
        <translation>Vide&#xa0;: clés de l&apos;environnement ou de ~/.aws</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings file.</source>
        <translation>Stockée dans le trousseau du système, jamais dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>&amp;URL du point de terminaison&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>&amp;Compartiment&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>&amp;Préfixe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Addressing:</source>
        <translation>&amp;Adressage&#xa0;:</translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation>&amp;Identifiant de clé d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;cret access key:</source>
        <translation>C&amp;lé d&apos;accès secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Archives go to:</source>
        <translation>Les archives vont dans&#xa0;:</translation>
    </message>
    <message>
        <source>The secret key could not be read from the keychain: %1</source>
        <translation>La clé secrète n&apos;a pas pu être lue dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Saisissez un nom pour le profil.</translation>
    </message>
    <message>
        <source>Enter the bucket&apos;s name: 3 to 63 lowercase letters, digits, dots and hyphens.</source>
        <translation>Saisissez le nom du compartiment&#xa0;: de 3 à 63 lettres minuscules, chiffres, points et traits d&apos;union.</translation>
    </message>
    <message>
        <source>The endpoint must be an http:// or https:// URL, or empty for Amazon S3.</source>
        <translation>Le point de terminaison doit être une URL http:// ou https://, ou rester vide pour Amazon S3.</translation>
    </message>
    <message>
        <source>Enter both the access key ID and the secret access key, or neither.</source>
        <translation>Saisissez à la fois l&apos;identifiant de clé d&apos;accès et la clé d&apos;accès secrète, ou aucun des deux.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>The secret key could not be stored in the keychain: %1. It is kept until Colvault quits.</source>
        <translation>La clé secrète n&apos;a pas pu être stockée dans le trousseau&#xa0;: %1. Elle est conservée jusqu&apos;à la fermeture de Colvault.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>The test failed.</source>
        <translation>Le test a échoué.</translation>
    </message>
    <message>
        <source>Connected: the bucket is there and the keys are accepted.</source>
        <translation>Connecté&#xa0;: le compartiment existe et les clés sont acceptées.</translation>
    </message>
    <message>
        <source>e.g. eu-central-1; empty: the environment&apos;s region</source>
        <translation>par exemple eu-central-1 ; vide : la région de l&apos;environnement</translation>
    </message>
</context>
<context>
    <name>Colvault::TenantFilter</name>
    <message>
        <source>Filter tenants</source>
        <translation>Filtrer les locataires</translation>
    </message>
    <message>
        <source>Shows only the tenants and collections whose name contains this text, or matches it as a pattern: acme-*, t?, [a-c]*.</source>
        <translation>N&apos;affiche que les locataires et les collections dont le nom contient ce texte ou correspond à ce motif&#xa0;: acme-*, t?, [a-c]*.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln tenant(s). Ticking a collection ticks or clears only the tenants shown; hidden tenants keep their state.</source>
        <extracomment>%1 the number of tenants shown</extracomment>
        <translation>
            <numerusform>Locataires affichés&#xa0;: %1 sur %Ln. Cocher une collection coche ou décoche uniquement les locataires affichés&#xa0;; les locataires masqués gardent leur état.</numerusform>
            <numerusform>Locataires affichés&#xa0;: %1 sur %Ln. Cocher une collection coche ou décoche uniquement les locataires affichés&#xa0;; les locataires masqués gardent leur état.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln tenant(s).</source>
        <translation>
            <numerusform>Locataires affichés&#xa0;: %1 sur %Ln.</numerusform>
            <numerusform>Locataires affichés&#xa0;: %1 sur %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden by the filter but still selected: %Ln tenant(s).</source>
        <translation>
            <numerusform>Masqué par le filtre mais toujours sélectionné&#xa0;: %Ln locataire.</numerusform>
            <numerusform>Masqués par le filtre mais toujours sélectionnés&#xa0;: %Ln locataires.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plain text is found anywhere in a name, in any case: &quot;acme&quot; finds ACME-1 and old-acme.
A pattern with *, ? or [ ] matches whole names, case-sensitively: acme-* finds acme-1 but not ACME-1; [ab]* finds names that start with a or b; [!x]* those that do not start with x.</source>
        <translation>Un texte simple est recherché n&apos;importe où dans un nom, sans tenir compte de la casse&#xa0;: «&#xa0;acme&#xa0;» trouve ACME-1 et old-acme.
Un motif contenant *, ? ou [ ] doit correspondre au nom entier, en tenant compte de la casse&#xa0;: acme-* trouve acme-1 mais pas ACME-1&#xa0;; [ab]* trouve les noms qui commencent par a ou b&#xa0;; [!x]* ceux qui ne commencent pas par x.</translation>
    </message>
    <message>
        <source>Filter tenants: text, or a pattern such as acme-* or [ab]*</source>
        <translation>Filtrer les locataires&#xa0;: texte, ou motif tel que acme-* ou [ab]*</translation>
    </message>
    <message>
        <source>Filter collections: text, or a pattern such as acme-* or [ab]*</source>
        <translation>Filtrer les collections&#xa0;: texte, ou motif tel que acme-* ou [ab]*</translation>
    </message>
</context>
<context>
    <name>Colvault::ThroughputPlot</name>
    <message>
        <source>%1 objects/s</source>
        <extracomment>The throughput plot&apos;s label: the latest rate, %1 is a number of objects per second</extracomment>
        <translation>%1 objets/s</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>No throughput measured yet.</source>
        <translation>Aucun débit mesuré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Now %1 objects/s, peak %2 objects/s.</source>
        <extracomment>%1 the latest, %2 the highest objects per second of the plot</extracomment>
        <translation>Actuellement %1 objets/s, pic à %2 objets/s.</translation>
    </message>
</context>
<context>
    <name>Colvault::VectorsChoice</name>
    <message>
        <source>The objects are restored with the vectors the archive holds</source>
        <translation>Les objets sont restaurés avec les vecteurs contenus dans l&apos;archive</translation>
    </message>
    <message>
        <source>The objects are copied with the vectors the source holds</source>
        <translation>Les objets sont copiés avec les vecteurs de la source</translation>
    </message>
    <message>
        <source>&amp;Leave them out and let the target compute new ones with:</source>
        <translation>&amp;Les omettre et laisser la cible en calculer de nouveaux avec&#xa0;:</translation>
    </message>
    <message>
        <source>Vectorizer module of the target</source>
        <translation>Module vectoriseur de la cible</translation>
    </message>
    <message>
        <source>The created collections get this module of the target for their vector and every named vector; the target embeds the objects as they are written. To choose a module per named vector, use the command line&apos;s --vectorizer NAME=MODULE.</source>
        <translation>Les collections créées reçoivent ce module de la cible pour leur vecteur et pour chaque vecteur nommé&#xa0;; la cible vectorise les objets à mesure qu&apos;ils sont écrits. Pour choisir un module par vecteur nommé, utilisez l&apos;option --vectorizer NAME=MODULE de la ligne de commande.</translation>
    </message>
    <message>
        <source>The server&apos;s modules could not be read.</source>
        <translation>Les modules du serveur n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <source>Reading the target&apos;s modules…</source>
        <translation>Lecture des modules de la cible…</translation>
    </message>
    <message>
        <source>The target&apos;s modules could not be read (%1), so the vectors can only be kept.</source>
        <extracomment>%1 the server&apos;s error message</extracomment>
        <translation>Les modules de la cible n&apos;ont pas pu être lus (%1)&#xa0;: les vecteurs peuvent donc seulement être conservés.</translation>
    </message>
    <message>
        <source>The target has no vectorizer module (text2vec-… and the like), so the vectors can only be kept.</source>
        <translation>La cible n&apos;a aucun module vectoriseur (text2vec-… et similaires)&#xa0;: les vecteurs peuvent donc seulement être conservés.</translation>
    </message>
    <message>
        <source>Modules not read</source>
        <translation>Modules non lus</translation>
    </message>
    <message>
        <source>No vectorizer module on the target</source>
        <translation>Aucun module vectoriseur sur la cible</translation>
    </message>
    <message>
        <source>Restore the ve&amp;ctors</source>
        <translation>Restaurer les v&amp;ecteurs</translation>
    </message>
    <message>
        <source>Copy the ve&amp;ctors</source>
        <translation>Copier les v&amp;ecteurs</translation>
    </message>
</context>
<context>
    <name>Colvault::WizardRunPage</name>
    <message>
        <source>Cancel the running operation?</source>
        <translation>Annuler l&apos;opération en cours&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Save Failures…</source>
        <translation>Enregistrer les éc&amp;hecs…</translation>
    </message>
</context>
<context>
    <name>CopyArchive</name>
    <message>
        <source>A copy cannot encrypt its archive to recipients: it reads the archive back to verify it, which only an identity can. Use a passphrase, or back up separately to encrypt to recipients.</source>
        <translation>Une copie ne peut pas chiffrer son archive pour des destinataires&#xa0;: elle relit l&apos;archive pour la vérifier, ce que seule une identité permet. Utilisez une phrase secrète, ou effectuez une sauvegarde séparée pour chiffrer pour des destinataires.</translation>
    </message>
    <message>
        <source>A copy cannot write its archive to S3 (%1): it verifies the archive before giving it its name, and an object in S3 cannot be renamed. Give a local file and upload it afterwards.</source>
        <translation>Une copie ne peut pas écrire son archive sur S3 (%1)&#xa0;: elle vérifie l&apos;archive avant de lui donner son nom, et un objet S3 ne peut pas être renommé. Indiquez un fichier local et téléversez-le ensuite.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; give the archive&apos;s file name.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier&#xa0;; indiquez le nom de fichier de l&apos;archive.</translation>
    </message>
    <message>
        <source>The folder of the archive &quot;%1&quot; does not exist.</source>
        <translation>Le dossier de l&apos;archive «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot save the archive as &quot;%1&quot;.</source>
        <translation>Impossible d&apos;enregistrer l&apos;archive sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Verifying the archive: %1 of %2</source>
        <extracomment>%1 and %2 data sizes</extracomment>
        <translation>Vérification de l&apos;archive&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>The archive of the copy failed verification and was not kept. %1</source>
        <extracomment>%1 why, one sentence</extracomment>
        <translation>La vérification de l&apos;archive de la copie a échoué&#xa0;: l&apos;archive n&apos;a pas été conservée. %1</translation>
    </message>
    <message>
        <source>Objects copied: %1; objects in the archive: %2.</source>
        <extracomment>%1 objects copied, %2 objects the archive holds</extracomment>
        <translation>Objets copiés&#xa0;: %1&#xa0;; objets dans l&apos;archive&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <source>Copy collections to another server, showing the plan first.</source>
        <translation>Copie des collections vers un autre serveur, après avoir affiché le plan.</translation>
    </message>
    <message>
        <source>The target server&apos;s URL (required).</source>
        <translation>URL du serveur cible (obligatoire).</translation>
    </message>
    <message>
        <source>Read the target&apos;s API key from this file (&quot;-&quot;: standard input).</source>
        <translation>Lit la clé d&apos;API de la cible dans ce fichier («&#xa0;-&#xa0;»&#xa0;: entrée standard).</translation>
    </message>
    <message>
        <source>Extra HTTP header for the target, e.g. &quot;X-OpenAI-Api-Key: sk-…&quot;. Repeatable.</source>
        <translation>En-tête HTTP supplémentaire pour la cible, par exemple «&#xa0;X-OpenAI-Api-Key: sk-…&#xa0;». Option répétable.</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file for the target.</source>
        <translation>Fait confiance aux certificats d&apos;AC contenus dans ce fichier PEM pour la cible.</translation>
    </message>
    <message>
        <source>Do not verify the target&apos;s TLS certificate (unsafe).</source>
        <translation>Ne vérifie pas le certificat TLS de la cible (non sécurisé).</translation>
    </message>
    <message>
        <source>Address of the target&apos;s gRPC API: grpc://HOST:PORT or grpcs://HOST:PORT (default: the target&apos;s host, port 50051).</source>
        <translation>Adresse de l&apos;API gRPC de la cible&#xa0;: grpc://HOST:PORT ou grpcs://HOST:PORT (par défaut&#xa0;: l&apos;hôte de la cible, port 50051).</translation>
    </message>
    <message>
        <source>Port of the target&apos;s gRPC API on the target&apos;s host (default 50051).</source>
        <translation>Port de l&apos;API gRPC sur l&apos;hôte de la cible (50051 par défaut).</translation>
    </message>
    <message>
        <source>new (default: the collection must not exist on the target), merge (add missing objects), overwrite (copied objects replace existing ones), replace (drop the target&apos;s collection first).</source>
        <translation>new (par défaut&#xa0;: la collection ne doit pas exister sur la cible), merge (ajoute les objets manquants), overwrite (les objets copiés remplacent les existants), replace (supprime d&apos;abord la collection de la cible).</translation>
    </message>
    <message>
        <source>Copy collection OLD as NEW. Repeatable.</source>
        <translation>Copie la collection OLD sous le nom NEW. Option répétable.</translation>
    </message>
    <message>
        <source>Show what would be copied; write nothing.</source>
        <translation>Affiche ce qui serait copié, sans rien écrire.</translation>
    </message>
    <message>
        <source>Do not ask before copying; with --confirm, allows replacing collections.</source>
        <translation>Ne pose aucune question avant la copie&#xa0;; avec --confirm, autorise le remplacement de collections.</translation>
    </message>
    <message>
        <source>Copy collections from the server given by the global options into another server.</source>
        <translation>Copie des collections du serveur indiqué par les options globales vers un autre serveur.</translation>
    </message>
    <message>
        <source>Collections to copy (default: all on the source server).</source>
        <translation>Collections à copier (par défaut&#xa0;: toutes celles du serveur source).</translation>
    </message>
    <message>
        <source>Warning: TLS certificate verification of the target is off; the connection can be intercepted.</source>
        <translation>Avertissement&#xa0;: la vérification des certificats TLS de la cible est désactivée&#xa0;; la connexion peut être interceptée.</translation>
    </message>
    <message>
        <source>No target given: colvault-cli copy [COLLECTION...] --to-url URL.</source>
        <translation>Aucune cible indiquée&#xa0;: colvault-cli copy [COLLECTION...] --to-url URL.</translation>
    </message>
    <message>
        <source>--to-url &quot;%1&quot; is not a valid server URL; use http://host:port or https://host.</source>
        <translation>--to-url «&#xa0;%1&#xa0;» n&apos;est pas une URL de serveur valide&#xa0;; utilisez http://hôte:port ou https://hôte.</translation>
    </message>
    <message>
        <source>Cannot read the target&apos;s API key file &quot;%1&quot;: %2</source>
        <translation>Impossible de lire le fichier de clé d&apos;API de la cible «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The target&apos;s API key file &quot;%1&quot; must hold the key alone, on one line.</source>
        <translation>Le fichier de clé d&apos;API de la cible «&#xa0;%1&#xa0;» doit contenir uniquement la clé, sur une seule ligne.</translation>
    </message>
    <message>
        <source>--to-header &quot;%1&quot; is not of the form &quot;Name: value&quot;.</source>
        <translation>--to-header «&#xa0;%1&#xa0;» n&apos;est pas de la forme «&#xa0;Nom: valeur&#xa0;».</translation>
    </message>
    <message>
        <source>Give either --to-grpc-url or --to-grpc-port, not both.</source>
        <translation>Indiquez soit --to-grpc-url, soit --to-grpc-port, pas les deux.</translation>
    </message>
    <message>
        <source>--to-grpc-port needs a port number from 1 to 65535.</source>
        <translation>--to-grpc-port attend un numéro de port de 1 à 65535.</translation>
    </message>
    <message>
        <source>--to-grpc-url &quot;%1&quot; is not a gRPC address; write grpc://HOST:PORT or grpcs://HOST:PORT.</source>
        <translation>--to-grpc-url «&#xa0;%1&#xa0;» n&apos;est pas une adresse gRPC&#xa0;; écrivez grpc://HOST:PORT ou grpcs://HOST:PORT.</translation>
    </message>
    <message>
        <source>Not copying: standard input is not a terminal, so nobody can confirm. Run again with --yes --confirm NAMES (the collections being replaced), or with --dry-run to see the plan.</source>
        <translation>Copie non effectuée&#xa0;: l&apos;entrée standard n&apos;est pas un terminal, personne ne peut donc confirmer. Relancez avec --yes --confirm NAMES (les collections à remplacer), ou avec --dry-run pour voir le plan.</translation>
    </message>
    <message>
        <source>Not copying: standard input is not a terminal, so nobody can confirm. Run again with --yes, or with --dry-run to see the plan.</source>
        <translation>Copie non effectuée&#xa0;: l&apos;entrée standard n&apos;est pas un terminal, personne ne peut donc confirmer. Relancez avec --yes, ou avec --dry-run pour voir le plan.</translation>
    </message>
    <message>
        <source>From %1 to %2:</source>
        <extracomment>%1 the source server&apos;s URL, %2 the target server&apos;s URL</extracomment>
        <translation>De %1 vers %2&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Replace mode deletes %Ln collection(s) on the target with everything in them first: %1. Type their names to confirm, separated by commas:</source>
        <translation>
            <numerusform>Le mode replace supprime d&apos;abord %Ln collection de la cible avec tout son contenu&#xa0;: %1. Saisissez son nom pour confirmer&#xa0;:</numerusform>
            <numerusform>Le mode replace supprime d&apos;abord %Ln collections de la cible avec tout leur contenu&#xa0;: %1. Saisissez leurs noms, séparés par des virgules, pour confirmer&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace mode deletes %Ln collection(s) on the target first: %1. Confirm with --yes --confirm %2.</source>
        <translation>
            <numerusform>Le mode replace supprime d&apos;abord %Ln collection de la cible&#xa0;: %1. Confirmez avec --yes --confirm %2.</numerusform>
            <numerusform>Le mode replace supprime d&apos;abord %Ln collections de la cible&#xa0;: %1. Confirmez avec --yes --confirm %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The names given (%1) are not exactly the collections being replaced (%2); nothing was copied.</source>
        <translation>Les noms indiqués (%1) ne correspondent pas exactement aux collections à remplacer (%2)&#xa0;; rien n&apos;a été copié.</translation>
    </message>
    <message>
        <source>Copy as planned? [y/N]</source>
        <translation>Copier selon le plan&#xa0;? [o/N]</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was copied.</source>
        <translation>Non confirmé&#xa0;; rien n&apos;a été copié.</translation>
    </message>
    <message numerus="yes">
        <source>Canceled after %Ln object(s); the copy is incomplete.</source>
        <translation>
            <numerusform>Annulé après %Ln objet&#xa0;; la copie est incomplète.</numerusform>
            <numerusform>Annulé après %Ln objets&#xa0;; la copie est incomplète.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the same copy again with --mode overwrite to complete it.</source>
        <translation>Relancez la même copie avec --mode overwrite pour la terminer.</translation>
    </message>
    <message>
        <source>Copied %1 objects and %2 references in %3 s.</source>
        <extracomment>%1 objects, %2 references, %3 seconds</extracomment>
        <translation>%1 objets et %2 références copiés en %3 s.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was copied: the plan has %Ln blocking problem(s).</source>
        <translation>
            <numerusform>Rien n&apos;a été copié&#xa0;: le plan comporte %Ln problème bloquant.</numerusform>
            <numerusform>Rien n&apos;a été copié&#xa0;: le plan comporte %Ln problèmes bloquants.</numerusform>
        </translation>
    </message>
    <message>
        <source>keep (default: create the source&apos;s aliases of the copied collections on the target) or skip.</source>
        <translation>keep (par défaut&#xa0;: crée sur la cible les alias de la source pour les collections copiées) ou skip.</translation>
    </message>
    <message>
        <source>--encrypt-to and --passphrase-file encrypt the copy&apos;s archive: give --archive FILE too.</source>
        <translation>--encrypt-to et --passphrase-file chiffrent l&apos;archive de la copie&#xa0;: indiquez aussi --archive FILE.</translation>
    </message>
    <message>
        <source>An archive of what is copied will be written to %1 and verified before it gets that name.</source>
        <translation>Une archive de ce qui est copié sera écrite dans %1 et vérifiée avant de recevoir ce nom.</translation>
    </message>
    <message>
        <source>The archive will be encrypted with age and a passphrase.</source>
        <translation>L&apos;archive sera chiffrée avec age et une phrase secrète.</translation>
    </message>
    <message>
        <source>Nothing was copied, and no archive was written.</source>
        <translation>Rien n&apos;a été copié, et aucune archive n&apos;a été écrite.</translation>
    </message>
    <message>
        <source>No archive was written.</source>
        <translation>Aucune archive n&apos;a été écrite.</translation>
    </message>
    <message>
        <source>Archive written and verified: %1 (%2).</source>
        <extracomment>%1 the archive&apos;s path, %2 its size</extracomment>
        <translation>Archive écrite et vérifiée&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>The copy is complete, but no archive was written.</source>
        <translation>La copie est terminée, mais aucune archive n&apos;a été écrite.</translation>
    </message>
    <message>
        <source>Also write an archive of what is copied, as a backup would write it, in the same pass; it appears under FILE only once the copy has succeeded and the archive has been verified. A local file (or a folder for a default name); .tar.gz, .tar.xz or .tar choose that compression, any other name zstd.</source>
        <translation>Écrit aussi, au cours de la même passe, une archive de ce qui est copié, telle qu&apos;une sauvegarde l&apos;écrirait&#xa0;; elle n&apos;apparaît sous FILE qu&apos;une fois la copie réussie et l&apos;archive vérifiée. Un fichier local (ou un dossier, pour un nom par défaut)&#xa0;; .tar.gz, .tar.xz ou .tar choisissent cette compression, tout autre nom zstd.</translation>
    </message>
    <message>
        <source>Canceled while the archive was being finished; the copy is complete, but no archive was written.</source>
        <translation>Annulé pendant la finalisation de l&apos;archive&#xa0;; la copie est terminée, mais aucune archive n&apos;a été écrite.</translation>
    </message>
</context>
<context>
    <name>CopyTask</name>
    <message>
        <source>The page size must be between 1 and %L1 objects, not %L2.</source>
        <translation>La taille de page doit être comprise entre 1 et %L1 objets, et non %L2.</translation>
    </message>
    <message>
        <source>The source and the target are different servers but would both be reached at the gRPC address %1; give the target&apos;s gRPC address.</source>
        <translation>La source et la cible sont des serveurs différents, mais seraient toutes deux jointes à l&apos;adresse gRPC %1&#xa0;; indiquez l&apos;adresse gRPC de la cible.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would be read and written at once: the source and the target are the same server. Copy it under another name.</source>
        <translation>«&#xa0;%1&#xa0;» serait lue et écrite en même temps&#xa0;: la source et la cible sont le même serveur. Copiez-la sous un autre nom.</translation>
    </message>
    <message>
        <source>Verifying the archive</source>
        <translation>Vérification de l&apos;archive</translation>
    </message>
    <message>
        <source>Finishing the archive…</source>
        <translation>Finalisation de l&apos;archive…</translation>
    </message>
    <message>
        <source>The copy is complete, but its archive was not written.</source>
        <translation>La copie est terminée, mais son archive n&apos;a pas été écrite.</translation>
    </message>
</context>
<context>
    <name>DecryptionOptions</name>
    <message>
        <source>An age identity file (as keygen or age-keygen writes it) to decrypt an encrypted archive. Repeatable.</source>
        <translation>Un fichier d&apos;identité age (tel que keygen ou age-keygen l&apos;écrit) pour déchiffrer une archive chiffrée. Répétable.</translation>
    </message>
    <message>
        <source>Read the passphrase of an encrypted archive from this file (one line; &quot;-&quot;: standard input).</source>
        <translation>Lit la phrase secrète d&apos;une archive chiffrée dans ce fichier (une ligne&#xa0;; «&#xa0;-&#xa0;»&#xa0;: entrée standard).</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted; give an identity file that can decrypt it with --identity FILE.</source>
        <translation>L&apos;archive «&#xa0;%1&#xa0;» est chiffrée&#xa0;; indiquez avec --identity FILE un fichier d&apos;identité capable de la déchiffrer.</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted with a passphrase; give it with --passphrase-file FILE.</source>
        <translation>L&apos;archive «&#xa0;%1&#xa0;» est chiffrée avec une phrase secrète&#xa0;; indiquez-la avec --passphrase-file FILE.</translation>
    </message>
    <message>
        <source>Cannot read the identity file &quot;%1&quot;: %2</source>
        <translation>Impossible de lire le fichier d&apos;identité «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, line %2: not an age identity (AGE-SECRET-KEY-1…).</source>
        <extracomment>%1 is a file name, %2 a line number in it</extracomment>
        <translation>%1, ligne %2&#xa0;: pas une identité age (AGE-SECRET-KEY-1…).</translation>
    </message>
    <message>
        <source>The identity file &quot;%1&quot; holds no identity.</source>
        <translation>Le fichier d&apos;identité «&#xa0;%1&#xa0;» ne contient aucune identité.</translation>
    </message>
</context>
<context>
    <name>EncryptionOptions</name>
    <message>
        <source>Encrypt the archive with age to this recipient (age1…, as keygen prints it). Repeatable.</source>
        <translation>Chiffre l&apos;archive avec age pour ce destinataire (age1…, tel que keygen l&apos;affiche). Répétable.</translation>
    </message>
    <message>
        <source>Encrypt the archive with age and the passphrase read from this file (one line; &quot;-&quot;: standard input).</source>
        <translation>Chiffre l&apos;archive avec age et la phrase secrète lue dans ce fichier (une ligne&#xa0;; «&#xa0;-&#xa0;»&#xa0;: entrée standard).</translation>
    </message>
    <message>
        <source>Give --encrypt-to or --passphrase-file, not both.</source>
        <translation>Indiquez --encrypt-to ou --passphrase-file, pas les deux.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an age recipient; a recipient starts with age1.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un destinataire age&#xa0;; un destinataire commence par age1.</translation>
    </message>
</context>
<context>
    <name>GrpcBatchSender</name>
    <message>
        <source>A batch was collected twice.</source>
        <translation>Un lot a été récupéré deux fois.</translation>
    </message>
</context>
<context>
    <name>GrpcVectorPages</name>
    <message>
        <source>The server sent vectors over gRPC that are not valid.</source>
        <translation>Le serveur a envoyé par gRPC des vecteurs non valides.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>The file-name pattern &quot;%1&quot; has no {date}: every run would overwrite the archive of the one before.</source>
        <translation>Le modèle de nom de fichier «&#xa0;%1&#xa0;» ne contient pas {date}&#xa0;: chaque exécution écraserait l&apos;archive de la précédente.</translation>
    </message>
    <message>
        <source>The file-name pattern &quot;%1&quot; does not give a plain file name.</source>
        <translation>Le modèle de nom de fichier «&#xa0;%1&#xa0;» ne donne pas un simple nom de fichier.</translation>
    </message>
    <message>
        <source>The file-name pattern &quot;%1&quot; ends in &quot;%2&quot;, but the job&apos;s archives end in &quot;%3&quot;.</source>
        <translation>Le modèle de nom de fichier «&#xa0;%1&#xa0;» se termine par «&#xa0;%2&#xa0;», mais les archives de la tâche se terminent par «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>The compression level must be %1 to %2 for %3.</source>
        <translation>Le niveau de compression doit être compris entre %1 et %2 pour %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid job name: use 1 to 64 ASCII letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter, digit or &apos;_&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de tâche valide&#xa0;: utilisez de 1 à 64 lettres ASCII (sans accents), chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;», en commençant par une lettre, un chiffre ou «&#xa0;_&#xa0;».</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is not an absolute path.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n&apos;est pas un chemin absolu.</translation>
    </message>
    <message>
        <source>The page size must be a number from 1 to 10000.</source>
        <translation>La taille de page doit être un nombre compris entre 1 et 10000.</translation>
    </message>
    <message>
        <source>A job encrypts with recipients or with a passphrase, not both.</source>
        <translation>Une tâche chiffre soit pour des destinataires, soit avec une phrase secrète, mais pas les deux.</translation>
    </message>
    <message>
        <source>The saved job &quot;%1&quot; is damaged.</source>
        <translation>La tâche enregistrée «&#xa0;%1&#xa0;» est endommagée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an age recipient; a recipient starts with age1.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un destinataire age&#xa0;; un destinataire commence par age1.</translation>
    </message>
    <message>
        <source>A job that encrypts to recipients needs the identity file of one of them: each run verifies its new archive, and retention reads the job&apos;s archives.</source>
        <translation>Une tâche qui chiffre pour des destinataires a besoin du fichier d&apos;identité de l&apos;un d&apos;eux&#xa0;: chaque exécution vérifie sa nouvelle archive, et la rétention lit les archives de la tâche.</translation>
    </message>
    <message>
        <source>The S3 location &quot;%1&quot; is not a bucket or a prefix ending in &quot;/&quot;.</source>
        <extracomment>%1 is an s3:// location</extracomment>
        <translation>L&apos;emplacement S3 «&#xa0;%1&#xa0;» n&apos;est ni un compartiment ni un préfixe se terminant par «&#xa0;/&#xa0;».</translation>
    </message>
</context>
<context>
    <name>JobArchives</name>
    <message>
        <source>Cannot remove the old archive &quot;%1&quot;: %2</source>
        <translation>Impossible de supprimer l&apos;ancienne archive «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>JobCommand</name>
    <message>
        <source>Save backup jobs, run them with verification and retention, and schedule them.</source>
        <translation>Enregistre des tâches de sauvegarde, les exécute avec vérification et rétention, et planifie leur exécution.</translation>
    </message>
    <message>
        <source>Name for {profile} in file names (default: the server&apos;s host name).</source>
        <translation>Nom utilisé pour {profile} dans les noms de fichier (par défaut&#xa0;: le nom d&apos;hôte du serveur).</translation>
    </message>
    <message>
        <source>File-name pattern with {profile}, {job} and {date} (default: {profile}-{date}); the suffix (.tar.zst, .age) is added.</source>
        <translation>Modèle de nom de fichier avec {profile}, {job} et {date} (par défaut&#xa0;: {profile}-{date})&#xa0;; le suffixe (.tar.zst, .age) est ajouté.</translation>
    </message>
    <message>
        <source>Replace the job of this name, if there is one: it keeps its id and its schedule, so its archives stay its own.</source>
        <translation>Remplace la tâche de ce nom, s&apos;il y en a une&#xa0;: elle garde son identifiant et sa planification, ses archives restent donc les siennes.</translation>
    </message>
    <message>
        <source>An age identity file that opens the job&apos;s archives, to verify each new one and to apply retention. Repeatable; needed with --encrypt-to.</source>
        <translation>Un fichier d&apos;identité age capable d&apos;ouvrir les archives de la tâche, pour vérifier chaque nouvelle archive et appliquer la rétention. Option répétable&#xa0;; obligatoire avec --encrypt-to.</translation>
    </message>
    <message>
        <source>Retention: keep the last N archives.</source>
        <translation>Rétention&#xa0;: conserve les N dernières archives.</translation>
    </message>
    <message>
        <source>Retention: keep the newest archive of each of the last N hours that have one.</source>
        <translation>Rétention&#xa0;: conserve l&apos;archive la plus récente de chacune des N dernières heures qui en ont une.</translation>
    </message>
    <message>
        <source>Retention: keep the newest archive of each of the last N days that have one.</source>
        <translation>Rétention&#xa0;: conserve l&apos;archive la plus récente de chacun des N derniers jours qui en ont une.</translation>
    </message>
    <message>
        <source>Retention: keep the newest archive of each of the last N weeks that have one.</source>
        <translation>Rétention&#xa0;: conserve l&apos;archive la plus récente de chacune des N dernières semaines qui en ont une.</translation>
    </message>
    <message>
        <source>Retention: keep the newest archive of each of the last N months that have one.</source>
        <translation>Rétention&#xa0;: conserve l&apos;archive la plus récente de chacun des N derniers mois qui en ont une.</translation>
    </message>
    <message>
        <source>Retention: keep the newest archive of each of the last N years that have one.</source>
        <translation>Rétention&#xa0;: conserve l&apos;archive la plus récente de chacune des N dernières années qui en ont une.</translation>
    </message>
    <message>
        <source>Folder of the saved jobs (default: $COLVAULT_CONFIG_DIR, else Colvault&apos;s configuration folder).</source>
        <translation>Dossier des tâches enregistrées (par défaut&#xa0;: $COLVAULT_CONFIG_DIR, sinon le dossier de configuration de Colvault).</translation>
    </message>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>Affiche un unique rapport JSON, exploitable par une machine, sur la sortie standard.</translation>
    </message>
    <message>
        <source>Usage: %1 job SUBCOMMAND [options]</source>
        <translation>Utilisation&#xa0;: %1 job SOUS-COMMANDE [options]</translation>
    </message>
    <message>
        <source>Saved backup jobs: run them as a scheduler does (backup, verify, retention), prune their old archives and schedule them.</source>
        <translation>Tâches de sauvegarde enregistrées&#xa0;: les exécuter comme le ferait un planificateur (sauvegarde, vérification, rétention), supprimer leurs anciennes archives et planifier leur exécution.</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Sous-commandes&#xa0;:</translation>
    </message>
    <message>
        <source>List the saved jobs.</source>
        <translation>Liste les tâches enregistrées.</translation>
    </message>
    <message>
        <source>Show a job and its last runs.</source>
        <translation>Affiche une tâche et ses dernières exécutions.</translation>
    </message>
    <message>
        <source>Save a job (backup, retention and encryption options).</source>
        <translation>Enregistre une tâche (options de sauvegarde, de rétention et de chiffrement).</translation>
    </message>
    <message>
        <source>Delete a job and its schedule; its archives stay.</source>
        <translation>Supprime une tâche et sa planification&#xa0;; ses archives sont conservées.</translation>
    </message>
    <message>
        <source>Back up, verify the archive, then apply the retention rules.</source>
        <translation>Sauvegarde, vérifie l&apos;archive, puis applique les règles de rétention.</translation>
    </message>
    <message>
        <source>Apply the retention rules only; --dry-run lists what would go and why.</source>
        <translation>Applique uniquement les règles de rétention&#xa0;; --dry-run liste ce qui serait supprimé et pourquoi.</translation>
    </message>
    <message>
        <source>Let the operating system run the job.</source>
        <translation>Confie l&apos;exécution de la tâche au système d&apos;exploitation.</translation>
    </message>
    <message>
        <source>Run &quot;%1 job SUBCOMMAND --help&quot; for the options of a subcommand.</source>
        <translation>Exécutez «&#xa0;%1 job SOUS-COMMANDE --help&#xa0;» pour afficher les options d&apos;une sous-commande.</translation>
    </message>
    <message>
        <source>Unknown job subcommand &quot;%1&quot;. Run &quot;%2 job --help&quot; to see what is available.</source>
        <translation>Sous-commande «&#xa0;%1&#xa0;» de job inconnue. Exécutez «&#xa0;%2 job --help&#xa0;» pour voir les sous-commandes disponibles.</translation>
    </message>
    <message>
        <source>Give the name of one job.</source>
        <translation>Indiquez le nom d&apos;une seule tâche.</translation>
    </message>
    <message>
        <source>The job&apos;s name.</source>
        <translation>Le nom de la tâche.</translation>
    </message>
    <message>
        <source>Delete a job and its schedule; its archives and history stay.</source>
        <translation>Supprime une tâche et sa planification&#xa0;; ses archives et son historique sont conservés.</translation>
    </message>
    <message>
        <source>Deleted the job &quot;%1&quot;. Its archives in %2 are kept.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» a été supprimée. Ses archives dans %2 sont conservées.</translation>
    </message>
    <message>
        <source>Save a backup job: the connection options given, what to back up, where to, how many archives to keep and how to encrypt them. The --keep options take a number or &quot;unlimited&quot; and follow restic&apos;s forget rules on UTC periods; without any, every archive is kept.</source>
        <translation>Enregistre une tâche de sauvegarde&#xa0;: les options de connexion indiquées, ce qu&apos;il faut sauvegarder et où, combien d&apos;archives conserver et comment les chiffrer. Les options --keep prennent un nombre ou «&#xa0;unlimited&#xa0;» et suivent les règles de «&#xa0;forget&#xa0;» de restic, sur des périodes en UTC&#xa0;; sans aucune d&apos;elles, toutes les archives sont conservées.</translation>
    </message>
    <message>
        <source>Give the folder for the job&apos;s archives with --dir DIR.</source>
        <translation>Indiquez le dossier des archives de la tâche avec --dir DIR.</translation>
    </message>
    <message>
        <source>Saved the job &quot;%1&quot;. Its archives will be named like %2.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» a été enregistrée. Ses archives seront nommées comme ceci&#xa0;: %2.</translation>
    </message>
    <message>
        <source>A job cannot read --%1 from standard input when it runs; give a file.</source>
        <translation>Une tâche ne peut pas lire --%1 sur l&apos;entrée standard lors de son exécution&#xa0;; indiquez un fichier.</translation>
    </message>
    <message>
        <source>A job saves no secrets: give the API key with --api-key-file, headers with --header-file or --header-env, and no password in the URL.</source>
        <translation>Une tâche n&apos;enregistre aucun secret&#xa0;: indiquez la clé d&apos;API avec --api-key-file, les en-têtes avec --header-file ou --header-env, et aucun mot de passe dans l&apos;URL.</translation>
    </message>
    <message>
        <source>Note: the job does not save $WEAVIATE_API_KEY; a run gets the key from that variable of its own environment, which a scheduled run does not have. Give --api-key-file instead.</source>
        <translation>Remarque&#xa0;: la tâche n&apos;enregistre pas $WEAVIATE_API_KEY&#xa0;; une exécution lit la clé dans cette variable de son propre environnement, qu&apos;une exécution planifiée n&apos;a pas. Indiquez plutôt --api-key-file.</translation>
    </message>
    <message>
        <source>--level and --page-size need a whole number.</source>
        <translation>--level et --page-size attendent un nombre entier.</translation>
    </message>
    <message>
        <source>--%1 needs a number of 0 or more, or &quot;unlimited&quot;.</source>
        <translation>--%1 attend un nombre supérieur ou égal à 0, ou «&#xa0;unlimited&#xa0;».</translation>
    </message>
    <message>
        <source>A job connects as it was saved; --%1 cannot be given to it. Save it again with &quot;job create NAME --replace&quot; to change its connection.</source>
        <translation>Une tâche se connecte telle qu&apos;elle a été enregistrée&#xa0;; --%1 ne peut pas lui être passé. Enregistrez-la de nouveau avec «&#xa0;job create NAME --replace&#xa0;» pour modifier sa connexion.</translation>
    </message>
    <message>
        <source>Run a job as its schedule does: back up, verify the new archive, then apply the retention rules. Every run is logged and recorded in the job history.</source>
        <translation>Exécute une tâche comme le fait sa planification&#xa0;: sauvegarde, vérification de la nouvelle archive, puis application des règles de rétention. Chaque exécution est journalisée et enregistrée dans l&apos;historique de la tâche.</translation>
    </message>
    <message>
        <source>List what would be removed and why; remove nothing.</source>
        <translation>Liste ce qui serait supprimé et pourquoi, sans rien supprimer.</translation>
    </message>
    <message>
        <source>Apply a job&apos;s retention rules to its folder: only archives of this job with a valid trailer are considered; the newest is always kept.</source>
        <translation>Applique les règles de rétention d&apos;une tâche à son dossier&#xa0;: seules les archives de cette tâche dotées d&apos;un bloc de fin valide sont prises en compte&#xa0;; la plus récente est toujours conservée.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; has no retention rules; nothing is removed.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» n&apos;a aucune règle de rétention&#xa0;; rien n&apos;est supprimé.</translation>
    </message>
    <message>
        <source>Canceled; nothing was removed.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Give one of --daily, --hourly, --weekly DAY or --off.</source>
        <translation>Indiquez une seule des options --daily, --hourly, --weekly DAY ou --off.</translation>
    </message>
    <message>
        <source>--at goes with --daily or --weekly.</source>
        <translation>--at s&apos;utilise avec --daily ou --weekly.</translation>
    </message>
    <message>
        <source>--at needs a time of day as HH:MM, e.g. 02:30.</source>
        <translation>--at attend une heure au format HH:MM, par exemple 02:30.</translation>
    </message>
    <message>
        <source>--weekly needs a day of the week, e.g. monday or mon.</source>
        <translation>--weekly attend un jour de la semaine, par exemple monday ou mon.</translation>
    </message>
    <message>
        <source>Every day (at 02:00 unless --at says otherwise).</source>
        <translation>Tous les jours (à 02:00, sauf indication contraire de --at).</translation>
    </message>
    <message>
        <source>Every hour, on the hour.</source>
        <translation>Toutes les heures, à l&apos;heure pile.</translation>
    </message>
    <message>
        <source>Every week on this day (monday … sunday, or mon … sun).</source>
        <translation>Chaque semaine ce jour-là (monday … sunday, ou mon … sun).</translation>
    </message>
    <message>
        <source>Time of day, HH:MM (local time).</source>
        <translation>Heure, HH:MM (heure locale).</translation>
    </message>
    <message>
        <source>Remove the job&apos;s schedule.</source>
        <translation>Supprime la planification de la tâche.</translation>
    </message>
    <message>
        <source>Let the operating system run a job: a systemd user timer on Linux, a launchd agent on macOS, a Task Scheduler task on Windows. Times are local.</source>
        <translation>Confie l&apos;exécution d&apos;une tâche au système d&apos;exploitation&#xa0;: un timer utilisateur systemd sous Linux, un agent launchd sous macOS, une tâche du Planificateur de tâches sous Windows. Les heures sont locales.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is no longer scheduled.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» n&apos;est plus planifiée.</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; runs %2.</source>
        <extracomment>%1 a job&apos;s name, %2 its schedule (&quot;daily at 02:00&quot;)</extracomment>
        <translation>La tâche «&#xa0;%1&#xa0;» s&apos;exécute %2.</translation>
    </message>
    <message>
        <source>Where the job&apos;s archives go: a local folder, or s3://BUCKET/PREFIX/ (with the --s3-* options; keys from the AWS environment or profile of each run).</source>
        <translation>Destination des archives de la tâche&#xa0;: un dossier local, ou s3://BUCKET/PREFIX/ (avec les options --s3-*&#xa0;; clés issues de l&apos;environnement AWS ou du profil de chaque exécution).</translation>
    </message>
    <message>
        <source>A job writes to a local folder or to s3://BUCKET/PREFIX/; --dir &quot;%1&quot; is neither.</source>
        <translation>Une tâche écrit dans un dossier local ou dans s3://BUCKET/PREFIX/&#xa0;; --dir «&#xa0;%1&#xa0;» n&apos;est ni l&apos;un ni l&apos;autre.</translation>
    </message>
    <message>
        <source>The --s3-* options are for a job whose --dir is s3://BUCKET/PREFIX/.</source>
        <translation>Les options --s3-* sont destinées à une tâche dont le --dir est s3://BUCKET/PREFIX/.</translation>
    </message>
    <message>
        <source>Give it with --identity FILE.</source>
        <translation>Indiquez-la avec --identity FILE.</translation>
    </message>
</context>
<context>
    <name>JobHistory</name>
    <message>
        <source>Cannot write the job history &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;écrire l&apos;historique des tâches «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>JobInputs</name>
    <message>
        <source>The job&apos;s server address &quot;%1&quot; is not a valid URL; save the job again with one such as http://host:8080.</source>
        <translation>L&apos;adresse du serveur «&#xa0;%1&#xa0;» de la tâche n&apos;est pas une URL valide&#xa0;; enregistrez de nouveau la tâche avec une adresse telle que http://hôte:8080.</translation>
    </message>
    <message>
        <source>The job&apos;s header variable &quot;%1&quot; is not of the form NAME=VARIABLE.</source>
        <translation>La variable d&apos;en-tête «&#xa0;%1&#xa0;» de la tâche n&apos;est pas de la forme NAME=VARIABLE.</translation>
    </message>
    <message>
        <source>The environment variable %1 (for the header %2) is not set, empty or more than one line.</source>
        <extracomment>%1 is the name of an environment variable, %2 the HTTP header it was to give the value of</extracomment>
        <translation>La variable d&apos;environnement %1 (pour l&apos;en-tête %2) n&apos;est pas définie, est vide ou tient sur plusieurs lignes.</translation>
    </message>
    <message>
        <source>%1, line %2: not of the form &quot;Name: value&quot;.</source>
        <extracomment>%1 is a file name, %2 a line number in it</extracomment>
        <translation>%1, ligne %2&#xa0;: n&apos;est pas de la forme «&#xa0;Nom: valeur&#xa0;».</translation>
    </message>
    <message>
        <source>The header file &quot;%1&quot; holds no header.</source>
        <translation>Le fichier d&apos;en-têtes «&#xa0;%1&#xa0;» ne contient aucun en-tête.</translation>
    </message>
    <message>
        <source>The job&apos;s gRPC address &quot;%1&quot; is not of the form grpc://HOST:PORT or grpcs://HOST:PORT.</source>
        <translation>L&apos;adresse gRPC «&#xa0;%1&#xa0;» de la tâche n&apos;est pas de la forme grpc://HOST:PORT ou grpcs://HOST:PORT.</translation>
    </message>
    <message>
        <source>The job&apos;s transport &quot;%1&quot; is not one of auto, rest and grpc.</source>
        <translation>Le mode de transfert «&#xa0;%1&#xa0;» de la tâche n&apos;est ni auto, ni rest, ni grpc.</translation>
    </message>
    <message>
        <source>The job&apos;s proxy address holds a password; save the job again with the password in a file.</source>
        <translation>L&apos;adresse du proxy de la tâche contient un mot de passe&#xa0;; enregistrez de nouveau la tâche avec le mot de passe dans un fichier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an age recipient; a recipient starts with age1.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un destinataire age&#xa0;; un destinataire commence par age1.</translation>
    </message>
    <message>
        <source>%1, line %2: not an age identity (AGE-SECRET-KEY-1…).</source>
        <extracomment>%1 is a file name, %2 a line number in it</extracomment>
        <translation>%1, ligne %2&#xa0;: pas une identité age (AGE-SECRET-KEY-1…).</translation>
    </message>
    <message>
        <source>The identity file &quot;%1&quot; holds no identity.</source>
        <translation>Le fichier d&apos;identité «&#xa0;%1&#xa0;» ne contient aucune identité.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; that the job names is empty.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» indiqué par la tâche est vide.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; that the job names holds more than one line; it must hold the key, passphrase or password alone.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» indiqué par la tâche contient plus d&apos;une ligne&#xa0;; il ne doit contenir que la clé, la phrase secrète ou le mot de passe.</translation>
    </message>
    <message>
        <source>Cannot read the file &quot;%1&quot; that the job names: %2</source>
        <extracomment>%1 a file name, %2 the system&apos;s reason</extracomment>
        <translation>Impossible de lire le fichier «&#xa0;%1&#xa0;» indiqué par la tâche&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; that the job names is larger than %2, too large for a key or headers.</source>
        <extracomment>%1 a file name, %2 a size such as &quot;64 KiB&quot;</extracomment>
        <translation>Le fichier «&#xa0;%1&#xa0;» indiqué par la tâche dépasse %2, ce qui est trop grand pour une clé ou des en-têtes.</translation>
    </message>
    <message>
        <source>Give the identity: one line, AGE-SECRET-KEY-1…</source>
        <translation>Saisissez l&apos;identité&#xa0;: une ligne, AGE-SECRET-KEY-1…</translation>
    </message>
    <message>
        <source>Give the passphrase: one line.</source>
        <translation>Saisissez la phrase secrète&#xa0;: une ligne.</translation>
    </message>
    <message>
        <source>The identity given for the job is not an age identity (AGE-SECRET-KEY-1…).</source>
        <translation>L&apos;identité fournie pour la tâche n&apos;est pas une identité age (AGE-SECRET-KEY-1…).</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase in both fields.</source>
        <translation>Les deux phrases secrètes diffèrent&#xa0;: saisissez la même phrase secrète dans les deux champs.</translation>
    </message>
</context>
<context>
    <name>JobOutput</name>
    <message>
        <source>succeeded</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>finished with skipped tenants</source>
        <translation>terminée avec des locataires ignorés</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>not an archive of a saved job</source>
        <translation>pas une archive d&apos;une tâche enregistrée</translation>
    </message>
    <message>
        <source>an archive of another job</source>
        <translation>archive d&apos;une autre tâche</translation>
    </message>
    <message>
        <source>cannot be opened with the job&apos;s keys</source>
        <translation>ne peut pas être ouverte avec les clés de la tâche</translation>
    </message>
    <message>
        <source>incomplete: no valid trailer</source>
        <translation>incomplète&#xa0;: aucun bloc de fin valide</translation>
    </message>
    <message>
        <source>No saved jobs. Create one with &quot;%1 job create NAME --dir DIR&quot;.</source>
        <translation>Aucune tâche enregistrée. Créez-en une avec «&#xa0;%1 job create NAME --dir DIR&#xa0;».</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>The last run of a job: %1 when, %2 how it ended (&quot;succeeded&quot;)</extracomment>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Job: %1 (%2)</source>
        <translation>Tâche&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Collections: %1</source>
        <translation>Collections&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: tenants %2</source>
        <translation>%1&#xa0;: locataires %2</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Archives named like: %1</source>
        <translation>Noms des archives, par exemple&#xa0;: %1</translation>
    </message>
    <message>
        <source>Retention: %1</source>
        <translation>Rétention&#xa0;: %1</translation>
    </message>
    <message>
        <source>none, every archive is kept</source>
        <translation>aucune, toutes les archives sont conservées</translation>
    </message>
    <message numerus="yes">
        <source>Encryption: age, to %Ln recipient(s)</source>
        <translation>
            <numerusform>Chiffrement&#xa0;: age, pour %Ln destinataire</numerusform>
            <numerusform>Chiffrement&#xa0;: age, pour %Ln destinataires</numerusform>
        </translation>
    </message>
    <message>
        <source>Encryption: age, with the passphrase in %1</source>
        <translation>Chiffrement&#xa0;: age, avec la phrase secrète contenue dans %1</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Planification&#xa0;: %1</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>Aucune exécution pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Last runs, newest first:</source>
        <translation>Dernières exécutions, de la plus récente à la plus ancienne&#xa0;:</translation>
    </message>
    <message>
        <source>%1  %2 (%3 s)</source>
        <extracomment>One run in a job&apos;s history: %1 when, %2 how it ended, %3 the duration in seconds</extracomment>
        <translation>%1  %2 (%3 s)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s), %1 (%2)</source>
        <translation>
            <numerusform>%Ln objet, %1 (%2)</numerusform>
            <numerusform>%Ln objets, %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>No archive of this run was kept.</source>
        <translation>Aucune archive de cette exécution n&apos;a été conservée.</translation>
    </message>
    <message>
        <source>Canceled; no archive of this run was kept.</source>
        <translation>Annulé&#xa0;; aucune archive de cette exécution n&apos;a été conservée.</translation>
    </message>
    <message>
        <source>Verified the new archive: it is complete and intact.</source>
        <translation>Nouvelle archive vérifiée&#xa0;: elle est complète et intacte.</translation>
    </message>
    <message>
        <source>Canceled before the retention rules were applied; the new archive is kept.</source>
        <translation>Annulé avant l&apos;application des règles de rétention&#xa0;; la nouvelle archive est conservée.</translation>
    </message>
    <message numerus="yes">
        <source>Retention: kept %Ln archive(s), removed %1.</source>
        <extracomment>%Ln archives kept by the retention rules, %1 how many were removed</extracomment>
        <translation>
            <numerusform>Rétention&#xa0;: %Ln archive conservée, supprimées&#xa0;: %1.</numerusform>
            <numerusform>Rétention&#xa0;: %Ln archives conservées, supprimées&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing is removed.</source>
        <translation>Simulation&#xa0;: rien n&apos;est supprimé.</translation>
    </message>
    <message>
        <source>Retention of the job &quot;%1&quot;: %2</source>
        <translation>Rétention de la tâche «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1  %2  (%3)</source>
        <extracomment>A line of the retention listing: %1 the archive&apos;s time (UTC), %2 its file name, %3 why</extracomment>
        <translation>%1  %2  (%3)</translation>
    </message>
    <message>
        <source>kept by no rule</source>
        <translation>conservée par aucune règle</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>conservée</translation>
    </message>
    <message>
        <source>would remove</source>
        <translation>à supprimer</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>left alone</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln archive(s) kept, %1 would be removed.</source>
        <extracomment>%Ln archives kept, %1 how many would be removed</extracomment>
        <translation>
            <numerusform>%Ln archive conservée, %1 à supprimer.</numerusform>
            <numerusform>%Ln archives conservées, %1 à supprimer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln archive(s) kept, %1 removed.</source>
        <translation>
            <numerusform>%Ln archive conservée, supprimées&#xa0;: %1.</numerusform>
            <numerusform>%Ln archives conservées, supprimées&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>S3 bucket prefix: %1</source>
        <translation>Préfixe du compartiment S3&#xa0;: %1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Point de terminaison&#xa0;: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Région&#xa0;: %1</translation>
    </message>
    <message>
        <source>AWS profile: %1</source>
        <translation>Profil AWS&#xa0;: %1</translation>
    </message>
    <message>
        <source>Path-style addressing</source>
        <translation>Adressage de style chemin</translation>
    </message>
</context>
<context>
    <name>JobRun</name>
    <message>
        <source>Some collections or tenants were skipped, so the retention rules were not applied.</source>
        <translation>Des collections ou des locataires ont été ignorés&#xa0;: les règles de rétention n&apos;ont donc pas été appliquées.</translation>
    </message>
    <message>
        <source>Verifying the archive: %1 of %2</source>
        <extracomment>Progress of reading the new archive back: %1 bytes read so far, %2 the file size</extracomment>
        <translation>Vérification de l&apos;archive&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Cannot remove the unverified archive &quot;%1&quot;.</source>
        <translation>Impossible de supprimer l&apos;archive non vérifiée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The new archive &quot;%1&quot; did not pass its verification and was removed.</source>
        <translation>La nouvelle archive «&#xa0;%1&#xa0;» n&apos;a pas passé la vérification et a été supprimée.</translation>
    </message>
    <message>
        <source>Applying the retention rules</source>
        <translation>Application des règles de rétention</translation>
    </message>
    <message>
        <source>The retention rules were not applied: %1</source>
        <translation>Les règles de rétention n&apos;ont pas été appliquées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>JobSchedule</name>
    <message>
        <source>hourly</source>
        <translation>toutes les heures</translation>
    </message>
    <message>
        <source>daily at %1</source>
        <extracomment>%1 a time of day, e.g. 02:00</extracomment>
        <translation>tous les jours à %1</translation>
    </message>
    <message>
        <source>weekly on %1 at %2</source>
        <extracomment>%1 a day of the week, %2 a time of day</extracomment>
        <translation>chaque %1 à %2</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>non planifiée</translation>
    </message>
</context>
<context>
    <name>JobScheduler</name>
    <message>
        <source>Cannot write the schedule file &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;écrire le fichier de planification «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was not found, so the schedule is written but not active; run &quot;%2&quot; where %1 is available.</source>
        <extracomment>%1 a program (systemctl, launchctl, schtasks), %2 the command to run by hand</extracomment>
        <translation>%1 est introuvable&#xa0;: la planification est donc écrite mais pas active&#xa0;; exécutez «&#xa0;%2&#xa0;» là où %1 est disponible.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed: %2</source>
        <translation>«&#xa0;%1&#xa0;» a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>A user timer runs while you are logged in; &quot;loginctl enable-linger&quot; lets it run without a session.</source>
        <translation>Un timer utilisateur ne s&apos;exécute que lorsque vous êtes connecté&#xa0;; «&#xa0;loginctl enable-linger&#xa0;» lui permet de s&apos;exécuter sans session ouverte.</translation>
    </message>
    <message>
        <source>Cannot remove the schedule file &quot;%1&quot;.</source>
        <translation>Impossible de supprimer le fichier de planification «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The job cannot be scheduled: systemctl --user finds no user session here (as in a container, an SSH login or WSL). Run &quot;loginctl enable-linger&quot; and log in again, or use a desktop session; or save the job without a schedule and run &quot;%1&quot; from cron.</source>
        <extracomment>%1 the command that runs the job, for a crontab line</extracomment>
        <translation>La tâche ne peut pas être planifiée&#xa0;: systemctl --user ne trouve ici aucune session utilisateur (comme dans un conteneur, une connexion SSH ou WSL). Exécutez «&#xa0;loginctl enable-linger&#xa0;» et reconnectez-vous, ou utilisez une session de bureau&#xa0;; ou bien enregistrez la tâche sans planification et exécutez «&#xa0;%1&#xa0;» depuis cron.</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>Cannot read the saved jobs in &quot;%1&quot;: %2</source>
        <translation>Impossible de lire les tâches enregistrées dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The saved jobs in &quot;%1&quot; are damaged; fix or move the file.</source>
        <translation>Les tâches enregistrées dans «&#xa0;%1&#xa0;» sont endommagées&#xa0;; réparez ou déplacez le fichier.</translation>
    </message>
    <message>
        <source>The saved jobs in &quot;%1&quot; were written by a newer version of Colvault.</source>
        <translation>Les tâches enregistrées dans «&#xa0;%1&#xa0;» ont été écrites par une version plus récente de Colvault.</translation>
    </message>
    <message>
        <source>Cannot save the jobs to &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;enregistrer les tâches dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no job named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucune tâche nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The saved jobs in &quot;%1&quot; are locked by another program.</source>
        <translation>Les tâches enregistrées dans «&#xa0;%1&#xa0;» sont verrouillées par un autre programme.</translation>
    </message>
    <message>
        <source>A job named &quot;%1&quot; already exists.</source>
        <translation>Une tâche nommée «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
</context>
<context>
    <name>KeygenCommand</name>
    <message>
        <source>Write a new age identity file for encrypted archives and print its recipient.</source>
        <translation>Écrit un nouveau fichier d&apos;identité age pour les archives chiffrées et affiche son destinataire.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; already exists; keygen never overwrites a file.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» existe déjà&#xa0;; keygen n&apos;écrase jamais un fichier.</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: %2</source>
        <translation>Impossible de créer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Write a new age identity file for encrypted archives and print its recipient on standard output.</source>
        <translation>Écrit un nouveau fichier d&apos;identité age pour les archives chiffrées et affiche son destinataire sur la sortie standard.</translation>
    </message>
    <message>
        <source>The identity file to write; it must not exist yet.</source>
        <translation>Le fichier d&apos;identité à écrire&#xa0;; il ne doit pas encore exister.</translation>
    </message>
    <message>
        <source>Give the identity file to write with -o FILE.</source>
        <translation>Indiquez le fichier d&apos;identité à écrire avec -o FILE.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed; no key was made.</source>
        <translation>Le générateur de nombres aléatoires du système a échoué&#xa0;; aucune clé n&apos;a été créée.</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List collections with object counts, tenants and vector configuration.</source>
        <translation>Liste les collections avec leur nombre d&apos;objets, leurs locataires et leur configuration vectorielle.</translation>
    </message>
    <message>
        <source>legacy, %1 dimensions</source>
        <extracomment>A collection&apos;s single class-level vector; %1 is its dimension count</extracomment>
        <translation>hérité, %1 dimensions</translation>
    </message>
    <message>
        <source>%1: %2 dimensions</source>
        <extracomment>%1 is a named vector&apos;s name, %2 its dimension count</extracomment>
        <translation>%1&#xa0;: %2 dimensions</translation>
    </message>
    <message>
        <source>%1: multi-vector, %2 dimensions</source>
        <extracomment>%1 is a multi-vector&apos;s name, %2 the dimension count of each token vector</extracomment>
        <translation>%1&#xa0;: multivecteur, %2 dimensions</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s)</source>
        <translation>
            <numerusform>%Ln locataire</numerusform>
            <numerusform>%Ln locataires</numerusform>
        </translation>
    </message>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>Affiche un unique rapport JSON, exploitable par une machine, sur la sortie standard.</translation>
    </message>
    <message>
        <source>&quot;list&quot; takes no arguments.</source>
        <translation>«&#xa0;list&#xa0;» n&apos;accepte aucun argument.</translation>
    </message>
    <message>
        <source>Weaviate %1 at %2</source>
        <translation>Weaviate %1 sur %2</translation>
    </message>
    <message>
        <source>The server has no collections.</source>
        <translation>Le serveur ne contient aucune collection.</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <source>Vectors</source>
        <translation>Vecteurs</translation>
    </message>
    <message>
        <source>%1 (active tenants)</source>
        <extracomment>An object count that leaves out inactive tenants</extracomment>
        <translation>%1 (locataires actifs)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s), inactive: %1</source>
        <extracomment>%Ln is the number of tenants, %1 how many of them are inactive</extracomment>
        <translation>
            <numerusform>%Ln locataire, inactifs&#xa0;: %1</numerusform>
            <numerusform>%Ln locataires, inactifs&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectPageParser</name>
    <message>
        <source>The server sent a page of objects that is not valid.</source>
        <translation>Le serveur a envoyé une page d&apos;objets non valide.</translation>
    </message>
</context>
<context>
    <name>OperationGuard</name>
    <message>
        <source>Colvault stopped because of an internal error; the operation did not complete.</source>
        <translation>Colvault s&apos;est arrêté à cause d&apos;une erreur interne&#xa0;; l&apos;opération n&apos;est pas terminée.</translation>
    </message>
</context>
<context>
    <name>OperationProgress</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>%1 the number of the operation&apos;s current step, %2 how many steps it has, %3 the step&apos;s name, e.g. &quot;Adding references&quot;</extracomment>
        <translation>Étape %1 sur %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <source>%1 of %2 objects</source>
        <extracomment>%1 objects done of %2</extracomment>
        <translation>%1 objets sur %2</translation>
    </message>
    <message>
        <source>Collection %1</source>
        <translation>Collection %1</translation>
    </message>
    <message>
        <source>Collection %1, tenant %2</source>
        <extracomment>%1 is a collection, %2 one of its tenants</extracomment>
        <translation>Collection %1, locataire %2</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Ignorés&#xa0;:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements&#xa0;:</translation>
    </message>
    <message>
        <source>Failures:</source>
        <translation>Échecs&#xa0;:</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>duration</comment>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>moins d&apos;une seconde</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>a duration; %1 seconds</extracomment>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>a duration; %1 minutes, %2 seconds</extracomment>
        <translation>%1&#xa0;min %2&#xa0;s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>a duration; %1 hours, %2 minutes</extracomment>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>Écrit&#xa0;:</translation>
    </message>
    <message>
        <source>active</source>
        <comment>tenant status</comment>
        <translation>actif</translation>
    </message>
    <message>
        <source>inactive</source>
        <comment>tenant status</comment>
        <translation>inactif</translation>
    </message>
    <message>
        <source>offloaded to cloud storage</source>
        <comment>tenant status</comment>
        <translation>déchargé vers le stockage cloud</translation>
    </message>
    <message>
        <source>changing its status (%1)</source>
        <comment>tenant status</comment>
        <extracomment>%1 the status as the server names it, e.g. FREEZING</extracomment>
        <translation>en train de changer d&apos;état (%1)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>%1 collection, %2 tenant</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 collection, %2 the reason it was skipped</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 / %2: %3</source>
        <extracomment>%1 collection, %2 tenant, %3 the reason it was skipped</extracomment>
        <translation>%1 / %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ProxyAddress</name>
    <message>
        <source>Proxies of the kind &quot;%1&quot; are not supported; use %2.</source>
        <extracomment>%1 is a URL scheme such as &quot;ftp&quot;, %2 the list of the supported ones</extracomment>
        <translation>Les proxys de type «&#xa0;%1&#xa0;» ne sont pas pris en charge&#xa0;; utilisez %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a proxy address; write http://HOST:PORT.</source>
        <extracomment>%1 is what the user wrote; HOST and PORT stay as they are</extracomment>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de proxy&#xa0;; écrivez http://HÔTE:PORT.</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Restore collections from an archive, showing the plan first.</source>
        <translation>Restaure des collections à partir d&apos;une archive, après avoir affiché le plan.</translation>
    </message>
    <message>
        <source>create</source>
        <translation>créer</translation>
    </message>
    <message>
        <source>drop and create again</source>
        <translation>supprimer puis recréer</translation>
    </message>
    <message>
        <source>add to the existing collection</source>
        <translation>ajouter à la collection existante</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (source&#xa0;: %2)</translation>
    </message>
    <message>
        <source>properties to add: %1</source>
        <translation>propriétés à ajouter&#xa0;: %1</translation>
    </message>
    <message>
        <source>properties only on the target: %1</source>
        <translation>propriétés présentes uniquement sur la cible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Total: %1.</source>
        <translation>Total&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restore collections from an archive into a Weaviate server.</source>
        <translation>Restaure des collections d&apos;une archive dans un serveur Weaviate.</translation>
    </message>
    <message>
        <source>Collections to restore (default: all in the archive).</source>
        <translation>Collections à restaurer (par défaut&#xa0;: toutes celles de l&apos;archive).</translation>
    </message>
    <message>
        <source>new (default: the collection must not exist), merge (add missing objects), overwrite (archived objects replace existing ones), replace (drop the collection first).</source>
        <translation>new (par défaut&#xa0;: la collection ne doit pas exister), merge (ajoute les objets manquants), overwrite (les objets archivés remplacent les existants), replace (supprime d&apos;abord la collection).</translation>
    </message>
    <message>
        <source>Restore collection OLD as NEW. Repeatable.</source>
        <translation>Restaure la collection OLD sous le nom NEW. Option répétable.</translation>
    </message>
    <message>
        <source>Only these tenants: A,B for the one collection named, or COLLECTION:A,B. Repeatable.</source>
        <translation>Uniquement ces locataires&#xa0;: A,B pour l&apos;unique collection indiquée, ou COLLECTION:A,B. Option répétable.</translation>
    </message>
    <message>
        <source>Create collections and tenants, no objects.</source>
        <translation>Crée les collections et les locataires, sans les objets.</translation>
    </message>
    <message>
        <source>Rewrite every vectorizer to &quot;none&quot; (objects keep their vectors).</source>
        <translation>Remplace tous les vectoriseurs par «&#xa0;none&#xa0;» (les objets conservent leurs vecteurs).</translation>
    </message>
    <message>
        <source>Create collections with this replication factor.</source>
        <translation>Crée les collections avec ce facteur de réplication.</translation>
    </message>
    <message>
        <source>Objects per request (1-1000, default 100).</source>
        <translation>Objets par requête (de 1 à 1000, 100 par défaut).</translation>
    </message>
    <message>
        <source>Show what would be restored; write nothing.</source>
        <translation>Affiche ce qui serait restauré, sans rien écrire.</translation>
    </message>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>Affiche un unique rapport JSON, exploitable par une machine, sur la sortie standard.</translation>
    </message>
    <message>
        <source>Do not ask before restoring; with --confirm, allows replacing collections.</source>
        <translation>Ne pose aucune question avant la restauration&#xa0;; avec --confirm, autorise le remplacement de collections.</translation>
    </message>
    <message>
        <source>The exact names of the collections that replace mode drops, comma-separated.</source>
        <translation>Noms exacts des collections que le mode replace supprime, séparés par des virgules.</translation>
    </message>
    <message>
        <source>No archive given: colvault-cli restore FILE [COLLECTION...].</source>
        <translation>Aucune archive indiquée&#xa0;: colvault-cli restore FILE [COLLECTION...].</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;; use new, merge, overwrite or replace.</source>
        <translation>Mode «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez new, merge, overwrite ou replace.</translation>
    </message>
    <message>
        <source>--rename %1: use OLD=NEW.</source>
        <translation>--rename %1&#xa0;: utilisez la forme OLD=NEW.</translation>
    </message>
    <message>
        <source>--replication-factor must be a number of at least 1.</source>
        <translation>--replication-factor doit être un nombre supérieur ou égal à 1.</translation>
    </message>
    <message>
        <source>--batch-size must be a number from 1 to 1000.</source>
        <translation>--batch-size doit être un nombre compris entre 1 et 1000.</translation>
    </message>
    <message>
        <source>Not restoring: standard input is not a terminal, so nobody can confirm. Run again with --yes --confirm NAMES (the collections being replaced), or with --dry-run to see the plan.</source>
        <translation>Restauration non effectuée&#xa0;: l&apos;entrée standard n&apos;est pas un terminal, personne ne peut donc confirmer. Relancez avec --yes --confirm NAMES (les collections à remplacer), ou avec --dry-run pour voir le plan.</translation>
    </message>
    <message>
        <source>Not restoring: standard input is not a terminal, so nobody can confirm. Run again with --yes, or with --dry-run to see the plan.</source>
        <translation>Restauration non effectuée&#xa0;: l&apos;entrée standard n&apos;est pas un terminal, personne ne peut donc confirmer. Relancez avec --yes, ou avec --dry-run pour voir le plan.</translation>
    </message>
    <message>
        <source>Canceled; nothing was written.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Dry run: nothing will be written.</source>
        <translation>Simulation&#xa0;: rien ne sera écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was restored: the plan has %Ln blocking problem(s).</source>
        <translation>
            <numerusform>Rien n&apos;a été restauré&#xa0;: le plan comporte %Ln problème bloquant.</numerusform>
            <numerusform>Rien n&apos;a été restauré&#xa0;: le plan comporte %Ln problèmes bloquants.</numerusform>
        </translation>
    </message>
    <message>
        <source>The names given (%1) are not exactly the collections being replaced (%2); nothing was restored.</source>
        <translation>Les noms indiqués (%1) ne correspondent pas exactement aux collections à remplacer (%2)&#xa0;; rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>Restore as planned? [y/N]</source>
        <translation>Restaurer selon le plan&#xa0;? [o/N]</translation>
    </message>
    <message>
        <source>yes|y</source>
        <comment>answers accepted as yes</comment>
        <extracomment>Lower-case answers that mean yes, separated by |; the English y and yes are always accepted too</extracomment>
        <translation>oui|o</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was restored.</source>
        <translation>Non confirmé&#xa0;; rien n&apos;a été restauré.</translation>
    </message>
    <message numerus="yes">
        <source>Canceled after %Ln object(s); the restore is incomplete.</source>
        <translation>
            <numerusform>Annulé après %Ln objet&#xa0;; la restauration est incomplète.</numerusform>
            <numerusform>Annulé après %Ln objets&#xa0;; la restauration est incomplète.</numerusform>
        </translation>
    </message>
    <message>
        <source>Count: %1</source>
        <translation>Décompte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restored %1 objects and %2 references in %3 s.</source>
        <extracomment>%1 objects, %2 references, %3 seconds</extracomment>
        <translation>%1 objets et %2 références restaurés en %3 s.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) or reference(s) failed.</source>
        <translation>
            <numerusform>Échec pour %Ln objet ou référence.</numerusform>
            <numerusform>Échec pour %Ln objets ou références.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to create, %2 to overwrite, %3 to skip, %4 unchanged</source>
        <extracomment>%1..%4 object counts</extracomment>
        <translation>%1 à créer, %2 à écraser, %3 à ignorer, %4 inchangés</translation>
    </message>
    <message>
        <source>tenant %1: exists (%2)</source>
        <translation>locataire %1&#xa0;: existant (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Replace mode deletes %Ln collection(s) with everything in them first: %1. Type their names to confirm, separated by commas:</source>
        <translation>
            <numerusform>Le mode replace supprime d&apos;abord %Ln collection avec tout son contenu&#xa0;: %1. Saisissez son nom pour confirmer&#xa0;:</numerusform>
            <numerusform>Le mode replace supprime d&apos;abord %Ln collections avec tout leur contenu&#xa0;: %1. Saisissez leurs noms, séparés par des virgules, pour confirmer&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace mode deletes %Ln collection(s) first: %1. Confirm with --yes --confirm %2.</source>
        <translation>
            <numerusform>Le mode replace supprime d&apos;abord %Ln collection&#xa0;: %1. Confirmez avec --yes --confirm %2.</numerusform>
            <numerusform>Le mode replace supprime d&apos;abord %Ln collections&#xa0;: %1. Confirmez avec --yes --confirm %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: object %2 of %1: %3</source>
        <extracomment>%1 collection, %2 object id, %3 the server&apos;s message</extracomment>
        <translation>Échec&#xa0;: objet %2 de %1&#xa0;: %3</translation>
    </message>
    <message>
        <source>Failed: object %3 of %1, tenant %2: %4</source>
        <translation>Échec&#xa0;: objet %3 de %1, locataire %2&#xa0;: %4</translation>
    </message>
    <message>
        <source>tenant %1: to be created</source>
        <extracomment>%1 tenant name, %2 and %3 tenant statuses as the server names them (HOT, COLD, ...)</extracomment>
        <translation>locataire %1&#xa0;: à créer</translation>
    </message>
    <message>
        <source>tenant %1: to be created, then set to %2</source>
        <translation>locataire %1&#xa0;: à créer, puis à passer à l&apos;état %2</translation>
    </message>
    <message>
        <source>tenant %1: exists (%2), to be set to %3</source>
        <translation>locataire %1&#xa0;: existant (%2), à passer à l&apos;état %3</translation>
    </message>
    <message>
        <source>Run the same restore again with --mode overwrite to complete it.</source>
        <translation>Relancez la même restauration avec --mode overwrite pour la terminer.</translation>
    </message>
    <message>
        <source>The archive to restore: a file or s3://BUCKET/KEY.</source>
        <translation>L&apos;archive à restaurer&#xa0;: un fichier ou s3://BUCKET/KEY.</translation>
    </message>
    <message>
        <source>Move aliases that exist on the target and point at other collections.</source>
        <translation>Déplace les alias qui existent sur la cible et pointent vers d&apos;autres collections.</translation>
    </message>
    <message>
        <source>keep (default: recreate the archive&apos;s aliases, pointing at the restored collections) or skip.</source>
        <translation>keep (par défaut&#xa0;: recrée les alias de l&apos;archive, pointant vers les collections restaurées) ou skip.</translation>
    </message>
    <message>
        <source>With --as-new: once the counts are verified, point this alias at the new collection (created if absent). The previous collection is kept.</source>
        <translation>Avec --as-new&#xa0;: une fois les nombres vérifiés, fait pointer cet alias vers la nouvelle collection (il est créé s&apos;il n&apos;existe pas). La collection précédente est conservée.</translation>
    </message>
    <message>
        <source>--swap-alias switches an alias to a side-by-side restore: use it with --as-new.</source>
        <translation>--swap-alias bascule un alias vers une restauration côte à côte&#xa0;: utilisez-le avec --as-new.</translation>
    </message>
    <message>
        <source>alias %1 -&gt; %2: to be created</source>
        <extracomment>%1 alias name, %2 the collection it will point at</extracomment>
        <translation>alias %1 -&gt; %2&#xa0;: à créer</translation>
    </message>
    <message>
        <source>alias %1 -&gt; %2: already correct</source>
        <translation>alias %1 -&gt; %2&#xa0;: déjà correct</translation>
    </message>
    <message>
        <source>alias %1 -&gt; %2: to be moved from %3</source>
        <extracomment>%1 alias name, %2 the collection it will point at, %3 the collection it points at now</extracomment>
        <translation>alias %1 -&gt; %2&#xa0;: à déplacer depuis %3</translation>
    </message>
    <message>
        <source>alias %1 -&gt; %2: blocked, it points at %3</source>
        <extracomment>%1 alias name, %2 the restored collection, %3 the collection it points at now</extracomment>
        <translation>alias %1 -&gt; %2&#xa0;: bloqué, il pointe vers %3</translation>
    </message>
    <message>
        <source>Unknown --aliases value &quot;%1&quot;; use keep or skip.</source>
        <translation>Valeur de --aliases inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez keep ou skip.</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2. To undo: colvault-cli alias delete %1</source>
        <translation>L&apos;alias %1 pointe désormais vers %2. Pour annuler&#xa0;: colvault-cli alias delete %1</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2.</source>
        <translation>L&apos;alias %1 pointe désormais vers %2.</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2 (it pointed at %3, which is kept). To switch back: colvault-cli alias set %1 %3</source>
        <extracomment>%1 alias, %2 the collection it points at now, %3 the one it pointed at before</extracomment>
        <translation>L&apos;alias %1 pointe désormais vers %2 (il pointait vers %3, qui est conservée). Pour revenir en arrière&#xa0;: colvault-cli alias set %1 %3</translation>
    </message>
    <message>
        <source>Point aliases that exist on the target but point at other collections at the restored ones.</source>
        <translation>Fait pointer vers les collections restaurées les alias qui existent sur la cible mais pointent vers d&apos;autres collections.</translation>
    </message>
    <message>
        <source>Restore the one collection named beside the existing one, into NAME_yyyyMMddHHmmss (UTC time) or its --rename target.</source>
        <translation>Restaure l&apos;unique collection indiquée à côté de la collection existante, sous le nom NAME_yyyyMMddHHmmss (heure UTC) ou sous sa cible --rename.</translation>
    </message>
    <message>
        <source>no vectors: the objects are written without them</source>
        <translation>aucun vecteur&#xa0;: les objets seront écrits sans vecteurs</translation>
    </message>
    <message>
        <source>vector %1: none, the objects are written without it</source>
        <translation>vecteur %1&#xa0;: aucun, les objets seront écrits sans ce vecteur</translation>
    </message>
    <message numerus="yes">
        <source>the target&apos;s %1 will embed %n object(s)</source>
        <extracomment>%1 a vectorizer module (text2vec-openai); %n objects</extracomment>
        <translation>
            <numerusform>le module %1 de la cible vectorisera %n objet</numerusform>
            <numerusform>le module %1 de la cible vectorisera %n objets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>vector %1: the target&apos;s %2 will embed %n object(s)</source>
        <extracomment>%1 the name of a named vector, %2 a vectorizer module (text2vec-openai); %n objects</extracomment>
        <translation>
            <numerusform>vecteur %1&#xa0;: le module %2 de la cible vectorisera %n objet</numerusform>
            <numerusform>vecteur %1&#xa0;: le module %2 de la cible vectorisera %n objets</numerusform>
        </translation>
    </message>
    <message>
        <source>keep (default: objects carry their vectors) or omit (objects are written without vectors; the target&apos;s --vectorizer modules compute new ones).</source>
        <translation>keep (par défaut&#xa0;: les objets conservent leurs vecteurs) ou omit (les objets sont écrits sans vecteurs&#xa0;; les modules --vectorizer de la cible en calculent de nouveaux).</translation>
    </message>
    <message>
        <source>With --vectors omit: create the collections with this vectorizer module of the target, for the collection&apos;s vector and every named vector, or NAME=MODULE for one named vector. Repeatable.</source>
        <translation>Avec --vectors omit&#xa0;: crée les collections avec ce module vectoriseur de la cible, pour le vecteur de la collection et pour chaque vecteur nommé, ou NAME=MODULE pour un seul vecteur nommé. Option répétable.</translation>
    </message>
    <message>
        <source>Unknown --vectors value &quot;%1&quot;; use keep or omit.</source>
        <translation>Valeur de --vectors «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez keep ou omit.</translation>
    </message>
    <message>
        <source>--vectorizer sets what computes new vectors: use it with --vectors omit.</source>
        <translation>--vectorizer définit ce qui calcule les nouveaux vecteurs&#xa0;: utilisez-le avec --vectors omit.</translation>
    </message>
    <message>
        <source>--vectorizer %1: use MODULE or NAME=MODULE, once per vector.</source>
        <translation>--vectorizer %1&#xa0;: utilisez MODULE ou NAME=MODULE, une fois par vecteur.</translation>
    </message>
    <message>
        <source>Batch requests in flight at once (1-%1, default %2).</source>
        <translation>Nombre de requêtes par lots envoyées simultanément (de 1 à %1, %2 par défaut).</translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to %1.</source>
        <translation>--concurrency doit être un nombre compris entre 1 et %1.</translation>
    </message>
</context>
<context>
    <name>RestoreTask</name>
    <message>
        <source>The server listed the objects of &quot;%1&quot; out of order.</source>
        <translation>Le serveur a listé les objets de «&#xa0;%1&#xa0;» dans le désordre.</translation>
    </message>
    <message>
        <source>The number of batches in flight must be between 1 and %1, not %2.</source>
        <translation>Le nombre de lots simultanés doit être compris entre 1 et %1, et non %2.</translation>
    </message>
    <message>
        <source>The replication factor must be at least 1.</source>
        <translation>Le facteur de réplication doit être au moins égal à 1.</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; does not exist.</source>
        <translation>L&apos;archive «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Verifying the archive…</source>
        <translation>Vérification de l&apos;archive…</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is incomplete: it has no valid trailer.</source>
        <translation>L&apos;archive «&#xa0;%1&#xa0;» est incomplète&#xa0;: elle n&apos;a pas de bloc de fin valide.</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; cannot be restored: %2</source>
        <translation>Impossible de restaurer l&apos;archive «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s) not found in the archive: %1.</source>
        <translation>
            <numerusform>%Ln collection introuvable dans l&apos;archive&#xa0;: %1.</numerusform>
            <numerusform>%Ln collections introuvables dans l&apos;archive&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be renamed: it is not in the archive.</source>
        <translation>Impossible de renommer «&#xa0;%1&#xa0;»&#xa0;: cette collection ne figure pas dans l&apos;archive.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid collection name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de collection valide.</translation>
    </message>
    <message>
        <source>Two collections would be restored as &quot;%1&quot;.</source>
        <translation>Deux collections seraient restaurées sous le nom «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Tenants were chosen for &quot;%1&quot;, which is not being restored.</source>
        <translation>Des locataires ont été choisis pour «&#xa0;%1&#xa0;», qui ne fait pas partie de la restauration.</translation>
    </message>
    <message>
        <source>The archive comes from Weaviate %1 and the target runs %2: settings the older server does not know are dropped.</source>
        <translation>L&apos;archive provient de Weaviate %1 et la cible exécute la version %2&#xa0;: les paramètres que ce serveur plus ancien ne connaît pas sont ignorés.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; clashes with the existing collection &quot;%2&quot; (names differ only in case).</source>
        <translation>«&#xa0;%1&#xa0;» entre en conflit avec la collection existante «&#xa0;%2&#xa0;» (les noms ne diffèrent que par la casse).</translation>
    </message>
    <message>
        <source>The collection &quot;%1&quot; already exists on the target; choose merge, overwrite or replace.</source>
        <translation>La collection «&#xa0;%1&#xa0;» existe déjà sur la cible&#xa0;; choisissez le mode fusion (merge), écrasement (overwrite) ou remplacement (replace).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is multi-tenant in the archive but not on the target.</source>
        <translation>«&#xa0;%1&#xa0;» est multilocataire dans l&apos;archive, mais pas sur la cible.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is multi-tenant on the target but not in the archive.</source>
        <translation>«&#xa0;%1&#xa0;» est multilocataire sur la cible, mais pas dans l&apos;archive.</translation>
    </message>
    <message>
        <source>Property &quot;%1&quot; of &quot;%2&quot; is %3 in the archive but %4 on the target.</source>
        <translation>La propriété «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» est de type %3 dans l&apos;archive mais de type %4 sur la cible.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the module &quot;%2&quot;, which the target does not have; rewrite the vectorizer to &quot;none&quot; (the archived objects carry their vectors).</source>
        <translation>«&#xa0;%1&#xa0;» nécessite le module «&#xa0;%2&#xa0;», absent de la cible&#xa0;; remplacez le vectoriseur par «&#xa0;none&#xa0;» (les objets archivés contiennent leurs vecteurs).</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has replication factor %2 but the target has %Ln node(s); lower the replication factor.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» a un facteur de réplication de %2, mais la cible n&apos;a que %Ln nœud&#xa0;; réduisez le facteur de réplication.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» a un facteur de réplication de %2, mais la cible n&apos;a que %Ln nœuds&#xa0;; réduisez le facteur de réplication.</numerusform>
        </translation>
    </message>
    <message>
        <source>vector index type &quot;%1&quot;</source>
        <translation>type d&apos;index vectoriel «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses the vector index type &quot;%2&quot;, which the target may not support.</source>
        <translation>«&#xa0;%1&#xa0;» utilise le type d&apos;index vectoriel «&#xa0;%2&#xa0;», que la cible ne prend peut-être pas en charge.</translation>
    </message>
    <message>
        <source>tokenization &quot;%1&quot;</source>
        <translation>tokenisation «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses the tokenization &quot;%2&quot;, which needs to be enabled on the target.</source>
        <translation>«&#xa0;%1&#xa0;» utilise la tokenisation «&#xa0;%2&#xa0;», qui doit être activée sur la cible.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; was offloaded (%3); the target has no offload module, so it stays active.</source>
        <translation>Le locataire «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» était déchargé (%3)&#xa0;; la cible n&apos;a pas de module de déchargement, il reste donc actif.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; had the status %3 and is restored as active.</source>
        <translation>Le locataire «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» était à l&apos;état %3&#xa0;; il est restauré comme actif.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is %3 on the target and cannot be loaded.</source>
        <translation>Le locataire «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» est à l&apos;état %3 sur la cible et ne peut pas être chargé.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is inactive on the target, so its objects could not be compared; every archived object is counted as new.</source>
        <translation>Le locataire «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» est inactif sur la cible, ses objets n&apos;ont donc pas pu être comparés&#xa0;; chaque objet archivé est compté comme nouveau.</translation>
    </message>
    <message>
        <source>Creation and update times are set by the server; the archived times cannot be restored.</source>
        <translation>Les dates de création et de mise à jour sont définies par le serveur&#xa0;; celles de l&apos;archive ne peuvent pas être restaurées.</translation>
    </message>
    <message>
        <source>Property &quot;%1&quot; of &quot;%2&quot; is a blob hash, which cannot be restored faithfully (the server would hash the hash).</source>
        <translation>La propriété «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» est un hachage de blob, qui ne peut pas être restauré fidèlement (le serveur hacherait le hachage).</translation>
    </message>
    <message>
        <source>Plan ready.</source>
        <translation>Plan prêt.</translation>
    </message>
    <message>
        <source>The server answered a batch of objects in an unexpected form.</source>
        <translation>Le serveur a répondu à un lot d&apos;objets sous une forme inattendue.</translation>
    </message>
    <message numerus="yes">
        <source>The restore plan has %Ln blocking problem(s).</source>
        <translation>
            <numerusform>Le plan de restauration comporte %Ln problème bloquant.</numerusform>
            <numerusform>Le plan de restauration comporte %Ln problèmes bloquants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replacing &quot;%1&quot; deletes it first and needs its name confirmed.</source>
        <translation>Le remplacement de «&#xa0;%1&#xa0;» commence par sa suppression et nécessite la confirmation de son nom.</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Restauration de %1…</translation>
    </message>
    <message>
        <source>Restoring %1, tenant %2…</source>
        <translation>Restauration de %1, locataire %2…</translation>
    </message>
    <message>
        <source>%1 changed since the plan: %2 objects created and %3 overwritten instead of %4 and %5.</source>
        <translation>%1 a changé depuis le plan&#xa0;: %2 objets créés et %3 écrasés au lieu de %4 et %5.</translation>
    </message>
    <message>
        <source>Could not count %1: %2</source>
        <translation>Impossible de dénombrer les objets de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds %2 objects; the plan expected %3.</source>
        <translation>%1 contient %2 objets&#xa0;; le plan en prévoyait %3.</translation>
    </message>
    <message>
        <source>Restore finished.</source>
        <translation>Restauration terminée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has both a class-level vector and named vectors: it is created with the class-level vector first, and its named vectors are added right after.</source>
        <translation>«&#xa0;%1&#xa0;» possède à la fois un vecteur au niveau de la classe et des vecteurs nommés&#xa0;: la collection est d&apos;abord créée avec le vecteur au niveau de la classe, puis ses vecteurs nommés sont ajoutés aussitôt après.</translation>
    </message>
    <message>
        <source>The batch size must be between 1 and %L1 objects, not %L2.</source>
        <translation>La taille des lots doit être comprise entre 1 et %L1 objets, et non %L2.</translation>
    </message>
    <message>
        <source>Nested property &quot;%1&quot; of &quot;%2&quot; exists only in the archive. The server cannot add it to the existing object property, and refuses objects that carry it.</source>
        <translation>La propriété imbriquée «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» n&apos;existe que dans l&apos;archive. Le serveur ne peut pas l&apos;ajouter à la propriété d&apos;objet existante et refuse les objets qui la contiennent.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has both a class-level vector and named vectors. Weaviate %2 cannot create such a collection; version 1.31 or later can.</source>
        <translation>«&#xa0;%1&#xa0;» possède à la fois un vecteur au niveau de la classe et des vecteurs nommés. Weaviate %2 ne peut pas créer une telle collection&#xa0;; la version 1.31 ou ultérieure le peut.</translation>
    </message>
    <message>
        <source>Reading the archive</source>
        <translation>Lecture de l&apos;archive</translation>
    </message>
    <message>
        <source>Creating collections</source>
        <translation>Création des collections</translation>
    </message>
    <message>
        <source>Creating tenants</source>
        <translation>Création des locataires</translation>
    </message>
    <message>
        <source>Importing objects</source>
        <translation>Importation des objets</translation>
    </message>
    <message>
        <source>Adding references</source>
        <translation>Ajout des références</translation>
    </message>
    <message>
        <source>Verifying counts</source>
        <translation>Vérification des nombres</translation>
    </message>
    <message>
        <source>Setting tenant statuses</source>
        <translation>Définition de l&apos;état des locataires</translation>
    </message>
    <message>
        <source>Checking the parameters</source>
        <translation>Vérification des paramètres</translation>
    </message>
    <message>
        <source>Reading the target</source>
        <translation>Lecture de la cible</translation>
    </message>
    <message>
        <source>Selecting collections</source>
        <translation>Sélection des collections</translation>
    </message>
    <message>
        <source>Comparing collections</source>
        <translation>Comparaison des collections</translation>
    </message>
    <message>
        <source>Counting objects</source>
        <translation>Décompte des objets</translation>
    </message>
    <message>
        <source>Checking vector lengths</source>
        <translation>Vérification des longueurs de vecteurs</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be renamed: it is not on the source server.</source>
        <translation>Impossible de renommer «&#xa0;%1&#xa0;»&#xa0;: cette collection n&apos;est pas sur le serveur source.</translation>
    </message>
    <message>
        <source>Creation and update times are set by the target server; the source&apos;s times cannot be copied.</source>
        <translation>Les dates de création et de mise à jour sont définies par le serveur cible&#xa0;; celles de la source ne peuvent pas être copiées.</translation>
    </message>
    <message>
        <source>Weaviate %1 has no collection aliases (they arrived in 1.32), so alias &quot;%2&quot; cannot be switched.</source>
        <translation>Weaviate %1 ne gère pas les alias de collection (ils sont apparus dans la 1.32)&#xa0;: l&apos;alias «&#xa0;%2&#xa0;» ne peut donc pas être basculé.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln alias(es) cannot be restored: Weaviate %1 has no collection aliases (they arrived in 1.32). --aliases skip restores without them.</source>
        <translation>
            <numerusform>%Ln alias ne peut pas être restauré&#xa0;: Weaviate %1 ne gère pas les alias de collection (ils sont apparus dans la 1.32). --aliases skip restaure sans eux.</numerusform>
            <numerusform>%Ln alias ne peuvent pas être restaurés&#xa0;: Weaviate %1 ne gère pas les alias de collection (ils sont apparus dans la 1.32). --aliases skip restaure sans eux.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a collection on the target, not an alias, so --swap-alias cannot switch it. Give an alias name: clients that read through an alias can be switched, clients that use the collection&apos;s own name cannot.</source>
        <translation>«&#xa0;%1&#xa0;» est une collection sur la cible, pas un alias&#xa0;: --swap-alias ne peut donc pas la basculer. Indiquez un nom d&apos;alias&#xa0;: les clients qui lisent via un alias peuvent être basculés, ceux qui utilisent le nom propre de la collection ne le peuvent pas.</translation>
    </message>
    <message>
        <source>Alias &quot;%1&quot; cannot be restored: the target has a collection of that name.</source>
        <translation>L&apos;alias «&#xa0;%1&#xa0;» ne peut pas être restauré&#xa0;: la cible a une collection de ce nom.</translation>
    </message>
    <message>
        <source>Alias &quot;%1&quot; exists on the target and points at &quot;%2&quot;, not at &quot;%3&quot;. --move-aliases points it at &quot;%3&quot;; --aliases skip leaves it alone.</source>
        <translation>L&apos;alias «&#xa0;%1&#xa0;» existe sur la cible et pointe vers «&#xa0;%2&#xa0;», pas vers «&#xa0;%3&#xa0;». --move-aliases le fait pointer vers «&#xa0;%3&#xa0;»&#xa0;; --aliases skip le laisse tel quel.</translation>
    </message>
    <message>
        <source>Alias &quot;%1&quot; was created on the target while the restore ran and points elsewhere; it was left as it is.</source>
        <translation>L&apos;alias «&#xa0;%1&#xa0;» a été créé sur la cible pendant la restauration et pointe ailleurs&#xa0;; il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>Alias &quot;%1&quot; was not switched to &quot;%2&quot;: the restore is incomplete. It still points where it did.</source>
        <translation>L&apos;alias «&#xa0;%1&#xa0;» n&apos;a pas été basculé vers «&#xa0;%2&#xa0;»&#xa0;: la restauration est incomplète. Il pointe toujours vers la même collection qu&apos;avant.</translation>
    </message>
    <message>
        <source>Setting aliases</source>
        <translation>Définition des alias</translation>
    </message>
    <message>
        <source>The target&apos;s aliases could not be read, so names are not checked against them: %1</source>
        <translation>Les alias de la cible n&apos;ont pas pu être lus, les noms ne sont donc pas vérifiés par rapport à eux&#xa0;: %1</translation>
    </message>
    <message>
        <source>An alias is switched only by a side-by-side restore (--as-new).</source>
        <translation>Un alias n&apos;est basculé que par une restauration côte à côte (--as-new).</translation>
    </message>
    <message numerus="yes">
        <source>A side-by-side restore (--as-new) restores one collection; %Ln were chosen.</source>
        <translation>
            <numerusform>Une restauration côte à côte (--as-new) restaure une seule collection&#xa0;; %Ln a été choisie.</numerusform>
            <numerusform>Une restauration côte à côte (--as-new) restaure une seule collection&#xa0;; %Ln ont été choisies.</numerusform>
        </translation>
    </message>
    <message>
        <source>A side-by-side restore (--as-new) creates a new collection, so it takes no --mode.</source>
        <translation>Une restauration côte à côte (--as-new) crée une nouvelle collection&#xa0;: elle n&apos;accepte donc pas --mode.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an alias on the target: the restore writes into &quot;%2&quot;, the collection it points at.</source>
        <translation>«&#xa0;%1&#xa0;» est un alias sur la cible&#xa0;: la restauration écrit dans «&#xa0;%2&#xa0;», la collection vers laquelle il pointe.</translation>
    </message>
    <message>
        <source>A vectorizer is chosen only for objects written without their vectors (--vectors omit).</source>
        <translation>Un vectoriseur n&apos;est choisi que pour les objets écrits sans leurs vecteurs (--vectors omit).</translation>
    </message>
    <message>
        <source>The target has no module &quot;%1&quot;; it has no modules enabled at all.</source>
        <translation>La cible n&apos;a pas de module «&#xa0;%1&#xa0;»&#xa0;; elle n&apos;a aucun module activé.</translation>
    </message>
    <message>
        <source>The target has no module &quot;%1&quot;; its modules are: %2.</source>
        <translation>La cible n&apos;a pas de module «&#xa0;%1&#xa0;»&#xa0;; ses modules sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No collection in the plan has a named vector &quot;%1&quot;; check the name given to --vectorizer.</source>
        <translation>Aucune collection du plan n&apos;a de vecteur nommé «&#xa0;%1&#xa0;»&#xa0;; vérifiez le nom donné à --vectorizer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists on the target and keeps its own vectorizers, not the ones chosen; they compute the vectors of the objects written.</source>
        <translation>«&#xa0;%1&#xa0;» existe sur la cible et conserve ses propres vectoriseurs, et non ceux choisis&#xa0;; ce sont eux qui calculent les vecteurs des objets écrits.</translation>
    </message>
    <message>
        <source>The objects of &quot;%1&quot; are written without vectors and no module computes them: the collection will have no vectors.</source>
        <translation>Les objets de «&#xa0;%1&#xa0;» sont écrits sans vecteurs et aucun module ne les calcule&#xa0;: la collection n&apos;aura aucun vecteur.</translation>
    </message>
    <message>
        <source>The multi-vector &quot;%2&quot; of &quot;%1&quot; is omitted: no multi-vector module was chosen for it, so the collection will have no &quot;%2&quot; vectors.</source>
        <translation>Le multivecteur «&#xa0;%2&#xa0;» de «&#xa0;%1&#xa0;» est omis&#xa0;: aucun module multivecteur n&apos;a été choisi pour lui, la collection n&apos;aura donc aucun vecteur «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The objects of &quot;%1&quot; are written without the vector &quot;%2&quot; and no module computes it: the collection will have no &quot;%2&quot; vectors.</source>
        <translation>Les objets de «&#xa0;%1&#xa0;» sont écrits sans le vecteur «&#xa0;%2&#xa0;» et aucun module ne le calcule&#xa0;: la collection n&apos;aura aucun vecteur «&#xa0;%2&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>After the switch, clients that read through alias &quot;%1&quot; no longer reach %Ln tenant(s) of &quot;%2&quot; that &quot;%3&quot; will not have: %4.</source>
        <extracomment>%1 alias, %2 the collection it points at now, %3 the new collection, %4 a list of tenants</extracomment>
        <translation>
            <numerusform>Après le basculement, les clients qui lisent via l&apos;alias «&#xa0;%1&#xa0;» n&apos;atteignent plus %Ln locataire de «&#xa0;%2&#xa0;» que «&#xa0;%3&#xa0;» n&apos;aura pas&#xa0;: %4.</numerusform>
            <numerusform>Après le basculement, les clients qui lisent via l&apos;alias «&#xa0;%1&#xa0;» n&apos;atteignent plus %Ln locataires de «&#xa0;%2&#xa0;» que «&#xa0;%3&#xa0;» n&apos;aura pas&#xa0;: %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refers to %2, which is neither copied nor on the target: its references will point at nothing until %2 exists there.</source>
        <extracomment>%1 collection.property, %2 the collection it refers to</extracomment>
        <translation>%1 fait référence à %2, qui n&apos;est ni copiée ni présente sur la cible&#xa0;: ses références ne pointeront vers rien tant que %2 n&apos;y existera pas.</translation>
    </message>
    <message>
        <source>%1 refers to %2, which is neither restored nor on the target: its references will point at nothing until %2 exists there.</source>
        <translation>%1 fait référence à %2, qui n&apos;est ni restaurée ni présente sur la cible&#xa0;: ses références ne pointeront vers rien tant que %2 n&apos;y existera pas.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other tenant(s)</source>
        <translation>
            <numerusform>%Ln autre locataire</numerusform>
            <numerusform>%Ln autres locataires</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be added to the existing collection: it refers to %2, which is not on the target, and Weaviate refuses such a property. Include %2, or create it on the target first.</source>
        <extracomment>%1 collection.property, %2 the collection it refers to</extracomment>
        <translation>%1 ne peut pas être ajoutée à la collection existante&#xa0;: elle fait référence à %2, qui n&apos;est pas présente sur la cible, et Weaviate refuse une telle propriété. Incluez %2, ou créez-la d&apos;abord sur la cible.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>one of the last archives</source>
        <translation>une des dernières archives</translation>
    </message>
    <message>
        <source>oldest hourly archive</source>
        <translation>plus ancienne archive horaire</translation>
    </message>
    <message>
        <source>hourly archive</source>
        <translation>archive horaire</translation>
    </message>
    <message>
        <source>oldest daily archive</source>
        <translation>plus ancienne archive quotidienne</translation>
    </message>
    <message>
        <source>daily archive</source>
        <translation>archive quotidienne</translation>
    </message>
    <message>
        <source>oldest weekly archive</source>
        <translation>plus ancienne archive hebdomadaire</translation>
    </message>
    <message>
        <source>weekly archive</source>
        <translation>archive hebdomadaire</translation>
    </message>
    <message>
        <source>oldest monthly archive</source>
        <translation>plus ancienne archive mensuelle</translation>
    </message>
    <message>
        <source>monthly archive</source>
        <translation>archive mensuelle</translation>
    </message>
    <message>
        <source>oldest yearly archive</source>
        <translation>plus ancienne archive annuelle</translation>
    </message>
    <message>
        <source>yearly archive</source>
        <translation>archive annuelle</translation>
    </message>
    <message>
        <source>newest archive</source>
        <translation>archive la plus récente</translation>
    </message>
    <message>
        <source>just written and verified</source>
        <translation>tout juste écrite et vérifiée</translation>
    </message>
</context>
<context>
    <name>S3ArchiveDevice</name>
    <message>
        <source>The object at %1 was replaced while it was being read.</source>
        <extracomment>%1 is an S3 location, s3://BUCKET/KEY</extracomment>
        <translation>L&apos;objet situé à %1 a été remplacé pendant sa lecture.</translation>
    </message>
    <message>
        <source>The S3 server sent no data for %1.</source>
        <extracomment>%1 is an S3 location, s3://BUCKET/KEY</extracomment>
        <translation>Le serveur S3 n&apos;a envoyé aucune donnée pour %1.</translation>
    </message>
    <message>
        <source>The S3 object is not open.</source>
        <translation>L&apos;objet S3 n&apos;est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>S3ArchiveUpload</name>
    <message>
        <source>The archive is larger than an S3 multipart upload can hold (%1).</source>
        <extracomment>%1 is a size, e.g. 359 GiB</extracomment>
        <translation>L&apos;archive est plus grande que ce que peut contenir un téléversement S3 en plusieurs parties (%1).</translation>
    </message>
</context>
<context>
    <name>S3Client</name>
    <message>
        <source>Could not connect to the S3 server at %1: the connection was refused.</source>
        <translation>Impossible de se connecter au serveur S3 %1&#xa0;: la connexion a été refusée.</translation>
    </message>
    <message>
        <source>The S3 server name in %1 could not be found.</source>
        <translation>Le nom du serveur S3 indiqué dans %1 est introuvable.</translation>
    </message>
    <message>
        <source>The S3 server at %1 did not answer in time.</source>
        <translation>Le serveur S3 %1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The secure connection to the S3 server at %1 failed: its certificate is not trusted.</source>
        <translation>La connexion sécurisée au serveur S3 %1 a échoué&#xa0;: son certificat n&apos;est pas approuvé.</translation>
    </message>
    <message>
        <source>The connection to the S3 server at %1 failed.</source>
        <translation>La connexion au serveur S3 %1 a échoué.</translation>
    </message>
    <message>
        <source>The S3 bucket &quot;%1&quot; does not exist at %2.</source>
        <translation>Le compartiment S3 «&#xa0;%1&#xa0;» n&apos;existe pas sur %2.</translation>
    </message>
    <message>
        <source>There is no object at %1.</source>
        <translation>Il n&apos;y a aucun objet à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>The multipart upload to %1 no longer exists on the S3 server.</source>
        <translation>Le téléversement en plusieurs parties vers %1 n&apos;existe plus sur le serveur S3.</translation>
    </message>
    <message>
        <source>The S3 server does not know the access key ID %1.</source>
        <translation>Le serveur S3 ne connaît pas l&apos;identifiant de clé d&apos;accès %1.</translation>
    </message>
    <message>
        <source>The S3 server denied the access key ID %1 access to %2.</source>
        <translation>Le serveur S3 a refusé à l&apos;identifiant de clé d&apos;accès %1 l&apos;accès à %2.</translation>
    </message>
    <message>
        <source>The S3 session token has expired: get new temporary credentials.</source>
        <translation>Le jeton de session S3 a expiré&#xa0;: obtenez de nouveaux identifiants temporaires.</translation>
    </message>
    <message>
        <source>The S3 server rejected the session token (AWS_SESSION_TOKEN).</source>
        <translation>Le serveur S3 a refusé le jeton de session (AWS_SESSION_TOKEN).</translation>
    </message>
    <message>
        <source>The S3 server rejected the request because this computer&apos;s clock is wrong.</source>
        <translation>Le serveur S3 a refusé la requête parce que l&apos;horloge de cet ordinateur est fausse.</translation>
    </message>
    <message>
        <source>The S3 bucket &quot;%1&quot; is not in the region %2: set its region (AWS_REGION).</source>
        <translation>Le compartiment S3 «&#xa0;%1&#xa0;» n&apos;est pas dans la région %2&#xa0;: indiquez sa région (AWS_REGION).</translation>
    </message>
    <message>
        <source>The byte range asked for lies outside the object at %1.</source>
        <translation>La plage d&apos;octets demandée se trouve hors de l&apos;objet %1.</translation>
    </message>
    <message>
        <source>A part of the multipart upload to %1 is smaller than the S3 server&apos;s minimum part size.</source>
        <translation>Une partie du téléversement en plusieurs parties vers %1 est plus petite que la taille minimale du serveur S3.</translation>
    </message>
    <message>
        <source>The S3 server does not have the parts listed for the upload to %1.</source>
        <translation>Le serveur S3 n&apos;a pas les parties indiquées pour le téléversement vers %1.</translation>
    </message>
    <message>
        <source>The S3 server failed with HTTP status %1.</source>
        <translation>Le serveur S3 a échoué avec le statut HTTP %1.</translation>
    </message>
    <message>
        <source>The S3 server refused the request with error %1 (HTTP status %2).</source>
        <extracomment>%1 is S3&apos;s error code (e.g. InvalidArgument), %2 an HTTP status.</extracomment>
        <translation>Le serveur S3 a refusé la requête avec l&apos;erreur %1 (statut HTTP %2).</translation>
    </message>
    <message>
        <source>The S3 server refused the request (HTTP status %1).</source>
        <translation>Le serveur S3 a refusé la requête (statut HTTP %1).</translation>
    </message>
    <message>
        <source>The S3 server sent more bytes of %1 than were asked for.</source>
        <translation>Le serveur S3 a envoyé plus d&apos;octets de %1 que demandé.</translation>
    </message>
    <message>
        <source>The S3 server sent a listing of bucket &quot;%1&quot; that is not valid.</source>
        <translation>Le serveur S3 a envoyé une liste du compartiment «&#xa0;%1&#xa0;» qui n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The S3 server did not start the multipart upload to %1.</source>
        <translation>Le serveur S3 n&apos;a pas commencé le téléversement en plusieurs parties vers %1.</translation>
    </message>
    <message>
        <source>The S3 server did not confirm part %1 of the upload to %2.</source>
        <translation>Le serveur S3 n&apos;a pas confirmé la partie %1 du téléversement vers %2.</translation>
    </message>
    <message>
        <source>The S3 server sent a list of uploads in bucket &quot;%1&quot; that is not valid.</source>
        <translation>Le serveur S3 a envoyé une liste des téléversements du compartiment «&#xa0;%1&#xa0;» qui n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The S3 server at %1 rejected the request: the secret access key of %2 is wrong.</source>
        <extracomment>%1 is the S3 server&apos;s address, %2 an access key ID</extracomment>
        <translation>Le serveur S3 %1 a refusé la requête&#xa0;: la clé d&apos;accès secrète de %2 est erronée.</translation>
    </message>
</context>
<context>
    <name>S3Credentials</name>
    <message>
        <source>The AWS profile &quot;%1&quot; is in neither %2 nor %3.</source>
        <translation>Le profil AWS «&#xa0;%1&#xa0;» ne figure ni dans %2 ni dans %3.</translation>
    </message>
    <message>
        <source>An S3 secret access key was given without its access key ID.</source>
        <translation>Une clé d&apos;accès secrète S3 a été donnée sans son identifiant de clé d&apos;accès.</translation>
    </message>
    <message>
        <source>An S3 access key ID was given without its secret access key.</source>
        <translation>Un identifiant de clé d&apos;accès S3 a été donné sans sa clé d&apos;accès secrète.</translation>
    </message>
    <message>
        <source>AWS_SECRET_ACCESS_KEY is set, but AWS_ACCESS_KEY_ID is not.</source>
        <translation>AWS_SECRET_ACCESS_KEY est défini, mais pas AWS_ACCESS_KEY_ID.</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID is set, but AWS_SECRET_ACCESS_KEY is not.</source>
        <translation>AWS_ACCESS_KEY_ID est défini, mais pas AWS_SECRET_ACCESS_KEY.</translation>
    </message>
    <message>
        <source>No S3 credentials were found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE to a profile of ~/.aws/credentials.</source>
        <translation>Aucun identifiant S3 n&apos;a été trouvé&#xa0;: définissez AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY, ou AWS_PROFILE sur un profil de ~/.aws/credentials.</translation>
    </message>
    <message>
        <source>No S3 credentials were found: the AWS profile &quot;%1&quot; is in neither ~/.aws/credentials nor ~/.aws/config.</source>
        <translation>Aucun identifiant S3 n&apos;a été trouvé&#xa0;: le profil AWS «&#xa0;%1&#xa0;» ne figure ni dans ~/.aws/credentials ni dans ~/.aws/config.</translation>
    </message>
    <message>
        <source>The AWS profile &quot;%1&quot; has no %2.</source>
        <extracomment>%1 is a profile name, %2 the missing setting (aws_access_key_id or aws_secret_access_key).</extracomment>
        <translation>Le profil AWS «&#xa0;%1&#xa0;» n&apos;a pas de %2.</translation>
    </message>
    <message>
        <source>No AWS region is set: set AWS_REGION, or a region in the profile of ~/.aws/config.</source>
        <translation>Aucune région AWS n&apos;est définie&#xa0;: définissez AWS_REGION, ou une région dans le profil de ~/.aws/config.</translation>
    </message>
    <message>
        <source>The S3 endpoint &quot;%1&quot; is not an http:// or https:// address of a server.</source>
        <translation>Le point de terminaison S3 «&#xa0;%1&#xa0;» n&apos;est pas une adresse http:// ou https:// de serveur.</translation>
    </message>
</context>
<context>
    <name>S3Location</name>
    <message>
        <source>&quot;%1&quot; is not an S3 location: it must start with s3://, as in s3://bucket/key.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un emplacement S3&#xa0;: il doit commencer par s3://, comme dans s3://bucket/key.</translation>
    </message>
    <message>
        <source>The S3 location &quot;%1&quot; names no bucket: write it as s3://bucket/key.</source>
        <translation>L&apos;emplacement S3 «&#xa0;%1&#xa0;» ne nomme aucun compartiment&#xa0;: écrivez-le sous la forme s3://bucket/key.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid S3 bucket name: it must be 3 to 63 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de compartiment S3 valide&#xa0;: il doit comporter de 3 à 63 lettres minuscules, chiffres, points ou tirets, et commencer et finir par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>The S3 location &quot;%1&quot; names no object: add its key, as in s3://%2/backup.tar.zst.</source>
        <translation>L&apos;emplacement S3 «&#xa0;%1&#xa0;» ne nomme aucun objet&#xa0;: ajoutez sa clé, comme dans s3://%2/backup.tar.zst.</translation>
    </message>
    <message>
        <source>The S3 key in &quot;%1&quot; is longer than 1024 bytes.</source>
        <translation>La clé S3 dans «&#xa0;%1&#xa0;» dépasse 1024 octets.</translation>
    </message>
</context>
<context>
    <name>S3Options</name>
    <message>
        <source>The S3-compatible server of s3:// archives, e.g. http://127.0.0.1:9000 (default: AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL, else AWS).</source>
        <translation>Le serveur compatible S3 des archives s3://, par exemple http://127.0.0.1:9000 (par défaut&#xa0;: AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL, sinon AWS).</translation>
    </message>
    <message>
        <source>The region of s3:// archives (default: AWS_REGION, else the profile&apos;s).</source>
        <translation>La région des archives s3:// (par défaut&#xa0;: AWS_REGION, sinon celle du profil).</translation>
    </message>
    <message>
        <source>The profile in ~/.aws/credentials and ~/.aws/config for s3:// archives (default: AWS_PROFILE).</source>
        <translation>Le profil de ~/.aws/credentials et ~/.aws/config pour les archives s3:// (par défaut&#xa0;: AWS_PROFILE).</translation>
    </message>
    <message>
        <source>Address s3:// archives as ENDPOINT/BUCKET/KEY, as most self-hosted servers want (automatic for an IP address or localhost).</source>
        <translation>Adresse les archives s3:// sous la forme ENDPOINT/BUCKET/KEY, comme le demandent la plupart des serveurs auto-hébergés (automatique pour une adresse IP ou localhost).</translation>
    </message>
</context>
<context>
    <name>SchemaClient</name>
    <message>
        <source>The connection failed while collection &quot;%1&quot; was being created, and the server now holds a collection of that name that differs from it.</source>
        <translation>La connexion a échoué pendant la création de la collection «&#xa0;%1&#xa0;», et le serveur contient maintenant une collection de ce nom qui en diffère.</translation>
    </message>
    <message>
        <source>The connection failed while property &quot;%1&quot; was being added to &quot;%2&quot;, and the server now holds a property of that name with another data type.</source>
        <translation>La connexion a échoué pendant l&apos;ajout de la propriété «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;», et le serveur contient maintenant une propriété de ce nom avec un autre type de données.</translation>
    </message>
</context>
<context>
    <name>SegmentWriter</name>
    <message>
        <source>An object of the collection &quot;%1&quot; cannot be written to the archive.</source>
        <translation>Impossible d&apos;écrire dans l&apos;archive un objet de la collection «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ServerSource</name>
    <message>
        <source>Reading the source server</source>
        <translation>Lecture du serveur source</translation>
    </message>
    <message>
        <source>The source server sent an object of %1 whose references are not valid.</source>
        <translation>Le serveur source a envoyé un objet de %1 dont les références ne sont pas valides.</translation>
    </message>
</context>
<context>
    <name>StorageProfile</name>
    <message>
        <source>The S3 keys are not shown. The command takes them from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or add --s3-profile NAME for a profile in ~/.aws/credentials.</source>
        <translation>Les clés S3 ne sont pas affichées. La commande les lit dans AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY, ou ajoutez --s3-profile NAME pour un profil de ~/.aws/credentials.</translation>
    </message>
    <message>
        <source>The secret key of the storage profile %1 could not be read from the keychain (%2). Enter it again under File → Storage Profiles…; without a keychain it is kept until Colvault quits.</source>
        <extracomment>%1 a storage profile&apos;s name, %2 the keychain&apos;s own message</extracomment>
        <translation>La clé d&apos;accès secrète du profil de stockage %1 n&apos;a pas pu être lue dans le trousseau (%2). Saisissez-la de nouveau dans Fichier → Profils de stockage… ; sans trousseau, elle est conservée jusqu&apos;à la fermeture de Colvault.</translation>
    </message>
</context>
<context>
    <name>TenantSelection</name>
    <message>
        <source>&quot;%1&quot; is neither a tenant name nor a pattern of them (letters, digits, _ and -, with *, ? and [...]).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un nom de locataire ni un motif de noms de locataires (lettres, chiffres, _ et -, avec *, ? et [...]).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s) not found in &quot;%1&quot;: %2.</source>
        <translation>
            <numerusform>%Ln locataire introuvable dans «&#xa0;%1&#xa0;»&#xa0;: %2.</numerusform>
            <numerusform>%Ln locataires introuvables dans «&#xa0;%1&#xa0;»&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s) not found in the archive&apos;s &quot;%1&quot;: %2.</source>
        <translation>
            <numerusform>%Ln locataire introuvable dans «&#xa0;%1&#xa0;» de l&apos;archive&#xa0;: %2.</numerusform>
            <numerusform>%Ln locataires introuvables dans «&#xa0;%1&#xa0;» de l&apos;archive&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pattern(s) match no tenant of &quot;%1&quot;: %2.</source>
        <translation>
            <numerusform>%Ln motif ne correspond à aucun locataire de «&#xa0;%1&#xa0;»&#xa0;: %2.</numerusform>
            <numerusform>%Ln motifs ne correspondent à aucun locataire de «&#xa0;%1&#xa0;»&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pattern(s) match no tenant of the archive&apos;s &quot;%1&quot;: %2.</source>
        <translation>
            <numerusform>%Ln motif ne correspond à aucun locataire de «&#xa0;%1&#xa0;» de l&apos;archive&#xa0;: %2.</numerusform>
            <numerusform>%Ln motifs ne correspondent à aucun locataire de «&#xa0;%1&#xa0;» de l&apos;archive&#xa0;: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantStatusGuard</name>
    <message>
        <source>The tenant statuses of %1 could not be put back: %2 %3</source>
        <translation>L&apos;état des locataires de %1 n&apos;a pas pu être rétabli&#xa0;: %2 %3</translation>
    </message>
</context>
<context>
    <name>VectorCodec</name>
    <message>
        <source>An object has a vector that cannot be stored.</source>
        <translation>Un objet possède un vecteur qui ne peut pas être stocké.</translation>
    </message>
    <message>
        <source>The vector data of the archive is damaged.</source>
        <translation>Les données vectorielles de l&apos;archive sont endommagées.</translation>
    </message>
    <message>
        <source>The vector data was written by a newer or unknown version of Colvault.</source>
        <translation>Les données vectorielles ont été écrites par une version plus récente ou inconnue de Colvault.</translation>
    </message>
</context>
<context>
    <name>VectorShapeCheck</name>
    <message>
        <source>The vector &quot;%2&quot; of &quot;%1&quot; has length %3 on the target but %4 in the archive; the server refuses vectors of another length, so restore this collection under another name or replace it.</source>
        <extracomment>%1 collection, %2 vector name (&quot;default&quot; for the class-level vector), %3 and %4 vector lengths</extracomment>
        <translation>Le vecteur «&#xa0;%2&#xa0;» de «&#xa0;%1&#xa0;» a une longueur de %3 sur la cible mais de %4 dans l&apos;archive&#xa0;; le serveur refuse les vecteurs d&apos;une autre longueur, restaurez donc cette collection sous un autre nom ou remplacez-la.</translation>
    </message>
    <message>
        <source>The vector &quot;%2&quot; of tenant &quot;%5&quot; of &quot;%1&quot; has length %3 on the target but %4 in the archive; the server refuses vectors of another length, so restore this collection under another name or replace it.</source>
        <extracomment>%1 collection, %2 vector name (&quot;default&quot; for the class-level vector), %3 and %4 vector lengths, %5 tenant</extracomment>
        <translation>Le vecteur «&#xa0;%2&#xa0;» du locataire «&#xa0;%5&#xa0;» de «&#xa0;%1&#xa0;» a une longueur de %3 sur la cible mais de %4 dans l&apos;archive&#xa0;; le serveur refuse les vecteurs d&apos;une autre longueur, restaurez donc cette collection sous un autre nom ou remplacez-la.</translation>
    </message>
</context>
<context>
    <name>WeaviateClient</name>
    <message>
        <source>The CA file &quot;%1&quot; holds no PEM certificate.</source>
        <translation>Le fichier d&apos;AC «&#xa0;%1&#xa0;» ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused. Is Weaviate running there?</source>
        <translation>Impossible de se connecter à %1&#xa0;: la connexion a été refusée. Weaviate est-il bien lancé à cette adresse&#xa0;?</translation>
    </message>
    <message>
        <source>The server name in %1 could not be found.</source>
        <translation>Le nom du serveur indiqué dans %1 est introuvable.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation>Le serveur %1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted.</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: son certificat n&apos;est pas approuvé.</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>La connexion à %1 a échoué.</translation>
    </message>
    <message>
        <source>The server requires an API key.</source>
        <translation>Le serveur exige une clé d&apos;API.</translation>
    </message>
    <message>
        <source>The server rejected the API key.</source>
        <translation>Le serveur a refusé la clé d&apos;API.</translation>
    </message>
    <message>
        <source>The API key is not allowed to do this on the server.</source>
        <translation>La clé d&apos;API n&apos;autorise pas cette opération sur le serveur.</translation>
    </message>
    <message>
        <source>The server has no such collection or object.</source>
        <translation>Cette collection ou cet objet n&apos;existe pas sur le serveur.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; is not active, so its objects cannot be read or written.</source>
        <translation>Le locataire «&#xa0;%1&#xa0;» n&apos;est pas actif&#xa0;: ses objets ne peuvent donc être ni lus ni écrits.</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; does not exist.</source>
        <translation>Le locataire «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The server failed with HTTP status %1.</source>
        <translation>Le serveur a renvoyé une erreur (statut HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP status %1).</source>
        <translation>Le serveur a refusé la requête (statut HTTP %1).</translation>
    </message>
    <message>
        <source>The server sent a schema that is not valid JSON.</source>
        <translation>Le serveur a envoyé un schéma qui n&apos;est pas du JSON valide.</translation>
    </message>
    <message>
        <source>Collection &quot;%1&quot; does not exist on the server.</source>
        <translation>La collection «&#xa0;%1&#xa0;» n&apos;existe pas sur le serveur.</translation>
    </message>
    <message>
        <source>The server sent a tenant list for &quot;%1&quot; that is not valid JSON.</source>
        <translation>Le serveur a envoyé pour «&#xa0;%1&#xa0;» une liste de locataires qui n&apos;est pas du JSON valide.</translation>
    </message>
    <message>
        <source>The server could not answer a GraphQL query.</source>
        <translation>Le serveur n&apos;a pas pu répondre à une requête GraphQL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid collection or tenant name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de collection ou de locataire valide.</translation>
    </message>
    <message>
        <source>The server at %1 redirected the request to another address, %2. Colvault follows redirects only within the same server, so that the API key is never sent elsewhere; use that address as the server URL if you trust it.</source>
        <extracomment>%1 is the server&apos;s URL, %2 the address it redirected to.</extracomment>
        <translation>Le serveur à %1 a redirigé la requête vers une autre adresse, %2. Colvault ne suit les redirections qu&apos;au sein du même serveur, afin que la clé d&apos;API ne soit jamais envoyée ailleurs&#xa0;; utilisez cette adresse comme URL du serveur si vous lui faites confiance.</translation>
    </message>
    <message>
        <source>The server at %1 redirected the request more than %2 times.</source>
        <translation>Le serveur à %1 a redirigé la requête plus de %2 fois.</translation>
    </message>
    <message>
        <source>The server at %1 is not a Weaviate API: it has no Weaviate /v1/meta. Check the URL and the port.</source>
        <translation>Le serveur à %1 n&apos;est pas une API Weaviate&#xa0;: il n&apos;a pas de /v1/meta de Weaviate. Vérifiez l&apos;URL et le port.</translation>
    </message>
    <message>
        <source>The server sent a list of objects that is not valid JSON.</source>
        <translation>Le serveur a envoyé une liste d&apos;objets qui n&apos;est pas du JSON valide.</translation>
    </message>
    <message>
        <source>The server answered a count without a number.</source>
        <translation>Le serveur a répondu à un comptage sans nombre.</translation>
    </message>
    <message>
        <source>The server at %1 has GraphQL switched off, and its gRPC API at %2 cannot be reached, so Colvault cannot count objects. Give its gRPC address in the connection profile, or with --grpc-url.</source>
        <translation>Le serveur à %1 a désactivé GraphQL, et son API gRPC à %2 est injoignable&#xa0;: Colvault ne peut donc pas compter les objets. Indiquez son adresse gRPC dans le profil de connexion, ou avec --grpc-url.</translation>
    </message>
    <message>
        <source>Could not connect to the proxy at %1: the connection was refused.</source>
        <translation>Impossible de se connecter au proxy %1&#xa0;: la connexion a été refusée.</translation>
    </message>
    <message>
        <source>The name of the proxy %1, or of the server %2, could not be found.</source>
        <translation>Le nom du proxy %1, ou celui du serveur %2, est introuvable.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be set up.</source>
        <translation>La connexion sécurisée à %1 n&apos;a pas pu être établie.</translation>
    </message>
    <message>
        <source>The proxy at %1 requires a user name and password.</source>
        <translation>Le proxy %1 exige un nom d&apos;utilisateur et un mot de passe.</translation>
    </message>
    <message>
        <source>The proxy at %1 refused the user name or password.</source>
        <translation>Le proxy %1 a refusé le nom d&apos;utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>The proxy at %1 would not connect to %2.</source>
        <translation>Le proxy %1 a refusé d&apos;établir la connexion à %2.</translation>
    </message>
    <message>
        <source>Objects are to travel over gRPC, but Weaviate&apos;s gRPC API at %1 cannot be reached.</source>
        <translation>Les objets doivent passer par gRPC, mais l&apos;API gRPC de Weaviate à %1 est injoignable.</translation>
    </message>
</context>
<context>
    <name>WeaviateGrpc</name>
    <message>
        <source>The CA file &quot;%1&quot; cannot be read.</source>
        <translation>Le fichier d&apos;AC «&#xa0;%1&#xa0;» ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Weaviate&apos;s gRPC API at %1 cannot be reached.</source>
        <translation>L&apos;API gRPC de Weaviate à %1 est injoignable.</translation>
    </message>
    <message>
        <source>The gRPC API at %1 does not offer this call.</source>
        <translation>L&apos;API gRPC à %1 ne propose pas cet appel.</translation>
    </message>
    <message>
        <source>The server refused the gRPC request (%1).</source>
        <translation>Le serveur a refusé la requête gRPC (%1).</translation>
    </message>
    <message>
        <source>The gRPC API at %1 answered a count without a number.</source>
        <translation>L&apos;API gRPC à %1 a répondu à un comptage sans nombre.</translation>
    </message>
</context>
</TS>
