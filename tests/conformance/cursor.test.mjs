// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// Cursor paging with client.data.getter().withLimit(n).withAfter(id).withVector(): every object exactly once, in
// ascending id order, with float32-exact vectors; page shape (totalResults, empty last page); tenants; limits.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
    assertVectorEqual,
    classPrefix,
    dropClasses,
    errorMessage,
    expectHttpError,
    importAll,
    makeClient,
    MAX_RESULTS,
    randomVector,
    readAllWithCursor,
    uuid,
} from './helpers.mjs';

const P = classPrefix('Cursor');
const PAGE = `${P}Page`;
const NAMED = `${P}Named`;
const MT = `${P}Mt`;
const N = 250;

describe('cursor paging', () => {
    const client = makeClient();
    const sent = new Map();
    const sentNamed = new Map();
    const sentMt = { a: new Map(), b: new Map() };

    before(async () => {
        await dropClasses(client, [PAGE, NAMED, MT]);
        await client.schema
            .classCreator()
            .withClass({
                class: PAGE,
                vectorizer: 'none',
                properties: [
                    { name: 'title', dataType: ['text'] },
                    { name: 'n', dataType: ['int'] },
                ],
            })
            .do();
        const objs = Array.from({ length: N }, (_, i) => ({
            class: PAGE,
            // mixed-case ids on write: they must come back lower-case and sort as such
            id: i % 7 === 0 ? uuid().toUpperCase() : uuid(),
            properties: { title: `object ${i}`, n: i },
            vector: randomVector(8),
        }));
        for (const o of objs) {
            sent.set(o.id.toLowerCase(), o);
        }
        await importAll(client, objs);

        await client.schema
            .classCreator()
            .withClass({
                class: NAMED,
                vectorConfig: {
                    a: { vectorizer: { none: {} }, vectorIndexType: 'hnsw' },
                    mv: {
                        vectorizer: { none: {} },
                        vectorIndexType: 'hnsw',
                        vectorIndexConfig: { multivector: { enabled: true } },
                    },
                },
                properties: [{ name: 'title', dataType: ['text'] }],
            })
            .do();
        const named = Array.from({ length: 30 }, (_, i) => ({
            class: NAMED,
            id: uuid(),
            properties: { title: `named ${i}` },
            vectors: { a: randomVector(5), mv: [randomVector(2), randomVector(2)] },
        }));
        for (const o of named) {
            sentNamed.set(o.id, o);
        }
        await importAll(client, named);

        await client.schema
            .classCreator()
            .withClass({
                class: MT,
                vectorizer: 'none',
                multiTenancyConfig: { enabled: true },
                properties: [{ name: 'title', dataType: ['text'] }],
            })
            .do();
        await client.schema.tenantsCreator(MT, [{ name: 'a' }, { name: 'b' }]).do();
        const mt = [];
        for (const tenant of ['a', 'b']) {
            for (let i = 0; i < (tenant === 'a' ? 23 : 11); ++i) {
                const o = { class: MT, id: uuid(), tenant, properties: { title: `${tenant}${i}` }, vector: randomVector(3) };
                sentMt[tenant].set(o.id, o);
                mt.push(o);
            }
        }
        await importAll(client, mt);
    });
    after(async () => {
        await dropClasses(client, [PAGE, NAMED, MT]);
    });

    it('walks the whole class: each object once, ascending ids, exact float32 vectors', async () => {
        const limit = 40;
        const seen = [];
        let after;
        let pages = 0;
        for (;;) {
            let q = client.data.getter().withClassName(PAGE).withLimit(limit).withVector();
            if (after) {
                q = q.withAfter(after);
            }
            const page = await q.do();
            ++pages;
            const objects = page.objects ?? [];
            assert.ok(objects.length <= limit);
            if (objects.length > 0) {
                assert.equal(page.totalResults, objects.length, 'totalResults is the page length');
            }
            seen.push(...objects);
            if (objects.length < limit) {
                break;
            }
            after = objects[objects.length - 1].id;
        }
        assert.equal(pages, Math.ceil((N + 1) / limit));
        assert.equal(seen.length, N);
        const ids = seen.map((o) => o.id);
        assert.equal(new Set(ids).size, N, 'no duplicates');
        const sorted = [...ids].sort();
        assert.deepEqual(ids, sorted, 'ascending id order');
        for (const o of seen) {
            const s = sent.get(o.id);
            assert.ok(s, `unexpected id ${o.id}`);
            assert.equal(o.class, PAGE);
            assert.deepEqual(o.properties, s.properties);
            assertVectorEqual(o.vector, s.vector, `vector of ${o.id}`);
            assert.equal(o.tenant, undefined);
            assert.equal(typeof o.creationTimeUnix, 'number');
            assert.equal(typeof o.lastUpdateTimeUnix, 'number');
        }
    });

    it('an exact multiple of the limit ends with an empty page (no totalResults)', async () => {
        const limit = 50; // 250 = 5 * 50
        const ids = [];
        let after;
        let last;
        for (;;) {
            let q = client.data.getter().withClassName(PAGE).withLimit(limit);
            if (after) {
                q = q.withAfter(after);
            }
            last = await q.do();
            const objects = last.objects ?? [];
            ids.push(...objects.map((o) => o.id));
            if (objects.length < limit) {
                break;
            }
            after = objects[objects.length - 1].id;
        }
        assert.equal(ids.length, N);
        assert.deepEqual(last.objects, []);
        assert.equal(last.totalResults, undefined);
    });

    it('does not return vectors without include=vector', async () => {
        const page = await client.data.getter().withClassName(PAGE).withLimit(5).do();
        assert.equal(page.objects.length, 5);
        for (const o of page.objects) {
            assert.equal(o.vector, undefined);
            assert.equal(o.vectors, undefined);
        }
    });

    it('after is exclusive and need not exist (seeks to the next greater id)', async () => {
        const all = [...sent.keys()].sort();
        const pivot = all[100];
        const page = await client.data.getter().withClassName(PAGE).withLimit(3).withAfter(pivot).do();
        assert.deepEqual(
            page.objects.map((o) => o.id),
            all.slice(101, 104),
        );
        const zero = await client.data
            .getter()
            .withClassName(PAGE)
            .withLimit(2)
            .withAfter('00000000-0000-0000-0000-000000000000')
            .do();
        assert.deepEqual(
            zero.objects.map((o) => o.id),
            all.slice(0, 2),
        );
        const end = await client.data
            .getter()
            .withClassName(PAGE)
            .withLimit(2)
            .withAfter('ffffffff-ffff-ffff-ffff-ffffffffffff')
            .do();
        assert.deepEqual(end.objects, []);
    });

    it('continues after an id that was deleted between pages', async () => {
        const page1 = await client.data.getter().withClassName(PAGE).withLimit(10).do();
        const last = page1.objects[9].id;
        const all = [...sent.keys()].sort();
        await client.data.deleter().withClassName(PAGE).withId(last).do();
        const page2 = await client.data.getter().withClassName(PAGE).withLimit(3).withAfter(last).do();
        assert.deepEqual(
            page2.objects.map((o) => o.id),
            all.slice(10, 13),
        );
        const o = sent.get(last);
        await client.batch.objectsBatcher().withObject(o).do(); // restore it for the other tests
    });

    it('pages named vectors and multi-vectors exactly', async () => {
        const seen = await readAllWithCursor(client, NAMED, { limit: 7, vector: true });
        assert.equal(seen.length, sentNamed.size);
        assert.deepEqual(
            seen.map((o) => o.id),
            [...sentNamed.keys()].sort(),
        );
        for (const o of seen) {
            const s = sentNamed.get(o.id);
            assertVectorEqual(o.vectors.a, s.vectors.a, 'a');
            assertVectorEqual(o.vectors.mv, s.vectors.mv, 'mv');
        }
    });

    it('pages one tenant at a time (withTenant), tenant omitted on listed objects', async () => {
        for (const tenant of ['a', 'b']) {
            const seen = await readAllWithCursor(client, MT, { limit: 5, tenant, vector: true });
            assert.deepEqual(
                seen.map((o) => o.id),
                [...sentMt[tenant].keys()].sort(),
                `tenant ${tenant}`,
            );
            for (const o of seen) {
                assertVectorEqual(o.vector, sentMt[tenant].get(o.id).vector);
                assert.equal(o.tenant, undefined);
            }
        }
    });

    it('limit above QUERY_MAXIMUM_RESULTS is 422 "query maximum results exceeded"', { skip: MAX_RESULTS ? false : 'WEAVIATE_MAX_RESULTS not set' }, async () => {
        const parsed = await expectHttpError(
            client.data.getter().withClassName(PAGE).withLimit(MAX_RESULTS + 1).withAfter(uuid()).do(),
            422,
        );
        assert.match(errorMessage(parsed), /query maximum results exceeded/);
        const ok = await client.data.getter().withClassName(PAGE).withLimit(MAX_RESULTS).do();
        assert.equal(ok.objects.length, Math.min(MAX_RESULTS, N));
    });
});
