// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// Connecting with connectToCustom (REST port and gRPC port): the client's meta check and its gRPC health check pass,
// tenants are listed over gRPC TenantsGet, and auth failures on the gRPC side are reported as such.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { API_KEY, classPrefix, connect, dropCollections, expectFailure, weaviate } from './helpers.mjs';

const P = classPrefix('Conn');
const MT = `${P}Mt`;

describe('connect and tenants', () => {
    let client;

    before(async () => {
        client = await connect();
        await client.collections.create({ name: MT, multiTenancy: weaviate.configure.multiTenancy({ enabled: true }) });
        await client.collections.get(MT).tenants.create([
            { name: 'hot' },
            { name: 'cold', activityStatus: 'INACTIVE' },
        ]);
    });

    after(async () => {
        await dropCollections(client, [MT]);
        client.close();
    });

    it('connects: ready, live, a version with gRPC', async () => {
        assert.equal(await client.isReady(), true);
        assert.equal(await client.isLive(), true);
        const meta = await client.getMeta();
        assert.match(meta.version, /^\d+\.\d+\.\d+/);
        assert.equal(meta.grpcMaxMessageSize, 104858000);
    });

    it('lists tenants with their activity status (gRPC TenantsGet)', async () => {
        const tenants = await client.collections.get(MT).tenants.get();
        assert.deepEqual(Object.keys(tenants).sort(), ['cold', 'hot']);
        assert.equal(tenants.hot.activityStatus, 'ACTIVE');
        assert.equal(tenants.cold.activityStatus, 'INACTIVE');
        const some = await client.collections.get(MT).tenants.getByNames(['hot', 'nobody']);
        assert.deepEqual(Object.keys(some), ['hot']);
    });

    // The client checks /v1/meta over REST before anything else, so that is where a bad key surfaces; the emulator's
    // gRPC auth codes (UNAUTHENTICATED) are covered by tests/emulator/TestEmulatorGrpc.cpp.
    it('refuses a wrong or missing API key at connect', { skip: !API_KEY && 'the server under test has no API key' }, async () => {
        let err = await expectFailure(connect({ apiKey: 'not-the-key' }), /invalid api key/);
        assert.equal(err.name, 'WeaviateStartUpError');
        err = await expectFailure(connect({ apiKey: null }), /anonymous access not enabled/);
        assert.equal(err.name, 'WeaviateStartUpError');
    });

});
