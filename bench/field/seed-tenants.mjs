// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// Seeds one multi-tenant class for bench/field: TENANTS tenants (t0000, t0001, …) with OBJECTS objects of DIMS
// dimensions each, deterministic ids and vectors. colvault-seed writes a fixed set of five tenants, so this writes
// over plain REST: the class, the tenants 100 per request, then batches of up to 1,000 objects that mix tenants.
//
//   node seed-tenants.mjs URL CLASS TENANTS OBJECTS DIMS
//
// Prints {"tenants":N,"objects":N,"requests":N,"seconds":S} on stdout.

const [url, cls, tenantsArg, objectsArg, dimsArg] = process.argv.slice(2);
if (!url || !cls || !tenantsArg || !objectsArg || !dimsArg) {
    console.error('usage: node seed-tenants.mjs URL CLASS TENANTS OBJECTS DIMS');
    process.exit(2);
}
const tenants = Number(tenantsArg);
const perTenant = Number(objectsArg);
const dims = Number(dimsArg);
let requests = 0;

async function send(method, path, body) {
    ++requests;
    const res = await fetch(url + path, {
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) {
        throw new Error(`${method} ${path}: HTTP ${res.status} ${text.slice(0, 300)}`);
    }
    return text;
}

// A small deterministic generator (mulberry32), so every run writes the same data.
let state = 0x5eed;
function random() {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const hex = (n, width) => n.toString(16).padStart(width, '0');
const tenantName = (i) => `t${String(i).padStart(4, '0')}`;

const t0 = performance.now();
await send('POST', '/v1/schema', {
    class: cls,
    vectorizer: 'none',
    multiTenancyConfig: { enabled: true },
    properties: [
        { name: 'title', dataType: ['text'] },
        { name: 'n', dataType: ['int'] },
    ],
});
for (let i = 0; i < tenants; i += 100) {
    const chunk = [];
    for (let k = i; k < Math.min(i + 100, tenants); ++k) {
        chunk.push({ name: tenantName(k) });
    }
    await send('POST', `/v1/schema/${cls}/tenants`, chunk);
}

let batch = [];
let written = 0;
async function flush() {
    if (batch.length === 0) {
        return;
    }
    const text = await send('POST', '/v1/batch/objects', { objects: batch });
    if (text.includes('"errors"')) {
        throw new Error(`batch item failed: ${text.slice(0, 300)}`);
    }
    written += batch.length;
    batch = [];
}
for (let t = 0; t < tenants; ++t) {
    for (let o = 0; o < perTenant; ++o) {
        const vector = Array.from({ length: dims }, () => Math.round((random() * 2 - 1) * 1e6) / 1e6);
        batch.push({
            class: cls,
            tenant: tenantName(t),
            id: `${hex(t, 8)}-0000-4000-8000-${hex(o, 12)}`,
            properties: { title: `note ${o} of ${tenantName(t)}`, n: o },
            vector,
        });
        if (batch.length === 1000) {
            await flush();
        }
    }
}
await flush();
const seconds = (performance.now() - t0) / 1000;
console.log(JSON.stringify({ tenants, objects: written, requests, seconds }));
