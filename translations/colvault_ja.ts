<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AliasClient</name>
    <message>
        <source>Weaviate %1 has no collection aliases: they arrived in Weaviate 1.32.</source>
        <translation>Weaviate %1 にはコレクションのエイリアスがありません。エイリアスは Weaviate 1.32 で導入されました。</translation>
    </message>
    <message>
        <source>The server has no alias &quot;%1&quot;.</source>
        <translation>サーバーにエイリアス「%1」がありません。</translation>
    </message>
    <message>
        <source>The server sent a list of aliases that is not a list.</source>
        <translation>サーバーから送られたエイリアスの一覧が、一覧の形式になっていません。</translation>
    </message>
    <message>
        <source>The server sent an alias without a name or collection.</source>
        <translation>サーバーから、名前またはコレクションのないエイリアスが送られました。</translation>
    </message>
    <message>
        <source>The alias &quot;%1&quot; exists already and points at &quot;%2&quot;.</source>
        <translation>エイリアス「%1」は既に存在し、「%2」を指しています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a collection, so it cannot be an alias.</source>
        <translation>「%1」はコレクションの名前なので、エイリアスにはできません。</translation>
    </message>
</context>
<context>
    <name>AliasCommand</name>
    <message>
        <source>The server has no aliases.</source>
        <translation>サーバーにエイリアスはありません。</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <extracomment>%1 alias name, %2 the collection it points at</extracomment>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>The server has no collection &quot;%1&quot;.</source>
        <translation>サーバーにコレクション「%1」がありません。</translation>
    </message>
    <message>
        <source>Alias %1 points at %2 already.</source>
        <translation>エイリアス %1 は既に %2 を指しています。</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2 (it pointed at %3).</source>
        <extracomment>%1 alias, %2 the collection it points at now, %3 the one before</extracomment>
        <translation>エイリアス %1 は %2 を指すようになりました（以前は %3 を指していました）。</translation>
    </message>
    <message>
        <source>Alias %1 created, pointing at %2.</source>
        <translation>エイリアス %1 を作成しました。%2 を指しています。</translation>
    </message>
    <message>
        <source>Alias %1 deleted; its collection is unchanged.</source>
        <translation>エイリアス %1 を削除しました。コレクションは変更されていません。</translation>
    </message>
    <message>
        <source>&quot;alias list&quot; takes no arguments.</source>
        <translation>「alias list」は引数を取りません。</translation>
    </message>
    <message>
        <source>List, set and delete collection aliases (Weaviate 1.32 or later).</source>
        <translation>コレクションのエイリアスを一覧表示、設定、削除します（Weaviate 1.32 以降）。</translation>
    </message>
    <message>
        <source>list, set NAME COLLECTION, or delete NAME.</source>
        <translation>list、set NAME COLLECTION、または delete NAME。</translation>
    </message>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>機械可読な JSON レポートを 1 つ標準出力に出力します。</translation>
    </message>
    <message>
        <source>Usage: colvault-cli alias list | set NAME COLLECTION | delete NAME.</source>
        <translation>使い方：colvault-cli alias list | set NAME COLLECTION | delete NAME</translation>
    </message>
    <message>
        <source>Usage: colvault-cli alias set NAME COLLECTION.</source>
        <translation>使い方：colvault-cli alias set NAME COLLECTION</translation>
    </message>
    <message>
        <source>Usage: colvault-cli alias delete NAME.</source>
        <translation>使い方：colvault-cli alias delete NAME</translation>
    </message>
</context>
<context>
    <name>ArchiveCommands</name>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>機械可読な JSON レポートを 1 つ標準出力に出力します。</translation>
    </message>
    <message>
        <source>Give exactly one archive file.</source>
        <translation>アーカイブファイルを 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>Show an archive&apos;s manifest, collections and tenants (reads only its head).</source>
        <translation>アーカイブのマニフェスト、コレクション、テナントを表示します（先頭部分のみを読み込みます）。</translation>
    </message>
    <message>
        <source>Archive: %1 (%2)</source>
        <translation>アーカイブ：%1（%2）</translation>
    </message>
    <message>
        <source>Created: %1 by Colvault %2</source>
        <translation>作成日時：%1（Colvault %2 で作成）</translation>
    </message>
    <message>
        <source>Source: %1 (Weaviate %2)</source>
        <translation>ソース：%1（Weaviate %2）</translation>
    </message>
    <message>
        <source>Schema only: the archive holds no objects.</source>
        <translation>スキーマのみ：このアーカイブにはオブジェクトが含まれていません。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s):</source>
        <translation>
            <numerusform>%Ln 個のコレクション：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (multi-tenant, %Ln tenant(s))</source>
        <translation>
            <numerusform>%1（マルチテナント、%Ln 個のテナント）</numerusform>
        </translation>
    </message>
    <message>
        <source>Read a whole archive and check every checksum, count and vector length.</source>
        <translation>アーカイブ全体を読み込み、すべてのチェックサム、件数、ベクトル長を検査します。</translation>
    </message>
    <message>
        <source>Verified %1 of %2</source>
        <extracomment>Progress of reading an archive: %1 bytes read so far, %2 the file size</extracomment>
        <translation>%1 / %2 を検証済み</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The archive is incomplete: it has no valid trailer.</source>
        <translation>アーカイブが不完全です：有効なトレーラーがありません。</translation>
    </message>
    <message>
        <source>The archive is complete and intact: %1 entries, %2 objects.</source>
        <translation>アーカイブは完全で、破損していません：エントリ %1 個、オブジェクト %2 個。</translation>
    </message>
    <message>
        <source>Show an archive&apos;s manifest, collections and tenants.</source>
        <translation>アーカイブのマニフェスト、コレクション、テナントを表示します。</translation>
    </message>
    <message>
        <source>Check every checksum, count and vector length of an archive.</source>
        <translation>アーカイブのすべてのチェックサム、件数、ベクトル長を検査します。</translation>
    </message>
    <message>
        <source>Encrypted with age to public keys (recipients).</source>
        <translation>age で公開鍵（受信者）宛てに暗号化されています。</translation>
    </message>
    <message>
        <source>Encrypted with age and a passphrase.</source>
        <translation>age とパスフレーズで暗号化されています。</translation>
    </message>
    <message>
        <source>The archive: a file or s3://BUCKET/KEY.</source>
        <translation>アーカイブ：ファイル、または s3://BUCKET/KEY。</translation>
    </message>
    <message>
        <source>Aliases: not recorded (the archive is older than alias support).</source>
        <translation>エイリアス：記録されていません（エイリアス対応より前のアーカイブです）。</translation>
    </message>
    <message>
        <source>Aliases: none recorded, the source server had no aliases (Weaviate before 1.32).</source>
        <translation>エイリアス：記録なし。ソースサーバーにエイリアスがありませんでした（Weaviate 1.32 より前）。</translation>
    </message>
    <message>
        <source>Aliases: none.</source>
        <translation>エイリアス：なし。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln alias(es):</source>
        <translation>
            <numerusform>エイリアス %Ln 個：</numerusform>
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
        <translation>このファイルは Colvault アーカイブではありません。</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; belongs to no collection of the manifest.</source>
        <translation>アーカイブのエントリ「%1」は、マニフェストのどのコレクションにも属していません。</translation>
    </message>
    <message>
        <source>The archive has no class definition or tenant list for the collection &quot;%1&quot;.</source>
        <translation>アーカイブに、コレクション「%1」のクラス定義またはテナント一覧がありません。</translation>
    </message>
</context>
<context>
    <name>ArchiveJson</name>
    <message>
        <source>The archive entry &quot;%1&quot; is not valid.</source>
        <translation>アーカイブのエントリ「%1」が不正です。</translation>
    </message>
    <message>
        <source>The file is not a Colvault archive.</source>
        <translation>このファイルは Colvault アーカイブではありません。</translation>
    </message>
    <message>
        <source>The archive was written by a newer version of Colvault (format version %1). Update Colvault to read it.</source>
        <translation>このアーカイブは新しいバージョンの Colvault で作成されています（フォーマットバージョン %1）。読み込むには Colvault を更新してください。</translation>
    </message>
</context>
<context>
    <name>ArchiveObjectReader</name>
    <message>
        <source>The archive entry &quot;%1&quot; is damaged.</source>
        <translation>アーカイブのエントリ「%1」が破損しています。</translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <source>Cannot open the archive &quot;%1&quot;.</source>
        <translation>アーカイブ「%1」を開けません。</translation>
    </message>
    <message>
        <source>Cannot read the archive &quot;%1&quot;.</source>
        <translation>アーカイブ「%1」を読み込めません。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a Colvault archive or is damaged.</source>
        <translation>ファイル「%1」は Colvault アーカイブではないか、破損しています。</translation>
    </message>
    <message>
        <source>The archive is not open.</source>
        <translation>アーカイブが開かれていません。</translation>
    </message>
    <message numerus="yes">
        <source>The archive &quot;%1&quot; is damaged or truncated after %Ln entries.</source>
        <translation>
            <numerusform>アーカイブ「%1」は、%Ln 個のエントリの後が破損しているか、途中で切れています。</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive contains an entry whose name is not valid text.</source>
        <translation>アーカイブに、名前が有効なテキストではないエントリが含まれています。</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is not a regular file and was rejected.</source>
        <translation>アーカイブのエントリ「%1」は通常のファイルではないため、拒否しました。</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; has an unsafe name and was rejected.</source>
        <translation>アーカイブのエントリ「%1」は安全でない名前を持つため、拒否しました。</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is sparse or encrypted and was rejected.</source>
        <translation>アーカイブのエントリ「%1」はスパースファイルまたは暗号化されているため、拒否しました。</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; has no size and was rejected.</source>
        <translation>アーカイブのエントリ「%1」はサイズがないため、拒否しました。</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is too large and was rejected.</source>
        <translation>アーカイブのエントリ「%1」は大きすぎるため、拒否しました。</translation>
    </message>
    <message>
        <source>The archive contains the entry &quot;%1&quot; more than once.</source>
        <translation>アーカイブにエントリ「%1」が複数回含まれています。</translation>
    </message>
    <message>
        <source>The archive has too many entries.</source>
        <translation>アーカイブのエントリが多すぎます。</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is damaged or truncated.</source>
        <translation>アーカイブのエントリ「%1」が破損しているか、途中で切れています。</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted in age&apos;s ASCII armor, which Colvault does not read; decrypt it with age first.</source>
        <translation>アーカイブ「%1」は age の ASCII アーマー形式で暗号化されています。Colvault はこの形式を読めないため、先に age で復号してください。</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted with a passphrase; give the passphrase to open it.</source>
        <translation>アーカイブ「%1」はパスフレーズで暗号化されています。開くにはパスフレーズを指定してください。</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted; give an identity file that can decrypt it.</source>
        <translation>アーカイブ「%1」は暗号化されています。復号できる ID ファイルを指定してください。</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted with a passphrase, not to an identity; give the passphrase to open it.</source>
        <translation>アーカイブ「%1」は ID ではなくパスフレーズで暗号化されています。開くにはパスフレーズを指定してください。</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted to public keys, not with a passphrase; give an identity file that can decrypt it.</source>
        <translation>アーカイブ「%1」はパスフレーズではなく公開鍵宛てに暗号化されています。復号できる ID ファイルを指定してください。</translation>
    </message>
    <message>
        <source>None of the given identities can decrypt the archive &quot;%1&quot;.</source>
        <translation>指定された ID のいずれでもアーカイブ「%1」を復号できません。</translation>
    </message>
    <message>
        <source>The passphrase does not decrypt the archive &quot;%1&quot;.</source>
        <translation>このパスフレーズではアーカイブ「%1」を復号できません。</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; asks for more memory and time to check its passphrase than Colvault allows.</source>
        <translation>アーカイブ「%1」はパスフレーズの確認に Colvault が許可する以上のメモリと時間を必要とします。</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted with a version of the age format that Colvault cannot read.</source>
        <translation>アーカイブ「%1」は Colvault が読めないバージョンの age 形式で暗号化されています。</translation>
    </message>
    <message>
        <source>The encrypted archive &quot;%1&quot; is truncated.</source>
        <translation>暗号化されたアーカイブ「%1」は途中で切れています。</translation>
    </message>
    <message>
        <source>The encrypted archive &quot;%1&quot; is damaged or was tampered with.</source>
        <translation>暗号化されたアーカイブ「%1」は破損しているか、改ざんされています。</translation>
    </message>
    <message>
        <source>Cannot decrypt the archive &quot;%1&quot;.</source>
        <translation>アーカイブ「%1」を復号できません。</translation>
    </message>
</context>
<context>
    <name>ArchiveSink</name>
    <message>
        <source>Removed &quot;%1&quot;, an unfinished archive left by an earlier backup that was interrupted.</source>
        <translation>以前に中断されたバックアップが残した未完成のアーカイブ「%1」を削除しました。</translation>
    </message>
</context>
<context>
    <name>ArchiveTrailer</name>
    <message>
        <source>The archive is incomplete: its backup did not finish.</source>
        <translation>アーカイブが不完全です：バックアップが完了していません。</translation>
    </message>
</context>
<context>
    <name>ArchiveVerifier</name>
    <message>
        <source>The archive entry &quot;%1&quot; is not valid.</source>
        <translation>アーカイブのエントリ「%1」が不正です。</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; belongs to no collection of the manifest.</source>
        <translation>アーカイブのエントリ「%1」は、マニフェストのどのコレクションにも属していません。</translation>
    </message>
    <message>
        <source>The object segment &quot;%1&quot; has no vector segment.</source>
        <translation>オブジェクトセグメント「%1」に対応するベクトルセグメントがありません。</translation>
    </message>
    <message>
        <source>The vector segment &quot;%1&quot; does not follow its object segment.</source>
        <translation>ベクトルセグメント「%1」が、対応するオブジェクトセグメントの直後にありません。</translation>
    </message>
    <message>
        <source>The archive has no class definition or tenant list for the collection &quot;%1&quot;.</source>
        <translation>アーカイブに、コレクション「%1」のクラス定義またはテナント一覧がありません。</translation>
    </message>
    <message>
        <source>The archive is incomplete: it has no valid trailer.</source>
        <translation>アーカイブが不完全です：有効なトレーラーがありません。</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is not listed in the trailer.</source>
        <translation>アーカイブのエントリ「%1」がトレーラーに記載されていません。</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; does not match its checksum.</source>
        <translation>アーカイブのエントリ「%1」がチェックサムと一致しません。</translation>
    </message>
    <message>
        <source>The archive entries are not in the order the trailer lists.</source>
        <translation>アーカイブのエントリが、トレーラーに記載された順序になっていません。</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; is missing.</source>
        <translation>アーカイブのエントリ「%1」がありません。</translation>
    </message>
    <message>
        <source>The object counts of &quot;%1&quot; do not match the trailer.</source>
        <translation>「%1」のオブジェクト数がトレーラーと一致しません。</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; comes after the trailer.</source>
        <translation>アーカイブのエントリ「%1」がトレーラーの後にあります。</translation>
    </message>
    <message>
        <source>The file is not a Colvault archive.</source>
        <translation>このファイルは Colvault アーカイブではありません。</translation>
    </message>
    <message>
        <source>The archive contains the unexpected entry &quot;%1&quot;.</source>
        <translation>アーカイブに予期しないエントリ「%1」が含まれています。</translation>
    </message>
    <message numerus="yes">
        <source>Verification stopped after %Ln problems.</source>
        <translation>
            <numerusform>%Ln 件の問題が見つかったため、検証を中止しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveWriter</name>
    <message>
        <source>The compression level %1 is not supported for %2; use %3 to %4.</source>
        <translation>圧縮レベル %1 は %2 ではサポートされていません。%3～%4 を指定してください。</translation>
    </message>
    <message>
        <source>Cannot create the archive &quot;%1&quot;.</source>
        <translation>アーカイブ「%1」を作成できません。</translation>
    </message>
    <message>
        <source>The archive is not open.</source>
        <translation>アーカイブが開かれていません。</translation>
    </message>
    <message>
        <source>The archive entry &quot;%1&quot; cannot be written.</source>
        <translation>アーカイブのエントリ「%1」を書き込めません。</translation>
    </message>
    <message>
        <source>Cannot write to the archive &quot;%1&quot;.</source>
        <translation>アーカイブ「%1」に書き込めません。</translation>
    </message>
    <message>
        <source>Cannot save the archive as &quot;%1&quot;.</source>
        <translation>アーカイブを「%1」として保存できません。</translation>
    </message>
    <message>
        <source>An archive is encrypted either to public keys or with a passphrase, not both.</source>
        <translation>アーカイブの暗号化は公開鍵宛てかパスフレーズのどちらか一方で、両方は使えません。</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Back up collections into one compressed archive.</source>
        <translation>コレクションを 1 つの圧縮アーカイブにバックアップします。</translation>
    </message>
    <message>
        <source>Collections to back up (default: all).</source>
        <translation>バックアップするコレクション（既定：すべて）。</translation>
    </message>
    <message>
        <source>Save schemas and tenants, no objects.</source>
        <translation>スキーマとテナントのみを保存し、オブジェクトは保存しません。</translation>
    </message>
    <message>
        <source>Leave vectors out (objects only).</source>
        <translation>ベクトルを含めません（オブジェクトのみ）。</translation>
    </message>
    <message>
        <source>Only these tenants: A,B for the one collection named, or COLLECTION:A,B. Repeatable.</source>
        <translation>対象をこれらのテナントに限定します：コレクションを 1 つだけ指定した場合は A,B、それ以外は COLLECTION:A,B の形式で指定します。複数回指定できます。</translation>
    </message>
    <message>
        <source>Activate inactive (COLD) tenants for the backup and put them back after.</source>
        <translation>非アクティブ（COLD）なテナントをバックアップのためにアクティブ化し、完了後に元の状態に戻します。</translation>
    </message>
    <message>
        <source>zstd (default), gzip, xz or none.</source>
        <translation>zstd（既定）、gzip、xz、none のいずれか。</translation>
    </message>
    <message>
        <source>Compression level (zstd 1-19, gzip 1-9, xz 0-9; by default zstd 1, gzip 6, xz 6).</source>
        <translation>圧縮レベル（zstd は 1-19、gzip は 1-9、xz は 0-9。既定値は zstd 1、gzip 6、xz 6）。</translation>
    </message>
    <message>
        <source>Objects per request (1-10000, default 500).</source>
        <translation>1 回のリクエストで取得するオブジェクト数（1-10000、既定 500）。</translation>
    </message>
    <message>
        <source>Show what would be backed up; write nothing.</source>
        <translation>バックアップされる内容を表示し、何も書き込みません。</translation>
    </message>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>機械可読な JSON レポートを 1 つ標準出力に出力します。</translation>
    </message>
    <message>
        <source>Unknown compression &quot;%1&quot;; use zstd, gzip, xz or none.</source>
        <translation>不明な圧縮形式「%1」です。zstd、gzip、xz、none のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--level must be %1 to %2 for %3.</source>
        <translation>%3 の場合、--level は %1～%2 でなければなりません。</translation>
    </message>
    <message>
        <source>--page-size must be a number from 1 to 10000.</source>
        <translation>--page-size には 1～10000 の数値を指定してください。</translation>
    </message>
    <message>
        <source>No archive given: use -o FILE (or --dry-run to only see the plan).</source>
        <translation>アーカイブが指定されていません：-o FILE を指定してください（計画を確認するだけなら --dry-run）。</translation>
    </message>
    <message>
        <source>Canceled; nothing was written.</source>
        <translation>キャンセルしました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Dry run: nothing will be written.</source>
        <translation>ドライラン：何も書き込みません。</translation>
    </message>
    <message>
        <source>schema only</source>
        <translation>スキーマのみ</translation>
    </message>
    <message>
        <source>objects not yet countable</source>
        <translation>オブジェクト数はまだ数えられません</translation>
    </message>
    <message>
        <source>will be activated</source>
        <translation>アクティブ化されます</translation>
    </message>
    <message>
        <source>skipped (%1)</source>
        <translation>スキップ（%1）</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Canceled; no archive was written.</source>
        <translation>キャンセルしました。アーカイブは書き込まれていません。</translation>
    </message>
    <message>
        <source>No archive was written.</source>
        <translation>アーカイブは書き込まれていません。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s)</source>
        <translation>
            <numerusform>オブジェクト %Ln 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln object(s), about %1 to read, archive about %2.</source>
        <extracomment>%Ln total object count, %1 estimated transfer size, %2 estimated archive size</extracomment>
        <translation>
            <numerusform>合計：オブジェクト %Ln 個、読み込み量 約 %1、アーカイブ 約 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %Ln object(s) to %1 (%2) in %3 s.</source>
        <extracomment>%Ln objects, %1 archive path, %2 archive size, %3 seconds</extracomment>
        <translation>
            <numerusform>%3 秒で %Ln 個のオブジェクトを %1（%2）にバックアップしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The archive will be encrypted with age to %Ln recipient(s).</source>
        <translation>
            <numerusform>アーカイブは age で %Ln 人の受信者宛てに暗号化されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive will be encrypted with age and a passphrase.</source>
        <translation>アーカイブは age とパスフレーズで暗号化されます。</translation>
    </message>
    <message>
        <source>Archive file to write, or a folder to write a default-named archive into; also s3://BUCKET/KEY, or s3://BUCKET/PREFIX/ for a default-named archive.</source>
        <translation>書き込むアーカイブファイル、または既定の名前でアーカイブを書き込むフォルダー。s3://BUCKET/KEY も指定でき、既定の名前のアーカイブには s3://BUCKET/PREFIX/ を指定します。</translation>
    </message>
</context>
<context>
    <name>BackupTask</name>
    <message>
        <source>No destination file was given for the backup.</source>
        <translation>バックアップの保存先ファイルが指定されていません。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>フォルダー「%1」は存在しません。</translation>
    </message>
    <message>
        <source>Weaviate %1 is too old: backups need the cursor API of Weaviate 1.18 or later.</source>
        <translation>Weaviate %1 は古すぎます：バックアップには Weaviate 1.18 以降のカーソル API が必要です。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s) not found on the server: %1.</source>
        <translation>
            <numerusform>%Ln 個のコレクションがサーバー上に見つかりません：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenants were chosen for &quot;%1&quot;, which is not being backed up.</source>
        <translation>「%1」のテナントが選択されていますが、このコレクションはバックアップ対象ではありません。</translation>
    </message>
    <message>
        <source>Counting objects in %1…</source>
        <translation>%1 のオブジェクトを数えています…</translation>
    </message>
    <message>
        <source>The server sent a schema for &quot;%1&quot; that names another collection.</source>
        <translation>サーバーから送られた「%1」のスキーマに、別のコレクション名が記載されています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid collection name.</source>
        <translation>「%1」は有効なコレクション名ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not multi-tenant, so no tenants can be chosen for it.</source>
        <translation>「%1」はマルチテナントではないため、テナントを選択できません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tenant name.</source>
        <translation>「%1」は有効なテナント名ではありません。</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is inactive (%3) and will be skipped; allow activating tenants to include it.</source>
        <translation>「%2」のテナント「%1」は非アクティブ（%3）のため、スキップされます。含めるには、テナントのアクティブ化を許可してください。</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is offloaded (%3) and will be skipped.</source>
        <translation>「%2」のテナント「%1」はオフロード済み（%3）のため、スキップされます。</translation>
    </message>
    <message>
        <source>Plan ready.</source>
        <translation>計画を作成しました。</translation>
    </message>
    <message>
        <source>inactive (%1)</source>
        <translation>非アクティブ（%1）</translation>
    </message>
    <message>
        <source>offloaded (%1)</source>
        <translation>オフロード済み（%1）</translation>
    </message>
    <message>
        <source>changing status (%1)</source>
        <translation>状態を変更中（%1）</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>Reading %1, tenant %2…</source>
        <translation>%1（テナント %2）を読み込んでいます…</translation>
    </message>
    <message>
        <source>%1, tenant %2</source>
        <translation>%1（テナント %2）</translation>
    </message>
    <message>
        <source>%1 changed during the backup: %2 objects before, %3 after, %4 written.</source>
        <translation>バックアップ中に %1 が変更されました：開始時 %2 個、終了時 %3 個のオブジェクトがあり、%4 個を書き込みました。</translation>
    </message>
    <message>
        <source>Backup finished.</source>
        <translation>バックアップが完了しました。</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %L1 objects, not %L2.</source>
        <translation>ページサイズは 1～%L1 個のオブジェクトの範囲で指定してください（指定値：%L2）。</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is changing its status (%3) and will be skipped.</source>
        <translation>「%2」のテナント「%1」は状態を変更中（%3）のため、スキップされます。</translation>
    </message>
    <message>
        <source>Checking the parameters</source>
        <translation>パラメーターの確認</translation>
    </message>
    <message>
        <source>Reading the server</source>
        <translation>サーバーの読み取り</translation>
    </message>
    <message>
        <source>Reading the collections</source>
        <translation>コレクションの読み取り</translation>
    </message>
    <message>
        <source>Counting objects</source>
        <translation>オブジェクトの集計</translation>
    </message>
    <message>
        <source>Opening the archive</source>
        <translation>アーカイブを開く</translation>
    </message>
    <message>
        <source>Activating tenants</source>
        <translation>テナントの有効化</translation>
    </message>
    <message>
        <source>Reading objects</source>
        <translation>オブジェクトの読み取り</translation>
    </message>
    <message>
        <source>Putting tenant statuses back</source>
        <translation>テナントを元の状態に戻す</translation>
    </message>
    <message>
        <source>Finishing the archive</source>
        <translation>アーカイブの仕上げ</translation>
    </message>
    <message>
        <source>The server&apos;s collection aliases could not be read, so the archive does not record them: %1</source>
        <translation>サーバーのコレクションのエイリアスを読み取れなかったため、アーカイブには記録されません：%1</translation>
    </message>
</context>
<context>
    <name>ClearCommand</name>
    <message>
        <source>keep the schema and tenants, delete every object</source>
        <translation>スキーマとテナントを残し、すべてのオブジェクトを削除</translation>
    </message>
    <message>
        <source>drop and create again from the saved schema</source>
        <translation>削除して、保存したスキーマから再作成</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s)</source>
        <translation>
            <numerusform>オブジェクト %Ln 個</numerusform>
        </translation>
    </message>
    <message>
        <source>not countable until activated</source>
        <translation>アクティブ化するまで数えられません</translation>
    </message>
    <message>
        <source>Method: %1.</source>
        <translation>方法：%1。</translation>
    </message>
    <message>
        <source>left alone: %1</source>
        <translation>対象外：%1</translation>
    </message>
    <message>
        <source>activated for the clear, then put back</source>
        <translation>クリアのためにアクティブ化し、その後元の状態に戻します</translation>
    </message>
    <message>
        <source>tenant %1 (%2): %3</source>
        <translation>テナント %1（%2）：%3</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注記：%1</translation>
    </message>
    <message>
        <source>Undo afterwards with: %1</source>
        <translation>後で元に戻すには：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>問題：%1</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>バックアップ：%1</translation>
    </message>
    <message>
        <source>To undo: %1</source>
        <translation>元に戻すには：%1</translation>
    </message>
    <message>
        <source>No backup was taken: this clear cannot be undone.</source>
        <translation>バックアップは作成されていません：このクリアは元に戻せません。</translation>
    </message>
    <message>
        <source>Delete every object of collections, after a verified backup.</source>
        <translation>検証済みのバックアップを作成してから、コレクションのすべてのオブジェクトを削除します。</translation>
    </message>
    <message>
        <source>Collections to clear: exact names, no wildcards.</source>
        <translation>クリアするコレクション：正確な名前で指定します（ワイルドカードは使用できません）。</translation>
    </message>
    <message>
        <source>Drop the collections (or the chosen tenants) instead of deleting their objects.</source>
        <translation>オブジェクトを削除する代わりに、コレクション（または選択したテナント）自体を削除します。</translation>
    </message>
    <message>
        <source>Drop and create again from the saved schema, tenants and tenant statuses (fast for large collections; indexes start empty).</source>
        <translation>削除して、保存したスキーマ、テナント、テナントの状態から再作成します（大規模なコレクションでは高速です。インデックスは空の状態から始まります）。</translation>
    </message>
    <message>
        <source>Show what would be deleted and the backup; change nothing.</source>
        <translation>削除される内容とバックアップを表示し、何も変更しません。</translation>
    </message>
    <message>
        <source>Take no backup first: the clear cannot be undone.</source>
        <translation>最初にバックアップを作成しません：クリアは元に戻せなくなります。</translation>
    </message>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>機械可読な JSON レポートを 1 つ標準出力に出力します。</translation>
    </message>
    <message>
        <source>Do not ask; with --confirm, allows the clear.</source>
        <translation>確認しません。--confirm と併用するとクリアを許可します。</translation>
    </message>
    <message>
        <source>The exact names of the collections being cleared, comma-separated.</source>
        <translation>クリアするコレクションの正確な名前（カンマ区切り）。</translation>
    </message>
    <message>
        <source>Choose either --drop or --recreate.</source>
        <translation>--drop と --recreate のどちらか一方を選んでください。</translation>
    </message>
    <message>
        <source>Choose either --backup-to or --no-backup.</source>
        <translation>--backup-to と --no-backup のどちらか一方を選んでください。</translation>
    </message>
    <message>
        <source>Canceled; nothing was deleted.</source>
        <translation>キャンセルしました。何も削除されていません。</translation>
    </message>
    <message>
        <source>Dry run: nothing will be deleted.</source>
        <translation>ドライラン：何も削除しません。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was deleted: the plan has %Ln blocking problem(s).</source>
        <translation>
            <numerusform>何も削除されていません：計画に実行を妨げる問題が %Ln 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Clearing %1 deletes data: confirm with --yes --confirm %2.</source>
        <translation>%1 をクリアするとデータが削除されます。--yes --confirm %2 で確認してください。</translation>
    </message>
    <message>
        <source>The names given (%1) are not exactly the collections being cleared (%2); nothing was deleted.</source>
        <translation>指定された名前（%1）が、クリアするコレクション（%2）と一致しません。何も削除されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Canceled after deleting %Ln object(s); the clear is incomplete.</source>
        <translation>
            <numerusform>%Ln 個のオブジェクトを削除した後でキャンセルしました。クリアは完了していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>何も削除されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %1: %Ln object(s) deleted in %2 s.</source>
        <extracomment>%1 collection names, %2 seconds</extracomment>
        <translation>
            <numerusform>%1 をクリアしました：%2 秒で %Ln 個のオブジェクトを削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete every object of collections after a verified backup, or drop them.</source>
        <translation>検証済みのバックアップを作成してからコレクションのすべてのオブジェクトを削除するか、コレクションを削除します。</translation>
    </message>
    <message>
        <source>drop the collections with their schema and tenants</source>
        <translation>コレクションをスキーマとテナントごと削除</translation>
    </message>
    <message numerus="yes">
        <source>Total: at least %Ln object(s); tenants that cannot be counted now are not included.</source>
        <translation>
            <numerusform>合計：オブジェクト %Ln 個以上（現在数えられないテナントの分は含みません）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %Ln object(s).</source>
        <translation>
            <numerusform>合計：オブジェクト %Ln 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup is written to %1 and verified before anything is deleted.</source>
        <translation>削除を行う前に、バックアップを %1 に書き込んで検証します。</translation>
    </message>
    <message>
        <source>No collection given. Name at least one: %1</source>
        <translation>コレクションが指定されていません。少なくとも 1 つ指定してください：%1</translation>
    </message>
    <message numerus="yes">
        <source>This deletes the data of %Ln collection(s): %1. Type their names to confirm, separated by commas:</source>
        <translation>
            <numerusform>%Ln 個のコレクションのデータが削除されます：%1。確認のため、コレクション名をカンマ区切りで入力してください：</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the backup taken first to this file or folder, or to s3://BUCKET/KEY or s3://BUCKET/PREFIX/ (default: %1).</source>
        <translation>最初に作成するバックアップをこのファイルまたはフォルダー、あるいは s3://BUCKET/KEY か s3://BUCKET/PREFIX/ に書き込みます（既定：%1）。</translation>
    </message>
