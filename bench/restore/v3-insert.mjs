// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// The v3 peer of the restore benchmark: imports the prepared objects (prepare-batches.mjs) with the official
// weaviate-client v3, `collection.data.insertMany(objects)` (one gRPC BatchObjects call each), BATCH objects a
// call and CONCURRENCY calls in flight, the way a JavaScript restore script would. The collection is created first
// from the prepared class (over REST, not timed). Parsing the prepared lines is taken off the clock, as in
// tsclient-batch.mjs, so only the client's request building, the transfer and its answer parsing count.
//
//   node bench/restore/v3-insert.mjs URL GRPC_PORT CLASS_FILE BODIES_FILE BATCH CONCURRENCY
//
// Prints one JSON line: {"objects":N,"failed":F,"seconds":S,"objectsPerSecond":R,"wireBytes":B,"firstError":E};
// wireBytes is what the process wrote while importing (the gRPC requests with their HTTP/2 framing).
import fs from 'node:fs';
import readline from 'node:readline';
import { connectV3, ioBytes } from '../v3client.mjs';

const [url, grpcPort, classFile, bodiesFile, batchArg, concArg] = process.argv.slice(2);
if (!concArg) {
    console.error('usage: v3-insert.mjs URL GRPC_PORT CLASS_FILE BODIES_FILE BATCH CONCURRENCY');
    process.exit(2);
}
const batchSize = Number.parseInt(batchArg, 10);
const concurrency = Number.parseInt(concArg, 10);

const cls = JSON.parse(fs.readFileSync(classFile, 'utf8'));
const created = await fetch(new URL('/v1/schema', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(cls),
});
if (!created.ok) {
    throw new Error(`creating the class answered ${created.status}: ${await created.text()}`);
}
const client = await connectV3(url, grpcPort);
const collection = client.collections.get(cls.class);

// The prepared REST objects ({class, id, properties, vector}, 100 a line) regrouped into batches of BATCH as v3
// data objects; each line's parse is timed and taken off the clock.
const lines = readline.createInterface({ input: fs.createReadStream(bodiesFile), crlfDelay: Infinity })
    [Symbol.asyncIterator]();
let pending = [];
let parseNs = 0n;
let linesDone = false;
async function nextBatch() {
    while (pending.length < batchSize && !linesDone) {
        const { value: line, done } = await lines.next();
        if (done) {
            linesDone = true;
            break;
        }
        if (line.length === 0) {
            continue;
        }
        const t0 = process.hrtime.bigint();
        for (const o of JSON.parse(line).objects) {
            pending.push({ id: o.id, properties: o.properties, vectors: o.vector });
        }
        parseNs += process.hrtime.bigint() - t0;
    }
    const batch = pending.slice(0, batchSize);
    pending = pending.slice(batchSize);
    return batch;
}

let objects = 0;
let failed = 0;
let firstError = '';
async function worker() {
    for (;;) {
        const batch = await nextBatch();
        if (batch.length === 0) {
            return;
        }
        const answer = await collection.data.insertMany(batch);
        const errors = Object.values(answer.errors ?? {});
        failed += errors.length;
        objects += batch.length - errors.length;
        if (errors.length > 0 && !firstError) {
            firstError = String(errors[0].message ?? JSON.stringify(errors[0]));
        }
    }
}
const io0 = ioBytes();
const start = process.hrtime.bigint();
await Promise.all(Array.from({ length: concurrency }, worker));
const seconds = Number(process.hrtime.bigint() - start - parseNs) / 1e9;
const wireBytes = ioBytes().written - io0.written;
await client.close();
console.log(JSON.stringify({ objects, failed, seconds, objectsPerSecond: objects / seconds, wireBytes, firstError }));
