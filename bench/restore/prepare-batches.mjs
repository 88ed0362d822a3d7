// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// Builds the batch bodies the restore benchmark's reference clients send: the collection is paged from the source
// server (vectors included) and written as POST /v1/batch/objects bodies of BATCH objects each, one body per line,
// in the shape colvault-cli sends (class, id, properties without reference properties, vector). Also writes the
// class without its reference properties, for the reference clients to create first. Runs before any timing.
//
//   node bench/restore/prepare-batches.mjs URL CLASS BATCH OUT_BODIES OUT_CLASS
//
// Prints one JSON line: {"objects":N,"batches":B,"bytes":TOTAL_BODY_BYTES}.
import http from 'node:http';
import fs from 'node:fs';

const [base, className, batchArg, outBodies, outClass] = process.argv.slice(2);
if (!outClass) {
    console.error('usage: prepare-batches.mjs URL CLASS BATCH OUT_BODIES OUT_CLASS');
    process.exit(2);
}
const batch = Number.parseInt(batchArg, 10);
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function get(path) {
    return new Promise((resolve, reject) => {
        http.get(new URL(path, base), { agent }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => res.statusCode === 200 ? resolve(Buffer.concat(chunks).toString('utf8'))
                                                       : reject(new Error(`HTTP ${res.statusCode} on ${path}`)));
            res.on('error', reject);
        }).on('error', reject);
    });
}

const cls = JSON.parse(await get(`/v1/schema/${className}`));
const refs = new Set(cls.properties.filter((p) => /^[A-Z]/.test(p.dataType[0])).map((p) => p.name));
cls.properties = cls.properties.filter((p) => !refs.has(p.name));
fs.writeFileSync(outClass, JSON.stringify(cls));

const out = fs.createWriteStream(outBodies);
let pending = [];
let objects = 0;
let batches = 0;
let bytes = 0;
const flush = async () => {
    if (pending.length === 0) {
        return;
    }
    const body = `{"objects":[${pending.join(',')}]}\n`;
    bytes += Buffer.byteLength(body) - 1;
    ++batches;
    pending = [];
    if (!out.write(body)) {
        await new Promise((r) => out.once('drain', r));
    }
};
let after = '';
for (;;) {
    const page = JSON.parse(await get(`/v1/objects?class=${className}&limit=500&include=vector${after ? `&after=${after}` : ''}`));
    const list = page.objects ?? [];
    for (const o of list) {
        const properties = {};
        for (const [k, v] of Object.entries(o.properties ?? {})) {
            if (!refs.has(k)) {
                properties[k] = v;
            }
        }
        pending.push(JSON.stringify({ class: className, id: o.id, properties, vector: o.vector }));
        ++objects;
        if (pending.length >= batch) {
            await flush();
        }
    }
    if (list.length < 500) {
        break;
    }
    after = list[list.length - 1].id;
}
await flush();
await new Promise((r) => out.end(r));
agent.destroy();
console.log(JSON.stringify({ objects, batches, bytes }));
