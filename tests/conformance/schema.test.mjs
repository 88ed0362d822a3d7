// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// Schema: class create/get/list/exists/delete, server defaults, name normalisation, multi-tenant and named-vector
// (incl. multi-vector) classes, adding properties, and the 422/404 error cases.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { classPrefix, dropClasses, errorMessage, expectHttpError, makeClient } from './helpers.mjs';

const P = classPrefix('Schema');
const ARTICLE = `${P}Article`;
const LOWER = `${P}Lower`;
const MT = `${P}Mt`;
const NAMED = `${P}Named`;
const DOOMED = `${P}Doomed`;

describe('schema', () => {
    const client = makeClient();

    before(async () => {
        await dropClasses(client, [ARTICLE, LOWER, MT, NAMED, DOOMED]);
    });
    after(async () => {
        await dropClasses(client, [ARTICLE, LOWER, MT, NAMED, DOOMED]);
    });

    it('creates a class and echoes it with server defaults', async () => {
        const created = await client.schema
            .classCreator()
            .withClass({
                class: ARTICLE,
                description: 'conformance article',
                vectorizer: 'none',
                properties: [
                    { name: 'Title', dataType: ['text'] },
                    { name: 'count', dataType: ['int'] },
                    { name: 'published', dataType: ['date'] },
                    { name: 'score', dataType: ['number'] },
                    { name: 'tags', dataType: ['text[]'] },
                ],
            })
            .do();
        assert.equal(created.class, ARTICLE);
        assert.equal(created.vectorizer, 'none');
        assert.equal(created.vectorIndexType, 'hnsw');
        assert.equal(typeof created.vectorIndexConfig, 'object');
        assert.equal(created.vectorIndexConfig.distance, 'cosine');
        const names = created.properties.map((p) => p.name);
        assert.deepEqual(names, ['title', 'count', 'published', 'score', 'tags'], 'property names lower-first, order kept');
        const title = created.properties[0];
        assert.equal(title.tokenization, 'word');
        assert.equal(title.indexFilterable, true);
        assert.equal(title.indexSearchable, true);
        const count = created.properties[1];
        assert.equal(count.indexFilterable, true);
        assert.equal(count.indexSearchable, false);
        assert.equal(created.invertedIndexConfig.bm25.b, 0.75);
        assert.equal(created.invertedIndexConfig.bm25.k1, 1.2);
        assert.equal(created.multiTenancyConfig.enabled, false);
        assert.equal(created.replicationConfig.factor, 1);
        assert.equal(created.shardingConfig.desiredCount, 1);
    });

    it('upper-cases the first letter of a class name on create and on lookup', async () => {
        const lowerName = LOWER[0].toLowerCase() + LOWER.slice(1);
        const created = await client.schema.classCreator().withClass({ class: lowerName, vectorizer: 'none' }).do();
        assert.equal(created.class, LOWER);
        const got = await client.schema.classGetter().withClassName(lowerName).do();
        assert.equal(got.class, LOWER);
    });

    it('creates a multi-tenant class (sharding config zeroed)', async () => {
        const created = await client.schema
            .classCreator()
            .withClass({
                class: MT,
                vectorizer: 'none',
                multiTenancyConfig: { enabled: true },
                properties: [{ name: 'title', dataType: ['text'] }],
            })
            .do();
        assert.equal(created.multiTenancyConfig.enabled, true);
        const got = await client.schema.classGetter().withClassName(MT).do();
        assert.equal(got.multiTenancyConfig.enabled, true);
        assert.equal(typeof got.multiTenancyConfig.autoTenantCreation, 'boolean');
        if (got.shardingConfig !== undefined) {
            assert.equal(got.shardingConfig.desiredCount, 0, 'MT classes store a zeroed shardingConfig');
        }
    });

    it('rejects shardingConfig together with multiTenancyConfig', async () => {
        const parsed = await expectHttpError(
            client.schema
                .classCreator()
                .withClass({
                    class: `${P}MtSharded`,
                    multiTenancyConfig: { enabled: true },
                    shardingConfig: { desiredCount: 1 },
                })
                .do(),
            422,
        );
        assert.match(errorMessage(parsed), /cannot have both shardingConfig and multiTenancyConfig/);
    });

    it('creates a class with named vectors and a multi-vector (colbert) vector', async () => {
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
        const got = await client.schema.classGetter().withClassName(NAMED).do();
        assert.deepEqual(Object.keys(got.vectorConfig).sort(), ['colbert', 'title_vec']);
        assert.deepEqual(got.vectorConfig.title_vec.vectorizer, { none: {} });
        assert.equal(got.vectorConfig.title_vec.vectorIndexType, 'hnsw');
        assert.equal(got.vectorConfig.colbert.vectorIndexType, 'hnsw');
        assert.equal(got.vectorConfig.colbert.vectorIndexConfig.multivector.enabled, true);
        assert.notEqual(got.vectorConfig.title_vec.vectorIndexConfig?.multivector?.enabled, true);
    });

    it('rejects legacy vector index fields combined with named vectors', async () => {
        await expectHttpError(
            client.schema
                .classCreator()
                .withClass({
                    class: `${P}Both`,
                    vectorIndexType: 'hnsw',
                    vectorConfig: { v: { vectorizer: { none: {} }, vectorIndexType: 'hnsw' } },
                })
                .do(),
            422,
        );
        assert.equal(await client.schema.exists(`${P}Both`), false);
    });

    it('lists all created classes and answers exists()', async () => {
        const schema = await client.schema.getter().do();
        assert.ok(Array.isArray(schema.classes));
        const names = schema.classes.map((c) => c.class);
        for (const name of [ARTICLE, LOWER, MT, NAMED]) {
            assert.ok(names.includes(name), `${name} listed`);
        }
        assert.equal(await client.schema.exists(ARTICLE), true);
        assert.equal(await client.schema.exists(`${P}Missing`), false);
    });

    it('getting an unknown class is 404 with an empty body', async () => {
        const parsed = await expectHttpError(client.schema.classGetter().withClassName(`${P}Missing`).do(), 404);
        assert.equal(parsed.raw, '');
    });

    it('adds a property (name lower-first, defaults applied) and GET shows it', async () => {
        const prop = await client.schema
            .propertyCreator()
            .withClassName(ARTICLE)
            .withProperty({ name: 'Summary', dataType: ['text'] })
            .do();
        assert.equal(prop.name, 'summary');
        assert.equal(prop.tokenization, 'word');
        assert.equal(prop.indexFilterable, true);
        assert.equal(prop.indexSearchable, true);
        const got = await client.schema.classGetter().withClassName(ARTICLE).do();
        assert.ok(got.properties.some((p) => p.name === 'summary' && p.dataType[0] === 'text'));
    });

    it('adding an existing property is 422 "conflict for property"', async () => {
        const parsed = await expectHttpError(
            client.schema.propertyCreator().withClassName(ARTICLE).withProperty({ name: 'title', dataType: ['text'] }).do(),
            422,
        );
        assert.match(errorMessage(parsed), /conflict for property "title"/);
    });

    it('adding a property to a missing class is 422 (not 404)', async () => {
        await expectHttpError(
            client.schema.propertyCreator().withClassName(`${P}Missing`).withProperty({ name: 'x', dataType: ['text'] }).do(),
            422,
        );
    });

    it('a duplicate class is 422 "class name X already exists"', async () => {
        const parsed = await expectHttpError(
            client.schema.classCreator().withClass({ class: ARTICLE, vectorizer: 'none' }).do(),
            422,
        );
        assert.equal(errorMessage(parsed), `class name ${ARTICLE} already exists`);
    });

    it('a case-insensitive duplicate is 422 "found similar class"', async () => {
        const parsed = await expectHttpError(
            client.schema.classCreator().withClass({ class: ARTICLE.toUpperCase(), vectorizer: 'none' }).do(),
            422,
        );
        assert.match(errorMessage(parsed), new RegExp(`class already exists: found similar class "${ARTICLE}"`));
    });

    it('an invalid class name is 422 "is not a valid class name"', async () => {
        const parsed = await expectHttpError(
            client.schema.classCreator().withClass({ class: 'Bad-Name', vectorizer: 'none' }).do(),
            422,
        );
        assert.match(errorMessage(parsed), /'Bad-Name' is not a valid class name/);
    });

    it('an unknown dataType is 422', async () => {
        const parsed = await expectHttpError(
            client.schema
                .classCreator()
                .withClass({ class: `${P}BadType`, properties: [{ name: 'x', dataType: ['nonsense'] }] })
                .do(),
            422,
        );
        assert.match(errorMessage(parsed), /invalid dataType/);
    });

    it('deletes a class; deleting again still succeeds (idempotent)', async () => {
        await client.schema.classCreator().withClass({ class: DOOMED, vectorizer: 'none' }).do();
        assert.equal(await client.schema.exists(DOOMED), true);
        await client.schema.classDeleter().withClassName(DOOMED).do();
        assert.equal(await client.schema.exists(DOOMED), false);
        await client.schema.classDeleter().withClassName(DOOMED).do();
        await expectHttpError(client.schema.classGetter().withClassName(DOOMED).do(), 404);
    });
});