</context>
<context>
    <name>ClearTask</name>
    <message>
        <source>The server&apos;s answer to deleting the objects of %1 is not valid.</source>
        <translation>%1 のオブジェクト削除に対するサーバーの応答が不正です。</translation>
    </message>
    <message numerus="yes">
        <source>The server deleted nothing from %1 although it still holds %Ln object(s); the clear stopped.</source>
        <translation>
            <numerusform>%1 にはまだ %Ln 個のオブジェクトがありますが、サーバーは何も削除しませんでした。クリアを中止しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name at least one collection to clear.</source>
        <translation>クリアするコレクションを少なくとも 1 つ指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a collection name; clear takes exact names, no wildcards.</source>
        <translation>「%1」はコレクション名ではありません。clear には正確な名前を指定してください（ワイルドカードは使用できません）。</translation>
    </message>
    <message>
        <source>Tenants were chosen for &quot;%1&quot;, which is not being cleared.</source>
        <translation>「%1」のテナントが選択されていますが、このコレクションはクリア対象ではありません。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s) not found on the server: %1.</source>
        <translation>
            <numerusform>%Ln 個のコレクションがサーバー上に見つかりません：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting objects in %1…</source>
        <translation>%1 のオブジェクトを数えています…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not multi-tenant, so it has no tenants to choose.</source>
        <translation>「%1」はマルチテナントではないため、選択できるテナントはありません。</translation>
    </message>
    <message>
        <source>offloaded (%1)</source>
        <translation>オフロード済み（%1）</translation>
    </message>
    <message>
        <source>changing status (%1)</source>
        <translation>状態を変更中（%1）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is deleted with its definition and tenants.</source>
        <translation>「%1」は定義とテナントごと削除されます。</translation>
    </message>
    <message>
        <source>The chosen tenants of &quot;%1&quot; are deleted with their objects; the collection stays.</source>
        <translation>「%1」の選択したテナントがオブジェクトごと削除されます。コレクションは残ります。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is deleted and created again from its saved definition: its indexes start empty, settings the server added internally are reset, and its tenants are created again with their statuses put back.</source>
        <translation>「%1」は削除され、保存された定義から再作成されます：インデックスは空の状態から始まり、サーバーが内部で追加した設定はリセットされます。テナントは再作成され、状態も元に戻されます。</translation>
    </message>
    <message>
        <source>The chosen tenants of &quot;%1&quot; are deleted and created again with their statuses put back.</source>
        <translation>「%1」の選択したテナントは削除されてから再作成され、状態も元に戻されます。</translation>
    </message>
    <message>
        <source>Dropping whole collections and only some tenants of &quot;%1&quot; in one clear cannot be undone with one restore; clear them separately.</source>
        <translation>コレクション全体の削除と「%1」の一部のテナントの削除を 1 回のクリアで行うと、1 回の復元では元に戻せません。別々にクリアしてください。</translation>
    </message>
    <message>
        <source>No backup will be taken: this clear cannot be undone.</source>
        <translation>バックアップは作成されません：このクリアは元に戻せません。</translation>
    </message>
    <message>
        <source>Plan ready.</source>
        <translation>計画を作成しました。</translation>
    </message>
    <message numerus="yes">
        <source>The clear plan has %Ln blocking problem(s).</source>
        <translation>
            <numerusform>クリアの計画に実行を妨げる問題が %Ln 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Clearing &quot;%1&quot; deletes its objects and needs its name confirmed.</source>
        <translation>「%1」をクリアするとオブジェクトが削除されるため、名前の確認が必要です。</translation>
    </message>
    <message>
        <source>The backup folder &quot;%1&quot; cannot be created; nothing was deleted.</source>
        <translation>バックアップフォルダー「%1」を作成できません。何も削除されていません。</translation>
    </message>
    <message>
        <source>The backup before the clear failed, so nothing was deleted: %1</source>
        <translation>クリア前のバックアップに失敗したため、何も削除されていません：%1</translation>
    </message>
    <message>
        <source>The backup before the clear did not verify, so nothing was deleted.</source>
        <translation>クリア前のバックアップの検証に失敗したため、何も削除されていません。</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>バックアップ：%1</translation>
    </message>
    <message>
        <source>No backup was taken: this clear cannot be undone.</source>
        <translation>バックアップは作成されていません：このクリアは元に戻せません。</translation>
    </message>
    <message>
        <source>Deleting the objects of %1…</source>
        <translation>%1 のオブジェクトを削除しています…</translation>
    </message>
    <message>
        <source>Deleting the objects of %1, tenant %2…</source>
        <translation>%1（テナント %2）のオブジェクトを削除しています…</translation>
    </message>
    <message>
        <source>Could not count %1 after the clear: %2</source>
        <translation>クリア後に %1 のオブジェクトを数えられませんでした：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 still holds %Ln object(s) after the clear; something wrote to it meanwhile.</source>
        <translation>
            <numerusform>クリア後も %1 に %Ln 個のオブジェクトが残っています。クリア中に別の処理が書き込んだと考えられます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropping %1…</source>
        <translation>%1 を削除しています…</translation>
    </message>
    <message>
        <source>Re-creating %1…</source>
        <translation>%1 を再作成しています…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; still exists after it was dropped.</source>
        <translation>「%1」は削除した後も存在しています。</translation>
    </message>
    <message>
        <source>Some tenants of &quot;%1&quot; still exist after they were dropped: %2</source>
        <translation>「%1」の一部のテナントが、削除した後も存在しています：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted but could not be created again: %2</source>
        <translation>「%1」は削除されましたが、再作成できませんでした：%2</translation>
    </message>
    <message>
        <source>The tenants of &quot;%1&quot; were deleted but could not be created again: %2</source>
        <translation>「%1」のテナントは削除されましたが、再作成できませんでした：%2</translation>
    </message>
    <message numerus="yes">
        <source>The clear deleted %Ln object(s) beyond what the backup holds; objects written after the backup cannot be restored.</source>
        <translation>
            <numerusform>クリアにより、バックアップに含まれていないオブジェクトが %Ln 個削除されました。バックアップ後に書き込まれたオブジェクトは復元できません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear finished.</source>
        <translation>クリアが完了しました。</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is offloaded (%3): its objects cannot be deleted, so they are kept.</source>
        <translation>「%2」のテナント「%1」はオフロード済み（%3）です：オブジェクトを削除できないため、そのまま残します。</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is changing its status (%3): its objects cannot be deleted, so they are kept.</source>
        <translation>「%2」のテナント「%1」は状態を変更中（%3）です：オブジェクトを削除できないため、そのまま残します。</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; has the status %3: its objects cannot be backed up first. Activate it, leave it out of the clear, or clear without a backup.</source>
        <extracomment>%3 is the tenant&apos;s status as the server names it, e.g. FROZEN or FREEZING</extracomment>
        <translation>「%2」のテナント「%1」の状態は %3 です：クリアの前にオブジェクトをバックアップできません。テナントをアクティブ化するか、クリアの対象から外すか、バックアップなしでクリアしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; refers to &quot;%3&quot; through its property &quot;%2&quot;: after the clear these references point to objects that no longer exist.</source>
        <extracomment>%1 the referring collection, %2 its reference property, %3 the cleared collection</extracomment>
        <translation>「%1」はプロパティ「%2」で「%3」を参照しています。クリア後、これらの参照は存在しないオブジェクトを指します。</translation>
    </message>
    <message>
        <source>Checking the parameters</source>
        <translation>パラメーターの確認</translation>
    </message>
    <message>
        <source>Reading collections and tenants</source>
        <translation>コレクションとテナントの読み取り</translation>
    </message>
    <message>
        <source>Counting objects</source>
        <translation>オブジェクトの集計</translation>
    </message>
    <message>
        <source>Finding incoming references</source>
        <translation>入ってくる参照の検索</translation>
    </message>
    <message>
        <source>Describing what the method changes</source>
        <translation>方法による変更内容の説明</translation>
    </message>
    <message>
        <source>Planning the backup</source>
        <translation>バックアップの計画</translation>
    </message>
    <message>
        <source>Checking the plan</source>
        <translation>計画の確認</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Verifying the backup</source>
        <translation>バックアップの検証</translation>
    </message>
    <message>
        <source>Deleting objects</source>
        <translation>オブジェクトの削除</translation>
    </message>
    <message>
        <source>Dropping collections</source>
        <translation>コレクションの削除</translation>
    </message>
    <message>
        <source>Re-creating collections</source>
        <translation>コレクションの削除と再作成</translation>
    </message>
    <message>
        <source>Putting tenant statuses back</source>
        <translation>テナントを元の状態に戻す</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: %1 [options] COMMAND [command options]</source>
        <translation>使い方：%1 [options] COMMAND [command options]</translation>
    </message>
    <message>
        <source>Back up, restore and clear Weaviate collections from the command line.</source>
        <translation>コマンドラインから Weaviate のコレクションをバックアップ、復元、クリアします。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド：</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for the options of a command.</source>
        <translation>コマンドのオプションを確認するには「%1 COMMAND --help」を実行してください。</translation>
    </message>
    <message>
        <source>Environment: WEAVIATE_URL (default http://localhost:8080), WEAVIATE_API_KEY.</source>
        <translation>環境変数：WEAVIATE_URL（既定 http://localhost:8080）、WEAVIATE_API_KEY。</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 finished with some objects or tenants skipped or failed, 130 canceled.</source>
        <translation>終了コード：0 成功、1 失敗、2 使い方の誤り、3 完了（一部のオブジェクトまたはテナントがスキップまたは失敗）、130 キャンセル。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>No command given. Run &quot;%1 --help&quot; to see what is available.</source>
        <translation>コマンドが指定されていません。使用できるコマンドは「%1 --help」で確認できます。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;%2 --help&quot; to see what is available.</source>
        <translation>不明なコマンド「%1」です。使用できるコマンドは「%2 --help」で確認できます。</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>%1  %2 of %3 objects  %4 objects/s  %5/s</source>
        <extracomment>Progress line: %1 where, %2 objects done, %3 total, %4 objects per second, %5 transfer rate</extracomment>
        <translation>%1  %2 / %3 オブジェクト  %4 オブジェクト/秒  %5/秒</translation>
    </message>
    <message>
        <source>%1  %2 objects  %3 objects/s  %4/s</source>
        <translation>%1  %2 オブジェクト  %3 オブジェクト/秒  %4/秒</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>Estimated time left, as h:mm:ss</extracomment>
        <translation>残り %1</translation>
    </message>
    <message>
        <source>Weaviate server URL (default: $WEAVIATE_URL, else http://localhost:8080).</source>
        <translation>Weaviate サーバーの URL（既定：$WEAVIATE_URL、未設定なら http://localhost:8080）。</translation>
    </message>
    <message>
        <source>API key sent as a Bearer token (default: $WEAVIATE_API_KEY).</source>
        <translation>Bearer トークンとして送信する API キー（既定：$WEAVIATE_API_KEY）。</translation>
    </message>
    <message>
        <source>Extra HTTP header, e.g. &quot;X-OpenAI-Api-Key: sk-…&quot;. Repeatable.</source>
        <translation>追加の HTTP ヘッダー（例：&quot;X-OpenAI-Api-Key: sk-…&quot;）。複数回指定できます。</translation>
    </message>
    <message>
        <source>Do not verify the server&apos;s TLS certificate (unsafe).</source>
        <translation>サーバーの TLS 証明書を検証しません（安全ではありません）。</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file.</source>
        <translation>この PEM ファイルに含まれる CA 証明書を信頼します。</translation>
    </message>
    <message>
        <source>Seconds without any data before a request is given up (default 60).</source>
        <translation>データをまったく受信しない状態が続いたときに、リクエストを中止するまでの秒数（既定 60）。</translation>
    </message>
    <message>
        <source>Retries of a failed request that is safe to repeat (default 5).</source>
        <translation>安全に再試行できるリクエストが失敗したときの再試行回数（既定 5）。</translation>
    </message>
    <message>
        <source>Print technical details and debug logging.</source>
        <translation>技術的な詳細とデバッグログを出力します。</translation>
    </message>
    <message>
        <source>Append the log (with debug records) to this file.</source>
        <translation>ログ（デバッグ記録を含む）をこのファイルに追記します。</translation>
    </message>
    <message>
        <source>Cannot write the log file &quot;%1&quot;: %2</source>
        <translation>ログファイル「%1」に書き込めません：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server URL; use http://host:port or https://host.</source>
        <translation>「%1」は有効なサーバー URL ではありません。http://host:port または https://host の形式で指定してください。</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is not of the form &quot;Name: value&quot;.</source>
        <translation>ヘッダー「%1」が「Name: value」の形式になっていません。</translation>
    </message>
    <message>
        <source>Warning: TLS certificate verification is off; the connection can be intercepted.</source>
        <translation>警告：TLS 証明書の検証が無効です。通信を傍受される可能性があります。</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds.</source>
        <translation>--timeout には正の秒数を指定してください。</translation>
    </message>
    <message>
        <source>--retries needs a number of 0 or more.</source>
        <translation>--retries には 0 以上の数値を指定してください。</translation>
    </message>
    <message>
        <source>--tenants %1: name the collection as COLLECTION:%1 unless exactly one collection is named.</source>
        <translation>--tenants %1：コレクションを 1 つだけ指定した場合を除き、COLLECTION:%1 の形式でコレクションを指定してください。</translation>
    </message>
    <message>
        <source>--tenants %1 names no tenants.</source>
        <translation>--tenants %1 にテナントが指定されていません。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー：%1</translation>
    </message>
    <message>
        <source>Language of the messages: %1. Default: the system&apos;s language.</source>
        <translation>メッセージの言語（%1 のいずれか）。既定はシステムの言語です。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Available: %2.</source>
        <translation>不明な言語「%1」です。使用できる言語：%2。</translation>
    </message>
    <message>
        <source>Read the API key from this file (&quot;-&quot;: standard input), out of sight of the process list.</source>
        <translation>API キーをこのファイルから読み込みます（&quot;-&quot;：標準入力）。プロセス一覧には表示されません。</translation>
    </message>
    <message>
        <source>Read extra HTTP headers from this file (&quot;-&quot;: standard input), one &quot;Name: value&quot; a line. Repeatable.</source>
        <translation>追加の HTTP ヘッダーをこのファイルから読み込みます（&quot;-&quot;：標準入力）。1 行に 1 つ &quot;Name: value&quot; の形式で記述します。複数回指定できます。</translation>
    </message>
    <message>
        <source>Extra HTTP header whose value is read from an environment variable, e.g. &quot;X-OpenAI-Api-Key=OPENAI_APIKEY&quot;. Repeatable.</source>
        <translation>値を環境変数から読み込む追加の HTTP ヘッダー（例：&quot;X-OpenAI-Api-Key=OPENAI_APIKEY&quot;）。複数回指定できます。</translation>
    </message>
    <message>
        <source>This command does not connect to a server; ignoring %1.</source>
        <extracomment>%1 lists the options given, e.g. &quot;--url, --api-key&quot;</extracomment>
        <translation>このコマンドはサーバーに接続しないため、%1 を無視します。</translation>
    </message>
    <message>
        <source>Note: values given with --api-key or --header can be seen by other users of this computer in the process list and stay in the shell history; prefer --api-key-file, --header-file, --header-env or $WEAVIATE_API_KEY.</source>
        <translation>注意：--api-key や --header で指定した値は、このコンピューターの他のユーザーがプロセス一覧で見ることができ、シェルの履歴にも残ります。--api-key-file、--header-file、--header-env または $WEAVIATE_API_KEY を使用してください。</translation>
    </message>
    <message>
        <source>Give either --api-key or --api-key-file, not both.</source>
        <translation>--api-key と --api-key-file のどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>Cannot read the API key file &quot;%1&quot;: %2</source>
        <translation>API キーファイル「%1」を読み込めません：%2</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; is empty.</source>
        <translation>API キーファイル「%1」は空です。</translation>
    </message>
    <message>
        <source>The API key file &quot;%1&quot; holds more than one line; it must hold the key alone.</source>
        <translation>API キーファイル「%1」に複数の行があります。キーだけを記述してください。</translation>
    </message>
    <message>
        <source>--header-env &quot;%1&quot; is not of the form NAME=VARIABLE, e.g. X-OpenAI-Api-Key=OPENAI_APIKEY.</source>
        <translation>--header-env「%1」が NAME=VARIABLE の形式ではありません（例：X-OpenAI-Api-Key=OPENAI_APIKEY）。</translation>
    </message>
    <message>
        <source>The environment variable %1 (for the header %2) is not set, empty or more than one line.</source>
        <extracomment>%1 is the name of an environment variable, %2 the HTTP header it was to give the value of</extracomment>
        <translation>環境変数 %1（ヘッダー %2 用）が設定されていないか、空か、複数行です。</translation>
    </message>
    <message>
        <source>Cannot read the header file &quot;%1&quot;: %2</source>
        <translation>ヘッダーファイル「%1」を読み込めません：%2</translation>
    </message>
    <message>
        <source>%1, line %2: not of the form &quot;Name: value&quot;.</source>
        <extracomment>%1 is a file name, %2 a line number in it</extracomment>
        <translation>%1 の %2 行目：&quot;Name: value&quot; の形式ではありません。</translation>
    </message>
    <message>
        <source>The header file &quot;%1&quot; holds no header.</source>
        <translation>ヘッダーファイル「%1」にヘッダーがありません。</translation>
    </message>
    <message>
        <source>standard input was already read for another option.</source>
        <translation>標準入力は別のオプションのためにすでに読み込まれています。</translation>
    </message>
    <message>
        <source>it is larger than %1, too large for a key or headers.</source>
        <translation>%1 を超えており、キーやヘッダーとしては大きすぎます。</translation>
    </message>
    <message>
        <source>Port of the server&apos;s gRPC API on the server&apos;s host (default 50051).</source>
        <translation>サーバーのホスト上の gRPC API のポート（既定 50051）。</translation>
    </message>
    <message>
        <source>Give either --grpc-url or --grpc-port, not both.</source>
        <translation>--grpc-url と --grpc-port のどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>--grpc-port needs a port number from 1 to 65535.</source>
        <translation>--grpc-port には 1 から 65535 までのポート番号が必要です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gRPC address; write grpc://HOST:PORT or grpcs://HOST:PORT.</source>
        <translation>「%1」は gRPC のアドレスではありません。grpc://HOST:PORT または grpcs://HOST:PORT と書いてください。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Progress line: %1 the step (&quot;Step 3 of 6: Adding references&quot;), %2 what it is doing (counts, rates)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file &quot;%1&quot;: %2</source>
        <translation>パスフレーズファイル「%1」を読み取れません：%2</translation>
    </message>
    <message>
        <source>The passphrase file &quot;%1&quot; is empty.</source>
        <translation>パスフレーズファイル「%1」は空です。</translation>
    </message>
    <message>
        <source>The passphrase file &quot;%1&quot; holds more than one line; it must hold the passphrase alone.</source>
        <translation>パスフレーズファイル「%1」に複数の行があります。パスフレーズだけを書いてください。</translation>
    </message>
    <message>
        <source>Proxy for the server&apos;s REST API: http://[USER@]HOST:PORT (or https://, socks5://, socks5h://), or &quot;none&quot; for a direct connection. Default: the proxy of the environment ($https_proxy, $http_proxy, $no_proxy), else the system&apos;s.</source>
        <translation>サーバーの REST API 用のプロキシ：http://[USER@]HOST:PORT（または https://、socks5://、socks5h://）、直接接続には「none」。既定：環境のプロキシ（$https_proxy、$http_proxy、$no_proxy）、なければシステムのプロキシ。</translation>
    </message>
    <message>
        <source>User name at the proxy given with --proxy (or USER@ in its URL).</source>
        <translation>--proxy で指定したプロキシのユーザー名（または URL 内の USER@）。</translation>
    </message>
    <message>
        <source>Read the proxy&apos;s password from this file (&quot;-&quot;: standard input), else from $COLVAULT_PROXY_PASSWORD. There is no option for the password itself: on the command line other users could read it in the process list.</source>
        <translation>プロキシのパスワードをこのファイル（「-」：標準入力）から、なければ $COLVAULT_PROXY_PASSWORD から読み取ります。パスワードそのもののオプションはありません：コマンドラインでは他のユーザーがプロセス一覧から読み取れるためです。</translation>
    </message>
    <message>
        <source>--proxy-password is not an option: other users could read the password in the process list. Put it in a file for --proxy-password-file, or in $COLVAULT_PROXY_PASSWORD.</source>
        <translation>--proxy-password というオプションはありません：他のユーザーがプロセス一覧からパスワードを読み取れるためです。パスワードは --proxy-password-file 用のファイルか $COLVAULT_PROXY_PASSWORD に入れてください。</translation>
    </message>
    <message>
        <source>--proxy-user and --proxy-password-file need the proxy&apos;s address: give it with --proxy URL.</source>
        <translation>--proxy-user と --proxy-password-file にはプロキシのアドレスが必要です：--proxy URL で指定してください。</translation>
    </message>
    <message>
        <source>Do not write the proxy&apos;s password into --proxy: other users could read it in the process list. Put it in a file for --proxy-password-file, or in $COLVAULT_PROXY_PASSWORD.</source>
        <translation>プロキシのパスワードを --proxy に書かないでください：他のユーザーがプロセス一覧から読み取れます。--proxy-password-file 用のファイルか $COLVAULT_PROXY_PASSWORD に入れてください。</translation>
    </message>
    <message>
        <source>Give the proxy&apos;s user name either in --proxy (USER@HOST) or with --proxy-user, not both.</source>
        <translation>プロキシのユーザー名は --proxy（USER@HOST）か --proxy-user のどちらか一方で指定してください。</translation>
    </message>
    <message>
        <source>A proxy password needs a user name: give --proxy-user, or USER@ in --proxy.</source>
        <translation>プロキシのパスワードにはユーザー名が必要です：--proxy-user か、--proxy 内の USER@ を指定してください。</translation>
    </message>
    <message>
        <source>Cannot read the proxy password file &quot;%1&quot;: %2</source>
        <translation>プロキシのパスワードファイル「%1」を読み取れません：%2</translation>
    </message>
    <message>
        <source>The proxy password file &quot;%1&quot; is empty.</source>
        <translation>プロキシのパスワードファイル「%1」は空です。</translation>
    </message>
    <message>
        <source>The proxy password file &quot;%1&quot; holds more than one line; it must hold the password alone.</source>
        <translation>プロキシのパスワードファイル「%1」に複数の行があります。パスワードだけを書いてください。</translation>
    </message>
    <message>
        <source>Address of the server&apos;s gRPC API, used for objects (see --transport), counts and id listings: grpc://HOST:PORT, or grpcs://HOST:PORT with TLS (default: the server&apos;s host, port 50051, TLS as for --url).</source>
        <translation>オブジェクト（--transport を参照）、件数、ID 一覧に使うサーバーの gRPC API のアドレス：grpc://HOST:PORT、または TLS を使う grpcs://HOST:PORT（既定：サーバーのホスト、ポート 50051、TLS は --url と同じ）。</translation>
    </message>
    <message>
        <source>How objects travel (backup pages, restore batches): &quot;auto&quot; over gRPC where the server offers it, else over REST (the default); &quot;rest&quot; never over gRPC; &quot;grpc&quot; only over gRPC, an error without it. Counts and id listings take gRPC where they can in every mode.</source>
        <translation>オブジェクトの転送方法（バックアップのページ、復元のバッチ）：「auto」（既定）はサーバーが提供していれば gRPC、なければ REST を使います。「rest」は gRPC を使いません。「grpc」は gRPC のみを使い、使えない場合はエラーになります。件数と ID 一覧は、どのモードでも可能なら gRPC を使います。</translation>
    </message>
    <message>
        <source>--transport needs &quot;auto&quot;, &quot;rest&quot; or &quot;grpc&quot;.</source>
        <translation>--transport には「auto」、「rest」、「grpc」のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Only these tenants: names or shell patterns (acme-*, t?, [a-c]*), as A,B for the one collection named, or COLLECTION:A,B. Repeatable.</source>
        <translation>対象のテナントのみ：名前またはシェルのパターン（acme-*、t?、[a-c]*）。指定した 1 つのコレクションには A,B、それ以外は COLLECTION:A,B の形式。複数回指定できます。</translation>
    </message>
</context>
<context>
    <name>Colvault::AliasesDialog</name>
    <message>
        <source>Collection Aliases</source>
        <translation>コレクションのエイリアス</translation>
    </message>
    <message>
        <source>Aliases and their collections</source>
        <translation>エイリアスとそのコレクション</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>エイリアス</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <source>e.g. Movies</source>
        <translation>例：Movies</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Create an alias of this name that points at the collection</source>
        <translation>この名前で、コレクションを指すエイリアスを作成します</translation>
    </message>
    <message>
        <source>Change &amp;Target…</source>
        <translation>対象を変更(&amp;T)…</translation>
    </message>
    <message>
        <source>Point this alias at the collection chosen, in one request</source>
        <translation>このエイリアスが選択したコレクションを指すように、1 回の要求で切り替えます</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete this alias; its collection stays</source>
        <translation>このエイリアスを削除します。コレクションは残ります</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Collection:</source>
        <translation>コレクション(&amp;C)：</translation>
    </message>
    <message>
        <source>Collection Aliases on %1</source>
        <extracomment>%1 the server: &quot;profile at URL&quot;</extracomment>
        <translation>%1 のコレクションのエイリアス</translation>
    </message>
    <message>
        <source>The server has an alias &quot;%1&quot; already. Select it and choose Change Target to point it at another collection.</source>
        <translation>サーバーにはエイリアス「%1」が既にあります。別のコレクションを指すようにするには、そのエイリアスを選択して［対象を変更］を選んでください。</translation>
    </message>
    <message>
        <source>The aliases could not be read or changed.</source>
        <translation>エイリアスの読み取りまたは変更ができませんでした。</translation>
    </message>
    <message>
        <source>Reading the aliases…</source>
        <translation>エイリアスを読み取っています…</translation>
    </message>
    <message>
        <source>Changing the alias…</source>
        <translation>エイリアスを変更しています…</translation>
    </message>
    <message>
        <source>The server has no aliases.</source>
        <translation>サーバーにエイリアスはありません。</translation>
    </message>
    <message>
        <source>Alias %1 created, pointing at %2.</source>
        <extracomment>%1 alias, %2 collection</extracomment>
        <translation>エイリアス %1 を作成しました。%2 を指しています。</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2.</source>
        <extracomment>%1 alias, %2 collection</extracomment>
        <translation>エイリアス %1 は %2 を指すようになりました。</translation>
    </message>
    <message>
        <source>Alias %1 deleted; its collection is unchanged.</source>
        <extracomment>%1 alias</extracomment>
        <translation>エイリアス %1 を削除しました。コレクションは変更されていません。</translation>
    </message>
    <message>
        <source>Add Alias</source>
        <translation>エイリアスを追加</translation>
    </message>
    <message>
        <source>Create the alias &quot;%1&quot; pointing at the collection &quot;%2&quot;? Clients that use &quot;%1&quot; then read and write &quot;%2&quot;.</source>
        <extracomment>%1 alias, %2 collection</extracomment>
        <translation>コレクション「%2」を指すエイリアス「%1」を作成しますか？作成後、「%1」を使うクライアントは「%2」を読み書きします。</translation>
    </message>
    <message>
        <source>Change Alias Target</source>
        <translation>エイリアスの対象を変更</translation>
    </message>
    <message>
        <source>Point the alias &quot;%1&quot; at the collection &quot;%2&quot; instead of &quot;%3&quot;? Clients that use &quot;%1&quot; switch to &quot;%2&quot; at once; &quot;%3&quot; is kept.</source>
        <extracomment>%1 alias, %2 the collection it will point at, %3 the one it points at now</extracomment>
        <translation>エイリアス「%1」が「%3」ではなくコレクション「%2」を指すようにしますか？「%1」を使うクライアントはただちに「%2」に切り替わります。「%3」は残ります。</translation>
    </message>
    <message>
        <source>Change Target</source>
        <translation>対象を変更</translation>
    </message>
    <message>
        <source>Delete Alias</source>
        <translation>エイリアスを削除</translation>
    </message>
    <message>
        <source>Delete the alias &quot;%1&quot;, which points at the collection &quot;%2&quot;? The collection and its objects stay; clients that use &quot;%1&quot; fail until an alias of that name is created again.</source>
        <extracomment>%1 alias, %2 the collection it points at</extracomment>
        <translation>コレクション「%2」を指すエイリアス「%1」を削除しますか？コレクションとそのオブジェクトは残りますが、同じ名前のエイリアスが再び作成されるまで、「%1」を使うクライアントは失敗します。</translation>
    </message>
    <message numerus="yes">
        <source>The server has %Ln alias(es).</source>
        <translation>
            <numerusform>サーバーにはエイリアスが %Ln 個あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a collection. Choose a name that no collection has.</source>
        <extracomment>%1 the name typed for the alias</extracomment>
        <translation>「%1」はコレクションの名前です。どのコレクションにも使われていない名前を選んでください。</translation>
    </message>
</context>
<context>
    <name>Colvault::ArchiveKeyDialog</name>
    <message>
        <source>&amp;Passphrase</source>
        <translation>パスフレーズ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Identity file</source>
        <translation>ID ファイル(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Encrypted Archive</source>
        <translation>暗号化されたアーカイブ</translation>
    </message>
    <message>
        <source>The archive %1 is encrypted to public keys. Give an age identity file that holds one of their secret keys, or paste its AGE-SECRET-KEY-1… line.</source>
        <extracomment>%1 an archive&apos;s file name or s3:// location</extracomment>
        <translation>アーカイブ %1 は公開鍵宛てに暗号化されています。いずれかの公開鍵に対応する秘密鍵を含む age の ID ファイルを指定するか、その AGE-SECRET-KEY-1… の行を貼り付けてください。</translation>
    </message>
    <message>
        <source>The archive %1 is encrypted with a passphrase. Type the passphrase.</source>
        <translation>アーカイブ %1 はパスフレーズで暗号化されています。パスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>Identity file, or the pasted identity</source>
        <translation>ID ファイル、または貼り付けた ID</translation>
    </message>
    <message>
        <source>A file, or AGE-SECRET-KEY-1…</source>
        <translation>ファイル、または AGE-SECRET-KEY-1…</translation>
    </message>
    <message>
        <source>Identity File</source>
        <translation>ID ファイル</translation>
    </message>
    <message>
        <source>Age identities (*.txt *.key *.age);;All files (*)</source>
        <translation>age の ID (*.txt *.key *.age);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>パスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>Give an identity file, or paste the identity.</source>
        <translation>ID ファイルを指定するか、ID を貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>Colvault::BackgroundRunRow</name>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Progress of the operation</source>
        <translation>操作の進行状況</translation>
    </message>
    <message>
        <source>Cancel this operation (asks first)</source>
        <translation>この操作をキャンセルします（確認あり）</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>この行を削除します</translation>
    </message>
    <message>
        <source>Show the result of this operation</source>
        <translation>この操作の結果を表示します</translation>
    </message>
    <message>
        <source>Show the progress dialog of this operation</source>
        <translation>この操作の進行状況ダイアログを表示します</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <translation>アーカイブ：%1</translation>
    </message>
    <message>
        <source>Archive: %1 (%2)</source>
        <translation>アーカイブ：%1（%2）</translation>
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
        <translation>コレクションのバックアップ</translation>
    </message>
    <message>
        <source>Collection or tenant</source>
        <translation>コレクションまたはテナント</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Zstandard (recommended)</source>
        <translation>Zstandard（推奨）</translation>
    </message>
    <message>
        <source>Gzip</source>
        <translation>Gzip</translation>
    </message>
    <message>
        <source>XZ (smallest, slowest)</source>
        <translation>XZ（最小サイズ、最も低速）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Default</source>
        <comment>compression level</comment>
        <translation>既定</translation>
    </message>
    <message>
        <source>No estimate yet.</source>
        <translation>見積もりはまだありません。</translation>
    </message>
    <message>
        <source>Estimate:</source>
        <translation>見積もり：</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>バックアップを %1 に書き込みました。</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>バックアップに失敗しました：%1</translation>
    </message>
    <message>
        <source>Backup canceled.</source>
        <translation>バックアップをキャンセルしました。</translation>
    </message>
    <message>
        <source>inactive (%1)</source>
        <translation>非アクティブ（%1）</translation>
    </message>
    <message>
        <source>Save Backup As</source>
        <translation>名前を付けてバックアップを保存</translation>
    </message>
    <message>
        <source>Colvault archives (*.tar.zst *.tar.gz *.tar.xz *.tar)</source>
        <translation>Colvault アーカイブ (*.tar.zst *.tar.gz *.tar.xz *.tar)</translation>
    </message>
    <message>
        <source>Estimating…</source>
        <translation>見積もり中…</translation>
    </message>
    <message>
        <source>Backup of %1 to %2 started.</source>
        <translation>%1 のバックアップを開始しました（保存先：%2）。</translation>
    </message>
    <message>
        <source>The backup is complete.</source>
        <translation>バックアップが完了しました。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) written.</source>
        <translation>
            <numerusform>%Ln 個のオブジェクトを書き込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive: %1 (%2)</source>
        <translation>アーカイブ：%1（%2）</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <extracomment>%1 a duration in words such as &quot;2 min 5 s&quot;</extracomment>
        <translation>所要時間：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s) backed up.</source>
        <translation>
            <numerusform>%Ln 個のコレクションをバックアップしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the collections to back up; for a multi-tenant collection, check single tenants to back up only those.</source>
        <translation>バックアップするコレクションにチェックを付けてください。マルチテナントのコレクションでは、個々のテナントにチェックを付けると、そのテナントだけをバックアップできます。</translation>
    </message>
    <message>
        <source>&amp;Activate inactive tenants for the backup, then put them back</source>
        <translation>非アクティブなテナントをバックアップのためにアクティブ化し、完了後に元の状態に戻す(&amp;A)</translation>
    </message>
    <message>
        <source>Sc&amp;hema only (no objects)</source>
        <translation>スキーマのみ（オブジェクトなし）(&amp;H)</translation>
    </message>
    <message>
        <source>Include &amp;vectors</source>
        <translation>ベクトルを含める(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>レベル(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for the destination</source>
        <translation>保存先を参照</translation>
    </message>
    <message>
        <source>&amp;Estimate</source>
        <translation>見積もり(&amp;E)</translation>
    </message>
    <message>
        <source>Co&amp;mpression:</source>
        <translation>圧縮(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>保存先(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Start Backup</source>
        <translation>バックアップを開始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Collections and tenants to back up:</source>
        <translation>バックアップするコレクションとテナント(&amp;C)：</translation>
    </message>
    <message>
        <source>Collections and tenants to back up</source>
        <translation>バックアップするコレクションとテナント</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln object(s), archive about %1, taking roughly %2.</source>
        <translation>
            <numerusform>オブジェクト %Ln 個以上、アーカイブ 約 %1、所要時間 約 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s), archive about %1, taking roughly %2.</source>
        <translation>
            <numerusform>オブジェクト %Ln 個、アーカイブ 約 %1、所要時間 約 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Back Up Collections from %1</source>
        <extracomment>%1 the server: &quot;profile at URL&quot;</extracomment>
        <translation>%1 のコレクションをバックアップ</translation>
    </message>
    <message>
        <source>inactive (%1), activated for the backup</source>
        <extracomment>%1 the tenant&apos;s status as the server says it, e.g. COLD</extracomment>
        <translation>非アクティブ（%1）、バックアップのためにアクティブ化</translation>
    </message>
    <message>
        <source>Colvault activates this tenant for the backup and puts it back to its status afterwards.</source>
        <translation>Colvault はバックアップのためにこのテナントをアクティブ化し、完了後に元の状態に戻します。</translation>
    </message>
    <message>
        <source>This tenant is inactive, so its objects cannot be read. Choose “Activate inactive tenants” below to back it up.</source>
        <translation>このテナントは非アクティブなので、オブジェクトを読み取れません。バックアップするには、下の「非アクティブなテナントをアクティブ化」を選んでください。</translation>
    </message>
    <message>
        <source>offloaded (%1), cannot be backed up</source>
        <extracomment>%1 the tenant&apos;s status as the server says it, e.g. FROZEN</extracomment>
        <translation>オフロード済み（%1）、バックアップできません</translation>
    </message>
    <message>
        <source>This tenant is offloaded to cloud storage. Colvault can neither read nor activate it; load it back on the server first.</source>
        <translation>このテナントはクラウドストレージにオフロードされています。Colvault は読み取りもアクティブ化もできません。先にサーバーで読み戻してください。</translation>
    </message>
    <message>
        <source>changing status (%1), cannot be backed up</source>
        <extracomment>%1 the tenant&apos;s status as the server says it, e.g. FREEZING</extracomment>
        <translation>状態の変更中（%1）、バックアップできません</translation>
    </message>
    <message>
        <source>This tenant is changing its status on the server. Try again once that is done.</source>
        <translation>このテナントはサーバー上で状態を変更中です。完了してからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Backup from %1</source>
        <extracomment>%1 the server: &quot;profile at URL&quot;</extracomment>
        <translation>%1 からのバックアップ</translation>
    </message>
    <message>
        <source>The backup was canceled. No archive was written.</source>
        <translation>バックアップはキャンセルされました。アーカイブは書き込まれていません。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln object(s) written.</source>
        <translation>
            <numerusform>%1: %Ln 個のオブジェクトを書き込みました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2: %Ln object(s) written.</source>
        <translation>
            <numerusform>%1 / %2: %Ln 個のオブジェクトを書き込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>objects</comment>
        <extracomment>Objects column of a partly ticked multi-tenant collection: %1 objects of the ticked tenants, %2 of all</extracomment>
        <translation>%2 中 %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) in the ticked tenants, of %1 in the collection.</source>
        <extracomment>%1 the objects of the whole collection</extracomment>
        <translation>
            <numerusform>チェックしたテナントに %Ln 個のオブジェクト（コレクション全体では %1 個）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>何も選択されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s)</source>
        <comment>selection summary</comment>
        <extracomment>Part of the selection summary, e.g. &quot;3 collections, 2 of 10,000 tenants selected, about 4 objects&quot;</extracomment>
        <translation>
            <numerusform>%Ln 個のコレクション</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln tenant(s)</source>
        <comment>selection summary</comment>
        <extracomment>Part of the selection summary: %1 the tenants ticked, %n all tenants of the server&apos;s collections</extracomment>
        <translation>
            <numerusform>%Ln 個中 %1 個のテナント</numerusform>
        </translation>
    </message>
    <message>
        <source>schema only</source>
        <comment>selection summary</comment>
        <extracomment>Part of the selection summary</extracomment>
        <translation>スキーマのみ</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln object(s)</source>
        <comment>selection summary</comment>
        <translation>
            <numerusform>約 %Ln 個のオブジェクト</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %Ln object(s)</source>
        <comment>selection summary</comment>
        <translation>
            <numerusform>少なくとも %Ln 個のオブジェクト</numerusform>
        </translation>
    </message>
    <message>
        <source>objects not counted</source>
        <comment>selection summary</comment>
        <translation>オブジェクト数は未集計</translation>
    </message>
    <message>
        <source>%1, %2 selected, %3.</source>
        <translation>%1、%2 を選択、%3。</translation>
    </message>
    <message>
        <source>%1 selected, %2.</source>
        <translation>%1 を選択、%2。</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>保存場所(&amp;T)：</translation>
    </message>
    <message>
        <source>Folder on this computer</source>
        <translation>このコンピューターのフォルダー</translation>
    </message>
    <message>
        <source>S3 bucket</source>
        <translation>S3 バケット</translation>
    </message>
    <message>
        <source>Storage profile</source>
        <translation>ストレージプロファイル</translation>
    </message>
    <message>
        <source>No storage profile yet: add one under Storage Profiles…</source>
        <translation>ストレージプロファイルがまだありません。追加するには：ストレージプロファイル…</translation>
    </message>
    <message>
        <source>Cancel Backup</source>
        <translation>バックアップをキャンセル</translation>
    </message>
</context>
<context>
    <name>Colvault::ClearImpactPage</name>
    <message>
        <source>unknown</source>
        <comment>object count</comment>
        <translation>不明</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影響</translation>
    </message>
    <message>
        <source>What will be deleted, and the backup taken before anything is deleted.</source>
        <translation>削除される内容と、削除の前に作成するバックアップです。</translation>
    </message>
    <message>
        <source>Collection or tenant</source>
        <translation>コレクションまたはテナント</translation>
    </message>
    <message>
        <source>Objects to delete</source>
        <translation>削除するオブジェクト</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>A file, or a folder for a file named after the collections</source>
        <translation>ファイル、またはコレクション名に基づく名前のファイルを置くフォルダー</translation>
    </message>
    <message>
        <source>Reading what will be deleted…</source>
        <translation>削除される内容を読み込んでいます…</translation>
    </message>
    <message>
        <source>only the tenants below</source>
        <translation>以下のテナントのみ</translation>
    </message>
    <message>
        <source>%1, skipped: %2</source>
        <extracomment>%1 tenant status in words (e.g. &quot;inactive&quot;), %2 why it is skipped</extracomment>
        <translation>%1、スキップ：%2</translation>
    </message>
    <message>
        <source>%1, activated for the clear, then put back</source>
        <extracomment>%1 tenant status in words, e.g. &quot;inactive&quot;</extracomment>
        <translation>%1、クリアのためにアクティブ化し、その後元の状態に戻す</translation>
    </message>
    <message>
        <source>Blocking: %1</source>
        <translation>実行不可：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message numerus="yes">
        <source>The backup of %Ln object(s) is written and verified first: %1</source>
        <extracomment>%1 a file path, %Ln objects in the backup</extracomment>
        <translation>
            <numerusform>最初に %Ln 個のオブジェクトのバックアップを書き込んで検証します：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup is taken.</source>
        <translation>バックアップは作成されません。</translation>
    </message>
    <message>
        <source>Save Backup As</source>
        <translation>名前を付けてバックアップを保存</translation>
    </message>
    <message>
        <source>Colvault archives (*.tar.zst *.tar.gz *.tar.xz *.tar)</source>
        <translation>Colvault アーカイブ (*.tar.zst *.tar.gz *.tar.xz *.tar)</translation>
    </message>
    <message>
        <source>What will be deleted</source>
        <translation>削除される内容</translation>
    </message>
    <message>
        <source>Back &amp;up before clearing (recommended)</source>
        <translation>クリアの前にバックアップする（推奨）(&amp;U)</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>参照(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;I understand that without a backup nothing can undo this clear</source>
        <translation>バックアップがなければこのクリアを元に戻せないことを理解しました(&amp;I)</translation>
    </message>
    <message>
        <source>Backup &amp;to:</source>
        <translation>バックアップの保存先(&amp;T)：</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln object(s) will be deleted. Collections: %1.</source>
        <extracomment>%Ln objects, %1 the number of collections they are in</extracomment>
        <translation>
            <numerusform>少なくとも %Ln 個のオブジェクトが削除されます。コレクション数：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) will be deleted. Collections: %1.</source>
        <translation>
            <numerusform>%Ln 個のオブジェクトが削除されます。コレクション数：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the backup goes</source>
        <translation>バックアップの保存場所</translation>
    </message>
    <message>
        <source>Folder on this computer</source>
        <translation>このコンピューターのフォルダー</translation>
    </message>
    <message>
        <source>S3 bucket</source>
        <translation>S3 バケット</translation>
    </message>
    <message>
        <source>Storage profile</source>
        <translation>ストレージプロファイル</translation>
    </message>
    <message>
        <source>No storage profile yet: add one under Storage Profiles…</source>
        <translation>ストレージプロファイルがまだありません。追加するには：ストレージプロファイル…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 tenant names, %2 their collection: &quot;tenantB of TenantNote&quot;</extracomment>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>Only these tenants are cleared: %1.</source>
        <extracomment>%1 e.g. &quot;tenantB of TenantNote&quot; or &quot;t1, t2 and 3 more of Chat; tenantA of Notes&quot;</extracomment>
        <translation>クリアされるのは次のテナントだけです：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other tenant(s) of %2</source>
        <extracomment>%1 tenant names, %2 their collection, %n tenants not named: &quot;t1, t2 and 3 other tenants of Chat&quot;</extracomment>
        <translation>
            <numerusform>%1 ほか %n 個のテナント（%2）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::ClearSelectPage</name>
    <message>
        <source>What to clear</source>
        <translation>クリアの対象</translation>
    </message>
    <message>
        <source>Choose collections (or single tenants) and how to clear them.</source>
        <translation>コレクション（または個々のテナント）と、クリアの方法を選択してください。</translation>
    </message>
    <message>
        <source>Collection or tenant</source>
        <translation>コレクションまたはテナント</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Delete all objects, keep the schema</source>
        <translation>すべてのオブジェクトを削除し、スキーマは残す</translation>
    </message>
    <message>
        <source>Drop the collection</source>
        <translation>コレクションを削除</translation>
    </message>
    <message>
        <source>Drop and re-create the collection</source>
        <translation>コレクションを削除して再作成</translation>
    </message>
    <message>
        <source>Objects are batch-deleted; the schema, the tenants and their statuses stay.</source>
        <translation>オブジェクトをバッチで削除します。スキーマ、テナント、テナントの状態は残ります。</translation>
    </message>
    <message>
        <source>The collection (or the chosen tenants) is deleted with its schema.</source>
        <translation>コレクション（または選択したテナント）をスキーマごと削除します。</translation>
    </message>
    <message>
        <source>The collection is deleted and created again empty, from the same schema and tenants. The fastest way to remove many objects.</source>
        <translation>コレクションを削除し、同じスキーマとテナントから空の状態で再作成します。大量のオブジェクトを削除する最も速い方法です。</translation>
    </message>
    <message>
        <source>Collections and tenants to clear</source>
        <translation>クリアするコレクションとテナント</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方法(&amp;M)：</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>何も選択されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s)</source>
        <comment>selection summary</comment>
        <extracomment>Part of the selection summary, e.g. &quot;2 collections, 3 of 10,000 tenants selected.&quot;</extracomment>
        <translation>
            <numerusform>%Ln 個のコレクション</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln tenant(s)</source>
        <comment>selection summary</comment>
        <extracomment>Part of the selection summary: %1 the tenants ticked, %n all tenants of the listed collections</extracomment>
        <translation>
            <numerusform>%Ln 個中 %1 個のテナント</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 selected.</source>
        <translation>%1、%2 を選択。</translation>
    </message>
    <message>
        <source>%1 selected.</source>
        <translation>%1 を選択。</translation>
    </message>
</context>
<context>
    <name>Colvault::ClearWizard</name>
    <message>
        <source>Clear Collections</source>
        <translation>コレクションのクリア</translation>
    </message>
    <message>
        <source>Clearing cannot be undone except from the backup.</source>
        <translation>クリアは、バックアップから復元する以外に元に戻す方法がありません。</translation>
    </message>
    <message>
        <source>Clear complete; no backup was taken.</source>
        <translation>クリアが完了しました。バックアップは作成されていません。</translation>
    </message>
    <message>
        <source>Clear complete. Undo with: %1</source>
        <translation>クリアが完了しました。元に戻すには：%1</translation>
    </message>
    <message>
        <source>Clear failed: %1</source>
        <translation>クリアに失敗しました：%1</translation>
    </message>
    <message>
        <source>Undo with: %1</source>
        <translation>元に戻すには：%1</translation>
    </message>
    <message>
        <source>Clear canceled.</source>
        <translation>クリアをキャンセルしました。</translation>
    </message>
    <message>
        <source>The clear finished, but not everything was cleared.</source>
        <translation>クリアは終了しましたが、一部はクリアされていません。</translation>
    </message>
    <message>
        <source>The clear is complete.</source>
        <translation>クリアが完了しました。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) deleted.</source>
        <translation>
            <numerusform>%Ln 個のオブジェクトを削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup was taken.</source>
        <translation>バックアップは作成されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Backup: %1 (%Ln object(s))</source>
        <extracomment>%1 the backup file, %2 its object count</extracomment>
        <translation>
            <numerusform>バックアップ：%1（%Ln 個のオブジェクト）</numerusform>
        </translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>所要時間：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 still holds %Ln object(s).</source>
        <extracomment>%1 collection or &quot;collection / tenant&quot;</extracomment>
        <translation>
            <numerusform>%1 にはまだ %Ln 個のオブジェクトが残っています。</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>クリア(&amp;L)</translation>
    </message>
    <message>
        <source>Cancel the clear? Objects already deleted stay deleted.</source>
        <translation>クリアをキャンセルしますか？削除済みのオブジェクトは元に戻りません。</translation>
    </message>
    <message>
        <source>&amp;Undo (restore)…</source>
        <translation>元に戻す（復元）(&amp;U)…</translation>
    </message>
    <message>
        <source>Restore the backup taken before the clear: you see the changes and confirm them first.</source>
        <translation>クリアの前に作成したバックアップを復元します。実行前に変更内容を確認できます。</translation>
    </message>
    <message>
        <source>The clear failed.</source>
        <translation>クリアに失敗しました。</translation>
    </message>
    <message>
        <source>The clear was canceled.</source>
        <translation>クリアはキャンセルされました。</translation>
    </message>
    <message>
        <source>Clearing</source>
        <translation>クリア中</translation>
    </message>
    <message>
        <source>Starting the clear…</source>
        <translation>クリアを開始しています…</translation>
    </message>
    <message>
        <source>What the clear did. Undo restores the backup taken before it.</source>
        <translation>クリアの実行結果です。「元に戻す」を押すと、クリアの前に作成したバックアップを復元します。</translation>
    </message>
    <message>
        <source>What the clear did.</source>
        <translation>クリアの実行結果です。</translation>
    </message>
    <message>
        <source>Nothing was deleted; the server is unchanged.</source>
        <translation>何も削除されていません。サーバーは変更されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) were deleted before the clear stopped.</source>
        <translation>
            <numerusform>クリアが停止するまでに %Ln 個のオブジェクトが削除されました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <extracomment>%1 the backup file</extracomment>
        <translation>バックアップ：%1</translation>
    </message>
    <message numerus="yes">
        <source>This deletes at least %Ln object(s). A verified backup is written first to %1.</source>
        <extracomment>%1 the backup file</extracomment>
        <translation>
            <numerusform>少なくとも %Ln 個のオブジェクトが削除されます。最初に %1 にバックアップを書き込んで検証します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This deletes %Ln object(s). A verified backup is written first to %1.</source>
        <translation>
            <numerusform>%Ln 個のオブジェクトが削除されます。最初に %1 にバックアップを書き込んで検証します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This deletes at least %Ln object(s). No backup is taken: nothing can undo this.</source>
        <translation>
            <numerusform>少なくとも %Ln 個のオブジェクトが削除されます。バックアップは作成されません：この操作は元に戻せません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This deletes %Ln object(s). No backup is taken: nothing can undo this.</source>
        <translation>
            <numerusform>%Ln 個のオブジェクトが削除されます。バックアップは作成されません：この操作は元に戻せません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The clear of %1 started.</source>
        <extracomment>%1 a list of collections</extracomment>
        <translation>%1 のクリアを開始しました。</translation>
    </message>
    <message>
        <source>Cancel stops the clear. Objects already deleted stay deleted; they can be restored from the backup.</source>
        <translation>「キャンセル」を押すとクリアを中止します。削除済みのオブジェクトは削除されたままですが、バックアップから復元できます。</translation>
    </message>
