// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// Collection aliases through the client's own alias API (client.alias.create/get/listAll/update/delete, REST
// /v1/aliases), and an alias standing for its collection on the gRPC data path (insertMany, aggregate.overAll).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { classPrefix, connect, dropCollections, expectFailure } from './helpers.mjs';

const P = classPrefix('Alias');
const BOOK = `${P}Book`;
const MOVIE = `${P}Movie`;
const SHELF = `${P}Shelf`;

describe('collection aliases', () => {
    let client;

    before(async () => {
        client = await connect();
        await client.collections.create({ name: BOOK, properties: [{ name: 'title', dataType: 'text' }] });
        await client.collections.create({ name: MOVIE });
    });

    after(async () => {
        try {
            await client.alias.delete(SHELF);
        } catch {
            // already gone when the last test passed
        }
        await dropCollections(client, [BOOK, MOVIE]);
        client.close();
    });

    it('creates, reads and lists an alias', async () => {
        await client.alias.create({ alias: SHELF, collection: BOOK });
        assert.deepEqual(await client.alias.get(SHELF), { alias: SHELF, collection: BOOK });
        assert.deepEqual(await client.alias.listAll({ collection: BOOK }), [{ alias: SHELF, collection: BOOK }]);
        assert.deepEqual(await client.alias.listAll({ collection: MOVIE }), []);
        const all = await client.alias.listAll();
        assert.ok(all.some((a) => a.alias === SHELF && a.collection === BOOK), JSON.stringify(all));
    });

    it('refuses an alias named like a collection', async () => {
        await expectFailure(client.alias.create({ alias: MOVIE, collection: BOOK }), `class ${MOVIE} already exists`);
    });

    it('writes and counts through the alias over gRPC', async () => {
        const res = await client.collections.get(SHELF).data.insertMany([
            { id: randomUUID(), properties: { title: 'a' } },
            { id: randomUUID(), properties: { title: 'b' } },
        ]);
        assert.equal(res.hasErrors, false, JSON.stringify(res.errors));
        assert.equal((await client.collections.get(BOOK).aggregate.overAll()).totalCount, 2);
        assert.equal((await client.collections.get(SHELF).aggregate.overAll()).totalCount, 2);
    });

    it('moves the alias to another collection', async () => {
        await client.alias.update({ alias: SHELF, newTargetCollection: MOVIE });
        assert.deepEqual(await client.alias.get(SHELF), { alias: SHELF, collection: MOVIE });
        assert.equal((await client.collections.get(SHELF).aggregate.overAll()).totalCount, 0);
    });

    it('deletes the alias and then answers 404', async () => {
        await client.alias.delete(SHELF);
        await expectFailure(client.alias.get(SHELF), 'status code: 404');
        await expectFailure(client.alias.delete(SHELF), 'status code: 404');
        assert.deepEqual(await client.alias.listAll({ collection: MOVIE }), []);
    });
});
