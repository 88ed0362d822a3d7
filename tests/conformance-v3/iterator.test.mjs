// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// Id listings without GraphQL: collection.iterator() (gRPC Search with the cursor: after, limit 100, tenant) visits
// every object exactly once in ascending id order, with and without vectors, per tenant, with the properties mapped
// back to JavaScript values of their data types.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { classPrefix, connect, dropCollections, randomVector, restBatch, weaviate } from './helpers.mjs';

const P = classPrefix('Iter');
const DOCS = `${P}Docs`;
const NAMED = `${P}Named`;
const MT = `${P}Mt`;
const N = 230; // more than two of the iterator's pages of 100

async function collect(collection, options) {
    const out = [];
    for await (const obj of collection.iterator(options)) {
        out.push(obj);
    }
    return out;
}

describe('iterator over gRPC Search with the cursor', () => {
    let client;
    const sent = new Map();

    before(async () => {
        client = await connect();
        await client.collections.create({
            name: DOCS,
            properties: [
                { name: 'title', dataType: 'text' },
                { name: 'rank', dataType: 'int' },
                { name: 'score', dataType: 'number' },
                { name: 'done', dataType: 'boolean' },
                { name: 'tags', dataType: 'text[]' },
                { name: 'sizes', dataType: 'int[]' },
                { name: 'when', dataType: 'date' },
            ],
        });
        await client.collections.create({
            name: NAMED,
            vectorizers: [
                weaviate.configure.vectors.selfProvided({ name: 'first' }),
                weaviate.configure.vectors.selfProvided({ name: 'second' }),
            ],
        });
        await client.collections.create({ name: MT, multiTenancy: weaviate.configure.multiTenancy({ enabled: true }) });
        await client.collections.get(MT).tenants.create([{ name: 'x' }, { name: 'y' }]);

        const objects = [];
        for (let i = 0; i < N; ++i) {
            const id = randomUUID();
            const vector = randomVector(8);
            const properties = {
                title: `doc ${i}`,
                rank: i,
                score: i + 0.5,
                done: i % 2 === 0,
                tags: [`t${i}`, 'all'],
                sizes: [i, -i - 1],
                when: '2026-12-06T10:00:00Z',
            };
            sent.set(id, { vector, properties });
            objects.push({ class: DOCS, id, vector, properties });
        }
        await restBatch(objects);
        await restBatch([
            { class: NAMED, id: randomUUID(), vectors: { first: [1, 2, 3], second: [0.5, -0.5] } },
            ...Array.from({ length: 3 }, () => ({ class: MT, id: randomUUID(), tenant: 'x' })),
            ...Array.from({ length: 104 }, () => ({ class: MT, id: randomUUID(), tenant: 'y' })),
        ]);
    });

    after(async () => {
        await dropCollections(client, [DOCS, NAMED, MT]);
        client.close();
    });

    it('visits every object once, in ascending id order', async () => {
        const objects = await collect(client.collections.get(DOCS));
        const ids = objects.map((o) => o.uuid);
        assert.equal(ids.length, N);
        assert.equal(new Set(ids).size, N);
        assert.deepEqual(ids, [...ids].sort());
        assert.deepEqual(new Set(ids), new Set(sent.keys()));
        assert.equal(objects[0].vectors.default, undefined, 'no vectors unless asked for');
    });

    it('maps each property to its data type', async () => {
        const objects = await collect(client.collections.get(DOCS));
        for (const obj of objects) {
            const want = sent.get(obj.uuid).properties;
            assert.equal(obj.properties.title, want.title);
            assert.equal(obj.properties.rank, want.rank);
            assert.equal(obj.properties.score, want.score);
            assert.equal(obj.properties.done, want.done);
            assert.deepEqual(obj.properties.tags, want.tags);
            assert.deepEqual(obj.properties.sizes, want.sizes);
            assert.equal(new Date(obj.properties.when).toISOString(), new Date(want.when).toISOString());
        }
    });

    it('returns float32-exact vectors when asked', async () => {
        const objects = await collect(client.collections.get(DOCS), { includeVector: true });
        assert.equal(objects.length, N);
        for (const obj of objects) {
            assert.deepEqual(obj.vectors.default, sent.get(obj.uuid).vector);
        }
    });

    it('returns named vectors', async () => {
        const [obj] = await collect(client.collections.get(NAMED), { includeVector: true });
        assert.deepEqual(obj.vectors.first, [1, 2, 3]);
        assert.deepEqual(obj.vectors.second, [0.5, -0.5]);
    });

    it('lists each tenant on its own', async () => {
        const mt = client.collections.get(MT);
        const x = await collect(mt.withTenant('x'));
        const y = await collect(mt.withTenant('y'));
        assert.equal(x.length, 3);
        assert.equal(y.length, 104);
        const yIds = y.map((o) => o.uuid);
        assert.deepEqual(yIds, [...yIds].sort());
        assert.ok(x.every((o) => !yIds.includes(o.uuid)));
    });

    it('ends at once on an empty tenant-less collection', async () => {
        await client.collections.create({ name: `${P}Empty` });
        try {
            assert.deepEqual(await collect(client.collections.get(`${P}Empty`)), []);
        } finally {
            await dropCollections(client, [`${P}Empty`]);
        }
    });
});