</context>
<context>
    <name>Colvault::CollectionsModel</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>legacy</source>
        <comment>vector kind</comment>
        <translation>従来型</translation>
    </message>
    <message>
        <source>named</source>
        <comment>vector kind</comment>
        <translation>名前付き</translation>
    </message>
    <message>
        <source>multi</source>
        <comment>vector kind</comment>
        <translation>マルチ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>vector name (kind)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Inactive tenants are not counted.</source>
        <translation>非アクティブなテナントは数えられていません。</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>object count</comment>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 (active tenants)</source>
        <extracomment>An object count that leaves out inactive tenants</extracomment>
        <translation>%1（アクティブなテナントのみ）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>テナント</translation>
    </message>
    <message>
        <source>Multi-tenant</source>
        <translation>マルチテナント</translation>
    </message>
    <message>
        <source>Vectors</source>
        <translation>ベクトル</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln dimension(s)</source>
        <extracomment>%1 is a vector description such as &quot;title (named)&quot;, %Ln its dimension count</extracomment>
        <translation>
            <numerusform>%1、%Ln 次元</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (inactive: %2)</source>
        <extracomment>%1 tenants in total, %2 of them inactive</extracomment>
        <translation>%1（非アクティブ：%2）</translation>
    </message>
</context>
<context>
    <name>Colvault::CommandLineBox</name>
    <message>
        <source>Cop&amp;y</source>
        <translation>コピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation>コマンドをクリップボードにコピー</translation>
    </message>
    <message>
        <source>Same as the co&amp;mmand:</source>
        <translation>同じ処理のコマンド(&amp;M)：</translation>
    </message>
    <message>
        <source>The API key and the extra headers are not shown. Replace KEY_FILE with a file that holds the key, and HEADER_FILE with a file of the headers, one &quot;Name: value&quot; a line.</source>
        <translation>API キーと追加ヘッダーは表示されません。KEY_FILE はキーを保存したファイルに、HEADER_FILE はヘッダーのファイル（1 行に「名前: 値」を 1 つ）に置き換えてください。</translation>
    </message>
    <message>
        <source>The API key is not shown. Replace KEY_FILE with a file that holds the key.</source>
        <translation>API キーは表示されません。KEY_FILE はキーを保存したファイルに置き換えてください。</translation>
    </message>
    <message>
        <source>The extra headers are not shown. Replace HEADER_FILE with a file of the headers, one &quot;Name: value&quot; a line.</source>
        <translation>追加ヘッダーは表示されません。HEADER_FILE はヘッダーのファイル（1 行に「名前: 値」を 1 つ）に置き換えてください。</translation>
    </message>
    <message>
        <source>The proxy password is not shown. Replace PROXY_PASSWORD_FILE with a file that holds it.</source>
        <translation>プロキシのパスワードは表示されません。PROXY_PASSWORD_FILE はパスワードを保存したファイルに置き換えてください。</translation>
    </message>
    <message>
        <source>The target&apos;s API key is not shown. Replace TARGET_KEY_FILE with a file that holds it.</source>
        <translation>コピー先の API キーは表示されません。TARGET_KEY_FILE はキーを保存したファイルに置き換えてください。</translation>
    </message>
    <message>
        <source>The target&apos;s header values are not shown. Replace each HEADER_VALUE with the value.</source>
        <translation>コピー先のヘッダーの値は表示されません。各 HEADER_VALUE は実際の値に置き換えてください。</translation>
    </message>
    <message>
        <source>The archive&apos;s key is not shown. Replace IDENTITY_FILE with the age identity file that opens it.</source>
        <translation>アーカイブの鍵は表示されません。IDENTITY_FILE は、アーカイブを開ける age の ID ファイルに置き換えてください。</translation>
    </message>
    <message>
        <source>The archive&apos;s passphrase is not shown. Replace PASSPHRASE_FILE with a file that holds it.</source>
        <translation>アーカイブのパスフレーズは表示されません。PASSPHRASE_FILE はパスフレーズを保存したファイルに置き換えてください。</translation>
    </message>
