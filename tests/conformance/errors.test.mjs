// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// Error semantics as the v2 client surfaces them ("usage error (<status>): <body>"): unknown classes (404, empty
// body), inactive and unknown tenants (422), tenant on a non-MT class, and cursor misuse (422 "limit parameter
// must be set" when the client drops a limit <= 0).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { classPrefix, dropClasses, errorMessage, expectHttpError, importAll, makeClient, uuid } from './helpers.mjs';

const P = classPrefix('Errors');
const PLAIN = `${P}Plain`;
const MT = `${P}Mt`;
const MISSING = `${P}Missing`;

describe('error cases', () => {
    const client = makeClient();
    const plainId = uuid();
    const coldId = uuid();

    before(async () => {
        await dropClasses(client, [PLAIN, MT]);
        await client.schema
            .classCreator()
            .withClass({ class: PLAIN, vectorizer: 'none', properties: [{ name: 'title', dataType: ['text'] }] })
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
        await client.schema.tenantsCreator(MT, [{ name: 'hot' }, { name: 'frozen' }]).do();
        await importAll(client, [
            { class: PLAIN, id: plainId, properties: { title: 'plain' } },
            { class: MT, id: coldId, tenant: 'frozen', properties: { title: 'soon cold' } },
        ]);
        await client.schema.tenantsUpdater(MT, [{ name: 'frozen', activityStatus: 'COLD' }]).do();
    });
    after(async () => {
        await dropClasses(client, [PLAIN, MT]);
    });

    describe('unknown class', () => {
        it('schema classGetter: 404 with an empty body', async () => {
            const parsed = await expectHttpError(client.schema.classGetter().withClassName(MISSING).do(), 404);
            assert.equal(parsed.raw, '');
        });

        it('data getter (list): 404 with an empty body', async () => {
            const parsed = await expectHttpError(client.data.getter().withClassName(MISSING).withLimit(10).do(), 404);
            assert.equal(parsed.raw, '');
        });

        it('data getterById: 404 with an empty body', async () => {
            const parsed = await expectHttpError(client.data.getterById().withClassName(MISSING).withId(uuid()).do(), 404);
            assert.equal(parsed.raw, '');
        });

        it('data checker: false (HEAD 404)', async () => {
            assert.equal(await client.data.checker().withClassName(MISSING).withId(uuid()).do(), false);
        });

        it('tenantsGetter: 422', async () => {
            await expectHttpError(client.schema.tenantsGetter(MISSING).do(), 422);
        });

        it('classDeleter: succeeds (idempotent 200)', async () => {
            await client.schema.classDeleter().withClassName(MISSING).do();
        });
    });

    describe('tenants on reads', () => {
        it('reading a COLD tenant with the cursor is 422 "tenant not active"', async () => {
            const parsed = await expectHttpError(
                client.data.getter().withClassName(MT).withTenant('frozen').withLimit(10).do(),
                422,
            );
            assert.match(errorMessage(parsed), /tenant not active: 'frozen'/);
        });

        it('reading one object of a COLD tenant is 422 "tenant not active"', async () => {
            const parsed = await expectHttpError(
                client.data.getterById().withClassName(MT).withId(coldId).withTenant('frozen').do(),
                422,
            );
            assert.match(errorMessage(parsed), /tenant not active/);
        });

        it('after re-activation the object is readable again', async () => {
            await client.schema.tenantsUpdater(MT, [{ name: 'frozen', activityStatus: 'HOT' }]).do();
            const got = await client.data.getterById().withClassName(MT).withId(coldId).withTenant('frozen').do();
            assert.deepEqual(got.properties, { title: 'soon cold' });
            await client.schema.tenantsUpdater(MT, [{ name: 'frozen', activityStatus: 'COLD' }]).do();
        });

        it('an unknown tenant is 422 "tenant not found"', async () => {
            const parsed = await expectHttpError(
                client.data.getter().withClassName(MT).withTenant('ghost').withLimit(10).do(),
                422,
            );
            assert.match(errorMessage(parsed), /tenant not found: "ghost"/);
        });

        it('an MT class without tenant is 422', async () => {
            const parsed = await expectHttpError(client.data.getter().withClassName(MT).withLimit(10).do(), 422);
            assert.match(errorMessage(parsed), new RegExp(`class ${MT} has multi-tenancy enabled, but request was without tenant`));
        });

        it('a non-MT class with a tenant is 422', async () => {
            const parsed = await expectHttpError(
                client.data.getter().withClassName(PLAIN).withTenant('hot').withLimit(10).do(),
                422,
            );
            assert.match(errorMessage(parsed), new RegExp(`class ${PLAIN} has multi-tenancy disabled, but request was with tenant`));
        });
    });

    describe('cursor misuse', () => {
        it('after without limit (client omits limit <= 0) is 422 "limit parameter must be set"', async () => {
            const parsed = await expectHttpError(
                client.data.getter().withClassName(PLAIN).withAfter(plainId).withLimit(0).do(),
                422,
            );
            assert.equal(
                errorMessage(parsed),
                "msg:cursor api: invalid 'after' parameter code:400 err:limit parameter must be set",
            );
        });

        it('a malformed after uuid is 422', async () => {
            const parsed = await expectHttpError(
                client.data.getter().withClassName(PLAIN).withAfter('not-a-uuid').withLimit(5).do(),
                422,
            );
            assert.match(errorMessage(parsed), /after parameter 'not-a-uuid' is not a valid uuid/);
        });

        it('list without after and without limit uses the server default limit', async () => {
            const page = await client.data.getter().withClassName(PLAIN).do();
            assert.deepEqual(
                page.objects.map((o) => o.id),
                [plainId],
            );
        });
    });
});
