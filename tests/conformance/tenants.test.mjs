// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// Tenants of a multi-tenant class: create (idempotent), list, exists, single get (raw: no v2 API), status updates
// in both vocabularies (answers use HOT/COLD), delete (unknown names ignored), and the 422 error cases.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { classPrefix, dropClasses, errorMessage, expectHttpError, makeClient, WEAVIATE_URL } from './helpers.mjs';

const P = classPrefix('Tenants');
const MT = `${P}Mt`;
const PLAIN = `${P}Plain`;

function statuses(list) {
    return Object.fromEntries(list.map((t) => [t.name, t.activityStatus]));
}

describe('tenants', () => {
    const client = makeClient();

    before(async () => {
        await dropClasses(client, [MT, PLAIN]);
        await client.schema
            .classCreator()
            .withClass({ class: MT, vectorizer: 'none', multiTenancyConfig: { enabled: true } })
            .do();
        await client.schema.classCreator().withClass({ class: PLAIN, vectorizer: 'none' }).do();
    });
    after(async () => {
        await dropClasses(client, [MT, PLAIN]);
    });

    it('creates tenants and echoes them with legacy status names', async () => {
        const echoed = await client.schema
            .tenantsCreator(MT, [
                { name: 't1' },
                { name: 't2', activityStatus: 'COLD' },
                { name: 't3', activityStatus: 'INACTIVE' },
                { name: 't4', activityStatus: 'ACTIVE' },
            ])
            .do();
        assert.equal(echoed.length, 4);
        assert.deepEqual(
            echoed.map((t) => t.name),
            ['t1', 't2', 't3', 't4'],
        );
        assert.ok(echoed[0].activityStatus === undefined || echoed[0].activityStatus === 'HOT');
        assert.equal(echoed[1].activityStatus, 'COLD');
        assert.equal(echoed[2].activityStatus, 'COLD');
        assert.equal(echoed[3].activityStatus, 'HOT');
    });

    it('lists tenants with HOT/COLD statuses', async () => {
        const list = await client.schema.tenantsGetter(MT).do();
        assert.deepEqual(statuses(list), { t1: 'HOT', t2: 'COLD', t3: 'COLD', t4: 'HOT' });
    });

    it('create is idempotent for existing names', async () => {
        await client.schema.tenantsCreator(MT, [{ name: 't1' }, { name: 't5' }]).do();
        const list = await client.schema.tenantsGetter(MT).do();
        assert.equal(list.length, 5);
        assert.equal(list.filter((t) => t.name === 't1').length, 1);
    });

    it('tenantsExists answers true/false (HEAD 200/404)', async () => {
        assert.equal(await client.schema.tenantsExists(MT, 't1').do(), true);
        assert.equal(await client.schema.tenantsExists(MT, 'nope').do(), false);
    });

    it('GET /v1/schema/{c}/tenants/{t} returns one tenant, 404 empty when unknown (raw: no v2 API)', async () => {
        const auth = process.env.WEAVIATE_API_KEY ? { authorization: `Bearer ${process.env.WEAVIATE_API_KEY}` } : {};
        const res = await fetch(`${WEAVIATE_URL}/v1/schema/${MT}/tenants/t2`, { headers: auth });
        assert.equal(res.status, 200);
        assert.deepEqual(await res.json(), { name: 't2', activityStatus: 'COLD' });
        const missing = await fetch(`${WEAVIATE_URL}/v1/schema/${MT}/tenants/nope`, { headers: auth });
        assert.equal(missing.status, 404);
        assert.equal(await missing.text(), '');
    });

    it('updates statuses in both vocabularies and reads back legacy names', async () => {
        const updated = await client.schema
            .tenantsUpdater(MT, [
                { name: 't1', activityStatus: 'COLD' },
                { name: 't2', activityStatus: 'HOT' },
                { name: 't3', activityStatus: 'ACTIVE' },
                { name: 't4', activityStatus: 'INACTIVE' },
            ])
            .do();
        assert.deepEqual(statuses(updated), { t1: 'COLD', t2: 'HOT', t3: 'HOT', t4: 'COLD' });
        const list = await client.schema.tenantsGetter(MT).do();
        assert.deepEqual(statuses(list), { t1: 'COLD', t2: 'HOT', t3: 'HOT', t4: 'COLD', t5: 'HOT' });
        await client.schema.tenantsUpdater(MT, [{ name: 't1', activityStatus: 'ACTIVE' }]).do();
        const back = await client.schema.tenantsGetter(MT).do();
        assert.equal(statuses(back).t1, 'HOT');
    });

    it('update without a status is 422', async () => {
        await expectHttpError(client.schema.tenantsUpdater(MT, [{ name: 't1' }]).do(), 422);
    });

    it('update of an unknown tenant is 422', async () => {
        await expectHttpError(client.schema.tenantsUpdater(MT, [{ name: 'ghost', activityStatus: 'HOT' }]).do(), 422);
    });

    it('update to OFFLOADED without the offload module is 422', async () => {
        const parsed = await expectHttpError(
            client.schema.tenantsUpdater(MT, [{ name: 't5', activityStatus: 'OFFLOADED' }]).do(),
            422,
        );
        assert.match(errorMessage(parsed), /offload-s3 module is not enabled/);
    });

    it('more than 100 tenants in one update is 422', async () => {
        const many = Array.from({ length: 101 }, (_, i) => ({ name: `u${i}`, activityStatus: 'HOT' }));
        const parsed = await expectHttpError(client.schema.tenantsUpdater(MT, many).do(), 422);
        assert.match(errorMessage(parsed), /maximum number of tenants allowed to be updated simultaneously is 100/);
    });

    it('a duplicate name in one create request is 422', async () => {
        const parsed = await expectHttpError(
            client.schema.tenantsCreator(MT, [{ name: 'dup' }, { name: 'dup' }]).do(),
            422,
        );
        assert.match(errorMessage(parsed), /tenant name dup existed multiple times/);
    });

    it('an invalid tenant name is 422', async () => {
        const parsed = await expectHttpError(client.schema.tenantsCreator(MT, [{ name: 'bad name!' }]).do(), 422);
        assert.match(errorMessage(parsed), /is not a valid tenant name/);
    });

    it('tenants of a non-MT class are 422 "multi-tenancy is not enabled"', async () => {
        const parsed = await expectHttpError(client.schema.tenantsGetter(PLAIN).do(), 422);
        assert.match(errorMessage(parsed), new RegExp(`multi-tenancy is not enabled for class "${PLAIN}"`));
        await expectHttpError(client.schema.tenantsCreator(PLAIN, [{ name: 't1' }]).do(), 422);
    });

    it('deletes tenants, silently ignoring unknown names', async () => {
        await client.schema.tenantsDeleter(MT, ['t3', 'never-existed']).do();
        const list = await client.schema.tenantsGetter(MT).do();
        assert.deepEqual(
            list.map((t) => t.name).sort(),
            ['t1', 't2', 't4', 't5'],
        );
        assert.equal(await client.schema.tenantsExists(MT, 't3').do(), false);
    });
});