</context>
<context>
    <name>Colvault::ConfirmNamesPage</name>
    <message>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Collection names, separated by commas</source>
        <translation>コレクション名（カンマ区切り）</translation>
    </message>
    <message>
        <source>The names do not match. Type them exactly, upper and lower case included.</source>
        <translation>名前が一致しません。大文字と小文字も含めて正確に入力してください。</translation>
    </message>
    <message>
        <source>Collection names to confirm</source>
        <translation>確認用のコレクション名</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Type %Ln collection name(s) to confirm: %1</source>
        <extracomment>%1 is a list of collection names</extracomment>
        <translation>
            <numerusform>確認のため、次の %Ln 個のコレクション名を入力してください(&amp;T)：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::ConnectionDialog</name>
    <message>
        <source>Connection Profile</source>
        <translation>接続プロファイル</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the settings file.</source>
        <translation>設定ファイルではなく、システムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>One header per line, for example X-OpenAI-Api-Key: sk-…</source>
        <translation>1 行に 1 つのヘッダーを入力します。例：X-OpenAI-Api-Key: sk-…</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>CA 証明書</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM ファイル (*.pem *.crt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The user name and password in this URL are not saved. Weaviate authenticates with an API key: choose “API key” below.</source>
        <translation>この URL に含まれるユーザー名とパスワードは保存されません。Weaviate の認証には API キーを使用します。下で「API キー」を選択してください。</translation>
    </message>
    <message>
        <source>None</source>
        <comment>authentication</comment>
        <translation>なし</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for CA certificates</source>
        <translation>CA 証明書を参照</translation>
    </message>
    <message>
        <source>Skip TLS certificate &amp;verification (unsafe)</source>
        <translation>TLS 証明書の検証をスキップ（安全ではありません）(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>認証(&amp;A)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K)：</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>追加ヘッダー(&amp;H)：</translation>
    </message>
    <message>
        <source>CA cer&amp;tificates:</source>
        <translation>CA 証明書(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Save and Connect</source>
        <translation>保存して接続(&amp;S)</translation>
    </message>
    <message>
        <source>The headers and their values are stored in the system keychain, never in the settings file.</source>
        <translation>ヘッダーとその値は、設定ファイルではなく、システムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Default: the server&apos;s host, port 50051</source>
        <translation>既定：サーバーのホスト、ポート 50051</translation>
    </message>
    <message>
        <source>&amp;gRPC address:</source>
        <translation>gRPC アドレス(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>プロキシ(&amp;P)：</translation>
    </message>
    <message>
        <source>Proxy add&amp;ress:</source>
        <translation>プロキシのアドレス(&amp;R)：</translation>
    </message>
    <message>
        <source>Proxy us&amp;er:</source>
        <translation>プロキシのユーザー(&amp;E)：</translation>
    </message>
    <message>
        <source>System settings</source>
        <comment>proxy</comment>
        <translation>システムの設定</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>プロキシなし</translation>
    </message>
    <message>
        <source>Manual</source>
        <comment>proxy</comment>
        <translation>手動</translation>
    </message>
    <message>
        <source>System settings: the proxy of the environment (https_proxy, http_proxy, no_proxy), else the operating system&apos;s.</source>
        <translation>システムの設定：環境のプロキシ（https_proxy、http_proxy、no_proxy）、なければオペレーティングシステムのプロキシ。</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W)：</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s user name and password in their own fields below, not in the address.</source>
        <translation>プロキシのユーザー名とパスワードはアドレスではなく、下のそれぞれの欄に入力してください。</translation>
    </message>
    <message>
        <source>Weaviate&apos;s gRPC API, used for object counts and to move objects where the server offers it: grpc://host:port, or grpcs://host:port with TLS.</source>
        <translation>Weaviate の gRPC API。サーバーが提供している場合、オブジェクトの件数取得と転送に使います：grpc://host:port、TLS の場合は grpcs://host:port。</translation>
    </message>
    <message>
        <source>Automatic: gRPC where the server offers it</source>
        <translation>自動：サーバーが提供していれば gRPC</translation>
    </message>
    <message>
        <source>REST only</source>
        <translation>REST のみ</translation>
    </message>
    <message>
        <source>gRPC only</source>
        <translation>gRPC のみ</translation>
    </message>
    <message>
        <source>How backups and restores move objects. gRPC carries vectors as bytes and is faster; REST works with every server and through every proxy.</source>
        <translation>バックアップと復元がオブジェクトを転送する方法です。gRPC はベクトルをバイトのまま運ぶため高速です。REST はどのサーバーでも、どのプロキシ経由でも動作します。</translation>
    </message>
    <message>
        <source>&amp;Objects travel over:</source>
        <translation>オブジェクトの転送方法(&amp;O)：</translation>
    </message>
    <message>
        <source>Write the gRPC address with its scheme: grpc://host:port, or grpcs://host:port with TLS.</source>
        <translation>gRPC アドレスはスキームを付けて入力してください：grpc://host:port、TLS を使う場合は grpcs://host:port。</translation>
    </message>
</context>
<context>
    <name>Colvault::CopyTargetPage</name>
    <message>
        <source>Target</source>
        <translation>コピー先</translation>
    </message>
    <message>
        <source>Where and how to copy. Preview shows what would change; nothing is written before Copy.</source>
        <translation>コピー先とコピーの方法を指定します。「プレビュー」で変更内容を確認できます。「コピー」を押すまで何も書き込まれません。</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <source>A saved connection profile: its server receives the copy</source>
        <translation>保存済みの接続プロファイル。そのサーバーにコピーします</translation>
    </message>
    <message>
        <source>Target connection profile</source>
        <translation>コピー先の接続プロファイル</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <source>Copy as</source>
        <translation>コピー後の名前</translation>
    </message>
    <message>
        <source>Collections to copy and their names on the target</source>
        <translation>コピーするコレクションとコピー先での名前</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>名前を変更(&amp;N)…</translation>
    </message>
    <message>
        <source>Copy the selected collection under another name (F2)</source>
        <translation>選択したコレクションを別の名前でコピー (F2)</translation>
    </message>
    <message>
        <source>To copy a collection under another name, select it and press F2 or Rename, then type the name in &quot;Copy as&quot;.</source>
        <translation>コレクションを別の名前でコピーするには、選択して F2 キーか［名前を変更］を押し、「コピー後の名前」に名前を入力します。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not selected for the copy, so it cannot be renamed. Tick it first.</source>
        <extracomment>%1 a collection name</extracomment>
        <translation>「%1」はコピー対象として選択されていないため、名前を変更できません。先にチェックを入れてください。</translation>
    </message>
    <message>
        <source>Copy mode</source>
        <translation>コピーのモード</translation>
    </message>
    <message>
        <source>New: the collections must not exist on the target</source>
        <translation>新規：コピー先にコレクションが存在しない場合のみ</translation>
    </message>
    <message>
        <source>Merge: add missing objects and properties</source>
        <translation>マージ：不足しているオブジェクトとプロパティを追加</translation>
    </message>
    <message>
        <source>Overwrite: like merge, copied objects replace existing ones</source>
        <translation>上書き：マージと同様、既存のオブジェクトをコピーするもので置き換え</translation>
    </message>
    <message>
        <source>Replace: drop the target&apos;s collections first</source>
        <translation>置換：最初にコピー先のコレクションを削除</translation>
    </message>
    <message>
        <source>Copy &amp;to:</source>
        <translation>コピー先(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>モード(&amp;M)：</translation>
    </message>
    <message>
        <source>There is no saved connection to copy to. Save one with Connection → New Connection… first.</source>
        <translation>コピー先にできる保存済みの接続がありません。先に［接続］→［新しい接続…］で接続を保存してください。</translation>
    </message>
    <message>
        <source>Reading the connection %1 and its secrets…</source>
        <extracomment>%1 a connection profile&apos;s name</extracomment>
        <translation>接続 %1 とその秘密情報を読み込んでいます…</translation>
    </message>
    <message>
        <source>The collections are copied to %1, the server they are read from: give each one another name under &quot;Copy as&quot;.</source>
        <extracomment>%1 a server URL</extracomment>
        <translation>コレクションは %1 にコピーされます。これは読み取り元と同じサーバーです。「コピー後の名前」でそれぞれに別の名前を付けてください。</translation>
    </message>
    <message>
        <source>The collections are copied to %1.</source>
        <extracomment>%1 a server URL</extracomment>
        <translation>コレクションは %1 にコピーされます。</translation>
    </message>
    <message>
        <source>The secrets of %1 could not be read from the keychain (%2); the copy connects without them.</source>
        <extracomment>%1 a connection profile&apos;s name, %2 the keychain&apos;s error message</extracomment>
        <translation>%1 の秘密情報をキーチェーンから読み取れませんでした（%2）。コピーはそれらを使わずに接続します。</translation>
    </message>
    <message>
        <source>Nothing on the target is touched; a collection that already exists there blocks the copy.</source>
        <translation>コピー先には一切変更を加えません。コピー先に既に存在するコレクションがあるとコピーできません。</translation>
    </message>
    <message>
        <source>Existing objects on the target are kept; missing objects and properties are added.</source>
        <translation>コピー先の既存のオブジェクトは残し、不足しているオブジェクトとプロパティを追加します。</translation>
    </message>
    <message>
        <source>Objects with the same id on the target are replaced by the copied ones.</source>
        <translation>コピー先で同じ ID のオブジェクトは、コピーするもので置き換えられます。</translation>
    </message>
    <message>
        <source>The target&apos;s existing collections are deleted first. You will type their names to confirm.</source>
        <translation>コピー先の既存のコレクションを最初に削除します。確認のため、コレクション名の入力を求められます。</translation>
    </message>
    <message>
        <source>Vectors:</source>
        <translation>ベクトル：</translation>
    </message>
    <message>
        <source>Also write an &amp;archive of what is copied:</source>
        <translation>コピーする内容のアーカイブも書き込む(&amp;A)：</translation>
    </message>
    <message>
        <source>The archive holds what a backup of the copied collections would. It appears under this name only once the copy succeeded and the archive verified.</source>
        <translation>アーカイブには、コピーしたコレクションをバックアップした場合と同じ内容が含まれます。アーカイブがこの名前で現れるのは、コピーが成功し、アーカイブの検証が済んでからです。</translation>
    </message>
    <message>
        <source>Archive file</source>
        <translation>アーカイブファイル</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <source>Browse for the archive file</source>
        <translation>アーカイブファイルを参照</translation>
    </message>
    <message>
        <source>Save Archive As</source>
        <translation>名前を付けてアーカイブを保存</translation>
    </message>
    <message>
        <source>Colvault archives (*.tar.zst *.tar.gz *.tar.xz *.tar)</source>
        <translation>Colvault アーカイブ (*.tar.zst *.tar.gz *.tar.xz *.tar)</translation>
    </message>
</context>
<context>
    <name>Colvault::CopyWizard</name>
    <message>
        <source>Replace mode drops the target&apos;s existing collections before copying.</source>
        <translation>置換モードでは、コピーの前にコピー先の既存のコレクションを削除します。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the copy? What was written so far stays on the target server.</source>
        <translation>コピーをキャンセルしますか？これまでに書き込まれたデータはコピー先サーバーに残ります。</translation>
    </message>
    <message numerus="yes">
        <source>Replace mode first deletes %Ln collection(s) on the target server with all their objects: %1. They are then copied from the source.</source>
        <extracomment>%1 a list of collection names</extracomment>
        <translation>
            <numerusform>置換モードでは、最初にコピー先サーバー上の %Ln 個のコレクションをすべてのオブジェクトごと削除します：%1。その後、コピー元からコピーします。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>コピー中</translation>
    </message>
    <message>
        <source>Cancel stops the copy. What was written until then stays on the target server.</source>
        <translation>「キャンセル」を押すとコピーを中止します。それまでに書き込まれたデータはコピー先サーバーに残ります。</translation>
    </message>
    <message>
        <source>Starting the copy…</source>
        <translation>コピーを開始しています…</translation>
    </message>
    <message>
        <source>The copy from %1 to %2 started.</source>
        <extracomment>%1 the source server&apos;s URL, %2 the target server&apos;s URL</extracomment>
        <translation>%1 から %2 へのコピーを開始しました。</translation>
    </message>
    <message>
        <source>Copy from %1 to %2 complete.</source>
        <extracomment>%1 the source server&apos;s URL, %2 the target server&apos;s URL</extracomment>
        <translation>%1 から %2 へのコピーが完了しました。</translation>
    </message>
    <message>
        <source>The copy failed.</source>
        <translation>コピーに失敗しました。</translation>
    </message>
    <message>
        <source>Copy failed: %1</source>
        <translation>コピーに失敗しました：%1</translation>
    </message>
    <message>
        <source>The copy was canceled.</source>
        <translation>コピーはキャンセルされました。</translation>
    </message>
    <message>
        <source>Copy canceled.</source>
        <translation>コピーをキャンセルしました。</translation>
    </message>
    <message>
        <source>What the copy did.</source>
        <translation>コピーの実行結果です。</translation>
    </message>
    <message>
        <source>No objects had been written when the copy stopped.</source>
        <translation>コピーが停止した時点で、書き込まれたオブジェクトはありませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) had been written when the copy stopped.</source>
        <translation>
            <numerusform>コピーが停止した時点で、%Ln 個のオブジェクトが書き込まれていました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace mode may already have dropped %1 on the target server.</source>
        <extracomment>%1 a list of collections</extracomment>
        <translation>置換モードにより、コピー先サーバー上の %1 は既に削除されている可能性があります。</translation>
    </message>
    <message>
        <source>Collections and tenants created so far stay on the target server. Copy again in overwrite mode to complete the copy.</source>
        <translation>これまでに作成されたコレクションとテナントはコピー先サーバーに残ります。コピーを完了するには、上書きモードでもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The copy finished, but not everything was copied.</source>
        <translation>コピーは終了しましたが、一部はコピーされていません。</translation>
    </message>
    <message>
        <source>The copy is complete.</source>
        <translation>コピーが完了しました。</translation>
    </message>
    <message>
        <source>The copy is complete, but its archive was not written.</source>
        <translation>コピーは完了しましたが、アーカイブは書き込まれませんでした。</translation>
    </message>
    <message>
        <source>Archive written and verified: %1 (%2).</source>
        <extracomment>%1 the archive&apos;s path, %2 its size</extracomment>
        <translation>アーカイブを書き込み、検証しました：%1（%2）。</translation>
    </message>
</context>
<context>
    <name>Colvault::JobEditorDialog</name>
    <message>
        <source>&amp;General</source>
        <translation>全般(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Archives</source>
        <translation>アーカイブ(&amp;A)</translation>
    </message>
    <message>
        <source>R&amp;etention</source>
        <translation>保持(&amp;E)</translation>
    </message>
    <message>
        <source>Encr&amp;yption</source>
        <translation>暗号化(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>スケジュール(&amp;S)</translation>
    </message>
    <message>
        <source>Why the job cannot be saved</source>
        <translation>ジョブを保存できない理由</translation>
    </message>
    <message>
        <source>Save &amp;Job</source>
        <translation>ジョブを保存(&amp;J)</translation>
    </message>
    <message>
        <source>e.g. nightly</source>
        <translation>例：nightly</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N)：</translation>
    </message>
    <message>
        <source>The saved connection the job backs up; its name is {profile} in file names.</source>
        <translation>ジョブがバックアップする保存済みの接続。ファイル名の {profile} はこの名前になります。</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>接続(&amp;C)：</translation>
    </message>
    <message>
        <source>none: the keychain&apos;s key when run from the app</source>
        <translation>なし：アプリから実行するときはキーチェーンのキー</translation>
    </message>
    <message>
        <source>A file holding the API key, for scheduled runs. The job saves its name only.</source>
        <translation>API キーを含むファイル（スケジュール実行用）。ジョブにはファイル名だけが保存されます。</translation>
    </message>
    <message>
        <source>API &amp;key file:</source>
        <translation>API キーファイル(&amp;K)：</translation>
    </message>
    <message>
        <source>A file holding the proxy&apos;s password, for scheduled runs.</source>
        <translation>プロキシのパスワードを含むファイル（スケジュール実行用）。</translation>
    </message>
    <message>
        <source>Pro&amp;xy password file:</source>
        <translation>プロキシのパスワードファイル(&amp;X)：</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <source>all collections</source>
        <translation>すべてのコレクション</translation>
    </message>
    <message>
        <source>Collection names separated by commas or spaces; empty backs up every collection.</source>
        <translation>コレクション名をカンマまたはスペースで区切って指定します。空の場合はすべてのコレクションをバックアップします。</translation>
    </message>
    <message>
        <source>C&amp;ollections:</source>
        <translation>コレクション(&amp;O)：</translation>
    </message>
    <message>
        <source>Article: tenantA, tenantB</source>
        <translation>例：Article: tenantA, tenantB</translation>
    </message>
    <message>
        <source>Only these tenants: one line per collection, its name, a colon and the tenants. Empty: every tenant.</source>
        <translation>対象のテナントのみ：コレクションごとに 1 行で、名前、コロン、テナントの順に書きます。空の場合はすべてのテナント。</translation>
    </message>
    <message>
        <source>&amp;Tenants:</source>
        <translation>テナント(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F)：</translation>
    </message>
    <message>
        <source>{profile}, {job} and {date} (UTC, yyyyMMdd-HHmmss) are filled in; the suffix (.tar.zst, .age) is added.</source>
        <translation>{profile}、{job}、{date}（UTC、yyyyMMdd-HHmmss）が置き換えられ、拡張子（.tar.zst、.age）が付加されます。</translation>
    </message>
    <message>
        <source>File-name &amp;pattern:</source>
        <translation>ファイル名のパターン(&amp;P)：</translation>
    </message>
    <message>
        <source>Sc&amp;hema only (no objects)</source>
        <translation>スキーマのみ（オブジェクトなし）(&amp;H)</translation>
    </message>
    <message>
        <source>Leave out &amp;vectors</source>
        <translation>ベクトルを除外(&amp;V)</translation>
    </message>
    <message>
        <source>Activate &amp;inactive tenants for the backup</source>
        <translation>非アクティブなテナントをバックアップのためにアクティブ化(&amp;I)</translation>
    </message>
    <message>
        <source>Co&amp;mpression:</source>
        <translation>圧縮(&amp;M)：</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>zstd 1-19, gzip 1-9, xz 0-9</source>
        <translation>zstd：1-19、gzip：1-9、xz：0-9</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>レベル(&amp;L)：</translation>
    </message>
    <message>
        <source>After each verified run, older archives of this job beyond these rules are removed (restic&apos;s forget rules, UTC periods). 0 turns a rule off; with no rule every archive is kept. The newest archive is always kept.</source>
        <translation>検証済みの実行のたびに、このジョブの古いアーカイブのうち、これらのルールを超えるものが削除されます（restic の forget ルール、期間は UTC）。0 でルールは無効になり、ルールが 1 つもなければすべてのアーカイブが保持されます。最新のアーカイブは常に保持されます。</translation>
    </message>
    <message>
        <source>Keep the &amp;last:</source>
        <translation>最新から保持(&amp;L)：</translation>
    </message>
    <message>
        <source>Keep &amp;hourly:</source>
        <translation>時間ごとに保持(&amp;H)：</translation>
    </message>
    <message>
        <source>Keep &amp;daily:</source>
        <translation>日ごとに保持(&amp;D)：</translation>
    </message>
    <message>
        <source>Keep &amp;weekly:</source>
        <translation>週ごとに保持(&amp;W)：</translation>
    </message>
    <message>
        <source>Keep &amp;monthly:</source>
        <translation>月ごとに保持(&amp;M)：</translation>
    </message>
    <message>
        <source>Keep yea&amp;rly:</source>
        <translation>年ごとに保持(&amp;R)：</translation>
    </message>
    <message>
        <source>unlimited</source>
        <extracomment>A retention rule&apos;s count at its minimum: every period is kept</extracomment>
        <translation>無制限</translation>
    </message>
    <message>
        <source>To age recipients</source>
        <translation>age の受信者宛て</translation>
    </message>
    <message>
        <source>With a passphrase file</source>
        <translation>パスフレーズファイルを使用</translation>
    </message>
    <message>
        <source>En&amp;crypt:</source>
        <translation>暗号化(&amp;C)：</translation>
    </message>
    <message>
        <source>age1… (one per line)</source>
        <translation>age1…（1 行に 1 つ）</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>受信者(&amp;R)：</translation>
    </message>
    <message>
        <source>A file holding the passphrase. Runs from the app may use the keychain instead.</source>
        <translation>パスフレーズを含むファイル。アプリからの実行では代わりにキーチェーンを使用できます。</translation>
    </message>
    <message>
        <source>&amp;Passphrase file:</source>
        <translation>パスフレーズファイル(&amp;P)：</translation>
    </message>
    <message>
        <source>one file per line</source>
        <translation>1 行に 1 ファイル</translation>
    </message>
    <message>
        <source>Age identity files that open the job&apos;s archives: each run verifies its new archive and retention reads the old ones. Needed with recipients.</source>
        <translation>ジョブのアーカイブを開く age の ID ファイル。各実行で新しいアーカイブを検証し、保持処理で古いアーカイブを読み取ります。受信者を指定する場合は必須です。</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>追加(&amp;D)…</translation>
    </message>
    <message>
        <source>Identity File</source>
        <translation>ID ファイル</translation>
    </message>
    <message>
        <source>&amp;Identity files:</source>
        <translation>ID ファイル(&amp;I)：</translation>
    </message>
    <message>
        <source>Never (run by hand)</source>
        <translation>しない（手動で実行）</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>毎時</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>毎週</translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation>実行(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>曜日(&amp;O)：</translation>
    </message>
    <message>
        <source>A&amp;t (local time):</source>
        <translation>時刻（ローカル時刻）(&amp;T)：</translation>
    </message>
    <message>
        <source>The operating system runs colvault-cli on schedule (a systemd user timer, a launchd agent or a Task Scheduler task); the app need not be open.</source>
        <translation>オペレーティングシステムがスケジュールに従って colvault-cli を実行します（systemd のユーザータイマー、launchd エージェント、またはタスク スケジューラのタスク）。アプリを開いておく必要はありません。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Folder for the Archives</source>
        <translation>アーカイブの保存先フォルダー</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>ファイルの選択</translation>
    </message>
    <message>
        <source>Edit Job &quot;%1&quot;</source>
        <extracomment>The title of the job editor; %1 a job&apos;s name</extracomment>
        <translation>ジョブ「%1」の編集</translation>
    </message>
    <message>
        <source>New Job</source>
        <translation>新しいジョブ</translation>
    </message>
    <message>
        <source>A saved job keeps its name: its schedule and archives go by it.</source>
        <translation>保存したジョブの名前は変更できません。スケジュールとアーカイブはこの名前で管理されます。</translation>
    </message>
    <message>
        <source>1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; the name colvault-cli runs the job by.</source>
        <translation>英字、数字、「.」「_」「-」で 1～64 文字。colvault-cli がジョブを実行するときの名前です。</translation>
    </message>
    <message>
        <source>None checked: every collection, also those created later.</source>
        <translation>チェックなし：すべてのコレクション（後で作成されるものも含む）。</translation>
    </message>
    <message>
        <source>Create a connection profile first (Connection → New Connection…).</source>
        <translation>先に接続プロファイルを作成してください（接続 → 新しい接続…）。</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>サーバー：%1</translation>
    </message>
    <message>
        <source>Next archive: %1</source>
        <translation>次のアーカイブ：%1</translation>
    </message>
    <message>
        <source>Next run: %1</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>次回の実行：%1</translation>
    </message>
    <message>
        <source>Not scheduled: run it from the Jobs dock or with colvault-cli job run.</source>
        <translation>スケジュールされていません。ジョブドックから、または colvault-cli job run で実行してください。</translation>
    </message>
    <message>
        <source>Tenants, line %1: write the collection, a colon and its tenants, e.g. Article: tenantA, tenantB.</source>
        <extracomment>%1 a line number</extracomment>
        <translation>テナント、%1 行目：コレクション、コロン、テナントの順に書いてください。例：Article: tenantA, tenantB</translation>
    </message>
    <message>
        <source>Choose the connection the job backs up; create one with Connection → New Connection… first.</source>
        <translation>ジョブがバックアップする接続を選択してください。接続がない場合は、先に 接続 → 新しい接続… で作成してください。</translation>
    </message>
    <message>
        <source>Give at least one age recipient (age1…), one per line.</source>
        <translation>age の受信者（age1…）を 1 行に 1 つ、少なくとも 1 つ指定してください。</translation>
    </message>
    <message>
        <source>Choose the file that holds the passphrase.</source>
        <translation>パスフレーズを含むファイルを選択してください。</translation>
    </message>
    <message>
        <source>A schedule runs colvault-cli, which is not at %1. Install it beside the app, or schedule the job with colvault-cli job schedule.</source>
        <extracomment>%1 the path of colvault-cli</extracomment>
        <translation>スケジュールは colvault-cli を実行しますが、%1 にありません。アプリと同じ場所にインストールするか、colvault-cli job schedule でジョブをスケジュールしてください。</translation>
    </message>
    <message>
        <source>None</source>
        <comment>compression</comment>
        <translation>圧縮なし</translation>
    </message>
    <message>
        <source>None</source>
        <comment>encryption</comment>
        <translation>暗号化なし</translation>
    </message>
    <message>
        <source>Next archive: %1
Warning: %2</source>
        <extracomment>%1 the path of the archive the next run writes, %2 what is wrong with the file-name pattern</extracomment>
        <translation>次のアーカイブ：%1
警告：%2</translation>
    </message>
    <message>
        <source>%1

Details: %2</source>
        <extracomment>%1 why the job cannot be saved (a sentence), %2 a tool&apos;s own words (e.g. systemctl&apos;s), untranslated</extracomment>
        <translation>%1

詳細：%2</translation>
    </message>
    <message>
        <source>Create the Folder?</source>
        <extracomment>%1 a folder&apos;s path</extracomment>
        <translation>フォルダーを作成しますか？</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist. Create it and save the job?</source>
        <translation>フォルダー「%1」は存在しません。フォルダーを作成してジョブを保存しますか？</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;: choose another folder or check its parent&apos;s permissions.</source>
        <translation>フォルダー「%1」を作成できません：別のフォルダーを選択するか、親フォルダーのアクセス許可を確認してください。</translation>
    </message>
    <message>
        <source>Create Folder and Save</source>
        <translation>フォルダーを作成して保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cr&amp;eate…</source>
        <translation>作成(&amp;E)…</translation>
    </message>
    <message>
        <source>A passphrase file holds the passphrase on one line and should be readable only by you. Scheduled runs read it; keep it as safe as the archives need.</source>
        <translation>パスフレーズファイルには、パスフレーズを 1 行で保存します。自分だけが読み取れるようにしてください。スケジュール実行ではこのファイルが読み取られます。アーカイブに求められるのと同じ水準で安全に保管してください。</translation>
    </message>
    <message>
        <source>Other users can read %1. Make it readable only by you, for example with chmod 600.</source>
        <extracomment>%1 a file&apos;s path</extracomment>
        <translation>%1 は他のユーザーも読み取れます。chmod 600 などで、自分だけが読み取れるようにしてください。</translation>
    </message>
    <message>
        <source>Create Passphrase File</source>
        <translation>パスフレーズファイルを作成</translation>
    </message>
    <message>
        <source>Every archive of the job is encrypted with this passphrase: keep a copy somewhere safe. Without it the archives cannot be restored.</source>
        <translation>このジョブのすべてのアーカイブは、このパスフレーズで暗号化されます：控えを安全な場所に保管してください。パスフレーズがないと、アーカイブを復元できません。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P)：</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>再入力(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>名前を付けて保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Passphrase File</source>
        <translation>パスフレーズファイル</translation>
    </message>
    <message>
        <source>Cannot write the passphrase file &quot;%1&quot;: %2</source>
        <extracomment>%1 a file&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>パスフレーズファイル「%1」に書き込めません：%2</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>Save the job without a schedule? You can schedule it later.</source>
        <translation>スケジュールなしでジョブを保存しますか？スケジュールは後で設定できます。</translation>
    </message>
    <message>
        <source>Save Without Schedule</source>
        <translation>スケジュールなしで保存</translation>
    </message>
</context>
<context>
    <name>Colvault::JobHistoryModel</name>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
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
        <translation>一部のみ</translation>
    </message>
    <message>
        <source>Canceled</source>
        <comment>job run result</comment>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>job run result</comment>
        <translation>失敗</translation>
    </message>
    <message>
        <source>never</source>
        <comment>a job&apos;s last run</comment>
        <translation>なし</translation>
    </message>
    <message>
        <source>every collection</source>
        <translation>すべてのコレクション</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>Next Run</source>
        <translation>次回の実行</translation>
    </message>
    <message>
        <source>Last Run</source>
        <translation>前回の実行</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>Colvault::JobProgressDialog</name>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message>
        <source>Elapsed %1, remaining %2</source>
        <extracomment>%1 elapsed time, %2 estimated time left, both in words such as &quot;2 min 5 s&quot;</extracomment>
        <translation>経過 %1、残り %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel the running operation? Work done so far is discarded.</source>
        <translation>実行中の操作をキャンセルしますか？これまでに行った処理は破棄されます。</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>操作に失敗しました。</translation>
    </message>
    <message>
        <source>The operation stopped before it was complete.</source>
        <translation>操作は完了する前に停止しました。</translation>
    </message>
    <message>
        <source>The operation was canceled.</source>
        <translation>操作はキャンセルされました。</translation>
    </message>
    <message>
        <source>Save Failures</source>
        <translation>失敗の一覧を保存</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>テキストファイル (*.txt)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>全体の進行状況</translation>
    </message>
    <message>
        <source>Current collection</source>
        <translation>現在のコレクション</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>ログ(&amp;L)</translation>
    </message>
    <message>
        <source>Show log</source>
        <translation>ログを表示</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>フォルダーに表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save Failures…</source>
        <translation>失敗の一覧を保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <extracomment>%1 the folder, %2 the file in it</extracomment>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <source>No file manager opened the folder %1. The file is %2.</source>
        <translation>フォルダー %1 を開くファイルマネージャーがありませんでした。ファイルは %2 です。</translation>
    </message>
    <message>
        <source>%1 of %2 objects</source>
        <extracomment>%1 objects of the current collection done, of %2</extracomment>
        <translation>%1 / %2 個のオブジェクト</translation>
    </message>
    <message>
        <source>%1 objects/s, %2 MiB/s</source>
        <extracomment>%1 objects per second, %2 mebibytes per second</extracomment>
        <translation>%1 個/秒、%2 MiB/秒</translation>
    </message>
    <message>
        <source>The cancel came too late: the work was already complete.</source>
        <translation>キャンセルが間に合いませんでした。処理はすでに完了しています。</translation>
    </message>
    <message>
        <source>Run in &amp;Background</source>
        <translation>バックグラウンドで実行(&amp;B)</translation>
    </message>
    <message>
        <source>Hide this dialog and follow the operation in the Jobs dock. It goes on running.</source>
        <translation>このダイアログを閉じ、ジョブドックで操作を追跡します。操作は引き続き実行されます。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>A run in the Jobs dock that ended in a failure; %1 why (one sentence)</extracomment>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <source>Cancel Operation</source>
        <translation>操作をキャンセル</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>実行を続ける</translation>
    </message>
</context>
<context>
    <name>Colvault::JobSecretDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>キーチェーンに記憶(&amp;R)</translation>
    </message>
    <message>
        <source>Runs from the app use it before the job&apos;s file. Scheduled runs always read the file.</source>
        <translation>アプリからの実行では、ジョブのファイルより先にこれが使われます。スケジュール実行では常にファイルが読み取られます。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Identity:</source>
        <translation>ID(&amp;I)：</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>実行(&amp;U)</translation>
    </message>
    <message>
        <source>Job Passphrase</source>
        <translation>ジョブのパスフレーズ</translation>
    </message>
    <message>
        <source>Job Identity</source>
        <translation>ジョブの ID</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; needs an age identity to verify its archives, but it cannot be read from its files: %2

Enter the identity (AGE-SECRET-KEY-1…) for this run.</source>
        <extracomment>%1 a job&apos;s name, %2 why its file cannot be read (one sentence). Two paragraphs.</extracomment>
        <translation>ジョブ「%1」はアーカイブの検証に age の ID を必要としますが、ID をファイルから読み取れません：%2

この実行に使う ID（AGE-SECRET-KEY-1…）を入力してください。</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>パスフレーズを再入力</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>再入力(&amp;P)：</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; encrypts its archives with the passphrase in its passphrase file, which cannot be read: %2

This run&apos;s archive will be encrypted with the passphrase you type here and can be restored only with exactly this passphrase. Type the job&apos;s own passphrase, twice.

Restore or fix the file %3: scheduled runs read it and fail without it.</source>
        <extracomment>%1 a job&apos;s name, %2 why its file cannot be read (one sentence), %3 the file&apos;s path. Three paragraphs.</extracomment>
        <translation>ジョブ「%1」はパスフレーズファイルのパスフレーズでアーカイブを暗号化しますが、そのファイルを読み取れません：%2

この実行のアーカイブはここに入力したパスフレーズで暗号化され、まったく同じパスフレーズでしか復元できません。ジョブ本来のパスフレーズを 2 回入力してください。

ファイル %3 を元に戻すか修正してください：スケジュール実行ではこのファイルが読み取られ、ファイルがないと失敗します。</translation>
    </message>
    <message>
        <source>The keychain could not remember it: %1
Click Run to run the job without remembering it; the next run asks again.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>キーチェーンに記憶できませんでした：%1
［実行］をクリックすると、記憶せずにジョブを実行します。次回の実行時に再び入力を求められます。</translation>
    </message>
</context>
<context>
    <name>Colvault::JobsDock</name>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; wrote %2.</source>
        <translation>ジョブ「%1」が %2 を書き込みました。</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is done, but some collections or tenants were skipped.</source>
        <translation>ジョブ「%1」は完了しましたが、一部のコレクションまたはテナントがスキップされました。</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is done: the backup is complete and verified.</source>
        <translation>ジョブ「%1」が完了しました：バックアップは完全で、検証済みです。</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; failed: %2</source>
        <extracomment>%1 a job&apos;s name, %2 why it failed (one sentence)</extracomment>
        <translation>ジョブ「%1」が失敗しました：%2</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; was canceled.</source>
        <translation>ジョブ「%1」はキャンセルされました。</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <extracomment>A button of the bar that tells of a failed job run; the mnemonic must not clash with the main window&apos;s</extracomment>
        <translation>閉じる(&amp;M)</translation>
    </message>
    <message>
        <source>Hides this message until a job fails again.</source>
        <translation>次にジョブが失敗するまで、このメッセージを表示しません。</translation>
    </message>
    <message>
        <source>Saved jobs</source>
        <translation>保存済みのジョブ</translation>
    </message>
    <message>
        <source>The saved backup jobs with their schedule, next run and last result. Select one to see its runs.</source>
        <translation>保存済みのバックアップジョブと、そのスケジュール、次回の実行、前回の結果。ジョブを選択すると、その実行履歴が表示されます。</translation>
    </message>
    <message>
        <source>R&amp;un Now</source>
        <extracomment>The mnemonic must not clash with the main window&apos;s menus and toolbar</extracomment>
        <translation>今すぐ実行(&amp;U)</translation>
    </message>
    <message>
        <source>Back up, verify the archive and apply the retention rules, as the schedule does</source>
        <translation>スケジュールによる実行と同じく、バックアップし、アーカイブを検証し、保持ルールを適用します</translation>
    </message>
    <message>
        <source>&amp;Delete Job…</source>
        <extracomment>The mnemonic must not clash with the main window&apos;s menus and toolbar</extracomment>
        <translation>ジョブを削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Runs of the selected job</source>
        <translation>選択したジョブの実行履歴</translation>
    </message>
    <message>
        <source>Open Lo&amp;g</source>
        <extracomment>The mnemonic must not clash with the main window&apos;s menus and toolbar</extracomment>
        <translation>ログを開く(&amp;G)</translation>
    </message>
    <message>
        <source>Restore from This Arch&amp;ive…</source>
        <extracomment>The mnemonic must not clash with the main window&apos;s menus and toolbar</extracomment>
        <translation>このアーカイブから復元(&amp;I)…</translation>
    </message>
    <message>
        <source>&lt;p&gt;The saved jobs cannot be read. %1&lt;/p&gt;</source>
        <extracomment>%1 why the jobs cannot be read (one sentence, naming the file)</extracomment>
        <translation>&lt;p&gt;保存済みのジョブを読み込めません。%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; has not run yet.</source>
        <extracomment>%1 a job&apos;s name</extracomment>
        <translation>ジョブ「%1」はまだ実行されていません。</translation>
    </message>
    <message>
        <source>Runs of the job &quot;%1&quot;, newest first:</source>
        <extracomment>%1 a job&apos;s name</extracomment>
        <translation>ジョブ「%1」の実行履歴（新しい順）：</translation>
    </message>
    <message numerus="yes">
        <source>Archive: %1. Retention removed %n older archive(s).</source>
        <extracomment>%1 the archive&apos;s path</extracomment>
        <translation>
            <numerusform>アーカイブ：%1。保持ルールにより古いアーカイブを %n 個削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The API key of the connection %1 could not be read from the keychain: %2</source>
        <extracomment>%1 a connection profile&apos;s name, %2 the keychain&apos;s error message</extracomment>
        <translation>接続 %1 の API キーをキーチェーンから読み取れませんでした：%2</translation>
    </message>
    <message>
        <source>Run of the job &quot;%1&quot;</source>
        <extracomment>The progress dialog&apos;s title; %1 a job&apos;s name</extracomment>
        <translation>ジョブ「%1」の実行</translation>
    </message>
    <message>
        <source>The run was canceled before it was complete. Retention removed nothing.</source>
        <translation>実行は完了前にキャンセルされました。保持ルールによる削除は行われていません。</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; runs with the API key of the connection %2.</source>
        <extracomment>%1 a job&apos;s name, %2 a connection profile&apos;s name</extracomment>
        <translation>ジョブ「%1」を接続 %2 の API キーで実行します。</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is running.</source>
        <translation>ジョブ「%1」を実行しています。</translation>
    </message>
    <message>
        <source>The backup is complete and verified, but some collections or tenants were skipped.</source>
        <translation>バックアップは完全で検証済みですが、一部のコレクションまたはテナントがスキップされました。</translation>
    </message>
    <message>
        <source>The backup is complete and verified.</source>
        <translation>バックアップは完全で、検証済みです。</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <extracomment>%1 a job&apos;s name</extracomment>
        <translation>ジョブ：%1</translation>
    </message>
    <message numerus="yes">
        <source>Retention removed %n older archive(s).</source>
        <translation>
            <numerusform>保持ルールにより古いアーカイブを %n 個削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Log: %1</source>
        <extracomment>%1 the path of the run&apos;s log file</extracomment>
        <translation>ログ：%1</translation>
    </message>
    <message>
        <source>Colvault</source>
        <translation>Colvault</translation>
    </message>
    <message>
        <source>Open Log</source>
        <translation>ログを開く</translation>
    </message>
    <message>
        <source>The log %1 is no longer there; the newest 50 logs of each job are kept.</source>
        <translation>ログ %1 はもうありません。ログはジョブごとに最新の 50 件が保存されます。</translation>
    </message>
    <message>
        <source>No application opened the log %1. It is a text file for any text editor.</source>
        <translation>ログ %1 を開くアプリケーションがありませんでした。これはテキストファイルなので、どのテキストエディターでも開けます。</translation>
    </message>
    <message>
        <source>Restore from This Archive</source>
        <translation>このアーカイブから復元</translation>
    </message>
    <message>
        <source>The archive %1 was removed by the retention rules of the run of %2.</source>
        <extracomment>%1 an archive&apos;s path, %2 when the later run started</extracomment>
        <translation>アーカイブ %1 は、%2 の実行時に保持ルールによって削除されました。</translation>
    </message>
    <message>
        <source>Delete the job &quot;%1&quot;? Its schedule is removed as well. Its archives in %2 and its history are kept.</source>
        <extracomment>%1 a job&apos;s name, %2 the folder of its archives</extracomment>
        <translation>ジョブ「%1」を削除しますか？スケジュールも解除されます。%2 にあるアーカイブと履歴は残ります。</translation>
    </message>
    <message>
        <source>Delete Job</source>
        <translation>ジョブを削除</translation>
    </message>
    <message>
        <source>Deleted the job &quot;%1&quot;. Its archives in %2 are kept.</source>
        <extracomment>%1 a job&apos;s name, %2 the folder of its archives</extracomment>
        <translation>ジョブ「%1」を削除しました。%2 にあるアーカイブは残っています。</translation>
    </message>
    <message>
        <source>The last run of the job &quot;%1&quot; failed (%2): %3</source>
        <extracomment>%1 a job&apos;s name, %2 when the run started, %3 why it failed (one sentence)</extracomment>
        <translation>ジョブ「%1」の前回の実行が失敗しました（%2）：%3</translation>
    </message>
    <message numerus="yes">
        <source>The last runs of %n jobs failed: %1. Select a job to see why.</source>
        <extracomment>%1 the jobs&apos; names</extracomment>
        <translation>
            <numerusform>%n 個のジョブの前回の実行が失敗しました：%1。ジョブを選択すると理由が表示されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed job run</source>
        <translation>失敗したジョブの実行</translation>
    </message>
    <message>
        <source>No saved jobs</source>
        <translation>保存済みのジョブなし</translation>
    </message>
    <message>
        <source>The selected run</source>
        <translation>選択した実行</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <extracomment>%1 the archive&apos;s path</extracomment>
        <translation>アーカイブ：%1</translation>
    </message>
    <message>
        <source>Ne&amp;w Job…</source>
        <extracomment>The mnemonic must not clash with the main window&apos;s menus and toolbar</extracomment>
        <translation>新しいジョブ(&amp;W)…</translation>
    </message>
    <message>
        <source>Edit &amp;Job…</source>
        <extracomment>The mnemonic must not clash with the main window&apos;s menus and toolbar</extracomment>
        <translation>ジョブを編集(&amp;J)…</translation>
    </message>
    <message>
        <source>&lt;p&gt;No saved jobs yet. A job saves a backup to run again, by hand or on a schedule, with its retention rules. Create one with New Job…, or with colvault-cli, for example:&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;p&gt;Then schedule it with &lt;code&gt;colvault-cli job schedule nightly --daily&lt;/code&gt;. The jobs are kept in %2; they appear here as soon as they are saved.&lt;/p&gt;</source>
        <extracomment>%1 an example command line, %2 the folder of the saved jobs</extracomment>
        <translation>&lt;p&gt;保存されたジョブはまだありません。ジョブはバックアップを保存し、手動またはスケジュールに従って、保持ルールとともに繰り返し実行できるようにします。「新しいジョブ…」または colvault-cli で作成してください。例：&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;p&gt;その後、&lt;code&gt;colvault-cli job schedule nightly --daily&lt;/code&gt; でスケジュールします。ジョブは %2 に保存され、保存されるとすぐにここに表示されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The secret of the job &quot;%1&quot; could not be read from the keychain: %2</source>
        <translation>ジョブ「%1」のシークレットをキーチェーンから読み取れませんでした：%2</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; did not run: its passphrase or identity was not given.</source>
        <extracomment>%1 a job&apos;s name</extracomment>
        <translation>ジョブ「%1」は実行されませんでした：パスフレーズまたは ID が指定されませんでした。</translation>
    </message>
    <message>
        <source>The keychain keeps the secret of the job &quot;%1&quot; for its runs from the app.</source>
        <extracomment>%1 a job&apos;s name</extracomment>
        <translation>キーチェーンに、アプリから実行するときのジョブ「%1」のシークレットを保存しました。</translation>
    </message>
    <message>
        <source>The secret of the job &quot;%1&quot; could not be removed from the keychain: %2</source>
        <translation>ジョブ「%1」のシークレットをキーチェーンから削除できませんでした：%2</translation>
    </message>
    <message>
        <source>Saved the job &quot;%1&quot;. Its archives will be named like %2.</source>
        <extracomment>%1 a job&apos;s name, %2 the path of the archive its next run writes</extracomment>
        <translation>ジョブ「%1」を保存しました。アーカイブの名前は %2 のようになります。</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; runs %2.</source>
        <extracomment>%1 a job&apos;s name, %2 its schedule (&quot;daily at 02:00&quot;)</extracomment>
        <translation>ジョブ「%1」の実行スケジュール：%2。</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is not scheduled.</source>
        <translation>ジョブ「%1」はスケジュールされていません。</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>Saved jobs and their runs</source>
        <translation>保存済みのジョブとその実行履歴</translation>
    </message>
    <message>
        <source>Cancel Run</source>
        <translation>実行をキャンセル</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; encrypts this run&apos;s archive with the passphrase given in the app, not the one in its file %2.</source>
        <extracomment>%1 a job&apos;s name, %2 a file&apos;s path</extracomment>
        <translation>ジョブ「%1」は、この実行のアーカイブを、ファイル %2 のパスフレーズではなく、アプリで入力されたパスフレーズで暗号化します。</translation>
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
        <translation>Weaviate サーバーに接続して、コレクションをバックアップ、復元、クリアします。</translation>
    </message>
    <message>
        <source>Filter collections</source>
        <translation>コレクションを絞り込み</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>接続プロファイル</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>&amp;Edit Connection…</source>
        <translation>接続を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;lear…</source>
        <translation>クリア(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Colvault</source>
        <translation>Colvault について(&amp;A)</translation>
    </message>
    <message>
        <source>About Colvault</source>
        <translation>Colvault について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Colvault %1&lt;/h3&gt;&lt;p&gt;Back up, restore and clear Weaviate collections.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <extracomment>%1 is the version number</extracomment>
        <translation>&lt;h3&gt;Colvault %1&lt;/h3&gt;&lt;p&gt;Weaviate のコレクションをバックアップ、復元、クリアします。&lt;/p&gt;&lt;p&gt;GNU General Public License バージョン 3 以降のもとでライセンスされています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Back up the selected collections to an archive</source>
        <translation>選択したコレクションをアーカイブにバックアップします</translation>
    </message>
    <message>
        <source>Reload the collections from the server</source>
        <translation>サーバーからコレクションを再読み込みします</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ollections</source>
        <translation>コレクション(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>ローカル</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>Connecting to %1.</source>
        <translation>%1 に接続しています。</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>更新しています…</translation>
    </message>
    <message>
        <source>node health unknown</source>
        <translation>ノードの稼働状況は不明</translation>
    </message>
    <message>
        <source>none</source>
        <comment>modules</comment>
        <translation>なし</translation>
    </message>
    <message>
        <source>Connected to %1: Weaviate %2, %3. Modules: %4.</source>
        <extracomment>%1 server URL, %2 Weaviate version, %3 node health, %4 list of modules</extracomment>
        <translation>%1 に接続しました：Weaviate %2、%3。モジュール：%4。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s)</source>
        <translation>
            <numerusform>%Ln 個のコレクション</numerusform>
        </translation>
    </message>
    <message>
        <source>Node health is not available: %1</source>
        <translation>ノードの稼働状況を取得できません：%1</translation>
    </message>
    <message>
        <source>Open Archive</source>
        <translation>アーカイブを開く</translation>
    </message>
    <message>
        <source>Opened archive %1.</source>
        <translation>アーカイブ %1 を開きました。</translation>
    </message>
    <message>
        <source>Shows only the collections whose name contains this text.</source>
        <translation>名前にこのテキストを含むコレクションのみを表示します。</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <source>The collections of the connected server. Select one or more to back up or clear them; the context menu offers the same actions.</source>
        <translation>接続中のサーバーのコレクションです。1 つ以上選択すると、バックアップまたはクリアを実行できます。コンテキストメニューからも同じ操作を行えます。</translation>
    </message>
    <message>
        <source>The extra headers of profile %1 were moved to the keychain.</source>
        <translation>プロファイル「%1」の追加ヘッダーをキーチェーンに移動しました。</translation>
    </message>
    <message>
        <source>The extra headers of profile %1 could not be moved to the keychain: %2</source>
        <extracomment>%1 profile name, %2 the keychain&apos;s error message</extracomment>
        <translation>プロファイル「%1」の追加ヘッダーをキーチェーンに移動できませんでした：%2</translation>
    </message>
    <message>
        <source>&amp;Find Collections</source>
        <translation>コレクションを検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>プロファイル(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>システムの既定</translation>
    </message>
    <message numerus="yes">
        <source>%Ln healthy node(s) of %1</source>
        <extracomment>%Ln healthy nodes, %1 all nodes</extracomment>
        <translation>
            <numerusform>%1 個のノードのうち %Ln 個が正常</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the clear with the backup %1.</source>
        <translation>バックアップ %1 を使用してクリアを元に戻しています。</translation>
    </message>
    <message>
        <source>Keychain Not Available</source>
        <translation>キーチェーンを使用できません</translation>
    </message>
    <message>
        <source>The API key and the extra headers cannot be stored in the system keychain (%1). Colvault uses them until it quits; enter them again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>API キーと追加ヘッダーをシステムのキーチェーンに保存できません（%1）。Colvault は終了するまでそれらを使用します。次回の起動後にもう一度入力してください。</translation>
    </message>
    <message>
        <source>Connecting: %1 at %2…</source>
        <extracomment>%1 profile name, %2 server URL</extracomment>
        <translation>接続中: %1（%2）…</translation>
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
        <translation>接続済み: %1（%2）</translation>
    </message>
    <message>
        <source>Clear Collections on %1</source>
        <extracomment>%1 &quot;profile at URL&quot;, the server the wizard clears</extracomment>
        <translation>%1 のコレクションをクリア</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み取り中…</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a Colvault archive. %2</source>
        <extracomment>%1 file name, %2 why it cannot be read (one sentence)</extracomment>
        <translation>%1 は Colvault アーカイブとして開けません。%2</translation>
    </message>
    <message>
        <source>Restore %1 to %2</source>
        <extracomment>%1 the archive&apos;s file name, %2 &quot;profile at URL&quot;, the server it is restored to</extracomment>
        <translation>%1 を %2 に復元</translation>
    </message>
    <message>
        <source>Cancel Connecting</source>
        <translation>接続をキャンセル</translation>
    </message>
    <message>
        <source>Connecting was canceled.</source>
        <translation>接続はキャンセルされました。</translation>
    </message>
    <message>
        <source>Connecting to %1… %2 Attempt %3 of %4 in %5.</source>
        <extracomment>%1 server URL, %2 why the last attempt failed (one sentence), %3 and %4 attempt numbers, %5 a duration such as &quot;2 s&quot;</extracomment>
        <translation>%1 に接続中… %2 %5 後に試行 %3/%4。</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>接続(&amp;N)</translation>
    </message>
    <message>
        <source>Ne&amp;w Connection…</source>
        <translation>新しい接続(&amp;W)…</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>復元(&amp;T)…</translation>
    </message>
    <message>
        <source>Open &amp;Archive…</source>
        <translation>アーカイブを開く(&amp;A)…</translation>
    </message>
    <message>
        <source>The new language is used when Colvault starts again. Restart it now?</source>
        <translation>新しい言語は Colvault の次回起動時に使用されます。今すぐ再起動しますか？</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>今すぐ再起動(&amp;R)</translation>
    </message>
    <message>
        <source>The API key cannot be stored in the system keychain (%1). Colvault uses it until it quits; enter it again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>API キーをシステムのキーチェーンに保存できません（%1）。Colvault は終了するまでそれを使用します。次回の起動後にもう一度入力してください。</translation>
    </message>
    <message>
        <source>The extra headers cannot be stored in the system keychain (%1). Colvault uses them until it quits; enter them again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>追加ヘッダーをシステムのキーチェーンに保存できません（%1）。Colvault は終了するまでそれらを使用します。次回の起動後にもう一度入力してください。</translation>
    </message>
    <message>
        <source>&amp;Delete Connection…</source>
        <translation>接続を削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the connection profile %1? Its API key and extra headers are removed from the keychain too.</source>
        <extracomment>%1 profile name</extracomment>
        <translation>接続プロファイル %1 を削除しますか？API キーと追加ヘッダーもキーチェーンから削除されます。</translation>
    </message>
    <message>
        <source>Delete Connection</source>
        <translation>接続を削除</translation>
    </message>
    <message>
        <source>Deleted the connection profile %1.</source>
        <extracomment>%1 profile name</extracomment>
        <translation>接続プロファイル %1 を削除しました。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Could not store the secrets of this connection in the keychain: %1</source>
        <translation>この接続の秘密情報をキーチェーンに保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Could not read the secrets of this connection from the keychain: %1</source>
        <translation>この接続の秘密情報をキーチェーンから読み取れませんでした：%1</translation>
    </message>
    <message>
        <source>Delete the connection profile %1? Its API key, extra headers and proxy password are removed from the keychain too.</source>
        <extracomment>%1 profile name</extracomment>
        <translation>接続プロファイル %1 を削除しますか？その API キー、追加ヘッダー、プロキシのパスワードもキーチェーンから削除されます。</translation>
    </message>
    <message>
        <source>The proxy password cannot be stored in the system keychain (%1). Colvault uses it until it quits; enter it again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>プロキシのパスワードをシステムのキーチェーンに保存できません（%1）。Colvault は終了するまでそれを使用します。次回の起動後にもう一度入力してください。</translation>
    </message>
    <message>
        <source>The API key and the proxy password cannot be stored in the system keychain (%1). Colvault uses them until it quits; enter them again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>API キーとプロキシのパスワードをシステムのキーチェーンに保存できません（%1）。Colvault は終了するまでそれらを使用します。次回の起動後にもう一度入力してください。</translation>
    </message>
    <message>
        <source>The extra headers and the proxy password cannot be stored in the system keychain (%1). Colvault uses them until it quits; enter them again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>追加ヘッダーとプロキシのパスワードをシステムのキーチェーンに保存できません（%1）。Colvault は終了するまでそれらを使用します。次回の起動後にもう一度入力してください。</translation>
    </message>
    <message>
        <source>The API key, the extra headers and the proxy password cannot be stored in the system keychain (%1). Colvault uses them until it quits; enter them again after the next start.</source>
        <extracomment>%1 the keychain&apos;s error message</extracomment>
        <translation>API キー、追加ヘッダー、プロキシのパスワードをシステムのキーチェーンに保存できません（%1）。Colvault は終了するまでそれらを使用します。次回の起動後にもう一度入力してください。</translation>
    </message>
    <message>
        <source>Connecting to %1 through the proxy %2.</source>
        <extracomment>%1 the server&apos;s URL, %2 the proxy&apos;s address</extracomment>
        <translation>プロキシ %2 経由で %1 に接続しています。</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>ジョブ(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>ログ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Copy to Server…</source>
        <translation>サーバーにコピー(&amp;C)…</translation>
    </message>
    <message>
        <source>Copy the selected collections to the server of another connection</source>
        <translation>選択したコレクションを別の接続のサーバーにコピーします</translation>
    </message>
    <message>
        <source>Copy Collections from %1</source>
        <extracomment>%1 &quot;profile at URL&quot;, the server the collections are copied from</extracomment>
        <translation>%1 からコレクションをコピー</translation>
    </message>
    <message>
        <source>Open from S&amp;3…</source>
        <translation>S3 から開く(&amp;3)…</translation>
    </message>
    <message>
        <source>Open an archive from the S3 bucket of a storage profile</source>
        <translation>ストレージプロファイルの S3 バケットからアーカイブを開きます</translation>
    </message>
    <message>
        <source>S&amp;torage Profiles…</source>
        <translation>ストレージプロファイル(&amp;T)…</translation>
    </message>
    <message>
        <source>Save as &amp;Job…</source>
        <translation>ジョブとして保存(&amp;J)…</translation>
    </message>
    <message>
        <source>Save a backup of the selected collections as a job, to run again or on a schedule</source>
        <translation>選択したコレクションのバックアップをジョブとして保存し、繰り返し、またはスケジュールに従って実行できるようにします</translation>
    </message>
    <message>
        <source>Not available while a backup is running. Its progress is in the Jobs dock.</source>
        <translation>バックアップの実行中は使用できません。進行状況はジョブドックに表示されます。</translation>
    </message>
    <message>
        <source>Not available while another operation is running.</source>
        <translation>別の操作の実行中は使用できません。</translation>
    </message>
    <message>
        <source>Quit Colvault</source>
        <translation>Colvault の終了</translation>
    </message>
    <message>
        <source>A backup is still running in the background. Cancel it and quit Colvault? Choose No to keep it running.</source>
        <translation>バックアップがまだバックグラウンドで実行中です。キャンセルして Colvault を終了しますか？実行を続けるには［いいえ］を選択してください。</translation>
    </message>
    <message>
        <source>Canceling the backup, then quitting…</source>
        <translation>バックアップをキャンセルしてから終了しています…</translation>
    </message>
    <message>
        <source>Cancel and &amp;Quit</source>
        <translation>キャンセルして終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Aliases…</source>
        <translation>エイリアス(&amp;A)…</translation>
    </message>
    <message>
        <source>List, add, change and delete the server&apos;s collection aliases (Weaviate 1.32+)</source>
        <translation>サーバーのコレクションのエイリアスを一覧表示、追加、変更、削除します（Weaviate 1.32 以降）</translation>
    </message>
    <message>
        <source>Colvault archives (*.tar.zst *.tar.gz *.tar.xz *.tar *.age);;All files (*)</source>
        <translation>Colvault アーカイブ (*.tar.zst *.tar.gz *.tar.xz *.tar *.age);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>Colvault::OperationWizardBase</name>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>詳細：</translation>
    </message>
</context>
<context>
    <name>Colvault::RestoreArchivePage</name>
    <message>
        <source>Archive</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>What the archive holds. Verify reads all of it and checks every checksum.</source>
        <translation>アーカイブの内容です。「検証」を押すとアーカイブ全体を読み込み、すべてのチェックサムを検査します。</translation>
    </message>
    <message>
        <source>Collection or tenant</source>
        <translation>コレクションまたはテナント</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Select a collection to see its schema.</source>
        <translation>コレクションを選択すると、そのスキーマが表示されます。</translation>
    </message>
    <message>
        <source>Verification canceled.</source>
        <translation>検証をキャンセルしました。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <extracomment>%1 a file path</extracomment>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s) in this archive.</source>
        <translation>
            <numerusform>このアーカイブには %Ln 個のコレクションがあります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s) in this archive. Connect to a server to restore it.</source>
        <translation>
            <numerusform>このアーカイブには %Ln 個のコレクションがあります。復元するにはサーバーに接続してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s)</source>
        <translation>
            <numerusform>%Ln 個のテナント</numerusform>
        </translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation>まだ検証されていません。</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>検証しています…</translation>
    </message>
    <message numerus="yes">
        <source>The archive is intact: %Ln object(s), every checksum matches.</source>
        <translation>
            <numerusform>アーカイブは破損していません：オブジェクト %Ln 個、すべてのチェックサムが一致しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive is incomplete: it has no valid trailer.</source>
        <translation>アーカイブが不完全です：有効なトレーラーがありません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Collections and tenants in the archive</source>
        <translation>アーカイブ内のコレクションとテナント</translation>
    </message>
    <message>
        <source>Schema of the selected collection</source>
        <translation>選択したコレクションのスキーマ</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>検証の進行状況</translation>
    </message>
    <message>
        <source>Created %1 from %2 (Weaviate %3) by Colvault %4. Size: %5.</source>
        <extracomment>%1 date and time, %2 source URL, %3 Weaviate version, %4 Colvault version, %5 file size</extracomment>
        <translation>%1 に Colvault %4 で %2（Weaviate %3）から作成されました。サイズ：%5。</translation>
    </message>
    <message>
        <source>Press &quot;Verify&quot; to count the objects.</source>
        <translation>オブジェクト数を数えるには「検証」を押してください。</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>object count</comment>
        <translation>不明</translation>
    </message>
    <message>
        <source>The archive is incomplete, so its object counts are unknown.</source>
        <translation>アーカイブが不完全なため、オブジェクト数は不明です。</translation>
    </message>
</context>
<context>
    <name>Colvault::RestoreDiffPage</name>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>What the restore will do. Blocking problems are listed first and must be solved before restoring.</source>
        <translation>復元で行われる処理です。実行を妨げる問題は先頭に表示され、復元の前に解決する必要があります。</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Comparing the archive with the server…</source>
        <translation>アーカイブとサーバーを比較しています…</translation>
    </message>
    <message>
        <source>%1 to create, %2 to overwrite, %3 to skip, %4 unchanged</source>
        <extracomment>object counts of a restore: %1 to create, %2 to overwrite, %3 to skip, %4 unchanged</extracomment>
        <translation>作成 %1、上書き %2、スキップ %3、変更なし %4</translation>
    </message>
    <message>
        <source>Blocking problems</source>
        <translation>実行を妨げる問題</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) must be solved first</source>
        <translation>
            <numerusform>最初に解決が必要な問題が %Ln 件あります</numerusform>
        </translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Replace: drop and create again</source>
        <translation>置換：削除して再作成</translation>
    </message>
    <message>
        <source>Use the existing collection</source>
        <translation>既存のコレクションを使用</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>%1 the name in the archive, %2 the name on the server</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>Property %1 is %2 in the archive but %3 on the server: its values cannot be written. Restore under another name or in replace mode.</source>
        <extracomment>%1 property, %2 its type in the archive, %3 its type on the server</extracomment>
        <translation>プロパティ %1 はアーカイブでは %2 ですが、サーバーでは %3 です：値を書き込めません。別の名前で復元するか、置換モードで復元してください。</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Property %1 is only in the archive and is added.</source>
        <translation>プロパティ %1 はアーカイブにのみ存在し、追加されます。</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <source>Module %1 is not enabled on the server.</source>
        <translation>モジュール %1 はサーバーで有効になっていません。</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>スキーマ</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>レプリケーション</translation>
    </message>
    <message>
        <source>Replication factor %1 (archived: %2).</source>
        <extracomment>%1 the new replication factor, %2 the archived one</extracomment>
        <translation>レプリケーション係数 %1（アーカイブ：%2）。</translation>
    </message>
    <message>
        <source>Tenant is created.</source>
        <translation>テナントを作成します。</translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <extracomment>%1 a tenant name</extracomment>
        <translation>テナント %1</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln 件の警告</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>What the restore will do</source>
        <translation>復元で行われる処理</translation>
    </message>
    <message>
        <source>Only on server</source>
        <translation>サーバーのみ</translation>
    </message>
    <message>
        <source>Property %1 is only on the server. It is kept; the restored objects have no value for it.</source>
        <translation>プロパティ %1 はサーバーにのみ存在します。このプロパティはそのまま残りますが、復元されたオブジェクトにはその値がありません。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) in the archive. Collections: %1; objects to write: %2. The restore is blocked.</source>
        <translation>
            <numerusform>アーカイブ内のオブジェクト：%Ln 個。コレクション数：%1、書き込むオブジェクト：%2 個。復元を実行できません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) in the archive. Collections: %1; objects to write: %2.</source>
        <translation>
            <numerusform>アーカイブ内のオブジェクト：%Ln 個。コレクション数：%1、書き込むオブジェクト：%2 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>To skip: objects already on the server that merge keeps as they are. Unchanged: objects equal on the server and in the archive, which overwrite does not write again.</source>
        <translation>スキップ：サーバーに既にあり、マージでそのまま残すオブジェクト。変更なし：サーバーとアーカイブで同一のため、上書きでも書き込まないオブジェクト。</translation>
    </message>
    <message>
        <source>Restore Under Another &amp;Name…</source>
        <translation>別の名前で復元(&amp;N)…</translation>
    </message>
    <message>
        <source>Choose Another &amp;Mode…</source>
        <translation>別のモードを選択(&amp;M)…</translation>
    </message>
    <message>
        <source>Tenant is created and then made %1.</source>
        <extracomment>%1 a tenant status in words, e.g. &quot;inactive&quot;</extracomment>
        <translation>テナントを作成し、その後「%1」にします。</translation>
    </message>
    <message>
        <source>Tenant already exists and is %1: it is made active for loading, then put back.</source>
        <extracomment>%1 a tenant status in words, e.g. &quot;inactive&quot;</extracomment>
        <translation>テナントは既に存在し、「%1」です。読み込みのためにアクティブ化し、その後元の状態に戻します。</translation>
    </message>
    <message>
        <source>Tenant already exists and is %1.</source>
        <extracomment>%1 a tenant status in words, e.g. &quot;active&quot;</extracomment>
        <translation>テナントは既に存在し、「%1」です。</translation>
    </message>
    <message>
        <source>What the copy will do. Blocking problems are listed first and must be solved before copying.</source>
        <translation>コピーで行われる処理です。実行を妨げる問題は先頭に表示され、コピーの前に解決する必要があります。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>To skip: objects already on the target that merge keeps as they are. Unchanged: objects equal on the source and the target, which overwrite does not write again.</source>
        <translation>スキップ：コピー先に既にあり、マージでそのまま残すオブジェクト。変更なし：コピー元とコピー先で同一のため、上書きでも書き込まないオブジェクト。</translation>
    </message>
    <message>
        <source>What the copy will do</source>
        <translation>コピーで行われる処理</translation>
    </message>
    <message>
        <source>Copy Under Another &amp;Name…</source>
        <translation>別の名前でコピー(&amp;N)…</translation>
    </message>
    <message>
        <source>Property %1 is %2 on the source but %3 on the target: its values cannot be written. Copy under another name or in replace mode.</source>
        <translation>プロパティ %1 はコピー元では %2 ですが、コピー先では %3 です：値を書き込めません。別の名前でコピーするか、置換モードでコピーしてください。</translation>
    </message>
    <message>
        <source>Property %1 is only on the source and is added to the target.</source>
        <translation>プロパティ %1 はコピー元にのみ存在し、コピー先に追加されます。</translation>
    </message>
    <message>
        <source>Only on target</source>
        <translation>コピー先のみ</translation>
    </message>
    <message>
        <source>Property %1 is only on the target. It is kept; the copied objects have no value for it.</source>
        <translation>プロパティ %1 はコピー先にのみ存在します。このプロパティはそのまま残りますが、コピーされたオブジェクトにはその値がありません。</translation>
    </message>
    <message>
        <source>Module %1 is not enabled on the target server.</source>
        <translation>モジュール %1 はコピー先サーバーで有効になっていません。</translation>
    </message>
    <message>
        <source>Replication factor %1 (on the source: %2).</source>
        <translation>レプリケーション係数 %1（コピー元：%2）。</translation>
    </message>
    <message>
        <source>Comparing the source with the target server…</source>
        <translation>コピー元とコピー先サーバーを比較しています…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) on the source. Collections: %1; objects to write: %2. The copy is blocked.</source>
        <translation>
            <numerusform>コピー元のオブジェクト：%Ln 個。コレクション数：%1、書き込むオブジェクト：%2 個。コピーを実行できません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) on the source. Collections: %1; objects to write: %2.</source>
        <translation>
            <numerusform>コピー元のオブジェクト：%Ln 個。コレクション数：%1、書き込むオブジェクト：%2 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>Alias %1 is created, pointing at %2 once its object counts are verified.</source>
        <translation>オブジェクト数を検証した後、%2 を指すエイリアス %1 を作成します。</translation>
    </message>
    <message>
        <source>Alias %1 is created, pointing at %2.</source>
        <translation>%2 を指すエイリアス %1 を作成します。</translation>
    </message>
    <message>
        <source>Alias %1 already points at %2.</source>
        <translation>エイリアス %1 は既に %2 を指しています。</translation>
    </message>
    <message>
        <source>Alias %1 is switched from %3 to %2 once its object counts are verified. %3 is kept, so the alias can be switched back.</source>
        <translation>オブジェクト数を検証した後、エイリアス %1 を %3 から %2 に切り替えます。%3 は残るため、エイリアスを元に戻せます。</translation>
    </message>
    <message>
        <source>Alias %1 is moved from %3 to %2.</source>
        <extracomment>%1 alias, %2 the restored collection, %3 the collection it points at now</extracomment>
        <translation>エイリアス %1 を %3 から %2 に移動します。</translation>
    </message>
    <message>
        <source>Alias %1 points at %3 on the server, so it cannot point at %2.</source>
        <extracomment>%1 alias, %2 the restored collection, %3 the collection it points at now</extracomment>
        <translation>エイリアス %1 はサーバー上で %3 を指しているため、%2 を指すようにはできません。</translation>
    </message>
    <message>
        <source>Alias %1</source>
        <extracomment>%1 an alias name</extracomment>
        <translation>エイリアス %1</translation>
    </message>
    <message>
        <source>Vectors</source>
        <translation>ベクトル</translation>
    </message>
    <message>
        <source>None: the objects are written without them.</source>
        <translation>なし：オブジェクトはベクトルなしで書き込まれます。</translation>
    </message>
    <message>
        <source>Vector %1</source>
        <extracomment>%1 the name of a named vector</extracomment>
        <translation>ベクトル %1</translation>
    </message>
    <message>
        <source>None: the objects are written without it.</source>
        <translation>なし：オブジェクトはこのベクトルなしで書き込まれます。</translation>
    </message>
    <message numerus="yes">
        <source>The target&apos;s %1 will embed %n object(s).</source>
        <extracomment>%1 a vectorizer module of the target (text2vec-openai), %n objects</extracomment>
        <translation>
            <numerusform>書き込み先の %1 が %n 個のオブジェクトのベクトルを計算します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::RestoreOptionsPage</name>
    <message>
        <source>Target</source>
        <translation>復元先</translation>
    </message>
    <message>
        <source>How and what to restore. Preview shows what would change; nothing is written before Restore.</source>
        <translation>復元の方法と対象を指定します。「プレビュー」で変更内容を確認できます。「復元」を押すまで何も書き込まれません。</translation>
    </message>
    <message>
        <source>New: the collections must not exist</source>
        <translation>新規：コレクションが存在しない場合のみ</translation>
    </message>
    <message>
        <source>Merge: add missing objects and properties</source>
        <translation>マージ：不足しているオブジェクトとプロパティを追加</translation>
    </message>
    <message>
        <source>Overwrite: like merge, archived objects replace existing ones</source>
        <translation>上書き：マージと同様、既存のオブジェクトをアーカイブのもので置き換え</translation>
    </message>
    <message>
        <source>Replace: drop the collections first</source>
        <translation>置換：最初にコレクションを削除</translation>
    </message>
    <message>
        <source>Collection or tenant</source>
        <translation>コレクションまたはテナント</translation>
    </message>
    <message>
        <source>Restore as</source>
        <translation>復元後の名前</translation>
    </message>
    <message>
        <source>As archived</source>
        <translation>アーカイブと同じ</translation>
    </message>
    <message>
        <source>Nothing existing is touched; a collection that already exists blocks the restore.</source>
        <translation>既存のものには一切変更を加えません。既に存在するコレクションがあると復元できません。</translation>
    </message>
    <message>
        <source>Existing objects are kept; missing objects and properties are added.</source>
        <translation>既存のオブジェクトは残し、不足しているオブジェクトとプロパティを追加します。</translation>
    </message>
    <message>
        <source>Objects with the same id are replaced by the archived ones.</source>
        <translation>同じ ID のオブジェクトは、アーカイブのもので置き換えられます。</translation>
    </message>
    <message>
        <source>Existing collections are deleted first. You will type their names to confirm.</source>
        <translation>既存のコレクションを最初に削除します。確認のため、コレクション名の入力を求められます。</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <source>Collections to restore and their target names</source>
        <translation>復元するコレクションと復元後の名前</translation>
    </message>
    <message>
        <source>&amp;Schema only (no objects)</source>
        <translation>スキーマのみ（オブジェクトなし）(&amp;S)</translation>
    </message>
    <message>
        <source>Set every &amp;vectorizer to &quot;none&quot; (objects keep their vectors)</source>
        <translation>すべてのベクトライザーを「none」に設定（オブジェクトのベクトルは保持）(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>モード(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Replication factor:</source>
        <translation>レプリケーション係数(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>名前を変更(&amp;N)…</translation>
    </message>
    <message>
        <source>Restore the selected collection under another name (F2)</source>
        <translation>選択したコレクションを別の名前で復元 (F2)</translation>
    </message>
    <message>
        <source>To restore a collection under another name, select it and press F2 or Rename, then type the name in &quot;Restore as&quot;.</source>
        <translation>コレクションを別の名前で復元するには、選択して F2 キーか［名前を変更］を押し、「復元後の名前」に名前を入力します。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not selected for the restore, so it cannot be renamed. Tick it first.</source>
        <translation>「%1」は復元対象として選択されていないため、名前を変更できません。先にチェックを入れてください。</translation>
    </message>
    <message>
        <source>Vectors:</source>
        <translation>ベクトル：</translation>
    </message>
    <message>
        <source>Restore &amp;beside the current collection, as a new collection</source>
        <translation>現在のコレクションと並べて、新しいコレクションとして復元(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Then switch this alias to it:</source>
        <translation>続けてこのエイリアスを新しいコレクションに切り替える(&amp;T)：</translation>
    </message>
    <message>
        <source>Alias to switch to the new collection</source>
        <translation>新しいコレクションに切り替えるエイリアス</translation>
    </message>
    <message>
        <source>Aliases of the current collection</source>
        <translation>現在のコレクションのエイリアス</translation>
    </message>
    <message>
        <source>Tick only one collection that exists on the server to restore it beside the current one.</source>
        <translation>現在のコレクションと並べて復元するには、サーバー上に存在するコレクションを 1 つだけチェックしてください。</translation>
    </message>
    <message>
        <source>%1 stays as it is. The archive is restored into %1_yyyyMMddHHmmss (UTC), or the name typed in &quot;Restore as&quot;; once the new collection&apos;s object counts are verified, the alias is switched to it in one request.</source>
        <extracomment>%1 a collection on the server; the new one is named %1_ followed by the UTC date and time</extracomment>
        <translation>%1 はそのまま残ります。アーカイブは %1_yyyyMMddHHmmss（UTC）、または「復元後の名前」に入力した名前で復元されます。新しいコレクションのオブジェクト数を検証した後、エイリアスを 1 回の要求で新しいコレクションに切り替えます。</translation>
    </message>
    <message>
        <source>%1 stays as it is. The archive is restored into %1_yyyyMMddHHmmss (UTC), or the name typed in &quot;Restore as&quot;.</source>
        <extracomment>%1 a collection on the server; the new one is named %1_ followed by the UTC date and time</extracomment>
        <translation>%1 はそのまま残ります。アーカイブは %1_yyyyMMddHHmmss（UTC）、または「復元後の名前」に入力した名前で復元されます。</translation>
    </message>
    <message>
        <source>A new collection is created beside the existing one, which is not touched.</source>
        <translation>既存のコレクションの横に新しいコレクションを作成します。既存のコレクションは変更されません。</translation>
    </message>
</context>
<context>
    <name>Colvault::RestoreWizard</name>
    <message>
        <source>Replace mode drops the existing collections before restoring.</source>
        <translation>置換モードでは、復元の前に既存のコレクションを削除します。</translation>
    </message>
    <message>
        <source>Restore from %1 complete.</source>
        <extracomment>%1 archive file</extracomment>
        <translation>%1 からの復元が完了しました。</translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation>復元に失敗しました：%1</translation>
    </message>
    <message>
        <source>Restore canceled.</source>
        <translation>復元をキャンセルしました。</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <extracomment>%1 the archive&apos;s file name</extracomment>
        <translation>アーカイブ %1</translation>
    </message>
    <message>
        <source>The restore finished, but not everything was restored.</source>
        <translation>復元は終了しましたが、一部は復元されていません。</translation>
    </message>
    <message>
        <source>The restore is complete.</source>
        <translation>復元が完了しました。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) written.</source>
        <translation>
            <numerusform>%Ln 個のオブジェクトを書き込みました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference(s) added.</source>
        <translation>
            <numerusform>%Ln 個の参照を追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>count</comment>
        <translation>不明</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>所要時間：%1</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more failure(s).</source>
        <translation>
            <numerusform>…ほか %Ln 件の失敗があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel the restore? What was written so far stays on the server.</source>
        <translation>復元をキャンセルしますか？これまでに書き込まれたデータはサーバーに残ります。</translation>
    </message>
    <message>
        <source>The restore failed.</source>
        <translation>復元に失敗しました。</translation>
    </message>
    <message>
        <source>The restore was canceled.</source>
        <translation>復元はキャンセルされました。</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>復元中</translation>
    </message>
    <message>
        <source>Cancel stops the restore. What was written until then stays on the server.</source>
        <translation>「キャンセル」を押すと復元を中止します。それまでに書き込まれたデータはサーバーに残ります。</translation>
    </message>
    <message>
        <source>Starting the restore…</source>
        <translation>復元を開始しています…</translation>
    </message>
    <message>
        <source>What the restore did.</source>
        <translation>復元の実行結果です。</translation>
    </message>
    <message>
        <source>No objects had been written when the restore stopped.</source>
        <translation>復元が停止した時点で、書き込まれたオブジェクトはありませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) had been written when the restore stopped.</source>
        <translation>
            <numerusform>復元が停止した時点で、%Ln 個のオブジェクトが書き込まれていました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace mode may already have dropped %1.</source>
        <extracomment>%1 a list of collections</extracomment>
        <translation>置換モードにより、%1 は既に削除されている可能性があります。</translation>
    </message>
    <message numerus="yes">
        <source>Replace mode first deletes %Ln collection(s) on the server with all their objects: %1. They are then restored from the archive.</source>
        <extracomment>%1 a list of collection names</extracomment>
        <translation>
            <numerusform>置換モードでは、最初にサーバー上の %Ln 個のコレクションをすべてのオブジェクトごと削除します：%1。その後、アーカイブから復元します。</numerusform>
        </translation>
    </message>
    <message>
        <source>The restore from %1 started.</source>
        <extracomment>%1 archive file</extracomment>
        <translation>%1 からの復元を開始しました。</translation>
    </message>
    <message>
        <source>%1: objects on the server: %2, expected: %3.</source>
        <extracomment>%1 collection (and tenant), %2 objects counted on the server afterwards, %3 objects expected; both may be &quot;unknown&quot;</extracomment>
        <translation>%1：サーバー上のオブジェクト %2 個、予定 %3 個。</translation>
    </message>
    <message>
        <source>Object %2 of %1: %3</source>
        <translation>%1 のオブジェクト %2：%3</translation>
    </message>
    <message>
        <source>Object %3 of %1, tenant %2: %4</source>
        <translation>%1（テナント %2）のオブジェクト %3：%4</translation>
    </message>
    <message>
        <source>Collections and tenants created so far stay on the server. Restore again in overwrite mode to complete the restore.</source>
        <translation>これまでに作成されたコレクションとテナントはサーバーに残ります。復元を完了するには、上書きモードでもう一度復元してください。</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2.</source>
        <translation>エイリアス %1 は %2 を指すようになりました。</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2 (it pointed at %3, which is kept). To switch back: %4</source>
        <extracomment>%1 alias, %2 the collection it points at now, %3 the one it pointed at before, %4 a command line</extracomment>
        <translation>エイリアス %1 は %2 を指すようになりました（以前は %3 を指していました。そのコレクションは残ります）。元に戻すには：%4</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2. To undo: %3</source>
        <extracomment>%1 alias, %2 collection, %3 a command line</extracomment>
        <translation>エイリアス %1 は %2 を指すようになりました。元に戻すには：%3</translation>
    </message>
</context>
<context>
    <name>Colvault::StorageArchiveDialog</name>
    <message>
        <source>Open Archive from S3</source>
        <translation>S3 からアーカイブを開く</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Archives in the bucket</source>
        <translation>バケット内のアーカイブ</translation>
    </message>
    <message>
        <source>Pick an archive above or type its name under the prefix</source>
        <translation>上の一覧からアーカイブを選ぶか、プレフィックス以下の名前を入力してください</translation>
    </message>
    <message>
        <source>Archive name</source>
        <translation>アーカイブ名</translation>
    </message>
    <message>
        <source>Storage &amp;profile:</source>
        <translation>ストレージプロファイル(&amp;P)：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>場所：</translation>
    </message>
    <message>
        <source>No storage profile yet: add one under Storage Profiles…</source>
        <translation>ストレージプロファイルがまだありません。追加するには：ストレージプロファイル…</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>一覧を取得中…</translation>
    </message>
    <message>
        <source>No archives under this prefix.</source>
        <translation>このプレフィックスの下にアーカイブはありません。</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln archive(s); type the name of another.</source>
        <translation>
            <numerusform>最初の %Ln 個のアーカイブです。ほかのアーカイブは名前を入力してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln archive(s).</source>
        <translation>
            <numerusform>アーカイブ %Ln 個。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Colvault::StorageProfileDialog</name>
    <message>
        <source>Storage Profiles</source>
        <translation>ストレージプロファイル</translation>
    </message>
    <message>
        <source>Storage profiles</source>
        <translation>ストレージプロファイル</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Empty for Amazon S3; e.g. http://127.0.0.1:9000</source>
        <translation>Amazon S3 の場合は空。例：http://127.0.0.1:9000</translation>
    </message>
    <message>
        <source>Optional, e.g. weaviate/nightly</source>
        <translation>省略可。例：weaviate/nightly</translation>
    </message>
    <message>
        <source>Automatic (path style for an IP address or localhost)</source>
        <translation>自動（IP アドレスまたは localhost ではパス形式）</translation>
    </message>
    <message>
        <source>Path style: ENDPOINT/BUCKET/KEY</source>
        <translation>パス形式：ENDPOINT/BUCKET/KEY</translation>
    </message>
    <message>
        <source>Virtual-hosted: BUCKET.ENDPOINT/KEY</source>
        <translation>仮想ホスト形式：BUCKET.ENDPOINT/KEY</translation>
    </message>
    <message>
        <source>Empty: keys from the environment or ~/.aws</source>
        <translation>空の場合：環境変数または ~/.aws のキー</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings file.</source>
        <translation>システムのキーチェーンに保存され、設定ファイルには保存されません。</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名前(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>エンドポイント URL(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>バケット(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>プレフィックス(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Addressing:</source>
        <translation>アドレス指定(&amp;A)：</translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation>アクセスキー ID(&amp;K)：</translation>
    </message>
    <message>
        <source>Se&amp;cret access key:</source>
        <translation>シークレットアクセスキー(&amp;C)：</translation>
    </message>
    <message>
        <source>Archives go to:</source>
        <translation>アーカイブの保存先：</translation>
    </message>
    <message>
        <source>The secret key could not be read from the keychain: %1</source>
        <translation>シークレットキーをキーチェーンから読み取れませんでした：%1</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>プロファイルの名前を入力してください。</translation>
    </message>
    <message>
        <source>Enter the bucket&apos;s name: 3 to 63 lowercase letters, digits, dots and hyphens.</source>
        <translation>バケット名を入力してください：英小文字、数字、ドット、ハイフンで 3～63 文字。</translation>
    </message>
    <message>
        <source>The endpoint must be an http:// or https:// URL, or empty for Amazon S3.</source>
        <translation>エンドポイントは http:// または https:// の URL にするか、Amazon S3 の場合は空にしてください。</translation>
    </message>
    <message>
        <source>Enter both the access key ID and the secret access key, or neither.</source>
        <translation>アクセスキー ID とシークレットアクセスキーは、両方入力するか、どちらも入力しないでください。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>The secret key could not be stored in the keychain: %1. It is kept until Colvault quits.</source>
        <translation>シークレットキーをキーチェーンに保存できませんでした：%1。Colvault を終了するまで保持されます。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <source>The test failed.</source>
        <translation>テストに失敗しました。</translation>
    </message>
    <message>
        <source>Connected: the bucket is there and the keys are accepted.</source>
        <translation>接続しました：バケットが存在し、キーが受け入れられました。</translation>
    </message>
    <message>
        <source>e.g. eu-central-1; empty: the environment&apos;s region</source>
        <translation>例：eu-central-1。空の場合は環境のリージョン</translation>
    </message>
</context>
<context>
    <name>Colvault::TenantFilter</name>
    <message>
        <source>Filter tenants</source>
        <translation>テナントを絞り込み</translation>
    </message>
    <message>
        <source>Shows only the tenants and collections whose name contains this text, or matches it as a pattern: acme-*, t?, [a-c]*.</source>
        <translation>名前にこのテキストを含むか、名前がパターンとして一致するテナントとコレクションだけを表示します：acme-*、t?、[a-c]*。</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln tenant(s). Ticking a collection ticks or clears only the tenants shown; hidden tenants keep their state.</source>
        <extracomment>%1 the number of tenants shown</extracomment>
        <translation>
            <numerusform>%Ln 個のテナントのうち %1 個を表示しています。コレクションのチェックを切り替えると、表示中のテナントのチェックだけが入るか外れます。非表示のテナントのチェックはそのままです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln tenant(s).</source>
        <translation>
            <numerusform>%Ln 個のテナントのうち %1 個を表示しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden by the filter but still selected: %Ln tenant(s).</source>
        <translation>
            <numerusform>絞り込みで非表示ですが選択されたままのテナント：%Ln 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>Plain text is found anywhere in a name, in any case: &quot;acme&quot; finds ACME-1 and old-acme.
A pattern with *, ? or [ ] matches whole names, case-sensitively: acme-* finds acme-1 but not ACME-1; [ab]* finds names that start with a or b; [!x]* those that do not start with x.</source>
        <translation>通常のテキストは、大文字と小文字を区別せず、名前のどの部分にあっても一致します：「acme」は ACME-1 にも old-acme にも一致します。
*、?、[ ] を含むパターンは、大文字と小文字を区別して名前全体と照合します：acme-* は acme-1 に一致しますが、ACME-1 には一致しません。[ab]* は a または b で始まる名前に、[!x]* は x で始まらない名前に一致します。</translation>
    </message>
    <message>
        <source>Filter tenants: text, or a pattern such as acme-* or [ab]*</source>
        <translation>テナントを絞り込み：テキスト、または acme-* や [ab]* などのパターン</translation>
    </message>
    <message>
        <source>Filter collections: text, or a pattern such as acme-* or [ab]*</source>
        <translation>コレクションを絞り込み：テキスト、または acme-* や [ab]* などのパターン</translation>
    </message>
</context>
<context>
    <name>Colvault::ThroughputPlot</name>
    <message>
        <source>%1 objects/s</source>
        <extracomment>The throughput plot&apos;s label: the latest rate, %1 is a number of objects per second</extracomment>
        <translation>%1 オブジェクト/秒</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>スループット</translation>
    </message>
    <message>
        <source>No throughput measured yet.</source>
        <translation>スループットはまだ計測されていません。</translation>
    </message>
    <message>
        <source>Now %1 objects/s, peak %2 objects/s.</source>
        <extracomment>%1 the latest, %2 the highest objects per second of the plot</extracomment>
        <translation>現在 %1 オブジェクト/秒、最大 %2 オブジェクト/秒。</translation>
    </message>
</context>
<context>
    <name>Colvault::VectorsChoice</name>
    <message>
        <source>The objects are restored with the vectors the archive holds</source>
        <translation>オブジェクトを、アーカイブに含まれるベクトルとともに復元します</translation>
    </message>
    <message>
        <source>The objects are copied with the vectors the source holds</source>
        <translation>オブジェクトを、コピー元のベクトルとともにコピーします</translation>
    </message>
    <message>
        <source>&amp;Leave them out and let the target compute new ones with:</source>
        <translation>ベクトルを含めず、書き込み先で次のモジュールにより新しく計算(&amp;L)：</translation>
    </message>
    <message>
        <source>Vectorizer module of the target</source>
        <translation>書き込み先のベクトライザーモジュール</translation>
    </message>
    <message>
        <source>The created collections get this module of the target for their vector and every named vector; the target embeds the objects as they are written. To choose a module per named vector, use the command line&apos;s --vectorizer NAME=MODULE.</source>
        <translation>作成するコレクションでは、ベクトルとすべての名前付きベクトルに書き込み先のこのモジュールを使用します。書き込み先は、オブジェクトが書き込まれるときにベクトルを計算します。名前付きベクトルごとにモジュールを選ぶには、コマンドラインの --vectorizer NAME=MODULE を使用してください。</translation>
    </message>
    <message>
        <source>The server&apos;s modules could not be read.</source>
        <translation>サーバーのモジュールを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Reading the target&apos;s modules…</source>
        <translation>書き込み先のモジュールを読み取っています…</translation>
    </message>
    <message>
        <source>The target&apos;s modules could not be read (%1), so the vectors can only be kept.</source>
        <extracomment>%1 the server&apos;s error message</extracomment>
        <translation>書き込み先のモジュールを読み取れなかったため（%1）、ベクトルは保持するしかありません。</translation>
    </message>
    <message>
        <source>The target has no vectorizer module (text2vec-… and the like), so the vectors can only be kept.</source>
        <translation>書き込み先にはベクトライザーモジュール（text2vec-… など）がないため、ベクトルは保持するしかありません。</translation>
    </message>
    <message>
        <source>Modules not read</source>
        <translation>モジュールを読み取れません</translation>
    </message>
    <message>
        <source>No vectorizer module on the target</source>
        <translation>書き込み先にベクトライザーモジュールがありません</translation>
    </message>
    <message>
        <source>Restore the ve&amp;ctors</source>
        <translation>ベクトルを復元(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the ve&amp;ctors</source>
        <translation>ベクトルをコピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Colvault::WizardRunPage</name>
    <message>
        <source>Cancel the running operation?</source>
        <translation>実行中の操作をキャンセルしますか？</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>フォルダーに表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save Failures…</source>
        <translation>失敗の一覧を保存(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>CopyArchive</name>
    <message>
        <source>A copy cannot encrypt its archive to recipients: it reads the archive back to verify it, which only an identity can. Use a passphrase, or back up separately to encrypt to recipients.</source>
        <translation>コピーではアーカイブを受信者宛てに暗号化できません：コピーは検証のためにアーカイブを読み戻しますが、それができるのは ID だけです。パスフレーズを使用するか、受信者宛てに暗号化するには別途バックアップしてください。</translation>
    </message>
    <message>
        <source>A copy cannot write its archive to S3 (%1): it verifies the archive before giving it its name, and an object in S3 cannot be renamed. Give a local file and upload it afterwards.</source>
        <translation>コピーではアーカイブを S3（%1）に書き込めません：アーカイブは検証してから名前を付けますが、S3 のオブジェクトは名前を変更できません。ローカルファイルを指定し、後でアップロードしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; give the archive&apos;s file name.</source>
        <translation>「%1」はフォルダーです。アーカイブのファイル名を指定してください。</translation>
    </message>
    <message>
        <source>The folder of the archive &quot;%1&quot; does not exist.</source>
        <translation>アーカイブ「%1」のフォルダーが存在しません。</translation>
    </message>
    <message>
        <source>Cannot save the archive as &quot;%1&quot;.</source>
        <translation>アーカイブを「%1」として保存できません。</translation>
    </message>
    <message>
        <source>Verifying the archive: %1 of %2</source>
        <extracomment>%1 and %2 data sizes</extracomment>
        <translation>アーカイブを検証しています：%1 / %2</translation>
    </message>
    <message>
        <source>The archive of the copy failed verification and was not kept. %1</source>
        <extracomment>%1 why, one sentence</extracomment>
        <translation>コピーのアーカイブは検証に失敗したため、保持されませんでした。%1</translation>
    </message>
    <message>
        <source>Objects copied: %1; objects in the archive: %2.</source>
        <extracomment>%1 objects copied, %2 objects the archive holds</extracomment>
        <translation>コピーしたオブジェクト：%1、アーカイブ内のオブジェクト：%2。</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <source>Copy collections to another server, showing the plan first.</source>
        <translation>コレクションを別のサーバーにコピーします。最初に計画を表示します。</translation>
    </message>
    <message>
        <source>The target server&apos;s URL (required).</source>
        <translation>コピー先サーバーの URL（必須）。</translation>
    </message>
    <message>
        <source>Read the target&apos;s API key from this file (&quot;-&quot;: standard input).</source>
        <translation>コピー先の API キーをこのファイルから読み込みます（「-」：標準入力）。</translation>
    </message>
    <message>
        <source>Extra HTTP header for the target, e.g. &quot;X-OpenAI-Api-Key: sk-…&quot;. Repeatable.</source>
        <translation>コピー先に送る追加の HTTP ヘッダー（例：&quot;X-OpenAI-Api-Key: sk-…&quot;）。複数回指定できます。</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file for the target.</source>
        <translation>コピー先について、この PEM ファイルに含まれる CA 証明書を信頼します。</translation>
    </message>
    <message>
        <source>Do not verify the target&apos;s TLS certificate (unsafe).</source>
        <translation>コピー先の TLS 証明書を検証しません（安全ではありません）。</translation>
    </message>
    <message>
        <source>Address of the target&apos;s gRPC API: grpc://HOST:PORT or grpcs://HOST:PORT (default: the target&apos;s host, port 50051).</source>
        <translation>コピー先の gRPC API のアドレス：grpc://HOST:PORT または grpcs://HOST:PORT（既定：コピー先のホスト、ポート 50051）。</translation>
    </message>
    <message>
        <source>Port of the target&apos;s gRPC API on the target&apos;s host (default 50051).</source>
        <translation>コピー先のホスト上の gRPC API のポート（既定 50051）。</translation>
    </message>
    <message>
        <source>new (default: the collection must not exist on the target), merge (add missing objects), overwrite (copied objects replace existing ones), replace (drop the target&apos;s collection first).</source>
        <translation>new（既定：コピー先にコレクションが存在しないこと）、merge（不足しているオブジェクトを追加）、overwrite（既存のオブジェクトをコピーするもので置き換え）、replace（最初にコピー先のコレクションを削除）。</translation>
    </message>
    <message>
        <source>Copy collection OLD as NEW. Repeatable.</source>
        <translation>コレクション OLD を NEW としてコピーします。複数回指定できます。</translation>
    </message>
    <message>
        <source>Show what would be copied; write nothing.</source>
        <translation>コピーされる内容を表示し、何も書き込みません。</translation>
    </message>
    <message>
        <source>Do not ask before copying; with --confirm, allows replacing collections.</source>
        <translation>コピーの前に確認しません。--confirm と併用すると、コレクションの置換を許可します。</translation>
    </message>
    <message>
        <source>Copy collections from the server given by the global options into another server.</source>
        <translation>グローバルオプションで指定したサーバーから別のサーバーにコレクションをコピーします。</translation>
    </message>
    <message>
        <source>Collections to copy (default: all on the source server).</source>
        <translation>コピーするコレクション（既定：コピー元サーバーのすべて）。</translation>
    </message>
    <message>
        <source>Warning: TLS certificate verification of the target is off; the connection can be intercepted.</source>
        <translation>警告：コピー先の TLS 証明書の検証が無効です。通信を傍受される可能性があります。</translation>
    </message>
    <message>
        <source>No target given: colvault-cli copy [COLLECTION...] --to-url URL.</source>
        <translation>コピー先が指定されていません。使い方：colvault-cli copy [COLLECTION...] --to-url URL。</translation>
    </message>
    <message>
        <source>--to-url &quot;%1&quot; is not a valid server URL; use http://host:port or https://host.</source>
        <translation>--to-url「%1」は有効なサーバー URL ではありません。http://host:port または https://host の形式で指定してください。</translation>
    </message>
    <message>
        <source>Cannot read the target&apos;s API key file &quot;%1&quot;: %2</source>
        <translation>コピー先の API キーファイル「%1」を読み込めません：%2</translation>
    </message>
    <message>
        <source>The target&apos;s API key file &quot;%1&quot; must hold the key alone, on one line.</source>
        <translation>コピー先の API キーファイル「%1」には、キーだけを 1 行で記述してください。</translation>
    </message>
    <message>
        <source>--to-header &quot;%1&quot; is not of the form &quot;Name: value&quot;.</source>
        <translation>--to-header「%1」が「Name: value」の形式になっていません。</translation>
    </message>
    <message>
        <source>Give either --to-grpc-url or --to-grpc-port, not both.</source>
        <translation>--to-grpc-url と --to-grpc-port のどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>--to-grpc-port needs a port number from 1 to 65535.</source>
        <translation>--to-grpc-port には 1 から 65535 までのポート番号が必要です。</translation>
    </message>
    <message>
        <source>--to-grpc-url &quot;%1&quot; is not a gRPC address; write grpc://HOST:PORT or grpcs://HOST:PORT.</source>
        <translation>--to-grpc-url「%1」は gRPC のアドレスではありません。grpc://HOST:PORT または grpcs://HOST:PORT と書いてください。</translation>
    </message>
    <message>
        <source>Not copying: standard input is not a terminal, so nobody can confirm. Run again with --yes --confirm NAMES (the collections being replaced), or with --dry-run to see the plan.</source>
        <translation>コピーしません：標準入力が端末ではないため、確認できません。--yes --confirm NAMES（置換するコレクション）を付けて再実行するか、計画を確認するには --dry-run を付けて実行してください。</translation>
    </message>
    <message>
        <source>Not copying: standard input is not a terminal, so nobody can confirm. Run again with --yes, or with --dry-run to see the plan.</source>
        <translation>コピーしません：標準入力が端末ではないため、確認できません。--yes を付けて再実行するか、計画を確認するには --dry-run を付けて実行してください。</translation>
    </message>
    <message>
        <source>From %1 to %2:</source>
        <extracomment>%1 the source server&apos;s URL, %2 the target server&apos;s URL</extracomment>
        <translation>%1 から %2 へ：</translation>
    </message>
    <message numerus="yes">
        <source>Replace mode deletes %Ln collection(s) on the target with everything in them first: %1. Type their names to confirm, separated by commas:</source>
        <translation>
            <numerusform>置換モードでは、最初にコピー先の %Ln 個のコレクションを中身ごと削除します：%1。確認のため、コレクション名をカンマ区切りで入力してください：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace mode deletes %Ln collection(s) on the target first: %1. Confirm with --yes --confirm %2.</source>
        <translation>
            <numerusform>置換モードでは、最初にコピー先の %Ln 個のコレクションを削除します：%1。--yes --confirm %2 で確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The names given (%1) are not exactly the collections being replaced (%2); nothing was copied.</source>
        <translation>指定された名前（%1）が、置換するコレクション（%2）と一致しません。何もコピーされていません。</translation>
    </message>
    <message>
        <source>Copy as planned? [y/N]</source>
        <translation>計画どおりにコピーしますか？ [y/N]</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was copied.</source>
        <translation>確認されなかったため、何もコピーされていません。</translation>
    </message>
    <message numerus="yes">
        <source>Canceled after %Ln object(s); the copy is incomplete.</source>
        <translation>
            <numerusform>%Ln 個のオブジェクトの後でキャンセルしました。コピーは完了していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the same copy again with --mode overwrite to complete it.</source>
        <translation>コピーを完了するには、同じコピーを --mode overwrite を付けてもう一度実行してください。</translation>
    </message>
    <message>
        <source>Copied %1 objects and %2 references in %3 s.</source>
        <extracomment>%1 objects, %2 references, %3 seconds</extracomment>
        <translation>%3 秒で %1 個のオブジェクトと %2 個の参照をコピーしました。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was copied: the plan has %Ln blocking problem(s).</source>
        <translation>
            <numerusform>何もコピーされていません：計画に実行を妨げる問題が %Ln 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>keep (default: create the source&apos;s aliases of the copied collections on the target) or skip.</source>
        <translation>keep（既定：コピーしたコレクションに対するコピー元のエイリアスをコピー先に作成）または skip。</translation>
    </message>
    <message>
        <source>--encrypt-to and --passphrase-file encrypt the copy&apos;s archive: give --archive FILE too.</source>
        <translation>--encrypt-to と --passphrase-file はコピーのアーカイブを暗号化します：--archive FILE も指定してください。</translation>
    </message>
    <message>
        <source>An archive of what is copied will be written to %1 and verified before it gets that name.</source>
        <translation>コピーする内容のアーカイブを %1 に書き込みます。アーカイブはその名前になる前に検証されます。</translation>
    </message>
    <message>
        <source>The archive will be encrypted with age and a passphrase.</source>
        <translation>アーカイブは age とパスフレーズで暗号化されます。</translation>
    </message>
    <message>
        <source>Nothing was copied, and no archive was written.</source>
        <translation>何もコピーされず、アーカイブも書き込まれていません。</translation>
    </message>
    <message>
        <source>No archive was written.</source>
        <translation>アーカイブは書き込まれていません。</translation>
    </message>
    <message>
        <source>Archive written and verified: %1 (%2).</source>
        <extracomment>%1 the archive&apos;s path, %2 its size</extracomment>
        <translation>アーカイブを書き込み、検証しました：%1（%2）。</translation>
    </message>
    <message>
        <source>The copy is complete, but no archive was written.</source>
        <translation>コピーは完了しましたが、アーカイブは書き込まれていません。</translation>
    </message>
    <message>
        <source>Also write an archive of what is copied, as a backup would write it, in the same pass; it appears under FILE only once the copy has succeeded and the archive has been verified. A local file (or a folder for a default name); .tar.gz, .tar.xz or .tar choose that compression, any other name zstd.</source>
        <translation>コピーする内容のアーカイブも、バックアップと同じ形式で、同じ処理の中で書き込みます。アーカイブは、コピーが成功し、アーカイブの検証が済んだ後にのみ FILE に現れます。ローカルファイル（既定の名前にする場合はフォルダー）を指定します。.tar.gz、.tar.xz、.tar の場合はその圧縮形式、それ以外の名前の場合は zstd になります。</translation>
    </message>
    <message>
        <source>Canceled while the archive was being finished; the copy is complete, but no archive was written.</source>
        <translation>アーカイブの仕上げ中にキャンセルしました。コピーは完了していますが、アーカイブは書き込まれていません。</translation>
    </message>
</context>
<context>
    <name>CopyTask</name>
    <message>
        <source>The page size must be between 1 and %L1 objects, not %L2.</source>
        <translation>ページサイズは 1～%L1 個のオブジェクトの範囲で指定してください（指定値：%L2）。</translation>
    </message>
    <message>
        <source>The source and the target are different servers but would both be reached at the gRPC address %1; give the target&apos;s gRPC address.</source>
        <translation>コピー元とコピー先は別のサーバーですが、どちらにも gRPC アドレス %1 で接続することになります。コピー先の gRPC アドレスを指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would be read and written at once: the source and the target are the same server. Copy it under another name.</source>
        <translation>「%1」の読み取りと書き込みが同時に行われることになります：コピー元とコピー先が同じサーバーです。別の名前でコピーしてください。</translation>
    </message>
    <message>
        <source>Verifying the archive</source>
        <translation>アーカイブの検証</translation>
    </message>
    <message>
        <source>Finishing the archive…</source>
        <translation>アーカイブを仕上げています…</translation>
    </message>
    <message>
        <source>The copy is complete, but its archive was not written.</source>
        <translation>コピーは完了しましたが、アーカイブは書き込まれませんでした。</translation>
    </message>
</context>
<context>
    <name>DecryptionOptions</name>
    <message>
        <source>An age identity file (as keygen or age-keygen writes it) to decrypt an encrypted archive. Repeatable.</source>
        <translation>暗号化されたアーカイブを復号する age の ID ファイル（keygen または age-keygen が書く形式）。複数指定できます。</translation>
    </message>
    <message>
        <source>Read the passphrase of an encrypted archive from this file (one line; &quot;-&quot;: standard input).</source>
        <translation>暗号化されたアーカイブのパスフレーズをこのファイルから読み取ります（1 行。「-」は標準入力）。</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted; give an identity file that can decrypt it with --identity FILE.</source>
        <translation>アーカイブ「%1」は暗号化されています。復号できる ID ファイルを --identity FILE で指定してください。</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is encrypted with a passphrase; give it with --passphrase-file FILE.</source>
        <translation>アーカイブ「%1」はパスフレーズで暗号化されています。--passphrase-file FILE で指定してください。</translation>
    </message>
    <message>
        <source>Cannot read the identity file &quot;%1&quot;: %2</source>
        <translation>ID ファイル「%1」を読み取れません：%2</translation>
    </message>
    <message>
        <source>%1, line %2: not an age identity (AGE-SECRET-KEY-1…).</source>
        <extracomment>%1 is a file name, %2 a line number in it</extracomment>
        <translation>%1 の %2 行目：age の ID（AGE-SECRET-KEY-1…）ではありません。</translation>
    </message>
    <message>
        <source>The identity file &quot;%1&quot; holds no identity.</source>
        <translation>ID ファイル「%1」に ID がありません。</translation>
    </message>
</context>
<context>
    <name>EncryptionOptions</name>
    <message>
        <source>Encrypt the archive with age to this recipient (age1…, as keygen prints it). Repeatable.</source>
        <translation>この受信者（keygen が表示する age1…）宛てに age でアーカイブを暗号化します。複数指定できます。</translation>
    </message>
    <message>
        <source>Encrypt the archive with age and the passphrase read from this file (one line; &quot;-&quot;: standard input).</source>
        <translation>このファイルから読み取ったパスフレーズと age でアーカイブを暗号化します（1 行。「-」は標準入力）。</translation>
    </message>
    <message>
        <source>Give --encrypt-to or --passphrase-file, not both.</source>
        <translation>--encrypt-to と --passphrase-file のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an age recipient; a recipient starts with age1.</source>
        <translation>「%1」は age の受信者ではありません。受信者は age1 で始まります。</translation>
    </message>
</context>
<context>
    <name>GrpcBatchSender</name>
    <message>
        <source>A batch was collected twice.</source>
        <translation>バッチが 2 回回収されました。</translation>
    </message>
</context>
<context>
    <name>GrpcVectorPages</name>
    <message>
        <source>The server sent vectors over gRPC that are not valid.</source>
        <translation>サーバーから gRPC で送られたベクトルが不正です。</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>The file-name pattern &quot;%1&quot; has no {date}: every run would overwrite the archive of the one before.</source>
        <translation>ファイル名のパターン「%1」に {date} がありません：実行のたびに前回のアーカイブを上書きしてしまいます。</translation>
    </message>
    <message>
        <source>The file-name pattern &quot;%1&quot; does not give a plain file name.</source>
        <translation>ファイル名のパターン「%1」からは単純なファイル名が得られません。</translation>
    </message>
    <message>
        <source>The file-name pattern &quot;%1&quot; ends in &quot;%2&quot;, but the job&apos;s archives end in &quot;%3&quot;.</source>
        <translation>ファイル名のパターン「%1」は「%2」で終わっていますが、このジョブのアーカイブは「%3」で終わります。</translation>
    </message>
    <message>
        <source>The compression level must be %1 to %2 for %3.</source>
        <translation>%3 の場合、圧縮レベルは %1～%2 でなければなりません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid job name: use 1 to 64 ASCII letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter, digit or &apos;_&apos;.</source>
        <translation>「%1」は有効なジョブ名ではありません：半角英字（ASCII）、数字、「.」、「_」、「-」を 1～64 文字使い、英字、数字、「_」のいずれかで始めてください。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>フォルダー「%1」は存在しません。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is not an absolute path.</source>
        <translation>フォルダー「%1」は絶対パスではありません。</translation>
    </message>
    <message>
        <source>The page size must be a number from 1 to 10000.</source>
        <translation>ページサイズには 1～10000 の数値を指定してください。</translation>
    </message>
    <message>
        <source>A job encrypts with recipients or with a passphrase, not both.</source>
        <translation>ジョブの暗号化には受信者かパスフレーズのどちらか一方を使います。両方は使えません。</translation>
    </message>
    <message>
        <source>The saved job &quot;%1&quot; is damaged.</source>
        <translation>保存済みのジョブ「%1」が破損しています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an age recipient; a recipient starts with age1.</source>
        <translation>「%1」は age の受信者ではありません。受信者は age1 で始まります。</translation>
    </message>
    <message>
        <source>A job that encrypts to recipients needs the identity file of one of them: each run verifies its new archive, and retention reads the job&apos;s archives.</source>
        <translation>受信者宛てに暗号化するジョブには、いずれかの受信者の ID ファイルが必要です。各実行で新しいアーカイブを検証し、保持処理でジョブのアーカイブを読み取るためです。</translation>
    </message>
    <message>
        <source>The S3 location &quot;%1&quot; is not a bucket or a prefix ending in &quot;/&quot;.</source>
        <extracomment>%1 is an s3:// location</extracomment>
        <translation>S3 の場所「%1」は、バケットでも「/」で終わるプレフィックスでもありません。</translation>
    </message>
</context>
<context>
    <name>JobArchives</name>
    <message>
        <source>Cannot remove the old archive &quot;%1&quot;: %2</source>
        <translation>古いアーカイブ「%1」を削除できません：%2</translation>
    </message>
</context>
<context>
    <name>JobCommand</name>
    <message>
        <source>Save backup jobs, run them with verification and retention, and schedule them.</source>
        <translation>バックアップジョブを保存し、検証と保持ルールの適用を含めて実行し、スケジュールを設定します。</translation>
    </message>
    <message>
        <source>Name for {profile} in file names (default: the server&apos;s host name).</source>
        <translation>ファイル名の {profile} に使う名前（既定：サーバーのホスト名）。</translation>
    </message>
    <message>
        <source>File-name pattern with {profile}, {job} and {date} (default: {profile}-{date}); the suffix (.tar.zst, .age) is added.</source>
        <translation>{profile}、{job}、{date} を使ったファイル名のパターン（既定：{profile}-{date}）。拡張子（.tar.zst、.age）は自動で付きます。</translation>
    </message>
    <message>
        <source>Replace the job of this name, if there is one: it keeps its id and its schedule, so its archives stay its own.</source>
        <translation>この名前のジョブがあれば置き換えます。ジョブの ID とスケジュールはそのまま残るため、アーカイブは引き続きそのジョブのものです。</translation>
    </message>
    <message>
        <source>An age identity file that opens the job&apos;s archives, to verify each new one and to apply retention. Repeatable; needed with --encrypt-to.</source>
        <translation>ジョブのアーカイブを開ける age の ID ファイル。新しいアーカイブの検証と保持ルールの適用に使います。複数回指定できます。--encrypt-to を使う場合は必須です。</translation>
    </message>
    <message>
        <source>Retention: keep the last N archives.</source>
        <translation>保持：最新の N 個のアーカイブを残します。</translation>
    </message>
    <message>
        <source>Retention: keep the newest archive of each of the last N hours that have one.</source>
        <translation>保持：アーカイブがある時間帯のうち直近 N 時間について、それぞれ最新のアーカイブを残します。</translation>
    </message>
    <message>
        <source>Retention: keep the newest archive of each of the last N days that have one.</source>
        <translation>保持：アーカイブがある日のうち直近 N 日について、それぞれ最新のアーカイブを残します。</translation>
    </message>
    <message>
        <source>Retention: keep the newest archive of each of the last N weeks that have one.</source>
        <translation>保持：アーカイブがある週のうち直近 N 週について、それぞれ最新のアーカイブを残します。</translation>
    </message>
    <message>
        <source>Retention: keep the newest archive of each of the last N months that have one.</source>
        <translation>保持：アーカイブがある月のうち直近 N か月について、それぞれ最新のアーカイブを残します。</translation>
    </message>
    <message>
        <source>Retention: keep the newest archive of each of the last N years that have one.</source>
        <translation>保持：アーカイブがある年のうち直近 N 年について、それぞれ最新のアーカイブを残します。</translation>
    </message>
    <message>
        <source>Folder of the saved jobs (default: $COLVAULT_CONFIG_DIR, else Colvault&apos;s configuration folder).</source>
        <translation>保存済みのジョブのフォルダー（既定：$COLVAULT_CONFIG_DIR、未設定なら Colvault の設定フォルダー）。</translation>
    </message>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>機械可読な JSON レポートを 1 つ標準出力に出力します。</translation>
    </message>
    <message>
        <source>Usage: %1 job SUBCOMMAND [options]</source>
        <translation>使い方：%1 job SUBCOMMAND [options]</translation>
    </message>
    <message>
        <source>Saved backup jobs: run them as a scheduler does (backup, verify, retention), prune their old archives and schedule them.</source>
        <translation>保存済みのバックアップジョブ：スケジューラーと同じように実行し（バックアップ、検証、保持）、古いアーカイブを整理し、スケジュールを設定します。</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>サブコマンド：</translation>
    </message>
    <message>
        <source>List the saved jobs.</source>
        <translation>保存済みのジョブを一覧表示します。</translation>
    </message>
    <message>
        <source>Show a job and its last runs.</source>
        <translation>ジョブとその最近の実行を表示します。</translation>
    </message>
    <message>
        <source>Save a job (backup, retention and encryption options).</source>
        <translation>ジョブを保存します（バックアップ、保持、暗号化のオプション）。</translation>
    </message>
    <message>
        <source>Delete a job and its schedule; its archives stay.</source>
        <translation>ジョブとそのスケジュールを削除します。アーカイブは残ります。</translation>
    </message>
    <message>
        <source>Back up, verify the archive, then apply the retention rules.</source>
        <translation>バックアップし、アーカイブを検証してから、保持ルールを適用します。</translation>
    </message>
    <message>
        <source>Apply the retention rules only; --dry-run lists what would go and why.</source>
        <translation>保持ルールの適用だけを行います。--dry-run を付けると、削除される対象とその理由を一覧表示します。</translation>
    </message>
    <message>
        <source>Let the operating system run the job.</source>
        <translation>オペレーティングシステムにジョブを実行させます。</translation>
    </message>
    <message>
        <source>Run &quot;%1 job SUBCOMMAND --help&quot; for the options of a subcommand.</source>
        <translation>サブコマンドのオプションを確認するには「%1 job SUBCOMMAND --help」を実行してください。</translation>
    </message>
    <message>
        <source>Unknown job subcommand &quot;%1&quot;. Run &quot;%2 job --help&quot; to see what is available.</source>
        <translation>不明な job サブコマンド「%1」です。使用できるサブコマンドは「%2 job --help」で確認できます。</translation>
    </message>
    <message>
        <source>Give the name of one job.</source>
        <translation>ジョブの名前を 1 つ指定してください。</translation>
    </message>
    <message>
        <source>The job&apos;s name.</source>
        <translation>ジョブの名前。</translation>
    </message>
    <message>
        <source>Delete a job and its schedule; its archives and history stay.</source>
        <translation>ジョブとそのスケジュールを削除します。アーカイブと履歴は残ります。</translation>
    </message>
    <message>
        <source>Deleted the job &quot;%1&quot;. Its archives in %2 are kept.</source>
        <translation>ジョブ「%1」を削除しました。%2 にあるアーカイブは残っています。</translation>
    </message>
    <message>
        <source>Save a backup job: the connection options given, what to back up, where to, how many archives to keep and how to encrypt them. The --keep options take a number or &quot;unlimited&quot; and follow restic&apos;s forget rules on UTC periods; without any, every archive is kept.</source>
        <translation>バックアップジョブを保存します：指定した接続オプション、何をどこにバックアップするか、アーカイブをいくつ残すか、どう暗号化するか。--keep オプションには数値または「unlimited」を指定し、UTC の期間に基づいて restic の forget と同じ規則に従います。どれも指定しない場合、すべてのアーカイブが残ります。</translation>
    </message>
    <message>
        <source>Give the folder for the job&apos;s archives with --dir DIR.</source>
        <translation>ジョブのアーカイブを保存するフォルダーを --dir DIR で指定してください。</translation>
    </message>
    <message>
        <source>Saved the job &quot;%1&quot;. Its archives will be named like %2.</source>
        <translation>ジョブ「%1」を保存しました。アーカイブの名前は %2 のようになります。</translation>
    </message>
    <message>
        <source>A job cannot read --%1 from standard input when it runs; give a file.</source>
        <translation>ジョブは実行時に --%1 を標準入力から読み込めません。ファイルを指定してください。</translation>
    </message>
    <message>
        <source>A job saves no secrets: give the API key with --api-key-file, headers with --header-file or --header-env, and no password in the URL.</source>
        <translation>ジョブには秘密情報を保存しません：API キーは --api-key-file で、ヘッダーは --header-file または --header-env で指定し、URL にはパスワードを含めないでください。</translation>
    </message>
    <message>
        <source>Note: the job does not save $WEAVIATE_API_KEY; a run gets the key from that variable of its own environment, which a scheduled run does not have. Give --api-key-file instead.</source>
        <translation>注意：ジョブは $WEAVIATE_API_KEY を保存しません。実行時にはその実行自身の環境にあるこの変数からキーを読み取りますが、スケジュールによる実行の環境にはこの変数がありません。代わりに --api-key-file を指定してください。</translation>
    </message>
    <message>
        <source>--level and --page-size need a whole number.</source>
        <translation>--level と --page-size には整数を指定してください。</translation>
    </message>
    <message>
        <source>--%1 needs a number of 0 or more, or &quot;unlimited&quot;.</source>
        <translation>--%1 には 0 以上の数値または「unlimited」を指定してください。</translation>
    </message>
    <message>
        <source>A job connects as it was saved; --%1 cannot be given to it. Save it again with &quot;job create NAME --replace&quot; to change its connection.</source>
        <translation>ジョブは保存時の設定で接続するため、--%1 は指定できません。接続を変更するには「job create NAME --replace」でジョブを保存し直してください。</translation>
    </message>
    <message>
        <source>Run a job as its schedule does: back up, verify the new archive, then apply the retention rules. Every run is logged and recorded in the job history.</source>
        <translation>スケジュールと同じようにジョブを実行します：バックアップし、新しいアーカイブを検証してから、保持ルールを適用します。実行はすべてログに記録され、ジョブの履歴に残ります。</translation>
    </message>
    <message>
        <source>List what would be removed and why; remove nothing.</source>
        <translation>削除される対象とその理由を一覧表示し、何も削除しません。</translation>
    </message>
    <message>
        <source>Apply a job&apos;s retention rules to its folder: only archives of this job with a valid trailer are considered; the newest is always kept.</source>
        <translation>ジョブの保持ルールをそのフォルダーに適用します：対象になるのは、有効なトレーラーを持つこのジョブのアーカイブだけです。最新のアーカイブは常に残ります。</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; has no retention rules; nothing is removed.</source>
        <translation>ジョブ「%1」には保持ルールがないため、何も削除しません。</translation>
    </message>
    <message>
        <source>Canceled; nothing was removed.</source>
        <translation>キャンセルしました。何も削除されていません。</translation>
    </message>
    <message>
        <source>Give one of --daily, --hourly, --weekly DAY or --off.</source>
        <translation>--daily、--hourly、--weekly DAY、--off のいずれか 1 つを指定してください。</translation>
    </message>
    <message>
        <source>--at goes with --daily or --weekly.</source>
        <translation>--at は --daily または --weekly と一緒に指定します。</translation>
    </message>
    <message>
        <source>--at needs a time of day as HH:MM, e.g. 02:30.</source>
        <translation>--at には時刻を HH:MM の形式で指定してください（例：02:30）。</translation>
    </message>
    <message>
        <source>--weekly needs a day of the week, e.g. monday or mon.</source>
        <translation>--weekly には曜日を指定してください（例：monday または mon）。</translation>
    </message>
    <message>
        <source>Every day (at 02:00 unless --at says otherwise).</source>
        <translation>毎日（--at で指定しない限り 02:00）。</translation>
    </message>
    <message>
        <source>Every hour, on the hour.</source>
        <translation>1 時間ごと（毎時 0 分）。</translation>
    </message>
    <message>
        <source>Every week on this day (monday … sunday, or mon … sun).</source>
        <translation>毎週この曜日に（monday … sunday、または mon … sun）。</translation>
    </message>
    <message>
        <source>Time of day, HH:MM (local time).</source>
        <translation>時刻、HH:MM（現地時刻）。</translation>
    </message>
    <message>
        <source>Remove the job&apos;s schedule.</source>
        <translation>ジョブのスケジュールを解除します。</translation>
    </message>
    <message>
        <source>Let the operating system run a job: a systemd user timer on Linux, a launchd agent on macOS, a Task Scheduler task on Windows. Times are local.</source>
        <translation>オペレーティングシステムにジョブを実行させます：Linux では systemd のユーザータイマー、macOS では launchd エージェント、Windows ではタスク スケジューラのタスクを使います。時刻は現地時刻です。</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; is no longer scheduled.</source>
        <translation>ジョブ「%1」のスケジュールを解除しました。</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; runs %2.</source>
        <extracomment>%1 a job&apos;s name, %2 its schedule (&quot;daily at 02:00&quot;)</extracomment>
        <translation>ジョブ「%1」の実行スケジュール：%2。</translation>
    </message>
    <message>
        <source>Where the job&apos;s archives go: a local folder, or s3://BUCKET/PREFIX/ (with the --s3-* options; keys from the AWS environment or profile of each run).</source>
        <translation>ジョブのアーカイブの保存先：ローカルフォルダー、または s3://BUCKET/PREFIX/（--s3-* オプションを使用。キーは各実行時の AWS 環境変数またはプロファイルから取得）。</translation>
    </message>
    <message>
        <source>A job writes to a local folder or to s3://BUCKET/PREFIX/; --dir &quot;%1&quot; is neither.</source>
        <translation>ジョブの書き込み先はローカルフォルダーか s3://BUCKET/PREFIX/ ですが、--dir「%1」はどちらでもありません。</translation>
    </message>
    <message>
        <source>The --s3-* options are for a job whose --dir is s3://BUCKET/PREFIX/.</source>
        <translation>--s3-* オプションは、--dir が s3://BUCKET/PREFIX/ のジョブ用です。</translation>
    </message>
    <message>
        <source>Give it with --identity FILE.</source>
        <translation>--identity FILE で指定してください。</translation>
    </message>
</context>
<context>
    <name>JobHistory</name>
    <message>
        <source>Cannot write the job history &quot;%1&quot;: %2</source>
        <translation>ジョブの履歴「%1」に書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>JobInputs</name>
    <message>
        <source>The job&apos;s server address &quot;%1&quot; is not a valid URL; save the job again with one such as http://host:8080.</source>
        <translation>ジョブのサーバーアドレス「%1」は有効な URL ではありません。http://host:8080 のようなアドレスでジョブを保存し直してください。</translation>
    </message>
    <message>
        <source>The job&apos;s header variable &quot;%1&quot; is not of the form NAME=VARIABLE.</source>
        <translation>ジョブのヘッダー変数「%1」が NAME=VARIABLE の形式ではありません。</translation>
    </message>
    <message>
        <source>The environment variable %1 (for the header %2) is not set, empty or more than one line.</source>
        <extracomment>%1 is the name of an environment variable, %2 the HTTP header it was to give the value of</extracomment>
        <translation>環境変数 %1（ヘッダー %2 用）が設定されていないか、空か、複数行です。</translation>
    </message>
    <message>
        <source>%1, line %2: not of the form &quot;Name: value&quot;.</source>
        <extracomment>%1 is a file name, %2 a line number in it</extracomment>
        <translation>%1 の %2 行目：&quot;Name: value&quot; の形式ではありません。</translation>
    </message>
    <message>
        <source>The header file &quot;%1&quot; holds no header.</source>
        <translation>ヘッダーファイル「%1」にヘッダーがありません。</translation>
    </message>
    <message>
        <source>The job&apos;s gRPC address &quot;%1&quot; is not of the form grpc://HOST:PORT or grpcs://HOST:PORT.</source>
        <translation>ジョブの gRPC アドレス「%1」が grpc://HOST:PORT または grpcs://HOST:PORT の形式ではありません。</translation>
    </message>
    <message>
        <source>The job&apos;s transport &quot;%1&quot; is not one of auto, rest and grpc.</source>
        <translation>ジョブの転送方法「%1」は auto、rest、grpc のいずれでもありません。</translation>
    </message>
    <message>
        <source>The job&apos;s proxy address holds a password; save the job again with the password in a file.</source>
        <translation>ジョブのプロキシのアドレスにパスワードが含まれています。パスワードをファイルに入れてジョブを保存し直してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an age recipient; a recipient starts with age1.</source>
        <translation>「%1」は age の受信者ではありません。受信者は age1 で始まります。</translation>
    </message>
    <message>
        <source>%1, line %2: not an age identity (AGE-SECRET-KEY-1…).</source>
        <extracomment>%1 is a file name, %2 a line number in it</extracomment>
        <translation>%1 の %2 行目：age の ID（AGE-SECRET-KEY-1…）ではありません。</translation>
    </message>
    <message>
        <source>The identity file &quot;%1&quot; holds no identity.</source>
        <translation>ID ファイル「%1」に ID がありません。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; that the job names is empty.</source>
        <translation>ジョブが指定しているファイル「%1」は空です。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; that the job names holds more than one line; it must hold the key, passphrase or password alone.</source>
        <translation>ジョブが指定しているファイル「%1」に複数の行があります。キー、パスフレーズ、パスワードのいずれかだけを書いてください。</translation>
    </message>
    <message>
        <source>Cannot read the file &quot;%1&quot; that the job names: %2</source>
        <extracomment>%1 a file name, %2 the system&apos;s reason</extracomment>
        <translation>ジョブが指定しているファイル「%1」を読み込めません：%2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; that the job names is larger than %2, too large for a key or headers.</source>
        <extracomment>%1 a file name, %2 a size such as &quot;64 KiB&quot;</extracomment>
        <translation>ジョブが指定しているファイル「%1」は %2 を超えており、キーやヘッダーとしては大きすぎます。</translation>
    </message>
    <message>
        <source>Give the identity: one line, AGE-SECRET-KEY-1…</source>
        <translation>ID を入力してください：1 行、AGE-SECRET-KEY-1…</translation>
    </message>
    <message>
        <source>Give the passphrase: one line.</source>
        <translation>パスフレーズを入力してください：1 行。</translation>
    </message>
    <message>
        <source>The identity given for the job is not an age identity (AGE-SECRET-KEY-1…).</source>
        <translation>ジョブに指定された ID は age の ID（AGE-SECRET-KEY-1…）ではありません。</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase in both fields.</source>
        <translation>2 つのパスフレーズが一致しません：両方の欄に同じパスフレーズを入力してください。</translation>
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
        <translation>一部のテナントをスキップして終了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>not an archive of a saved job</source>
        <translation>保存済みのジョブのアーカイブではない</translation>
    </message>
    <message>
        <source>an archive of another job</source>
        <translation>別のジョブのアーカイブ</translation>
    </message>
    <message>
        <source>cannot be opened with the job&apos;s keys</source>
        <translation>ジョブの鍵では開けない</translation>
    </message>
    <message>
        <source>incomplete: no valid trailer</source>
        <translation>不完全：有効なトレーラーがない</translation>
    </message>
    <message>
        <source>No saved jobs. Create one with &quot;%1 job create NAME --dir DIR&quot;.</source>
        <translation>保存済みのジョブはありません。「%1 job create NAME --dir DIR」で作成できます。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>前回の実行</translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>The last run of a job: %1 when, %2 how it ended (&quot;succeeded&quot;)</extracomment>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Job: %1 (%2)</source>
        <translation>ジョブ：%1（%2）</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>サーバー：%1</translation>
    </message>
    <message>
        <source>Collections: %1</source>
        <translation>コレクション：%1</translation>
    </message>
    <message>
        <source>%1: tenants %2</source>
        <translation>%1：テナント %2</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>フォルダー：%1</translation>
    </message>
    <message>
        <source>Archives named like: %1</source>
        <translation>アーカイブ名の例：%1</translation>
    </message>
    <message>
        <source>Retention: %1</source>
        <translation>保持：%1</translation>
    </message>
    <message>
        <source>none, every archive is kept</source>
        <translation>なし（すべてのアーカイブを残します）</translation>
    </message>
    <message numerus="yes">
        <source>Encryption: age, to %Ln recipient(s)</source>
        <translation>
            <numerusform>暗号化：age、%Ln 人の受信者宛て</numerusform>
        </translation>
    </message>
    <message>
        <source>Encryption: age, with the passphrase in %1</source>
        <translation>暗号化：age、%1 のパスフレーズを使用</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>スケジュール：%1</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>まだ実行されていません。</translation>
    </message>
    <message>
        <source>Last runs, newest first:</source>
        <translation>最近の実行（新しい順）：</translation>
    </message>
    <message>
        <source>%1  %2 (%3 s)</source>
        <extracomment>One run in a job&apos;s history: %1 when, %2 how it ended, %3 the duration in seconds</extracomment>
        <translation>%1  %2（%3 秒）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s), %1 (%2)</source>
        <translation>
            <numerusform>オブジェクト %Ln 個、%1（%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>ログ：%1</translation>
    </message>
    <message>
        <source>No archive of this run was kept.</source>
        <translation>この実行のアーカイブは残っていません。</translation>
    </message>
    <message>
        <source>Canceled; no archive of this run was kept.</source>
        <translation>キャンセルしました。この実行のアーカイブは残っていません。</translation>
    </message>
    <message>
        <source>Verified the new archive: it is complete and intact.</source>
        <translation>新しいアーカイブを検証しました：完全で、破損していません。</translation>
    </message>
    <message>
        <source>Canceled before the retention rules were applied; the new archive is kept.</source>
        <translation>保持ルールを適用する前にキャンセルしました。新しいアーカイブは残っています。</translation>
    </message>
    <message numerus="yes">
        <source>Retention: kept %Ln archive(s), removed %1.</source>
        <extracomment>%Ln archives kept by the retention rules, %1 how many were removed</extracomment>
        <translation>
            <numerusform>保持：%Ln 個のアーカイブを残し、%1 個を削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>削除しました：%1</translation>
    </message>
    <message>
        <source>Dry run: nothing is removed.</source>
        <translation>ドライラン：何も削除しません。</translation>
    </message>
    <message>
        <source>Retention of the job &quot;%1&quot;: %2</source>
        <translation>ジョブ「%1」の保持ルール：%2</translation>
    </message>
    <message>
        <source>%1  %2  (%3)</source>
        <extracomment>A line of the retention listing: %1 the archive&apos;s time (UTC), %2 its file name, %3 why</extracomment>
        <translation>%1  %2（%3）</translation>
    </message>
    <message>
        <source>kept by no rule</source>
        <translation>どのルールにも該当しない</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>would remove</source>
        <translation>削除予定</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>left alone</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln archive(s) kept, %1 would be removed.</source>
        <extracomment>%Ln archives kept, %1 how many would be removed</extracomment>
        <translation>
            <numerusform>%Ln 個のアーカイブを残し、%1 個を削除する予定です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln archive(s) kept, %1 removed.</source>
        <translation>
            <numerusform>%Ln 個のアーカイブを残し、%1 個を削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>S3 bucket prefix: %1</source>
        <translation>S3 バケットのプレフィックス：%1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>エンドポイント：%1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>リージョン：%1</translation>
    </message>
    <message>
        <source>AWS profile: %1</source>
        <translation>AWS プロファイル：%1</translation>
    </message>
    <message>
        <source>Path-style addressing</source>
        <translation>パス形式のアドレス指定</translation>
    </message>
</context>
<context>
    <name>JobRun</name>
    <message>
        <source>Some collections or tenants were skipped, so the retention rules were not applied.</source>
        <translation>一部のコレクションまたはテナントがスキップされたため、保持ルールは適用されませんでした。</translation>
    </message>
    <message>
        <source>Verifying the archive: %1 of %2</source>
        <extracomment>Progress of reading the new archive back: %1 bytes read so far, %2 the file size</extracomment>
        <translation>アーカイブを検証しています：%1 / %2</translation>
    </message>
    <message>
        <source>Cannot remove the unverified archive &quot;%1&quot;.</source>
        <translation>未検証のアーカイブ「%1」を削除できません。</translation>
    </message>
    <message>
        <source>The new archive &quot;%1&quot; did not pass its verification and was removed.</source>
        <translation>新しいアーカイブ「%1」は検証に合格しなかったため削除しました。</translation>
    </message>
    <message>
        <source>Applying the retention rules</source>
        <translation>保持ルールを適用しています</translation>
    </message>
    <message>
        <source>The retention rules were not applied: %1</source>
        <translation>保持ルールは適用されませんでした：%1</translation>
    </message>
</context>
<context>
    <name>JobSchedule</name>
    <message>
        <source>hourly</source>
        <translation>毎時</translation>
    </message>
    <message>
        <source>daily at %1</source>
        <extracomment>%1 a time of day, e.g. 02:00</extracomment>
        <translation>毎日 %1</translation>
    </message>
    <message>
        <source>weekly on %1 at %2</source>
        <extracomment>%1 a day of the week, %2 a time of day</extracomment>
        <translation>毎週%1 %2</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>スケジュールなし</translation>
    </message>
</context>
<context>
    <name>JobScheduler</name>
    <message>
        <source>Cannot write the schedule file &quot;%1&quot;: %2</source>
        <translation>スケジュールファイル「%1」に書き込めません：%2</translation>
    </message>
    <message>
        <source>%1 was not found, so the schedule is written but not active; run &quot;%2&quot; where %1 is available.</source>
        <extracomment>%1 a program (systemctl, launchctl, schtasks), %2 the command to run by hand</extracomment>
        <translation>%1 が見つからないため、スケジュールは書き込まれましたが有効になっていません。%1 を使える環境で「%2」を実行してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed: %2</source>
        <translation>「%1」が失敗しました：%2</translation>
    </message>
    <message>
        <source>A user timer runs while you are logged in; &quot;loginctl enable-linger&quot; lets it run without a session.</source>
        <translation>ユーザータイマーはログインしている間だけ動作します。「loginctl enable-linger」を実行すると、セッションがなくても動作します。</translation>
    </message>
    <message>
        <source>Cannot remove the schedule file &quot;%1&quot;.</source>
        <translation>スケジュールファイル「%1」を削除できません。</translation>
    </message>
    <message>
        <source>The job cannot be scheduled: systemctl --user finds no user session here (as in a container, an SSH login or WSL). Run &quot;loginctl enable-linger&quot; and log in again, or use a desktop session; or save the job without a schedule and run &quot;%1&quot; from cron.</source>
        <extracomment>%1 the command that runs the job, for a crontab line</extracomment>
        <translation>ジョブをスケジュールできません：systemctl --user がここでユーザーセッションを見つけられません（コンテナー、SSH ログイン、WSL など）。「loginctl enable-linger」を実行してログインし直すか、デスクトップセッションを使用してください。または、スケジュールなしでジョブを保存し、cron から「%1」を実行してください。</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>Cannot read the saved jobs in &quot;%1&quot;: %2</source>
        <translation>「%1」の保存済みのジョブを読み込めません：%2</translation>
    </message>
    <message>
        <source>The saved jobs in &quot;%1&quot; are damaged; fix or move the file.</source>
        <translation>「%1」の保存済みのジョブが破損しています。ファイルを修復するか移動してください。</translation>
    </message>
    <message>
        <source>The saved jobs in &quot;%1&quot; were written by a newer version of Colvault.</source>
        <translation>「%1」の保存済みのジョブは、より新しいバージョンの Colvault で書き込まれています。</translation>
    </message>
    <message>
        <source>Cannot save the jobs to &quot;%1&quot;: %2</source>
        <translation>ジョブを「%1」に保存できません：%2</translation>
    </message>
    <message>
        <source>There is no job named &quot;%1&quot;.</source>
        <translation>「%1」という名前のジョブはありません。</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>フォルダー「%1」を作成できません。</translation>
    </message>
    <message>
        <source>The saved jobs in &quot;%1&quot; are locked by another program.</source>
        <translation>「%1」の保存済みのジョブは別のプログラムによってロックされています。</translation>
    </message>
    <message>
        <source>A job named &quot;%1&quot; already exists.</source>
        <translation>「%1」という名前のジョブは既に存在します。</translation>
    </message>
</context>
<context>
    <name>KeygenCommand</name>
    <message>
        <source>Write a new age identity file for encrypted archives and print its recipient.</source>
        <translation>暗号化アーカイブ用の新しい age ID ファイルを書き、その受信者を表示します。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; already exists; keygen never overwrites a file.</source>
        <translation>ファイル「%1」は既に存在します。keygen はファイルを上書きしません。</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: %2</source>
        <translation>「%1」を作成できません：%2</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>「%1」に書き込めません：%2</translation>
    </message>
    <message>
        <source>Write a new age identity file for encrypted archives and print its recipient on standard output.</source>
        <translation>暗号化アーカイブ用の新しい age ID ファイルを書き、その受信者を標準出力に表示します。</translation>
    </message>
    <message>
        <source>The identity file to write; it must not exist yet.</source>
        <translation>書き込む ID ファイル。まだ存在していてはいけません。</translation>
    </message>
    <message>
        <source>Give the identity file to write with -o FILE.</source>
        <translation>書き込む ID ファイルを -o FILE で指定してください。</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed; no key was made.</source>
        <translation>システムの乱数生成器が失敗しました。鍵は作成されていません。</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List collections with object counts, tenants and vector configuration.</source>
        <translation>コレクションを、オブジェクト数、テナント、ベクトル設定とともに一覧表示します。</translation>
    </message>
    <message>
        <source>legacy, %1 dimensions</source>
        <extracomment>A collection&apos;s single class-level vector; %1 is its dimension count</extracomment>
        <translation>従来型、%1 次元</translation>
    </message>
    <message>
        <source>%1: %2 dimensions</source>
        <extracomment>%1 is a named vector&apos;s name, %2 its dimension count</extracomment>
        <translation>%1：%2 次元</translation>
    </message>
    <message>
        <source>%1: multi-vector, %2 dimensions</source>
        <extracomment>%1 is a multi-vector&apos;s name, %2 the dimension count of each token vector</extracomment>
        <translation>%1：マルチベクトル、%2 次元</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s)</source>
        <translation>
            <numerusform>%Ln 個のテナント</numerusform>
        </translation>
    </message>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>機械可読な JSON レポートを 1 つ標準出力に出力します。</translation>
    </message>
    <message>
        <source>&quot;list&quot; takes no arguments.</source>
        <translation>list コマンドは引数を取りません。</translation>
    </message>
    <message>
        <source>Weaviate %1 at %2</source>
        <translation>Weaviate %1（%2）</translation>
    </message>
    <message>
        <source>The server has no collections.</source>
        <translation>サーバーにコレクションがありません。</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>テナント</translation>
    </message>
    <message>
        <source>Vectors</source>
        <translation>ベクトル</translation>
    </message>
    <message>
        <source>%1 (active tenants)</source>
        <extracomment>An object count that leaves out inactive tenants</extracomment>
        <translation>%1（アクティブなテナントのみ）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s), inactive: %1</source>
        <extracomment>%Ln is the number of tenants, %1 how many of them are inactive</extracomment>
        <translation>
            <numerusform>%Ln 個のテナント（非アクティブ：%1）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectPageParser</name>
    <message>
        <source>The server sent a page of objects that is not valid.</source>
        <translation>サーバーから送られたオブジェクトのページが不正です。</translation>
    </message>
</context>
<context>
    <name>OperationGuard</name>
    <message>
        <source>Colvault stopped because of an internal error; the operation did not complete.</source>
        <translation>内部エラーのため Colvault は停止しました。操作は完了していません。</translation>
    </message>
</context>
<context>
    <name>OperationProgress</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>%1 the number of the operation&apos;s current step, %2 how many steps it has, %3 the step&apos;s name, e.g. &quot;Adding references&quot;</extracomment>
        <translation>ステップ %1/%2：%3</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <source>%1 of %2 objects</source>
        <extracomment>%1 objects done of %2</extracomment>
        <translation>%1 / %2 オブジェクト</translation>
    </message>
    <message>
        <source>Collection %1</source>
        <translation>コレクション %1</translation>
    </message>
    <message>
        <source>Collection %1, tenant %2</source>
        <extracomment>%1 is a collection, %2 one of its tenants</extracomment>
        <translation>コレクション %1、テナント %2</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>スキップ：</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Failures:</source>
        <translation>失敗：</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>duration</comment>
        <translation>不明</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>1 秒未満</translation>
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
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>書き込み済み:</translation>
    </message>
    <message>
        <source>active</source>
        <comment>tenant status</comment>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>inactive</source>
        <comment>tenant status</comment>
        <translation>非アクティブ</translation>
    </message>
    <message>
        <source>offloaded to cloud storage</source>
        <comment>tenant status</comment>
        <translation>クラウドストレージにオフロード済み</translation>
    </message>
    <message>
        <source>changing its status (%1)</source>
        <comment>tenant status</comment>
        <extracomment>%1 the status as the server names it, e.g. FREEZING</extracomment>
        <translation>状態を変更中 (%1)</translation>
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
        <translation>種類「%1」のプロキシには対応していません。%2 を使ってください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a proxy address; write http://HOST:PORT.</source>
        <extracomment>%1 is what the user wrote; HOST and PORT stay as they are</extracomment>
        <translation>「%1」はプロキシのアドレスではありません。http://HOST:PORT と書いてください。</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Restore collections from an archive, showing the plan first.</source>
        <translation>アーカイブからコレクションを復元します。最初に計画を表示します。</translation>
    </message>
    <message>
        <source>create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>drop and create again</source>
        <translation>削除して再作成</translation>
    </message>
    <message>
        <source>add to the existing collection</source>
        <translation>既存のコレクションに追加</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1（%2 から）</translation>
    </message>
    <message>
        <source>properties to add: %1</source>
        <translation>追加するプロパティ：%1</translation>
    </message>
    <message>
        <source>properties only on the target: %1</source>
        <translation>復元先にのみ存在するプロパティ：%1</translation>
    </message>
    <message>
        <source>Total: %1.</source>
        <translation>合計：%1。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>問題：%1</translation>
    </message>
    <message>
        <source>Restore collections from an archive into a Weaviate server.</source>
        <translation>アーカイブから Weaviate サーバーにコレクションを復元します。</translation>
    </message>
    <message>
        <source>Collections to restore (default: all in the archive).</source>
        <translation>復元するコレクション（既定：アーカイブ内のすべて）。</translation>
    </message>
    <message>
        <source>new (default: the collection must not exist), merge (add missing objects), overwrite (archived objects replace existing ones), replace (drop the collection first).</source>
        <translation>new（既定：コレクションが存在しないこと）、merge（不足しているオブジェクトを追加）、overwrite（既存のオブジェクトをアーカイブのもので置き換え）、replace（最初にコレクションを削除）。</translation>
    </message>
    <message>
        <source>Restore collection OLD as NEW. Repeatable.</source>
        <translation>コレクション OLD を NEW として復元します。複数回指定できます。</translation>
    </message>
    <message>
        <source>Only these tenants: A,B for the one collection named, or COLLECTION:A,B. Repeatable.</source>
        <translation>対象をこれらのテナントに限定します：コレクションを 1 つだけ指定した場合は A,B、それ以外は COLLECTION:A,B の形式で指定します。複数回指定できます。</translation>
    </message>
    <message>
        <source>Create collections and tenants, no objects.</source>
        <translation>コレクションとテナントを作成し、オブジェクトは作成しません。</translation>
    </message>
    <message>
        <source>Rewrite every vectorizer to &quot;none&quot; (objects keep their vectors).</source>
        <translation>すべてのベクトライザーを「none」に書き換えます（オブジェクトのベクトルは保持されます）。</translation>
    </message>
    <message>
        <source>Create collections with this replication factor.</source>
        <translation>このレプリケーション係数でコレクションを作成します。</translation>
    </message>
    <message>
        <source>Objects per request (1-1000, default 100).</source>
        <translation>1 回のリクエストで送信するオブジェクト数（1-1000、既定 100）。</translation>
    </message>
    <message>
        <source>Show what would be restored; write nothing.</source>
        <translation>復元される内容を表示し、何も書き込みません。</translation>
    </message>
    <message>
        <source>Print one machine-readable JSON report on standard output.</source>
        <translation>機械可読な JSON レポートを 1 つ標準出力に出力します。</translation>
    </message>
    <message>
        <source>Do not ask before restoring; with --confirm, allows replacing collections.</source>
        <translation>復元の前に確認しません。--confirm と併用すると、コレクションの置換を許可します。</translation>
    </message>
    <message>
        <source>The exact names of the collections that replace mode drops, comma-separated.</source>
        <translation>置換モードで削除するコレクションの正確な名前（カンマ区切り）。</translation>
    </message>
    <message>
        <source>No archive given: colvault-cli restore FILE [COLLECTION...].</source>
        <translation>アーカイブが指定されていません。使い方：colvault-cli restore FILE [COLLECTION...]。</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;; use new, merge, overwrite or replace.</source>
        <translation>不明なモード「%1」です。new、merge、overwrite、replace のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--rename %1: use OLD=NEW.</source>
        <translation>--rename %1：OLD=NEW の形式で指定してください。</translation>
    </message>
    <message>
        <source>--replication-factor must be a number of at least 1.</source>
        <translation>--replication-factor には 1 以上の数値を指定してください。</translation>
    </message>
    <message>
        <source>--batch-size must be a number from 1 to 1000.</source>
        <translation>--batch-size には 1～1000 の数値を指定してください。</translation>
    </message>
    <message>
        <source>Not restoring: standard input is not a terminal, so nobody can confirm. Run again with --yes --confirm NAMES (the collections being replaced), or with --dry-run to see the plan.</source>
        <translation>復元しません：標準入力が端末ではないため、確認できません。--yes --confirm NAMES（置換するコレクション）を付けて再実行するか、計画を確認するには --dry-run を付けて実行してください。</translation>
    </message>
    <message>
        <source>Not restoring: standard input is not a terminal, so nobody can confirm. Run again with --yes, or with --dry-run to see the plan.</source>
        <translation>復元しません：標準入力が端末ではないため、確認できません。--yes を付けて再実行するか、計画を確認するには --dry-run を付けて実行してください。</translation>
    </message>
    <message>
        <source>Canceled; nothing was written.</source>
        <translation>キャンセルしました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Dry run: nothing will be written.</source>
        <translation>ドライラン：何も書き込みません。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was restored: the plan has %Ln blocking problem(s).</source>
        <translation>
            <numerusform>何も復元されていません：計画に実行を妨げる問題が %Ln 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>The names given (%1) are not exactly the collections being replaced (%2); nothing was restored.</source>
        <translation>指定された名前（%1）が、置換するコレクション（%2）と一致しません。何も復元されていません。</translation>
    </message>
    <message>
        <source>Restore as planned? [y/N]</source>
        <translation>計画どおりに復元しますか？ [y/N]</translation>
    </message>
    <message>
        <source>yes|y</source>
        <comment>answers accepted as yes</comment>
        <extracomment>Lower-case answers that mean yes, separated by |; the English y and yes are always accepted too</extracomment>
        <translation>はい</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was restored.</source>
        <translation>確認されなかったため、何も復元されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Canceled after %Ln object(s); the restore is incomplete.</source>
        <translation>
            <numerusform>%Ln 個のオブジェクトの後でキャンセルしました。復元は完了していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Count: %1</source>
        <translation>件数：%1</translation>
    </message>
    <message>
        <source>Restored %1 objects and %2 references in %3 s.</source>
        <extracomment>%1 objects, %2 references, %3 seconds</extracomment>
        <translation>%3 秒で %1 個のオブジェクトと %2 個の参照を復元しました。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) or reference(s) failed.</source>
        <translation>
            <numerusform>%Ln 個のオブジェクトまたは参照が失敗しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to create, %2 to overwrite, %3 to skip, %4 unchanged</source>
        <extracomment>%1..%4 object counts</extracomment>
        <translation>作成 %1、上書き %2、スキップ %3、変更なし %4</translation>
    </message>
    <message>
        <source>tenant %1: exists (%2)</source>
        <translation>テナント %1：既存（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Replace mode deletes %Ln collection(s) with everything in them first: %1. Type their names to confirm, separated by commas:</source>
        <translation>
            <numerusform>置換モードでは、最初に %Ln 個のコレクションを中身ごと削除します：%1。確認のため、コレクション名をカンマ区切りで入力してください：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace mode deletes %Ln collection(s) first: %1. Confirm with --yes --confirm %2.</source>
        <translation>
            <numerusform>置換モードでは、最初に %Ln 個のコレクションを削除します：%1。--yes --confirm %2 で確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: object %2 of %1: %3</source>
        <extracomment>%1 collection, %2 object id, %3 the server&apos;s message</extracomment>
        <translation>失敗：%1 のオブジェクト %2：%3</translation>
    </message>
    <message>
        <source>Failed: object %3 of %1, tenant %2: %4</source>
        <translation>失敗：%1（テナント %2）のオブジェクト %3：%4</translation>
    </message>
    <message>
        <source>tenant %1: to be created</source>
        <extracomment>%1 tenant name, %2 and %3 tenant statuses as the server names them (HOT, COLD, ...)</extracomment>
        <translation>テナント %1：作成予定</translation>
    </message>
    <message>
        <source>tenant %1: to be created, then set to %2</source>
        <translation>テナント %1：作成後、%2 に設定予定</translation>
    </message>
    <message>
        <source>tenant %1: exists (%2), to be set to %3</source>
        <translation>テナント %1：既存（%2）、%3 に設定予定</translation>
    </message>
    <message>
        <source>Run the same restore again with --mode overwrite to complete it.</source>
        <translation>復元を完了するには、同じ復元を --mode overwrite を付けてもう一度実行してください。</translation>
    </message>
    <message>
        <source>The archive to restore: a file or s3://BUCKET/KEY.</source>
        <translation>復元するアーカイブ：ファイル、または s3://BUCKET/KEY。</translation>
    </message>
    <message>
        <source>Move aliases that exist on the target and point at other collections.</source>
        <translation>復元先に存在し、ほかのコレクションを指しているエイリアスを移動します。</translation>
    </message>
    <message>
        <source>keep (default: recreate the archive&apos;s aliases, pointing at the restored collections) or skip.</source>
        <translation>keep（既定：アーカイブのエイリアスを、復元したコレクションを指すように再作成）または skip。</translation>
    </message>
    <message>
        <source>With --as-new: once the counts are verified, point this alias at the new collection (created if absent). The previous collection is kept.</source>
        <translation>--as-new と併用：件数の検証後、このエイリアスが新しいコレクションを指すようにします（なければ作成）。以前のコレクションは残ります。</translation>
    </message>
    <message>
        <source>--swap-alias switches an alias to a side-by-side restore: use it with --as-new.</source>
        <translation>--swap-alias は、既存のコレクションと並べて復元したコレクションにエイリアスを切り替えます。--as-new と併用してください。</translation>
    </message>
    <message>
        <source>alias %1 -&gt; %2: to be created</source>
        <extracomment>%1 alias name, %2 the collection it will point at</extracomment>
        <translation>エイリアス %1 -&gt; %2：作成予定</translation>
    </message>
    <message>
        <source>alias %1 -&gt; %2: already correct</source>
        <translation>エイリアス %1 -&gt; %2：既に正しい</translation>
    </message>
    <message>
        <source>alias %1 -&gt; %2: to be moved from %3</source>
        <extracomment>%1 alias name, %2 the collection it will point at, %3 the collection it points at now</extracomment>
        <translation>エイリアス %1 -&gt; %2：%3 から移動予定</translation>
    </message>
    <message>
        <source>alias %1 -&gt; %2: blocked, it points at %3</source>
        <extracomment>%1 alias name, %2 the restored collection, %3 the collection it points at now</extracomment>
        <translation>エイリアス %1 -&gt; %2：ブロック、%3 を指しています</translation>
    </message>
    <message>
        <source>Unknown --aliases value &quot;%1&quot;; use keep or skip.</source>
        <translation>--aliases の値「%1」は不明です。keep または skip を使用してください。</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2. To undo: colvault-cli alias delete %1</source>
        <translation>エイリアス %1 は %2 を指すようになりました。元に戻すには：colvault-cli alias delete %1</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2.</source>
        <translation>エイリアス %1 は %2 を指すようになりました。</translation>
    </message>
    <message>
        <source>Alias %1 now points at %2 (it pointed at %3, which is kept). To switch back: colvault-cli alias set %1 %3</source>
        <extracomment>%1 alias, %2 the collection it points at now, %3 the one it pointed at before</extracomment>
        <translation>エイリアス %1 は %2 を指すようになりました（以前は %3 を指していました。そのコレクションは残ります）。元に戻すには：colvault-cli alias set %1 %3</translation>
    </message>
    <message>
        <source>Point aliases that exist on the target but point at other collections at the restored ones.</source>
        <translation>復元先に存在し、ほかのコレクションを指しているエイリアスを、復元したコレクションに向けます。</translation>
    </message>
    <message>
        <source>Restore the one collection named beside the existing one, into NAME_yyyyMMddHHmmss (UTC time) or its --rename target.</source>
        <translation>指定した 1 つのコレクションを、既存のコレクションと並べて NAME_yyyyMMddHHmmss（UTC 時刻）または --rename の指定先に復元します。</translation>
    </message>
    <message>
        <source>no vectors: the objects are written without them</source>
        <translation>ベクトルなし：オブジェクトはベクトルなしで書き込まれます</translation>
    </message>
    <message>
        <source>vector %1: none, the objects are written without it</source>
        <translation>ベクトル %1：なし、オブジェクトはこのベクトルなしで書き込まれます</translation>
    </message>
    <message numerus="yes">
        <source>the target&apos;s %1 will embed %n object(s)</source>
        <extracomment>%1 a vectorizer module (text2vec-openai); %n objects</extracomment>
        <translation>
            <numerusform>書き込み先の %1 が %n 個のオブジェクトのベクトルを計算します</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>vector %1: the target&apos;s %2 will embed %n object(s)</source>
        <extracomment>%1 the name of a named vector, %2 a vectorizer module (text2vec-openai); %n objects</extracomment>
        <translation>
            <numerusform>ベクトル %1：書き込み先の %2 が %n 個のオブジェクトのベクトルを計算します</numerusform>
        </translation>
    </message>
    <message>
        <source>keep (default: objects carry their vectors) or omit (objects are written without vectors; the target&apos;s --vectorizer modules compute new ones).</source>
        <translation>keep（既定：オブジェクトはベクトルを保持）または omit（オブジェクトをベクトルなしで書き込み、書き込み先の --vectorizer モジュールが新しいベクトルを計算）。</translation>
    </message>
    <message>
        <source>With --vectors omit: create the collections with this vectorizer module of the target, for the collection&apos;s vector and every named vector, or NAME=MODULE for one named vector. Repeatable.</source>
        <translation>--vectors omit と併用：コレクションのベクトルとすべての名前付きベクトルに、書き込み先のこのベクトライザーモジュールを使ってコレクションを作成します。1 つの名前付きベクトルだけに指定するには NAME=MODULE とします。複数回指定できます。</translation>
    </message>
    <message>
        <source>Unknown --vectors value &quot;%1&quot;; use keep or omit.</source>
        <translation>--vectors の値「%1」は不明です。keep または omit を使用してください。</translation>
    </message>
    <message>
        <source>--vectorizer sets what computes new vectors: use it with --vectors omit.</source>
        <translation>--vectorizer は新しいベクトルを計算するモジュールを指定します：--vectors omit と併用してください。</translation>
    </message>
    <message>
        <source>--vectorizer %1: use MODULE or NAME=MODULE, once per vector.</source>
        <translation>--vectorizer %1：MODULE または NAME=MODULE を、ベクトルごとに 1 回指定してください。</translation>
    </message>
    <message>
        <source>Batch requests in flight at once (1-%1, default %2).</source>
        <translation>同時に送信するバッチリクエストの数（1-%1、既定 %2）。</translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to %1.</source>
        <translation>--concurrency には 1～%1 の数値を指定してください。</translation>
    </message>
</context>
<context>
    <name>RestoreTask</name>
    <message>
        <source>The server listed the objects of &quot;%1&quot; out of order.</source>
        <translation>サーバーが「%1」のオブジェクトを順序どおりに返しませんでした。</translation>
    </message>
    <message>
        <source>The number of batches in flight must be between 1 and %1, not %2.</source>
        <translation>同時に送信するバッチの数は 1～%1 の範囲で指定してください（指定値：%2）。</translation>
    </message>
    <message>
        <source>The replication factor must be at least 1.</source>
        <translation>レプリケーション係数は 1 以上でなければなりません。</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; does not exist.</source>
        <translation>アーカイブ「%1」は存在しません。</translation>
    </message>
    <message>
        <source>Verifying the archive…</source>
        <translation>アーカイブを検証しています…</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; is incomplete: it has no valid trailer.</source>
        <translation>アーカイブ「%1」は不完全です：有効なトレーラーがありません。</translation>
    </message>
    <message>
        <source>The archive &quot;%1&quot; cannot be restored: %2</source>
        <translation>アーカイブ「%1」は復元できません：%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collection(s) not found in the archive: %1.</source>
        <translation>
            <numerusform>%Ln 個のコレクションがアーカイブ内に見つかりません：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be renamed: it is not in the archive.</source>
        <translation>「%1」は名前を変更できません：アーカイブに含まれていません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid collection name.</source>
        <translation>「%1」は有効なコレクション名ではありません。</translation>
    </message>
    <message>
        <source>Two collections would be restored as &quot;%1&quot;.</source>
        <translation>2 つのコレクションが同じ「%1」として復元されることになります。</translation>
    </message>
    <message>
        <source>Tenants were chosen for &quot;%1&quot;, which is not being restored.</source>
        <translation>「%1」のテナントが選択されていますが、このコレクションは復元対象ではありません。</translation>
    </message>
    <message>
        <source>The archive comes from Weaviate %1 and the target runs %2: settings the older server does not know are dropped.</source>
        <translation>アーカイブは Weaviate %1 で作成されていますが、復元先は %2 です：古いサーバーが認識しない設定は破棄されます。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; clashes with the existing collection &quot;%2&quot; (names differ only in case).</source>
        <translation>「%1」は既存のコレクション「%2」と衝突します（名前の違いが大文字と小文字だけです）。</translation>
    </message>
    <message>
        <source>The collection &quot;%1&quot; already exists on the target; choose merge, overwrite or replace.</source>
        <translation>コレクション「%1」は復元先に既に存在します。merge、overwrite、replace のいずれかを選択してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is multi-tenant in the archive but not on the target.</source>
        <translation>「%1」はアーカイブではマルチテナントですが、復元先ではマルチテナントではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is multi-tenant on the target but not in the archive.</source>
        <translation>「%1」は復元先ではマルチテナントですが、アーカイブではマルチテナントではありません。</translation>
    </message>
    <message>
        <source>Property &quot;%1&quot; of &quot;%2&quot; is %3 in the archive but %4 on the target.</source>
        <translation>「%2」のプロパティ「%1」は、アーカイブでは %3 ですが、復元先では %4 です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the module &quot;%2&quot;, which the target does not have; rewrite the vectorizer to &quot;none&quot; (the archived objects carry their vectors).</source>
        <translation>「%1」には復元先にないモジュール「%2」が必要です。ベクトライザーを「none」に書き換えてください（アーカイブのオブジェクトはベクトルを保持しています）。</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has replication factor %2 but the target has %Ln node(s); lower the replication factor.</source>
        <translation>
            <numerusform>「%1」のレプリケーション係数は %2 ですが、復元先のノードは %Ln 個です。レプリケーション係数を下げてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>vector index type &quot;%1&quot;</source>
        <translation>ベクトルインデックスの種類「%1」</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses the vector index type &quot;%2&quot;, which the target may not support.</source>
        <translation>「%1」はベクトルインデックスの種類「%2」を使用していますが、復元先ではサポートされていない可能性があります。</translation>
    </message>
    <message>
        <source>tokenization &quot;%1&quot;</source>
        <translation>トークン化「%1」</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses the tokenization &quot;%2&quot;, which needs to be enabled on the target.</source>
        <translation>「%1」はトークン化「%2」を使用しています。復元先でこのトークン化を有効にする必要があります。</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; was offloaded (%3); the target has no offload module, so it stays active.</source>
        <translation>「%2」のテナント「%1」はオフロード済み（%3）でしたが、復元先にはオフロードモジュールがないため、アクティブのままになります。</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; had the status %3 and is restored as active.</source>
        <translation>「%2」のテナント「%1」の状態は %3 でしたが、アクティブとして復元されます。</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is %3 on the target and cannot be loaded.</source>
        <translation>「%2」のテナント「%1」は復元先で %3 のため、読み込めません。</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; of &quot;%2&quot; is inactive on the target, so its objects could not be compared; every archived object is counted as new.</source>
        <translation>「%2」のテナント「%1」は復元先で非アクティブのため、オブジェクトを比較できませんでした。アーカイブのオブジェクトはすべて新規として数えます。</translation>
    </message>
    <message>
        <source>Creation and update times are set by the server; the archived times cannot be restored.</source>
        <translation>作成日時と更新日時はサーバーが設定するため、アーカイブの日時は復元できません。</translation>
    </message>
    <message>
        <source>Property &quot;%1&quot; of &quot;%2&quot; is a blob hash, which cannot be restored faithfully (the server would hash the hash).</source>
        <translation>「%2」のプロパティ「%1」は blob のハッシュであり、正確に復元できません（サーバーがハッシュをさらにハッシュ化してしまいます）。</translation>
    </message>
    <message>
        <source>Plan ready.</source>
        <translation>計画を作成しました。</translation>
    </message>
    <message>
        <source>The server answered a batch of objects in an unexpected form.</source>
        <translation>サーバーがオブジェクトのバッチに予期しない形式で応答しました。</translation>
    </message>
    <message numerus="yes">
        <source>The restore plan has %Ln blocking problem(s).</source>
        <translation>
            <numerusform>復元の計画に実行を妨げる問題が %Ln 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replacing &quot;%1&quot; deletes it first and needs its name confirmed.</source>
        <translation>「%1」を置換すると最初に削除されるため、名前の確認が必要です。</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>%1 を復元しています…</translation>
    </message>
    <message>
        <source>Restoring %1, tenant %2…</source>
        <translation>%1（テナント %2）を復元しています…</translation>
    </message>
    <message>
        <source>%1 changed since the plan: %2 objects created and %3 overwritten instead of %4 and %5.</source>
        <translation>計画の作成後に %1 が変更されました：作成 %4 個、上書き %5 個の予定が、作成 %2 個、上書き %3 個になりました。</translation>
    </message>
    <message>
        <source>Could not count %1: %2</source>
        <translation>%1 のオブジェクトを数えられませんでした：%2</translation>
    </message>
    <message>
        <source>%1 holds %2 objects; the plan expected %3.</source>
        <translation>%1 のオブジェクトは %2 個ですが、計画では %3 個の予定でした。</translation>
    </message>
    <message>
        <source>Restore finished.</source>
        <translation>復元が完了しました。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has both a class-level vector and named vectors: it is created with the class-level vector first, and its named vectors are added right after.</source>
        <translation>「%1」にはクラスレベルのベクトルと名前付きベクトルの両方があります：まずクラスレベルのベクトルで作成し、その直後に名前付きベクトルを追加します。</translation>
    </message>
    <message>
        <source>The batch size must be between 1 and %L1 objects, not %L2.</source>
        <translation>バッチサイズは 1～%L1 個のオブジェクトの範囲で指定してください（指定値：%L2）。</translation>
    </message>
    <message>
        <source>Nested property &quot;%1&quot; of &quot;%2&quot; exists only in the archive. The server cannot add it to the existing object property, and refuses objects that carry it.</source>
        <translation>「%2」のネストされたプロパティ「%1」はアーカイブにのみ存在します。サーバーは既存のオブジェクトプロパティにこれを追加できず、これを含むオブジェクトを拒否します。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has both a class-level vector and named vectors. Weaviate %2 cannot create such a collection; version 1.31 or later can.</source>
        <translation>「%1」にはクラスレベルのベクトルと名前付きベクトルの両方があります。Weaviate %2 ではこのようなコレクションを作成できません。バージョン 1.31 以降では作成できます。</translation>
    </message>
    <message>
        <source>Reading the archive</source>
        <translation>アーカイブの読み取り</translation>
    </message>
    <message>
        <source>Creating collections</source>
        <translation>コレクションの作成</translation>
    </message>
    <message>
        <source>Creating tenants</source>
        <translation>テナントの作成</translation>
    </message>
    <message>
        <source>Importing objects</source>
        <translation>オブジェクトのインポート</translation>
    </message>
    <message>
        <source>Adding references</source>
        <translation>参照の追加</translation>
    </message>
    <message>
        <source>Verifying counts</source>
        <translation>件数の検証</translation>
    </message>
    <message>
        <source>Setting tenant statuses</source>
        <translation>テナントの状態の設定</translation>
    </message>
    <message>
        <source>Checking the parameters</source>
        <translation>パラメーターの確認</translation>
    </message>
    <message>
        <source>Reading the target</source>
        <translation>ターゲットの読み取り</translation>
    </message>
    <message>
        <source>Selecting collections</source>
        <translation>コレクションの選択</translation>
    </message>
    <message>
        <source>Comparing collections</source>
        <translation>コレクションの比較</translation>
    </message>
    <message>
        <source>Counting objects</source>
        <translation>オブジェクトの集計</translation>
    </message>
    <message>
        <source>Checking vector lengths</source>
        <translation>ベクトル長の確認</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be renamed: it is not on the source server.</source>
        <translation>「%1」は名前を変更できません：コピー元のサーバーにありません。</translation>
    </message>
    <message>
        <source>Creation and update times are set by the target server; the source&apos;s times cannot be copied.</source>
        <translation>作成日時と更新日時はコピー先のサーバーが設定するため、コピー元の日時はコピーできません。</translation>
    </message>
    <message>
        <source>Weaviate %1 has no collection aliases (they arrived in 1.32), so alias &quot;%2&quot; cannot be switched.</source>
        <translation>Weaviate %1 にはコレクションのエイリアスがない（1.32 で導入）ため、エイリアス「%2」を切り替えられません。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln alias(es) cannot be restored: Weaviate %1 has no collection aliases (they arrived in 1.32). --aliases skip restores without them.</source>
        <translation>
            <numerusform>%Ln 個のエイリアスを復元できません：Weaviate %1 にはコレクションのエイリアスがありません（1.32 で導入）。--aliases skip を指定するとエイリアスなしで復元します。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a collection on the target, not an alias, so --swap-alias cannot switch it. Give an alias name: clients that read through an alias can be switched, clients that use the collection&apos;s own name cannot.</source>
        <translation>「%1」は復元先のコレクションであり、エイリアスではないため、--swap-alias で切り替えられません。エイリアス名を指定してください。エイリアス経由で読み取るクライアントは切り替えられますが、コレクション自体の名前を使うクライアントは切り替えられません。</translation>
    </message>
    <message>
        <source>Alias &quot;%1&quot; cannot be restored: the target has a collection of that name.</source>
        <translation>エイリアス「%1」を復元できません：復元先に同じ名前のコレクションがあります。</translation>
    </message>
    <message>
        <source>Alias &quot;%1&quot; exists on the target and points at &quot;%2&quot;, not at &quot;%3&quot;. --move-aliases points it at &quot;%3&quot;; --aliases skip leaves it alone.</source>
        <translation>エイリアス「%1」は復元先に存在し、「%3」ではなく「%2」を指しています。--move-aliases で「%3」を指すようにし、--aliases skip でそのままにします。</translation>
    </message>
    <message>
        <source>Alias &quot;%1&quot; was created on the target while the restore ran and points elsewhere; it was left as it is.</source>
        <translation>エイリアス「%1」は復元中に復元先で作成され、別のコレクションを指しているため、そのままにしました。</translation>
    </message>
    <message>
        <source>Alias &quot;%1&quot; was not switched to &quot;%2&quot;: the restore is incomplete. It still points where it did.</source>
        <translation>エイリアス「%1」は「%2」に切り替えられませんでした：復元が完了していません。以前と同じ場所を指したままです。</translation>
    </message>
    <message>
        <source>Setting aliases</source>
        <translation>エイリアスの設定</translation>
    </message>
    <message>
        <source>The target&apos;s aliases could not be read, so names are not checked against them: %1</source>
        <translation>復元先のエイリアスを読み取れなかったため、名前はエイリアスと照合されません：%1</translation>
    </message>
    <message>
        <source>An alias is switched only by a side-by-side restore (--as-new).</source>
        <translation>エイリアスが切り替えられるのは、既存のコレクションと並べて復元する場合（--as-new）だけです。</translation>
    </message>
    <message numerus="yes">
        <source>A side-by-side restore (--as-new) restores one collection; %Ln were chosen.</source>
        <translation>
            <numerusform>既存のコレクションと並べて復元する場合（--as-new）、復元できるコレクションは 1 つですが、%Ln 個選択されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>A side-by-side restore (--as-new) creates a new collection, so it takes no --mode.</source>
        <translation>既存のコレクションと並べて復元する場合（--as-new）は新しいコレクションを作成するため、--mode は指定できません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an alias on the target: the restore writes into &quot;%2&quot;, the collection it points at.</source>
        <translation>「%1」は復元先のエイリアスです：復元は、このエイリアスが指すコレクション「%2」に書き込まれます。</translation>
    </message>
    <message>
        <source>A vectorizer is chosen only for objects written without their vectors (--vectors omit).</source>
        <translation>ベクトライザーを選択できるのは、オブジェクトをベクトルなしで書き込む場合（--vectors omit）だけです。</translation>
    </message>
    <message>
        <source>The target has no module &quot;%1&quot;; it has no modules enabled at all.</source>
        <translation>書き込み先にモジュール「%1」がありません。有効なモジュールが 1 つもありません。</translation>
    </message>
    <message>
        <source>The target has no module &quot;%1&quot;; its modules are: %2.</source>
        <translation>書き込み先にモジュール「%1」がありません。使用できるモジュール：%2。</translation>
    </message>
    <message>
        <source>No collection in the plan has a named vector &quot;%1&quot;; check the name given to --vectorizer.</source>
        <translation>計画内のどのコレクションにも名前付きベクトル「%1」がありません。--vectorizer に指定した名前を確認してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists on the target and keeps its own vectorizers, not the ones chosen; they compute the vectors of the objects written.</source>
        <translation>「%1」は書き込み先に既に存在し、選択したベクトライザーではなく独自のベクトライザーをそのまま使用します。書き込まれるオブジェクトのベクトルはそのベクトライザーが計算します。</translation>
    </message>
    <message>
        <source>The objects of &quot;%1&quot; are written without vectors and no module computes them: the collection will have no vectors.</source>
        <translation>「%1」のオブジェクトはベクトルなしで書き込まれ、ベクトルを計算するモジュールもありません：このコレクションにはベクトルがなくなります。</translation>
    </message>
    <message>
        <source>The multi-vector &quot;%2&quot; of &quot;%1&quot; is omitted: no multi-vector module was chosen for it, so the collection will have no &quot;%2&quot; vectors.</source>
        <translation>「%1」のマルチベクトル「%2」は含めません：マルチベクトル用のモジュールが選択されていないため、このコレクションには「%2」のベクトルがなくなります。</translation>
    </message>
    <message>
        <source>The objects of &quot;%1&quot; are written without the vector &quot;%2&quot; and no module computes it: the collection will have no &quot;%2&quot; vectors.</source>
        <translation>「%1」のオブジェクトはベクトル「%2」なしで書き込まれ、このベクトルを計算するモジュールもありません：このコレクションには「%2」のベクトルがなくなります。</translation>
    </message>
    <message numerus="yes">
        <source>After the switch, clients that read through alias &quot;%1&quot; no longer reach %Ln tenant(s) of &quot;%2&quot; that &quot;%3&quot; will not have: %4.</source>
        <extracomment>%1 alias, %2 the collection it points at now, %3 the new collection, %4 a list of tenants</extracomment>
        <translation>
            <numerusform>切り替え後、エイリアス「%1」を通じて読み取るクライアントは、「%2」のテナントのうち「%3」にない %Ln 個のテナントに到達できなくなります：%4。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refers to %2, which is neither copied nor on the target: its references will point at nothing until %2 exists there.</source>
        <extracomment>%1 collection.property, %2 the collection it refers to</extracomment>
        <translation>%1 は %2 を参照していますが、参照先はコピーされず、コピー先にもありません：%2 がコピー先に作成されるまで、これらの参照は何も指しません。</translation>
    </message>
    <message>
        <source>%1 refers to %2, which is neither restored nor on the target: its references will point at nothing until %2 exists there.</source>
        <translation>%1 は %2 を参照していますが、参照先は復元されず、復元先にもありません：%2 が復元先に作成されるまで、これらの参照は何も指しません。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other tenant(s)</source>
        <translation>
            <numerusform>ほか %Ln 個のテナント</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be added to the existing collection: it refers to %2, which is not on the target, and Weaviate refuses such a property. Include %2, or create it on the target first.</source>
        <extracomment>%1 collection.property, %2 the collection it refers to</extracomment>
        <translation>%1 は既存のコレクションに追加できません：参照先の %2 が書き込み先になく、Weaviate はそのようなプロパティを拒否します。%2 も含めるか、先に書き込み先で作成してください。</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>one of the last archives</source>
        <translation>直近のアーカイブの一つ</translation>
    </message>
    <message>
        <source>oldest hourly archive</source>
        <translation>最も古い毎時アーカイブ</translation>
    </message>
    <message>
        <source>hourly archive</source>
        <translation>毎時アーカイブ</translation>
    </message>
    <message>
        <source>oldest daily archive</source>
        <translation>最も古い日次アーカイブ</translation>
    </message>
    <message>
        <source>daily archive</source>
        <translation>日次アーカイブ</translation>
    </message>
    <message>
        <source>oldest weekly archive</source>
        <translation>最も古い週次アーカイブ</translation>
    </message>
    <message>
        <source>weekly archive</source>
        <translation>週次アーカイブ</translation>
    </message>
    <message>
        <source>oldest monthly archive</source>
        <translation>最も古い月次アーカイブ</translation>
    </message>
    <message>
        <source>monthly archive</source>
        <translation>月次アーカイブ</translation>
    </message>
    <message>
        <source>oldest yearly archive</source>
        <translation>最も古い年次アーカイブ</translation>
    </message>
    <message>
        <source>yearly archive</source>
        <translation>年次アーカイブ</translation>
    </message>
    <message>
        <source>newest archive</source>
        <translation>最新のアーカイブ</translation>
    </message>
    <message>
        <source>just written and verified</source>
        <translation>書き込み・検証の直後</translation>
    </message>
</context>
<context>
    <name>S3ArchiveDevice</name>
    <message>
        <source>The object at %1 was replaced while it was being read.</source>
        <extracomment>%1 is an S3 location, s3://BUCKET/KEY</extracomment>
        <translation>%1 のオブジェクトが読み取り中に置き換えられました。</translation>
    </message>
    <message>
        <source>The S3 server sent no data for %1.</source>
        <extracomment>%1 is an S3 location, s3://BUCKET/KEY</extracomment>
        <translation>S3 サーバーから %1 のデータが送られてきませんでした。</translation>
    </message>
    <message>
        <source>The S3 object is not open.</source>
        <translation>S3 オブジェクトが開かれていません。</translation>
    </message>
</context>
<context>
    <name>S3ArchiveUpload</name>
    <message>
        <source>The archive is larger than an S3 multipart upload can hold (%1).</source>
        <extracomment>%1 is a size, e.g. 359 GiB</extracomment>
        <translation>アーカイブが、S3 のマルチパートアップロードで扱えるサイズ（%1）を超えています。</translation>
    </message>
</context>
<context>
    <name>S3Client</name>
    <message>
        <source>Could not connect to the S3 server at %1: the connection was refused.</source>
        <translation>%1 の S3 サーバーに接続できませんでした：接続が拒否されました。</translation>
    </message>
    <message>
        <source>The S3 server name in %1 could not be found.</source>
        <translation>%1 の S3 サーバー名が見つかりませんでした。</translation>
    </message>
    <message>
        <source>The S3 server at %1 did not answer in time.</source>
        <translation>%1 の S3 サーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The secure connection to the S3 server at %1 failed: its certificate is not trusted.</source>
        <translation>%1 の S3 サーバーへの安全な接続に失敗しました：証明書が信頼されていません。</translation>
    </message>
    <message>
        <source>The connection to the S3 server at %1 failed.</source>
        <translation>%1 の S3 サーバーへの接続に失敗しました。</translation>
    </message>
    <message>
        <source>The S3 bucket &quot;%1&quot; does not exist at %2.</source>
        <translation>S3 バケット 「%1」 は %2 に存在しません。</translation>
    </message>
    <message>
        <source>There is no object at %1.</source>
        <translation>%1 にオブジェクトがありません。</translation>
    </message>
    <message>
        <source>The multipart upload to %1 no longer exists on the S3 server.</source>
        <translation>%1 へのマルチパートアップロードは S3 サーバー上にもう存在しません。</translation>
    </message>
    <message>
        <source>The S3 server does not know the access key ID %1.</source>
        <translation>S3 サーバーはアクセスキー ID %1 を認識していません。</translation>
    </message>
    <message>
        <source>The S3 server denied the access key ID %1 access to %2.</source>
        <translation>S3 サーバーはアクセスキー ID %1 による %2 へのアクセスを拒否しました。</translation>
    </message>
    <message>
        <source>The S3 session token has expired: get new temporary credentials.</source>
        <translation>S3 のセッショントークンの有効期限が切れました：新しい一時認証情報を取得してください。</translation>
    </message>
    <message>
        <source>The S3 server rejected the session token (AWS_SESSION_TOKEN).</source>
        <translation>S3 サーバーがセッショントークン（AWS_SESSION_TOKEN）を拒否しました。</translation>
    </message>
    <message>
        <source>The S3 server rejected the request because this computer&apos;s clock is wrong.</source>
        <translation>このコンピューターの時計がずれているため、S3 サーバーが要求を拒否しました。</translation>
    </message>
    <message>
        <source>The S3 bucket &quot;%1&quot; is not in the region %2: set its region (AWS_REGION).</source>
        <translation>S3 バケット 「%1」 はリージョン %2 にありません：バケットのリージョン（AWS_REGION）を設定してください。</translation>
    </message>
    <message>
        <source>The byte range asked for lies outside the object at %1.</source>
        <translation>要求したバイト範囲は %1 のオブジェクトの外にあります。</translation>
    </message>
    <message>
        <source>A part of the multipart upload to %1 is smaller than the S3 server&apos;s minimum part size.</source>
        <translation>%1 へのマルチパートアップロードのパートが S3 サーバーの最小パートサイズより小さくなっています。</translation>
    </message>
    <message>
        <source>The S3 server does not have the parts listed for the upload to %1.</source>
        <translation>S3 サーバーには %1 へのアップロードに挙げたパートがありません。</translation>
    </message>
    <message>
        <source>The S3 server failed with HTTP status %1.</source>
        <translation>S3 サーバーが HTTP ステータス %1 で失敗しました。</translation>
    </message>
    <message>
        <source>The S3 server refused the request with error %1 (HTTP status %2).</source>
        <extracomment>%1 is S3&apos;s error code (e.g. InvalidArgument), %2 an HTTP status.</extracomment>
        <translation>S3 サーバーがエラー %1 で要求を拒否しました（HTTP ステータス %2）。</translation>
    </message>
    <message>
        <source>The S3 server refused the request (HTTP status %1).</source>
        <translation>S3 サーバーが要求を拒否しました（HTTP ステータス %1）。</translation>
    </message>
    <message>
        <source>The S3 server sent more bytes of %1 than were asked for.</source>
        <translation>S3 サーバーが %1 について要求より多くのバイトを送信しました。</translation>
    </message>
    <message>
        <source>The S3 server sent a listing of bucket &quot;%1&quot; that is not valid.</source>
        <translation>S3 サーバーが送ったバケット 「%1」 の一覧は有効ではありません。</translation>
    </message>
    <message>
        <source>The S3 server did not start the multipart upload to %1.</source>
        <translation>S3 サーバーは %1 へのマルチパートアップロードを開始しませんでした。</translation>
    </message>
    <message>
        <source>The S3 server did not confirm part %1 of the upload to %2.</source>
        <translation>S3 サーバーは %2 へのアップロードのパート %1 を確認しませんでした。</translation>
    </message>
    <message>
        <source>The S3 server sent a list of uploads in bucket &quot;%1&quot; that is not valid.</source>
        <translation>S3 サーバーが送ったバケット 「%1」 のアップロード一覧は有効ではありません。</translation>
    </message>
    <message>
        <source>The S3 server at %1 rejected the request: the secret access key of %2 is wrong.</source>
        <extracomment>%1 is the S3 server&apos;s address, %2 an access key ID</extracomment>
        <translation>%1 の S3 サーバーが要求を拒否しました：%2 のシークレットアクセスキーが間違っています。</translation>
    </message>
</context>
<context>
    <name>S3Credentials</name>
    <message>
        <source>The AWS profile &quot;%1&quot; is in neither %2 nor %3.</source>
        <translation>AWS プロファイル 「%1」 は %2 にも %3 にもありません。</translation>
    </message>
    <message>
        <source>An S3 secret access key was given without its access key ID.</source>
        <translation>S3 のシークレットアクセスキーがアクセスキー ID なしで指定されました。</translation>
    </message>
    <message>
        <source>An S3 access key ID was given without its secret access key.</source>
        <translation>S3 のアクセスキー ID がシークレットアクセスキーなしで指定されました。</translation>
    </message>
    <message>
        <source>AWS_SECRET_ACCESS_KEY is set, but AWS_ACCESS_KEY_ID is not.</source>
        <translation>AWS_SECRET_ACCESS_KEY は設定されていますが、AWS_ACCESS_KEY_ID が設定されていません。</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID is set, but AWS_SECRET_ACCESS_KEY is not.</source>
        <translation>AWS_ACCESS_KEY_ID は設定されていますが、AWS_SECRET_ACCESS_KEY が設定されていません。</translation>
    </message>
    <message>
        <source>No S3 credentials were found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE to a profile of ~/.aws/credentials.</source>
        <translation>S3 の認証情報が見つかりません：AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY を設定するか、AWS_PROFILE に ~/.aws/credentials のプロファイルを設定してください。</translation>
    </message>
    <message>
        <source>No S3 credentials were found: the AWS profile &quot;%1&quot; is in neither ~/.aws/credentials nor ~/.aws/config.</source>
        <translation>S3 の認証情報が見つかりません：AWS プロファイル 「%1」 は ~/.aws/credentials にも ~/.aws/config にもありません。</translation>
    </message>
    <message>
        <source>The AWS profile &quot;%1&quot; has no %2.</source>
        <extracomment>%1 is a profile name, %2 the missing setting (aws_access_key_id or aws_secret_access_key).</extracomment>
        <translation>AWS プロファイル 「%1」 に %2 がありません。</translation>
    </message>
    <message>
        <source>No AWS region is set: set AWS_REGION, or a region in the profile of ~/.aws/config.</source>
        <translation>AWS リージョンが設定されていません：AWS_REGION か、~/.aws/config のプロファイルにリージョンを設定してください。</translation>
    </message>
    <message>
        <source>The S3 endpoint &quot;%1&quot; is not an http:// or https:// address of a server.</source>
        <translation>S3 エンドポイント 「%1」 はサーバーの http:// または https:// アドレスではありません。</translation>
    </message>
</context>
<context>
    <name>S3Location</name>
    <message>
        <source>&quot;%1&quot; is not an S3 location: it must start with s3://, as in s3://bucket/key.</source>
        <translation>「%1」 は S3 の場所ではありません：s3://bucket/key のように s3:// で始めてください。</translation>
    </message>
    <message>
        <source>The S3 location &quot;%1&quot; names no bucket: write it as s3://bucket/key.</source>
        <translation>S3 の場所 「%1」 にバケットがありません：s3://bucket/key の形で書いてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid S3 bucket name: it must be 3 to 63 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit.</source>
        <translation>「%1」 は有効な S3 バケット名ではありません：小文字・数字・ドット・ハイフン 3～63 文字で、先頭と末尾は英字か数字にしてください。</translation>
    </message>
    <message>
        <source>The S3 location &quot;%1&quot; names no object: add its key, as in s3://%2/backup.tar.zst.</source>
        <translation>S3 の場所 「%1」 にオブジェクトがありません：s3://%2/backup.tar.zst のようにキーを付けてください。</translation>
    </message>
    <message>
        <source>The S3 key in &quot;%1&quot; is longer than 1024 bytes.</source>
        <translation>「%1」 の S3 キーが 1024 バイトを超えています。</translation>
    </message>
</context>
<context>
    <name>S3Options</name>
    <message>
        <source>The S3-compatible server of s3:// archives, e.g. http://127.0.0.1:9000 (default: AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL, else AWS).</source>
        <translation>s3:// アーカイブの S3 互換サーバー。例：http://127.0.0.1:9000（既定：AWS_ENDPOINT_URL_S3、AWS_ENDPOINT_URL、なければ AWS）。</translation>
    </message>
    <message>
        <source>The region of s3:// archives (default: AWS_REGION, else the profile&apos;s).</source>
        <translation>s3:// アーカイブのリージョン（既定：AWS_REGION、なければプロファイルのリージョン）。</translation>
    </message>
    <message>
        <source>The profile in ~/.aws/credentials and ~/.aws/config for s3:// archives (default: AWS_PROFILE).</source>
        <translation>s3:// アーカイブに使う ~/.aws/credentials と ~/.aws/config のプロファイル（既定：AWS_PROFILE）。</translation>
    </message>
    <message>
        <source>Address s3:// archives as ENDPOINT/BUCKET/KEY, as most self-hosted servers want (automatic for an IP address or localhost).</source>
        <translation>s3:// アーカイブを ENDPOINT/BUCKET/KEY の形式で指定します。ほとんどのセルフホスト型サーバーはこの形式を必要とします（IP アドレスや localhost では自動）。</translation>
    </message>
</context>
<context>
    <name>SchemaClient</name>
    <message>
        <source>The connection failed while collection &quot;%1&quot; was being created, and the server now holds a collection of that name that differs from it.</source>
        <translation>コレクション「%1」の作成中に接続が失敗し、サーバーには現在、同じ名前で内容の異なるコレクションがあります。</translation>
    </message>
    <message>
        <source>The connection failed while property &quot;%1&quot; was being added to &quot;%2&quot;, and the server now holds a property of that name with another data type.</source>
        <translation>プロパティ「%1」を「%2」に追加している間に接続が失敗し、サーバーには現在、同じ名前で別のデータ型のプロパティがあります。</translation>
    </message>
</context>
<context>
    <name>SegmentWriter</name>
    <message>
        <source>An object of the collection &quot;%1&quot; cannot be written to the archive.</source>
        <translation>コレクション「%1」のオブジェクトをアーカイブに書き込めません。</translation>
    </message>
</context>
<context>
    <name>ServerSource</name>
    <message>
        <source>Reading the source server</source>
        <translation>コピー元サーバーの読み取り</translation>
    </message>
    <message>
        <source>The source server sent an object of %1 whose references are not valid.</source>
        <translation>コピー元サーバーから送られた %1 のオブジェクトの参照が不正です。</translation>
    </message>
</context>
<context>
    <name>StorageProfile</name>
    <message>
        <source>The S3 keys are not shown. The command takes them from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or add --s3-profile NAME for a profile in ~/.aws/credentials.</source>
        <translation>S3 のキーは表示されません。コマンドは AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY からキーを取得します。~/.aws/credentials のプロファイルを使う場合は --s3-profile NAME を追加してください。</translation>
    </message>
    <message>
        <source>The secret key of the storage profile %1 could not be read from the keychain (%2). Enter it again under File → Storage Profiles…; without a keychain it is kept until Colvault quits.</source>
        <extracomment>%1 a storage profile&apos;s name, %2 the keychain&apos;s own message</extracomment>
        <translation>ストレージプロファイル %1 のシークレットアクセスキーをキーチェーンから読み取れませんでした（%2）。ファイル → ストレージプロファイル… でもう一度入力してください。キーチェーンがない場合、Colvault を終了するまで保持されます。</translation>
    </message>
</context>
<context>
    <name>TenantSelection</name>
    <message>
        <source>&quot;%1&quot; is neither a tenant name nor a pattern of them (letters, digits, _ and -, with *, ? and [...]).</source>
        <translation>「%1」はテナント名でもテナント名のパターンでもありません（英字、数字、_ と -、および *、?、[...]）。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s) not found in &quot;%1&quot;: %2.</source>
        <translation>
            <numerusform>「%1」に見つからないテナントが %Ln 個あります：%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s) not found in the archive&apos;s &quot;%1&quot;: %2.</source>
        <translation>
            <numerusform>アーカイブの「%1」に見つからないテナントが %Ln 個あります：%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pattern(s) match no tenant of &quot;%1&quot;: %2.</source>
        <translation>
            <numerusform>「%1」のどのテナントにも一致しないパターンが %Ln 個あります：%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pattern(s) match no tenant of the archive&apos;s &quot;%1&quot;: %2.</source>
        <translation>
            <numerusform>アーカイブの「%1」のどのテナントにも一致しないパターンが %Ln 個あります：%2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantStatusGuard</name>
    <message>
        <source>The tenant statuses of %1 could not be put back: %2 %3</source>
        <translation>%1 のテナントを元の状態に戻せませんでした：%2 %3</translation>
    </message>
</context>
<context>
    <name>VectorCodec</name>
    <message>
        <source>An object has a vector that cannot be stored.</source>
        <translation>保存できないベクトルを持つオブジェクトがあります。</translation>
    </message>
    <message>
        <source>The vector data of the archive is damaged.</source>
        <translation>アーカイブのベクトルデータが破損しています。</translation>
    </message>
    <message>
        <source>The vector data was written by a newer or unknown version of Colvault.</source>
        <translation>ベクトルデータは、新しいバージョンまたは不明なバージョンの Colvault で書き込まれています。</translation>
    </message>
</context>
<context>
    <name>VectorShapeCheck</name>
    <message>
        <source>The vector &quot;%2&quot; of &quot;%1&quot; has length %3 on the target but %4 in the archive; the server refuses vectors of another length, so restore this collection under another name or replace it.</source>
        <extracomment>%1 collection, %2 vector name (&quot;default&quot; for the class-level vector), %3 and %4 vector lengths</extracomment>
        <translation>「%1」のベクトル「%2」の長さは、復元先では %3、アーカイブでは %4 です。サーバーは長さの異なるベクトルを拒否するため、このコレクションを別の名前で復元するか、置き換えてください。</translation>
    </message>
    <message>
        <source>The vector &quot;%2&quot; of tenant &quot;%5&quot; of &quot;%1&quot; has length %3 on the target but %4 in the archive; the server refuses vectors of another length, so restore this collection under another name or replace it.</source>
        <extracomment>%1 collection, %2 vector name (&quot;default&quot; for the class-level vector), %3 and %4 vector lengths, %5 tenant</extracomment>
        <translation>「%1」のテナント「%5」のベクトル「%2」の長さは、復元先では %3、アーカイブでは %4 です。サーバーは長さの異なるベクトルを拒否するため、このコレクションを別の名前で復元するか、置き換えてください。</translation>
    </message>
</context>
<context>
    <name>WeaviateClient</name>
    <message>
        <source>The CA file &quot;%1&quot; holds no PEM certificate.</source>
        <translation>CA ファイル「%1」に PEM 証明書が含まれていません。</translation>
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused. Is Weaviate running there?</source>
        <translation>%1 に接続できませんでした：接続が拒否されました。Weaviate はそこで実行されていますか？</translation>
    </message>
    <message>
        <source>The server name in %1 could not be found.</source>
        <translation>%1 のサーバー名が見つかりませんでした。</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation>%1 のサーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted.</source>
        <translation>%1 への安全な接続に失敗しました：証明書が信頼されていません。</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>%1 への接続に失敗しました。</translation>
    </message>
    <message>
        <source>The server requires an API key.</source>
        <translation>サーバーには API キーが必要です。</translation>
    </message>
    <message>
        <source>The server rejected the API key.</source>
        <translation>サーバーが API キーを拒否しました。</translation>
    </message>
    <message>
        <source>The API key is not allowed to do this on the server.</source>
        <translation>この API キーには、サーバー上でこの操作を行う権限がありません。</translation>
    </message>
    <message>
        <source>The server has no such collection or object.</source>
        <translation>サーバーにそのようなコレクションまたはオブジェクトはありません。</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; is not active, so its objects cannot be read or written.</source>
        <translation>テナント「%1」はアクティブではないため、オブジェクトを読み書きできません。</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; does not exist.</source>
        <translation>テナント「%1」は存在しません。</translation>
    </message>
    <message>
        <source>The server failed with HTTP status %1.</source>
        <translation>サーバーでエラーが発生しました（HTTP ステータス %1）。</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP status %1).</source>
        <translation>サーバーがリクエストを拒否しました（HTTP ステータス %1）。</translation>
    </message>
    <message>
        <source>The server sent a schema that is not valid JSON.</source>
        <translation>サーバーから送られたスキーマが有効な JSON ではありません。</translation>
    </message>
    <message>
        <source>Collection &quot;%1&quot; does not exist on the server.</source>
        <translation>コレクション「%1」はサーバー上に存在しません。</translation>
    </message>
    <message>
        <source>The server sent a tenant list for &quot;%1&quot; that is not valid JSON.</source>
        <translation>サーバーから送られた「%1」のテナント一覧が有効な JSON ではありません。</translation>
    </message>
    <message>
        <source>The server could not answer a GraphQL query.</source>
        <translation>サーバーが GraphQL クエリに応答できませんでした。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid collection or tenant name.</source>
        <translation>「%1」は有効なコレクション名またはテナント名ではありません。</translation>
    </message>
    <message>
        <source>The server at %1 redirected the request to another address, %2. Colvault follows redirects only within the same server, so that the API key is never sent elsewhere; use that address as the server URL if you trust it.</source>
        <extracomment>%1 is the server&apos;s URL, %2 the address it redirected to.</extracomment>
        <translation>%1 のサーバーが要求を別のアドレス %2 にリダイレクトしました。API キーが他の場所に送信されないよう、Colvault は同じサーバー内のリダイレクトにのみ従います。信頼できる場合は、そのアドレスをサーバー URL として使用してください。</translation>
    </message>
    <message>
        <source>The server at %1 redirected the request more than %2 times.</source>
        <translation>%1 のサーバーが要求を %2 回を超えてリダイレクトしました。</translation>
    </message>
    <message>
        <source>The server at %1 is not a Weaviate API: it has no Weaviate /v1/meta. Check the URL and the port.</source>
        <translation>%1 のサーバーは Weaviate API ではありません。Weaviate の /v1/meta がありません。URL とポートを確認してください。</translation>
    </message>
    <message>
        <source>The server sent a list of objects that is not valid JSON.</source>
        <translation>サーバーが送ったオブジェクトの一覧は有効な JSON ではありません。</translation>
    </message>
    <message>
        <source>The server answered a count without a number.</source>
        <translation>サーバーが数値なしで件数に応答しました。</translation>
    </message>
    <message>
        <source>The server at %1 has GraphQL switched off, and its gRPC API at %2 cannot be reached, so Colvault cannot count objects. Give its gRPC address in the connection profile, or with --grpc-url.</source>
        <translation>%1 のサーバーは GraphQL が無効で、%2 の gRPC API にも接続できないため、Colvault はオブジェクトを数えられません。接続プロファイルまたは --grpc-url で gRPC アドレスを指定してください。</translation>
    </message>
    <message>
        <source>Could not connect to the proxy at %1: the connection was refused.</source>
        <translation>%1 のプロキシに接続できませんでした：接続が拒否されました。</translation>
    </message>
    <message>
        <source>The name of the proxy %1, or of the server %2, could not be found.</source>
        <translation>プロキシ %1 またはサーバー %2 の名前が見つかりませんでした。</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be set up.</source>
        <translation>%1 への安全な接続を確立できませんでした。</translation>
    </message>
    <message>
        <source>The proxy at %1 requires a user name and password.</source>
        <translation>%1 のプロキシにはユーザー名とパスワードが必要です。</translation>
    </message>
    <message>
        <source>The proxy at %1 refused the user name or password.</source>
        <translation>%1 のプロキシがユーザー名またはパスワードを拒否しました。</translation>
    </message>
    <message>
        <source>The proxy at %1 would not connect to %2.</source>
        <translation>%1 のプロキシは %2 への接続を行いませんでした。</translation>
    </message>
    <message>
        <source>Objects are to travel over gRPC, but Weaviate&apos;s gRPC API at %1 cannot be reached.</source>
        <translation>オブジェクトは gRPC で転送する設定ですが、%1 の Weaviate gRPC API に接続できません。</translation>
    </message>
</context>
<context>
    <name>WeaviateGrpc</name>
    <message>
        <source>The CA file &quot;%1&quot; cannot be read.</source>
        <translation>CA ファイル「%1」を読み込めません。</translation>
    </message>
    <message>
        <source>Weaviate&apos;s gRPC API at %1 cannot be reached.</source>
        <translation>%1 の Weaviate gRPC API に接続できません。</translation>
    </message>
    <message>
        <source>The gRPC API at %1 does not offer this call.</source>
        <translation>%1 の gRPC API はこの呼び出しに対応していません。</translation>
    </message>
    <message>
        <source>The server refused the gRPC request (%1).</source>
        <translation>サーバーが gRPC 要求を拒否しました（%1）。</translation>
    </message>
    <message>
        <source>The gRPC API at %1 answered a count without a number.</source>
        <translation>%1 の gRPC API が数値なしで件数に応答しました。</translation>
    </message>
</context>
</TS>
