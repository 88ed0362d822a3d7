// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// The reference client of the restore benchmark: imports the prepared objects (prepare-batches.mjs) with the
// official weaviate-ts-client v2 batcher, `client.batch.objectsBatcher().withObjects(...).do()`, CONCURRENCY
// batchers in flight, the way a JavaScript restore script would. The objects are parsed before the clock starts, so
// only the client's request building, the transfer and its answer parsing are timed.
//
//   node bench/restore/tsclient-batch.mjs URL CLASS_FILE BODIES_FILE [CONCURRENCY]
//
// Prints one JSON line: {"objects":N,"failed":F,"seconds":S,"objectsPerSecond":R}. The client is loaded from
// tests/conformance/node_modules (npm ci there).
import fs from 'node:fs';
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
const batches = fs.readFileSync(bodiesFile, 'utf8').split('\n').filter((l) => l.length > 0)
    .map((l) => JSON.parse(l).objects);

let next = 0;
let objects = 0;
let failed = 0;
const start = process.hrtime.bigint();
async function worker() {
    while (next < batches.length) {
        const list = batches[next++];
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
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({ objects, failed, seconds, objectsPerSecond: objects / seconds }));
