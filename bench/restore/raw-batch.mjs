// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// The ceiling of the restore benchmark: POSTs prepared batch bodies (prepare-batches.mjs) to /v1/batch/objects over
// CONCURRENCY keep-alive connections, and only checks the status code and counts "FAILED" in each answer. No JSON is
// built or parsed in the timed loop: what is left is the server plus the transfer.
//
//   node bench/restore/raw-batch.mjs URL CLASS_FILE BODIES_FILE [CONCURRENCY]
//
// Prints one JSON line: {"objects":N,"batches":B,"wireBytes":W,"failed":F,"seconds":S,"objectsPerSecond":R}.
import http from 'node:http';
import fs from 'node:fs';

const [base, classFile, bodiesFile, concArg] = process.argv.slice(2);
if (!bodiesFile) {
    console.error('usage: raw-batch.mjs URL CLASS_FILE BODIES_FILE [CONCURRENCY]');
    process.exit(2);
}
const concurrency = Number.parseInt(concArg ?? '4', 10);
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

function post(path, body) {
    return new Promise((resolve, reject) => {
        const req = http.request(new URL(path, base), {
            method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': body.length },
        }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => res.statusCode === 200 ? resolve(Buffer.concat(chunks))
                                                       : reject(new Error(`HTTP ${res.statusCode} on ${path}`)));
            res.on('error', reject);
        });
        req.on('error', reject);
        req.end(body);
    });
}

// Bodies are read (not parsed) before the clock starts.
const text = fs.readFileSync(bodiesFile);
const bodies = [];
for (let start = 0; start < text.length;) {
    const end = text.indexOf(10, start);
    bodies.push(text.subarray(start, end < 0 ? text.length : end));
    start = end < 0 ? text.length : end + 1;
}
await post('/v1/schema', Buffer.from(fs.readFileSync(classFile)));

const idKey = Buffer.from('"class":');
const failedKey = Buffer.from('"FAILED"');
let next = 0;
let objects = 0;
let failed = 0;
let wireBytes = 0;
const start = process.hrtime.bigint();
async function worker() {
    while (next < bodies.length) {
        const body = bodies[next++];
        const answer = await post('/v1/batch/objects', body);
        wireBytes += body.length + answer.length;
        for (let i = answer.indexOf(idKey); i >= 0; i = answer.indexOf(idKey, i + idKey.length)) {
            ++objects;
        }
        for (let i = answer.indexOf(failedKey); i >= 0; i = answer.indexOf(failedKey, i + failedKey.length)) {
            ++failed;
        }
    }
}
await Promise.all(Array.from({ length: concurrency }, worker));
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
agent.destroy();
console.log(JSON.stringify({ objects, batches: bodies.length, wireBytes, failed, seconds,
                             objectsPerSecond: objects / seconds }));
