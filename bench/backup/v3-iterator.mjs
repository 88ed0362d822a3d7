// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// The v3 peer of the backup benchmark: pages one collection over gRPC Search with the official weaviate-client v3,
// vectors included, the way a JavaScript backup script would, and keeps nothing but the count. Two ways:
//
//   node bench/backup/v3-iterator.mjs URL GRPC_PORT CLASS iterator [MAX]
//       `collection.iterator({ includeVector: true })`, stopped after MAX objects (default: all). The client fixes
//       the iterator's page at 100 and has no concurrency to tune. weaviate-client 3.14.0 asks for a page of 100
//       for every object it yields and keeps the first (one Search per object, measured with the emulator's gRPC
//       call count), so a whole 100K x 1536 collection takes hours: the benchmark stops it early.
//   node bench/backup/v3-iterator.mjs URL GRPC_PORT CLASS cursor LIMIT
//       the cursor loop the iterator stands for, written with the client's `query.fetchObjects({ after, limit })`.
//
// The client reads an int64 beyond 2^53 as an error ("Value is larger than Number.MAX_SAFE_INTEGER"), and the
// benchmark's data has such ints (colvault-seed writes them on purpose), so after such a failure the int and int[]
// properties are left out of the request, and the answer lists them in "skipped".
//
// Prints one JSON line: {"objects":N,"seconds":S,"objectsPerSecond":R,"vectorValues":V,"wireBytes":B,"skipped":[]};
// wireBytes is what the process read while paging (the gRPC answers with their HTTP/2 framing).
import { connectV3, ioBytes } from '../v3client.mjs';

const [url, grpcPort, className, mode, numberArg] = process.argv.slice(2);
if (!mode || !['iterator', 'cursor'].includes(mode)) {
    console.error('usage: v3-iterator.mjs URL GRPC_PORT CLASS iterator [MAX] | cursor LIMIT');
    process.exit(2);
}
const number = Number.parseInt(numberArg ?? '0', 10);

const client = await connectV3(url, grpcPort);
const collection = client.collections.get(className);

async function* cursorLoop(options) {
    let after;
    for (;;) {
        const page = await collection.query.fetchObjects({ ...options, limit: number, after });
        yield* page.objects;
        if (page.objects.length < number) {
            return;
        }
        after = page.objects[page.objects.length - 1].uuid;
    }
}

async function run(options) {
    const source = mode === 'iterator' ? collection.iterator(options) : cursorLoop(options);
    let objects = 0;
    let vectorValues = 0;
    const io0 = ioBytes();
    const start = process.hrtime.bigint();
    for await (const o of source) {
        for (const v of Object.values(o.vectors ?? {})) {
            vectorValues += v.length;
        }
        if (++objects === number && mode === 'iterator') {
            break;
        }
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    return { objects, seconds, objectsPerSecond: objects / seconds, vectorValues, wireBytes: ioBytes().read - io0.read };
}

let result;
let skipped = [];
try {
    result = await run({ includeVector: true });
} catch (e) {
    if (!/MAX_SAFE_INTEGER/.test(String(e.message))) {
        throw e;
    }
    const config = await collection.config.get();
    const kept = config.properties.filter((p) => p.dataType !== 'int' && p.dataType !== 'int[]').map((p) => p.name);
    skipped = config.properties.map((p) => p.name).filter((name) => !kept.includes(name));
    result = await run({ includeVector: true, returnProperties: kept });
}
await client.close();
console.log(JSON.stringify({ ...result, skipped }));
