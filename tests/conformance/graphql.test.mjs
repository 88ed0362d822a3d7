// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// The GraphQL subset a backup tool needs: Aggregate meta count (per tenant for MT classes) and Get with
// _additional { id vector }, limit, after and tenant. Query errors come back as HTTP 200 with errors[].
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
    aggregateCount,
    assertVectorEqual,
    classPrefix,
    dropClasses,
    expectGraphqlError,
    importAll,
    makeClient,
    randomVector,
    uuid,
} from './helpers.mjs';

const P = classPrefix('Gql');
const GQL = `${P}Item`;
const EMPTY = `${P}Empty`;
const MT = `${P}Mt`;
const N = 30;

describe('graphql', () => {
    const client = makeClient();
    const sent = new Map();
    const mtIds = { t1: [], t2: [] };

    before(async () => {
        await dropClasses(client, [GQL, EMPTY, MT]);
        for (const cls of [GQL, EMPTY]) {
            await client.schema
                .classCreator()
                .withClass({
                    class: cls,
                    vectorizer: 'none',
                    properties: [
                        { name: 'title', dataType: ['text'] },
                        { name: 'n', dataType: ['int'] },
                    ],
                })
                .do();
        }
        const objs = Array.from({ length: N }, (_, i) => ({
            class: GQL,
            id: uuid(),
            properties: { title: `item ${i}`, n: i },
            vector: randomVector(4),
        }));
        objs.forEach((o) => sent.set(o.id, o));
        await importAll(client, objs);

        await client.schema
            .classCreator()
            .withClass({
                class: MT,
                vectorizer: 'none',
                multiTenancyConfig: { enabled: true },
                properties: [{ name: 'title', dataType: ['text'] }],
            })
            .do();
        await client.schema.tenantsCreator(MT, [{ name: 't1' }, { name: 't2' }, { name: 'cold', activityStatus: 'COLD' }]).do();
        const mt = [];
        for (const [tenant, count] of [
            ['t1', 9],
            ['t2', 4],
        ]) {
            for (let i = 0; i < count; ++i) {
                const id = uuid();
                mtIds[tenant].push(id);
                mt.push({ class: MT, id, tenant, properties: { title: `${tenant} ${i}` } });
            }
        }
        await importAll(client, mt);
    });
    after(async () => {
        await dropClasses(client, [GQL, EMPTY, MT]);
    });

    it('Aggregate meta { count } counts the class', async () => {
        const res = await client.graphql.aggregate().withClassName(GQL).withFields('meta { count }').do();
        assert.deepEqual(res.data, { Aggregate: { [GQL]: [{ meta: { count: N } }] } });
        assert.equal(await aggregateCount(client, EMPTY), 0);
    });

    it('Aggregate withTenant counts one tenant', async () => {
        assert.equal(await aggregateCount(client, MT, 't1'), 9);
        assert.equal(await aggregateCount(client, MT, 't2'), 4);
    });

    it('Aggregate of a multi-tenant class without tenant is a GraphQL error', async () => {
        await expectGraphqlError(client.graphql.aggregate().withClassName(MT).withFields('meta { count }').do(), /tenant/);
    });

    it('Aggregate of an unknown class is a GraphQL error', async () => {
        await expectGraphqlError(client.graphql.aggregate().withClassName(`${P}Missing`).withFields('meta { count }').do());
    });

    it('Get with _additional { id } and withLimit returns that many objects', async () => {
        const res = await client.graphql.get().withClassName(GQL).withFields('title _additional { id }').withLimit(10).do();
        const rows = res.data.Get[GQL];
        assert.equal(rows.length, 10);
        for (const row of rows) {
            assert.ok(sent.has(row._additional.id), `known id ${row._additional.id}`);
            assert.equal(row.title, sent.get(row._additional.id).properties.title);
        }
    });

    it('Get pages with withAfter + withLimit in ascending id order, vectors exact', async () => {
        const seen = [];
        let after = '00000000-0000-0000-0000-000000000000';
        for (;;) {
            const res = await client.graphql
                .get()
                .withClassName(GQL)
                .withFields('title n _additional { id vector }')
                .withAfter(after)
                .withLimit(7)
                .do();
            const rows = res.data.Get[GQL];
            seen.push(...rows);
            if (rows.length < 7) {
                break;
            }
            after = rows[rows.length - 1]._additional.id;
        }
        const ids = seen.map((r) => r._additional.id);
        assert.deepEqual(ids, [...sent.keys()].sort());
        for (const row of seen) {
            const s = sent.get(row._additional.id);
            assert.equal(row.title, s.properties.title);
            assert.equal(row.n, s.properties.n);
            assertVectorEqual(row._additional.vector, s.vector);
        }
    });

    it('Get withTenant returns only that tenant', async () => {
        const res = await client.graphql
            .get()
            .withClassName(MT)
            .withFields('title _additional { id }')
            .withTenant('t2')
            .withLimit(100)
            .do();
        const ids = res.data.Get[MT].map((r) => r._additional.id).sort();
        assert.deepEqual(ids, [...mtIds.t2].sort());
    });

    it('Get with after but no limit is a GraphQL error', async () => {
        await expectGraphqlError(
            client.graphql.get().withClassName(GQL).withFields('_additional { id }').withAfter(uuid()).do(),
            /limit/,
        );
    });

    it('Aggregate and Get on a COLD tenant are GraphQL errors "tenant not active"', async () => {
        await expectGraphqlError(
            client.graphql.aggregate().withClassName(MT).withFields('meta { count }').withTenant('cold').do(),
            /not active/,
        );
        await expectGraphqlError(
            client.graphql.get().withClassName(MT).withFields('_additional { id }').withTenant('cold').withLimit(5).do(),
            /not active/,
        );
    });
});
