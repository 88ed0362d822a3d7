// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// Imports with collection.data.insertMany (gRPC BatchObjects): what the server stored, read back over REST, is what
// the same objects written by the REST batch give (every property kind the client can send, references, the default
// vector and named vectors); per-object errors come back by index while the other objects are stored; tenants; and
// what becomes of a multi-vector, which this client sends row by row.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { classPrefix, connect, dropCollections, restBatch, restGet, weaviate } from './helpers.mjs';

const P = classPrefix('Ins');
const KINDS = `${P}Kinds`;
const TARGET = `${P}Target`;
const NAMED = `${P}Named`;
const MULTI = `${P}Multi`;
const MT = `${P}Mt`;

// GET /v1/objects/{collection}/{id}?include=vector without the fields that differ between two writes of one object.
async function stored(collection, id, tenant) {
    const query = tenant ? `include=vector&tenant=${tenant}` : 'include=vector';
    const res = await restGet(`/v1/objects/${collection}/${id}?${query}`);
    if (res.status !== 200) {
        return res.status;
    }
    const { id: _id, creationTimeUnix: _c, lastUpdateTimeUnix: _u, ...rest } = res.json;
    return rest;
}

// Every object of a collection with its vectors, over gRPC (the iterator pages with the cursor).
async function iterate(collection) {
    const out = [];
    for await (const obj of collection.iterator({ includeVector: true })) {
        out.push(obj);
    }
    return out;
}

