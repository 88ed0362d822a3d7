// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// node sink.mjs PORTFILE: an HTTP server on 127.0.0.1 that reads each request body and answers {} at once (keep-alive);
// writes its port into PORTFILE.
import http from 'node:http';
import fs from 'node:fs';

const server = http.createServer((req, res) => {
    req.on('data', () => {});
    req.on('end', () => {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': 2 });
        res.end('{}');
    });
});
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => fs.writeFileSync(process.argv[2], String(server.address().port)));
