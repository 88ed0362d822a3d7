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

    it('aliases: the counts of several tenants in one query, each under its alias', async () => {
        const res = await client.graphql
            .raw()
            .withQuery(
                `{ Aggregate { a0: ${MT}(tenant: "t1") { meta { count } } a1: ${MT}(tenant: "t2") { n: meta { c: count } } } }`,
            )
            .do();
        assert.equal(res.errors, undefined, JSON.stringify(res.errors));
        assert.deepEqual(res.data, { Aggregate: { a0: [{ meta: { count: 9 } }], a1: [{ n: { c: 4 } }] } });
    });

    it('aliases: a failing alias is null with its own error, the others answer', async () => {
        // graphql-request throws on any error; the partial data comes with it.
        let err;
        try {
            await client.graphql
                .raw()
                .withQuery(`{ Aggregate { a0: ${MT}(tenant: "cold") { meta { count } } a1: ${MT}(tenant: "t1") { meta { count } } } }`)
                .do();
        } catch (e) {
            err = e;
        }
        assert.ok(err?.response, `expected a graphql-request ClientError, got: ${err?.stack ?? err}`);
        const { data, errors } = err.response;
        assert.equal(data.Aggregate.a0, null);
        assert.deepEqual(data.Aggregate.a1, [{ meta: { count: 9 } }]);
        assert.equal(errors.length, 1);
        assert.deepEqual(errors[0].path, ['Aggregate', 'a0']);
        assert.match(errors[0].message, /not active/);
    });

    it('aliases: Get answers under the alias, with aliased properties', async () => {
        const res = await client.graphql
            .raw()
            .withQuery(`{ Get { rows: ${MT}(tenant: "t2", limit: 100) { t: title _additional { i: id } } } }`)
            .do();
        const ids = res.data.Get.rows.map((r) => r._additional.i).sort();
        assert.deepEqual(ids, [...mtIds.t2].sort());
        assert.ok(res.data.Get.rows.every((r) => r.t.startsWith('t2 ')));
    });

    it('aliases: one name for two different argument sets is a validation error', async () => {
        await expectGraphqlError(
            client.graphql
                .raw()
                .withQuery(`{ Aggregate { a0: ${MT}(tenant: "t1") { meta { count } } a0: ${MT}(tenant: "t2") { meta { count } } } }`)
                .do(),
            'Fields "a0" conflict because they have differing arguments',
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
