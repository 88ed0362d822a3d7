// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// The S3-compatible server of the S3 tests (tests/core/TestS3Client.cpp): s3rver on 127.0.0.1, started as
//     node --openssl-legacy-provider tests/s3/start.cjs CONFIG.json
// (s3rver encrypts ListObjectsV2 continuation tokens with DES, which OpenSSL 3 keeps in its legacy provider)
// with CONFIG {"port", "directory", "buckets": [...], "accessKeyId", "secretAccessKey", "dropOnce"?}.
// s3rver checks SigV4 signatures with the configured key, and implements multipart upload, ranged GET and
// ListObjectsV2. It lacks two calls the tests need, added here over its own file store:
//   - ListMultipartUploads (GET /BUCKET?uploads): to prove that an abort left nothing pending;
//   - AbortMultipartUpload (DELETE /BUCKET/KEY?uploadId=ID).
// These two do not check the signature (s3rver's router does that for every other call).
// "dropOnce": {"key", "partNumber"} cuts the connection of the first UploadPart of that part of that key after part
// of its body has arrived, and logs "dropped KEY part N": a connection dropped mid-part, for the retry test.
// "logReads": true logs "read KEY RANGE" for every GET of an object, to count what a reader fetched.
// It also corrects one s3rver bug: a range that ends at byte 0 ("bytes=0-0", how S3Client asks for an object's size)
// is read as "to the end" (its `options.end || Infinity`), so every size check would fetch the whole object (the
// 580 MiB of the benchmark's archive into colvault-cli's memory), and an empty object got Content-Length 1 without a
// byte. Here it is one byte, or 416 InvalidRange for an empty object, as S3 answers.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const S3rver = require('@20minutes/s3rver');
const AWSAccount = require('@20minutes/s3rver/lib/models/account');

const config = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
AWSAccount.DUMMY_ACCOUNT.createKeyPair(config.accessKeyId, config.secretAccessKey);

const server = new S3rver({
  address: '127.0.0.1',
  port: config.port,
  silent: true,
  directory: config.directory,
  vhostBuckets: false, // path style only: s3rver signs BUCKET.host/KEY as /BUCKET/KEY, where S3 signs /KEY
  configureBuckets: (config.buckets || []).map((name) => ({ name })),
});

const storeGetObject = server.store.getObject.bind(server.store);
server.store.getObject = async (bucket, key, options) => {
  const object = await storeGetObject(bucket, key, options);
  if (!object || !options || options.end !== 0 || !object.range) return object;
  if (object.content) object.content.destroy();
  const start = options.start || 0;
  object.range = { start, end: 0 };
  object.content =
    object.size > 0 && start === 0
      ? fs.createReadStream(server.store.getResourcePath(bucket, key, 'object'), { start: 0, end: 0 })
      : null;
  return object;
};

const xmlEscape = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function uploadsDir(bucket) {
  return server.store.getResourcePath(bucket, undefined, 'uploads');
}

function pendingUploads(bucket, prefix) {
  const dir = uploadsDir(bucket);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((id) => ({ id, key: fs.readFileSync(path.join(dir, id, 'key'), 'utf8') }))
    .filter((u) => u.key.startsWith(prefix || ''))
    .sort((a, b) => a.key.localeCompare(b.key));
}

function listUploads(ctx, bucket) {
  const uploads = pendingUploads(bucket, ctx.query.prefix)
    .map((u) => `<Upload><Key>${xmlEscape(u.key)}</Key><UploadId>${u.id}</UploadId></Upload>`)
    .join('');
  ctx.type = 'application/xml';
  ctx.body =
    '<?xml version="1.0" encoding="UTF-8"?>\n<ListMultipartUploadsResult>' +
    `<Bucket>${xmlEscape(bucket)}</Bucket><IsTruncated>false</IsTruncated>${uploads}</ListMultipartUploadsResult>`;
}

function abortUpload(ctx, bucket) {
  const dir = path.join(uploadsDir(bucket), path.basename(String(ctx.query.uploadId)));
  if (!fs.existsSync(dir)) {
    ctx.status = 404;
    ctx.type = 'application/xml';
    ctx.body =
      '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchUpload</Code>' +
      '<Message>The specified upload does not exist.</Message></Error>';
    return;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  ctx.status = 204;
}

let dropped = false;
function dropsThisPart(ctx, bucket, key) {
  const d = config.dropOnce;
  return (
    d && !dropped && ctx.method === 'PUT' && key === d.key && 'uploadId' in ctx.query &&
    Number(ctx.query.partNumber) === d.partNumber
  );
}

function dropMidBody(ctx, key) {
  dropped = true;
  return new Promise((resolve) => {
    let seen = 0;
    ctx.req.on('data', (chunk) => {
      seen += chunk.length;
      if (seen >= 65536 && !ctx.req.socket.destroyed) {
        console.log(`dropped ${key} part ${config.dropOnce.partNumber}`);
        ctx.req.socket.destroy();
        resolve();
      }
    });
    ctx.req.on('close', resolve);
  });
}

// Right before s3rver's router: after its XML encoder and after its virtual-host middleware has moved the bucket of
// BUCKET.s3.localhost into the path.
server.middleware.splice(server.middleware.length - 1, 0, async (ctx, next) => {
  const m = /^\/([^/]+)(?:\/(.+))?$/.exec(ctx.path);
  const bucket = m && m[1];
  const key = m && m[2] && decodeURIComponent(m[2]);
  if (bucket && !key && ctx.method === 'GET' && 'uploads' in ctx.query) return listUploads(ctx, bucket);
  if (bucket && key && ctx.method === 'DELETE' && 'uploadId' in ctx.query) return abortUpload(ctx, bucket);
  if (bucket && key && dropsThisPart(ctx, bucket, key)) return dropMidBody(ctx, key);
  if (config.logReads && bucket && key && ctx.method === 'GET' && !('uploadId' in ctx.query))
    console.log(`read ${key} ${ctx.headers.range || 'whole'}`);
  return next();
});

server.run().then(
  (address) => console.log(`s3rver listening on ${address.address}:${address.port}`),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
