// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// Single objects through client.data: create (POST is create-only), getterById, checker (HEAD), updater (PUT,
// not an upsert), merger (PATCH), deleter (idempotent 204), tenants, and the uuid/include error shapes.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
    assertVectorEqual,
    classPrefix,
    dropClasses,
    errorMessage,
    expectHttpError,
    makeClient,
    randomVector,
    uuid,
} from './helpers.mjs';

const P = classPrefix('Objects');
const OBJ = `${P}Obj`;
const MT = `${P}Mt`;

describe('single objects', () => {
    const client = makeClient();
    const id = uuid();
    const vector = randomVector(4);

    before(async () => {
        await dropClasses(client, [OBJ, MT]);
        await client.schema
            .classCreator()
            .withClass({
                class: OBJ,
                vectorizer: 'none',
                properties: [
                    { name: 'title', dataType: ['text'] },
                    { name: 'n', dataType: ['int'] },
                    { name: 'extra', dataType: ['text'] },
                ],
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
        await client.schema.tenantsCreator(MT, [{ name: 'x' }, { name: 'y' }]).do();
    });
    after(async () => {
        await dropClasses(client, [OBJ, MT]);
    });

    it('creator POSTs a new object and echoes it with a lower-case id and server timestamps', async () => {
        const created = await client.data
            .creator()
            .withClassName(OBJ)
            .withId(id.toUpperCase())
            .withProperties({ title: 'hello', n: 1, extra: 'keep?' })
            .withVector(vector)
            .do();
        assert.equal(created.id, id);
        assert.equal(created.class, OBJ);
        assert.equal(typeof created.creationTimeUnix, 'number');
        assert.deepEqual(created.properties, { title: 'hello', n: 1, extra: 'keep?' });
    });

    it('creating the same id again is 422 "already exists"', async () => {
        const parsed = await expectHttpError(
            client.data.creator().withClassName(OBJ).withId(id).withProperties({ title: 'again' }).do(),
            422,
        );
        assert.match(errorMessage(parsed), new RegExp(`id '${id}' already exists`));
    });

    it('getterById returns properties, vector and timestamps', async () => {
        const got = await client.data.getterById().withClassName(OBJ).withId(id).withVector().do();
        assert.equal(got.id, id);
        assert.equal(got.class, OBJ);
        assert.deepEqual(got.properties, { title: 'hello', n: 1, extra: 'keep?' });
        assertVectorEqual(got.vector, vector);
        assert.equal(got.creationTimeUnix, got.lastUpdateTimeUnix);
        const noVec = await client.data.getterById().withClassName(OBJ).withId(id).do();
        assert.equal(noVec.vector, undefined);
    });

    it('checker answers true for an existing object and false for a missing one', async () => {
        assert.equal(await client.data.checker().withClassName(OBJ).withId(id).do(), true);
        assert.equal(await client.data.checker().withClassName(OBJ).withId(uuid()).do(), false);
    });

    it('updater (PUT) replaces all properties, keeps creationTimeUnix', async () => {
        const beforeUpdate = await client.data.getterById().withClassName(OBJ).withId(id).do();
        await new Promise((r) => setTimeout(r, 5));
        const updated = await client.data
            .updater()
            .withClassName(OBJ)
            .withId(id)
            .withProperties({ title: 'replaced', n: 2 })
            .withVector(vector)
            .do();
        assert.equal(updated.id, id);
        const got = await client.data.getterById().withClassName(OBJ).withId(id).withVector().do();
        assert.deepEqual(got.properties, { title: 'replaced', n: 2 });
        assertVectorEqual(got.vector, vector);
        assert.equal(got.creationTimeUnix, beforeUpdate.creationTimeUnix);
        assert.ok(got.lastUpdateTimeUnix >= beforeUpdate.lastUpdateTimeUnix);
    });

    it('updater on a missing object is 404 (PUT is not an upsert)', async () => {
        const parsed = await expectHttpError(
            client.data.updater().withClassName(OBJ).withId(uuid()).withProperties({ title: 'nope' }).do(),
            404,
        );
        assert.equal(parsed.raw, '');
    });

    it('merger (PATCH) merges properties and resolves with no body (204)', async () => {
        const result = await client.data.merger().withClassName(OBJ).withId(id).withProperties({ n: 7 }).do();
        assert.equal(result, undefined);
        const got = await client.data.getterById().withClassName(OBJ).withId(id).withVector().do();
        assert.deepEqual(got.properties, { title: 'replaced', n: 7 });
        assertVectorEqual(got.vector, vector, 'vector kept by PATCH');
    });

    it('merger on a missing object is 404', async () => {
        await expectHttpError(client.data.merger().withClassName(OBJ).withId(uuid()).withProperties({ n: 1 }).do(), 404);
    });

    it('validation errors on a single write are 422', async () => {
        const parsed = await expectHttpError(
            client.data.creator().withClassName(OBJ).withId(uuid()).withProperties({ n: 3.5 }).do(),
            422,
        );
        assert.match(errorMessage(parsed), /invalid integer property 'n'/);
    });

    it('deleter deletes (204); a second delete still succeeds; get is then 404 with an empty body', async () => {
        await client.data.deleter().withClassName(OBJ).withId(id).do();
        assert.equal(await client.data.checker().withClassName(OBJ).withId(id).do(), false);
        const parsed = await expectHttpError(client.data.getterById().withClassName(OBJ).withId(id).do(), 404);
        assert.equal(parsed.raw, '');
        await client.data.deleter().withClassName(OBJ).withId(id).do();
    });

    it('a malformed uuid in the path is a swagger 422 {"code":601}', async () => {
        const parsed = await expectHttpError(client.data.getterById().withClassName(OBJ).withId('not-a-uuid').do(), 422);
        assert.equal(parsed.body.code, 601);
        assert.match(parsed.body.message, /id in path must be of type uuid: "not-a-uuid"/);
    });

    it('an unknown include value is 400', async () => {
        const other = uuid();
        await client.data.creator().withClassName(OBJ).withId(other).withProperties({ title: 'inc' }).do();
        const parsed = await expectHttpError(
            client.data.getterById().withClassName(OBJ).withId(other).withAdditional('bogus').do(),
            400,
        );
        assert.match(errorMessage(parsed), /unrecognized property 'bogus' in \?include list/);
    });

    it('an include list with a space is 400 (the list is split on "," only)', async () => {
        const other = uuid();
        await client.data.creator().withClassName(OBJ).withId(other).withProperties({ title: 'space' }).do();
        await expectHttpError(
            client.data.getterById().withClassName(OBJ).withId(other).withAdditional('vector').withAdditional(' classification').do(),
            400,
            'in ?include list',
        );
        const ok = await client.data
            .getterById()
            .withClassName(OBJ)
            .withId(other)
            .withAdditional('vector')
            .withAdditional('classification')
            .do();
        assert.equal(ok.id, other);
    });

    it('objects of a multi-tenant class live in their tenant', async () => {
        const mtId = uuid();
        const created = await client.data
            .creator()
            .withClassName(MT)
            .withId(mtId)
            .withTenant('x')
            .withProperties({ title: 'in x' })
            .do();
        assert.equal(created.tenant, 'x');
        const got = await client.data.getterById().withClassName(MT).withId(mtId).withTenant('x').do();
        assert.equal(got.tenant, 'x');
        assert.deepEqual(got.properties, { title: 'in x' });
        assert.equal(await client.data.checker().withClassName(MT).withId(mtId).withTenant('x').do(), true);
        assert.equal(await client.data.checker().withClassName(MT).withId(mtId).withTenant('y').do(), false);
        await client.data.merger().withClassName(MT).withId(mtId).withTenant('x').withProperties({ title: 'merged' }).do();
        await client.data.updater().withClassName(MT).withId(mtId).withTenant('x').withProperties({ title: 'put' }).do();
        const final = await client.data.getterById().withClassName(MT).withId(mtId).withTenant('x').do();
        assert.deepEqual(final.properties, { title: 'put' });
        const parsed = await expectHttpError(client.data.getterById().withClassName(MT).withId(mtId).do(), 422);
        assert.match(errorMessage(parsed), /has multi-tenancy enabled, but request was without tenant/);
        await client.data.deleter().withClassName(MT).withId(mtId).withTenant('x').do();
        assert.equal(await client.data.checker().withClassName(MT).withId(mtId).withTenant('x').do(), false);
    });
});
