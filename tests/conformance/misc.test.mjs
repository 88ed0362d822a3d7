// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// Health and meta: /v1/.well-known/live, /v1/.well-known/ready, /v1/meta, plus the swagger-level error shapes
// that the v2 client has no API for (checked with raw fetch).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeClient, WEAVIATE_URL } from './helpers.mjs';

describe('misc: health and meta', () => {
    const client = makeClient();

    it('liveChecker reports live', async () => {
        assert.equal(await client.misc.liveChecker().do(), true);
    });

    it('readyChecker reports ready', async () => {
        assert.equal(await client.misc.readyChecker().do(), true);
    });

    it('live and ready answer 200 with an empty body and need no auth', async () => {
        for (const path of ['/v1/.well-known/live', '/v1/.well-known/ready']) {
            const res = await fetch(`${WEAVIATE_URL}${path}`);
            assert.equal(res.status, 200, path);
            assert.equal(await res.text(), '', `${path} body`);
        }
    });

    it('metaGetter returns hostname, a semver version and a modules object', async () => {
        const meta = await client.misc.metaGetter().do();
        assert.equal(typeof meta.version, 'string');
        assert.match(meta.version, /^\d+\.\d+\.\d+/);
        const [major, minor] = meta.version.split('.').map(Number);
        assert.ok(major > 1 || (major === 1 && minor >= 25), `version ${meta.version} should be >= 1.25`);
        assert.equal(typeof meta.hostname, 'string');
        if (meta.modules !== undefined) {
            assert.equal(typeof meta.modules, 'object');
            assert.ok(!Array.isArray(meta.modules));
        }
        if (meta.grpcMaxMessageSize !== undefined) {
            assert.equal(typeof meta.grpcMaxMessageSize, 'number');
        }
    });

    it('a client pointed at a closed port reports not live', async () => {
        const dead = makeClient({ host: 'http://127.0.0.1:1' });
        assert.equal(await dead.misc.liveChecker().do(), false);
    });

    it('unknown route is a swagger 404 {"code":404,"message":"path ... was not found"}', async () => {
        const res = await fetch(`${WEAVIATE_URL}/v1/no-such-route`);
        assert.equal(res.status, 404);
        const body = await res.json();
        assert.equal(body.code, 404);
        assert.match(body.message, /path \/v1\/no-such-route was not found/);
    });

    it('malformed JSON body is a swagger 400', async () => {
        const res = await fetch(`${WEAVIATE_URL}/v1/schema`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...authHeader() },
            body: '{"class": ',
        });
        assert.equal(res.status, 400);
        const body = await res.json();
        assert.equal(body.code, 400);
        assert.equal(typeof body.message, 'string');
    });

    it('wrong method is 405 with an Allow header', async () => {
        const res = await fetch(`${WEAVIATE_URL}/v1/meta`, { method: 'DELETE', headers: authHeader() });
        assert.equal(res.status, 405);
        assert.ok(res.headers.get('allow'), 'Allow header');
    });
});

function authHeader() {
    const key = process.env.WEAVIATE_API_KEY;
    return key ? { authorization: `Bearer ${key}` } : {};
}
