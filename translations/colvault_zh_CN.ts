<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AliasClient</name>
    <message>
        <source>Weaviate %1 has no collection aliases: they arrived in Weaviate 1.32.</source>
        <translation>Weaviate %1 不支持集合别名：集合别名自 Weaviate 1.32 起才提供。</translation>
    </message>
    <message>
        <source>The server has no alias &quot;%1&quot;.</source>
        <translation>服务器上没有别名“%1”。</translation>
    </message>
    <message>
        <source>The server sent a list of aliases that is not a list.</source>
        <translation>服务器发送的别名列表不是列表格式。</translation>
    </message>
    <message>
        <source>The server sent an alias without a name or collection.</source>
        <translation>服务器发送的别名缺少名称或集合。</translation>
    </message>
    <message>
        <source>The alias &quot;%1&quot; exists already and points at &quot;%2&quot;.</source>
        <translation>别名“%1”已存在，并指向“%2”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a collection, so it cannot be an alias.</source>
        <translation>“%1”是集合的名称，因此不能用作别名。</translation>
    </message>
</context>
<context>
    <name>AliasCommand</name>
    <message>
        <source>The server has no aliases.</source>
        <translation>服务器上没有别名。</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <extracomment>%1 alias name, %2 the collection it points at</extracomment>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>The server has no collection &quot;%1&quot;.</source>
        <translation>服务器上没有集合“%1”。</translation>
    </message>
    <message>
        <source>Alias %1 points at %2 already.</source>
        <translation>别名 %1 已指向 %2。</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2 (it pointed at %3).</source>
        <extracomment>%1 alias, %2 the collection it points at now, %3 the one before</extracomment>
        <translation>别名 %1 现在指向 %2（之前指向 %3）。</translation>
    </message>
    <message>
        <source>Alias %1 created, pointing at %2.</source>
        <translation>已创建别名 %1，指向 %2。</translation>
    </message>
    <message>
        <source>Alias %1 deleted; its collection is unchanged.</source>
        <translation>已删除别名 %1；其集合保持不变。</translation>
    </message>
    <message>
        <source>&quot;alias list&quot; takes no arguments.</source>
        <translation>“alias list”不接受参数。</translation>
    </message>
    <message>
        <source>List, set and delete collection aliases (Weaviate 1.32 or later).</source>
        <translation>列出、设置和删除集合别名（Weaviate 1.32 或更高版本）。</translation>
    </message>
    <message>
        <source>list, set NAME COLLECTION, or delete NAME.</source>
        <translation>list、set NAME COLLECTION 或 delete NAME。</translation>
    </message>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>在标准输出上打印一份机器可读的 JSON 报告。</translation>
    </message>
    <message>
        <source>Usage: colvault-cli alias list | set NAME COLLECTION | delete NAME.</source>
        <translation>用法：colvault-cli alias list | set NAME COLLECTION | delete NAME。</translation>
    </message>
    <message>
        <source>Usage: colvault-cli alias set NAME COLLECTION.</source>
        <translation>用法：colvault-cli alias set NAME COLLECTION。</translation>
    </message>
    <message>
        <source>Usage: colvault-cli alias delete NAME.</source>
        <translation>用法：colvault-cli alias delete NAME。</translation>
    </message>
</context>
<context>
    <name>ArchiveCommands</name>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>在标准输出上打印一份机器可读的 JSON 报告。</translation>
    </message>
    <message>
        <source>Give exactly one archive file.</source>
        <translation>请指定且仅指定一个归档文件。</translation>
    </message>
    <message>
        <source>Show an archive&apos;s manifest, collections and tenants (reads only its head).</source>
        <translation>显示归档的清单、集合和租户（只读取文件头部）。</translation>
    </message>
    <message>
        <source>Archive: %1 (%2)</source>
        <translation>归档：%1（%2）</translation>
    </message>
    <message>
        <source>Created: %1 by Colvault %2</source>
        <translation>创建：%1，由 Colvault %2 创建</translation>
    </message>
    <message>
        <source>Source: %1 (Weaviate %2)</source>
        <translation>来源：%1（Weaviate %2）</translation>
    </message>
    <message>
        <source>Schema only: the archive holds no objects.</source>
        <translation>仅架构：该归档不含任何对象。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s):</source>
        <translation>
            <numerusform>%Ln 个集合：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (multi-tenant, %Ln tenant(s))</source>
        <translation>
            <numerusform>%1（多租户，%Ln 个租户）</numerusform>
        </translation>
    </message>
    <message>
        <source>Read a whole archive and check every checksum, count and vector length.</source>
        <translation>读取整个归档，检查每个校验和、计数和向量长度。</translation>
    </message>
    <message>
        <source>Verified %1 of %2</source>
        <extracomment>Progress of reading an archive: %1 bytes read so far, %2 the file size</extracomment>
        <translation>已校验 %1 / %2</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The archive is incomplete: it has no valid trailer.</source>
        <translation>归档不完整：没有有效的尾部记录。</translation>
    </message>
    <message>
        <source>The archive is complete and intact: %1 entries, %2 objects.</source>
        <translation>归档完整无损：%1 个条目，%2 个对象。</translation>
    </message>
    <message>
        <source>Show an archive&apos;s manifest, collections and tenants.</source>
        <translation>显示归档的清单、集合和租户。</translation>
    </message>
    <message>
        <source>Check every checksum, count and vector length of an archive.</source>
        <translation>检查归档的每个校验和、计数和向量长度。</translation>
    </message>
    <message>
        <source>Encrypted with age to public keys (recipients).</source>
        <translation>已使用 age 针对公钥（接收者）加密。</translation>
    </message>
    <message>
        <source>Encrypted with age and a passphrase.</source>
        <translation>已使用 age 和口令加密。</translation>
    </message>
    <message>
        <source>The archive: a file or s3://BUCKET/KEY.</source>
        <translation>归档：文件或 s3://BUCKET/KEY。</translation>
    </message>
    <message>
        <source>Aliases: not recorded (the archive is older than alias support).</source>
        <translation>别名：未记录（该归档创建于 Colvault 支持别名之前）。</translation>
    </message>
    <message>
        <source>Aliases: none recorded, the source server had no aliases (Weaviate before 1.32).</source>
        <translation>别名：未记录，源服务器不支持别名（Weaviate 1.32 之前的版本）。</translation>
    </message>
    <message>
        <source>Aliases: none.</source>
        <translation>别名：无。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln alias(es):</source>
        <translation>
            <numerusform>%Ln 个别名：</numerusform>
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
        <translation>该文件不是 Colvault 归档。</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; belongs to no collection of the manifest.</source>
        <translation>归档条目“%1”不属于清单中的任何集合。</translation>
    </message>
    <message>
        <source>The archive has no class definition or tenant list for the collection &quot;%1&quot;.</source>
        <translation>归档中没有集合“%1”的类定义或租户列表。</translation>
    </message>
</context>
<context>
    <name>ArchiveJson</name>
    <message>
        <source>The archive entry &quot;%1&quot; is not valid.</source>
        <translation>归档条目“%1”无效。</translation>
    </message>
    <message>
        <source>The file is not a Colvault archive.</source>
        <translation>该文件不是 Colvault 归档。</translation>
    </message>
    <message>
        <source>The archive was written by a newer version of Colvault (format version %1). Update Colvault to read it.</source>
        <translation>该归档由更新版本的 Colvault 写入（格式版本 %1）。请更新 Colvault 后再读取。</translation>
    </message>
</context>
<context>
    <name>ArchiveObjectReader</name>
    <message>
        <source>The archive entry &quot;%1&quot; is damaged.</source>
        <translation>归档条目“%1”已损坏。</translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <source>Cannot open the archive &quot;%1&quot;.</source>
        <translation>无法打开归档“%1”。</translation>
    </message>
    <message>
        <source>Cannot read the archive &quot;%1&quot;.</source>
        <translation>无法读取归档“%1”。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a Colvault archive or is damaged.</source>
        <translation>文件“%1”不是 Colvault 归档，或已损坏。</translation>
    </message>
    <message>
        <source>The archive is not open.</source>
        <translation>归档未打开。</translation>
    </message>
    <message numerus="yes">
        <source>The archive &quot;%1&quot; is damaged or truncated after %Ln entries.</source>
        <translation>
            <numerusform>归档“%1”在第 %Ln 个条目之后已损坏或被截断。</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive contains an entry whose name is not valid text.</source>
        <translation>归档中有一个条目的名称不是有效的文本。</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is not a regular file and was rejected.</source>
        <translation>归档条目“%1”不是普通文件，已被拒绝。</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; has an unsafe name and was rejected.</source>
        <translation>归档条目“%1”的名称不安全，已被拒绝。</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is sparse or encrypted and was rejected.</source>
        <translation>归档条目“%1”是稀疏文件或已加密，已被拒绝。</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; has no size and was rejected.</source>
        <translation>归档条目“%1”没有大小信息，已被拒绝。</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is too large and was rejected.</source>
        <translation>归档条目“%1”过大，已被拒绝。</translation>
    </message>
    <message>
        <source>The archive contains the entry &quot;%1&quot; more than once.</source>
        <translation>归档中多次出现条目“%1”。</translation>
    </message>
    <message>
        <source>The archive has too many entries.</source>
        <translation>归档中的条目过多。</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is damaged or truncated.</source>
        <translation>归档条目“%1”已损坏或被截断。</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted in age&apos;s ASCII armor, which Colvault does not read; decrypt it with age first.</source>
        <translation>归档“%1”使用 age 的 ASCII 封装格式加密，Colvault 无法读取；请先用 age 解密。</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted with a passphrase; give the passphrase to open it.</source>
        <translation>归档“%1”使用口令加密；请提供口令以打开它。</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted; give an identity file that can decrypt it.</source>
        <translation>归档“%1”已加密；请提供能解密它的身份文件。</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted with a passphrase, not to an identity; give the passphrase to open it.</source>
        <translation>归档“%1”是用口令加密的，而不是针对某个身份加密的；请提供口令以打开它。</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted to public keys, not with a passphrase; give an identity file that can decrypt it.</source>
        <translation>归档“%1”是针对公钥加密的，而不是用口令加密的；请提供能解密它的身份文件。</translation>
    </message>
    <message>
        <source>None of the given identities can decrypt the archive &quot;%1&quot;.</source>
        <translation>所给的身份都无法解密归档“%1”。</translation>
    </message>
    <message>
        <source>The passphrase does not decrypt the archive &quot;%1&quot;.</source>
        <translation>该口令无法解密归档“%1”。</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; asks for more memory and time to check its passphrase than Colvault allows.</source>
        <translation>归档“%1”校验口令所需的内存和时间超出了 Colvault 允许的范围。</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted with a version of the age format that Colvault cannot read.</source>
        <translation>归档“%1”使用 Colvault 无法读取的 age 格式版本加密。</translation>
    </message>
    <message>
        <source>The encrypted archive &quot;%1&quot; is truncated.</source>
        <translation>加密归档“%1”不完整（被截断）。</translation>
    </message>
    <message>
        <source>The encrypted archive &quot;%1&quot; is damaged or was tampered with.</source>
        <translation>加密归档“%1”已损坏或被篡改。</translation>
    </message>
    <message>
        <source>Cannot decrypt the archive &quot;%1&quot;.</source>
        <translation>无法解密归档“%1”。</translation>
    </message>
</context>
<context>
    <name>ArchiveSink</name>
    <message>
        <source>Removed &quot;%1&quot;, an unfinished archive left by an earlier backup that was interrupted.</source>
        <translation>已删除“%1”，这是先前一次中断的备份留下的未完成归档。</translation>
    </message>
</context>
<context>
    <name>ArchiveTrailer</name>
    <message>
        <source>The archive is incomplete: its backup did not finish.</source>
        <translation>归档不完整：其备份未能完成。</translation>
    </message>
</context>
<context>
    <name>ArchiveVerifier</name>
    <message>
        <source>The archive entry &quot;%1&quot; is not valid.</source>
        <translation>归档条目“%1”无效。</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; belongs to no collection of the manifest.</source>
        <translation>归档条目“%1”不属于清单中的任何集合。</translation>
    </message>
    <message>
        <source>The object segment &quot;%1&quot; has no vector segment.</source>
        <translation>对象段“%1”没有对应的向量段。</translation>
    </message>
    <message>
        <source>The vector segment &quot;%1&quot; does not follow its object segment.</source>
        <translation>向量段“%1”没有紧跟在其对象段之后。</translation>
    </message>
    <message>
        <source>The archive has no class definition or tenant list for the collection &quot;%1&quot;.</source>
        <translation>归档中没有集合“%1”的类定义或租户列表。</translation>
    </message>
    <message>
        <source>The archive is incomplete: it has no valid trailer.</source>
        <translation>归档不完整：没有有效的尾部记录。</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is not listed in the trailer.</source>
        <translation>归档条目“%1”未在尾部记录中列出。</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; does not match its checksum.</source>
        <translation>归档条目“%1”与其校验和不符。</translation>
    </message>
    <message>
        <source>The archive entries are not in the order the trailer lists.</source>
        <translation>归档条目的顺序与尾部记录所列的顺序不一致。</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is missing.</source>
        <translation>缺少归档条目“%1”。</translation>
    </message>
    <message>
        <source>The object counts of &quot;%1&quot; do not match the trailer.</source>
        <translation>“%1”的对象数与尾部记录不符。</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; comes after the trailer.</source>
        <translation>归档条目“%1”位于尾部记录之后。</translation>
    </message>
    <message>
        <source>The file is not a Colvault archive.</source>
        <translation>该文件不是 Colvault 归档。</translation>
    </message>
    <message>
        <source>The archive contains the unexpected entry &quot;%1&quot;.</source>
        <translation>归档中包含意外的条目“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Verification stopped after %Ln problems.</source>
        <translation>
            <numerusform>发现 %Ln 个问题后已停止校验。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveWriter</name>
    <message>
        <source>The compression level %1 is not supported for %2; use %3 to %4.</source>
        <translation>%2 不支持压缩级别 %1；请使用 %3 到 %4。</translation>
    </message>
    <message>
        <source>Cannot create the archive &quot;%1&quot;.</source>
        <translation>无法创建归档“%1”。</translation>
    </message>
    <message>
        <source>The archive is not open.</source>
        <translation>归档未打开。</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; cannot be written.</source>
        <translation>无法写入归档条目“%1”。</translation>
    </message>
    <message>
        <source>Cannot write to the archive &quot;%1&quot;.</source>
        <translation>无法写入归档“%1”。</translation>
    </message>
    <message>
        <source>Cannot save the archive as &quot;%1&quot;.</source>
        <translation>无法将归档保存为“%1”。</translation>
    </message>
    <message>
        <source>An archive is encrypted either to public keys or with a passphrase, not both.</source>
        <translation>归档要么针对公钥加密，要么使用口令加密，不能两者兼用。</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Back up collections into one compressed archive.</source>
        <translation>将集合备份到一个压缩归档中。</translation>
    </message>
    <message>
        <source>Collections to back up (default: all).</source>
        <translation>要备份的集合（默认：全部）。</translation>
    </message>
    <message>
        <source>Save schemas and tenants, no objects.</source>
        <translation>只保存架构和租户，不保存对象。</translation>
    </message>
    <message>
        <source>Leave vectors out (objects only).</source>
        <translation>不包含向量（仅对象）。</translation>
    </message>
    <message>
        <source>Only these tenants: A,B for the one collection named, or COLLECTION:A,B. Repeatable.</source>
        <translation>仅限这些租户：只指定了一个集合时写作 A,B，否则写作 COLLECTION:A,B。可重复使用。</translation>
    </message>
    <message>
        <source>Activate inactive (COLD) tenants for the backup and put them back after.</source>
        <translation>为备份激活非活动（COLD）租户，完成后恢复其原状态。</translation>
    </message>
    <message>
        <source>zstd (default), gzip, xz or none.</source>
        <translation>zstd（默认）、gzip、xz 或 none。</translation>
    </message>
    <message>
        <source>Compression level (zstd 1-19, gzip 1-9, xz 0-9; by default zstd 1, gzip 6, xz 6).</source>
        <translation>压缩级别（zstd 1-19，gzip 1-9，xz 0-9；默认为 zstd 1、gzip 6、xz 6）。</translation>
    </message>
    <message>
        <source>Objects per request (1-10000, default 500).</source>
        <translation>每次请求的对象数（1-10000，默认 500）。</translation>
    </message>
    <message>
        <source>Show what would be backed up; write nothing.</source>
        <translation>显示将要备份的内容；不写入任何文件。</translation>
    </message>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>在标准输出上打印一份机器可读的 JSON 报告。</translation>
    </message>
    <message>
        <source>Unknown compression &quot;%1&quot;; use zstd, gzip, xz or none.</source>
        <translation>未知的压缩方式“%1”；请使用 zstd、gzip、xz 或 none。</translation>
    </message>
    <message>
        <source>--level must be %1 to %2 for %3.</source>
        <translation>对于 %3，--level 必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>--page-size must be a number from 1 to 10000.</source>
        <translation>--page-size 必须是 1 到 10000 之间的数字。</translation>
    </message>
    <message>
        <source>No archive given: use -o FILE (or --dry-run to only see the plan).</source>
        <translation>未指定归档：请使用 -o FILE（或使用 --dry-run 仅查看计划）。</translation>
    </message>
    <message>
        <source>Canceled; nothing was written.</source>
        <translation>已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Dry run: nothing will be written.</source>
        <translation>试运行：不会写入任何内容。</translation>
    </message>
    <message>
        <source>schema only</source>
        <translation>仅架构</translation>
    </message>
    <message>
        <source>objects not yet countable</source>
        <translation>对象暂时无法计数</translation>
    </message>
    <message>
        <source>will be activated</source>
        <translation>将被激活</translation>
    </message>
    <message>
        <source>skipped (%1)</source>
        <translation>已跳过（%1）</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Canceled; no archive was written.</source>
        <translation>已取消；未写入归档。</translation>
    </message>
    <message>
        <source>No archive was written.</source>
        <translation>未写入归档。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s)</source>
        <translation>
            <numerusform>%Ln 个对象</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln object(s), about %1 to read, archive about %2.</source>
        <extracomment>%Ln total object count, %1 estimated transfer size, %2 estimated archive size</extracomment>
        <translation>
            <numerusform>总计：%Ln 个对象，需读取约 %1，归档约 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %Ln object(s) to %1 (%2) in %3 s.</source>
        <extracomment>%Ln objects, %1 archive path, %2 archive size, %3 seconds</extracomment>
        <translation>
            <numerusform>已在 %3 秒内将 %Ln 个对象备份到 %1（%2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The archive will be encrypted with age to %Ln recipient(s).</source>
        <translation>
            <numerusform>归档将使用 age 针对 %Ln 个接收者加密。</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive will be encrypted with age and a passphrase.</source>
        <translation>归档将使用 age 和口令加密。</translation>
    </message>
    <message>
        <source>Archive file to write, or a folder to write a default-named archive into; also s3://BUCKET/KEY, or s3://BUCKET/PREFIX/ for a default-named archive.</source>
        <translation>要写入的归档文件，或用于存放默认名称归档的文件夹；也可以是 s3://BUCKET/KEY，或用于默认名称归档的 s3://BUCKET/PREFIX/。</translation>
    </message>
</context>
<context>
    <name>BackupTask</name>
    <message>
        <source>No destination file was given for the backup.</source>
        <translation>未指定备份的目标文件。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>Weaviate %1 is too old: backups need the cursor API of Weaviate 1.18 or later.</source>
        <translation>Weaviate %1 版本过旧：备份需要 Weaviate 1.18 或更高版本提供的游标 API。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s) not found on the server: %1.</source>
        <translation>
            <numerusform>服务器上未找到 %Ln 个集合：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenants were chosen for &quot;%1&quot;, which is not being backed up.</source>
        <translation>为“%1”选择了租户，但该集合不在备份范围内。</translation>
    </message>
    <message>
        <source>Counting objects in %1…</source>
        <translation>正在统计 %1 中的对象…</translation>
    </message>
    <message>
        <source>The server sent a schema for &quot;%1&quot; that names another collection.</source>
        <translation>服务器为“%1”返回的架构指向了另一个集合。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid collection name.</source>
        <translation>“%1”不是有效的集合名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not multi-tenant, so no tenants can be chosen for it.</source>
        <translation>“%1”不是多租户集合，因此无法为其选择租户。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tenant name.</source>
        <translation>“%1”不是有效的租户名称。</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is inactive (%3) and will be skipped; allow activating tenants to include it.</source>
        <translation>“%2”的租户“%1”处于非活动状态（%3），将被跳过；如需包含它，请允许激活租户。</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is offloaded (%3) and will be skipped.</source>
        <translation>“%2”的租户“%1”已卸载（%3），将被跳过。</translation>
    </message>
    <message>
        <source>Plan ready.</source>
        <translation>计划已就绪。</translation>
    </message>
    <message>
        <source>inactive (%1)</source>
        <translation>非活动（%1）</translation>
    </message>
    <message>
        <source>offloaded (%1)</source>
        <translation>已卸载（%1）</translation>
    </message>
    <message>
        <source>changing status (%1)</source>
        <translation>正在更改状态（%1）</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Reading %1, tenant %2…</source>
        <translation>正在读取 %1，租户 %2…</translation>
    </message>
    <message>
        <source>%1, tenant %2</source>
        <translation>%1，租户 %2</translation>
    </message>
    <message>
        <source>%1 changed during the backup: %2 objects before, %3 after, %4 written.</source>
        <translation>%1 在备份期间发生了变化：备份前 %2 个对象，备份后 %3 个，已写入 %4 个。</translation>
    </message>
    <message>
        <source>Backup finished.</source>
        <translation>备份已完成。</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %L1 objects, not %L2.</source>
        <translation>分页大小必须在 1 到 %L1 个对象之间，而不是 %L2。</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is changing its status (%3) and will be skipped.</source>
        <translation>“%2”的租户“%1”正在更改状态（%3），将被跳过。</translation>
    </message>
    <message>
        <source>Checking the parameters</source>
        <translation>检查参数</translation>
    </message>
    <message>
        <source>Reading the server</source>
        <translation>读取服务器</translation>
    </message>
    <message>
        <source>Reading the collections</source>
        <translation>读取集合</translation>
    </message>
    <message>
        <source>Counting objects</source>
        <translation>统计对象</translation>
    </message>
    <message>
        <source>Opening the archive</source>
        <translation>打开归档</translation>
    </message>
    <message>
        <source>Activating tenants</source>
        <translation>激活租户</translation>
    </message>
    <message>
        <source>Reading objects</source>
        <translation>读取对象</translation>
    </message>
    <message>
        <source>Putting tenant statuses back</source>
        <translation>恢复租户状态</translation>
    </message>
    <message>
        <source>Finishing the archive</source>
        <translation>完成归档</translation>
    </message>
    <message>
        <source>The server&apos;s collection aliases could not be read, so the archive does not record them: %1</source>
        <translation>无法读取服务器的集合别名，因此归档中不记录别名：%1</translation>
    </message>
</context>
<context>
    <name>ClearCommand</name>
    <message>
        <source>keep the schema and tenants, delete every object</source>
        <translation>保留架构和租户，删除所有对象</translation>
    </message>
    <message>
        <source>drop and create again from the saved schema</source>
        <translation>删除后根据保存的架构重新创建</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s)</source>
        <translation>
            <numerusform>%Ln 个对象</numerusform>
        </translation>
    </message>
    <message>
        <source>not countable until activated</source>
        <translation>激活前无法计数</translation>
    </message>
    <message>
        <source>Method: %1.</source>
        <translation>方式：%1。</translation>
    </message>
    <message>
        <source>left alone: %1</source>
        <translation>保持不变：%1</translation>
    </message>
    <message>
        <source>activated for the clear, then put back</source>
        <translation>为清空操作而激活，完成后恢复原状态</translation>
    </message>
    <message>
        <source>tenant %1 (%2): %3</source>
        <translation>租户 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>Undo afterwards with: %1</source>
        <translation>事后可使用以下命令撤销：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>备份：%1</translation>
    </message>
    <message>
        <source>To undo: %1</source>
        <translation>撤销方法：%1</translation>
    </message>
    <message>
        <source>No backup was taken: this clear cannot be undone.</source>
        <translation>未进行备份：此次清空无法撤销。</translation>
    </message>
    <message>
        <source>Delete every object of collections, after a verified backup.</source>
        <translation>在完成备份并校验后，删除集合中的所有对象。</translation>
    </message>
    <message>
        <source>Collections to clear: exact names, no wildcards.</source>
        <translation>要清空的集合：须为确切名称，不支持通配符。</translation>
    </message>
    <message>
        <source>Drop the collections (or the chosen tenants) instead of deleting their objects.</source>
        <translation>删除集合（或所选租户）本身，而不是删除其中的对象。</translation>
    </message>
    <message>
        <source>Drop and create again from the saved schema, tenants and tenant statuses (fast for large collections; indexes start empty).</source>
        <translation>删除后根据保存的架构、租户及租户状态重新创建（适合大型集合，速度快；索引将从空开始）。</translation>
    </message>
    <message>
        <source>Show what would be deleted and the backup; change nothing.</source>
        <translation>显示将要删除的内容和备份；不做任何更改。</translation>
    </message>
    <message>
        <source>Take no backup first: the clear cannot be undone.</source>
        <translation>不事先备份：清空操作将无法撤销。</translation>
    </message>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>在标准输出上打印一份机器可读的 JSON 报告。</translation>
    </message>
    <message>
        <source>Do not ask; with --confirm, allows the clear.</source>
        <translation>不进行询问；与 --confirm 一起使用时允许执行清空。</translation>
    </message>
    <message>
        <source>The exact names of the collections being cleared, comma-separated.</source>
        <translation>要清空的集合的确切名称，以逗号分隔。</translation>
    </message>
    <message>
        <source>Choose either --drop or --recreate.</source>
        <translation>--drop 和 --recreate 只能选择其一。</translation>
    </message>
    <message>
        <source>Choose either --backup-to or --no-backup.</source>
        <translation>--backup-to 和 --no-backup 只能选择其一。</translation>
    </message>
    <message>
        <source>Canceled; nothing was deleted.</source>
        <translation>已取消；未删除任何内容。</translation>
    </message>
    <message>
        <source>Dry run: nothing will be deleted.</source>
        <translation>试运行：不会删除任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was deleted: the plan has %Ln blocking problem(s).</source>
        <translation>
            <numerusform>未删除任何内容：计划中有 %Ln 个阻止性问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Clearing %1 deletes data: confirm with --yes --confirm %2.</source>
        <translation>清空 %1 会删除数据：请使用 --yes --confirm %2 进行确认。</translation>
    </message>
    <message>
        <source>The names given (%1) are not exactly the collections being cleared (%2); nothing was deleted.</source>
        <translation>给出的名称（%1）与要清空的集合（%2）不完全一致；未删除任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Canceled after deleting %Ln object(s); the clear is incomplete.</source>
        <translation>
            <numerusform>已删除 %Ln 个对象后取消；清空操作未完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>未删除任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %1: %Ln object(s) deleted in %2 s.</source>
        <extracomment>%1 collection names, %2 seconds</extracomment>
        <translation>
            <numerusform>已清空 %1：在 %2 秒内删除了 %Ln 个对象。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete every object of collections after a verified backup, or drop them.</source>
        <translation>在完成备份并校验后删除集合中的所有对象，或直接删除集合。</translation>
    </message>
    <message>
        <source>drop the collections with their schema and tenants</source>
        <translation>删除集合及其架构和租户</translation>
    </message>
    <message numerus="yes">
        <source>Total: at least %Ln object(s); tenants that cannot be counted now are not included.</source>
        <translation>
            <numerusform>总计：至少 %Ln 个对象；不含当前无法计数的租户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln object(s).</source>
        <translation>
            <numerusform>总计：%Ln 个对象。</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup is written to %1 and verified before anything is deleted.</source>
        <translation>在删除任何内容之前，将先把备份写入 %1 并进行校验。</translation>
    </message>
    <message>
        <source>No collection given. Name at least one: %1</source>
        <translation>未指定集合。请至少指定一个：%1</translation>
    </message>
    <message numerus="yes">
        <source>This deletes the data of %Ln collection(s): %1. Type their names to confirm, separated by commas:</source>
        <translation>
            <numerusform>此操作将删除 %Ln 个集合的数据：%1。请输入这些集合的名称以确认，以逗号分隔：</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the backup taken first to this file or folder, or to s3://BUCKET/KEY or s3://BUCKET/PREFIX/ (default: %1).</source>
        <translation>先将备份写入此文件或文件夹，或写入 s3://BUCKET/KEY 或 s3://BUCKET/PREFIX/（默认：%1）。</translation>
    </message>
