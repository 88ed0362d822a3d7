// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// API-key authentication: a second emulator started with --api-key secret-key rejects a client without a key
// (401 "anonymous access not enabled") or with a wrong key (401 "invalid api key"), accepts
// apiKey: new ApiKey('secret-key') on REST and GraphQL, and leaves live/ready open. Needs the emulator binary
// (WEAVIATE_EMULATOR_BIN), so it is skipped when the suite runs against an external WEAVIATE_URL.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { after, before, describe, it } from 'node:test';
import { classPrefix, EMULATOR_BIN, expectHttpError, makeClient, uuid } from './helpers.mjs';

const SKIP = EMULATOR_BIN ? false : 'needs a second emulator (WEAVIATE_EMULATOR_BIN); skipped against an external WEAVIATE_URL';
const KEY = 'secret-key';
const P = classPrefix('Auth');
const CLS = `${P}Secure`;

function startEmulator(args) {
    return new Promise((resolve, reject) => {
        const child = spawn(EMULATOR_BIN, args, { stdio: ['ignore', 'pipe', 'inherit'] });
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            reject(new Error('emulator did not announce its port within 20 s'));
        }, 20_000);
        child.once('error', (err) => {
            clearTimeout(timer);
            reject(err);
        });
        child.once('exit', (code, signal) => {
            clearTimeout(timer);
            reject(new Error(`emulator exited early (code ${code}, signal ${signal})`));
        });
        const lines = createInterface({ input: child.stdout });
        lines.once('line', (line) => {
            clearTimeout(timer);
            const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
            if (!m) {
                child.kill('SIGKILL');
                reject(new Error(`unexpected first line from the emulator: ${line}`));
                return;
            }
            child.removeAllListeners('exit');
            lines.on('line', () => {}); // keep draining stdout
            resolve({ child, url: m[1] });
        });
    });
}

describe('API key authentication', { skip: SKIP }, () => {
    let emu;
    let url;
    const killEmu = () => {
        if (emu && emu.exitCode === null && emu.signalCode === null) {
            emu.kill('SIGTERM');
        }
    };

    before(async () => {
        ({ child: emu, url } = await startEmulator(['--port', '0', '--max-results', '100', '--api-key', KEY]));
        process.once('exit', killEmu);
    });
    after(async () => {
        if (!emu) {
            return;
        }
        const exited = new Promise((r) => emu.once('exit', r));
        killEmu();
        await exited;
    });

    it('live and ready need no key', async () => {
        const anon = makeClient({ host: url, apiKey: undefined });
        assert.equal(await anon.misc.liveChecker().do(), true);
        assert.equal(await anon.misc.readyChecker().do(), true);
    });

    it('a client without a key gets 401 "anonymous access not enabled"', async () => {
        const anon = makeClient({ host: url, apiKey: undefined });
        const meta = await expectHttpError(anon.misc.metaGetter().do(), 401, 'anonymous access not enabled');
        assert.equal(meta.body.code, 401);
        await expectHttpError(anon.schema.getter().do(), 401, 'anonymous access not enabled');
        await expectHttpError(
            anon.batch.objectsBatcher().withObject({ class: CLS, id: uuid(), properties: {} }).do(),
            401,
        );
    });

    it('a client with a wrong key gets 401 "unauthorized: invalid api key"', async () => {
        const wrong = makeClient({ host: url, apiKey: 'wrong-key' });
        const parsed = await expectHttpError(wrong.misc.metaGetter().do(), 401);
        assert.deepEqual(parsed.body, { code: 401, message: 'unauthorized: invalid api key' });
        await expectHttpError(wrong.schema.getter().do(), 401, 'invalid api key');
    });

    it('GraphQL without a key is rejected with HTTP 401', async () => {
        const anon = makeClient({ host: url, apiKey: undefined });
        try {
            await anon.graphql.aggregate().withClassName(CLS).withFields('meta { count }').do();
            assert.fail('expected a 401');
        } catch (err) {
            if (err instanceof assert.AssertionError) {
                throw err;
            }
            assert.equal(err.response?.status, 401, String(err));
        }
    });

    it('apiKey: new ApiKey("secret-key") is accepted on REST and GraphQL', async () => {
        const authed = makeClient({ host: url, apiKey: KEY });
        const meta = await authed.misc.metaGetter().do();
        assert.equal(typeof meta.version, 'string');
        await authed.schema
            .classCreator()
            .withClass({ class: CLS, vectorizer: 'none', properties: [{ name: 'title', dataType: ['text'] }] })
            .do();
        const id = uuid();
        const res = await authed.batch.objectsBatcher().withObject({ class: CLS, id, properties: { title: 't' } }).do();
        assert.equal(res[0].result.status, 'SUCCESS');
        const got = await authed.data.getterById().withClassName(CLS).withId(id).do();
        assert.equal(got.properties.title, 't');
        const page = await authed.data.getter().withClassName(CLS).withLimit(10).do();
        assert.equal(page.objects.length, 1);
        const agg = await authed.graphql.aggregate().withClassName(CLS).withFields('meta { count }').do();
        assert.equal(agg.data.Aggregate[CLS][0].meta.count, 1);
        await authed.schema.classDeleter().withClassName(CLS).do();
        assert.equal(await authed.schema.exists(CLS), false);
    });
});
