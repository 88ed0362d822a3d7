// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// Shared helpers for the conformance suite. Every test file talks to the server named by WEAVIATE_URL through the
// official weaviate-ts-client v2, so the same files prove the emulator and can be pointed at a real Weaviate.
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import weaviate, { ApiKey } from 'weaviate-ts-client';

export { weaviate, ApiKey };

export const WEAVIATE_URL = process.env.WEAVIATE_URL ?? '';
// Set by run.sh only when it started the emulator itself (the auth tests start a second instance).
export const EMULATOR_BIN = process.env.WEAVIATE_EMULATOR_BIN ?? '';
// QUERY_MAXIMUM_RESULTS of the server under test when known (run.sh starts the emulator with 100).
export const MAX_RESULTS = Number.parseInt(process.env.WEAVIATE_MAX_RESULTS ?? '', 10) || 0;

if (!WEAVIATE_URL) {
    throw new Error('WEAVIATE_URL is not set: run the suite through tests/conformance/run.sh');
}

export function makeClient(options = {}) {
    const params = { host: options.host ?? WEAVIATE_URL };
    const key = 'apiKey' in options ? options.apiKey : process.env.WEAVIATE_API_KEY;
    if (key) {
        params.apiKey = new ApiKey(key);
    }
    return weaviate.client(params);
}

// A class-name prefix unique to one test file and one run, so files can run in parallel and re-runs against a
// long-lived server never collide with leftovers.
export function classPrefix(area) {
    const tag = randomBytes(4).toString('hex');
    return `Cf${area}${tag}`;
}

export async function dropClasses(client, names) {
    for (const name of names) {
        try {
            await client.schema.classDeleter().withClassName(name).do();
        } catch {
            // best-effort cleanup: the assertion that failed already tells the story
        }
    }
}

// The v2 client turns every HTTP status >= 400 into Error(`usage error (<status>): <body as compact JSON or raw>`).
export function parseUsageError(err) {
    const m = /^usage error \((\d+)\): ([\s\S]*)$/.exec(err?.message ?? '');
    if (!m) {
        return null;
    }
    let body = null;
    try {
        body = m[2] === '' ? null : JSON.parse(m[2]);
    } catch {
        body = m[2];
    }
    return { status: Number(m[1]), raw: m[2], body };
}

// Await a promise that must fail with the given HTTP status. `contains` (string or RegExp) must match the whole
// body text. Returns { status, raw, body } for further checks.
export async function expectHttpError(promise, status, contains) {
    let err;
    try {
        const value = await promise;
        assert.fail(`expected HTTP ${status}, but the call succeeded with ${JSON.stringify(value)}`);
    } catch (e) {
        if (e instanceof assert.AssertionError) {
            throw e;
        }
        err = e;
    }
    const parsed = parseUsageError(err);
    assert.ok(parsed, `expected a client "usage error", got: ${err?.stack ?? err}`);
    assert.equal(parsed.status, status, `status of ${parsed.raw}`);
    if (contains instanceof RegExp) {
        assert.match(parsed.raw, contains);
    } else if (contains !== undefined) {
        assert.ok(parsed.raw.includes(contains), `body ${JSON.stringify(parsed.raw)} should contain ${JSON.stringify(contains)}`);
    }
    return parsed;
}

// Weaviate handler errors have the shape {"error":[{"message":"..."}]} with exactly one item.
export function errorMessage(parsed) {
    assert.ok(parsed.body && Array.isArray(parsed.body.error), `expected {"error":[...]} body, got ${parsed.raw}`);
    assert.equal(parsed.body.error.length, 1, `expected exactly one error item: ${parsed.raw}`);
    assert.equal(typeof parsed.body.error[0].message, 'string');
    return parsed.body.error[0].message;
}

// GraphQL errors come back as HTTP 200 with errors[]; graphql-request (inside the client) throws a ClientError.
export async function expectGraphqlError(promise, contains) {
    let err;
    try {
        const value = await promise;
        assert.fail(`expected a GraphQL error, but got ${JSON.stringify(value)}`);
    } catch (e) {
        if (e instanceof assert.AssertionError) {
            throw e;
        }
        err = e;
    }
    assert.ok(err.response, `expected a graphql-request ClientError, got: ${err?.stack ?? err}`);
    assert.equal(err.response.status, 200, 'GraphQL query errors are sent with HTTP 200');
    assert.ok(Array.isArray(err.response.errors) && err.response.errors.length > 0, 'errors[] must be non-empty');
    const messages = err.response.errors.map((e) => e.message).join(' | ');
    if (contains instanceof RegExp) {
        assert.match(messages, contains);
    } else if (contains !== undefined) {
        assert.ok(messages.includes(contains), `GraphQL errors ${JSON.stringify(messages)} should contain ${JSON.stringify(contains)}`);
    }
    return err.response.errors;
}

export const uuid = () => randomUUID();

// Vectors made of float32-representable values, so a server that stores float32 must give back exactly them.
export function randomVector(dim) {
    return Array.from({ length: dim }, () => Math.fround(Math.random() * 2 - 1));
}

export function assertVectorEqual(actual, expected, what = 'vector') {
    assert.ok(Array.isArray(actual), `${what}: expected an array, got ${JSON.stringify(actual)}`);
    assert.equal(actual.length, expected.length, `${what}: length`);
    for (let i = 0; i < expected.length; ++i) {
        if (Array.isArray(expected[i])) {
            assertVectorEqual(actual[i], expected[i], `${what}[${i}]`);
        } else {
            assert.equal(Math.fround(actual[i]), Math.fround(expected[i]), `${what}[${i}] (float32)`);
        }
    }
}

export const MATCH_ALL = { path: ['id'], operator: 'Like', valueText: '*' };

// Import objects in chunks and require every item to succeed.
export async function importAll(client, objects, chunk = 100) {
    for (let i = 0; i < objects.length; i += chunk) {
        const res = await client.batch.objectsBatcher().withObjects(objects.slice(i, i + chunk)).do();
        assert.equal(res.length, Math.min(chunk, objects.length - i));
        for (const item of res) {
            assert.equal(item.result?.status, 'SUCCESS', `batch item ${item.id}: ${JSON.stringify(item.result)}`);
        }
    }
}

export async function aggregateCount(client, className, tenant) {
    let q = client.graphql.aggregate().withClassName(className).withFields('meta { count }');
    if (tenant) {
        q = q.withTenant(tenant);
    }
    const res = await q.do();
    const rows = res.data.Aggregate[className];
    assert.ok(Array.isArray(rows) && rows.length === 1, `Aggregate rows: ${JSON.stringify(res)}`);
    return rows[0].meta.count;
}

// Reads a whole class (or tenant) with the REST cursor and returns the objects in the order received.
export async function readAllWithCursor(client, className, { limit = 50, tenant, vector = false } = {}) {
    const all = [];
    let after;
    for (;;) {
        let q = client.data.getter().withClassName(className).withLimit(limit);
        if (after) {
            q = q.withAfter(after);
        }
        if (tenant) {
            q = q.withTenant(tenant);
        }
        if (vector) {
            q = q.withVector();
        }
        const page = await q.do();
        const objects = page.objects ?? [];
        all.push(...objects);
        if (objects.length < limit) {
            return all;
        }
        after = objects[objects.length - 1].id;
    }
}