</context>
<context>
    <name>ClearTask</name>
    <message>
        <source>The server&apos;s answer to deleting the objects of %1 is not valid.</source>
        <translation>服务器对删除 %1 中对象的请求所作的响应无效。</translation>
    </message>
    <message numerus="yes">
        <source>The server deleted nothing from %1 although it still holds %Ln object(s); the clear stopped.</source>
        <translation>
            <numerusform>服务器未从 %1 中删除任何对象，但其中仍有 %Ln 个对象；清空已停止。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name at least one collection to clear.</source>
        <translation>请至少指定一个要清空的集合。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a collection name; clear takes exact names, no wildcards.</source>
        <translation>“%1”不是集合名称；clear 只接受确切名称，不支持通配符。</translation>
    </message>
    <message>
        <source>Tenants were chosen for &quot;%1&quot;, which is not being cleared.</source>
        <translation>为“%1”选择了租户，但该集合不在清空范围内。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s) not found on the server: %1.</source>
        <translation>
            <numerusform>服务器上未找到 %Ln 个集合：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting objects in %1…</source>
        <translation>正在统计 %1 中的对象…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not multi-tenant, so it has no tenants to choose.</source>
        <translation>“%1”不是多租户集合，因此没有可选的租户。</translation>
    </message>
    <message>
        <source>offloaded (%1)</source>
        <translation>已卸载（%1）</translation>
    </message>
    <message>
        <source>changing status (%1)</source>
        <translation>正在更改状态（%1）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is deleted with its definition and tenants.</source>
        <translation>“%1”将连同其定义和租户一起被删除。</translation>
    </message>
    <message>
        <source>The chosen tenants of &quot;%1&quot; are deleted with their objects; the collection stays.</source>
        <translation>“%1”中所选的租户将连同其对象一起被删除；集合本身保留。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is deleted and created again from its saved definition: its indexes start empty, settings the server added internally are reset, and its tenants are created again with their statuses put back.</source>
        <translation>“%1”将被删除，并根据保存的定义重新创建：其索引将从空开始，服务器内部添加的设置将被重置，其租户将被重新创建并恢复原有状态。</translation>
    </message>
    <message>
        <source>The chosen tenants of &quot;%1&quot; are deleted and created again with their statuses put back.</source>
        <translation>“%1”中所选的租户将被删除并重新创建，且恢复原有状态。</translation>
    </message>
    <message>
        <source>Dropping whole collections and only some tenants of &quot;%1&quot; in one clear cannot be undone with one restore; clear them separately.</source>
        <translation>在同一次清空中既删除整个集合又只删除“%1”的部分租户，将无法通过一次恢复来撤销；请分别清空。</translation>
    </message>
    <message>
        <source>No backup will be taken: this clear cannot be undone.</source>
        <translation>不会进行备份：此次清空无法撤销。</translation>
    </message>
    <message>
        <source>Plan ready.</source>
        <translation>计划已就绪。</translation>
    </message>
    <message numerus="yes">
        <source>The clear plan has %Ln blocking problem(s).</source>
        <translation>
            <numerusform>清空计划中有 %Ln 个阻止性问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Clearing &quot;%1&quot; deletes its objects and needs its name confirmed.</source>
        <translation>清空“%1”会删除其对象，需要确认其名称。</translation>
    </message>
    <message>
        <source>The backup folder &quot;%1&quot; cannot be created; nothing was deleted.</source>
        <translation>无法创建备份文件夹“%1”；未删除任何内容。</translation>
    </message>
    <message>
        <source>The backup before the clear failed, so nothing was deleted: %1</source>
        <translation>清空前的备份失败，因此未删除任何内容：%1</translation>
    </message>
    <message>
        <source>The backup before the clear did not verify, so nothing was deleted.</source>
        <translation>清空前的备份未通过校验，因此未删除任何内容。</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>备份：%1</translation>
    </message>
    <message>
        <source>No backup was taken: this clear cannot be undone.</source>
        <translation>未进行备份：此次清空无法撤销。</translation>
    </message>
    <message>
        <source>Deleting the objects of %1…</source>
        <translation>正在删除 %1 中的对象…</translation>
    </message>
    <message>
        <source>Deleting the objects of %1, tenant %2…</source>
        <translation>正在删除 %1（租户 %2）中的对象…</translation>
    </message>
    <message>
        <source>Could not count %1 after the clear: %2</source>
        <translation>清空后无法统计 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 still holds %Ln object(s) after the clear; something wrote to it meanwhile.</source>
        <translation>
            <numerusform>清空后 %1 中仍有 %Ln 个对象；在此期间有其他程序向其写入了数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropping %1…</source>
        <translation>正在删除 %1…</translation>
    </message>
    <message>
        <source>Re-creating %1…</source>
        <translation>正在重新创建 %1…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; still exists after it was dropped.</source>
        <translation>“%1”在删除后仍然存在。</translation>
    </message>
    <message>
        <source>Some tenants of &quot;%1&quot; still exist after they were dropped: %2</source>
        <translation>“%1”的部分租户在删除后仍然存在：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted but could not be created again: %2</source>
        <translation>“%1”已被删除，但无法重新创建：%2</translation>
    </message>
    <message>
        <source>The tenants of &quot;%1&quot; were deleted but could not be created again: %2</source>
        <translation>“%1”的租户已被删除，但无法重新创建：%2</translation>
    </message>
    <message numerus="yes">
        <source>The clear deleted %Ln object(s) beyond what the backup holds; objects written after the backup cannot be restored.</source>
        <translation>
            <numerusform>清空操作删除了 %Ln 个备份中没有的对象；备份之后写入的对象无法恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear finished.</source>
        <translation>清空已完成。</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is offloaded (%3): its objects cannot be deleted, so they are kept.</source>
        <translation>“%2”的租户“%1”已卸载（%3）：无法删除其对象，因此将予以保留。</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is changing its status (%3): its objects cannot be deleted, so they are kept.</source>
        <translation>“%2”的租户“%1”正在更改状态（%3）：无法删除其对象，因此将予以保留。</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; has the status %3: its objects cannot be backed up first. Activate it, leave it out of the clear, or clear without a backup.</source>
        <extracomment>%3 is the tenant&apos;s status as the server names it, e.g. FROZEN or FREEZING</extracomment>
        <translation>“%2”的租户“%1”的状态为 %3：无法事先备份其对象。请激活该租户、将其排除在清空范围之外，或在不备份的情况下清空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; refers to &quot;%3&quot; through its property &quot;%2&quot;: after the clear these references point to objects that no longer exist.</source>
        <extracomment>%1 the referring collection, %2 its reference property, %3 the cleared collection</extracomment>
        <translation>“%1”通过其属性“%2”引用“%3”：清空后，这些引用将指向已不存在的对象。</translation>
    </message>
    <message>
        <source>Checking the parameters</source>
        <translation>检查参数</translation>
    </message>
    <message>
        <source>Reading collections and tenants</source>
        <translation>读取集合和租户</translation>
    </message>
    <message>
        <source>Counting objects</source>
        <translation>统计对象</translation>
    </message>
    <message>
        <source>Finding incoming references</source>
        <translation>查找传入的引用</translation>
    </message>
    <message>
        <source>Describing what the method changes</source>
        <translation>说明该方法会更改的内容</translation>
    </message>
    <message>
        <source>Planning the backup</source>
        <translation>规划备份</translation>
    </message>
    <message>
        <source>Checking the plan</source>
        <translation>检查计划</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Verifying the backup</source>
        <translation>校验备份</translation>
    </message>
    <message>
        <source>Deleting objects</source>
        <translation>删除对象</translation>
    </message>
    <message>
        <source>Dropping collections</source>
        <translation>删除集合</translation>
    </message>
    <message>
        <source>Re-creating collections</source>
        <translation>删除后重新创建集合</translation>
    </message>
    <message>
        <source>Putting tenant statuses back</source>
        <translation>恢复租户状态</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: %1 [options] COMMAND [command options]</source>
        <translation>用法：%1 [选项] COMMAND [命令选项]</translation>
    </message>
    <message>
        <source>Back up, restore and clear Weaviate collections from the command line.</source>
        <translation>从命令行备份、恢复和清空 Weaviate 集合。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for the options of a command.</source>
        <translation>运行“%1 COMMAND --help”查看某个命令的选项。</translation>
    </message>
    <message>
        <source>Environment: WEAVIATE_URL (default http://localhost:8080), WEAVIATE_API_KEY.</source>
        <translation>环境变量：WEAVIATE_URL（默认 http://localhost:8080）、WEAVIATE_API_KEY。</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 finished with some objects or tenants skipped or failed, 130 canceled.</source>
        <translation>退出码：0 成功，1 失败，2 用法错误，3 已完成但有部分对象或租户被跳过或失败，130 已取消。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>No command given. Run &quot;%1 --help&quot; to see what is available.</source>
        <translation>未指定命令。运行“%1 --help”查看可用命令。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;%2 --help&quot; to see what is available.</source>
        <translation>未知命令“%1”。运行“%2 --help”查看可用命令。</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>%1  %2 of %3 objects  %4 objects/s  %5/s</source>
        <extracomment>Progress line: %1 where, %2 objects done, %3 total, %4 objects per second, %5 transfer rate</extracomment>
        <translation>%1  %2 / %3 个对象  %4 个对象/秒  %5/秒</translation>
    </message>
    <message>
        <source>%1  %2 objects  %3 objects/s  %4/s</source>
        <translation>%1  %2 个对象  %3 个对象/秒  %4/秒</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>Estimated time left, as h:mm:ss</extracomment>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Weaviate server URL (default: $WEAVIATE_URL, else http://localhost:8080).</source>
        <translation>Weaviate 服务器 URL（默认：$WEAVIATE_URL，未设置时为 http://localhost:8080）。</translation>
    </message>
    <message>
        <source>API key sent as a Bearer token (default: $WEAVIATE_API_KEY).</source>
        <translation>作为 Bearer 令牌发送的 API 密钥（默认：$WEAVIATE_API_KEY）。</translation>
    </message>
    <message>
        <source>Extra HTTP header, e.g. &quot;X-OpenAI-Api-Key: sk-…&quot;. Repeatable.</source>
        <translation>额外的 HTTP 标头，例如“X-OpenAI-Api-Key: sk-…”。可重复使用。</translation>
    </message>
    <message>
        <source>Do not verify the server&apos;s TLS certificate (unsafe).</source>
        <translation>不验证服务器的 TLS 证书（不安全）。</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file.</source>
        <translation>信任此 PEM 文件中的 CA 证书。</translation>
    </message>
    <message>
        <source>Seconds without any data before a request is given up (default 60).</source>
        <translation>请求在多少秒内未收到任何数据即放弃（默认 60）。</translation>
    </message>
    <message>
        <source>Retries of a failed request that is safe to repeat (default 5).</source>
        <translation>可安全重复的失败请求的重试次数（默认 5）。</translation>
    </message>
    <message>
        <source>Print technical details and debug logging.</source>
        <translation>打印技术细节和调试日志。</translation>
    </message>
    <message>
        <source>Append the log (with debug records) to this file.</source>
        <translation>将日志（含调试记录）追加到此文件。</translation>
    </message>
    <message>
        <source>Cannot write the log file &quot;%1&quot;: %2</source>
        <translation>无法写入日志文件“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server URL; use http://host:port or https://host.</source>
        <translation>“%1”不是有效的服务器 URL；请使用 http://host:port 或 https://host。</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is not of the form &quot;Name: value&quot;.</source>
        <translation>标头“%1”的格式不是“Name: value”。</translation>
    </message>
    <message>
        <source>Warning: TLS certificate verification is off; the connection can be intercepted.</source>
        <translation>警告：TLS 证书验证已关闭；连接可能被拦截。</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds.</source>
        <translation>--timeout 需要一个正数秒数。</translation>
    </message>
    <message>
        <source>--retries needs a number of 0 or more.</source>
        <translation>--retries 需要一个大于或等于 0 的数字。</translation>
    </message>
    <message>
        <source>--tenants %1: name the collection as COLLECTION:%1 unless exactly one collection is named.</source>
        <translation>--tenants %1：除非只指定了一个集合，否则请以 COLLECTION:%1 的形式指明集合。</translation>
    </message>
    <message>
        <source>--tenants %1 names no tenants.</source>
        <translation>--tenants %1 未指定任何租户。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Language of the messages: %1. Default: the system&apos;s language.</source>
        <translation>消息语言：%1。默认：系统语言。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Available: %2.</source>
        <translation>未知语言“%1”。可用语言：%2。</translation>
    </message>
    <message>
        <source>Read the API key from this file (&quot;-&quot;: standard input), out of sight of the process list.</source>
        <translation>从此文件读取 API 密钥（&quot;-&quot;：标准输入），不会出现在进程列表中。</translation>
    </message>
    <message>
        <source>Read extra HTTP headers from this file (&quot;-&quot;: standard input), one &quot;Name: value&quot; a line. Repeatable.</source>
        <translation>从此文件读取额外的 HTTP 标头（&quot;-&quot;：标准输入），每行一个“Name: value”。可重复使用。</translation>
    </message>
    <message>
        <source>Extra HTTP header whose value is read from an environment variable, e.g. &quot;X-OpenAI-Api-Key=OPENAI_APIKEY&quot;. Repeatable.</source>
        <translation>从环境变量读取其值的额外 HTTP 标头，例如“X-OpenAI-Api-Key=OPENAI_APIKEY”。可重复使用。</translation>
    </message>
    <message>
        <source>This command does not connect to a server; ignoring %1.</source>
        <extracomment>%1 lists the options given, e.g. &quot;--url, --api-key&quot;</extracomment>
        <translation>此命令不连接服务器；忽略 %1。</translation>
    </message>
    <message>
        <source>Note: values given with --api-key or --header can be seen by other users of this computer in the process list and stay in the shell history; prefer --api-key-file, --header-file, --header-env or $WEAVIATE_API_KEY.</source>
        <translation>注意：通过 --api-key 或 --header 提供的值会被此计算机的其他用户在进程列表中看到，并会留在 shell 历史记录中；请改用 --api-key-file、--header-file、--header-env 或 $WEAVIATE_API_KEY。</translation>
    </message>
    <message>
        <source>Give either --api-key or --api-key-file, not both.</source>
        <translation>请只提供 --api-key 或 --api-key-file 之一，不要同时提供。</translation>
    </message>
    <message>
        <source>Cannot read the API key file &quot;%1&quot;: %2</source>
        <translation>无法读取 API 密钥文件“%1”：%2</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; is empty.</source>
        <translation>API 密钥文件“%1”为空。</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; holds more than one line; it must hold the key alone.</source>
        <translation>API 密钥文件“%1”包含多行；其中只能有密钥本身。</translation>
    </message>
    <message>
        <source>--header-env &quot;%1&quot; is not of the form NAME=VARIABLE, e.g. X-OpenAI-Api-Key=OPENAI_APIKEY.</source>
        <translation>--header-env“%1”不符合 NAME=VARIABLE 格式，例如 X-OpenAI-Api-Key=OPENAI_APIKEY。</translation>
    </message>
    <message>
        <source>The environment variable %1 (for the header %2) is not set, empty or more than one line.</source>
        <extracomment>%1 is the name of an environment variable, %2 the HTTP header it was to give the value of</extracomment>
        <translation>环境变量 %1（用于标头 %2）未设置、为空或包含多行。</translation>
    </message>
    <message>
        <source>Cannot read the header file &quot;%1&quot;: %2</source>
        <translation>无法读取标头文件“%1”：%2</translation>
    </message>
    <message>
        <source>%1, line %2: not of the form &quot;Name: value&quot;.</source>
        <extracomment>%1 is a file name, %2 a line number in it</extracomment>
        <translation>%1 第 %2 行：不符合“Name: value”格式。</translation>
    </message>
    <message>
        <source>The header file &quot;%1&quot; holds no header.</source>
        <translation>标头文件“%1”中没有标头。</translation>
    </message>
    <message>
        <source>standard input was already read for another option.</source>
        <translation>标准输入已被另一个选项读取。</translation>
    </message>
    <message>
        <source>it is larger than %1, too large for a key or headers.</source>
        <translation>文件大于 %1，作为密钥或标头过大。</translation>
    </message>
    <message>
        <source>Port of the server&apos;s gRPC API on the server&apos;s host (default 50051).</source>
        <translation>服务器主机上 gRPC API 的端口（默认 50051）。</translation>
    </message>
    <message>
        <source>Give either --grpc-url or --grpc-port, not both.</source>
        <translation>请只指定 --grpc-url 或 --grpc-port 中的一个。</translation>
    </message>
    <message>
        <source>--grpc-port needs a port number from 1 to 65535.</source>
        <translation>--grpc-port 需要 1 到 65535 之间的端口号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gRPC address; write grpc://HOST:PORT or grpcs://HOST:PORT.</source>
        <translation>“%1”不是 gRPC 地址；请写成 grpc://HOST:PORT 或 grpcs://HOST:PORT。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Progress line: %1 the step (&quot;Step 3 of 6: Adding references&quot;), %2 what it is doing (counts, rates)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file &quot;%1&quot;: %2</source>
        <translation>无法读取口令文件“%1”：%2</translation>
    </message>
    <message>
        <source>The passphrase file &quot;%1&quot; is empty.</source>
        <translation>口令文件“%1”为空。</translation>
    </message>
    <message>
        <source>The passphrase file &quot;%1&quot; holds more than one line; it must hold the passphrase alone.</source>
        <translation>口令文件“%1”包含多于一行；它只能包含口令本身。</translation>
    </message>
    <message>
        <source>Proxy for the server&apos;s REST API: http://[USER@]HOST:PORT (or https://, socks5://, socks5h://), or &quot;none&quot; for a direct connection. Default: the proxy of the environment ($https_proxy, $http_proxy, $no_proxy), else the system&apos;s.</source>
        <translation>用于服务器 REST API 的代理：http://[USER@]HOST:PORT（或 https://、socks5://、socks5h://），直接连接请用“none”。默认：环境中的代理（$https_proxy、$http_proxy、$no_proxy），否则使用系统的代理。</translation>
    </message>
    <message>
        <source>User name at the proxy given with --proxy (or USER@ in its URL).</source>
        <translation>--proxy 所指定代理的用户名（或其 URL 中的 USER@）。</translation>
    </message>
    <message>
        <source>Read the proxy&apos;s password from this file (&quot;-&quot;: standard input), else from $COLVAULT_PROXY_PASSWORD. There is no option for the password itself: on the command line other users could read it in the process list.</source>
        <translation>从此文件（“-”：标准输入）读取代理的密码，否则从 $COLVAULT_PROXY_PASSWORD 读取。没有直接给出密码的选项：在命令行上，其他用户可以在进程列表中看到它。</translation>
    </message>
    <message>
        <source>--proxy-password is not an option: other users could read the password in the process list. Put it in a file for --proxy-password-file, or in $COLVAULT_PROXY_PASSWORD.</source>
        <translation>不存在 --proxy-password 选项：其他用户可以在进程列表中看到密码。请将密码放入供 --proxy-password-file 使用的文件，或放入 $COLVAULT_PROXY_PASSWORD。</translation>
    </message>
    <message>
        <source>--proxy-user and --proxy-password-file need the proxy&apos;s address: give it with --proxy URL.</source>
        <translation>--proxy-user 和 --proxy-password-file 需要代理的地址：请用 --proxy URL 指定。</translation>
    </message>
    <message>
        <source>Do not write the proxy&apos;s password into --proxy: other users could read it in the process list. Put it in a file for --proxy-password-file, or in $COLVAULT_PROXY_PASSWORD.</source>
        <translation>请不要把代理的密码写进 --proxy：其他用户可以在进程列表中看到它。请将密码放入供 --proxy-password-file 使用的文件，或放入 $COLVAULT_PROXY_PASSWORD。</translation>
    </message>
    <message>
        <source>Give the proxy&apos;s user name either in --proxy (USER@HOST) or with --proxy-user, not both.</source>
        <translation>代理的用户名请在 --proxy（USER@HOST）或 --proxy-user 中二选一给出，不要同时使用。</translation>
    </message>
    <message>
        <source>A proxy password needs a user name: give --proxy-user, or USER@ in --proxy.</source>
        <translation>代理密码需要用户名：请给出 --proxy-user，或在 --proxy 中写 USER@。</translation>
    </message>
    <message>
        <source>Cannot read the proxy password file &quot;%1&quot;: %2</source>
        <translation>无法读取代理密码文件“%1”：%2</translation>
    </message>
    <message>
        <source>The proxy password file &quot;%1&quot; is empty.</source>
        <translation>代理密码文件“%1”是空的。</translation>
    </message>
    <message>
        <source>The proxy password file &quot;%1&quot; holds more than one line; it must hold the password alone.</source>
        <translation>代理密码文件“%1”包含多于一行；它只能包含密码本身。</translation>
    </message>
    <message>
        <source>Address of the server&apos;s gRPC API, used for objects (see --transport), counts and id listings: grpc://HOST:PORT, or grpcs://HOST:PORT with TLS (default: the server&apos;s host, port 50051, TLS as for --url).</source>
        <translation>服务器 gRPC API 的地址，用于对象（见 --transport）、计数和 ID 列表：grpc://HOST:PORT，或使用 TLS 的 grpcs://HOST:PORT（默认：服务器的主机，端口 50051，TLS 与 --url 相同）。</translation>
    </message>
    <message>
        <source>How objects travel (backup pages, restore batches): &quot;auto&quot; over gRPC where the server offers it, else over REST (the default); &quot;rest&quot; never over gRPC; &quot;grpc&quot; only over gRPC, an error without it. Counts and id listings take gRPC where they can in every mode.</source>
        <translation>对象的传输方式（备份的分页、恢复的批次）：“auto”（默认）在服务器提供时通过 gRPC，否则通过 REST；“rest”从不使用 gRPC；“grpc”只通过 gRPC，没有 gRPC 时报错。在所有模式下，计数和 ID 列表都会尽可能使用 gRPC。</translation>
    </message>
    <message>
        <source>--transport needs &quot;auto&quot;, &quot;rest&quot; or &quot;grpc&quot;.</source>
        <translation>--transport 需要“auto”、“rest”或“grpc”。</translation>
    </message>
    <message>
        <source>Only these tenants: names or shell patterns (acme-*, t?, [a-c]*), as A,B for the one collection named, or COLLECTION:A,B. Repeatable.</source>
        <translation>仅限这些租户：租户名称或 shell 通配模式（acme-*、t?、[a-c]*），只指定了一个集合时写作 A,B，否则写作 COLLECTION:A,B。可重复使用。</translation>
    </message>
</context>
<context>
    <name>Colvault::AliasesDialog</name>
    <message>
        <source>Collection Aliases</source>
        <translation>集合别名</translation>
    </message>
    <message>
        <source>Aliases and their collections</source>
        <translation>别名及其集合</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>集合</translation>
    </message>
    <message>
        <source>e.g. Movies</source>
        <translation>例如 Movies</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Create an alias of this name that points at the collection</source>
        <translation>以此名称创建一个指向该集合的别名</translation>
    </message>
    <message>
        <source>Change &amp;Target…</source>
        <translation>更改目标集合(&amp;T)…</translation>
    </message>
    <message>
        <source>Point this alias at the collection chosen, in one request</source>
        <translation>通过一次请求将此别名改为指向所选集合</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete this alias; its collection stays</source>
        <translation>删除此别名；其集合会保留</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Collection:</source>
        <translation>集合(&amp;C)：</translation>
    </message>
    <message>
        <source>Collection Aliases on %1</source>
        <extracomment>%1 the server: &quot;profile at URL&quot;</extracomment>
        <translation>%1 上的集合别名</translation>
    </message>
    <message>
        <source>The server has an alias &quot;%1&quot; already. Select it and choose Change Target to point it at another collection.</source>
        <translation>服务器上已有别名“%1”。请选中它并选择“更改目标集合”，使其指向另一个集合。</translation>
    </message>
    <message>
        <source>The aliases could not be read or changed.</source>
        <translation>无法读取或更改别名。</translation>
    </message>
    <message>
        <source>Reading the aliases…</source>
        <translation>正在读取别名…</translation>
    </message>
    <message>
        <source>Changing the alias…</source>
        <translation>正在更改别名…</translation>
    </message>
    <message>
        <source>The server has no aliases.</source>
        <translation>服务器上没有别名。</translation>
    </message>
    <message>
        <source>Alias %1 created, pointing at %2.</source>
        <extracomment>%1 alias, %2 collection</extracomment>
        <translation>已创建别名 %1，指向 %2。</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2.</source>
        <extracomment>%1 alias, %2 collection</extracomment>
        <translation>别名 %1 现在指向 %2。</translation>
    </message>
    <message>
        <source>Alias %1 deleted; its collection is unchanged.</source>
        <extracomment>%1 alias</extracomment>
        <translation>已删除别名 %1；其集合保持不变。</translation>
    </message>
    <message>
        <source>Add Alias</source>
        <translation>添加别名</translation>
    </message>
    <message>
        <source>Create the alias &quot;%1&quot; pointing at the collection &quot;%2&quot;? Clients that use &quot;%1&quot; then read and write &quot;%2&quot;.</source>
        <extracomment>%1 alias, %2 collection</extracomment>
        <translation>要创建指向集合“%2”的别名“%1”吗？之后，使用“%1”的客户端将读写“%2”。</translation>
    </message>
    <message>
        <source>Change Alias Target</source>
        <translation>更改别名的目标集合</translation>
    </message>
    <message>
        <source>Point the alias &quot;%1&quot; at the collection &quot;%2&quot; instead of &quot;%3&quot;? Clients that use &quot;%1&quot; switch to &quot;%2&quot; at once; &quot;%3&quot; is kept.</source>
        <extracomment>%1 alias, %2 the collection it will point at, %3 the one it points at now</extracomment>
        <translation>要将别名“%1”改为指向集合“%2”，而不再指向“%3”吗？使用“%1”的客户端将立即切换到“%2”；“%3”会保留。</translation>
    </message>
    <message>
        <source>Change Target</source>
        <translation>更改目标集合</translation>
    </message>
    <message>
        <source>Delete Alias</source>
        <translation>删除别名</translation>
    </message>
    <message>
        <source>Delete the alias &quot;%1&quot;, which points at the collection &quot;%2&quot;? The collection and its objects stay; clients that use &quot;%1&quot; fail until an alias of that name is created again.</source>
        <extracomment>%1 alias, %2 the collection it points at</extracomment>
        <translation>要删除指向集合“%2”的别名“%1”吗？该集合及其对象会保留；在重新创建同名别名之前，使用“%1”的客户端将会出错。</translation>
    </message>
    <message numerus="yes">
        <source>The server has %Ln alias(es).</source>
        <translation>
            <numerusform>服务器上有 %Ln 个别名。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a collection. Choose a name that no collection has.</source>
        <extracomment>%1 the name typed for the alias</extracomment>
        <translation>“%1”是一个集合的名称。请选择一个未被任何集合使用的名称。</translation>
    </message>
</context>
<context>
    <name>Colvault::ArchiveKeyDialog</name>
    <message>
        <source>&amp;Passphrase</source>
        <translation>口令(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Identity file</source>
        <translation>身份文件(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Encrypted Archive</source>
        <translation>加密的归档</translation>
    </message>
    <message>
        <source>The archive %1 is encrypted to public keys. Give an age identity file that holds one of their secret keys, or paste its AGE-SECRET-KEY-1… line.</source>
        <extracomment>%1 an archive&apos;s file name or s3:// location</extracomment>
        <translation>归档 %1 是针对公钥加密的。请提供包含其中某个私钥的 age 身份文件，或粘贴其 AGE-SECRET-KEY-1… 行。</translation>
    </message>
    <message>
        <source>The archive %1 is encrypted with a passphrase. Type the passphrase.</source>
        <translation>归档 %1 使用口令加密。请输入口令。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Identity file, or the pasted identity</source>
        <translation>身份文件，或粘贴的身份</translation>
    </message>
    <message>
        <source>A file, or AGE-SECRET-KEY-1…</source>
        <translation>文件，或 AGE-SECRET-KEY-1…</translation>
    </message>
    <message>
        <source>Identity File</source>
        <translation>身份文件</translation>
    </message>
    <message>
        <source>Age identities (*.txt *.key *.age);;All files (*)</source>
        <translation>age 身份文件 (*.txt *.key *.age);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>请输入口令。</translation>
    </message>
    <message>
        <source>Give an identity file, or paste the identity.</source>
        <translation>请提供身份文件，或粘贴身份。</translation>
    </message>
</context>
<context>
    <name>Colvault::BackgroundRunRow</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Progress of the operation</source>
        <translation>操作进度</translation>
    </message>
    <message>
        <source>Cancel this operation (asks first)</source>
        <translation>取消此操作（会先询问）</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>移除此行</translation>
    </message>
    <message>
        <source>Show the result of this operation</source>
        <translation>显示此操作的结果</translation>
    </message>
    <message>
        <source>Show the progress dialog of this operation</source>
        <translation>显示此操作的进度对话框</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <translation>归档：%1</translation>
    </message>
    <message>
        <source>Archive: %1 (%2)</source>
        <translation>归档：%1（%2）</translation>
    </message>
</context>
<context>
    <name>Colvault::BackgroundRuns</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A desktop notification: %1 the operation&apos;s title (e.g. &quot;Backup from Work at https://…&quot;), %2 how it ended</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Colvault::BackupDialog</name>
    <message>
        <source>Back Up Collections</source>
        <translation>备份集合</translation>
    </message>
    <message>
        <source>Collection or tenant</source>
        <translation>集合或租户</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Zstandard (recommended)</source>
        <translation>Zstandard（推荐）</translation>
    </message>
    <message>
        <source>Gzip</source>
        <translation>Gzip</translation>
    </message>
    <message>
        <source>XZ (smallest, slowest)</source>
        <translation>XZ（最小，最慢）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>不压缩</translation>
    </message>
    <message>
        <source>Default</source>
        <comment>compression level</comment>
        <translation>默认</translation>
    </message>
    <message>
        <source>No estimate yet.</source>
        <translation>尚无估算。</translation>
    </message>
    <message>
        <source>Estimate:</source>
        <translation>估算：</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>备份已写入 %1。</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>Backup canceled.</source>
        <translation>备份已取消。</translation>
    </message>
    <message>
        <source>inactive (%1)</source>
        <translation>非活动（%1）</translation>
    </message>
    <message>
        <source>Save Backup As</source>
        <translation>备份另存为</translation>
    </message>
    <message>
        <source>Colvault archives (*.tar.zst *.tar.gz *.tar.xz *.tar)</source>
        <translation>Colvault 归档 (*.tar.zst *.tar.gz *.tar.xz *.tar)</translation>
    </message>
    <message>
        <source>Estimating…</source>
        <translation>正在估算…</translation>
    </message>
    <message>
        <source>Backup of %1 to %2 started.</source>
        <translation>已开始将 %1 备份到 %2。</translation>
    </message>
    <message>
        <source>The backup is complete.</source>
        <translation>备份已完成。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) written.</source>
        <translation>
            <numerusform>已写入 %Ln 个对象。</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive: %1 (%2)</source>
        <translation>归档：%1（%2）</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <extracomment>%1 a duration in words such as &quot;2 min 5 s&quot;</extracomment>
        <translation>耗时：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s) backed up.</source>
        <translation>
            <numerusform>已备份 %Ln 个集合。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the collections to back up; for a multi-tenant collection, check single tenants to back up only those.</source>
        <translation>勾选要备份的集合；对于多租户集合，可只勾选其中的部分租户，仅备份这些租户。</translation>
    </message>
    <message>
        <source>&amp;Activate inactive tenants for the backup, then put them back</source>
        <translation>为备份激活非活动租户，完成后恢复原状态(&amp;A)</translation>
    </message>
    <message>
        <source>Sc&amp;hema only (no objects)</source>
        <translation>仅架构（不含对象）(&amp;H)</translation>
    </message>
    <message>
        <source>Include &amp;vectors</source>
        <translation>包含向量(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for the destination</source>
        <translation>浏览目标位置</translation>
    </message>
    <message>
        <source>&amp;Estimate</source>
        <translation>估算(&amp;E)</translation>
    </message>
    <message>
        <source>Co&amp;mpression:</source>
        <translation>压缩(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>目标位置(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Start Backup</source>
        <translation>开始备份(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Collections and tenants to back up:</source>
        <translation>要备份的集合和租户(&amp;C)：</translation>
    </message>
    <message>
        <source>Collections and tenants to back up</source>
        <translation>要备份的集合和租户</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln object(s), archive about %1, taking roughly %2.</source>
        <translation>
            <numerusform>至少 %Ln 个对象，归档约 %1，耗时约 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s), archive about %1, taking roughly %2.</source>
        <translation>
            <numerusform>%Ln 个对象，归档约 %1，耗时约 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Back Up Collections from %1</source>
        <extracomment>%1 the server: &quot;profile at URL&quot;</extracomment>
        <translation>备份 %1 上的集合</translation>
    </message>
    <message>
        <source>inactive (%1), activated for the backup</source>
        <extracomment>%1 the tenant&apos;s status as the server says it, e.g. COLD</extracomment>
        <translation>非活动（%1），将为备份激活</translation>
    </message>
    <message>
        <source>Colvault activates this tenant for the backup and puts it back to its status afterwards.</source>
        <translation>Colvault 会为备份激活此租户，完成后恢复其原状态。</translation>
    </message>
    <message>
        <source>This tenant is inactive, so its objects cannot be read. Choose “Activate inactive tenants” below to back it up.</source>
        <translation>此租户处于非活动状态，无法读取其对象。要备份它，请选择下方的“激活非活动租户”。</translation>
    </message>
    <message>
        <source>offloaded (%1), cannot be backed up</source>
        <extracomment>%1 the tenant&apos;s status as the server says it, e.g. FROZEN</extracomment>
        <translation>已卸载（%1），无法备份</translation>
    </message>
    <message>
        <source>This tenant is offloaded to cloud storage. Colvault can neither read nor activate it; load it back on the server first.</source>
        <translation>此租户已卸载到云存储。Colvault 既无法读取也无法激活它；请先在服务器上将其重新加载。</translation>
    </message>
    <message>
        <source>changing status (%1), cannot be backed up</source>
        <extracomment>%1 the tenant&apos;s status as the server says it, e.g. FREEZING</extracomment>
        <translation>状态变更中（%1），无法备份</translation>
    </message>
    <message>
        <source>This tenant is changing its status on the server. Try again once that is done.</source>
        <translation>此租户正在服务器上变更状态。请在完成后重试。</translation>
    </message>
    <message>
        <source>Backup from %1</source>
        <extracomment>%1 the server: &quot;profile at URL&quot;</extracomment>
        <translation>来自 %1 的备份</translation>
    </message>
    <message>
        <source>The backup was canceled. No archive was written.</source>
        <translation>备份已取消。未写入任何归档文件。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln object(s) written.</source>
        <translation>
            <numerusform>%1：已写入 %Ln 个对象。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2: %Ln object(s) written.</source>
        <translation>
            <numerusform>%1 / %2：已写入 %Ln 个对象。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>objects</comment>
        <extracomment>Objects column of a partly ticked multi-tenant collection: %1 objects of the ticked tenants, %2 of all</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) in the ticked tenants, of %1 in the collection.</source>
        <extracomment>%1 the objects of the whole collection</extracomment>
        <translation>
            <numerusform>勾选的租户中有 %Ln 个对象，集合中共 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>未选择任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s)</source>
        <comment>selection summary</comment>
        <extracomment>Part of the selection summary, e.g. &quot;3 collections, 2 of 10,000 tenants selected, about 4 objects&quot;</extracomment>
        <translation>
            <numerusform>%Ln 个集合</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln tenant(s)</source>
        <comment>selection summary</comment>
        <extracomment>Part of the selection summary: %1 the tenants ticked, %n all tenants of the server&apos;s collections</extracomment>
        <translation>
            <numerusform>%Ln 个租户中的 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>schema only</source>
        <comment>selection summary</comment>
        <extracomment>Part of the selection summary</extracomment>
        <translation>仅架构</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln object(s)</source>
        <comment>selection summary</comment>
        <translation>
            <numerusform>约 %Ln 个对象</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %Ln object(s)</source>
        <comment>selection summary</comment>
        <translation>
            <numerusform>至少 %Ln 个对象</numerusform>
        </translation>
    </message>
    <message>
        <source>objects not counted</source>
        <comment>selection summary</comment>
        <translation>对象未计数</translation>
    </message>
    <message>
        <source>%1, %2 selected, %3.</source>
        <translation>已选择 %1、%2，%3。</translation>
    </message>
    <message>
        <source>%1 selected, %2.</source>
        <translation>已选择 %1，%2。</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>保存到(&amp;T)：</translation>
    </message>
    <message>
        <source>Folder on this computer</source>
        <translation>此计算机上的文件夹</translation>
    </message>
    <message>
        <source>S3 bucket</source>
        <translation>S3 存储桶</translation>
    </message>
    <message>
        <source>Storage profile</source>
        <translation>存储配置</translation>
    </message>
    <message>
        <source>No storage profile yet: add one under Storage Profiles…</source>
        <translation>尚无存储配置，请在“文件”菜单中添加：存储配置…</translation>
    </message>
    <message>
        <source>Cancel Backup</source>
        <translation>取消备份</translation>
    </message>
</context>
<context>
    <name>Colvault::ClearImpactPage</name>
    <message>
        <source>unknown</source>
        <comment>object count</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响范围</translation>
    </message>
    <message>
        <source>What will be deleted, and the backup taken before anything is deleted.</source>
        <translation>将要删除的内容，以及删除前进行的备份。</translation>
    </message>
    <message>
        <source>Collection or tenant</source>
        <translation>集合或租户</translation>
    </message>
    <message>
        <source>Objects to delete</source>
        <translation>待删除对象</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>A file, or a folder for a file named after the collections</source>
        <translation>文件，或文件夹（备份文件将以集合名称命名）</translation>
    </message>
    <message>
        <source>Reading what will be deleted…</source>
        <translation>正在读取将要删除的内容…</translation>
    </message>
    <message>
        <source>only the tenants below</source>
        <translation>仅限下列租户</translation>
    </message>
    <message>
        <source>%1, skipped: %2</source>
        <extracomment>%1 tenant status in words (e.g. &quot;inactive&quot;), %2 why it is skipped</extracomment>
        <translation>%1，已跳过：%2</translation>
    </message>
    <message>
        <source>%1, activated for the clear, then put back</source>
        <extracomment>%1 tenant status in words, e.g. &quot;inactive&quot;</extracomment>
        <translation>%1，为清空而激活，完成后恢复原状态</translation>
    </message>
    <message>
        <source>Blocking: %1</source>
        <translation>阻止性问题：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message numerus="yes">
        <source>The backup of %Ln object(s) is written and verified first: %1</source>
        <extracomment>%1 a file path, %Ln objects in the backup</extracomment>
        <translation>
            <numerusform>将先写入并校验包含 %Ln 个对象的备份：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup is taken.</source>
        <translation>不进行备份。</translation>
    </message>
    <message>
        <source>Save Backup As</source>
        <translation>备份另存为</translation>
    </message>
    <message>
        <source>Colvault archives (*.tar.zst *.tar.gz *.tar.xz *.tar)</source>
        <translation>Colvault 归档 (*.tar.zst *.tar.gz *.tar.xz *.tar)</translation>
    </message>
    <message>
        <source>What will be deleted</source>
        <translation>将要删除的内容</translation>
    </message>
    <message>
        <source>Back &amp;up before clearing (recommended)</source>
        <translation>清空前先备份（推荐）(&amp;U)</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>浏览(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;I understand that without a backup nothing can undo this clear</source>
        <translation>我了解：没有备份，此次清空将无法撤销(&amp;I)</translation>
    </message>
    <message>
        <source>Backup &amp;to:</source>
        <translation>备份到(&amp;T)：</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln object(s) will be deleted. Collections: %1.</source>
        <extracomment>%Ln objects, %1 the number of collections they are in</extracomment>
        <translation>
            <numerusform>将删除至少 %Ln 个对象。集合数：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) will be deleted. Collections: %1.</source>
        <translation>
            <numerusform>将删除 %Ln 个对象。集合数：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the backup goes</source>
        <translation>备份的存放位置</translation>
    </message>
    <message>
        <source>Folder on this computer</source>
        <translation>此计算机上的文件夹</translation>
    </message>
    <message>
        <source>S3 bucket</source>
        <translation>S3 存储桶</translation>
    </message>
    <message>
        <source>Storage profile</source>
        <translation>存储配置</translation>
    </message>
    <message>
        <source>No storage profile yet: add one under Storage Profiles…</source>
        <translation>尚无存储配置，请在“文件”菜单中添加：存储配置…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 tenant names, %2 their collection: &quot;tenantB of TenantNote&quot;</extracomment>
        <translation>%2 中的 %1</translation>
    </message>
    <message>
        <source>Only these tenants are cleared: %1.</source>
        <extracomment>%1 e.g. &quot;tenantB of TenantNote&quot; or &quot;t1, t2 and 3 more of Chat; tenantA of Notes&quot;</extracomment>
        <translation>仅清空以下租户：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other tenant(s) of %2</source>
        <extracomment>%1 tenant names, %2 their collection, %n tenants not named: &quot;t1, t2 and 3 other tenants of Chat&quot;</extracomment>
        <translation>
            <numerusform>%2 的 %1 以及另外 %n 个租户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::ClearSelectPage</name>
    <message>
        <source>What to clear</source>
        <translation>要清空的内容</translation>
    </message>
    <message>
        <source>Choose collections (or single tenants) and how to clear them.</source>
        <translation>选择集合（或单个租户）以及清空方式。</translation>
    </message>
    <message>
        <source>Collection or tenant</source>
        <translation>集合或租户</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Delete all objects, keep the schema</source>
        <translation>删除所有对象，保留架构</translation>
    </message>
    <message>
        <source>Drop the collection</source>
        <translation>删除集合</translation>
    </message>
    <message>
        <source>Drop and re-create the collection</source>
        <translation>删除并重新创建集合</translation>
    </message>
    <message>
        <source>Objects are batch-deleted; the schema, the tenants and their statuses stay.</source>
        <translation>批量删除对象；架构、租户及其状态保持不变。</translation>
    </message>
    <message>
        <source>The collection (or the chosen tenants) is deleted with its schema.</source>
        <translation>集合（或所选租户）将连同其架构一起被删除。</translation>
    </message>
    <message>
        <source>The collection is deleted and created again empty, from the same schema and tenants. The fastest way to remove many objects.</source>
        <translation>集合将被删除，然后以相同的架构和租户重新创建为空集合。这是移除大量对象最快的方式。</translation>
    </message>
    <message>
        <source>Collections and tenants to clear</source>
        <translation>要清空的集合和租户</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>未选择任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s)</source>
        <comment>selection summary</comment>
        <extracomment>Part of the selection summary, e.g. &quot;2 collections, 3 of 10,000 tenants selected.&quot;</extracomment>
        <translation>
            <numerusform>%Ln 个集合</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln tenant(s)</source>
        <comment>selection summary</comment>
        <extracomment>Part of the selection summary: %1 the tenants ticked, %n all tenants of the listed collections</extracomment>
        <translation>
            <numerusform>%Ln 个租户中的 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 selected.</source>
        <translation>已选择 %1、%2。</translation>
    </message>
    <message>
        <source>%1 selected.</source>
        <translation>已选择 %1。</translation>
    </message>
</context>
<context>
    <name>Colvault::ClearWizard</name>
    <message>
        <source>Clear Collections</source>
        <translation>清空集合</translation>
    </message>
    <message>
        <source>Clearing cannot be undone except from the backup.</source>
        <translation>清空操作无法撤销，只能从备份中恢复。</translation>
    </message>
    <message>
        <source>Clear complete; no backup was taken.</source>
        <translation>清空已完成；未进行备份。</translation>
    </message>
    <message>
        <source>Clear complete. Undo with: %1</source>
        <translation>清空已完成。撤销方法：%1</translation>
    </message>
    <message>
        <source>Clear failed: %1</source>
        <translation>清空失败：%1</translation>
    </message>
    <message>
        <source>Undo with: %1</source>
        <translation>撤销方法：%1</translation>
    </message>
    <message>
        <source>Clear canceled.</source>
        <translation>清空已取消。</translation>
    </message>
    <message>
        <source>The clear finished, but not everything was cleared.</source>
        <translation>清空已结束，但并非所有内容都已清空。</translation>
    </message>
    <message>
        <source>The clear is complete.</source>
        <translation>清空已完成。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) deleted.</source>
        <translation>
            <numerusform>已删除 %Ln 个对象。</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup was taken.</source>
        <translation>未进行备份。</translation>
    </message>
    <message numerus="yes">
        <source>Backup: %1 (%Ln object(s))</source>
        <extracomment>%1 the backup file, %2 its object count</extracomment>
        <translation>
            <numerusform>备份：%1（%Ln 个对象）</numerusform>
        </translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>耗时：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 still holds %Ln object(s).</source>
        <extracomment>%1 collection or &quot;collection / tenant&quot;</extracomment>
        <translation>
            <numerusform>%1 中仍有 %Ln 个对象。</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <source>Cancel the clear? Objects already deleted stay deleted.</source>
        <translation>要取消清空操作吗？已删除的对象不会被恢复。</translation>
    </message>
    <message>
        <source>&amp;Undo (restore)…</source>
        <translation>撤销（恢复）(&amp;U)…</translation>
    </message>
    <message>
        <source>Restore the backup taken before the clear: you see the changes and confirm them first.</source>
        <translation>恢复清空前创建的备份：您会先看到将发生的变更，确认后才会执行。</translation>
    </message>
    <message>
        <source>The clear failed.</source>
        <translation>清空操作失败。</translation>
    </message>
    <message>
        <source>The clear was canceled.</source>
        <translation>清空操作已取消。</translation>
    </message>
    <message>
        <source>Clearing</source>
        <translation>正在清空</translation>
    </message>
    <message>
        <source>Starting the clear…</source>
        <translation>正在开始清空…</translation>
    </message>
    <message>
        <source>What the clear did. Undo restores the backup taken before it.</source>
        <translation>清空操作的执行结果。“撤销”会恢复清空前创建的备份。</translation>
    </message>
    <message>
        <source>What the clear did.</source>
        <translation>清空操作的执行结果。</translation>
    </message>
    <message>
        <source>Nothing was deleted; the server is unchanged.</source>
        <translation>未删除任何内容；服务器未发生任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) were deleted before the clear stopped.</source>
        <translation>
            <numerusform>清空停止前已删除 %Ln 个对象。</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <extracomment>%1 the backup file</extracomment>
        <translation>备份：%1</translation>
    </message>
    <message numerus="yes">
        <source>This deletes at least %Ln object(s). A verified backup is written first to %1.</source>
        <extracomment>%1 the backup file</extracomment>
        <translation>
            <numerusform>此操作将删除至少 %Ln 个对象。将先把备份写入 %1 并完成校验。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This deletes %Ln object(s). A verified backup is written first to %1.</source>
        <translation>
            <numerusform>此操作将删除 %Ln 个对象。将先把备份写入 %1 并完成校验。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This deletes at least %Ln object(s). No backup is taken: nothing can undo this.</source>
        <translation>
            <numerusform>此操作将删除至少 %Ln 个对象。不会进行备份：此操作将无法撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This deletes %Ln object(s). No backup is taken: nothing can undo this.</source>
        <translation>
            <numerusform>此操作将删除 %Ln 个对象。不会进行备份：此操作将无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>The clear of %1 started.</source>
        <extracomment>%1 a list of collections</extracomment>
        <translation>已开始清空 %1。</translation>
    </message>
    <message>
        <source>Cancel stops the clear. Objects already deleted stay deleted; they can be restored from the backup.</source>
        <translation>点击“取消”可停止清空操作。已删除的对象仍保持删除状态，但可以从备份中恢复。</translation>
    </message>
</context>
<context>
    <name>Colvault::CollectionsModel</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>legacy</source>
        <comment>vector kind</comment>
        <translation>旧式</translation>
    </message>
    <message>
        <source>named</source>
        <comment>vector kind</comment>
        <translation>命名</translation>
    </message>
    <message>
        <source>multi</source>
        <comment>vector kind</comment>
        <translation>多向量</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>vector name (kind)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Inactive tenants are not counted.</source>
        <translation>未统计非活动租户。</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>object count</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 (active tenants)</source>
        <extracomment>An object count that leaves out inactive tenants</extracomment>
        <translation>%1（活动租户）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>集合</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Multi-tenant</source>
        <translation>多租户</translation>
    </message>
    <message>
        <source>Vectors</source>
        <translation>向量</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln dimension(s)</source>
        <extracomment>%1 is a vector description such as &quot;title (named)&quot;, %Ln its dimension count</extracomment>
        <translation>
            <numerusform>%1，%Ln 维</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (inactive: %2)</source>
        <extracomment>%1 tenants in total, %2 of them inactive</extracomment>
        <translation>%1（非活动：%2）</translation>
    </message>
</context>
<context>
    <name>Colvault::CommandLineBox</name>
    <message>
        <source>Cop&amp;y</source>
        <translation>复制(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation>将命令复制到剪贴板</translation>
    </message>
    <message>
        <source>Same as the co&amp;mmand:</source>
        <translation>等效命令(&amp;M)：</translation>
    </message>
    <message>
        <source>The API key and the extra headers are not shown. Replace KEY_FILE with a file that holds the key, and HEADER_FILE with a file of the headers, one &quot;Name: value&quot; a line.</source>
        <translation>不显示 API 密钥和额外标头。请将 KEY_FILE 替换为保存密钥的文件，将 HEADER_FILE 替换为标头文件（每行一个“名称: 值”）。</translation>
    </message>
    <message>
        <source>The API key is not shown. Replace KEY_FILE with a file that holds the key.</source>
        <translation>不显示 API 密钥。请将 KEY_FILE 替换为保存密钥的文件。</translation>
    </message>
    <message>
        <source>The extra headers are not shown. Replace HEADER_FILE with a file of the headers, one &quot;Name: value&quot; a line.</source>
        <translation>不显示额外标头。请将 HEADER_FILE 替换为标头文件（每行一个“名称: 值”）。</translation>
    </message>
    <message>
        <source>The proxy password is not shown. Replace PROXY_PASSWORD_FILE with a file that holds it.</source>
        <translation>不显示代理密码。请将 PROXY_PASSWORD_FILE 替换为保存密码的文件。</translation>
    </message>
    <message>
        <source>The target&apos;s API key is not shown. Replace TARGET_KEY_FILE with a file that holds it.</source>
        <translation>不显示目标服务器的 API 密钥。请将 TARGET_KEY_FILE 替换为保存密钥的文件。</translation>
    </message>
    <message>
        <source>The target&apos;s header values are not shown. Replace each HEADER_VALUE with the value.</source>
        <translation>不显示目标服务器的标头值。请将每个 HEADER_VALUE 替换为相应的值。</translation>
    </message>
    <message>
        <source>The archive&apos;s key is not shown. Replace IDENTITY_FILE with the age identity file that opens it.</source>
        <translation>不显示归档的密钥。请将 IDENTITY_FILE 替换为能打开该归档的 age 身份文件。</translation>
    </message>
    <message>
        <source>The archive&apos;s passphrase is not shown. Replace PASSPHRASE_FILE with a file that holds it.</source>
        <translation>不显示归档的口令。请将 PASSPHRASE_FILE 替换为保存该口令的文件。</translation>
    </message>
</context>
<context>
    <name>Colvault::ConfirmNamesPage</name>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Collection names, separated by commas</source>
        <translation>集合名称，以逗号分隔</translation>
    </message>
    <message>
        <source>The names do not match. Type them exactly, upper and lower case included.</source>
        <translation>名称不匹配。请准确输入，包括大小写。</translation>
    </message>
    <message>
        <source>Collection names to confirm</source>
        <translation>要确认的集合名称</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Type %Ln collection name(s) to confirm: %1</source>
        <extracomment>%1 is a list of collection names</extracomment>
        <translation>
            <numerusform>输入以下 %Ln 个集合名称以确认(&amp;T)：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::ConnectionDialog</name>
    <message>
        <source>Connection Profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the settings file.</source>
        <translation>保存在系统密钥链中，绝不会写入设置文件。</translation>
    </message>
    <message>
        <source>One header per line, for example X-OpenAI-Api-Key: sk-…</source>
        <translation>每行一个标头，例如 X-OpenAI-Api-Key: sk-…</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The user name and password in this URL are not saved. Weaviate authenticates with an API key: choose “API key” below.</source>
        <translation>此 URL 中的用户名和密码不会被保存。Weaviate 使用 API 密钥进行身份验证：请在下方选择“API 密钥”。</translation>
    </message>
    <message>
        <source>None</source>
        <comment>authentication</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for CA certificates</source>
        <translation>浏览 CA 证书</translation>
    </message>
    <message>
        <source>Skip TLS certificate &amp;verification (unsafe)</source>
        <translation>跳过 TLS 证书验证（不安全）(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>身份验证(&amp;A)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>额外标头(&amp;H)：</translation>
    </message>
    <message>
        <source>CA cer&amp;tificates:</source>
        <translation>CA 证书(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Save and Connect</source>
        <translation>保存并连接(&amp;S)</translation>
    </message>
    <message>
        <source>The headers and their values are stored in the system keychain, never in the settings file.</source>
        <translation>标头及其值保存在系统密钥链中，绝不会写入设置文件。</translation>
    </message>
    <message>
        <source>Default: the server&apos;s host, port 50051</source>
        <translation>默认：服务器的主机，端口 50051</translation>
    </message>
    <message>
        <source>&amp;gRPC address:</source>
        <translation>gRPC 地址(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>代理(&amp;P)：</translation>
    </message>
    <message>
        <source>Proxy add&amp;ress:</source>
        <translation>代理地址(&amp;R)：</translation>
    </message>
    <message>
        <source>Proxy us&amp;er:</source>
        <translation>代理用户(&amp;E)：</translation>
    </message>
    <message>
        <source>System settings</source>
        <comment>proxy</comment>
        <translation>系统设置</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>Manual</source>
        <comment>proxy</comment>
        <translation>手动</translation>
    </message>
    <message>
        <source>System settings: the proxy of the environment (https_proxy, http_proxy, no_proxy), else the operating system&apos;s.</source>
        <translation>系统设置：环境中的代理（https_proxy、http_proxy、no_proxy），否则使用操作系统的代理。</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s user name and password in their own fields below, not in the address.</source>
        <translation>请在下方各自的字段中输入代理的用户名和密码，不要写在地址里。</translation>
    </message>
    <message>
        <source>Weaviate&apos;s gRPC API, used for object counts and to move objects where the server offers it: grpc://host:port, or grpcs://host:port with TLS.</source>
        <translation>Weaviate 的 gRPC API，在服务器提供时用于统计和传输对象：grpc://host:port，使用 TLS 时为 grpcs://host:port。</translation>
    </message>
    <message>
        <source>Automatic: gRPC where the server offers it</source>
        <translation>自动：服务器提供时使用 gRPC</translation>
    </message>
    <message>
        <source>REST only</source>
        <translation>仅 REST</translation>
    </message>
    <message>
        <source>gRPC only</source>
        <translation>仅 gRPC</translation>
    </message>
    <message>
        <source>How backups and restores move objects. gRPC carries vectors as bytes and is faster; REST works with every server and through every proxy.</source>
        <translation>备份和恢复传输对象的方式。gRPC 以字节传输向量，速度更快；REST 适用于所有服务器，并可通过任何代理。</translation>
    </message>
    <message>
        <source>&amp;Objects travel over:</source>
        <translation>对象传输方式(&amp;O)：</translation>
    </message>
    <message>
        <source>Write the gRPC address with its scheme: grpc://host:port, or grpcs://host:port with TLS.</source>
        <translation>请带上协议写 gRPC 地址：grpc://主机:端口，使用 TLS 时为 grpcs://主机:端口。</translation>
    </message>
</context>
<context>
    <name>Colvault::CopyTargetPage</name>
    <message>
        <source>Target</source>
        <translation>目标服务器</translation>
    </message>
    <message>
        <source>Where and how to copy. Preview shows what would change; nothing is written before Copy.</source>
        <translation>复制的目标服务器和方式。“预览”会显示将发生的变更；点击“复制”之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>A saved connection profile: its server receives the copy</source>
        <translation>已保存的连接配置：复制到其服务器</translation>
    </message>
    <message>
        <source>Target connection profile</source>
        <translation>目标服务器的连接配置</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>集合</translation>
    </message>
    <message>
        <source>Copy as</source>
        <translation>复制为</translation>
    </message>
    <message>
        <source>Collections to copy and their names on the target</source>
        <translation>要复制的集合及其在目标服务器上的名称</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>Copy the selected collection under another name (F2)</source>
        <translation>以其他名称复制所选集合 (F2)</translation>
    </message>
    <message>
        <source>To copy a collection under another name, select it and press F2 or Rename, then type the name in &quot;Copy as&quot;.</source>
        <translation>要以其他名称复制集合，请选中它并按 F2 或“重命名”，然后在“复制为”中输入名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not selected for the copy, so it cannot be renamed. Tick it first.</source>
        <extracomment>%1 a collection name</extracomment>
        <translation>“%1”未被选中复制，因此无法重命名。请先勾选它。</translation>
    </message>
    <message>
        <source>Copy mode</source>
        <translation>复制模式</translation>
    </message>
    <message>
        <source>New: the collections must not exist on the target</source>
        <translation>新建：目标服务器上必须不存在这些集合</translation>
    </message>
    <message>
        <source>Merge: add missing objects and properties</source>
        <translation>合并：添加缺失的对象和属性</translation>
    </message>
    <message>
        <source>Overwrite: like merge, copied objects replace existing ones</source>
        <translation>覆盖：与合并相同，但复制的对象会替换现有对象</translation>
    </message>
    <message>
        <source>Replace: drop the target&apos;s collections first</source>
        <translation>替换：先删除目标服务器上的集合</translation>
    </message>
    <message>
        <source>Copy &amp;to:</source>
        <translation>复制到(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <source>There is no saved connection to copy to. Save one with Connection → New Connection… first.</source>
        <translation>没有可复制到的已保存连接。请先通过“连接 → 新建连接…”保存一个连接。</translation>
    </message>
    <message>
        <source>Reading the connection %1 and its secrets…</source>
        <extracomment>%1 a connection profile&apos;s name</extracomment>
        <translation>正在读取连接 %1 及其机密信息…</translation>
    </message>
    <message>
        <source>The collections are copied to %1, the server they are read from: give each one another name under &quot;Copy as&quot;.</source>
        <extracomment>%1 a server URL</extracomment>
        <translation>集合将复制到 %1，即读取它们的同一台服务器：请在“复制为”中为每个集合指定其他名称。</translation>
    </message>
    <message>
        <source>The collections are copied to %1.</source>
        <extracomment>%1 a server URL</extracomment>
        <translation>集合将复制到 %1。</translation>
    </message>
    <message>
        <source>The secrets of %1 could not be read from the keychain (%2); the copy connects without them.</source>
        <extracomment>%1 a connection profile&apos;s name, %2 the keychain&apos;s error message</extracomment>
        <translation>无法从密钥链读取 %1 的机密信息（%2）；复制将在没有这些信息的情况下连接。</translation>
    </message>
    <message>
        <source>Nothing on the target is touched; a collection that already exists there blocks the copy.</source>
        <translation>不改动目标服务器上的任何内容；如果集合已存在于目标服务器上，将阻止复制。</translation>
    </message>
    <message>
        <source>Existing objects on the target are kept; missing objects and properties are added.</source>
        <translation>保留目标服务器上的现有对象；添加缺失的对象和属性。</translation>
    </message>
    <message>
        <source>Objects with the same id on the target are replaced by the copied ones.</source>
        <translation>目标服务器上 ID 相同的对象将被复制的对象替换。</translation>
    </message>
    <message>
        <source>The target&apos;s existing collections are deleted first. You will type their names to confirm.</source>
        <translation>将先删除目标服务器上的现有集合。您需要输入这些集合的名称以确认。</translation>
    </message>
    <message>
        <source>Vectors:</source>
        <translation>向量：</translation>
    </message>
    <message>
        <source>Also write an &amp;archive of what is copied:</source>
        <translation>同时为复制的内容写入归档(&amp;A)：</translation>
    </message>
    <message>
        <source>The archive holds what a backup of the copied collections would. It appears under this name only once the copy succeeded and the archive verified.</source>
        <translation>该归档包含的内容与所复制集合的备份相同。只有在复制成功且归档校验通过后，它才会以此名称出现。</translation>
    </message>
    <message>
        <source>Archive file</source>
        <translation>归档文件</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Browse for the archive file</source>
        <translation>浏览归档文件</translation>
    </message>
    <message>
        <source>Save Archive As</source>
        <translation>归档另存为</translation>
    </message>
    <message>
        <source>Colvault archives (*.tar.zst *.tar.gz *.tar.xz *.tar)</source>
        <translation>Colvault 归档 (*.tar.zst *.tar.gz *.tar.xz *.tar)</translation>
    </message>
</context>
<context>
    <name>Colvault::CopyWizard</name>
    <message>
        <source>Replace mode drops the target&apos;s existing collections before copying.</source>
        <translation>替换模式会在复制前删除目标服务器上的现有集合。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the copy? What was written so far stays on the target server.</source>
        <translation>要取消复制吗？已写入的内容将保留在目标服务器上。</translation>
    </message>
    <message numerus="yes">
        <source>Replace mode first deletes %Ln collection(s) on the target server with all their objects: %1. They are then copied from the source.</source>
        <extracomment>%1 a list of collection names</extracomment>
        <translation>
            <numerusform>替换模式会先删除目标服务器上的 %Ln 个集合及其所有对象：%1。然后再从源服务器复制这些集合。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>正在复制</translation>
    </message>
    <message>
        <source>Cancel stops the copy. What was written until then stays on the target server.</source>
        <translation>点击“取消”可停止复制。在此之前已写入的内容将保留在目标服务器上。</translation>
    </message>
    <message>
        <source>Starting the copy…</source>
        <translation>正在开始复制…</translation>
    </message>
    <message>
        <source>The copy from %1 to %2 started.</source>
        <extracomment>%1 the source server&apos;s URL, %2 the target server&apos;s URL</extracomment>
        <translation>已开始从 %1 复制到 %2。</translation>
    </message>
    <message>
        <source>Copy from %1 to %2 complete.</source>
        <extracomment>%1 the source server&apos;s URL, %2 the target server&apos;s URL</extracomment>
        <translation>已完成从 %1 到 %2 的复制。</translation>
    </message>
    <message>
        <source>The copy failed.</source>
        <translation>复制失败。</translation>
    </message>
    <message>
        <source>Copy failed: %1</source>
        <translation>复制失败：%1</translation>
    </message>
    <message>
        <source>The copy was canceled.</source>
        <translation>复制已取消。</translation>
    </message>
    <message>
        <source>Copy canceled.</source>
        <translation>复制已取消。</translation>
    </message>
    <message>
        <source>What the copy did.</source>
        <translation>复制操作的执行结果。</translation>
    </message>
    <message>
        <source>No objects had been written when the copy stopped.</source>
        <translation>复制停止时尚未写入任何对象。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) had been written when the copy stopped.</source>
        <translation>
            <numerusform>复制停止时已写入 %Ln 个对象。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace mode may already have dropped %1 on the target server.</source>
        <extracomment>%1 a list of collections</extracomment>
        <translation>替换模式可能已经删除了目标服务器上的 %1。</translation>
    </message>
    <message>
        <source>Collections and tenants created so far stay on the target server. Copy again in overwrite mode to complete the copy.</source>
        <translation>目前已创建的集合和租户将保留在目标服务器上。请使用覆盖模式再次复制，以完成此次复制。</translation>
    </message>
    <message>
        <source>The copy finished, but not everything was copied.</source>
        <translation>复制已结束，但并非所有内容都已复制。</translation>
    </message>
    <message>
        <source>The copy is complete.</source>
        <translation>复制已完成。</translation>
    </message>
    <message>
        <source>The copy is complete, but its archive was not written.</source>
        <translation>复制已完成，但未写入其归档。</translation>
    </message>
    <message>
        <source>Archive written and verified: %1 (%2).</source>
        <extracomment>%1 the archive&apos;s path, %2 its size</extracomment>
        <translation>归档已写入并校验：%1（%2）。</translation>
    </message>
</context>
<context>
    <name>Colvault::JobEditorDialog</name>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Archives</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <source>R&amp;etention</source>
        <translation>保留(&amp;E)</translation>
    </message>
    <message>
        <source>Encr&amp;yption</source>
        <translation>加密(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>定时计划(&amp;S)</translation>
    </message>
    <message>
        <source>Why the job cannot be saved</source>
        <translation>作业无法保存的原因</translation>
    </message>
    <message>
        <source>Save &amp;Job</source>
        <translation>保存作业(&amp;J)</translation>
    </message>
    <message>
        <source>e.g. nightly</source>
        <translation>例如 nightly</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>The saved connection the job backs up; its name is {profile} in file names.</source>
        <translation>作业所备份的已保存连接；文件名中的 {profile} 即为其名称。</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>连接(&amp;C)：</translation>
    </message>
    <message>
        <source>none: the keychain&apos;s key when run from the app</source>
        <translation>无：从应用运行时使用密钥链中的密钥</translation>
    </message>
    <message>
        <source>A file holding the API key, for scheduled runs. The job saves its name only.</source>
        <translation>保存 API 密钥的文件，供定时运行使用。作业只保存该文件的名称。</translation>
    </message>
    <message>
        <source>API &amp;key file:</source>
        <translation>API 密钥文件(&amp;K)：</translation>
    </message>
    <message>
        <source>A file holding the proxy&apos;s password, for scheduled runs.</source>
        <translation>保存代理密码的文件，供定时运行使用。</translation>
    </message>
    <message>
        <source>Pro&amp;xy password file:</source>
        <translation>代理密码文件(&amp;X)：</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>集合</translation>
    </message>
    <message>
        <source>all collections</source>
        <translation>所有集合</translation>
    </message>
    <message>
        <source>Collection names separated by commas or spaces; empty backs up every collection.</source>
        <translation>集合名称，以半角逗号或空格分隔；留空则备份所有集合。</translation>
    </message>
    <message>
        <source>C&amp;ollections:</source>
        <translation>集合(&amp;O)：</translation>
    </message>
    <message>
        <source>Article: tenantA, tenantB</source>
        <translation>例如 Article: tenantA, tenantB</translation>
    </message>
    <message>
        <source>Only these tenants: one line per collection, its name, a colon and the tenants. Empty: every tenant.</source>
        <translation>仅限这些租户：每个集合一行，依次写集合名称、半角冒号 (:) 和租户（以半角逗号分隔）。留空：所有租户。</translation>
    </message>
    <message>
        <source>&amp;Tenants:</source>
        <translation>租户(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>{profile}, {job} and {date} (UTC, yyyyMMdd-HHmmss) are filled in; the suffix (.tar.zst, .age) is added.</source>
        <translation>{profile}、{job} 和 {date}（UTC，yyyyMMdd-HHmmss）会被替换为实际值；后缀（.tar.zst、.age）会自动添加。</translation>
    </message>
    <message>
        <source>File-name &amp;pattern:</source>
        <translation>文件名模板(&amp;P)：</translation>
    </message>
    <message>
        <source>Sc&amp;hema only (no objects)</source>
        <translation>仅架构（不含对象）(&amp;H)</translation>
    </message>
    <message>
        <source>Leave out &amp;vectors</source>
        <translation>不包含向量(&amp;V)</translation>
    </message>
    <message>
        <source>Activate &amp;inactive tenants for the backup</source>
        <translation>为备份激活非活动租户(&amp;I)</translation>
    </message>
    <message>
        <source>Co&amp;mpression:</source>
        <translation>压缩(&amp;M)：</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>zstd 1-19, gzip 1-9, xz 0-9</source>
        <translation>zstd 1-19，gzip 1-9，xz 0-9</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <source>After each verified run, older archives of this job beyond these rules are removed (restic&apos;s forget rules, UTC periods). 0 turns a rule off; with no rule every archive is kept. The newest archive is always kept.</source>
        <translation>每次运行并校验通过后，此作业中超出这些规则的较旧归档将被删除（遵循 restic 的 forget 规则，按 UTC 时间段计算）。0 表示关闭该规则；没有任何规则时保留所有归档。最新的归档始终保留。</translation>
    </message>
    <message>
        <source>Keep the &amp;last:</source>
        <translation>保留最近(&amp;L)：</translation>
    </message>
    <message>
        <source>Keep &amp;hourly:</source>
        <translation>保留每小时(&amp;H)：</translation>
    </message>
    <message>
        <source>Keep &amp;daily:</source>
        <translation>保留每日(&amp;D)：</translation>
    </message>
    <message>
        <source>Keep &amp;weekly:</source>
        <translation>保留每周(&amp;W)：</translation>
    </message>
    <message>
        <source>Keep &amp;monthly:</source>
        <translation>保留每月(&amp;M)：</translation>
    </message>
    <message>
        <source>Keep yea&amp;rly:</source>
        <translation>保留每年(&amp;R)：</translation>
    </message>
    <message>
        <source>unlimited</source>
        <extracomment>A retention rule&apos;s count at its minimum: every period is kept</extracomment>
        <translation>不限</translation>
    </message>
    <message>
        <source>To age recipients</source>
        <translation>针对 age 接收者</translation>
    </message>
    <message>
        <source>With a passphrase file</source>
        <translation>使用口令文件</translation>
    </message>
    <message>
        <source>En&amp;crypt:</source>
        <translation>加密(&amp;C)：</translation>
    </message>
    <message>
        <source>age1… (one per line)</source>
        <translation>age1…（每行一个）</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>接收者(&amp;R)：</translation>
    </message>
    <message>
        <source>A file holding the passphrase. Runs from the app may use the keychain instead.</source>
        <translation>保存口令的文件。从应用运行时可改用密钥链。</translation>
    </message>
    <message>
        <source>&amp;Passphrase file:</source>
        <translation>口令文件(&amp;P)：</translation>
    </message>
    <message>
        <source>one file per line</source>
        <translation>每行一个文件</translation>
    </message>
    <message>
        <source>Age identity files that open the job&apos;s archives: each run verifies its new archive and retention reads the old ones. Needed with recipients.</source>
        <translation>能打开作业归档的 age 身份文件：每次运行都要校验新归档，应用保留规则时要读取旧归档。针对接收者加密时必需。</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>添加(&amp;D)…</translation>
    </message>
    <message>
        <source>Identity File</source>
        <translation>身份文件</translation>
    </message>
    <message>
        <source>&amp;Identity files:</source>
        <translation>身份文件(&amp;I)：</translation>
    </message>
    <message>
        <source>Never (run by hand)</source>
        <translation>从不（手动运行）</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>每小时</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation>运行(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>星期(&amp;O)：</translation>
    </message>
    <message>
        <source>A&amp;t (local time):</source>
        <translation>时间（本地时间）(&amp;T)：</translation>
    </message>
    <message>
        <source>The operating system runs colvault-cli on schedule (a systemd user timer, a launchd agent or a Task Scheduler task); the app need not be open.</source>
        <translation>操作系统会按定时计划运行 colvault-cli（通过 systemd 用户定时器、launchd 启动代理或任务计划程序中的任务）；无需打开本应用。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Folder for the Archives</source>
        <translation>归档文件夹</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Edit Job &quot;%1&quot;</source>
        <extracomment>The title of the job editor; %1 a job&apos;s name</extracomment>
        <translation>编辑作业“%1”</translation>
    </message>
    <message>
        <source>New Job</source>
        <translation>新建作业</translation>
    </message>
    <message>
        <source>A saved job keeps its name: its schedule and archives go by it.</source>
        <translation>已保存的作业不能更改名称：其定时计划和归档都以该名称标识。</translation>
    </message>
    <message>
        <source>1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; the name colvault-cli runs the job by.</source>
        <translation>1 到 64 个字母、数字、“.”、“_”或“-”；colvault-cli 通过此名称运行作业。</translation>
    </message>
    <message>
        <source>None checked: every collection, also those created later.</source>
        <translation>未勾选任何集合：备份所有集合，包括以后创建的集合。</translation>
    </message>
    <message>
        <source>Create a connection profile first (Connection → New Connection…).</source>
        <translation>请先创建连接配置（连接 → 新建连接…）。</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Next archive: %1</source>
        <translation>下一个归档：%1</translation>
    </message>
    <message>
        <source>Next run: %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>下次运行：%1</translation>
    </message>
    <message>
        <source>Not scheduled: run it from the Jobs dock or with colvault-cli job run.</source>
        <translation>未设置定时：请在“作业”面板中运行，或使用 colvault-cli job run。</translation>
    </message>
    <message>
        <source>Tenants, line %1: write the collection, a colon and its tenants, e.g. Article: tenantA, tenantB.</source>
        <extracomment>%1 a line number</extracomment>
        <translation>租户，第 %1 行：请依次写集合名称、半角冒号 (:) 和其租户，例如 Article: tenantA, tenantB。</translation>
    </message>
    <message>
        <source>Choose the connection the job backs up; create one with Connection → New Connection… first.</source>
        <translation>请选择作业要备份的连接；如果还没有，请先通过“连接 → 新建连接…”创建一个。</translation>
    </message>
    <message>
        <source>Give at least one age recipient (age1…), one per line.</source>
        <translation>请至少提供一个 age 接收者（age1…），每行一个。</translation>
    </message>
    <message>
        <source>Choose the file that holds the passphrase.</source>
        <translation>请选择保存口令的文件。</translation>
    </message>
    <message>
        <source>A schedule runs colvault-cli, which is not at %1. Install it beside the app, or schedule the job with colvault-cli job schedule.</source>
        <extracomment>%1 the path of colvault-cli</extracomment>
        <translation>定时计划需要运行 colvault-cli，但 %1 处没有该程序。请将它安装在本应用旁边，或使用 colvault-cli job schedule 为作业设置定时计划。</translation>
    </message>
    <message>
        <source>None</source>
        <comment>compression</comment>
        <translation>不压缩</translation>
    </message>
    <message>
        <source>None</source>
        <comment>encryption</comment>
        <translation>不加密</translation>
    </message>
    <message>
        <source>Next archive: %1
Warning: %2</source>
        <extracomment>%1 the path of the archive the next run writes, %2 what is wrong with the file-name pattern</extracomment>
        <translation>下一个归档：%1
警告：%2</translation>
    </message>
    <message>
        <source>%1

Details: %2</source>
        <extracomment>%1 why the job cannot be saved (a sentence), %2 a tool&apos;s own words (e.g. systemctl&apos;s), untranslated</extracomment>
        <translation>%1

详细信息：%2</translation>
    </message>
    <message>
        <source>Create the Folder?</source>
        <extracomment>%1 a folder&apos;s path</extracomment>
        <translation>要创建文件夹吗？</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist. Create it and save the job?</source>
        <translation>文件夹“%1”不存在。要创建它并保存作业吗？</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;: choose another folder or check its parent&apos;s permissions.</source>
        <translation>无法创建文件夹“%1”：请选择其他文件夹，或检查其上级文件夹的权限。</translation>
    </message>
    <message>
        <source>Create Folder and Save</source>
        <translation>创建文件夹并保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cr&amp;eate…</source>
        <translation>创建(&amp;E)…</translation>
    </message>
    <message>
        <source>A passphrase file holds the passphrase on one line and should be readable only by you. Scheduled runs read it; keep it as safe as the archives need.</source>
        <translation>口令文件在一行中保存口令，并且应仅允许您本人读取。定时运行会读取该文件；请按照归档所需的安全级别妥善保管它。</translation>
    </message>
    <message>
        <source>Other users can read %1. Make it readable only by you, for example with chmod 600.</source>
        <extracomment>%1 a file&apos;s path</extracomment>
        <translation>其他用户可以读取 %1。请将其设为仅您本人可读，例如使用 chmod 600。</translation>
    </message>
    <message>
        <source>Create Passphrase File</source>
        <translation>创建口令文件</translation>
    </message>
    <message>
        <source>Every archive of the job is encrypted with this passphrase: keep a copy somewhere safe. Without it the archives cannot be restored.</source>
        <translation>此作业的每个归档都使用此口令加密：请将其副本保存在安全的地方。没有它，将无法恢复这些归档。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>再次输入(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>Passphrase File</source>
        <translation>口令文件</translation>
    </message>
    <message>
        <source>Cannot write the passphrase file &quot;%1&quot;: %2</source>
        <extracomment>%1 a file&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>无法写入口令文件“%1”：%2</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>定时计划</translation>
    </message>
    <message>
        <source>Save the job without a schedule? You can schedule it later.</source>
        <translation>不设定时计划保存作业吗？您可以稍后再设置定时计划。</translation>
    </message>
    <message>
        <source>Save Without Schedule</source>
        <translation>不设定时计划直接保存</translation>
    </message>
</context>
<context>
    <name>Colvault::JobHistoryModel</name>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>集合</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>Colvault::JobListModel</name>
    <message>
        <source>Succeeded</source>
        <comment>job run result</comment>
        <translation>成功</translation>
    </message>
    <message>
        <source>Partial</source>
        <comment>job run result</comment>
        <translation>部分完成</translation>
    </message>
    <message>
        <source>Canceled</source>
        <comment>job run result</comment>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>job run result</comment>
        <translation>失败</translation>
    </message>
    <message>
        <source>never</source>
        <comment>a job&apos;s last run</comment>
        <translation>从未运行</translation>
    </message>
    <message>
        <source>every collection</source>
        <translation>所有集合</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>定时计划</translation>
    </message>
    <message>
        <source>Next Run</source>
        <translation>下次运行</translation>
    </message>
    <message>
        <source>Last Run</source>
        <translation>上次运行</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>Colvault::JobProgressDialog</name>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Elapsed %1, remaining %2</source>
        <extracomment>%1 elapsed time, %2 estimated time left, both in words such as &quot;2 min 5 s&quot;</extracomment>
        <translation>已用时间 %1，剩余时间 %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the running operation? Work done so far is discarded.</source>
        <translation>要取消正在运行的操作吗？已完成的工作将被丢弃。</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>操作失败。</translation>
    </message>
    <message>
        <source>The operation stopped before it was complete.</source>
        <translation>操作在完成前已停止。</translation>
    </message>
    <message>
        <source>The operation was canceled.</source>
        <translation>操作已取消。</translation>
    </message>
    <message>
        <source>Save Failures</source>
        <translation>保存失败项</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>总体进度</translation>
    </message>
    <message>
        <source>Current collection</source>
        <translation>当前集合</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>日志(&amp;L)</translation>
    </message>
    <message>
        <source>Show log</source>
        <translation>显示日志</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save Failures…</source>
        <translation>保存失败项(&amp;S)…</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <extracomment>%1 the folder, %2 the file in it</extracomment>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>No file manager opened the folder %1. The file is %2.</source>
        <translation>没有文件管理器打开文件夹 %1。文件为 %2。</translation>
    </message>
    <message>
        <source>%1 of %2 objects</source>
        <extracomment>%1 objects of the current collection done, of %2</extracomment>
        <translation>%1 / %2 个对象</translation>
    </message>
    <message>
        <source>%1 objects/s, %2 MiB/s</source>
        <extracomment>%1 objects per second, %2 mebibytes per second</extracomment>
        <translation>%1 个对象/秒，%2 MiB/秒</translation>
    </message>
    <message>
        <source>The cancel came too late: the work was already complete.</source>
        <translation>取消太迟：工作已经完成。</translation>
    </message>
    <message>
        <source>Run in &amp;Background</source>
        <translation>在后台运行(&amp;B)</translation>
    </message>
    <message>
        <source>Hide this dialog and follow the operation in the Jobs dock. It goes on running.</source>
        <translation>隐藏此对话框，改在“作业”面板中查看操作进度。操作会继续运行。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>A run in the Jobs dock that ended in a failure; %1 why (one sentence)</extracomment>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Cancel Operation</source>
        <translation>取消操作</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>继续运行</translation>
    </message>
</context>
<context>
    <name>Colvault::JobSecretDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>保存到密钥链(&amp;R)</translation>
    </message>
    <message>
        <source>Runs from the app use it before the job&apos;s file. Scheduled runs always read the file.</source>
        <translation>从应用运行时优先使用它，其次才是作业的文件。定时运行始终读取文件。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Identity:</source>
        <translation>身份(&amp;I)：</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>运行(&amp;U)</translation>
    </message>
    <message>
        <source>Job Passphrase</source>
        <translation>作业口令</translation>
    </message>
    <message>
        <source>Job Identity</source>
        <translation>作业身份</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; needs an age identity to verify its archives, but it cannot be read from its files: %2

Enter the identity (AGE-SECRET-KEY-1…) for this run.</source>
        <extracomment>%1 a job&apos;s name, %2 why its file cannot be read (one sentence). Two paragraphs.</extracomment>
        <translation>作业“%1”需要 age 身份来校验其归档，但无法从其文件中读取身份：%2

请输入本次运行所用的身份（AGE-SECRET-KEY-1…）。</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>再次输入(&amp;P)：</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; encrypts its archives with the passphrase in its passphrase file, which cannot be read: %2

This run&apos;s archive will be encrypted with the passphrase you type here and can be restored only with exactly this passphrase. Type the job&apos;s own passphrase, twice.

Restore or fix the file %3: scheduled runs read it and fail without it.</source>
        <extracomment>%1 a job&apos;s name, %2 why its file cannot be read (one sentence), %3 the file&apos;s path. Three paragraphs.</extracomment>
        <translation>作业“%1”使用其口令文件中的口令加密归档，但该文件无法读取：%2

本次运行的归档将使用您在此处输入的口令加密，并且只能使用完全相同的口令恢复。请输入该作业自己的口令，输入两次。

请恢复或修复文件 %3：定时运行会读取该文件，缺少它就会失败。</translation>
    </message>
    <message>
        <source>The keychain could not remember it: %1
Click Run to run the job without remembering it; the next run asks again.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>密钥链无法保存它：%1
点击“运行”可在不保存的情况下运行作业；下次运行时会再次询问。</translation>
    </message>
</context>
<context>
    <name>Colvault::JobsDock</name>
    <message>
        <source>Jobs</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; wrote %2.</source>
        <translation>作业“%1”已写入 %2。</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is done, but some collections or tenants were skipped.</source>
        <translation>作业“%1”已完成，但跳过了部分集合或租户。</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is done: the backup is complete and verified.</source>
        <translation>作业“%1”已完成：备份完整且已校验。</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; failed: %2</source>
        <extracomment>%1 a job&apos;s name, %2 why it failed (one sentence)</extracomment>
        <translation>作业“%1”失败：%2</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; was canceled.</source>
        <translation>作业“%1”已取消。</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <extracomment>A button of the bar that tells of a failed job run; the mnemonic must not clash with the main window&apos;s</extracomment>
        <translation>关闭(&amp;M)</translation>
    </message>
    <message>
        <source>Hides this message until a job fails again.</source>
        <translation>隐藏此消息，直到再有作业失败。</translation>
    </message>
    <message>
        <source>Saved jobs</source>
        <translation>已保存的作业</translation>
    </message>
    <message>
        <source>The saved backup jobs with their schedule, next run and last result. Select one to see its runs.</source>
        <translation>已保存的备份作业及其定时计划、下次运行时间和上次结果。选择一个作业可查看其运行记录。</translation>
    </message>
    <message>
        <source>R&amp;un Now</source>
        <extracomment>The mnemonic must not clash with the main window&apos;s menus and toolbar</extracomment>
        <translation>立即运行(&amp;U)</translation>
    </message>
    <message>
        <source>Back up, verify the archive and apply the retention rules, as the schedule does</source>
        <translation>像定时计划一样执行备份、校验归档并应用保留规则</translation>
    </message>
    <message>
        <source>&amp;Delete Job…</source>
        <extracomment>The mnemonic must not clash with the main window&apos;s menus and toolbar</extracomment>
        <translation>删除作业(&amp;D)…</translation>
    </message>
    <message>
        <source>Runs of the selected job</source>
        <translation>所选作业的运行记录</translation>
    </message>
    <message>
        <source>Open Lo&amp;g</source>
        <extracomment>The mnemonic must not clash with the main window&apos;s menus and toolbar</extracomment>
        <translation>打开日志(&amp;G)</translation>
    </message>
    <message>
        <source>Restore from This Arch&amp;ive…</source>
        <extracomment>The mnemonic must not clash with the main window&apos;s menus and toolbar</extracomment>
        <translation>从此归档恢复(&amp;I)…</translation>
    </message>
    <message>
        <source>&lt;p&gt;The saved jobs cannot be read. %1&lt;/p&gt;</source>
        <extracomment>%1 why the jobs cannot be read (one sentence, naming the file)</extracomment>
        <translation>&lt;p&gt;无法读取已保存的作业。%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; has not run yet.</source>
        <extracomment>%1 a job&apos;s name</extracomment>
        <translation>作业“%1”尚未运行。</translation>
    </message>
    <message>
        <source>Runs of the job &quot;%1&quot;, newest first:</source>
        <extracomment>%1 a job&apos;s name</extracomment>
        <translation>作业“%1”的运行记录（最新的在前）：</translation>
    </message>
    <message numerus="yes">
        <source>Archive: %1. Retention removed %n older archive(s).</source>
        <extracomment>%1 the archive&apos;s path</extracomment>
        <translation>
            <numerusform>归档：%1。保留规则删除了 %n 个较旧的归档。</numerusform>
        </translation>
    </message>
    <message>
        <source>The API key of the connection %1 could not be read from the keychain: %2</source>
        <extracomment>%1 a connection profile&apos;s name, %2 the keychain&apos;s error message</extracomment>
        <translation>无法从密钥链读取连接 %1 的 API 密钥：%2</translation>
    </message>
    <message>
        <source>Run of the job &quot;%1&quot;</source>
        <extracomment>The progress dialog&apos;s title; %1 a job&apos;s name</extracomment>
        <translation>运行作业“%1”</translation>
    </message>
    <message>
        <source>The run was canceled before it was complete. Retention removed nothing.</source>
        <translation>运行在完成前被取消。保留规则未删除任何内容。</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; runs with the API key of the connection %2.</source>
        <extracomment>%1 a job&apos;s name, %2 a connection profile&apos;s name</extracomment>
        <translation>作业“%1”使用连接 %2 的 API 密钥运行。</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is running.</source>
        <translation>作业“%1”正在运行。</translation>
    </message>
    <message>
        <source>The backup is complete and verified, but some collections or tenants were skipped.</source>
        <translation>备份完整且已校验，但跳过了部分集合或租户。</translation>
    </message>
    <message>
        <source>The backup is complete and verified.</source>
        <translation>备份完整且已校验。</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <extracomment>%1 a job&apos;s name</extracomment>
        <translation>作业：%1</translation>
    </message>
    <message numerus="yes">
        <source>Retention removed %n older archive(s).</source>
        <translation>
            <numerusform>保留规则删除了 %n 个较旧的归档。</numerusform>
        </translation>
    </message>
    <message>
        <source>Log: %1</source>
        <extracomment>%1 the path of the run&apos;s log file</extracomment>
        <translation>日志：%1</translation>
    </message>
    <message>
        <source>Colvault</source>
        <translation>Colvault</translation>
    </message>
    <message>
        <source>Open Log</source>
        <translation>打开日志</translation>
    </message>
    <message>
        <source>The log %1 is no longer there; the newest 50 logs of each job are kept.</source>
        <translation>日志 %1 已不存在；每个作业只保留最新的 50 个日志。</translation>
    </message>
    <message>
        <source>No application opened the log %1. It is a text file for any text editor.</source>
        <translation>没有应用程序打开日志 %1。它是文本文件，可用任何文本编辑器打开。</translation>
    </message>
    <message>
        <source>Restore from This Archive</source>
        <translation>从此归档恢复</translation>
    </message>
    <message>
        <source>The archive %1 was removed by the retention rules of the run of %2.</source>
        <extracomment>%1 an archive&apos;s path, %2 when the later run started</extracomment>
        <translation>归档 %1 已被 %2 那次运行的保留规则删除。</translation>
    </message>
    <message>
        <source>Delete the job &quot;%1&quot;? Its schedule is removed as well. Its archives in %2 and its history are kept.</source>
        <extracomment>%1 a job&apos;s name, %2 the folder of its archives</extracomment>
        <translation>要删除作业“%1”吗？其定时计划也会被移除。其位于 %2 的归档和历史记录会保留。</translation>
    </message>
    <message>
        <source>Delete Job</source>
        <translation>删除作业</translation>
    </message>
    <message>
        <source>Deleted the job &quot;%1&quot;. Its archives in %2 are kept.</source>
        <extracomment>%1 a job&apos;s name, %2 the folder of its archives</extracomment>
        <translation>已删除作业“%1”。其位于 %2 的归档仍保留。</translation>
    </message>
    <message>
        <source>The last run of the job &quot;%1&quot; failed (%2): %3</source>
        <extracomment>%1 a job&apos;s name, %2 when the run started, %3 why it failed (one sentence)</extracomment>
        <translation>作业“%1”的上次运行失败（%2）：%3</translation>
    </message>
    <message numerus="yes">
        <source>The last runs of %n jobs failed: %1. Select a job to see why.</source>
        <extracomment>%1 the jobs&apos; names</extracomment>
        <translation>
            <numerusform>%n 个作业的上次运行失败：%1。选择一个作业可查看原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed job run</source>
        <translation>失败的作业运行</translation>
    </message>
    <message>
        <source>No saved jobs</source>
        <translation>没有已保存的作业</translation>
    </message>
    <message>
        <source>The selected run</source>
        <translation>所选的运行记录</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <extracomment>%1 the archive&apos;s path</extracomment>
        <translation>归档：%1</translation>
    </message>
    <message>
        <source>Ne&amp;w Job…</source>
        <extracomment>The mnemonic must not clash with the main window&apos;s menus and toolbar</extracomment>
        <translation>新建作业(&amp;W)…</translation>
    </message>
    <message>
        <source>Edit &amp;Job…</source>
        <extracomment>The mnemonic must not clash with the main window&apos;s menus and toolbar</extracomment>
        <translation>编辑作业(&amp;J)…</translation>
    </message>
    <message>
        <source>&lt;p&gt;No saved jobs yet. A job saves a backup to run again, by hand or on a schedule, with its retention rules. Create one with New Job…, or with colvault-cli, for example:&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;p&gt;Then schedule it with &lt;code&gt;colvault-cli job schedule nightly --daily&lt;/code&gt;. The jobs are kept in %2; they appear here as soon as they are saved.&lt;/p&gt;</source>
        <extracomment>%1 an example command line, %2 the folder of the saved jobs</extracomment>
        <translation>&lt;p&gt;尚无已保存的作业。作业会保存一次备份的设置及其保留规则，以便手动或按定时计划再次运行。请用“新建作业…”创建，或使用 colvault-cli，例如：&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;p&gt;然后用 &lt;code&gt;colvault-cli job schedule nightly --daily&lt;/code&gt; 为其设置定时计划。作业保存在 %2 中；保存后会立即显示在这里。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The secret of the job &quot;%1&quot; could not be read from the keychain: %2</source>
        <translation>无法从密钥链读取作业“%1”的机密信息：%2</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; did not run: its passphrase or identity was not given.</source>
        <extracomment>%1 a job&apos;s name</extracomment>
        <translation>作业“%1”未运行：未提供其口令或身份。</translation>
    </message>
    <message>
        <source>The keychain keeps the secret of the job &quot;%1&quot; for its runs from the app.</source>
        <extracomment>%1 a job&apos;s name</extracomment>
        <translation>密钥链会保存作业“%1”的机密信息，供从应用运行时使用。</translation>
    </message>
    <message>
        <source>The secret of the job &quot;%1&quot; could not be removed from the keychain: %2</source>
        <translation>无法从密钥链删除作业“%1”的机密信息：%2</translation>
    </message>
    <message>
        <source>Saved the job &quot;%1&quot;. Its archives will be named like %2.</source>
        <extracomment>%1 a job&apos;s name, %2 the path of the archive its next run writes</extracomment>
        <translation>已保存作业“%1”。其归档将以类似 %2 的形式命名。</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; runs %2.</source>
        <extracomment>%1 a job&apos;s name, %2 its schedule (&quot;daily at 02:00&quot;)</extracomment>
        <translation>作业“%1”的运行时间：%2。</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is not scheduled.</source>
        <translation>作业“%1”未设置定时。</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>定时计划</translation>
    </message>
    <message>
        <source>Saved jobs and their runs</source>
        <translation>已保存的作业及其运行记录</translation>
    </message>
    <message>
        <source>Cancel Run</source>
        <translation>取消运行</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; encrypts this run&apos;s archive with the passphrase given in the app, not the one in its file %2.</source>
        <extracomment>%1 a job&apos;s name, %2 a file&apos;s path</extracomment>
        <translation>作业“%1”使用在应用中提供的口令加密本次运行的归档，而不是其文件 %2 中的口令。</translation>
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
        <translation>连接到 Weaviate 服务器，以备份、恢复或清空其集合。</translation>
    </message>
    <message>
        <source>Filter collections</source>
        <translation>筛选集合</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>&amp;Edit Connection…</source>
        <translation>编辑连接(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;lear…</source>
        <translation>清空(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Colvault</source>
        <translation>关于 Colvault(&amp;A)</translation>
    </message>
    <message>
        <source>About Colvault</source>
        <translation>关于 Colvault</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Colvault %1&lt;/h3&gt;&lt;p&gt;Back up, restore and clear Weaviate collections.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <extracomment>%1 is the version number</extracomment>
        <translation>&lt;h3&gt;Colvault %1&lt;/h3&gt;&lt;p&gt;备份、恢复和清空 Weaviate 集合。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Back up the selected collections to an archive</source>
        <translation>将所选集合备份到归档</translation>
    </message>
    <message>
        <source>Reload the collections from the server</source>
        <translation>从服务器重新加载集合</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ollections</source>
        <translation>集合(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Connecting to %1.</source>
        <translation>正在连接到 %1。</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
    <message>
        <source>node health unknown</source>
        <translation>节点健康状况未知</translation>
    </message>
    <message>
        <source>none</source>
        <comment>modules</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>Connected to %1: Weaviate %2, %3. Modules: %4.</source>
        <extracomment>%1 server URL, %2 Weaviate version, %3 node health, %4 list of modules</extracomment>
        <translation>已连接到 %1：Weaviate %2，%3。模块：%4。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s)</source>
        <translation>
            <numerusform>%Ln 个集合</numerusform>
        </translation>
    </message>
    <message>
        <source>Node health is not available: %1</source>
        <translation>无法获取节点健康状况：%1</translation>
    </message>
    <message>
        <source>Open Archive</source>
        <translation>打开归档</translation>
    </message>
    <message>
        <source>Opened archive %1.</source>
        <translation>已打开归档 %1。</translation>
    </message>
    <message>
        <source>Shows only the collections whose name contains this text.</source>
        <translation>仅显示名称中包含此文本的集合。</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>集合</translation>
    </message>
    <message>
        <source>The collections of the connected server. Select one or more to back up or clear them; the context menu offers the same actions.</source>
        <translation>已连接服务器上的集合。选择一个或多个集合即可进行备份或清空；上下文菜单也提供相同的操作。</translation>
    </message>
    <message>
        <source>The extra headers of profile %1 were moved to the keychain.</source>
        <translation>连接配置 %1 的额外标头已移至密钥链。</translation>
    </message>
    <message>
        <source>The extra headers of profile %1 could not be moved to the keychain: %2</source>
        <extracomment>%1 profile name, %2 the keychain&apos;s error message</extracomment>
        <translation>无法将连接配置 %1 的额外标头移至密钥链：%2</translation>
    </message>
    <message>
        <source>&amp;Find Collections</source>
        <translation>查找集合(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>连接配置(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>系统默认</translation>
    </message>
    <message numerus="yes">
        <source>%Ln healthy node(s) of %1</source>
        <extracomment>%Ln healthy nodes, %1 all nodes</extracomment>
        <translation>
            <numerusform>%1 个节点中有 %Ln 个健康</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the clear with the backup %1.</source>
        <translation>正在使用备份 %1 撤销清空操作。</translation>
    </message>
    <message>
        <source>Keychain Not Available</source>
        <translation>密钥链不可用</translation>
    </message>
    <message>
        <source>The API key and the extra headers cannot be stored in the system keychain (%1). Colvault uses them until it quits; enter them again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>无法将 API 密钥和附加标头保存到系统密钥链（%1）。Colvault 会在退出前一直使用它们；下次启动后请重新输入。</translation>
    </message>
    <message>
        <source>Connecting: %1 at %2…</source>
        <extracomment>%1 profile name, %2 server URL</extracomment>
        <translation>正在连接：%1（%2）…</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>profile at URL</comment>
        <extracomment>%1 connection profile name, %2 server URL</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Connected: %1 at %2</source>
        <extracomment>%1 connection profile name, %2 server URL</extracomment>
        <translation>已连接：%1（%2）</translation>
    </message>
    <message>
        <source>Clear Collections on %1</source>
        <extracomment>%1 &quot;profile at URL&quot;, the server the wizard clears</extracomment>
        <translation>清空 %1 上的集合</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a Colvault archive. %2</source>
        <extracomment>%1 file name, %2 why it cannot be read (one sentence)</extracomment>
        <translation>无法将 %1 作为 Colvault 归档打开。%2</translation>
    </message>
    <message>
        <source>Restore %1 to %2</source>
        <extracomment>%1 the archive&apos;s file name, %2 &quot;profile at URL&quot;, the server it is restored to</extracomment>
        <translation>将 %1 恢复到 %2</translation>
    </message>
    <message>
        <source>Cancel Connecting</source>
        <translation>取消连接</translation>
    </message>
    <message>
        <source>Connecting was canceled.</source>
        <translation>连接已取消。</translation>
    </message>
    <message>
        <source>Connecting to %1… %2 Attempt %3 of %4 in %5.</source>
        <extracomment>%1 server URL, %2 why the last attempt failed (one sentence), %3 and %4 attempt numbers, %5 a duration such as &quot;2 s&quot;</extracomment>
        <translation>正在连接 %1… %2 %5 后进行第 %3 次尝试（共 %4 次）。</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>连接(&amp;N)</translation>
    </message>
    <message>
        <source>Ne&amp;w Connection…</source>
        <translation>新建连接(&amp;W)…</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>恢复(&amp;T)…</translation>
    </message>
    <message>
        <source>Open &amp;Archive…</source>
        <translation>打开归档(&amp;A)…</translation>
    </message>
    <message>
        <source>The new language is used when Colvault starts again. Restart it now?</source>
        <translation>新语言将在 Colvault 下次启动时使用。现在重新启动吗？</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>立即重新启动(&amp;R)</translation>
    </message>
    <message>
        <source>The API key cannot be stored in the system keychain (%1). Colvault uses it until it quits; enter it again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>无法将 API 密钥保存到系统密钥链（%1）。Colvault 会在退出前一直使用它；下次启动后请重新输入。</translation>
    </message>
    <message>
        <source>The extra headers cannot be stored in the system keychain (%1). Colvault uses them until it quits; enter them again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>无法将额外标头保存到系统密钥链（%1）。Colvault 会在退出前一直使用它们；下次启动后请重新输入。</translation>
    </message>
    <message>
        <source>&amp;Delete Connection…</source>
        <translation>删除连接(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the connection profile %1? Its API key and extra headers are removed from the keychain too.</source>
        <extracomment>%1 profile name</extracomment>
        <translation>删除连接配置 %1？其 API 密钥和额外标头也会从密钥链中删除。</translation>
    </message>
    <message>
        <source>Delete Connection</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <source>Deleted the connection profile %1.</source>
        <extracomment>%1 profile name</extracomment>
        <translation>已删除连接配置 %1。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Could not store the secrets of this connection in the keychain: %1</source>
        <translation>无法将此连接的机密信息保存到密钥链：%1</translation>
    </message>
    <message>
        <source>Could not read the secrets of this connection from the keychain: %1</source>
        <translation>无法从密钥链读取此连接的机密信息：%1</translation>
    </message>
    <message>
        <source>Delete the connection profile %1? Its API key, extra headers and proxy password are removed from the keychain too.</source>
        <extracomment>%1 profile name</extracomment>
        <translation>删除连接配置 %1？其 API 密钥、附加标头和代理密码也会从密钥链中移除。</translation>
    </message>
    <message>
        <source>The proxy password cannot be stored in the system keychain (%1). Colvault uses it until it quits; enter it again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>无法将代理密码保存到系统密钥链（%1）。Colvault 会在退出前一直使用它；下次启动后请重新输入。</translation>
    </message>
    <message>
        <source>The API key and the proxy password cannot be stored in the system keychain (%1). Colvault uses them until it quits; enter them again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>无法将 API 密钥和代理密码保存到系统密钥链（%1）。Colvault 会在退出前一直使用它们；下次启动后请重新输入。</translation>
    </message>
    <message>
        <source>The extra headers and the proxy password cannot be stored in the system keychain (%1). Colvault uses them until it quits; enter them again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>无法将附加标头和代理密码保存到系统密钥链（%1）。Colvault 会在退出前一直使用它们；下次启动后请重新输入。</translation>
    </message>
    <message>
        <source>The API key, the extra headers and the proxy password cannot be stored in the system keychain (%1). Colvault uses them until it quits; enter them again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>无法将 API 密钥、附加标头和代理密码保存到系统密钥链（%1）。Colvault 会在退出前一直使用它们；下次启动后请重新输入。</translation>
    </message>
    <message>
        <source>Connecting to %1 through the proxy %2.</source>
        <extracomment>%1 the server&apos;s URL, %2 the proxy&apos;s address</extracomment>
        <translation>正在通过代理 %2 连接到 %1。</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>作业(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>日志(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Copy to Server…</source>
        <translation>复制到服务器(&amp;C)…</translation>
    </message>
    <message>
        <source>Copy the selected collections to the server of another connection</source>
        <translation>将所选集合复制到另一个连接的服务器</translation>
    </message>
    <message>
        <source>Copy Collections from %1</source>
        <extracomment>%1 &quot;profile at URL&quot;, the server the collections are copied from</extracomment>
        <translation>从 %1 复制集合</translation>
    </message>
    <message>
        <source>Open from S&amp;3…</source>
        <translation>从 S3 打开(&amp;3)…</translation>
    </message>
    <message>
        <source>Open an archive from the S3 bucket of a storage profile</source>
        <translation>从存储配置的 S3 存储桶中打开归档</translation>
    </message>
    <message>
        <source>S&amp;torage Profiles…</source>
        <translation>存储配置(&amp;T)…</translation>
    </message>
    <message>
        <source>Save as &amp;Job…</source>
        <translation>另存为作业(&amp;J)…</translation>
    </message>
    <message>
        <source>Save a backup of the selected collections as a job, to run again or on a schedule</source>
        <translation>将所选集合的备份保存为作业，以便再次运行或按定时计划运行</translation>
    </message>
    <message>
        <source>Not available while a backup is running. Its progress is in the Jobs dock.</source>
        <translation>备份运行期间不可用。其进度显示在“作业”面板中。</translation>
    </message>
    <message>
        <source>Not available while another operation is running.</source>
        <translation>其他操作运行期间不可用。</translation>
    </message>
    <message>
        <source>Quit Colvault</source>
        <translation>退出 Colvault</translation>
    </message>
    <message>
        <source>A backup is still running in the background. Cancel it and quit Colvault? Choose No to keep it running.</source>
        <translation>仍有备份在后台运行。要取消它并退出 Colvault 吗？选择“否”可让它继续运行。</translation>
    </message>
    <message>
        <source>Canceling the backup, then quitting…</source>
        <translation>正在取消备份，然后退出…</translation>
    </message>
    <message>
        <source>Cancel and &amp;Quit</source>
        <translation>取消并退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Aliases…</source>
        <translation>别名(&amp;A)…</translation>
    </message>
    <message>
        <source>List, add, change and delete the server&apos;s collection aliases (Weaviate 1.32+)</source>
        <translation>列出、添加、更改和删除服务器的集合别名（Weaviate 1.32+）</translation>
    </message>
    <message>
        <source>Colvault archives (*.tar.zst *.tar.gz *.tar.xz *.tar *.age);;All files (*)</source>
        <translation>Colvault 归档 (*.tar.zst *.tar.gz *.tar.xz *.tar *.age);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Colvault::OperationWizardBase</name>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>详细信息：</translation>
    </message>
</context>
<context>
    <name>Colvault::RestoreArchivePage</name>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>What the archive holds. Verify reads all of it and checks every checksum.</source>
        <translation>归档中包含的内容。“校验”会读取整个归档并检查每个校验和。</translation>
    </message>
    <message>
        <source>Collection or tenant</source>
        <translation>集合或租户</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Select a collection to see its schema.</source>
        <translation>选择一个集合以查看其架构。</translation>
    </message>
    <message>
        <source>Verification canceled.</source>
        <translation>校验已取消。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <extracomment>%1 a file path</extracomment>
        <translation>正在读取 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s) in this archive.</source>
        <translation>
            <numerusform>此归档中有 %Ln 个集合。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s) in this archive. Connect to a server to restore it.</source>
        <translation>
            <numerusform>此归档中有 %Ln 个集合。连接到服务器后即可恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s)</source>
        <translation>
            <numerusform>%Ln 个租户</numerusform>
        </translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation>尚未校验。</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>正在校验…</translation>
    </message>
    <message numerus="yes">
        <source>The archive is intact: %Ln object(s), every checksum matches.</source>
        <translation>
            <numerusform>归档完整无损：%Ln 个对象，所有校验和均匹配。</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive is incomplete: it has no valid trailer.</source>
        <translation>归档不完整：没有有效的尾部记录。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Collections and tenants in the archive</source>
        <translation>归档中的集合和租户</translation>
    </message>
    <message>
        <source>Schema of the selected collection</source>
        <translation>所选集合的架构</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>校验(&amp;V)</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>校验进度</translation>
    </message>
    <message>
        <source>Created %1 from %2 (Weaviate %3) by Colvault %4. Size: %5.</source>
        <extracomment>%1 date and time, %2 source URL, %3 Weaviate version, %4 Colvault version, %5 file size</extracomment>
        <translation>由 Colvault %4 于 %1 从 %2（Weaviate %3）创建。大小：%5。</translation>
    </message>
    <message>
        <source>Press &quot;Verify&quot; to count the objects.</source>
        <translation>点击“校验”以统计对象数。</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>object count</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>The archive is incomplete, so its object counts are unknown.</source>
        <translation>归档不完整，因此其对象数量未知。</translation>
    </message>
</context>
<context>
    <name>Colvault::RestoreDiffPage</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>What the restore will do. Blocking problems are listed first and must be solved before restoring.</source>
        <translation>恢复将执行的操作。阻止性问题列在最前面，必须先解决才能恢复。</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>集合</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Comparing the archive with the server…</source>
        <translation>正在将归档与服务器进行比较…</translation>
    </message>
    <message>
        <source>%1 to create, %2 to overwrite, %3 to skip, %4 unchanged</source>
        <extracomment>object counts of a restore: %1 to create, %2 to overwrite, %3 to skip, %4 unchanged</extracomment>
        <translation>新建 %1，覆盖 %2，跳过 %3，不变 %4</translation>
    </message>
    <message>
        <source>Blocking problems</source>
        <translation>阻止性问题</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) must be solved first</source>
        <translation>
            <numerusform>必须先解决 %Ln 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Replace: drop and create again</source>
        <translation>替换：删除后重新创建</translation>
    </message>
    <message>
        <source>Use the existing collection</source>
        <translation>使用现有集合</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>%1 the name in the archive, %2 the name on the server</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Property %1 is %2 in the archive but %3 on the server: its values cannot be written. Restore under another name or in replace mode.</source>
        <extracomment>%1 property, %2 its type in the archive, %3 its type on the server</extracomment>
        <translation>属性 %1 在归档中为 %2，但在服务器上为 %3：无法写入其值。请以其他名称恢复，或使用替换模式。</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Property %1 is only in the archive and is added.</source>
        <translation>属性 %1 仅存在于归档中，将被添加。</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Module %1 is not enabled on the server.</source>
        <translation>服务器上未启用模块 %1。</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Replication factor %1 (archived: %2).</source>
        <extracomment>%1 the new replication factor, %2 the archived one</extracomment>
        <translation>复制因子 %1（归档中：%2）。</translation>
    </message>
    <message>
        <source>Tenant is created.</source>
        <translation>将创建租户。</translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <extracomment>%1 a tenant name</extracomment>
        <translation>租户 %1</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>What the restore will do</source>
        <translation>恢复将执行的操作</translation>
    </message>
    <message>
        <source>Only on server</source>
        <translation>仅在服务器上</translation>
    </message>
    <message>
        <source>Property %1 is only on the server. It is kept; the restored objects have no value for it.</source>
        <translation>属性 %1 仅存在于服务器上。该属性将予以保留；恢复的对象没有该属性的值。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) in the archive. Collections: %1; objects to write: %2. The restore is blocked.</source>
        <translation>
            <numerusform>归档中有 %Ln 个对象。集合数：%1；待写入对象：%2 个。恢复已被阻止。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) in the archive. Collections: %1; objects to write: %2.</source>
        <translation>
            <numerusform>归档中有 %Ln 个对象。集合数：%1；待写入对象：%2 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>To skip: objects already on the server that merge keeps as they are. Unchanged: objects equal on the server and in the archive, which overwrite does not write again.</source>
        <translation>跳过：服务器上已有、合并时保持原样的对象。不变：服务器与归档中相同、覆盖时不会再次写入的对象。</translation>
    </message>
    <message>
        <source>Restore Under Another &amp;Name…</source>
        <translation>以其他名称恢复(&amp;N)…</translation>
    </message>
    <message>
        <source>Choose Another &amp;Mode…</source>
        <translation>选择其他模式(&amp;M)…</translation>
    </message>
    <message>
        <source>Tenant is created and then made %1.</source>
        <extracomment>%1 a tenant status in words, e.g. &quot;inactive&quot;</extracomment>
        <translation>创建租户，然后设为“%1”。</translation>
    </message>
    <message>
        <source>Tenant already exists and is %1: it is made active for loading, then put back.</source>
        <extracomment>%1 a tenant status in words, e.g. &quot;inactive&quot;</extracomment>
        <translation>租户已存在，状态为“%1”：加载时将其激活，之后恢复原状态。</translation>
    </message>
    <message>
        <source>Tenant already exists and is %1.</source>
        <extracomment>%1 a tenant status in words, e.g. &quot;active&quot;</extracomment>
        <translation>租户已存在，状态为“%1”。</translation>
    </message>
    <message>
        <source>What the copy will do. Blocking problems are listed first and must be solved before copying.</source>
        <translation>复制将执行的操作。阻止性问题列在最前面，必须先解决才能复制。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>To skip: objects already on the target that merge keeps as they are. Unchanged: objects equal on the source and the target, which overwrite does not write again.</source>
        <translation>跳过：目标服务器上已有、合并时保持原样的对象。不变：源服务器与目标服务器上相同、覆盖时不会再次写入的对象。</translation>
    </message>
    <message>
        <source>What the copy will do</source>
        <translation>复制将执行的操作</translation>
    </message>
    <message>
        <source>Copy Under Another &amp;Name…</source>
        <translation>以其他名称复制(&amp;N)…</translation>
    </message>
    <message>
        <source>Property %1 is %2 on the source but %3 on the target: its values cannot be written. Copy under another name or in replace mode.</source>
        <translation>属性 %1 在源服务器上为 %2，但在目标服务器上为 %3：无法写入其值。请以其他名称复制，或使用替换模式。</translation>
    </message>
    <message>
        <source>Property %1 is only on the source and is added to the target.</source>
        <translation>属性 %1 仅存在于源服务器上，将被添加到目标服务器。</translation>
    </message>
    <message>
        <source>Only on target</source>
        <translation>仅在目标服务器上</translation>
    </message>
    <message>
        <source>Property %1 is only on the target. It is kept; the copied objects have no value for it.</source>
        <translation>属性 %1 仅存在于目标服务器上。该属性将予以保留；复制的对象没有该属性的值。</translation>
    </message>
    <message>
        <source>Module %1 is not enabled on the target server.</source>
        <translation>目标服务器上未启用模块 %1。</translation>
    </message>
    <message>
        <source>Replication factor %1 (on the source: %2).</source>
        <translation>复制因子 %1（源服务器上：%2）。</translation>
    </message>
    <message>
        <source>Comparing the source with the target server…</source>
        <translation>正在将源服务器与目标服务器进行比较…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) on the source. Collections: %1; objects to write: %2. The copy is blocked.</source>
        <translation>
            <numerusform>源服务器上有 %Ln 个对象。集合数：%1；待写入对象：%2 个。复制已被阻止。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) on the source. Collections: %1; objects to write: %2.</source>
        <translation>
            <numerusform>源服务器上有 %Ln 个对象。集合数：%1；待写入对象：%2 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Alias %1 is created, pointing at %2 once its object counts are verified.</source>
        <translation>对象数量校验通过后，将创建别名 %1，指向 %2。</translation>
    </message>
    <message>
        <source>Alias %1 is created, pointing at %2.</source>
        <translation>将创建别名 %1，指向 %2。</translation>
    </message>
    <message>
        <source>Alias %1 already points at %2.</source>
        <translation>别名 %1 已指向 %2。</translation>
    </message>
    <message>
        <source>Alias %1 is switched from %3 to %2 once its object counts are verified. %3 is kept, so the alias can be switched back.</source>
        <translation>对象数量校验通过后，别名 %1 将从 %3 切换到 %2。%3 会保留，因此可以将别名切换回去。</translation>
    </message>
    <message>
        <source>Alias %1 is moved from %3 to %2.</source>
        <extracomment>%1 alias, %2 the restored collection, %3 the collection it points at now</extracomment>
        <translation>别名 %1 将从 %3 改为指向 %2。</translation>
    </message>
    <message>
        <source>Alias %1 points at %3 on the server, so it cannot point at %2.</source>
        <extracomment>%1 alias, %2 the restored collection, %3 the collection it points at now</extracomment>
        <translation>别名 %1 在服务器上指向 %3，因此无法指向 %2。</translation>
    </message>
    <message>
        <source>Alias %1</source>
        <extracomment>%1 an alias name</extracomment>
        <translation>别名 %1</translation>
    </message>
    <message>
        <source>Vectors</source>
        <translation>向量</translation>
    </message>
    <message>
        <source>None: the objects are written without them.</source>
        <translation>无：写入对象时不包含向量。</translation>
    </message>
    <message>
        <source>Vector %1</source>
        <extracomment>%1 the name of a named vector</extracomment>
        <translation>向量 %1</translation>
    </message>
    <message>
        <source>None: the objects are written without it.</source>
        <translation>无：写入对象时不包含该向量。</translation>
    </message>
    <message numerus="yes">
        <source>The target&apos;s %1 will embed %n object(s).</source>
        <extracomment>%1 a vectorizer module of the target (text2vec-openai), %n objects</extracomment>
        <translation>
            <numerusform>目标服务器的 %1 将为 %n 个对象生成向量。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::RestoreOptionsPage</name>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>How and what to restore. Preview shows what would change; nothing is written before Restore.</source>
        <translation>恢复的方式和内容。“预览”会显示将发生的变更；点击“恢复”之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>New: the collections must not exist</source>
        <translation>新建：集合必须不存在</translation>
    </message>
    <message>
        <source>Merge: add missing objects and properties</source>
        <translation>合并：添加缺失的对象和属性</translation>
    </message>
    <message>
        <source>Overwrite: like merge, archived objects replace existing ones</source>
        <translation>覆盖：与合并相同，但归档中的对象会替换现有对象</translation>
    </message>
    <message>
        <source>Replace: drop the collections first</source>
        <translation>替换：先删除集合</translation>
    </message>
    <message>
        <source>Collection or tenant</source>
        <translation>集合或租户</translation>
    </message>
    <message>
        <source>Restore as</source>
        <translation>恢复为</translation>
    </message>
    <message>
        <source>As archived</source>
        <translation>与归档相同</translation>
    </message>
    <message>
        <source>Nothing existing is touched; a collection that already exists blocks the restore.</source>
        <translation>不改动任何现有内容；如果集合已存在，将阻止恢复。</translation>
    </message>
    <message>
        <source>Existing objects are kept; missing objects and properties are added.</source>
        <translation>保留现有对象；添加缺失的对象和属性。</translation>
    </message>
    <message>
        <source>Objects with the same id are replaced by the archived ones.</source>
        <translation>ID 相同的对象将被归档中的对象替换。</translation>
    </message>
    <message>
        <source>Existing collections are deleted first. You will type their names to confirm.</source>
        <translation>将先删除现有集合。您需要输入这些集合的名称以确认。</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>Collections to restore and their target names</source>
        <translation>要恢复的集合及其目标名称</translation>
    </message>
    <message>
        <source>&amp;Schema only (no objects)</source>
        <translation>仅架构（不含对象）(&amp;S)</translation>
    </message>
    <message>
        <source>Set every &amp;vectorizer to &quot;none&quot; (objects keep their vectors)</source>
        <translation>将所有向量化器设为“none”（对象保留其向量）(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Replication factor:</source>
        <translation>复制因子(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>Restore the selected collection under another name (F2)</source>
        <translation>以其他名称恢复所选集合 (F2)</translation>
    </message>
    <message>
        <source>To restore a collection under another name, select it and press F2 or Rename, then type the name in &quot;Restore as&quot;.</source>
        <translation>要以其他名称恢复集合，请选中它并按 F2 或“重命名”，然后在“恢复为”中输入名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not selected for the restore, so it cannot be renamed. Tick it first.</source>
        <translation>“%1”未被选中恢复，因此无法重命名。请先勾选它。</translation>
    </message>
    <message>
        <source>Vectors:</source>
        <translation>向量：</translation>
    </message>
    <message>
        <source>Restore &amp;beside the current collection, as a new collection</source>
        <translation>作为新集合恢复到当前集合旁边(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Then switch this alias to it:</source>
        <translation>然后将此别名切换到新集合(&amp;T)：</translation>
    </message>
    <message>
        <source>Alias to switch to the new collection</source>
        <translation>要切换到新集合的别名</translation>
    </message>
    <message>
        <source>Aliases of the current collection</source>
        <translation>当前集合的别名</translation>
    </message>
    <message>
        <source>Tick only one collection that exists on the server to restore it beside the current one.</source>
        <translation>若要将集合恢复到当前集合旁边，请只勾选一个服务器上已存在的集合。</translation>
    </message>
    <message>
        <source>%1 stays as it is. The archive is restored into %1_yyyyMMddHHmmss (UTC), or the name typed in &quot;Restore as&quot;; once the new collection&apos;s object counts are verified, the alias is switched to it in one request.</source>
        <extracomment>%1 a collection on the server; the new one is named %1_ followed by the UTC date and time</extracomment>
        <translation>%1 保持不变。归档将恢复到 %1_yyyyMMddHHmmss（UTC），或“恢复为”中输入的名称；新集合的对象数量校验通过后，别名将通过一次请求切换到新集合。</translation>
    </message>
    <message>
        <source>%1 stays as it is. The archive is restored into %1_yyyyMMddHHmmss (UTC), or the name typed in &quot;Restore as&quot;.</source>
        <extracomment>%1 a collection on the server; the new one is named %1_ followed by the UTC date and time</extracomment>
        <translation>%1 保持不变。归档将恢复到 %1_yyyyMMddHHmmss（UTC），或“恢复为”中输入的名称。</translation>
    </message>
    <message>
        <source>A new collection is created beside the existing one, which is not touched.</source>
        <translation>在现有集合旁边创建一个新集合，现有集合保持不变。</translation>
    </message>
</context>
<context>
    <name>Colvault::RestoreWizard</name>
    <message>
        <source>Replace mode drops the existing collections before restoring.</source>
        <translation>替换模式会在恢复前删除现有集合。</translation>
    </message>
    <message>
        <source>Restore from %1 complete.</source>
        <extracomment>%1 archive file</extracomment>
        <translation>已从 %1 完成恢复。</translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation>恢复失败：%1</translation>
    </message>
    <message>
        <source>Restore canceled.</source>
        <translation>恢复已取消。</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <extracomment>%1 the archive&apos;s file name</extracomment>
        <translation>归档 %1</translation>
    </message>
    <message>
        <source>The restore finished, but not everything was restored.</source>
        <translation>恢复已结束，但并非所有内容都已恢复。</translation>
    </message>
    <message>
        <source>The restore is complete.</source>
        <translation>恢复已完成。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) written.</source>
        <translation>
            <numerusform>已写入 %Ln 个对象。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference(s) added.</source>
        <translation>
            <numerusform>已添加 %Ln 个引用。</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>count</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>耗时：%1</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more failure(s).</source>
        <translation>
            <numerusform>…以及另外 %Ln 个失败项。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel the restore? What was written so far stays on the server.</source>
        <translation>要取消恢复吗？已写入的内容将保留在服务器上。</translation>
    </message>
    <message>
        <source>The restore failed.</source>
        <translation>恢复失败。</translation>
    </message>
    <message>
        <source>The restore was canceled.</source>
        <translation>恢复已取消。</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>正在恢复</translation>
    </message>
    <message>
        <source>Cancel stops the restore. What was written until then stays on the server.</source>
        <translation>点击“取消”可停止恢复。在此之前已写入的内容将保留在服务器上。</translation>
    </message>
    <message>
        <source>Starting the restore…</source>
        <translation>正在开始恢复…</translation>
    </message>
    <message>
        <source>What the restore did.</source>
        <translation>恢复操作的执行结果。</translation>
    </message>
    <message>
        <source>No objects had been written when the restore stopped.</source>
        <translation>恢复停止时尚未写入任何对象。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) had been written when the restore stopped.</source>
        <translation>
            <numerusform>恢复停止时已写入 %Ln 个对象。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace mode may already have dropped %1.</source>
        <extracomment>%1 a list of collections</extracomment>
        <translation>替换模式可能已经删除了 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Replace mode first deletes %Ln collection(s) on the server with all their objects: %1. They are then restored from the archive.</source>
        <extracomment>%1 a list of collection names</extracomment>
        <translation>
            <numerusform>替换模式会先删除服务器上的 %Ln 个集合及其所有对象：%1。然后再从归档中恢复这些集合。</numerusform>
        </translation>
    </message>
    <message>
        <source>The restore from %1 started.</source>
        <extracomment>%1 archive file</extracomment>
        <translation>已开始从 %1 恢复。</translation>
    </message>
    <message>
        <source>%1: objects on the server: %2, expected: %3.</source>
        <extracomment>%1 collection (and tenant), %2 objects counted on the server afterwards, %3 objects expected; both may be &quot;unknown&quot;</extracomment>
        <translation>%1：服务器上的对象数：%2，预期：%3。</translation>
    </message>
    <message>
        <source>Object %2 of %1: %3</source>
        <translation>%1 的对象 %2：%3</translation>
    </message>
    <message>
        <source>Object %3 of %1, tenant %2: %4</source>
        <translation>%1（租户 %2）的对象 %3：%4</translation>
    </message>
    <message>
        <source>Collections and tenants created so far stay on the server. Restore again in overwrite mode to complete the restore.</source>
        <translation>目前已创建的集合和租户将保留在服务器上。请使用覆盖模式再次恢复，以完成此次恢复。</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2.</source>
        <translation>别名 %1 现在指向 %2。</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2 (it pointed at %3, which is kept). To switch back: %4</source>
        <extracomment>%1 alias, %2 the collection it points at now, %3 the one it pointed at before, %4 a command line</extracomment>
        <translation>别名 %1 现在指向 %2（之前指向 %3，该集合会保留）。切换回去的方法：%4</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2. To undo: %3</source>
        <extracomment>%1 alias, %2 collection, %3 a command line</extracomment>
        <translation>别名 %1 现在指向 %2。撤销方法：%3</translation>
    </message>
</context>
<context>
    <name>Colvault::StorageArchiveDialog</name>
    <message>
        <source>Open Archive from S3</source>
        <translation>从 S3 打开归档</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Archives in the bucket</source>
        <translation>存储桶中的归档</translation>
    </message>
    <message>
        <source>Pick an archive above or type its name under the prefix</source>
        <translation>在上方选择归档，或输入其名称（前缀之后的部分）</translation>
    </message>
    <message>
        <source>Archive name</source>
        <translation>归档名称</translation>
    </message>
    <message>
        <source>Storage &amp;profile:</source>
        <translation>存储配置(&amp;P)：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <source>No storage profile yet: add one under Storage Profiles…</source>
        <translation>尚无存储配置，请在“文件”菜单中添加：存储配置…</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>正在列出…</translation>
    </message>
    <message>
        <source>No archives under this prefix.</source>
        <translation>此前缀下没有归档。</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln archive(s); type the name of another.</source>
        <translation>
            <numerusform>前 %Ln 个归档；如需其他归档，请输入其名称。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln archive(s).</source>
        <translation>
            <numerusform>%Ln 个归档。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::StorageProfileDialog</name>
    <message>
        <source>Storage Profiles</source>
        <translation>存储配置</translation>
    </message>
    <message>
        <source>Storage profiles</source>
        <translation>存储配置列表</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Empty for Amazon S3; e.g. http://127.0.0.1:9000</source>
        <translation>Amazon S3 请留空；例如 http://127.0.0.1:9000</translation>
    </message>
    <message>
        <source>Optional, e.g. weaviate/nightly</source>
        <translation>可选，例如 weaviate/nightly</translation>
    </message>
    <message>
        <source>Automatic (path style for an IP address or localhost)</source>
        <translation>自动（IP 地址或 localhost 使用路径样式）</translation>
    </message>
    <message>
        <source>Path style: ENDPOINT/BUCKET/KEY</source>
        <translation>路径样式：ENDPOINT/BUCKET/KEY</translation>
    </message>
    <message>
        <source>Virtual-hosted: BUCKET.ENDPOINT/KEY</source>
        <translation>虚拟主机样式：BUCKET.ENDPOINT/KEY</translation>
    </message>
    <message>
        <source>Empty: keys from the environment or ~/.aws</source>
        <translation>留空：使用环境变量或 ~/.aws 中的密钥</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings file.</source>
        <translation>保存在系统密钥链中，绝不会写入设置文件。</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>端点 URL(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>存储桶(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>前缀(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Addressing:</source>
        <translation>寻址方式(&amp;A)：</translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation>访问密钥 ID(&amp;K)：</translation>
    </message>
    <message>
        <source>Se&amp;cret access key:</source>
        <translation>秘密访问密钥(&amp;C)：</translation>
    </message>
    <message>
        <source>Archives go to:</source>
        <translation>归档存放位置：</translation>
    </message>
    <message>
        <source>The secret key could not be read from the keychain: %1</source>
        <translation>无法从密钥链读取秘密访问密钥：%1</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>请输入配置的名称。</translation>
    </message>
    <message>
        <source>Enter the bucket&apos;s name: 3 to 63 lowercase letters, digits, dots and hyphens.</source>
        <translation>请输入存储桶名称：3 到 63 个小写字母、数字、点和连字符。</translation>
    </message>
    <message>
        <source>The endpoint must be an http:// or https:// URL, or empty for Amazon S3.</source>
        <translation>端点必须是 http:// 或 https:// URL；使用 Amazon S3 时请留空。</translation>
    </message>
    <message>
        <source>Enter both the access key ID and the secret access key, or neither.</source>
        <translation>请同时输入访问密钥 ID 和秘密访问密钥，或者都不输入。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>The secret key could not be stored in the keychain: %1. It is kept until Colvault quits.</source>
        <translation>无法将秘密访问密钥保存到密钥链：%1。Colvault 会在退出前一直保留它。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>The test failed.</source>
        <translation>测试失败。</translation>
    </message>
    <message>
        <source>Connected: the bucket is there and the keys are accepted.</source>
        <translation>已连接：存储桶存在，且密钥已被接受。</translation>
    </message>
    <message>
        <source>e.g. eu-central-1; empty: the environment&apos;s region</source>
        <translation>例如 eu-central-1；留空：使用环境中的区域</translation>
    </message>
</context>
<context>
    <name>Colvault::TenantFilter</name>
    <message>
        <source>Filter tenants</source>
        <translation>筛选租户</translation>
    </message>
    <message>
        <source>Shows only the tenants and collections whose name contains this text, or matches it as a pattern: acme-*, t?, [a-c]*.</source>
        <translation>仅显示名称中包含此文本、或与此文本作为通配模式相匹配的租户和集合：acme-*、t?、[a-c]*。</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln tenant(s). Ticking a collection ticks or clears only the tenants shown; hidden tenants keep their state.</source>
        <extracomment>%1 the number of tenants shown</extracomment>
        <translation>
            <numerusform>正在显示 %Ln 个租户中的 %1 个。勾选集合只会勾选或取消显示的租户；隐藏的租户保持原状态。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln tenant(s).</source>
        <translation>
            <numerusform>正在显示 %Ln 个租户中的 %1 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden by the filter but still selected: %Ln tenant(s).</source>
        <translation>
            <numerusform>已被筛选隐藏但仍处于选中状态的租户：%Ln 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Plain text is found anywhere in a name, in any case: &quot;acme&quot; finds ACME-1 and old-acme.
A pattern with *, ? or [ ] matches whole names, case-sensitively: acme-* finds acme-1 but not ACME-1; [ab]* finds names that start with a or b; [!x]* those that do not start with x.</source>
        <translation>纯文本可出现在名称中的任意位置，不区分大小写：“acme”可匹配 ACME-1 和 old-acme。
包含 *、? 或 [ ] 的通配模式匹配完整名称，区分大小写：acme-* 可匹配 acme-1，但不匹配 ACME-1；[ab]* 匹配以 a 或 b 开头的名称；[!x]* 匹配不以 x 开头的名称。</translation>
    </message>
    <message>
        <source>Filter tenants: text, or a pattern such as acme-* or [ab]*</source>
        <translation>筛选租户：文本，或 acme-*、[ab]* 之类的通配模式</translation>
    </message>
    <message>
        <source>Filter collections: text, or a pattern such as acme-* or [ab]*</source>
        <translation>筛选集合：文本，或 acme-*、[ab]* 之类的通配模式</translation>
    </message>
</context>
<context>
    <name>Colvault::ThroughputPlot</name>
    <message>
        <source>%1 objects/s</source>
        <extracomment>The throughput plot&apos;s label: the latest rate, %1 is a number of objects per second</extracomment>
        <translation>%1 个对象/秒</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>No throughput measured yet.</source>
        <translation>尚未测得吞吐量。</translation>
    </message>
    <message>
        <source>Now %1 objects/s, peak %2 objects/s.</source>
        <extracomment>%1 the latest, %2 the highest objects per second of the plot</extracomment>
        <translation>当前 %1 个对象/秒，峰值 %2 个对象/秒。</translation>
    </message>
</context>
<context>
    <name>Colvault::VectorsChoice</name>
    <message>
        <source>The objects are restored with the vectors the archive holds</source>
        <translation>恢复对象时包含归档中的向量</translation>
    </message>
    <message>
        <source>The objects are copied with the vectors the source holds</source>
        <translation>复制对象时包含源服务器中的向量</translation>
    </message>
    <message>
        <source>&amp;Leave them out and let the target compute new ones with:</source>
        <translation>不包含向量，由目标服务器使用以下模块计算新向量(&amp;L)：</translation>
    </message>
    <message>
        <source>Vectorizer module of the target</source>
        <translation>目标服务器的向量化器模块</translation>
    </message>
    <message>
        <source>The created collections get this module of the target for their vector and every named vector; the target embeds the objects as they are written. To choose a module per named vector, use the command line&apos;s --vectorizer NAME=MODULE.</source>
        <translation>新创建的集合将使用目标服务器的此模块作为其向量及每个命名向量的向量化器；目标服务器会在写入对象时为其生成向量。若要为每个命名向量分别选择模块，请使用命令行选项 --vectorizer NAME=MODULE。</translation>
    </message>
    <message>
        <source>The server&apos;s modules could not be read.</source>
        <translation>无法读取服务器的模块。</translation>
    </message>
    <message>
        <source>Reading the target&apos;s modules…</source>
        <translation>正在读取目标服务器的模块…</translation>
    </message>
    <message>
        <source>The target&apos;s modules could not be read (%1), so the vectors can only be kept.</source>
        <extracomment>%1 the server&apos;s error message</extracomment>
        <translation>无法读取目标服务器的模块（%1），因此只能保留向量。</translation>
    </message>
    <message>
        <source>The target has no vectorizer module (text2vec-… and the like), so the vectors can only be kept.</source>
        <translation>目标服务器没有向量化器模块（text2vec-… 之类），因此只能保留向量。</translation>
    </message>
    <message>
        <source>Modules not read</source>
        <translation>未能读取模块</translation>
    </message>
    <message>
        <source>No vectorizer module on the target</source>
        <translation>目标服务器上没有向量化器模块</translation>
    </message>
    <message>
        <source>Restore the ve&amp;ctors</source>
        <translation>恢复向量(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the ve&amp;ctors</source>
        <translation>复制向量(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Colvault::WizardRunPage</name>
    <message>
        <source>Cancel the running operation?</source>
        <translation>要取消正在运行的操作吗？</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save Failures…</source>
        <translation>保存失败项(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>CopyArchive</name>
    <message>
        <source>A copy cannot encrypt its archive to recipients: it reads the archive back to verify it, which only an identity can. Use a passphrase, or back up separately to encrypt to recipients.</source>
        <translation>复制操作无法针对接收者加密其归档：它要读回归档进行校验，而只有身份才能读取。请使用口令，或另行备份以针对接收者加密。</translation>
    </message>
    <message>
        <source>A copy cannot write its archive to S3 (%1): it verifies the archive before giving it its name, and an object in S3 cannot be renamed. Give a local file and upload it afterwards.</source>
        <translation>复制操作无法将其归档写入 S3（%1）：它要先校验归档，再为其命名，而 S3 中的对象无法重命名。请指定本地文件，之后再上传。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; give the archive&apos;s file name.</source>
        <translation>“%1”是文件夹；请提供归档的文件名。</translation>
    </message>
    <message>
        <source>The folder of the archive &quot;%1&quot; does not exist.</source>
        <translation>归档“%1”所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>Cannot save the archive as &quot;%1&quot;.</source>
        <translation>无法将归档保存为“%1”。</translation>
    </message>
    <message>
        <source>Verifying the archive: %1 of %2</source>
        <extracomment>%1 and %2 data sizes</extracomment>
        <translation>正在校验归档：%1 / %2</translation>
    </message>
    <message>
        <source>The archive of the copy failed verification and was not kept. %1</source>
        <extracomment>%1 why, one sentence</extracomment>
        <translation>复制内容的归档未通过校验，因此未保留。%1</translation>
    </message>
    <message>
        <source>Objects copied: %1; objects in the archive: %2.</source>
        <extracomment>%1 objects copied, %2 objects the archive holds</extracomment>
        <translation>已复制的对象：%1；归档中的对象：%2。</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <source>Copy collections to another server, showing the plan first.</source>
        <translation>将集合复制到另一台服务器，并先显示计划。</translation>
    </message>
    <message>
        <source>The target server&apos;s URL (required).</source>
        <translation>目标服务器的 URL（必需）。</translation>
    </message>
    <message>
        <source>Read the target&apos;s API key from this file (&quot;-&quot;: standard input).</source>
        <translation>从此文件读取目标服务器的 API 密钥（“-”：标准输入）。</translation>
    </message>
    <message>
        <source>Extra HTTP header for the target, e.g. &quot;X-OpenAI-Api-Key: sk-…&quot;. Repeatable.</source>
        <translation>发送给目标服务器的额外 HTTP 标头，例如“X-OpenAI-Api-Key: sk-…”。可重复使用。</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file for the target.</source>
        <translation>对目标服务器信任此 PEM 文件中的 CA 证书。</translation>
    </message>
    <message>
        <source>Do not verify the target&apos;s TLS certificate (unsafe).</source>
        <translation>不验证目标服务器的 TLS 证书（不安全）。</translation>
    </message>
    <message>
        <source>Address of the target&apos;s gRPC API: grpc://HOST:PORT or grpcs://HOST:PORT (default: the target&apos;s host, port 50051).</source>
        <translation>目标服务器 gRPC API 的地址：grpc://HOST:PORT 或 grpcs://HOST:PORT（默认：目标服务器的主机，端口 50051）。</translation>
    </message>
    <message>
        <source>Port of the target&apos;s gRPC API on the target&apos;s host (default 50051).</source>
        <translation>目标服务器主机上 gRPC API 的端口（默认 50051）。</translation>
    </message>
    <message>
        <source>new (default: the collection must not exist on the target), merge (add missing objects), overwrite (copied objects replace existing ones), replace (drop the target&apos;s collection first).</source>
        <translation>new（默认：目标服务器上必须不存在该集合）、merge（添加缺失的对象）、overwrite（复制的对象替换现有对象）、replace（先删除目标服务器上的集合）。</translation>
    </message>
    <message>
        <source>Copy collection OLD as NEW. Repeatable.</source>
        <translation>将集合 OLD 复制为 NEW。可重复使用。</translation>
    </message>
    <message>
        <source>Show what would be copied; write nothing.</source>
        <translation>显示将要复制的内容；不写入任何内容。</translation>
    </message>
    <message>
        <source>Do not ask before copying; with --confirm, allows replacing collections.</source>
        <translation>复制前不进行询问；与 --confirm 一起使用时允许替换集合。</translation>
    </message>
    <message>
        <source>Copy collections from the server given by the global options into another server.</source>
        <translation>将集合从全局选项指定的服务器复制到另一台服务器。</translation>
    </message>
    <message>
        <source>Collections to copy (default: all on the source server).</source>
        <translation>要复制的集合（默认：源服务器上的全部集合）。</translation>
    </message>
    <message>
        <source>Warning: TLS certificate verification of the target is off; the connection can be intercepted.</source>
        <translation>警告：目标服务器的 TLS 证书验证已关闭；连接可能被拦截。</translation>
    </message>
    <message>
        <source>No target given: colvault-cli copy [COLLECTION...] --to-url URL.</source>
        <translation>未指定目标服务器：colvault-cli copy [COLLECTION...] --to-url URL。</translation>
    </message>
    <message>
        <source>--to-url &quot;%1&quot; is not a valid server URL; use http://host:port or https://host.</source>
        <translation>--to-url“%1”不是有效的服务器 URL；请使用 http://host:port 或 https://host。</translation>
    </message>
    <message>
        <source>Cannot read the target&apos;s API key file &quot;%1&quot;: %2</source>
        <translation>无法读取目标服务器的 API 密钥文件“%1”：%2</translation>
    </message>
    <message>
        <source>The target&apos;s API key file &quot;%1&quot; must hold the key alone, on one line.</source>
        <translation>目标服务器的 API 密钥文件“%1”只能包含密钥本身，且只占一行。</translation>
    </message>
    <message>
        <source>--to-header &quot;%1&quot; is not of the form &quot;Name: value&quot;.</source>
        <translation>--to-header“%1”的格式不是“Name: value”。</translation>
    </message>
    <message>
        <source>Give either --to-grpc-url or --to-grpc-port, not both.</source>
        <translation>请只指定 --to-grpc-url 或 --to-grpc-port 中的一个。</translation>
    </message>
    <message>
        <source>--to-grpc-port needs a port number from 1 to 65535.</source>
        <translation>--to-grpc-port 需要 1 到 65535 之间的端口号。</translation>
    </message>
    <message>
        <source>--to-grpc-url &quot;%1&quot; is not a gRPC address; write grpc://HOST:PORT or grpcs://HOST:PORT.</source>
        <translation>--to-grpc-url“%1”不是 gRPC 地址；请写成 grpc://HOST:PORT 或 grpcs://HOST:PORT。</translation>
    </message>
    <message>
        <source>Not copying: standard input is not a terminal, so nobody can confirm. Run again with --yes --confirm NAMES (the collections being replaced), or with --dry-run to see the plan.</source>
        <translation>未执行复制：标准输入不是终端，无法进行确认。请使用 --yes --confirm NAMES（要替换的集合）重新运行，或使用 --dry-run 查看计划。</translation>
    </message>
    <message>
        <source>Not copying: standard input is not a terminal, so nobody can confirm. Run again with --yes, or with --dry-run to see the plan.</source>
        <translation>未执行复制：标准输入不是终端，无法进行确认。请使用 --yes 重新运行，或使用 --dry-run 查看计划。</translation>
    </message>
    <message>
        <source>From %1 to %2:</source>
        <extracomment>%1 the source server&apos;s URL, %2 the target server&apos;s URL</extracomment>
        <translation>从 %1 到 %2：</translation>
    </message>
    <message numerus="yes">
        <source>Replace mode deletes %Ln collection(s) on the target with everything in them first: %1. Type their names to confirm, separated by commas:</source>
        <translation>
            <numerusform>替换模式会先删除目标服务器上的 %Ln 个集合及其中的全部内容：%1。请输入这些集合的名称以确认，以逗号分隔：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace mode deletes %Ln collection(s) on the target first: %1. Confirm with --yes --confirm %2.</source>
        <translation>
            <numerusform>替换模式会先删除目标服务器上的 %Ln 个集合：%1。请使用 --yes --confirm %2 进行确认。</numerusform>
        </translation>
    </message>
    <message>
        <source>The names given (%1) are not exactly the collections being replaced (%2); nothing was copied.</source>
        <translation>给出的名称（%1）与要替换的集合（%2）不完全一致；未复制任何内容。</translation>
    </message>
    <message>
        <source>Copy as planned? [y/N]</source>
        <translation>按计划执行复制吗？[y/N]</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was copied.</source>
        <translation>未确认；未复制任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Canceled after %Ln object(s); the copy is incomplete.</source>
        <translation>
            <numerusform>已写入 %Ln 个对象后取消；复制未完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the same copy again with --mode overwrite to complete it.</source>
        <translation>请使用 --mode overwrite 再次运行相同的复制，以完成此次复制。</translation>
    </message>
    <message>
        <source>Copied %1 objects and %2 references in %3 s.</source>
        <extracomment>%1 objects, %2 references, %3 seconds</extracomment>
        <translation>已在 %3 秒内复制 %1 个对象和 %2 个引用。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was copied: the plan has %Ln blocking problem(s).</source>
        <translation>
            <numerusform>未复制任何内容：计划中有 %Ln 个阻止性问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>keep (default: create the source&apos;s aliases of the copied collections on the target) or skip.</source>
        <translation>keep（默认：在目标服务器上创建源服务器中指向所复制集合的别名）或 skip。</translation>
    </message>
    <message>
        <source>--encrypt-to and --passphrase-file encrypt the copy&apos;s archive: give --archive FILE too.</source>
        <translation>--encrypt-to 和 --passphrase-file 用于加密复制的归档：请同时指定 --archive FILE。</translation>
    </message>
    <message>
        <source>An archive of what is copied will be written to %1 and verified before it gets that name.</source>
        <translation>复制内容的归档将先写入并校验，然后才命名为 %1。</translation>
    </message>
    <message>
        <source>The archive will be encrypted with age and a passphrase.</source>
        <translation>归档将使用 age 和口令加密。</translation>
    </message>
    <message>
        <source>Nothing was copied, and no archive was written.</source>
        <translation>未复制任何内容，也未写入归档。</translation>
    </message>
    <message>
        <source>No archive was written.</source>
        <translation>未写入归档。</translation>
    </message>
    <message>
        <source>Archive written and verified: %1 (%2).</source>
        <extracomment>%1 the archive&apos;s path, %2 its size</extracomment>
        <translation>归档已写入并校验：%1（%2）。</translation>
    </message>
    <message>
        <source>The copy is complete, but no archive was written.</source>
        <translation>复制已完成，但未写入归档。</translation>
    </message>
    <message>
        <source>Also write an archive of what is copied, as a backup would write it, in the same pass; it appears under FILE only once the copy has succeeded and the archive has been verified. A local file (or a folder for a default name); .tar.gz, .tar.xz or .tar choose that compression, any other name zstd.</source>
        <translation>在同一遍处理中，按备份的方式同时写入复制内容的归档；只有在复制成功且归档校验通过后，它才会出现在 FILE 处。可以是本地文件（或使用默认名称的文件夹）；.tar.gz、.tar.xz 或 .tar 选择相应的压缩方式，其他任何名称均使用 zstd。</translation>
    </message>
    <message>
        <source>Canceled while the archive was being finished; the copy is complete, but no archive was written.</source>
        <translation>在完成归档时已取消；复制已完成，但未写入归档。</translation>
    </message>
</context>
<context>
    <name>CopyTask</name>
    <message>
        <source>The page size must be between 1 and %L1 objects, not %L2.</source>
        <translation>分页大小必须在 1 到 %L1 个对象之间，而不是 %L2。</translation>
    </message>
    <message>
        <source>The source and the target are different servers but would both be reached at the gRPC address %1; give the target&apos;s gRPC address.</source>
        <translation>源服务器和目标服务器是不同的服务器，但都会通过 gRPC 地址 %1 访问；请指定目标服务器的 gRPC 地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would be read and written at once: the source and the target are the same server. Copy it under another name.</source>
        <translation>“%1”将被同时读取和写入：源服务器和目标服务器是同一台服务器。请以其他名称复制它。</translation>
    </message>
    <message>
        <source>Verifying the archive</source>
        <translation>校验归档</translation>
    </message>
    <message>
        <source>Finishing the archive…</source>
        <translation>正在完成归档…</translation>
    </message>
    <message>
        <source>The copy is complete, but its archive was not written.</source>
        <translation>复制已完成，但未写入其归档。</translation>
    </message>
</context>
<context>
    <name>DecryptionOptions</name>
    <message>
        <source>An age identity file (as keygen or age-keygen writes it) to decrypt an encrypted archive. Repeatable.</source>
        <translation>用于解密加密归档的 age 身份文件（由 keygen 或 age-keygen 生成）。可重复指定。</translation>
    </message>
    <message>
        <source>Read the passphrase of an encrypted archive from this file (one line; &quot;-&quot;: standard input).</source>
        <translation>从此文件读取加密归档的口令（一行；“-”表示标准输入）。</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted; give an identity file that can decrypt it with --identity FILE.</source>
        <translation>归档“%1”已加密；请用 --identity FILE 提供能解密它的身份文件。</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted with a passphrase; give it with --passphrase-file FILE.</source>
        <translation>归档“%1”使用口令加密；请用 --passphrase-file FILE 提供口令。</translation>
    </message>
    <message>
        <source>Cannot read the identity file &quot;%1&quot;: %2</source>
        <translation>无法读取身份文件“%1”：%2</translation>
    </message>
    <message>
        <source>%1, line %2: not an age identity (AGE-SECRET-KEY-1…).</source>
        <extracomment>%1 is a file name, %2 a line number in it</extracomment>
        <translation>%1 第 %2 行：不是 age 身份（AGE-SECRET-KEY-1…）。</translation>
    </message>
    <message>
        <source>The identity file &quot;%1&quot; holds no identity.</source>
        <translation>身份文件“%1”中没有身份。</translation>
    </message>
</context>
<context>
    <name>EncryptionOptions</name>
    <message>
        <source>Encrypt the archive with age to this recipient (age1…, as keygen prints it). Repeatable.</source>
        <translation>使用 age 针对此接收者加密归档（age1…，即 keygen 打印的内容）。可重复指定。</translation>
    </message>
    <message>
        <source>Encrypt the archive with age and the passphrase read from this file (one line; &quot;-&quot;: standard input).</source>
        <translation>使用 age 和从此文件读取的口令加密归档（一行；“-”表示标准输入）。</translation>
    </message>
    <message>
        <source>Give --encrypt-to or --passphrase-file, not both.</source>
        <translation>请指定 --encrypt-to 或 --passphrase-file 之一，不能同时指定。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an age recipient; a recipient starts with age1.</source>
        <translation>“%1”不是 age 接收者；接收者以 age1 开头。</translation>
    </message>
</context>
<context>
    <name>GrpcBatchSender</name>
    <message>
        <source>A batch was collected twice.</source>
        <translation>同一批次被收取了两次。</translation>
    </message>
</context>
<context>
    <name>GrpcVectorPages</name>
    <message>
        <source>The server sent vectors over gRPC that are not valid.</source>
        <translation>服务器通过 gRPC 发送的向量无效。</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>The file-name pattern &quot;%1&quot; has no {date}: every run would overwrite the archive of the one before.</source>
        <translation>文件名模板“%1”中没有 {date}：每次运行都会覆盖上一次的归档。</translation>
    </message>
    <message>
        <source>The file-name pattern &quot;%1&quot; does not give a plain file name.</source>
        <translation>文件名模板“%1”无法生成普通的文件名。</translation>
    </message>
    <message>
        <source>The file-name pattern &quot;%1&quot; ends in &quot;%2&quot;, but the job&apos;s archives end in &quot;%3&quot;.</source>
        <translation>文件名模板“%1”以“%2”结尾，但该作业的归档以“%3”结尾。</translation>
    </message>
    <message>
        <source>The compression level must be %1 to %2 for %3.</source>
        <translation>对于 %3，压缩级别必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid job name: use 1 to 64 ASCII letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter, digit or &apos;_&apos;.</source>
        <translation>“%1”不是有效的作业名称：请使用 1 到 64 个 ASCII 字母、数字、“.”、“_”或“-”，并以字母、数字或“_”开头。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is not an absolute path.</source>
        <translation>文件夹“%1”不是绝对路径。</translation>
    </message>
    <message>
        <source>The page size must be a number from 1 to 10000.</source>
        <translation>分页大小必须是 1 到 10000 之间的数字。</translation>
    </message>
    <message>
        <source>A job encrypts with recipients or with a passphrase, not both.</source>
        <translation>作业只能针对接收者加密或使用口令加密，不能两者同时使用。</translation>
    </message>
    <message>
        <source>The saved job &quot;%1&quot; is damaged.</source>
        <translation>已保存的作业“%1”已损坏。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an age recipient; a recipient starts with age1.</source>
        <translation>“%1”不是 age 接收者；接收者以 age1 开头。</translation>
    </message>
    <message>
        <source>A job that encrypts to recipients needs the identity file of one of them: each run verifies its new archive, and retention reads the job&apos;s archives.</source>
        <translation>针对接收者加密的作业需要其中一个接收者的身份文件：每次运行都要校验新归档，应用保留规则时也要读取作业的归档。</translation>
    </message>
    <message>
        <source>The S3 location &quot;%1&quot; is not a bucket or a prefix ending in &quot;/&quot;.</source>
        <extracomment>%1 is an s3:// location</extracomment>
        <translation>S3 位置“%1”既不是存储桶，也不是以“/”结尾的前缀。</translation>
    </message>
</context>
<context>
    <name>JobArchives</name>
    <message>
        <source>Cannot remove the old archive &quot;%1&quot;: %2</source>
        <translation>无法删除旧归档“%1”：%2</translation>
    </message>
</context>
<context>
    <name>JobCommand</name>
    <message>
        <source>Save backup jobs, run them with verification and retention, and schedule them.</source>
        <translation>保存备份作业，带校验和保留规则运行它们，并为其设置定时计划。</translation>
    </message>
    <message>
        <source>Name for {profile} in file names (default: the server&apos;s host name).</source>
        <translation>文件名中 {profile} 使用的名称（默认：服务器的主机名）。</translation>
    </message>
    <message>
        <source>File-name pattern with {profile}, {job} and {date} (default: {profile}-{date}); the suffix (.tar.zst, .age) is added.</source>
        <translation>包含 {profile}、{job} 和 {date} 的文件名模板（默认：{profile}-{date}）；后缀（.tar.zst、.age）会自动添加。</translation>
    </message>
    <message>
        <source>Replace the job of this name, if there is one: it keeps its id and its schedule, so its archives stay its own.</source>
        <translation>替换同名作业（如果存在）：它保留原有 ID 和定时计划，因此其归档仍归它所有。</translation>
    </message>
    <message>
        <source>An age identity file that opens the job&apos;s archives, to verify each new one and to apply retention. Repeatable; needed with --encrypt-to.</source>
        <translation>能打开作业归档的 age 身份文件，用于校验每个新归档并应用保留规则。可重复使用；使用 --encrypt-to 时必需。</translation>
    </message>
    <message>
        <source>Retention: keep the last N archives.</source>
        <translation>保留规则：保留最近的 N 个归档。</translation>
    </message>
    <message>
        <source>Retention: keep the newest archive of each of the last N hours that have one.</source>
        <translation>保留规则：在有归档的小时中，对最近的 N 个小时各保留最新的一个归档。</translation>
    </message>
    <message>
        <source>Retention: keep the newest archive of each of the last N days that have one.</source>
        <translation>保留规则：在有归档的日期中，对最近的 N 天各保留最新的一个归档。</translation>
    </message>
    <message>
        <source>Retention: keep the newest archive of each of the last N weeks that have one.</source>
        <translation>保留规则：在有归档的周中，对最近的 N 周各保留最新的一个归档。</translation>
    </message>
    <message>
        <source>Retention: keep the newest archive of each of the last N months that have one.</source>
        <translation>保留规则：在有归档的月份中，对最近的 N 个月各保留最新的一个归档。</translation>
    </message>
    <message>
        <source>Retention: keep the newest archive of each of the last N years that have one.</source>
        <translation>保留规则：在有归档的年份中，对最近的 N 年各保留最新的一个归档。</translation>
    </message>
    <message>
        <source>Folder of the saved jobs (default: $COLVAULT_CONFIG_DIR, else Colvault&apos;s configuration folder).</source>
        <translation>已保存作业所在的文件夹（默认：$COLVAULT_CONFIG_DIR，未设置时为 Colvault 的配置文件夹）。</translation>
    </message>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>在标准输出上打印一份机器可读的 JSON 报告。</translation>
    </message>
    <message>
        <source>Usage: %1 job SUBCOMMAND [options]</source>
        <translation>用法：%1 job SUBCOMMAND [选项]</translation>
    </message>
    <message>
        <source>Saved backup jobs: run them as a scheduler does (backup, verify, retention), prune their old archives and schedule them.</source>
        <translation>已保存的备份作业：像调度程序一样运行它们（备份、校验、保留），清理它们的旧归档，并为其设置定时计划。</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>子命令：</translation>
    </message>
    <message>
        <source>List the saved jobs.</source>
        <translation>列出已保存的作业。</translation>
    </message>
    <message>
        <source>Show a job and its last runs.</source>
        <translation>显示作业及其最近的运行记录。</translation>
    </message>
    <message>
        <source>Save a job (backup, retention and encryption options).</source>
        <translation>保存作业（备份、保留和加密选项）。</translation>
    </message>
    <message>
        <source>Delete a job and its schedule; its archives stay.</source>
        <translation>删除作业及其定时计划；其归档会保留。</translation>
    </message>
    <message>
        <source>Back up, verify the archive, then apply the retention rules.</source>
        <translation>执行备份，校验归档，然后应用保留规则。</translation>
    </message>
    <message>
        <source>Apply the retention rules only; --dry-run lists what would go and why.</source>
        <translation>仅应用保留规则；--dry-run 会列出将删除的内容及原因。</translation>
    </message>
    <message>
        <source>Let the operating system run the job.</source>
        <translation>让操作系统定时运行该作业。</translation>
    </message>
    <message>
        <source>Run &quot;%1 job SUBCOMMAND --help&quot; for the options of a subcommand.</source>
        <translation>运行“%1 job SUBCOMMAND --help”查看某个子命令的选项。</translation>
    </message>
    <message>
        <source>Unknown job subcommand &quot;%1&quot;. Run &quot;%2 job --help&quot; to see what is available.</source>
        <translation>未知的 job 子命令“%1”。运行“%2 job --help”查看可用的子命令。</translation>
    </message>
    <message>
        <source>Give the name of one job.</source>
        <translation>请指定一个作业的名称。</translation>
    </message>
    <message>
        <source>The job&apos;s name.</source>
        <translation>作业的名称。</translation>
    </message>
    <message>
        <source>Delete a job and its schedule; its archives and history stay.</source>
        <translation>删除作业及其定时计划；其归档和历史记录会保留。</translation>
    </message>
    <message>
        <source>Deleted the job &quot;%1&quot;. Its archives in %2 are kept.</source>
        <translation>已删除作业“%1”。其位于 %2 的归档仍保留。</translation>
    </message>
    <message>
        <source>Save a backup job: the connection options given, what to back up, where to, how many archives to keep and how to encrypt them. The --keep options take a number or &quot;unlimited&quot; and follow restic&apos;s forget rules on UTC periods; without any, every archive is kept.</source>
        <translation>保存备份作业：给出的连接选项、备份什么、备份到哪里、保留多少个归档以及如何加密。--keep 选项接受一个数字或“unlimited”，并按 UTC 时间段遵循 restic 的 forget 规则；未指定任何 --keep 选项时，保留所有归档。</translation>
    </message>
    <message>
        <source>Give the folder for the job&apos;s archives with --dir DIR.</source>
        <translation>请用 --dir DIR 指定作业归档的文件夹。</translation>
    </message>
    <message>
        <source>Saved the job &quot;%1&quot;. Its archives will be named like %2.</source>
        <translation>已保存作业“%1”。其归档将以类似 %2 的形式命名。</translation>
    </message>
    <message>
        <source>A job cannot read --%1 from standard input when it runs; give a file.</source>
        <translation>作业运行时无法从标准输入读取 --%1；请指定文件。</translation>
    </message>
    <message>
        <source>A job saves no secrets: give the API key with --api-key-file, headers with --header-file or --header-env, and no password in the URL.</source>
        <translation>作业不保存任何机密信息：请用 --api-key-file 提供 API 密钥，用 --header-file 或 --header-env 提供标头，且不要在 URL 中包含密码。</translation>
    </message>
    <message>
        <source>Note: the job does not save $WEAVIATE_API_KEY; a run gets the key from that variable of its own environment, which a scheduled run does not have. Give --api-key-file instead.</source>
        <translation>注意：作业不会保存 $WEAVIATE_API_KEY；每次运行都从其自身环境中的该变量获取密钥，而定时运行的环境中没有该变量。请改用 --api-key-file。</translation>
    </message>
    <message>
        <source>--level and --page-size need a whole number.</source>
        <translation>--level 和 --page-size 需要整数。</translation>
    </message>
    <message>
        <source>--%1 needs a number of 0 or more, or &quot;unlimited&quot;.</source>
        <translation>--%1 需要一个大于或等于 0 的数字，或“unlimited”。</translation>
    </message>
    <message>
        <source>A job connects as it was saved; --%1 cannot be given to it. Save it again with &quot;job create NAME --replace&quot; to change its connection.</source>
        <translation>作业按保存时的设置进行连接；不能为其指定 --%1。要更改其连接，请用“job create NAME --replace”重新保存。</translation>
    </message>
    <message>
        <source>Run a job as its schedule does: back up, verify the new archive, then apply the retention rules. Every run is logged and recorded in the job history.</source>
        <translation>像定时计划一样运行作业：执行备份，校验新归档，然后应用保留规则。每次运行都会写入日志并记录在作业历史记录中。</translation>
    </message>
    <message>
        <source>List what would be removed and why; remove nothing.</source>
        <translation>列出将被删除的内容及原因；不删除任何内容。</translation>
    </message>
    <message>
        <source>Apply a job&apos;s retention rules to its folder: only archives of this job with a valid trailer are considered; the newest is always kept.</source>
        <translation>将作业的保留规则应用到其文件夹：只考虑此作业中具有有效尾部记录的归档；最新的归档始终保留。</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; has no retention rules; nothing is removed.</source>
        <translation>作业“%1”没有保留规则；不删除任何内容。</translation>
    </message>
    <message>
        <source>Canceled; nothing was removed.</source>
        <translation>已取消；未删除任何内容。</translation>
    </message>
    <message>
        <source>Give one of --daily, --hourly, --weekly DAY or --off.</source>
        <translation>请指定 --daily、--hourly、--weekly DAY 或 --off 中的一个。</translation>
    </message>
    <message>
        <source>--at goes with --daily or --weekly.</source>
        <translation>--at 只能与 --daily 或 --weekly 一起使用。</translation>
    </message>
    <message>
        <source>--at needs a time of day as HH:MM, e.g. 02:30.</source>
        <translation>--at 需要 HH:MM 格式的时间，例如 02:30。</translation>
    </message>
    <message>
        <source>--weekly needs a day of the week, e.g. monday or mon.</source>
        <translation>--weekly 需要指定星期几，例如 monday 或 mon。</translation>
    </message>
    <message>
        <source>Every day (at 02:00 unless --at says otherwise).</source>
        <translation>每天（除非 --at 另行指定，否则在 02:00）。</translation>
    </message>
    <message>
        <source>Every hour, on the hour.</source>
        <translation>每小时整点。</translation>
    </message>
    <message>
        <source>Every week on this day (monday … sunday, or mon … sun).</source>
        <translation>每周的这一天（monday … sunday，或 mon … sun）。</translation>
    </message>
    <message>
        <source>Time of day, HH:MM (local time).</source>
        <translation>时间，HH:MM（本地时间）。</translation>
    </message>
    <message>
        <source>Remove the job&apos;s schedule.</source>
        <translation>移除作业的定时计划。</translation>
    </message>
    <message>
        <source>Let the operating system run a job: a systemd user timer on Linux, a launchd agent on macOS, a Task Scheduler task on Windows. Times are local.</source>
        <translation>让操作系统运行作业：在 Linux 上使用 systemd 用户定时器，在 macOS 上使用 launchd 启动代理，在 Windows 上使用任务计划程序中的任务。时间为本地时间。</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is no longer scheduled.</source>
        <translation>作业“%1”已不再定时运行。</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; runs %2.</source>
        <extracomment>%1 a job&apos;s name, %2 its schedule (&quot;daily at 02:00&quot;)</extracomment>
        <translation>作业“%1”的运行时间：%2。</translation>
    </message>
    <message>
        <source>Where the job&apos;s archives go: a local folder, or s3://BUCKET/PREFIX/ (with the --s3-* options; keys from the AWS environment or profile of each run).</source>
        <translation>作业归档的存放位置：本地文件夹，或 s3://BUCKET/PREFIX/（配合 --s3-* 选项；密钥取自每次运行时的 AWS 环境变量或 AWS 配置文件）。</translation>
    </message>
    <message>
        <source>A job writes to a local folder or to s3://BUCKET/PREFIX/; --dir &quot;%1&quot; is neither.</source>
        <translation>作业只能写入本地文件夹或 s3://BUCKET/PREFIX/；--dir“%1”两者都不是。</translation>
    </message>
    <message>
        <source>The --s3-* options are for a job whose --dir is s3://BUCKET/PREFIX/.</source>
        <translation>--s3-* 选项仅适用于 --dir 为 s3://BUCKET/PREFIX/ 的作业。</translation>
    </message>
    <message>
        <source>Give it with --identity FILE.</source>
        <translation>请用 --identity FILE 指定身份文件。</translation>
    </message>
</context>
<context>
    <name>JobHistory</name>
    <message>
        <source>Cannot write the job history &quot;%1&quot;: %2</source>
        <translation>无法写入作业历史记录“%1”：%2</translation>
    </message>
</context>
<context>
    <name>JobInputs</name>
    <message>
        <source>The job&apos;s server address &quot;%1&quot; is not a valid URL; save the job again with one such as http://host:8080.</source>
        <translation>作业的服务器地址“%1”不是有效的 URL；请使用类似 http://host:8080 的地址重新保存作业。</translation>
    </message>
    <message>
        <source>The job&apos;s header variable &quot;%1&quot; is not of the form NAME=VARIABLE.</source>
        <translation>作业的标头变量“%1”不符合 NAME=VARIABLE 格式。</translation>
    </message>
    <message>
        <source>The environment variable %1 (for the header %2) is not set, empty or more than one line.</source>
        <extracomment>%1 is the name of an environment variable, %2 the HTTP header it was to give the value of</extracomment>
        <translation>环境变量 %1（用于标头 %2）未设置、为空或包含多行。</translation>
    </message>
    <message>
        <source>%1, line %2: not of the form &quot;Name: value&quot;.</source>
        <extracomment>%1 is a file name, %2 a line number in it</extracomment>
        <translation>%1 第 %2 行：不符合“Name: value”格式。</translation>
    </message>
    <message>
        <source>The header file &quot;%1&quot; holds no header.</source>
        <translation>标头文件“%1”中没有标头。</translation>
    </message>
    <message>
        <source>The job&apos;s gRPC address &quot;%1&quot; is not of the form grpc://HOST:PORT or grpcs://HOST:PORT.</source>
        <translation>作业的 gRPC 地址“%1”不符合 grpc://HOST:PORT 或 grpcs://HOST:PORT 格式。</translation>
    </message>
    <message>
        <source>The job&apos;s transport &quot;%1&quot; is not one of auto, rest and grpc.</source>
        <translation>作业的传输方式“%1”不是 auto、rest 或 grpc 之一。</translation>
    </message>
    <message>
        <source>The job&apos;s proxy address holds a password; save the job again with the password in a file.</source>
        <translation>作业的代理地址中包含密码；请将密码放入文件后重新保存作业。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an age recipient; a recipient starts with age1.</source>
        <translation>“%1”不是 age 接收者；接收者以 age1 开头。</translation>
    </message>
    <message>
        <source>%1, line %2: not an age identity (AGE-SECRET-KEY-1…).</source>
        <extracomment>%1 is a file name, %2 a line number in it</extracomment>
        <translation>%1 第 %2 行：不是 age 身份（AGE-SECRET-KEY-1…）。</translation>
    </message>
    <message>
        <source>The identity file &quot;%1&quot; holds no identity.</source>
        <translation>身份文件“%1”中没有身份。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; that the job names is empty.</source>
        <translation>作业指定的文件“%1”为空。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; that the job names holds more than one line; it must hold the key, passphrase or password alone.</source>
        <translation>作业指定的文件“%1”包含多行；其中只能有密钥、口令或密码本身。</translation>
    </message>
    <message>
        <source>Cannot read the file &quot;%1&quot; that the job names: %2</source>
        <extracomment>%1 a file name, %2 the system&apos;s reason</extracomment>
        <translation>无法读取作业指定的文件“%1”：%2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; that the job names is larger than %2, too large for a key or headers.</source>
        <extracomment>%1 a file name, %2 a size such as &quot;64 KiB&quot;</extracomment>
        <translation>作业指定的文件“%1”大于 %2，作为密钥或标头来说太大了。</translation>
    </message>
    <message>
        <source>Give the identity: one line, AGE-SECRET-KEY-1…</source>
        <translation>请提供身份：一行，AGE-SECRET-KEY-1…</translation>
    </message>
    <message>
        <source>Give the passphrase: one line.</source>
        <translation>请提供口令：一行。</translation>
    </message>
    <message>
        <source>The identity given for the job is not an age identity (AGE-SECRET-KEY-1…).</source>
        <translation>为作业提供的身份不是 age 身份（AGE-SECRET-KEY-1…）。</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase in both fields.</source>
        <translation>两次输入的口令不一致：请在两个字段中输入相同的口令。</translation>
    </message>
</context>
<context>
    <name>JobOutput</name>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>finished with skipped tenants</source>
        <translation>已完成，但跳过了部分租户</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>not an archive of a saved job</source>
        <translation>不是已保存作业的归档</translation>
    </message>
    <message>
        <source>an archive of another job</source>
        <translation>其他作业的归档</translation>
    </message>
    <message>
        <source>cannot be opened with the job&apos;s keys</source>
        <translation>无法用作业的密钥打开</translation>
    </message>
    <message>
        <source>incomplete: no valid trailer</source>
        <translation>不完整：没有有效的尾部记录</translation>
    </message>
    <message>
        <source>No saved jobs. Create one with &quot;%1 job create NAME --dir DIR&quot;.</source>
        <translation>没有已保存的作业。请用“%1 job create NAME --dir DIR”创建一个。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>定时计划</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>上次运行</translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>The last run of a job: %1 when, %2 how it ended (&quot;succeeded&quot;)</extracomment>
        <translation>从未运行</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Job: %1 (%2)</source>
        <translation>作业：%1（%2）</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Collections: %1</source>
        <translation>集合：%1</translation>
    </message>
    <message>
        <source>%1: tenants %2</source>
        <translation>%1：租户 %2</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <source>Archives named like: %1</source>
        <translation>归档名称示例：%1</translation>
    </message>
    <message>
        <source>Retention: %1</source>
        <translation>保留规则：%1</translation>
    </message>
    <message>
        <source>none, every archive is kept</source>
        <translation>无，保留所有归档</translation>
    </message>
    <message numerus="yes">
        <source>Encryption: age, to %Ln recipient(s)</source>
        <translation>
            <numerusform>加密：age，针对 %Ln 个接收者</numerusform>
        </translation>
    </message>
    <message>
        <source>Encryption: age, with the passphrase in %1</source>
        <translation>加密：age，使用 %1 中的口令</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>定时计划：%1</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>尚无运行记录。</translation>
    </message>
    <message>
        <source>Last runs, newest first:</source>
        <translation>最近的运行记录（最新的在前）：</translation>
    </message>
    <message>
        <source>%1  %2 (%3 s)</source>
        <extracomment>One run in a job&apos;s history: %1 when, %2 how it ended, %3 the duration in seconds</extracomment>
        <translation>%1  %2（%3 秒）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s), %1 (%2)</source>
        <translation>
            <numerusform>%Ln 个对象，%1（%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>日志：%1</translation>
    </message>
    <message>
        <source>No archive of this run was kept.</source>
        <translation>本次运行没有保留任何归档。</translation>
    </message>
    <message>
        <source>Canceled; no archive of this run was kept.</source>
        <translation>已取消；本次运行没有保留任何归档。</translation>
    </message>
    <message>
        <source>Verified the new archive: it is complete and intact.</source>
        <translation>已校验新归档：它完整且未损坏。</translation>
    </message>
    <message>
        <source>Canceled before the retention rules were applied; the new archive is kept.</source>
        <translation>在应用保留规则之前已取消；新归档会保留。</translation>
    </message>
    <message numerus="yes">
        <source>Retention: kept %Ln archive(s), removed %1.</source>
        <extracomment>%Ln archives kept by the retention rules, %1 how many were removed</extracomment>
        <translation>
            <numerusform>保留规则：保留了 %Ln 个归档，删除了 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <source>Dry run: nothing is removed.</source>
        <translation>试运行：不删除任何内容。</translation>
    </message>
    <message>
        <source>Retention of the job &quot;%1&quot;: %2</source>
        <translation>作业“%1”的保留规则：%2</translation>
    </message>
    <message>
        <source>%1  %2  (%3)</source>
        <extracomment>A line of the retention listing: %1 the archive&apos;s time (UTC), %2 its file name, %3 why</extracomment>
        <translation>%1  %2（%3）</translation>
    </message>
    <message>
        <source>kept by no rule</source>
        <translation>不符合任何保留规则</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>would remove</source>
        <translation>将删除</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>left alone</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln archive(s) kept, %1 would be removed.</source>
        <extracomment>%Ln archives kept, %1 how many would be removed</extracomment>
        <translation>
            <numerusform>保留 %Ln 个归档，将删除 %1 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln archive(s) kept, %1 removed.</source>
        <translation>
            <numerusform>保留了 %Ln 个归档，删除了 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目标位置</translation>
    </message>
    <message>
        <source>S3 bucket prefix: %1</source>
        <translation>S3 存储桶前缀：%1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>端点：%1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>区域：%1</translation>
    </message>
    <message>
        <source>AWS profile: %1</source>
        <translation>AWS 配置文件：%1</translation>
    </message>
    <message>
        <source>Path-style addressing</source>
        <translation>路径样式寻址</translation>
    </message>
</context>
<context>
    <name>JobRun</name>
    <message>
        <source>Some collections or tenants were skipped, so the retention rules were not applied.</source>
        <translation>跳过了部分集合或租户，因此未应用保留规则。</translation>
    </message>
    <message>
        <source>Verifying the archive: %1 of %2</source>
        <extracomment>Progress of reading the new archive back: %1 bytes read so far, %2 the file size</extracomment>
        <translation>正在校验归档：%1 / %2</translation>
    </message>
    <message>
        <source>Cannot remove the unverified archive &quot;%1&quot;.</source>
        <translation>无法删除未校验的归档“%1”。</translation>
    </message>
    <message>
        <source>The new archive &quot;%1&quot; did not pass its verification and was removed.</source>
        <translation>新归档“%1”未通过校验，已被删除。</translation>
    </message>
    <message>
        <source>Applying the retention rules</source>
        <translation>正在应用保留规则</translation>
    </message>
    <message>
        <source>The retention rules were not applied: %1</source>
        <translation>未应用保留规则：%1</translation>
    </message>
</context>
<context>
    <name>JobSchedule</name>
    <message>
        <source>hourly</source>
        <translation>每小时</translation>
    </message>
    <message>
        <source>daily at %1</source>
        <extracomment>%1 a time of day, e.g. 02:00</extracomment>
        <translation>每天 %1</translation>
    </message>
    <message>
        <source>weekly on %1 at %2</source>
        <extracomment>%1 a day of the week, %2 a time of day</extracomment>
        <translation>每%1 %2</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>未设置定时</translation>
    </message>
</context>
<context>
    <name>JobScheduler</name>
    <message>
        <source>Cannot write the schedule file &quot;%1&quot;: %2</source>
        <translation>无法写入定时计划文件“%1”：%2</translation>
    </message>
    <message>
        <source>%1 was not found, so the schedule is written but not active; run &quot;%2&quot; where %1 is available.</source>
        <extracomment>%1 a program (systemctl, launchctl, schtasks), %2 the command to run by hand</extracomment>
        <translation>未找到 %1，因此定时计划已写入但未生效；请在有 %1 的环境中运行“%2”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed: %2</source>
        <translation>“%1”失败：%2</translation>
    </message>
    <message>
        <source>A user timer runs while you are logged in; &quot;loginctl enable-linger&quot; lets it run without a session.</source>
        <translation>用户定时器仅在您登录时运行；“loginctl enable-linger”可让它在没有会话时也运行。</translation>
    </message>
    <message>
        <source>Cannot remove the schedule file &quot;%1&quot;.</source>
        <translation>无法删除定时计划文件“%1”。</translation>
    </message>
    <message>
        <source>The job cannot be scheduled: systemctl --user finds no user session here (as in a container, an SSH login or WSL). Run &quot;loginctl enable-linger&quot; and log in again, or use a desktop session; or save the job without a schedule and run &quot;%1&quot; from cron.</source>
        <extracomment>%1 the command that runs the job, for a crontab line</extracomment>
        <translation>无法为作业设置定时计划：systemctl --user 在此处找不到用户会话（例如在容器、SSH 登录或 WSL 中）。请运行“loginctl enable-linger”并重新登录，或使用桌面会话；也可以保存不带定时计划的作业，并从 cron 运行“%1”。</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>Cannot read the saved jobs in &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”中已保存的作业：%2</translation>
    </message>
    <message>
        <source>The saved jobs in &quot;%1&quot; are damaged; fix or move the file.</source>
        <translation>“%1”中已保存的作业已损坏；请修复或移走该文件。</translation>
    </message>
    <message>
        <source>The saved jobs in &quot;%1&quot; were written by a newer version of Colvault.</source>
        <translation>“%1”中已保存的作业是由更新版本的 Colvault 写入的。</translation>
    </message>
    <message>
        <source>Cannot save the jobs to &quot;%1&quot;: %2</source>
        <translation>无法将作业保存到“%1”：%2</translation>
    </message>
    <message>
        <source>There is no job named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的作业。</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>The saved jobs in &quot;%1&quot; are locked by another program.</source>
        <translation>“%1”中已保存的作业被另一个程序锁定。</translation>
    </message>
    <message>
        <source>A job named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的作业已存在。</translation>
    </message>
</context>
<context>
    <name>KeygenCommand</name>
    <message>
        <source>Write a new age identity file for encrypted archives and print its recipient.</source>
        <translation>为加密归档写入新的 age 身份文件，并打印其接收者。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; already exists; keygen never overwrites a file.</source>
        <translation>文件“%1”已存在；keygen 从不覆盖文件。</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: %2</source>
        <translation>无法创建“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Write a new age identity file for encrypted archives and print its recipient on standard output.</source>
        <translation>为加密归档写入新的 age 身份文件，并在标准输出上打印其接收者。</translation>
    </message>
    <message>
        <source>The identity file to write; it must not exist yet.</source>
        <translation>要写入的身份文件；它必须尚不存在。</translation>
    </message>
    <message>
        <source>Give the identity file to write with -o FILE.</source>
        <translation>请用 -o FILE 指定要写入的身份文件。</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed; no key was made.</source>
        <translation>系统的随机数生成器出错；未生成密钥。</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List collections with object counts, tenants and vector configuration.</source>
        <translation>列出集合及其对象数、租户和向量配置。</translation>
    </message>
    <message>
        <source>legacy, %1 dimensions</source>
        <extracomment>A collection&apos;s single class-level vector; %1 is its dimension count</extracomment>
        <translation>旧式，%1 维</translation>
    </message>
    <message>
        <source>%1: %2 dimensions</source>
        <extracomment>%1 is a named vector&apos;s name, %2 its dimension count</extracomment>
        <translation>%1：%2 维</translation>
    </message>
    <message>
        <source>%1: multi-vector, %2 dimensions</source>
        <extracomment>%1 is a multi-vector&apos;s name, %2 the dimension count of each token vector</extracomment>
        <translation>%1：多向量，%2 维</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s)</source>
        <translation>
            <numerusform>%Ln 个租户</numerusform>
        </translation>
    </message>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>在标准输出上打印一份机器可读的 JSON 报告。</translation>
    </message>
    <message>
        <source>&quot;list&quot; takes no arguments.</source>
        <translation>“list”不接受任何参数。</translation>
    </message>
    <message>
        <source>Weaviate %1 at %2</source>
        <translation>位于 %2 的 Weaviate %1</translation>
    </message>
    <message>
        <source>The server has no collections.</source>
        <translation>服务器上没有任何集合。</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>集合</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Vectors</source>
        <translation>向量</translation>
    </message>
    <message>
        <source>%1 (active tenants)</source>
        <extracomment>An object count that leaves out inactive tenants</extracomment>
        <translation>%1（活动租户）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s), inactive: %1</source>
        <extracomment>%Ln is the number of tenants, %1 how many of them are inactive</extracomment>
        <translation>
            <numerusform>%Ln 个租户，其中 %1 个非活动</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectPageParser</name>
    <message>
        <source>The server sent a page of objects that is not valid.</source>
        <translation>服务器返回的对象分页无效。</translation>
    </message>
</context>
<context>
    <name>OperationGuard</name>
    <message>
        <source>Colvault stopped because of an internal error; the operation did not complete.</source>
        <translation>Colvault 因内部错误而停止；操作未完成。</translation>
    </message>
</context>
<context>
    <name>OperationProgress</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>%1 the number of the operation&apos;s current step, %2 how many steps it has, %3 the step&apos;s name, e.g. &quot;Adding references&quot;</extracomment>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <source>%1 of %2 objects</source>
        <extracomment>%1 objects done of %2</extracomment>
        <translation>%1 / %2 个对象</translation>
    </message>
    <message>
        <source>Collection %1</source>
        <translation>集合 %1</translation>
    </message>
    <message>
        <source>Collection %1, tenant %2</source>
        <extracomment>%1 is a collection, %2 one of its tenants</extracomment>
        <translation>集合 %1，租户 %2</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>已跳过：</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Failures:</source>
        <translation>失败项：</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>duration</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>不到一秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>a duration; %1 seconds</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>a duration; %1 minutes, %2 seconds</extracomment>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>a duration; %1 hours, %2 minutes</extracomment>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>已写入：</translation>
    </message>
    <message>
        <source>active</source>
        <comment>tenant status</comment>
        <translation>活动</translation>
    </message>
    <message>
        <source>inactive</source>
        <comment>tenant status</comment>
        <translation>非活动</translation>
    </message>
    <message>
        <source>offloaded to cloud storage</source>
        <comment>tenant status</comment>
        <translation>已卸载到云存储</translation>
    </message>
    <message>
        <source>changing its status (%1)</source>
        <comment>tenant status</comment>
        <extracomment>%1 the status as the server names it, e.g. FREEZING</extracomment>
        <translation>正在更改状态 (%1)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>%1 collection, %2 tenant</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 collection, %2 the reason it was skipped</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 / %2: %3</source>
        <extracomment>%1 collection, %2 tenant, %3 the reason it was skipped</extracomment>
        <translation>%1 / %2：%3</translation>
    </message>
</context>
<context>
    <name>ProxyAddress</name>
    <message>
        <source>Proxies of the kind &quot;%1&quot; are not supported; use %2.</source>
        <extracomment>%1 is a URL scheme such as &quot;ftp&quot;, %2 the list of the supported ones</extracomment>
        <translation>不支持“%1”类型的代理；请使用 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a proxy address; write http://HOST:PORT.</source>
        <extracomment>%1 is what the user wrote; HOST and PORT stay as they are</extracomment>
        <translation>“%1”不是代理地址；请写成 http://HOST:PORT。</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Restore collections from an archive, showing the plan first.</source>
        <translation>从归档恢复集合，并先显示计划。</translation>
    </message>
    <message>
        <source>create</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>drop and create again</source>
        <translation>删除后重新创建</translation>
    </message>
    <message>
        <source>add to the existing collection</source>
        <translation>添加到现有集合</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1（来自 %2）</translation>
    </message>
    <message>
        <source>properties to add: %1</source>
        <translation>要添加的属性：%1</translation>
    </message>
    <message>
        <source>properties only on the target: %1</source>
        <translation>仅存在于目标服务器上的属性：%1</translation>
    </message>
    <message>
        <source>Total: %1.</source>
        <translation>总计：%1。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>Restore collections from an archive into a Weaviate server.</source>
        <translation>将归档中的集合恢复到 Weaviate 服务器。</translation>
    </message>
    <message>
        <source>Collections to restore (default: all in the archive).</source>
        <translation>要恢复的集合（默认：归档中的全部集合）。</translation>
    </message>
    <message>
        <source>new (default: the collection must not exist), merge (add missing objects), overwrite (archived objects replace existing ones), replace (drop the collection first).</source>
        <translation>new（默认：集合必须不存在）、merge（添加缺失的对象）、overwrite（归档中的对象替换现有对象）、replace（先删除集合）。</translation>
    </message>
    <message>
        <source>Restore collection OLD as NEW. Repeatable.</source>
        <translation>将集合 OLD 恢复为 NEW。可重复使用。</translation>
    </message>
    <message>
        <source>Only these tenants: A,B for the one collection named, or COLLECTION:A,B. Repeatable.</source>
        <translation>仅限这些租户：只指定了一个集合时写作 A,B，否则写作 COLLECTION:A,B。可重复使用。</translation>
    </message>
    <message>
        <source>Create collections and tenants, no objects.</source>
        <translation>创建集合和租户，不写入对象。</translation>
    </message>
    <message>
        <source>Rewrite every vectorizer to &quot;none&quot; (objects keep their vectors).</source>
        <translation>将所有向量化器改为“none”（对象保留其向量）。</translation>
    </message>
    <message>
        <source>Create collections with this replication factor.</source>
        <translation>以此复制因子创建集合。</translation>
    </message>
    <message>
        <source>Objects per request (1-1000, default 100).</source>
        <translation>每次请求的对象数（1-1000，默认 100）。</translation>
    </message>
    <message>
        <source>Show what would be restored; write nothing.</source>
        <translation>显示将要恢复的内容；不写入任何内容。</translation>
    </message>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>在标准输出上打印一份机器可读的 JSON 报告。</translation>
    </message>
    <message>
        <source>Do not ask before restoring; with --confirm, allows replacing collections.</source>
        <translation>恢复前不进行询问；与 --confirm 一起使用时允许替换集合。</translation>
    </message>
    <message>
        <source>The exact names of the collections that replace mode drops, comma-separated.</source>
        <translation>替换模式将删除的集合的确切名称，以逗号分隔。</translation>
    </message>
    <message>
        <source>No archive given: colvault-cli restore FILE [COLLECTION...].</source>
        <translation>未指定归档：colvault-cli restore FILE [COLLECTION...]。</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;; use new, merge, overwrite or replace.</source>
        <translation>未知模式“%1”；请使用 new、merge、overwrite 或 replace。</translation>
    </message>
    <message>
        <source>--rename %1: use OLD=NEW.</source>
        <translation>--rename %1：请使用 OLD=NEW 格式。</translation>
    </message>
    <message>
        <source>--replication-factor must be a number of at least 1.</source>
        <translation>--replication-factor 必须是大于或等于 1 的数字。</translation>
    </message>
    <message>
        <source>--batch-size must be a number from 1 to 1000.</source>
        <translation>--batch-size 必须是 1 到 1000 之间的数字。</translation>
    </message>
    <message>
        <source>Not restoring: standard input is not a terminal, so nobody can confirm. Run again with --yes --confirm NAMES (the collections being replaced), or with --dry-run to see the plan.</source>
        <translation>未执行恢复：标准输入不是终端，无法进行确认。请使用 --yes --confirm NAMES（要替换的集合）重新运行，或使用 --dry-run 查看计划。</translation>
    </message>
    <message>
        <source>Not restoring: standard input is not a terminal, so nobody can confirm. Run again with --yes, or with --dry-run to see the plan.</source>
        <translation>未执行恢复：标准输入不是终端，无法进行确认。请使用 --yes 重新运行，或使用 --dry-run 查看计划。</translation>
    </message>
    <message>
        <source>Canceled; nothing was written.</source>
        <translation>已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Dry run: nothing will be written.</source>
        <translation>试运行：不会写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was restored: the plan has %Ln blocking problem(s).</source>
        <translation>
            <numerusform>未恢复任何内容：计划中有 %Ln 个阻止性问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>The names given (%1) are not exactly the collections being replaced (%2); nothing was restored.</source>
        <translation>给出的名称（%1）与要替换的集合（%2）不完全一致；未恢复任何内容。</translation>
    </message>
    <message>
        <source>Restore as planned? [y/N]</source>
        <translation>按计划执行恢复吗？[y/N]</translation>
    </message>
    <message>
        <source>yes|y</source>
        <comment>answers accepted as yes</comment>
        <extracomment>Lower-case answers that mean yes, separated by |; the English y and yes are always accepted too</extracomment>
        <translation>是|是的|确定|好</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was restored.</source>
        <translation>未确认；未恢复任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Canceled after %Ln object(s); the restore is incomplete.</source>
        <translation>
            <numerusform>已写入 %Ln 个对象后取消；恢复未完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>Count: %1</source>
        <translation>计数不符：%1</translation>
    </message>
    <message>
        <source>Restored %1 objects and %2 references in %3 s.</source>
        <extracomment>%1 objects, %2 references, %3 seconds</extracomment>
        <translation>已在 %3 秒内恢复 %1 个对象和 %2 个引用。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) or reference(s) failed.</source>
        <translation>
            <numerusform>%Ln 个对象或引用失败。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to create, %2 to overwrite, %3 to skip, %4 unchanged</source>
        <extracomment>%1..%4 object counts</extracomment>
        <translation>新建 %1，覆盖 %2，跳过 %3，不变 %4</translation>
    </message>
    <message>
        <source>tenant %1: exists (%2)</source>
        <translation>租户 %1：已存在（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Replace mode deletes %Ln collection(s) with everything in them first: %1. Type their names to confirm, separated by commas:</source>
        <translation>
            <numerusform>替换模式会先删除 %Ln 个集合及其中的全部内容：%1。请输入这些集合的名称以确认，以逗号分隔：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace mode deletes %Ln collection(s) first: %1. Confirm with --yes --confirm %2.</source>
        <translation>
            <numerusform>替换模式会先删除 %Ln 个集合：%1。请使用 --yes --confirm %2 进行确认。</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: object %2 of %1: %3</source>
        <extracomment>%1 collection, %2 object id, %3 the server&apos;s message</extracomment>
        <translation>失败：%1 的对象 %2：%3</translation>
    </message>
    <message>
        <source>Failed: object %3 of %1, tenant %2: %4</source>
        <translation>失败：%1（租户 %2）的对象 %3：%4</translation>
    </message>
    <message>
        <source>tenant %1: to be created</source>
        <extracomment>%1 tenant name, %2 and %3 tenant statuses as the server names them (HOT, COLD, ...)</extracomment>
        <translation>租户 %1：将创建</translation>
    </message>
    <message>
        <source>tenant %1: to be created, then set to %2</source>
        <translation>租户 %1：将创建，然后设为 %2</translation>
    </message>
    <message>
        <source>tenant %1: exists (%2), to be set to %3</source>
        <translation>租户 %1：已存在（%2），将设为 %3</translation>
    </message>
    <message>
        <source>Run the same restore again with --mode overwrite to complete it.</source>
        <translation>请使用 --mode overwrite 再次运行相同的恢复，以完成此次恢复。</translation>
    </message>
    <message>
        <source>The archive to restore: a file or s3://BUCKET/KEY.</source>
        <translation>要恢复的归档：文件或 s3://BUCKET/KEY。</translation>
    </message>
    <message>
        <source>Move aliases that exist on the target and point at other collections.</source>
        <translation>改动目标服务器上已存在且指向其他集合的别名，使其指向恢复的集合。</translation>
    </message>
    <message>
        <source>keep (default: recreate the archive&apos;s aliases, pointing at the restored collections) or skip.</source>
        <translation>keep（默认：重新创建归档中的别名，使其指向恢复的集合）或 skip。</translation>
    </message>
    <message>
        <source>With --as-new: once the counts are verified, point this alias at the new collection (created if absent). The previous collection is kept.</source>
        <translation>与 --as-new 一起使用：数量校验通过后，将此别名指向新集合（别名不存在时会创建）。原来的集合会保留。</translation>
    </message>
    <message>
        <source>--swap-alias switches an alias to a side-by-side restore: use it with --as-new.</source>
        <translation>--swap-alias 会将别名切换到并存恢复的集合：请与 --as-new 一起使用。</translation>
    </message>
    <message>
        <source>alias %1 -&gt; %2: to be created</source>
        <extracomment>%1 alias name, %2 the collection it will point at</extracomment>
        <translation>别名 %1 -&gt; %2：将创建</translation>
    </message>
    <message>
        <source>alias %1 -&gt; %2: already correct</source>
        <translation>别名 %1 -&gt; %2：已正确</translation>
    </message>
    <message>
        <source>alias %1 -&gt; %2: to be moved from %3</source>
        <extracomment>%1 alias name, %2 the collection it will point at, %3 the collection it points at now</extracomment>
        <translation>别名 %1 -&gt; %2：将从 %3 改指过来</translation>
    </message>
    <message>
        <source>alias %1 -&gt; %2: blocked, it points at %3</source>
        <extracomment>%1 alias name, %2 the restored collection, %3 the collection it points at now</extracomment>
        <translation>别名 %1 -&gt; %2：被阻止，它指向 %3</translation>
    </message>
    <message>
        <source>Unknown --aliases value &quot;%1&quot;; use keep or skip.</source>
        <translation>未知的 --aliases 值“%1”；请使用 keep 或 skip。</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2. To undo: colvault-cli alias delete %1</source>
        <translation>别名 %1 现在指向 %2。撤销方法：colvault-cli alias delete %1</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2.</source>
        <translation>别名 %1 现在指向 %2。</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2 (it pointed at %3, which is kept). To switch back: colvault-cli alias set %1 %3</source>
        <extracomment>%1 alias, %2 the collection it points at now, %3 the one it pointed at before</extracomment>
        <translation>别名 %1 现在指向 %2（之前指向 %3，该集合会保留）。切换回去的方法：colvault-cli alias set %1 %3</translation>
    </message>
    <message>
        <source>Point aliases that exist on the target but point at other collections at the restored ones.</source>
        <translation>将目标服务器上已存在但指向其他集合的别名改为指向恢复的集合。</translation>
    </message>
    <message>
        <source>Restore the one collection named beside the existing one, into NAME_yyyyMMddHHmmss (UTC time) or its --rename target.</source>
        <translation>将指定的单个集合恢复到现有集合旁边，名称为 NAME_yyyyMMddHHmmss（UTC 时间）或其 --rename 目标名称。</translation>
    </message>
    <message>
        <source>no vectors: the objects are written without them</source>
        <translation>无向量：写入对象时不包含向量</translation>
    </message>
    <message>
        <source>vector %1: none, the objects are written without it</source>
        <translation>向量 %1：无，写入对象时不包含该向量</translation>
    </message>
    <message numerus="yes">
        <source>the target&apos;s %1 will embed %n object(s)</source>
        <extracomment>%1 a vectorizer module (text2vec-openai); %n objects</extracomment>
        <translation>
            <numerusform>目标服务器的 %1 将为 %n 个对象生成向量</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>vector %1: the target&apos;s %2 will embed %n object(s)</source>
        <extracomment>%1 the name of a named vector, %2 a vectorizer module (text2vec-openai); %n objects</extracomment>
        <translation>
            <numerusform>向量 %1：目标服务器的 %2 将为 %n 个对象生成向量</numerusform>
        </translation>
    </message>
    <message>
        <source>keep (default: objects carry their vectors) or omit (objects are written without vectors; the target&apos;s --vectorizer modules compute new ones).</source>
        <translation>keep（默认：对象自带向量）或 omit（写入对象时不包含向量；由目标服务器的 --vectorizer 模块计算新向量）。</translation>
    </message>
    <message>
        <source>With --vectors omit: create the collections with this vectorizer module of the target, for the collection&apos;s vector and every named vector, or NAME=MODULE for one named vector. Repeatable.</source>
        <translation>与 --vectors omit 一起使用：使用目标服务器的此向量化器模块创建集合，用于集合的向量及每个命名向量；或用 NAME=MODULE 为单个命名向量指定模块。可重复使用。</translation>
    </message>
    <message>
        <source>Unknown --vectors value &quot;%1&quot;; use keep or omit.</source>
        <translation>未知的 --vectors 值“%1”；请使用 keep 或 omit。</translation>
    </message>
    <message>
        <source>--vectorizer sets what computes new vectors: use it with --vectors omit.</source>
        <translation>--vectorizer 设置由什么计算新向量：请与 --vectors omit 一起使用。</translation>
    </message>
    <message>
        <source>--vectorizer %1: use MODULE or NAME=MODULE, once per vector.</source>
        <translation>--vectorizer %1：请使用 MODULE 或 NAME=MODULE，每个向量指定一次。</translation>
    </message>
    <message>
        <source>Batch requests in flight at once (1-%1, default %2).</source>
        <translation>同时进行的批量请求数（1-%1，默认 %2）。</translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to %1.</source>
        <translation>--concurrency 必须是 1 到 %1 之间的数字。</translation>
    </message>
</context>
<context>
    <name>RestoreTask</name>
    <message>
        <source>The server listed the objects of &quot;%1&quot; out of order.</source>
        <translation>服务器列出“%1”的对象时顺序有误。</translation>
    </message>
    <message>
        <source>The number of batches in flight must be between 1 and %1, not %2.</source>
        <translation>同时进行的批次数必须在 1 到 %1 之间，而不是 %2。</translation>
    </message>
    <message>
        <source>The replication factor must be at least 1.</source>
        <translation>复制因子必须至少为 1。</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; does not exist.</source>
        <translation>归档“%1”不存在。</translation>
    </message>
    <message>
        <source>Verifying the archive…</source>
        <translation>正在校验归档…</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is incomplete: it has no valid trailer.</source>
        <translation>归档“%1”不完整：没有有效的尾部记录。</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; cannot be restored: %2</source>
        <translation>无法恢复归档“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s) not found in the archive: %1.</source>
        <translation>
            <numerusform>归档中未找到 %Ln 个集合：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be renamed: it is not in the archive.</source>
        <translation>无法重命名“%1”：它不在归档中。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid collection name.</source>
        <translation>“%1”不是有效的集合名称。</translation>
    </message>
    <message>
        <source>Two collections would be restored as &quot;%1&quot;.</source>
        <translation>将有两个集合被恢复为“%1”。</translation>
    </message>
    <message>
        <source>Tenants were chosen for &quot;%1&quot;, which is not being restored.</source>
        <translation>为“%1”选择了租户，但该集合不在恢复范围内。</translation>
    </message>
    <message>
        <source>The archive comes from Weaviate %1 and the target runs %2: settings the older server does not know are dropped.</source>
        <translation>归档来自 Weaviate %1，而目标服务器运行的是 %2：较旧的服务器无法识别的设置将被丢弃。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; clashes with the existing collection &quot;%2&quot; (names differ only in case).</source>
        <translation>“%1”与现有集合“%2”冲突（两者名称仅大小写不同）。</translation>
    </message>
    <message>
        <source>The collection &quot;%1&quot; already exists on the target; choose merge, overwrite or replace.</source>
        <translation>目标服务器上已存在集合“%1”；请选择合并（merge）、覆盖（overwrite）或替换（replace）模式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is multi-tenant in the archive but not on the target.</source>
        <translation>“%1”在归档中是多租户集合，但在目标服务器上不是。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is multi-tenant on the target but not in the archive.</source>
        <translation>“%1”在目标服务器上是多租户集合，但在归档中不是。</translation>
    </message>
    <message>
        <source>Property &quot;%1&quot; of &quot;%2&quot; is %3 in the archive but %4 on the target.</source>
        <translation>“%2”的属性“%1”在归档中为 %3，但在目标服务器上为 %4。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the module &quot;%2&quot;, which the target does not have; rewrite the vectorizer to &quot;none&quot; (the archived objects carry their vectors).</source>
        <translation>“%1”需要模块“%2”，但目标服务器没有该模块；请将向量化器改为“none”（归档中的对象自带向量）。</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has replication factor %2 but the target has %Ln node(s); lower the replication factor.</source>
        <translation>
            <numerusform>“%1”的复制因子为 %2，但目标服务器只有 %Ln 个节点；请降低复制因子。</numerusform>
        </translation>
    </message>
    <message>
        <source>vector index type &quot;%1&quot;</source>
        <translation>向量索引类型“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses the vector index type &quot;%2&quot;, which the target may not support.</source>
        <translation>“%1”使用向量索引类型“%2”，目标服务器可能不支持。</translation>
    </message>
    <message>
        <source>tokenization &quot;%1&quot;</source>
        <translation>分词方式“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses the tokenization &quot;%2&quot;, which needs to be enabled on the target.</source>
        <translation>“%1”使用分词方式“%2”，需要在目标服务器上启用。</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; was offloaded (%3); the target has no offload module, so it stays active.</source>
        <translation>“%2”的租户“%1”原为已卸载状态（%3）；目标服务器没有卸载模块，因此它将保持活动状态。</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; had the status %3 and is restored as active.</source>
        <translation>“%2”的租户“%1”原状态为 %3，将以活动状态恢复。</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is %3 on the target and cannot be loaded.</source>
        <translation>“%2”的租户“%1”在目标服务器上处于 %3 状态，无法加载。</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is inactive on the target, so its objects could not be compared; every archived object is counted as new.</source>
        <translation>“%2”的租户“%1”在目标服务器上处于非活动状态，因此无法比较其对象；归档中的所有对象都将计为新对象。</translation>
    </message>
    <message>
        <source>Creation and update times are set by the server; the archived times cannot be restored.</source>
        <translation>创建时间和更新时间由服务器设置；无法恢复归档中的时间。</translation>
    </message>
    <message>
        <source>Property &quot;%1&quot; of &quot;%2&quot; is a blob hash, which cannot be restored faithfully (the server would hash the hash).</source>
        <translation>“%2”的属性“%1”是 blob 哈希，无法如实恢复（服务器会对该哈希再计算一次哈希）。</translation>
    </message>
    <message>
        <source>Plan ready.</source>
        <translation>计划已就绪。</translation>
    </message>
    <message>
        <source>The server answered a batch of objects in an unexpected form.</source>
        <translation>服务器对一批对象的响应格式不符合预期。</translation>
    </message>
    <message numerus="yes">
        <source>The restore plan has %Ln blocking problem(s).</source>
        <translation>
            <numerusform>恢复计划中有 %Ln 个阻止性问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replacing &quot;%1&quot; deletes it first and needs its name confirmed.</source>
        <translation>替换“%1”会先将其删除，需要确认其名称。</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>正在恢复 %1…</translation>
    </message>
    <message>
        <source>Restoring %1, tenant %2…</source>
        <translation>正在恢复 %1，租户 %2…</translation>
    </message>
    <message>
        <source>%1 changed since the plan: %2 objects created and %3 overwritten instead of %4 and %5.</source>
        <translation>%1 在制定计划后发生了变化：新建了 %2 个对象、覆盖了 %3 个，而计划为 %4 个和 %5 个。</translation>
    </message>
    <message>
        <source>Could not count %1: %2</source>
        <translation>无法统计 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds %2 objects; the plan expected %3.</source>
        <translation>%1 中有 %2 个对象；计划预期为 %3 个。</translation>
    </message>
    <message>
        <source>Restore finished.</source>
        <translation>恢复已完成。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has both a class-level vector and named vectors: it is created with the class-level vector first, and its named vectors are added right after.</source>
        <translation>“%1”同时具有类级向量和命名向量：将先以类级向量创建该集合，随后立即添加其命名向量。</translation>
    </message>
    <message>
        <source>The batch size must be between 1 and %L1 objects, not %L2.</source>
        <translation>批次大小必须在 1 到 %L1 个对象之间，而不是 %L2。</translation>
    </message>
    <message>
        <source>Nested property &quot;%1&quot; of &quot;%2&quot; exists only in the archive. The server cannot add it to the existing object property, and refuses objects that carry it.</source>
        <translation>“%2”的嵌套属性“%1”仅存在于归档中。服务器无法将其添加到现有的对象属性中，并会拒绝包含该属性的对象。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has both a class-level vector and named vectors. Weaviate %2 cannot create such a collection; version 1.31 or later can.</source>
        <translation>“%1”同时具有类级向量和命名向量。Weaviate %2 无法创建此类集合；1.31 或更高版本可以。</translation>
    </message>
    <message>
        <source>Reading the archive</source>
        <translation>读取归档</translation>
    </message>
    <message>
        <source>Creating collections</source>
        <translation>创建集合</translation>
    </message>
    <message>
        <source>Creating tenants</source>
        <translation>创建租户</translation>
    </message>
    <message>
        <source>Importing objects</source>
        <translation>导入对象</translation>
    </message>
    <message>
        <source>Adding references</source>
        <translation>添加引用</translation>
    </message>
    <message>
        <source>Verifying counts</source>
        <translation>校验数量</translation>
    </message>
    <message>
        <source>Setting tenant statuses</source>
        <translation>设置租户状态</translation>
    </message>
    <message>
        <source>Checking the parameters</source>
        <translation>检查参数</translation>
    </message>
    <message>
        <source>Reading the target</source>
        <translation>读取目标</translation>
    </message>
    <message>
        <source>Selecting collections</source>
        <translation>选择集合</translation>
    </message>
    <message>
        <source>Comparing collections</source>
        <translation>比较集合</translation>
    </message>
    <message>
        <source>Counting objects</source>
        <translation>统计对象</translation>
    </message>
    <message>
        <source>Checking vector lengths</source>
        <translation>检查向量长度</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be renamed: it is not on the source server.</source>
        <translation>无法重命名“%1”：它不在源服务器上。</translation>
    </message>
    <message>
        <source>Creation and update times are set by the target server; the source&apos;s times cannot be copied.</source>
        <translation>创建时间和更新时间由目标服务器设置；无法复制源服务器上的时间。</translation>
    </message>
    <message>
        <source>Weaviate %1 has no collection aliases (they arrived in 1.32), so alias &quot;%2&quot; cannot be switched.</source>
        <translation>Weaviate %1 不支持集合别名（自 1.32 起才提供），因此无法切换别名“%2”。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln alias(es) cannot be restored: Weaviate %1 has no collection aliases (they arrived in 1.32). --aliases skip restores without them.</source>
        <translation>
            <numerusform>无法恢复 %Ln 个别名：Weaviate %1 不支持集合别名（自 1.32 起才提供）。使用 --aliases skip 可在不恢复别名的情况下进行恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a collection on the target, not an alias, so --swap-alias cannot switch it. Give an alias name: clients that read through an alias can be switched, clients that use the collection&apos;s own name cannot.</source>
        <translation>“%1”是目标服务器上的集合，而不是别名，因此 --swap-alias 无法切换它。请指定别名：通过别名读取的客户端可以被切换，直接使用集合本身名称的客户端则不能。</translation>
    </message>
    <message>
        <source>Alias &quot;%1&quot; cannot be restored: the target has a collection of that name.</source>
        <translation>无法恢复别名“%1”：目标服务器上有同名集合。</translation>
    </message>
    <message>
        <source>Alias &quot;%1&quot; exists on the target and points at &quot;%2&quot;, not at &quot;%3&quot;. --move-aliases points it at &quot;%3&quot;; --aliases skip leaves it alone.</source>
        <translation>别名“%1”已存在于目标服务器上，指向“%2”而不是“%3”。--move-aliases 会将其改为指向“%3”；--aliases skip 则不改动它。</translation>
    </message>
    <message>
        <source>Alias &quot;%1&quot; was created on the target while the restore ran and points elsewhere; it was left as it is.</source>
        <translation>别名“%1”是在恢复期间于目标服务器上创建的，且指向其他集合；已保持原样。</translation>
    </message>
    <message>
        <source>Alias &quot;%1&quot; was not switched to &quot;%2&quot;: the restore is incomplete. It still points where it did.</source>
        <translation>别名“%1”未切换到“%2”：恢复未完成。它仍指向原来的集合。</translation>
    </message>
    <message>
        <source>Setting aliases</source>
        <translation>设置别名</translation>
    </message>
    <message>
        <source>The target&apos;s aliases could not be read, so names are not checked against them: %1</source>
        <translation>无法读取目标服务器的别名，因此未检查名称是否与别名冲突：%1</translation>
    </message>
    <message>
        <source>An alias is switched only by a side-by-side restore (--as-new).</source>
        <translation>只有并存恢复（--as-new）才会切换别名。</translation>
    </message>
    <message numerus="yes">
        <source>A side-by-side restore (--as-new) restores one collection; %Ln were chosen.</source>
        <translation>
            <numerusform>并存恢复（--as-new）只恢复一个集合；但选择了 %Ln 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>A side-by-side restore (--as-new) creates a new collection, so it takes no --mode.</source>
        <translation>并存恢复（--as-new）会创建新集合，因此不接受 --mode。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an alias on the target: the restore writes into &quot;%2&quot;, the collection it points at.</source>
        <translation>“%1”是目标服务器上的别名：恢复将写入它所指向的集合“%2”。</translation>
    </message>
    <message>
        <source>A vectorizer is chosen only for objects written without their vectors (--vectors omit).</source>
        <translation>只有不含向量写入的对象（--vectors omit）才需要选择向量化器。</translation>
    </message>
    <message>
        <source>The target has no module &quot;%1&quot;; it has no modules enabled at all.</source>
        <translation>目标服务器没有模块“%1”；它根本没有启用任何模块。</translation>
    </message>
    <message>
        <source>The target has no module &quot;%1&quot;; its modules are: %2.</source>
        <translation>目标服务器没有模块“%1”；它的模块有：%2。</translation>
    </message>
    <message>
        <source>No collection in the plan has a named vector &quot;%1&quot;; check the name given to --vectorizer.</source>
        <translation>计划中没有任何集合具有命名向量“%1”；请检查为 --vectorizer 指定的名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists on the target and keeps its own vectorizers, not the ones chosen; they compute the vectors of the objects written.</source>
        <translation>“%1”已存在于目标服务器上，并保留其自身的向量化器，而不是所选的向量化器；写入对象的向量由其自身的向量化器计算。</translation>
    </message>
    <message>
        <source>The objects of &quot;%1&quot; are written without vectors and no module computes them: the collection will have no vectors.</source>
        <translation>“%1”的对象写入时不包含向量，且没有模块计算向量：该集合将没有向量。</translation>
    </message>
    <message>
        <source>The multi-vector &quot;%2&quot; of &quot;%1&quot; is omitted: no multi-vector module was chosen for it, so the collection will have no &quot;%2&quot; vectors.</source>
        <translation>“%1”的多向量“%2”被省略：未为其选择多向量模块，因此该集合将没有“%2”向量。</translation>
    </message>
    <message>
        <source>The objects of &quot;%1&quot; are written without the vector &quot;%2&quot; and no module computes it: the collection will have no &quot;%2&quot; vectors.</source>
        <translation>“%1”的对象写入时不包含向量“%2”，且没有模块计算该向量：该集合将没有“%2”向量。</translation>
    </message>
    <message numerus="yes">
        <source>After the switch, clients that read through alias &quot;%1&quot; no longer reach %Ln tenant(s) of &quot;%2&quot; that &quot;%3&quot; will not have: %4.</source>
        <extracomment>%1 alias, %2 the collection it points at now, %3 the new collection, %4 a list of tenants</extracomment>
        <translation>
            <numerusform>切换后，通过别名“%1”读取的客户端将无法再访问“%2”中“%3”所没有的 %Ln 个租户：%4。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refers to %2, which is neither copied nor on the target: its references will point at nothing until %2 exists there.</source>
        <extracomment>%1 collection.property, %2 the collection it refers to</extracomment>
        <translation>%1 引用了 %2，但该集合既未被复制，也不在目标服务器上：在 %2 出现在目标服务器上之前，这些引用不会指向任何对象。</translation>
    </message>
    <message>
        <source>%1 refers to %2, which is neither restored nor on the target: its references will point at nothing until %2 exists there.</source>
        <translation>%1 引用了 %2，但该集合既未被恢复，也不在目标服务器上：在 %2 出现在目标服务器上之前，这些引用不会指向任何对象。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other tenant(s)</source>
        <translation>
            <numerusform>其他 %Ln 个租户</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be added to the existing collection: it refers to %2, which is not on the target, and Weaviate refuses such a property. Include %2, or create it on the target first.</source>
        <extracomment>%1 collection.property, %2 the collection it refers to</extracomment>
        <translation>无法将 %1 添加到现有集合：它引用了 %2，而该集合不在目标服务器上，Weaviate 会拒绝这样的属性。请一并包含 %2，或先在目标服务器上创建它。</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>one of the last archives</source>
        <translation>最近的归档之一</translation>
    </message>
    <message>
        <source>oldest hourly archive</source>
        <translation>最早的每小时归档</translation>
    </message>
    <message>
        <source>hourly archive</source>
        <translation>每小时归档</translation>
    </message>
    <message>
        <source>oldest daily archive</source>
        <translation>最早的每日归档</translation>
    </message>
    <message>
        <source>daily archive</source>
        <translation>每日归档</translation>
    </message>
    <message>
        <source>oldest weekly archive</source>
        <translation>最早的每周归档</translation>
    </message>
    <message>
        <source>weekly archive</source>
        <translation>每周归档</translation>
    </message>
    <message>
        <source>oldest monthly archive</source>
        <translation>最早的每月归档</translation>
    </message>
    <message>
        <source>monthly archive</source>
        <translation>每月归档</translation>
    </message>
    <message>
        <source>oldest yearly archive</source>
        <translation>最早的每年归档</translation>
    </message>
    <message>
        <source>yearly archive</source>
        <translation>每年归档</translation>
    </message>
    <message>
        <source>newest archive</source>
        <translation>最新的归档</translation>
    </message>
    <message>
        <source>just written and verified</source>
        <translation>刚写入并已校验</translation>
    </message>
</context>
<context>
    <name>S3ArchiveDevice</name>
    <message>
        <source>The object at %1 was replaced while it was being read.</source>
        <extracomment>%1 is an S3 location, s3://BUCKET/KEY</extracomment>
        <translation>位于 %1 的对象在读取期间被替换。</translation>
    </message>
    <message>
        <source>The S3 server sent no data for %1.</source>
        <extracomment>%1 is an S3 location, s3://BUCKET/KEY</extracomment>
        <translation>S3 服务器未发送 %1 的任何数据。</translation>
    </message>
    <message>
        <source>The S3 object is not open.</source>
        <translation>S3 对象未打开。</translation>
    </message>
</context>
<context>
    <name>S3ArchiveUpload</name>
    <message>
        <source>The archive is larger than an S3 multipart upload can hold (%1).</source>
        <extracomment>%1 is a size, e.g. 359 GiB</extracomment>
        <translation>归档大于 S3 分段上传所能容纳的大小（%1）。</translation>
    </message>
</context>
<context>
    <name>S3Client</name>
    <message>
        <source>Could not connect to the S3 server at %1: the connection was refused.</source>
        <translation>无法连接到 %1 的 S3 服务器：连接被拒绝。</translation>
    </message>
    <message>
        <source>The S3 server name in %1 could not be found.</source>
        <translation>无法解析 %1 中的 S3 服务器名称。</translation>
    </message>
    <message>
        <source>The S3 server at %1 did not answer in time.</source>
        <translation>%1 的 S3 服务器未及时应答。</translation>
    </message>
    <message>
        <source>The secure connection to the S3 server at %1 failed: its certificate is not trusted.</source>
        <translation>到 %1 的 S3 服务器的安全连接失败：其证书不受信任。</translation>
    </message>
    <message>
        <source>The connection to the S3 server at %1 failed.</source>
        <translation>到 %1 的 S3 服务器的连接失败。</translation>
    </message>
    <message>
        <source>The S3 bucket &quot;%1&quot; does not exist at %2.</source>
        <translation>%2 上不存在 S3 存储桶 “%1”。</translation>
    </message>
    <message>
        <source>There is no object at %1.</source>
        <translation>%1 处没有对象。</translation>
    </message>
    <message>
        <source>The multipart upload to %1 no longer exists on the S3 server.</source>
        <translation>S3 服务器上已不存在到 %1 的分段上传。</translation>
    </message>
    <message>
        <source>The S3 server does not know the access key ID %1.</source>
        <translation>S3 服务器不认识访问密钥 ID %1。</translation>
    </message>
    <message>
        <source>The S3 server denied the access key ID %1 access to %2.</source>
        <translation>S3 服务器拒绝访问密钥 ID %1 访问 %2。</translation>
    </message>
    <message>
        <source>The S3 session token has expired: get new temporary credentials.</source>
        <translation>S3 会话令牌已过期：请获取新的临时凭据。</translation>
    </message>
    <message>
        <source>The S3 server rejected the session token (AWS_SESSION_TOKEN).</source>
        <translation>S3 服务器拒绝了会话令牌（AWS_SESSION_TOKEN）。</translation>
    </message>
    <message>
        <source>The S3 server rejected the request because this computer&apos;s clock is wrong.</source>
        <translation>由于本机时钟不准确，S3 服务器拒绝了请求。</translation>
    </message>
    <message>
        <source>The S3 bucket &quot;%1&quot; is not in the region %2: set its region (AWS_REGION).</source>
        <translation>S3 存储桶 “%1” 不在区域 %2 中：请设置其区域（AWS_REGION）。</translation>
    </message>
    <message>
        <source>The byte range asked for lies outside the object at %1.</source>
        <translation>请求的字节范围超出了 %1 处的对象。</translation>
    </message>
    <message>
        <source>A part of the multipart upload to %1 is smaller than the S3 server&apos;s minimum part size.</source>
        <translation>到 %1 的分段上传中有一个分段小于 S3 服务器的最小分段大小。</translation>
    </message>
    <message>
        <source>The S3 server does not have the parts listed for the upload to %1.</source>
        <translation>S3 服务器上没有为到 %1 的上传所列出的分段。</translation>
    </message>
    <message>
        <source>The S3 server failed with HTTP status %1.</source>
        <translation>S3 服务器失败，HTTP 状态 %1。</translation>
    </message>
    <message>
        <source>The S3 server refused the request with error %1 (HTTP status %2).</source>
        <extracomment>%1 is S3&apos;s error code (e.g. InvalidArgument), %2 an HTTP status.</extracomment>
        <translation>S3 服务器以错误 %1 拒绝了请求（HTTP 状态 %2）。</translation>
    </message>
    <message>
        <source>The S3 server refused the request (HTTP status %1).</source>
        <translation>S3 服务器拒绝了请求（HTTP 状态 %1）。</translation>
    </message>
    <message>
        <source>The S3 server sent more bytes of %1 than were asked for.</source>
        <translation>S3 服务器发送的 %1 字节数多于请求的字节数。</translation>
    </message>
    <message>
        <source>The S3 server sent a listing of bucket &quot;%1&quot; that is not valid.</source>
        <translation>S3 服务器发送的存储桶 “%1” 列表无效。</translation>
    </message>
    <message>
        <source>The S3 server did not start the multipart upload to %1.</source>
        <translation>S3 服务器未开始到 %1 的分段上传。</translation>
    </message>
    <message>
        <source>The S3 server did not confirm part %1 of the upload to %2.</source>
        <translation>S3 服务器未确认到 %2 的上传的第 %1 个分段。</translation>
    </message>
    <message>
        <source>The S3 server sent a list of uploads in bucket &quot;%1&quot; that is not valid.</source>
        <translation>S3 服务器发送的存储桶 “%1” 中的上传列表无效。</translation>
    </message>
    <message>
        <source>The S3 server at %1 rejected the request: the secret access key of %2 is wrong.</source>
        <extracomment>%1 is the S3 server&apos;s address, %2 an access key ID</extracomment>
        <translation>%1 的 S3 服务器拒绝了请求：%2 的秘密访问密钥错误。</translation>
    </message>
</context>
<context>
    <name>S3Credentials</name>
    <message>
        <source>The AWS profile &quot;%1&quot; is in neither %2 nor %3.</source>
        <translation>AWS 配置文件 “%1” 既不在 %2 中，也不在 %3 中。</translation>
    </message>
    <message>
        <source>An S3 secret access key was given without its access key ID.</source>
        <translation>给出了 S3 秘密访问密钥，但没有其访问密钥 ID。</translation>
    </message>
    <message>
        <source>An S3 access key ID was given without its secret access key.</source>
        <translation>给出了 S3 访问密钥 ID，但没有其秘密访问密钥。</translation>
    </message>
    <message>
        <source>AWS_SECRET_ACCESS_KEY is set, but AWS_ACCESS_KEY_ID is not.</source>
        <translation>已设置 AWS_SECRET_ACCESS_KEY，但未设置 AWS_ACCESS_KEY_ID。</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID is set, but AWS_SECRET_ACCESS_KEY is not.</source>
        <translation>已设置 AWS_ACCESS_KEY_ID，但未设置 AWS_SECRET_ACCESS_KEY。</translation>
    </message>
    <message>
        <source>No S3 credentials were found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE to a profile of ~/.aws/credentials.</source>
        <translation>未找到 S3 凭据：请设置 AWS_ACCESS_KEY_ID 和 AWS_SECRET_ACCESS_KEY，或将 AWS_PROFILE 设为 ~/.aws/credentials 中的某个配置文件。</translation>
    </message>
    <message>
        <source>No S3 credentials were found: the AWS profile &quot;%1&quot; is in neither ~/.aws/credentials nor ~/.aws/config.</source>
        <translation>未找到 S3 凭据：AWS 配置文件 “%1” 既不在 ~/.aws/credentials 中，也不在 ~/.aws/config 中。</translation>
    </message>
    <message>
        <source>The AWS profile &quot;%1&quot; has no %2.</source>
        <extracomment>%1 is a profile name, %2 the missing setting (aws_access_key_id or aws_secret_access_key).</extracomment>
        <translation>AWS 配置文件 “%1” 没有 %2。</translation>
    </message>
    <message>
        <source>No AWS region is set: set AWS_REGION, or a region in the profile of ~/.aws/config.</source>
        <translation>未设置 AWS 区域：请设置 AWS_REGION，或在 ~/.aws/config 的配置文件中设置区域。</translation>
    </message>
    <message>
        <source>The S3 endpoint &quot;%1&quot; is not an http:// or https:// address of a server.</source>
        <translation>S3 端点 “%1” 不是服务器的 http:// 或 https:// 地址。</translation>
    </message>
</context>
<context>
    <name>S3Location</name>
    <message>
        <source>&quot;%1&quot; is not an S3 location: it must start with s3://, as in s3://bucket/key.</source>
        <translation>“%1” 不是 S3 位置：它必须以 s3:// 开头，如 s3://bucket/key。</translation>
    </message>
    <message>
        <source>The S3 location &quot;%1&quot; names no bucket: write it as s3://bucket/key.</source>
        <translation>S3 位置 “%1” 未指明存储桶：请写成 s3://bucket/key。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid S3 bucket name: it must be 3 to 63 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit.</source>
        <translation>“%1” 不是有效的 S3 存储桶名称：必须由 3 到 63 个小写字母、数字、点或连字符组成，并以字母或数字开头和结尾。</translation>
    </message>
    <message>
        <source>The S3 location &quot;%1&quot; names no object: add its key, as in s3://%2/backup.tar.zst.</source>
        <translation>S3 位置 “%1” 未指明对象：请加上其键，如 s3://%2/backup.tar.zst。</translation>
    </message>
    <message>
        <source>The S3 key in &quot;%1&quot; is longer than 1024 bytes.</source>
        <translation>“%1” 中的 S3 键超过 1024 字节。</translation>
    </message>
</context>
<context>
    <name>S3Options</name>
    <message>
        <source>The S3-compatible server of s3:// archives, e.g. http://127.0.0.1:9000 (default: AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL, else AWS).</source>
        <translation>s3:// 归档所在的 S3 兼容服务器，例如 http://127.0.0.1:9000（默认：AWS_ENDPOINT_URL_S3、AWS_ENDPOINT_URL，否则为 AWS）。</translation>
    </message>
    <message>
        <source>The region of s3:// archives (default: AWS_REGION, else the profile&apos;s).</source>
        <translation>s3:// 归档的区域（默认：AWS_REGION，否则为 AWS 配置文件中的区域）。</translation>
    </message>
    <message>
        <source>The profile in ~/.aws/credentials and ~/.aws/config for s3:// archives (default: AWS_PROFILE).</source>
        <translation>s3:// 归档使用的 ~/.aws/credentials 和 ~/.aws/config 中的 AWS 配置文件（默认：AWS_PROFILE）。</translation>
    </message>
    <message>
        <source>Address s3:// archives as ENDPOINT/BUCKET/KEY, as most self-hosted servers want (automatic for an IP address or localhost).</source>
        <translation>以 ENDPOINT/BUCKET/KEY 的形式访问 s3:// 归档，这是大多数自托管服务器所要求的（对 IP 地址或 localhost 自动启用）。</translation>
    </message>
</context>
<context>
    <name>SchemaClient</name>
    <message>
        <source>The connection failed while collection &quot;%1&quot; was being created, and the server now holds a collection of that name that differs from it.</source>
        <translation>创建集合“%1”时连接失败，服务器上现在有一个同名但内容不同的集合。</translation>
    </message>
    <message>
        <source>The connection failed while property &quot;%1&quot; was being added to &quot;%2&quot;, and the server now holds a property of that name with another data type.</source>
        <translation>向“%2”添加属性“%1”时连接失败，服务器上现在有一个同名但数据类型不同的属性。</translation>
    </message>
</context>
<context>
    <name>SegmentWriter</name>
    <message>
        <source>An object of the collection &quot;%1&quot; cannot be written to the archive.</source>
        <translation>集合“%1”中的一个对象无法写入归档。</translation>
    </message>
</context>
<context>
    <name>ServerSource</name>
    <message>
        <source>Reading the source server</source>
        <translation>读取源服务器</translation>
    </message>
    <message>
        <source>The source server sent an object of %1 whose references are not valid.</source>
        <translation>源服务器发送的 %1 中某个对象的引用无效。</translation>
    </message>
</context>
<context>
    <name>StorageProfile</name>
    <message>
        <source>The S3 keys are not shown. The command takes them from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or add --s3-profile NAME for a profile in ~/.aws/credentials.</source>
        <translation>不显示 S3 密钥。该命令从 AWS_ACCESS_KEY_ID 和 AWS_SECRET_ACCESS_KEY 获取密钥；也可以添加 --s3-profile NAME，使用 ~/.aws/credentials 中的配置文件。</translation>
    </message>
    <message>
        <source>The secret key of the storage profile %1 could not be read from the keychain (%2). Enter it again under File → Storage Profiles…; without a keychain it is kept until Colvault quits.</source>
        <extracomment>%1 a storage profile&apos;s name, %2 the keychain&apos;s own message</extracomment>
        <translation>无法从密钥链读取存储配置 %1 的秘密访问密钥（%2）。请在“文件”→“存储配置…”中重新输入；没有密钥链时，它会保留到 Colvault 退出。</translation>
    </message>
</context>
<context>
    <name>TenantSelection</name>
    <message>
        <source>&quot;%1&quot; is neither a tenant name nor a pattern of them (letters, digits, _ and -, with *, ? and [...]).</source>
        <translation>“%1”既不是租户名称，也不是租户名称的通配模式（字母、数字、_ 和 -，可含 *、? 和 [...]）。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s) not found in &quot;%1&quot;: %2.</source>
        <translation>
            <numerusform>“%1”中未找到 %Ln 个租户：%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s) not found in the archive&apos;s &quot;%1&quot;: %2.</source>
        <translation>
            <numerusform>归档的“%1”中未找到 %Ln 个租户：%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pattern(s) match no tenant of &quot;%1&quot;: %2.</source>
        <translation>
            <numerusform>%Ln 个通配模式与“%1”的任何租户都不匹配：%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pattern(s) match no tenant of the archive&apos;s &quot;%1&quot;: %2.</source>
        <translation>
            <numerusform>%Ln 个通配模式与归档的“%1”的任何租户都不匹配：%2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantStatusGuard</name>
    <message>
        <source>The tenant statuses of %1 could not be put back: %2 %3</source>
        <translation>无法恢复 %1 的租户状态：%2 %3</translation>
    </message>
</context>
<context>
    <name>VectorCodec</name>
    <message>
        <source>An object has a vector that cannot be stored.</source>
        <translation>某个对象的向量无法存储。</translation>
    </message>
    <message>
        <source>The vector data of the archive is damaged.</source>
        <translation>归档中的向量数据已损坏。</translation>
    </message>
    <message>
        <source>The vector data was written by a newer or unknown version of Colvault.</source>
        <translation>向量数据由更新版本或未知版本的 Colvault 写入。</translation>
    </message>
</context>
<context>
    <name>VectorShapeCheck</name>
    <message>
        <source>The vector &quot;%2&quot; of &quot;%1&quot; has length %3 on the target but %4 in the archive; the server refuses vectors of another length, so restore this collection under another name or replace it.</source>
        <extracomment>%1 collection, %2 vector name (&quot;default&quot; for the class-level vector), %3 and %4 vector lengths</extracomment>
        <translation>“%1”的向量“%2”在目标上的长度为 %3，但在归档中为 %4；服务器拒绝长度不同的向量，因此请以其他名称恢复此集合，或替换它。</translation>
    </message>
    <message>
        <source>The vector &quot;%2&quot; of tenant &quot;%5&quot; of &quot;%1&quot; has length %3 on the target but %4 in the archive; the server refuses vectors of another length, so restore this collection under another name or replace it.</source>
        <extracomment>%1 collection, %2 vector name (&quot;default&quot; for the class-level vector), %3 and %4 vector lengths, %5 tenant</extracomment>
        <translation>“%1”的租户“%5”的向量“%2”在目标上的长度为 %3，但在归档中为 %4；服务器拒绝长度不同的向量，因此请以其他名称恢复此集合，或替换它。</translation>
    </message>
</context>
<context>
    <name>WeaviateClient</name>
    <message>
        <source>The CA file &quot;%1&quot; holds no PEM certificate.</source>
        <translation>CA 文件“%1”中没有 PEM 证书。</translation>
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused. Is Weaviate running there?</source>
        <translation>无法连接到 %1：连接被拒绝。Weaviate 是否正在该地址运行？</translation>
    </message>
    <message>
        <source>The server name in %1 could not be found.</source>
        <translation>无法解析 %1 中的服务器名称。</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation>位于 %1 的服务器未及时响应。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted.</source>
        <translation>到 %1 的安全连接失败：其证书不受信任。</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>到 %1 的连接失败。</translation>
    </message>
    <message>
        <source>The server requires an API key.</source>
        <translation>服务器要求提供 API 密钥。</translation>
    </message>
    <message>
        <source>The server rejected the API key.</source>
        <translation>服务器拒绝了该 API 密钥。</translation>
    </message>
    <message>
        <source>The API key is not allowed to do this on the server.</source>
        <translation>该 API 密钥无权在服务器上执行此操作。</translation>
    </message>
    <message>
        <source>The server has no such collection or object.</source>
        <translation>服务器上没有此集合或对象。</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; is not active, so its objects cannot be read or written.</source>
        <translation>租户“%1”未处于活动状态，因此无法读取或写入其对象。</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; does not exist.</source>
        <translation>租户“%1”不存在。</translation>
    </message>
    <message>
        <source>The server failed with HTTP status %1.</source>
        <translation>服务器出错（HTTP 状态码 %1）。</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP status %1).</source>
        <translation>服务器拒绝了该请求（HTTP 状态码 %1）。</translation>
    </message>
    <message>
        <source>The server sent a schema that is not valid JSON.</source>
        <translation>服务器返回的架构不是有效的 JSON。</translation>
    </message>
    <message>
        <source>Collection &quot;%1&quot; does not exist on the server.</source>
        <translation>服务器上不存在集合“%1”。</translation>
    </message>
    <message>
        <source>The server sent a tenant list for &quot;%1&quot; that is not valid JSON.</source>
        <translation>服务器返回的“%1”租户列表不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The server could not answer a GraphQL query.</source>
        <translation>服务器无法响应 GraphQL 查询。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid collection or tenant name.</source>
        <translation>“%1”不是有效的集合或租户名称。</translation>
    </message>
    <message>
        <source>The server at %1 redirected the request to another address, %2. Colvault follows redirects only within the same server, so that the API key is never sent elsewhere; use that address as the server URL if you trust it.</source>
        <extracomment>%1 is the server&apos;s URL, %2 the address it redirected to.</extracomment>
        <translation>位于 %1 的服务器将请求重定向到另一个地址 %2。为确保 API 密钥不会发送到其他地方，Colvault 只跟随同一服务器内的重定向；如果您信任该地址，请将其用作服务器 URL。</translation>
    </message>
    <message>
        <source>The server at %1 redirected the request more than %2 times.</source>
        <translation>位于 %1 的服务器重定向请求超过 %2 次。</translation>
    </message>
    <message>
        <source>The server at %1 is not a Weaviate API: it has no Weaviate /v1/meta. Check the URL and the port.</source>
        <translation>位于 %1 的服务器不是 Weaviate API：它没有 Weaviate 的 /v1/meta。请检查 URL 和端口。</translation>
    </message>
    <message>
        <source>The server sent a list of objects that is not valid JSON.</source>
        <translation>服务器发送的对象列表不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The server answered a count without a number.</source>
        <translation>服务器对计数的回答中没有数字。</translation>
    </message>
    <message>
        <source>The server at %1 has GraphQL switched off, and its gRPC API at %2 cannot be reached, so Colvault cannot count objects. Give its gRPC address in the connection profile, or with --grpc-url.</source>
        <translation>位于 %1 的服务器已关闭 GraphQL，且无法连接其位于 %2 的 gRPC API，因此 Colvault 无法统计对象。请在连接配置中或通过 --grpc-url 指定其 gRPC 地址。</translation>
    </message>
    <message>
        <source>Could not connect to the proxy at %1: the connection was refused.</source>
        <translation>无法连接到 %1 的代理：连接被拒绝。</translation>
    </message>
    <message>
        <source>The name of the proxy %1, or of the server %2, could not be found.</source>
        <translation>无法解析代理 %1 或服务器 %2 的名称。</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be set up.</source>
        <translation>无法建立到 %1 的安全连接。</translation>
    </message>
    <message>
        <source>The proxy at %1 requires a user name and password.</source>
        <translation>%1 的代理需要用户名和密码。</translation>
    </message>
    <message>
        <source>The proxy at %1 refused the user name or password.</source>
        <translation>%1 的代理拒绝了用户名或密码。</translation>
    </message>
    <message>
        <source>The proxy at %1 would not connect to %2.</source>
        <translation>%1 的代理拒绝连接到 %2。</translation>
    </message>
    <message>
        <source>Objects are to travel over gRPC, but Weaviate&apos;s gRPC API at %1 cannot be reached.</source>
        <translation>对象应通过 gRPC 传输，但无法连接到 %1 上 Weaviate 的 gRPC API。</translation>
    </message>
</context>
<context>
    <name>WeaviateGrpc</name>
    <message>
        <source>The CA file &quot;%1&quot; cannot be read.</source>
        <translation>无法读取 CA 文件“%1”。</translation>
    </message>
    <message>
        <source>Weaviate&apos;s gRPC API at %1 cannot be reached.</source>
        <translation>无法连接位于 %1 的 Weaviate gRPC API。</translation>
    </message>
    <message>
        <source>The gRPC API at %1 does not offer this call.</source>
        <translation>位于 %1 的 gRPC API 不提供此调用。</translation>
    </message>
    <message>
        <source>The server refused the gRPC request (%1).</source>
        <translation>服务器拒绝了 gRPC 请求（%1）。</translation>
    </message>
    <message>
        <source>The gRPC API at %1 answered a count without a number.</source>
        <translation>位于 %1 的 gRPC API 对计数的回答中没有数字。</translation>
    </message>
</context>
</TS>
