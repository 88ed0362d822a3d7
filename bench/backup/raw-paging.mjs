// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// The ceiling of the backup benchmark: pages one collection over one keep-alive connection and parses nothing. The
// next cursor is the last `"id":"` in the page's bytes and the object count is the number of such keys, which holds
// for the demo data (no property is named "id"). What is left is the server plus the transfer.
//
//   node bench/backup/raw-paging.mjs URL CLASS [PAGE_SIZE]
//
// Prints one JSON line: {"objects":N,"pages":P,"wireBytes":B,"seconds":S,"objectsPerSecond":R}.
// (A curl-per-page shell loop was tried first: process start-up and grep cost ~50 ms a page, 10x the transfer.)
import http from 'node:http';

const [base, className, pageArg] = process.argv.slice(2);
if (!base || !className) {
    console.error('usage: raw-paging.mjs URL CLASS [PAGE_SIZE]');
    process.exit(2);
}
const pageSize = Number.parseInt(pageArg ?? '500', 10);
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const key = Buffer.from('"id":"');

function get(path) {
    return new Promise((resolve, reject) => {
        http.get(new URL(path, base), { agent }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => {
                if (res.statusCode !== 200) {
                    reject(new Error(`HTTP ${res.statusCode} on ${path}`));
                } else {
                    resolve(Buffer.concat(chunks));
                }
            });
            res.on('error', reject);
        }).on('error', reject);
    });
}

let after = '';
let objects = 0;
let pages = 0;
let wireBytes = 0;
const start = process.hrtime.bigint();
for (;;) {
    let path = `/v1/objects?class=${encodeURIComponent(className)}&limit=${pageSize}&include=vector`;
    if (after) {
        path += `&after=${after}`;
    }
    const body = await get(path);
    ++pages;
    wireBytes += body.length;
    let n = 0;
    let last = -1;
    for (let i = body.indexOf(key); i >= 0; i = body.indexOf(key, i + key.length)) {
        ++n;
        last = i;
    }
    objects += n;
    if (n < pageSize) {
        break;
    }
    after = body.toString('latin1', last + key.length, last + key.length + 36);
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
agent.destroy();
console.log(JSON.stringify({ objects, pages, wireBytes, seconds, objectsPerSecond: objects / seconds }));
