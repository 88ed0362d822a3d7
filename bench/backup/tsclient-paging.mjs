// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// The reference client of the backup benchmark: pages one collection with the official weaviate-ts-client v2, the
// way a JavaScript backup script would (cursor paging, vectors included), and keeps nothing but the count.
//
//   node bench/backup/tsclient-paging.mjs URL CLASS [PAGE_SIZE]
//
// Prints one JSON line: {"objects":N,"seconds":S,"objectsPerSecond":R,"vectorValues":V}. The client is loaded from
// tests/conformance/node_modules (npm ci there), so the benchmark needs no package of its own.
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [url, className, pageArg] = process.argv.slice(2);
if (!url || !className) {
    console.error('usage: tsclient-paging.mjs URL CLASS [PAGE_SIZE]');
    process.exit(2);
}
const pageSize = Number.parseInt(pageArg ?? '500', 10);

const here = dirname(fileURLToPath(import.meta.url));
const conformance = resolve(here, '../../tests/conformance');
// Resolve through the conformance package so its "exports" map picks the ESM build.
const require = createRequire(resolve(conformance, 'package.json'));
const cjsEntry = require.resolve('weaviate-ts-client');
const { default: weaviate } = await import(pathToFileURL(resolve(dirname(cjsEntry), 'index.mjs')).href);

const client = weaviate.client({ host: url });
let after = '';
let objects = 0;
let vectorValues = 0;
const start = process.hrtime.bigint();
for (;;) {
    let getter = client.data.getter().withClassName(className).withLimit(pageSize).withVector();
    if (after) {
        getter = getter.withAfter(after);
    }
    const page = await getter.do();
    const list = page.objects ?? [];
    for (const o of list) {
        vectorValues += o.vector ? o.vector.length : 0;
    }
    objects += list.length;
    if (list.length < pageSize) {
        break;
    }
    after = list[list.length - 1].id;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({ objects, seconds, objectsPerSecond: objects / seconds, vectorValues }));
