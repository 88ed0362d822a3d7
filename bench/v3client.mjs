// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// Shared by the benchmarks' weaviate-client v3 peers (bench/backup/v3-iterator.mjs, bench/restore/v3-insert.mjs):
// loads the official v3 client from tests/conformance-v3/node_modules (npm ci there), so the benchmarks need no
// package of their own, connects it to a REST URL and a gRPC port on the same host, and reads this process's I/O
// counters.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const conformance = resolve(here, '../tests/conformance-v3');
// Resolved through the conformance package so that its "exports" map picks the client's ESM build.
const require = createRequire(resolve(conformance, 'package.json'));
const { default: weaviate } = await import(pathToFileURL(require.resolve('weaviate-client')).href);

export { weaviate };

export async function connectV3(url, grpcPort) {
    const rest = new URL(url);
    return weaviate.connectToCustom({
        httpHost: rest.hostname,
        httpPort: Number(rest.port),
        httpSecure: false,
        grpcHost: rest.hostname,
        grpcPort: Number(grpcPort),
        grpcSecure: false,
    });
}

// Bytes this process has read and written through system calls so far (/proc/self/io rchar, wchar): sockets and
// files alike, so a caller takes the difference over a stretch that does only the I/O it wants to count. For a
// gRPC client that is the HTTP/2 stream as sent or received, framing included.
export function ioBytes() {
    const fields = Object.fromEntries(
        fs.readFileSync('/proc/self/io', 'utf8').trim().split('\n').map((line) => {
            const [key, value] = line.split(':');
            return [key.trim(), Number(value)];
        }));
    return { read: fields.rchar ?? 0, written: fields.wchar ?? 0 };
}
