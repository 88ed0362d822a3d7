// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// Shared helpers for the v3 conformance suite. Every test file talks to the server named by WEAVIATE_URL (REST) and
// WEAVIATE_GRPC_PORT (gRPC, same host) through the official weaviate-client v3, which counts, lists and imports over
// gRPC.
// run.sh starts the emulator with GraphQL disabled, so nothing here can pass through GraphQL by accident.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import weaviate from 'weaviate-client';

export { weaviate };

export const WEAVIATE_URL = process.env.WEAVIATE_URL ?? '';
export const GRPC_PORT = Number.parseInt(process.env.WEAVIATE_GRPC_PORT ?? '', 10) || 50051;
export const API_KEY = process.env.WEAVIATE_API_KEY ?? '';

if (!WEAVIATE_URL) {
    throw new Error('WEAVIATE_URL is not set: run the suite through tests/conformance-v3/run.sh');
}

const rest = new URL(WEAVIATE_URL);

// connectToCustom with the REST port and the gRPC port of the server under test. `apiKey: null` connects without
// one; `skipInitChecks` skips the client's meta and gRPC health checks (for the wrong-key tests).
export async function connect(options = {}) {
    const key = 'apiKey' in options ? options.apiKey : API_KEY;
    return weaviate.connectToCustom({
        httpHost: rest.hostname,
        httpPort: Number(rest.port),
        httpSecure: rest.protocol === 'https:',
        grpcHost: rest.hostname,
        grpcPort: GRPC_PORT,
        grpcSecure: rest.protocol === 'https:',
        authCredentials: key ? new weaviate.ApiKey(key) : undefined,
        skipInitChecks: options.skipInitChecks ?? false,
    });
}

// A collection-name prefix unique to one test file and one run, so files can run in parallel and re-runs against a
// long-lived server never collide with leftovers.
export function classPrefix(area) {
    return `Cv${area}${randomBytes(4).toString('hex')}`;
}

export async function dropCollections(client, names) {
    for (const name of names) {
        try {
            await client.collections.delete(name);
        } catch {
            // best-effort cleanup: the assertion that failed already tells the story
        }
    }
}

function restHeaders() {
    const headers = { 'content-type': 'application/json' };
    if (API_KEY) {
        headers.authorization = `Bearer ${API_KEY}`;
    }
    return headers;
}

// Writes objects through REST /v1/batch/objects, independent of the client's gRPC insertMany: the iterator tests'
// data, and the REST-written twins insert.test.mjs compares gRPC writes with.
export async function restBatch(objects) {
    const headers = restHeaders();
    const res = await fetch(new URL('/v1/batch/objects', WEAVIATE_URL), {
        method: 'POST',
        headers,
        body: JSON.stringify({ objects }),
    });
    const text = await res.text();
    assert.equal(res.status, 200, `batch answered ${res.status}: ${text}`);
    const items = JSON.parse(text);
    const failed = items.filter((item) => item.result?.errors);
    assert.deepEqual(failed, [], 'every batch item must succeed');
}

// GET over REST: { status, json } (json is null for an empty body).
export async function restGet(path) {
    const res = await fetch(new URL(path, WEAVIATE_URL), { headers: restHeaders() });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : null };
}

// A random vector of `dims` float32-exact numbers.
export function randomVector(dims) {
    return Array.from({ length: dims }, () => Math.fround(Math.random() * 2 - 1));
}

// Await a promise that must fail; returns the error. `contains` (string or RegExp) must match its message.
export async function expectFailure(promise, contains) {
    let err;
    try {
        const value = await promise;
        assert.fail(`expected a failure, but the call succeeded with ${JSON.stringify(value)}`);
    } catch (e) {
        if (e instanceof assert.AssertionError) {
            throw e;
        }
        err = e;
    }
    if (contains instanceof RegExp) {
        assert.match(err.message, contains);
    } else if (contains !== undefined) {
        assert.ok(err.message.includes(contains), `${JSON.stringify(err.message)} should contain ${JSON.stringify(contains)}`);
    }
    return err;
}