describe('insertMany over gRPC BatchObjects', () => {
    let client;
    const targetId = randomUUID();

    before(async () => {
        client = await connect();
        await client.collections.create({ name: TARGET });
        await client.collections.create({
            name: KINDS,
            properties: [
                { name: 'title', dataType: 'text' },
                { name: 'rank', dataType: 'int' },
                { name: 'score', dataType: 'number' },
                { name: 'done', dataType: 'boolean' },
                { name: 'when', dataType: 'date' },
                { name: 'tags', dataType: 'text[]' },
                { name: 'sizes', dataType: 'int[]' },
                { name: 'ratios', dataType: 'number[]' },
                { name: 'flags', dataType: 'boolean[]' },
                { name: 'days', dataType: 'date[]' },
                { name: 'ref', dataType: 'uuid' },
                { name: 'place', dataType: 'geoCoordinates' },
                { name: 'phone', dataType: 'phoneNumber' },
                { name: 'empty', dataType: 'text[]' },
                {
                    name: 'meta',
                    dataType: 'object',
                    nestedProperties: [
                        { name: 'a', dataType: 'text' },
                        { name: 'n', dataType: 'int' },
                        { name: 'xs', dataType: 'number[]' },
                    ],
                },
                {
                    name: 'items',
                    dataType: 'object[]',
                    nestedProperties: [
                        { name: 'name', dataType: 'text' },
                        { name: 'ids', dataType: 'int[]' },
                    ],
                },
            ],
            references: [{ name: 'author', targetCollection: TARGET }],
        });
        await client.collections.create({
            name: NAMED,
            properties: [{ name: 'title', dataType: 'text' }],
            vectorizers: [
                weaviate.configure.vectors.selfProvided({ name: 'first' }),
                weaviate.configure.vectors.selfProvided({ name: 'second' }),
            ],
        });
        await client.collections.create({
            name: MULTI,
            vectorizers: [
                weaviate.configure.vectors.selfProvided({ name: 'single' }),
                weaviate.configure.multiVectors.selfProvided({ name: 'colbert' }),
            ],
        });
        await client.collections.create({
            name: MT,
            properties: [{ name: 'title', dataType: 'text' }],
            multiTenancy: weaviate.configure.multiTenancy({ enabled: true }),
        });
        await client.collections.get(MT).tenants.create([
            { name: 'a' },
            { name: 'b' },
            { name: 'cold', activityStatus: 'INACTIVE' },
        ]);
        await restBatch([{ class: TARGET, id: targetId }]);
    });

    after(async () => {
        await dropCollections(client, [KINDS, NAMED, MULTI, MT, TARGET]);
        client.close();
    });

    it('stores every property kind and the vector as the REST batch does', async () => {
        const grpcId = randomUUID();
        const restId = randomUUID();
        const vector = [0.1, -1.25, 3, 1e-7].map(Math.fround);
        const res = await client.collections.get(KINDS).data.insertMany([
            {
                id: grpcId,
                properties: {
                    title: 'hello "world"',
                    rank: 5,
                    score: 2.5,
                    done: true,
                    when: new Date('2026-12-06T10:00:00.250Z'),
                    tags: ['a', 'b'],
                    sizes: [1, -2, 9007199254740991],
                    ratios: [0.5, 1.25],
                    flags: [true, false],
                    days: [new Date('2026-01-02T03:04:05Z')],
                    ref: '0000aaaa-0000-4000-8000-000000000001',
                    place: { latitude: 52.5, longitude: 13.25 },
                    phone: { number: '+31 20 123 4567' },
                    empty: [],
                    meta: { a: 'x', n: 3, xs: [0.25, 0.75] },
                    items: [{ name: 'one', ids: [1, 2] }, { name: 'two', ids: [] }],
                },
                references: { author: targetId },
                vectors: vector,
            },
        ]);
        assert.equal(res.hasErrors, false, JSON.stringify(res.errors));
        assert.deepEqual(res.uuids, { 0: grpcId });

        await restBatch([
            {
                class: KINDS,
                id: restId,
                vector,
                properties: {
                    title: 'hello "world"',
                    rank: 5,
                    score: 2.5,
                    done: true,
                    when: '2026-12-06T10:00:00.250Z',
                    tags: ['a', 'b'],
                    sizes: [1, -2, 9007199254740991],
                    ratios: [0.5, 1.25],
                    flags: [true, false],
                    days: ['2026-01-02T03:04:05.000Z'],
                    ref: '0000aaaa-0000-4000-8000-000000000001',
                    place: { latitude: 52.5, longitude: 13.25 },
                    phone: { input: '+31 20 123 4567' },
                    empty: [],
                    meta: { a: 'x', n: 3, xs: [0.25, 0.75] },
                    items: [{ name: 'one', ids: [1, 2] }, { name: 'two', ids: [] }],
                    author: [{ beacon: `weaviate://localhost/${TARGET}/${targetId}` }],
                },
            },
        ]);
        const viaGrpc = await stored(KINDS, grpcId);
        assert.deepEqual(viaGrpc, await stored(KINDS, restId));
        assert.deepEqual(viaGrpc.vector.map(Math.fround), vector); // REST writes float32's shortest text
        assert.equal(viaGrpc.properties.when, '2026-12-06T10:00:00.25Z');
        assert.equal(viaGrpc.properties.author[0].beacon, `weaviate://localhost/${TARGET}/${targetId}`);
    });

    it('stores named vectors', async () => {
        const id = randomUUID();
        const first = [1, 2, 3].map(Math.fround);
        const second = [0.1, -0.5].map(Math.fround);
        const res = await client.collections.get(NAMED).data.insertMany([
            { id, properties: { title: 't' }, vectors: { first, second } },
        ]);
        assert.equal(res.hasErrors, false, JSON.stringify(res.errors));
        const obj = await stored(NAMED, id);
        assert.deepEqual(obj.vectors.first.map(Math.fround), first);
        assert.deepEqual(obj.vectors.second.map(Math.fround), second);
        const [back] = await iterate(client.collections.get(NAMED));
        assert.deepEqual(back.vectors, { first, second });
    });

    // weaviate-client 3.14 sends a 2-D vector as one untyped Vectors entry a row under the same name, so the server
    // keeps only the last row as a single vector, which a multi-vector index refuses (notes 17.2).
    it('refuses a multi-vector that arrives as rows', async () => {
        const id = randomUUID();
        const res = await client.collections.get(MULTI).data.insertMany([
            { id, vectors: { single: [1, 2], colbert: [[1, 2], [3, 4]] } },
        ]);
        assert.equal(res.hasErrors, true);
        assert.equal(
            res.errors[0].message,
            `vector "colbert" in collection "${MULTI}" is configured as multi-vector: expected an array of token ` +
                'vectors, got a single vector'
        );
        assert.equal(await stored(MULTI, id), 404);
        // A multi-vector written over REST reads back over gRPC as rows.
        await restBatch([{ class: MULTI, id, vectors: { single: [1, 2], colbert: [[1, 2], [3, 4], [5, 6]] } }]);
        const [back] = await iterate(client.collections.get(MULTI));
        assert.deepEqual(back.vectors.colbert, [[1, 2], [3, 4], [5, 6]]);
    });

    it('reports per-object errors by index and stores the others', async () => {
        const ids = Array.from({ length: 5 }, () => randomUUID());
        const res = await client.collections.get(KINDS).data.insertMany([
            { id: ids[0], properties: { title: 'ok' } },
            { id: ids[1], properties: { title: 5 } },
            { id: ids[2], properties: { rank: 5.5 } },
            { id: ids[3], properties: { title: 'ok too', rank: 7 }, references: { author: randomUUID() } },
            { id: ids[4], properties: { rank: 6 } },
        ]);
        assert.equal(res.hasErrors, true);
        assert.deepEqual(Object.keys(res.errors).sort(), ['1', '2', '3']);
        assert.equal(
            res.errors[1].message,
            `invalid text property 'title' on class '${KINDS}': not a string, but float64`
        );
        assert.equal(
            res.errors[2].message,
            `invalid integer property 'rank' on class '${KINDS}': requires an integer, the given value is '5.5'`
        );
        assert.match(res.errors[3].message, new RegExp(`^invalid cref: 'cref' ${KINDS}:author: no object with id `));
        assert.deepEqual(res.uuids, { 0: ids[0], 4: ids[4] });
        assert.equal((await stored(KINDS, ids[0])).properties.title, 'ok');
        assert.equal((await stored(KINDS, ids[4])).properties.rank, 6);
        for (const i of [1, 2, 3]) {
            assert.equal(await stored(KINDS, ids[i]), 404);
        }
    });

    it('writes into tenants and refuses an inactive one', async () => {
        const mt = client.collections.get(MT);
        const a = await mt.withTenant('a').data.insertMany([{ title: 'a1' }, { title: 'a2' }]);
        const b = await mt.withTenant('b').data.insertMany([{ title: 'b1' }]);
        assert.equal(a.hasErrors || b.hasErrors, false);
        assert.equal((await stored(MT, a.uuids[0], 'a')).properties.title, 'a1');
        assert.equal((await stored(MT, a.uuids[0], 'a')).tenant, 'a');
        assert.equal(await stored(MT, a.uuids[0], 'b'), 404);
        assert.equal((await stored(MT, b.uuids[0], 'b')).properties.title, 'b1');

        const cold = await mt.withTenant('cold').data.insertMany([{ title: 'c1' }]);
        assert.equal(cold.hasErrors, true);
        assert.equal(cold.errors[0].message, "tenant not active: 'cold'");
        const none = await mt.data.insertMany([{ title: 'n1' }]);
        assert.equal(
            none.errors[0].message,
            `class ${MT} has multi-tenancy enabled, but request was without tenant`
        );
    });
});
