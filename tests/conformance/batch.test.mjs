// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// Batch import through objectsBatcher(): per-item results in input order, normalisation, plain vectors, named
// vectors and multi-vectors, tenants, upsert semantics, per-object validation errors and whole-request errors.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
    assertVectorEqual,
    classPrefix,
    dropClasses,
    EMULATOR_BIN,
    expectHttpError,
    makeClient,
    randomVector,
    uuid,
} from './helpers.mjs';

const P = classPrefix('Batch');
const DOC = `${P}Doc`;
const NAMED = `${P}Named`;
const MT = `${P}Mt`;

function failure(item) {
    assert.equal(item.result?.status, 'FAILED', `expected FAILED, got ${JSON.stringify(item.result)}`);
    const errors = item.result.errors?.error;
    assert.ok(Array.isArray(errors) && errors.length > 0, `errors of ${JSON.stringify(item.result)}`);
    return errors.map((e) => e.message).join(' | ');
}

describe('batch import', () => {
    const client = makeClient();

    before(async () => {
        await dropClasses(client, [DOC, NAMED, MT]);
        await client.schema
            .classCreator()
            .withClass({
                class: DOC,
                vectorizer: 'none',
                properties: [
                    { name: 'title', dataType: ['text'] },
                    { name: 'n', dataType: ['int'] },
                    { name: 'when', dataType: ['date'] },
                    { name: 'score', dataType: ['number'] },
                ],
            })
            .do();
        await client.schema
            .classCreator()
            .withClass({
                class: NAMED,
                properties: [{ name: 'title', dataType: ['text'] }],
                vectorConfig: {
                    title_vec: { vectorizer: { none: {} }, vectorIndexType: 'hnsw' },
                    colbert: {
                        vectorizer: { none: {} },
                        vectorIndexType: 'hnsw',
                        vectorIndexConfig: { multivector: { enabled: true } },
                    },
                },
            })
            .do();
        await client.schema
            .classCreator()
            .withClass({
                class: MT,
                vectorizer: 'none',
                multiTenancyConfig: { enabled: true },
                properties: [{ name: 'title', dataType: ['text'] }],
            })
            .do();
        await client.schema
            .tenantsCreator(MT, [{ name: 'hot1' }, { name: 'cold1', activityStatus: 'COLD' }])
            .do();
    });
    after(async () => {
        await dropClasses(client, [DOC, NAMED, MT]);
    });

    it('imports objects with vectors; results are in input order and normalised', async () => {
        const objs = Array.from({ length: 5 }, (_, i) => ({
            class: DOC,
            id: uuid(),
            properties: { title: `doc ${i}`, n: i, when: '2024-01-02T03:04:05+02:00', score: i + 0.5 },
            vector: randomVector(4),
        }));
        const t0 = Date.now();
        const res = await client.batch.objectsBatcher().withObjects(objs).do();
        assert.equal(res.length, objs.length);
        res.forEach((item, i) => {
            assert.equal(item.result.status, 'SUCCESS', JSON.stringify(item.result));
            assert.equal(item.id, objs[i].id, 'same order as the input');
            assert.equal(item.class, DOC);
            assert.equal(item.properties.title, `doc ${i}`);
            assert.equal(typeof item.creationTimeUnix, 'number');
            assert.ok(item.creationTimeUnix >= t0 - 60_000, 'server timestamp in ms');
        });
        for (const o of objs) {
            const got = await client.data.getterById().withClassName(DOC).withId(o.id).withVector().do();
            assert.deepEqual(got.properties, { ...o.properties, when: '2024-01-02T03:04:05+02:00' });
            assertVectorEqual(got.vector, o.vector);
        }
    });

    it('lower-cases the first letter of property keys and fills a missing id', async () => {
        const res = await client.batch
            .objectsBatcher()
            .withObject({ class: DOC, properties: { Title: 'capital' } })
            .do();
        assert.equal(res[0].result.status, 'SUCCESS', JSON.stringify(res[0].result));
        assert.match(res[0].id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
        const got = await client.data.getterById().withClassName(DOC).withId(res[0].id).do();
        assert.deepEqual(got.properties, { title: 'capital' });
    });

    it('reports per-object errors (int given 3.5, date without zone) and keeps the good ones', async () => {
        const good = { class: DOC, id: uuid(), properties: { title: 'fine', n: 1 } };
        const badInt = { class: DOC, id: uuid(), properties: { title: 'bad int', n: 3.5 } };
        const badDate = { class: DOC, id: uuid(), properties: { title: 'bad date', when: '2024-01-01' } };
        const badNumber = { class: DOC, id: uuid(), properties: { score: 'x' } };
        const unknownProp = { class: DOC, id: uuid(), properties: { nope: 'x' } };
        const res = await client.batch.objectsBatcher().withObjects([good, badInt, badDate, badNumber, unknownProp]).do();
        assert.equal(res.length, 5);
        assert.equal(res[0].result.status, 'SUCCESS');
        assert.match(failure(res[1]), new RegExp(`invalid integer property 'n' on class '${DOC}'.*'3\\.5'`));
        assert.match(
            failure(res[2]),
            /invalid date property 'when'.*requires a string with a RFC3339 formatted date, but the given value is '2024-01-01'/,
        );
        assert.match(failure(res[3]), /invalid number property 'score'/);
        if (EMULATOR_BIN || res[4].result.status === 'FAILED') {
            // auto-schema off (the emulator's default; a real server may have it on): unknown properties are rejected
            assert.match(failure(res[4]), /no such prop with name 'nope' found in class/);
        }
        assert.equal(await client.data.checker().withClassName(DOC).withId(good.id).do(), true);
        assert.equal(await client.data.checker().withClassName(DOC).withId(badInt.id).do(), false);
        assert.equal(await client.data.checker().withClassName(DOC).withId(badDate.id).do(), false);
    });

    it('an integral number is accepted for an int property', async () => {
        const res = await client.batch.objectsBatcher().withObject({ class: DOC, id: uuid(), properties: { n: 3 } }).do();
        assert.equal(res[0].result.status, 'SUCCESS', JSON.stringify(res[0].result));
    });

    it('is an upsert by id: the last duplicate in a request wins, a later batch replaces fully', async () => {
        const id = uuid();
        const res = await client.batch
            .objectsBatcher()
            .withObjects([
                { class: DOC, id, properties: { title: 'first', n: 1 } },
                { class: DOC, id, properties: { title: 'second', score: 2.5 } },
            ])
            .do();
        assert.deepEqual(
            res.map((r) => r.result.status),
            ['SUCCESS', 'SUCCESS'],
        );
        let got = await client.data.getterById().withClassName(DOC).withId(id).do();
        assert.deepEqual(got.properties, { title: 'second', score: 2.5 });
        await client.batch.objectsBatcher().withObject({ class: DOC, id, properties: { n: 9 } }).do();
        got = await client.data.getterById().withClassName(DOC).withId(id).do();
        assert.deepEqual(got.properties, { n: 9 }, 'replaced, not merged');
    });

    it('ignores client-supplied timestamps', async () => {
        const id = uuid();
        const res = await client.batch
            .objectsBatcher()
            .withObject({ class: DOC, id, properties: { title: 'ts' }, creationTimeUnix: 1000, lastUpdateTimeUnix: 1000 })
            .do();
        assert.equal(res[0].result.status, 'SUCCESS');
        const got = await client.data.getterById().withClassName(DOC).withId(id).do();
        assert.ok(got.creationTimeUnix > 1000);
        assert.equal(got.creationTimeUnix, got.lastUpdateTimeUnix);
    });

    it('imports named vectors and a multi-vector and reads them back exactly', async () => {
        const objs = Array.from({ length: 3 }, (_, i) => ({
            class: NAMED,
            id: uuid(),
            properties: { title: `named ${i}` },
            vectors: { title_vec: randomVector(6), colbert: [randomVector(3), randomVector(3), randomVector(3)] },
        }));
        const res = await client.batch.objectsBatcher().withObjects(objs).do();
        res.forEach((item) => assert.equal(item.result.status, 'SUCCESS', JSON.stringify(item.result)));
        for (const o of objs) {
            const got = await client.data.getterById().withClassName(NAMED).withId(o.id).withVector().do();
            assert.deepEqual(Object.keys(got.vectors).sort(), ['colbert', 'title_vec']);
            assertVectorEqual(got.vectors.title_vec, o.vectors.title_vec, 'title_vec');
            assertVectorEqual(got.vectors.colbert, o.vectors.colbert, 'colbert');
            assert.equal(got.vector, undefined, 'a named-vector-only class has no legacy vector');
        }
    });

    it('rejects a flat vector for a multi-vector and a plain vector for a class with two named vectors', async () => {
        const res = await client.batch
            .objectsBatcher()
            .withObjects([
                { class: NAMED, id: uuid(), vectors: { title_vec: randomVector(6), colbert: randomVector(3) } },
                { class: NAMED, id: uuid(), vector: randomVector(6) },
            ])
            .do();
        assert.match(failure(res[0]), /is configured as multi-vector/);
        assert.match(failure(res[1]), /single vector index/);
    });

    it('imports into a tenant and reports tenant errors per object', async () => {
        const ok = { class: MT, id: uuid(), tenant: 'hot1', properties: { title: 'in hot1' } };
        const noTenant = { class: MT, id: uuid(), properties: { title: 'no tenant' } };
        const unknownTenant = { class: MT, id: uuid(), tenant: 'ghost', properties: { title: 'ghost' } };
        const coldTenant = { class: MT, id: uuid(), tenant: 'cold1', properties: { title: 'cold' } };
        const plainWithTenant = { class: DOC, id: uuid(), tenant: 'hot1', properties: { title: 'plain' } };
        const res = await client.batch
            .objectsBatcher()
            .withObjects([ok, noTenant, unknownTenant, coldTenant, plainWithTenant])
            .do();
        assert.equal(res[0].result.status, 'SUCCESS', JSON.stringify(res[0].result));
        assert.match(failure(res[1]), /has multi-tenancy enabled, but request was without tenant/);
        assert.match(failure(res[2]), /tenant not found/);
        assert.match(failure(res[3]), /tenant not active/);
        assert.match(failure(res[4]), /has multi-tenancy disabled, but request was with tenant/);
        const got = await client.data.getterById().withClassName(MT).withId(ok.id).withTenant('hot1').do();
        assert.equal(got.tenant, 'hot1');
        assert.deepEqual(got.properties, { title: 'in hot1' });
    });

    it('an unknown class fails per object', async () => {
        const res = await client.batch
            .objectsBatcher()
            .withObject({ class: `${P}Missing`, id: uuid(), properties: { title: 'x' } })
            .do();
        if (EMULATOR_BIN || res[0].result.status === 'FAILED') {
            assert.match(failure(res[0]), new RegExp(`class '${P}Missing' not present in schema`));
        } else {
            // a real server with auto-schema on creates the class
            await dropClasses(client, [`${P}Missing`]);
        }
    });

    it('a malformed uuid fails the whole request with a swagger 422', async () => {
        const parsed = await expectHttpError(
            client.batch
                .objectsBatcher()
                .withObjects([
                    { class: DOC, id: uuid(), properties: { title: 'ok' } },
                    { class: DOC, id: 'not-a-uuid', properties: { title: 'bad' } },
                ])
                .do(),
            422,
        );
        assert.equal(parsed.body.code, 601);
        assert.match(parsed.body.message, /objects\.1\.id in body must be of type uuid/);
    });
});
