// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// The reference client of the restore benchmark: imports the prepared objects (prepare-batches.mjs) with the
// official weaviate-ts-client v2 batcher, `client.batch.objectsBatcher().withObjects(...).do()`, CONCURRENCY
// batchers in flight, the way a JavaScript restore script would. Parsing the prepared objects is not timed, so only
// the client's request building, the transfer and its answer parsing are.
//
//   node bench/restore/tsclient-batch.mjs URL CLASS_FILE BODIES_FILE [CONCURRENCY]
//
// Prints one JSON line: {"objects":N,"failed":F,"seconds":S,"objectsPerSecond":R}. The client is loaded from
// tests/conformance/node_modules (npm ci there).
import fs from 'node:fs';
import readline from 'node:readline';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [url, classFile, bodiesFile, concArg] = process.argv.slice(2);
if (!bodiesFile) {
    console.error('usage: tsclient-batch.mjs URL CLASS_FILE BODIES_FILE [CONCURRENCY]');
    process.exit(2);
}
const concurrency = Number.parseInt(concArg ?? '4', 10);
const here = dirname(fileURLToPath(import.meta.url));
const conformance = resolve(here, '../../tests/conformance');
const require = createRequire(resolve(conformance, 'package.json'));
const cjsEntry = require.resolve('weaviate-ts-client');
const { default: weaviate } = await import(pathToFileURL(resolve(dirname(cjsEntry), 'index.mjs')).href);

const client = weaviate.client({ host: url });
await client.schema.classCreator().withClass(JSON.parse(fs.readFileSync(classFile, 'utf8'))).do();
// The batch bodies are read line by line (the full benchmark's 2 GB do not fit one string); each line's parse is
// timed on its own and taken off the clock, so only the client's request building, the transfer and its answer
// parsing count, as before.
const lines = readline.createInterface({ input: fs.createReadStream(bodiesFile), crlfDelay: Infinity })
    [Symbol.asyncIterator]();
let parseNs = 0n;
let objects = 0;
let failed = 0;
const start = process.hrtime.bigint();
async function worker() {
    for (;;) {
        const { value: line, done } = await lines.next();
        if (done)
            break;
        if (line.length === 0)
            continue;
        const parseStart = process.hrtime.bigint();
        const list = JSON.parse(line).objects;
        parseNs += process.hrtime.bigint() - parseStart;
        const answer = await client.batch.objectsBatcher().withObjects(...list).do();
        for (const item of answer) {
            if (item.result?.errors) {
                ++failed;
            } else {
                ++objects;
            }
        }
    }
}
await Promise.all(Array.from({ length: concurrency }, worker));
const seconds = Number(process.hrtime.bigint() - start - parseNs) / 1e9;
console.log(JSON.stringify({ objects, failed, seconds, objectsPerSecond: objects / seconds }));
