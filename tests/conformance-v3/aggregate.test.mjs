// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// Exact counts without GraphQL: collection.aggregate.overAll() (gRPC Aggregate with objects_count) per collection
// and per tenant, and the errors of an unknown collection and a tenant that is missing or not active.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { classPrefix, connect, dropCollections, expectFailure, restBatch, weaviate } from './helpers.mjs';

const P = classPrefix('Agg');
const PLAIN = `${P}Plain`;
const EMPTY = `${P}Empty`;
const MT = `${P}Mt`;

describe('aggregate.overAll over gRPC', () => {
    let client;

    before(async () => {
        client = await connect();
        await client.collections.create({ name: PLAIN, properties: [{ name: 'title', dataType: 'text' }] });
        await client.collections.create({ name: EMPTY });
        await client.collections.create({
            name: MT,
            multiTenancy: weaviate.configure.multiTenancy({ enabled: true }),
        });
        await client.collections.get(MT).tenants.create([
            { name: 'a' },
            { name: 'b' },
            { name: 'idle', activityStatus: 'INACTIVE' },
        ]);
        await restBatch(Array.from({ length: 37 }, (_, i) => ({ class: PLAIN, id: randomUUID(), properties: { title: `t${i}` } })));
        await restBatch([
            ...Array.from({ length: 5 }, () => ({ class: MT, id: randomUUID(), tenant: 'a' })),
            ...Array.from({ length: 2 }, () => ({ class: MT, id: randomUUID(), tenant: 'b' })),
        ]);
    });

    after(async () => {
        await dropCollections(client, [PLAIN, EMPTY, MT]);
        client.close();
    });

    it('counts a collection', async () => {
        const res = await client.collections.get(PLAIN).aggregate.overAll();
        assert.equal(res.totalCount, 37);
    });

    it('counts an empty collection as 0', async () => {
        const res = await client.collections.get(EMPTY).aggregate.overAll();
        assert.equal(res.totalCount, 0);
    });

    it('counts each tenant on its own', async () => {
        const mt = client.collections.get(MT);
        assert.equal((await mt.withTenant('a').aggregate.overAll()).totalCount, 5);
        assert.equal((await mt.withTenant('b').aggregate.overAll()).totalCount, 2);
    });

    it('counts many tenants concurrently on one connection', async () => {
        const mt = client.collections.get(MT);
        const counts = await Promise.all(['a', 'b', 'a', 'b', 'a'].map((t) => mt.withTenant(t).aggregate.overAll()));
        assert.deepEqual(counts.map((c) => c.totalCount), [5, 2, 5, 2, 5]);
    });

    it('refuses a multi-tenant collection without a tenant', async () => {
        await expectFailure(client.collections.get(MT).aggregate.overAll(), 'has multi-tenancy enabled, but request was without tenant');
    });

    it('refuses an unknown tenant and an inactive one', async () => {
        const mt = client.collections.get(MT);
        await expectFailure(mt.withTenant('nobody').aggregate.overAll(), 'tenant not found');
        await expectFailure(mt.withTenant('idle').aggregate.overAll(), 'tenant not active');
    });

    it('refuses an unknown collection', async () => {
        await expectFailure(client.collections.get(`${P}Nope`).aggregate.overAll(), `could not find class ${P}Nope in schema`);
    });
});
