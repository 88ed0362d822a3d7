// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// Batch references (referencesBatcher + referencePayloadBuilder), read back as beacons: the two-phase restore
// path (objects first, then references), class-less targets, missing sources, self references, tenants.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { classPrefix, dropClasses, importAll, makeClient, readAllWithCursor, uuid } from './helpers.mjs';

const P = classPrefix('Refs');
const AUTHOR = `${P}Author`;
const BOOK = `${P}Book`;
const MT_AUTHOR = `${P}MtAuthor`;
const MT_BOOK = `${P}MtBook`;

const beacon = (cls, id) => `weaviate://localhost/${cls}/${id}`;

describe('batch references', () => {
    const client = makeClient();
    const authors = [uuid(), uuid(), uuid()];
    const books = [uuid(), uuid(), uuid()];

    before(async () => {
        await dropClasses(client, [BOOK, AUTHOR, MT_BOOK, MT_AUTHOR]);
        // BOOK references AUTHOR before AUTHOR exists: allowed on class create.
        await client.schema
            .classCreator()
            .withClass({
                class: BOOK,
                vectorizer: 'none',
                properties: [
                    { name: 'title', dataType: ['text'] },
                    { name: 'writtenBy', dataType: [AUTHOR] },
                    { name: 'related', dataType: [BOOK] },
                ],
            })
            .do();
        await client.schema
            .classCreator()
            .withClass({ class: AUTHOR, vectorizer: 'none', properties: [{ name: 'name', dataType: ['text'] }] })
            .do();
        await importAll(client, [
            ...authors.map((id, i) => ({ class: AUTHOR, id, properties: { name: `author ${i}` } })),
            ...books.map((id, i) => ({ class: BOOK, id, properties: { title: `book ${i}` } })),
        ]);

        await client.schema
            .classCreator()
            .withClass({ class: MT_AUTHOR, vectorizer: 'none', multiTenancyConfig: { enabled: true } })
            .do();
        await client.schema
            .classCreator()
            .withClass({
                class: MT_BOOK,
                vectorizer: 'none',
                multiTenancyConfig: { enabled: true },
                properties: [{ name: 'writtenBy', dataType: [MT_AUTHOR] }],
            })
            .do();
        await client.schema.tenantsCreator(MT_AUTHOR, [{ name: 'ta' }]).do();
        await client.schema.tenantsCreator(MT_BOOK, [{ name: 'ta' }]).do();
    });
    after(async () => {
        await dropClasses(client, [BOOK, AUTHOR, MT_BOOK, MT_AUTHOR]);
    });

    it('adds references in a batch; results in order, class filled into class-less targets', async () => {
        const ref = (from, to, toClass = AUTHOR, prop = 'writtenBy', fromClass = BOOK) => {
            const b = client.batch
                .referencePayloadBuilder()
                .withFromClassName(fromClass)
                .withFromRefProp(prop)
                .withFromId(from)
                .withToId(to);
            return (toClass ? b.withToClassName(toClass) : b).payload();
        };
        const refs = [
            ref(books[0], authors[0]),
            ref(books[0], authors[1]),
            ref(books[1], authors[2], null), // class-less target: resolved from the property's dataType
            ref(books[2], books[2], BOOK, 'related'), // self reference
        ];
        const res = await client.batch.referencesBatcher().withReferences(refs).do();
        assert.equal(res.length, refs.length);
        res.forEach((item, i) => {
            assert.equal(item.result.status, 'SUCCESS', JSON.stringify(item));
            assert.equal(item.from, refs[i].from);
        });
        assert.equal(res[2].to, beacon(AUTHOR, authors[2]), 'class-less target comes back with its class');
    });

    it('reads references back as beacons (getterById and cursor)', async () => {
        const b0 = await client.data.getterById().withClassName(BOOK).withId(books[0]).do();
        assert.deepEqual(
            b0.properties.writtenBy.map((r) => r.beacon),
            [beacon(AUTHOR, authors[0]), beacon(AUTHOR, authors[1])],
        );
        for (const r of b0.properties.writtenBy) {
            assert.match(r.href, new RegExp(`/v1/objects/${AUTHOR}/[0-9a-f-]{36}$`));
        }
        assert.equal(b0.properties.title, 'book 0');
        const all = await readAllWithCursor(client, BOOK, { limit: 2 });
        const byId = Object.fromEntries(all.map((o) => [o.id, o]));
        assert.deepEqual(
            byId[books[1]].properties.writtenBy.map((r) => r.beacon),
            [beacon(AUTHOR, authors[2])],
        );
        assert.deepEqual(
            byId[books[2]].properties.related.map((r) => r.beacon),
            [beacon(BOOK, books[2])],
        );
        assert.equal(byId[books[2]].properties.writtenBy, undefined);
    });

    it('a missing source object fails per item; a missing target is not checked', async () => {
        const missingSource = client.batch
            .referencePayloadBuilder()
            .withFromClassName(BOOK)
            .withFromRefProp('writtenBy')
            .withFromId(uuid())
            .withToClassName(AUTHOR)
            .withToId(authors[0])
            .payload();
        const missingTarget = client.batch
            .referencePayloadBuilder()
            .withFromClassName(BOOK)
            .withFromRefProp('writtenBy')
            .withFromId(books[1])
            .withToClassName(AUTHOR)
            .withToId(uuid())
            .payload();
        const res = await client.batch.referencesBatcher().withReferences(missingSource, missingTarget).do();
        assert.equal(res[0].result.status, 'FAILED');
        assert.match(JSON.stringify(res[0].result.errors), /not found/);
        assert.equal(res[1].result.status, 'SUCCESS', JSON.stringify(res[1]));
        const b1 = await client.data.getterById().withClassName(BOOK).withId(books[1]).do();
        assert.equal(b1.properties.writtenBy.length, 2, 'appended');
    });

    it('inline references to missing targets fail the object write', async () => {
        const res = await client.batch
            .objectsBatcher()
            .withObject({
                class: BOOK,
                id: uuid(),
                properties: { title: 'dangling', writtenBy: [{ beacon: beacon(AUTHOR, uuid()) }] },
            })
            .do();
        assert.equal(res[0].result.status, 'FAILED');
        assert.match(JSON.stringify(res[0].result.errors), /no object with id/);
    });

    it('inline references to existing targets are accepted and read back', async () => {
        const id = uuid();
        const res = await client.batch
            .objectsBatcher()
            .withObject({ class: BOOK, id, properties: { title: 'inline', writtenBy: [{ beacon: beacon(AUTHOR, authors[1]) }] } })
            .do();
        assert.equal(res[0].result.status, 'SUCCESS', JSON.stringify(res[0].result));
        const got = await client.data.getterById().withClassName(BOOK).withId(id).do();
        assert.deepEqual(
            got.properties.writtenBy.map((r) => r.beacon),
            [beacon(AUTHOR, authors[1])],
        );
    });

    it('references between tenants of multi-tenant classes carry the tenant', async () => {
        const a = uuid();
        const b = uuid();
        await importAll(client, [
            { class: MT_AUTHOR, id: a, tenant: 'ta', properties: {} },
            { class: MT_BOOK, id: b, tenant: 'ta', properties: {} },
        ]);
        const payload = client.batch
            .referencePayloadBuilder()
            .withFromClassName(MT_BOOK)
            .withFromRefProp('writtenBy')
            .withFromId(b)
            .withToClassName(MT_AUTHOR)
            .withToId(a)
            .payload();
        const res = await client.batch.referencesBatcher().withReference({ ...payload, tenant: 'ta' }).do();
        assert.equal(res[0].result.status, 'SUCCESS', JSON.stringify(res[0]));
        const got = await client.data.getterById().withClassName(MT_BOOK).withId(b).withTenant('ta').do();
        assert.deepEqual(
            got.properties.writtenBy.map((r) => r.beacon),
            [beacon(MT_AUTHOR, a)],
        );
    });
});
