// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// Batch delete with objectsBatchDeleter(): the match-all filter, dry run, more matches than the server's
// QUERY_MAXIMUM_RESULTS (a loop is needed), Equal/ContainsAny on id, per-tenant deletes and validation errors.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
    aggregateCount,
    classPrefix,
    dropClasses,
    errorMessage,
    expectHttpError,
    importAll,
    makeClient,
    MATCH_ALL,
    MAX_RESULTS,
    uuid,
} from './helpers.mjs';

const P = classPrefix('BatchDel');
const DEL = `${P}Del`;
const SMALL = `${P}Small`;
const MT = `${P}Mt`;
const N = 250;

describe('batch delete', () => {
    const client = makeClient();
    const smallIds = Array.from({ length: 6 }, () => uuid());

    before(async () => {
        await dropClasses(client, [DEL, SMALL, MT]);
        for (const cls of [DEL, SMALL]) {
            await client.schema
                .classCreator()
                .withClass({ class: cls, vectorizer: 'none', properties: [{ name: 'n', dataType: ['int'] }] })
                .do();
        }
        await importAll(
            client,
            Array.from({ length: N }, (_, i) => ({ class: DEL, id: uuid(), properties: { n: i } })),
        );
        await importAll(
            client,
            smallIds.map((id, i) => ({ class: SMALL, id, properties: { n: i } })),
        );
        await client.schema
            .classCreator()
            .withClass({ class: MT, vectorizer: 'none', multiTenancyConfig: { enabled: true } })
            .do();
        await client.schema.tenantsCreator(MT, [{ name: 'one' }, { name: 'two' }]).do();
        await importAll(client, [
            ...Array.from({ length: 12 }, () => ({ class: MT, id: uuid(), tenant: 'one', properties: {} })),
            ...Array.from({ length: 5 }, () => ({ class: MT, id: uuid(), tenant: 'two', properties: {} })),
        ]);
    });
    after(async () => {
        await dropClasses(client, [DEL, SMALL, MT]);
    });

    it('dryRun reports matches and DRYRUN statuses, deletes nothing', async () => {
        const res = await client.batch
            .objectsBatchDeleter()
            .withClassName(DEL)
            .withWhere(MATCH_ALL)
            .withDryRun(true)
            .withOutput('verbose')
            .do();
        assert.equal(res.dryRun, true);
        assert.equal(res.output, 'verbose');
        assert.equal(res.match.class, DEL);
        assert.equal(res.results.matches, N);
        assert.equal(res.results.successful, 0);
        assert.equal(res.results.failed, 0);
        if (MAX_RESULTS) {
            assert.equal(res.results.limit, MAX_RESULTS);
        }
        assert.ok(Array.isArray(res.results.objects));
        assert.equal(res.results.objects.length, Math.min(N, res.results.limit));
        for (const o of res.results.objects) {
            assert.equal(o.status, 'DRYRUN');
            assert.match(o.id, /^[0-9a-f-]{36}$/);
        }
        assert.equal(await aggregateCount(client, DEL), N);
    });

    it('deletes more than the server limit in a loop; matches counts down, successful <= limit', async () => {
        let remaining = N;
        let calls = 0;
        let limit;
        for (;;) {
            const res = await client.batch.objectsBatchDeleter().withClassName(DEL).withWhere(MATCH_ALL).do();
            ++calls;
            assert.ok(calls <= 1000, 'loop must terminate');
            limit = res.results.limit;
            assert.equal(res.dryRun, false);
            assert.equal(res.output, 'minimal');
            assert.equal(res.results.matches, remaining, 'matches is the total before this call');
            assert.equal(res.results.successful, Math.min(remaining, limit));
            assert.equal(res.results.failed, 0);
            assert.ok(res.results.objects === undefined || res.results.objects === null || res.results.objects.length === 0, 'minimal output lists only failures');
            remaining -= res.results.successful;
            if (res.results.matches === 0) {
                break;
            }
            assert.ok(res.results.successful > 0, 'no progress while matches > 0');
        }
        if (MAX_RESULTS) {
            assert.equal(limit, MAX_RESULTS);
            assert.ok(calls > 2, 'the emulator limit forces several calls');
        }
        assert.equal(calls, Math.ceil(N / limit) + 1);
        assert.equal(await aggregateCount(client, DEL), 0);
        const page = await client.data.getter().withClassName(DEL).withLimit(10).do();
        assert.deepEqual(page.objects, []);
    });

    it('Equal on id deletes exactly one object', async () => {
        const res = await client.batch
            .objectsBatchDeleter()
            .withClassName(SMALL)
            .withWhere({ path: ['id'], operator: 'Equal', valueText: smallIds[0] })
            .withOutput('verbose')
            .do();
        assert.equal(res.results.matches, 1);
        assert.equal(res.results.successful, 1);
        assert.deepEqual(res.results.objects.map((o) => [o.id, o.status]), [[smallIds[0], 'SUCCESS']]);
        assert.equal(await client.data.checker().withClassName(SMALL).withId(smallIds[0]).do(), false);
        assert.equal(await aggregateCount(client, SMALL), smallIds.length - 1);
    });

    it('ContainsAny on id deletes the listed objects', async () => {
        const res = await client.batch
            .objectsBatchDeleter()
            .withClassName(SMALL)
            .withWhere({ path: ['id'], operator: 'ContainsAny', valueTextArray: [smallIds[1], smallIds[2], uuid()] })
            .do();
        assert.equal(res.results.matches, 2);
        assert.equal(res.results.successful, 2);
        assert.equal(await aggregateCount(client, SMALL), smallIds.length - 3);
    });

    it('deletes within one tenant only (?tenant=)', async () => {
        const res = await client.batch.objectsBatchDeleter().withClassName(MT).withTenant('one').withWhere(MATCH_ALL).do();
        assert.equal(res.results.matches, 12);
        assert.equal(res.results.successful, 12);
        assert.equal(await aggregateCount(client, MT, 'one'), 0);
        assert.equal(await aggregateCount(client, MT, 'two'), 5);
    });

    it('a multi-tenant class without tenant is 422', async () => {
        const parsed = await expectHttpError(client.batch.objectsBatchDeleter().withClassName(MT).withWhere(MATCH_ALL).do(), 422);
        assert.match(errorMessage(parsed), /multi-tenancy enabled, but request was without tenant/);
    });

    it('an unknown class is 422 "validate: failed to get class"', async () => {
        const parsed = await expectHttpError(
            client.batch.objectsBatchDeleter().withClassName(`${P}Missing`).withWhere(MATCH_ALL).do(),
            422,
        );
        assert.match(errorMessage(parsed), /^validate: failed to get class/);
    });
});
