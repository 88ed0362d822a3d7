#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Colvault contributors
"""Writes the hostile and broken archive corpus (tests/data/hostile/) used by tests/core/TestHostileArchives.cpp.

    tools/make-hostile-archives.py [OUTDIR]        (default: tests/data/hostile next to this script's repo)
    tools/make-hostile-archives.py --check [DIR]   regenerate into a temp dir and compare byte for byte

The corpus is reproducible: it uses only the Python standard library (tarfile, gzip, lzma, hashlib), fixed
timestamps, fixed UUIDs and fixed floats, so running the script twice gives identical files. Each case starts
from a small valid archive written here independently of Colvault's writer (docs/archive-format.md), and breaks
exactly one thing. `valid.tar` is that baseline and must verify cleanly: it proves the other cases fail for the
reason they were built for. Archives are uncompressed tar unless the case is about the compressed stream.

Also usable as seeds for a fuzzer (fuzz/, later): every file is small.
"""
import gzip
import hashlib
import io
import json
import lzma
import os
import struct
import sys
import tarfile
import tempfile

MTIME = 1767225600  # 2026-01-01T00:00:00Z
CREATED = "2026-01-01T00:00:00.000Z"

CLASS = "Article"
MT_CLASS = "Tenanted"
DIMS = 4


def uuid(n, c=1):
    return "%08x-0000-4000-8000-%012x" % (c, n)


def uuid_bytes(text):
    return bytes.fromhex(text.replace("-", ""))


def manifest(fmt="colvault-archive", version=1, collections=None):
    if collections is None:
        collections = [{"name": CLASS, "multiTenancy": False}, {"name": MT_CLASS, "multiTenancy": True}]
    return json.dumps({
        "format": fmt,
        "formatVersion": version,
        "tool": {"name": "colvault", "version": "0.1.0"},
        "createdAt": CREATED,
        "source": {"url": "http://localhost:8080/", "serverVersion": "1.30.0", "modules": {}},
        "options": {"compression": "none"},
        "collections": collections,
    }, indent=4).encode()


def class_json(name, multi_tenant=False):
    return json.dumps({
        "class": name,
        "multiTenancyConfig": {"enabled": multi_tenant},
        "vectorizer": "none",
        "properties": [{"name": "title", "dataType": ["text"]}],
    }, separators=(",", ":")).encode()


def tenants_json():
    return json.dumps([{"name": "alpha", "activityStatus": "HOT"}]).encode()


def jsonl_line(oid, i):
    return json.dumps({"id": oid, "creationTimeUnix": 1700000000000 + i, "lastUpdateTimeUnix": 1700000000500 + i,
                       "properties": {"title": "object %d" % i}}, separators=(",", ":")).encode() + b"\n"


def vec_header(version=1):
    return b"CVVC" + struct.pack("<HH", version, 0)


def vec_record(oid, values, name=b"", rows=0, dims=None):
    dims = len(values) if dims is None else dims
    return (uuid_bytes(oid) + struct.pack("<H", 1) + struct.pack("<H", len(name)) + name
            + struct.pack("<II", rows, dims) + struct.pack("<%df" % len(values), *values))


def segment(ids, collection=1, dims=DIMS):
    lines = b"".join(jsonl_line(oid, i) for i, oid in enumerate(ids))
    vec = vec_header() + b"".join(vec_record(oid, [float(i) + k / 8 for k in range(dims)]) for i, oid in enumerate(ids))
    return lines, vec


def base_entries():
    """The valid baseline: Article (non-MT, 2 segments of 3 objects) and Tenanted (MT, tenant alpha, 2 objects)."""
    a0, v0 = segment([uuid(i) for i in range(3)])
    a1, v1 = segment([uuid(i) for i in range(3, 6)])
    t0, tv0 = segment([uuid(i, 2) for i in range(2)])
    return [
        ("manifest.json", manifest()),
        ("collections/Article/class.json", class_json(CLASS)),
        ("collections/Tenanted/class.json", class_json(MT_CLASS, True)),
        ("collections/Tenanted/tenants.json", tenants_json()),
        ("collections/Article/objects/000000.jsonl", a0),
        ("collections/Article/objects/000000.vec", v0),
        ("collections/Article/objects/000001.jsonl", a1),
        ("collections/Article/objects/000001.vec", v1),
        ("collections/Tenanted/tenants/alpha/objects/000000.jsonl", t0),
        ("collections/Tenanted/tenants/alpha/objects/000000.vec", tv0),
    ]


def counts_of(entries):
    """Trailer counts computed from the segments (objects = lines, vectors = one per line here)."""
    rows = {}
    for name, data in entries:
        if not name.endswith(".jsonl"):
            continue
        parts = name.split("/")
        key = (parts[1], parts[3]) if parts[2] == "tenants" else (parts[1], None)
        row = rows.setdefault(key, [0, 0, 0])
        n = data.count(b"\n")
        row[0] += n
        row[1] += n
        row[2] += 1
    out = []
    for (collection, tenant), (objects, vectors, segments) in rows.items():
        row = {"collection": collection}
        if tenant is not None:
            row["tenant"] = tenant
        row.update({"objects": objects, "vectors": vectors, "segments": segments})
        out.append(row)
    return out


def trailer(entries, complete=True, fmt="colvault-archive", counts=None):
    return json.dumps({
        "format": fmt, "formatVersion": 1, "complete": complete,
        "entries": [{"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()} for n, d in entries],
        "counts": counts_of(entries) if counts is None else counts,
        "extras": {},
    }, separators=(",", ":")).encode()


def with_trailer(entries, **kw):
    return entries + [("trailer.json", trailer(entries, **kw))]


class Entry:
    """One tar member; kind is 'file', 'symlink', 'hardlink', 'dir', 'chardev', 'fifo'."""

    def __init__(self, name, data=b"", kind="file", target="", size=None):
        self.name, self.data, self.kind, self.target, self.size = name, data, kind, target, size


def as_entries(pairs):
    return [Entry(n, d) for n, d in pairs]


def tar_bytes(entries, fmt=tarfile.PAX_FORMAT):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=fmt) as tar:
        for e in entries:
            info = tarfile.TarInfo(e.name)
            info.mtime, info.mode, info.uid, info.gid, info.uname, info.gname = MTIME, 0o600, 0, 0, "", ""
            data = None
            if e.kind == "file":
                info.type, info.size, data = tarfile.REGTYPE, len(e.data), io.BytesIO(e.data)
            elif e.kind == "symlink":
                info.type, info.linkname = tarfile.SYMTYPE, e.target
            elif e.kind == "hardlink":
                info.type, info.linkname = tarfile.LNKTYPE, e.target
            elif e.kind == "dir":
                info.type, info.mode = tarfile.DIRTYPE, 0o700
            elif e.kind == "chardev":
                info.type, info.devmajor, info.devminor = tarfile.CHRTYPE, 1, 3
            elif e.kind == "fifo":
                info.type = tarfile.FIFOTYPE
            tar.addfile(info, data)
        end = tar.offset
    # Keep the two end-of-archive blocks but not tarfile's padding to a 10 KiB record: smaller corpus, still valid.
    return buf.getvalue()[:end + 1024]


def header_with_size(name, size):
    """A single ustar header announcing `size` bytes (base-256 size field for > 8 GiB), with no data after it."""
    info = tarfile.TarInfo(name)
    info.mtime, info.mode, info.size = MTIME, 0o600, size
    return info.tobuf(format=tarfile.GNU_FORMAT)


def xz(data):
    return lzma.compress(data, preset=6)


def gz(data):
    return gzip.compress(data, compresslevel=9, mtime=0)


def zero_stream_xz(prefix, size, suffix=b""):
    """xz of prefix + `size` zero bytes + suffix, compressed in chunks (never holds `size` bytes in memory)."""
    c = lzma.LZMACompressor(preset=6)
    out = [c.compress(prefix)]
    chunk = bytes(1 << 20)
    left = size
    while left > 0:
        n = min(left, len(chunk))
        out.append(c.compress(chunk[:n]))
        left -= n
    out.append(c.compress(suffix))
    out.append(c.flush())
    return b"".join(out)


def bomb_tar_xz(name, size):
    """A tar whose first entry after the manifest holds `size` zero bytes, xz-compressed: tiny file, huge entry."""
    head = tar_bytes([Entry("manifest.json", manifest())])[:-1024]  # drop the end-of-archive blocks
    info = tarfile.TarInfo(name)
    info.mtime, info.mode, info.size = MTIME, 0o600, size
    header = info.tobuf(format=tarfile.PAX_FORMAT)
    pad = (-size) % 512
    return zero_stream_xz(head + header, size + pad, bytes(1024))


def flip(data, offset, mask=0x20):
    b = bytearray(data)
    b[offset] ^= mask
    return bytes(b)


def replace_entry(pairs, name, data):
    return [(n, data if n == name else d) for n, d in pairs]


def cases():
    """name -> bytes. Names say what is broken; the test keeps the expected entry per case."""
    base = base_entries()
    valid = with_trailer(base)
    valid_tar = tar_bytes(as_entries(valid))
    out = {}
    out["valid.tar"] = valid_tar

    # --- Truncated and damaged containers --------------------------------------------------------------------
    def offset_of(tar, name):
        with tarfile.open(fileobj=io.BytesIO(tar)) as t:
            for m in t.getmembers():
                if m.name == name:
                    return m.offset_data
        raise KeyError(name)

    seg_data = offset_of(valid_tar, "collections/Article/objects/000001.jsonl")
    out["truncated-in-header.tar"] = valid_tar[:seg_data - 300]
    out["truncated-in-segment.tar"] = valid_tar[:seg_data + 40]
    out["truncated-before-trailer.tar"] = valid_tar[:offset_of(valid_tar, "trailer.json") - 1024]
    out["truncated-in-trailer.tar"] = valid_tar[:-1024 * 2]  # inside the trailer's data
    out["truncated-no-eof-blocks.tar"] = valid_tar[:-1024]  # trailer complete, end-of-archive blocks missing
    valid_gz = gz(valid_tar)
    out["truncated-gzip.tar.gz"] = valid_gz[: len(valid_gz) // 2]
    out["flipped-gzip-stream.tar.gz"] = flip(valid_gz, len(valid_gz) // 2, 0xff)
    out["empty.tar"] = b""
    out["not-a-tar.tar"] = b"PK\x03\x04" + bytes(508)  # a zip signature: another format
    # Flip one byte in a tar header's name field: the header checksum no longer matches.
    out["flipped-tar-header.tar"] = flip(valid_tar, offset_of(valid_tar, "collections/Article/class.json") - 512 + 3)

    # --- One flipped byte per entry kind (data still parses where possible; the trailer's SHA-256 catches it) ------
    def flipped(name, pos, mask=0x20):
        pairs = [(n, flip(d, pos(d), mask) if n == name else d) for n, d in valid]
        return tar_bytes(as_entries(pairs))

    out["flipped-manifest.tar"] = flipped("manifest.json", lambda d: d.index(b"localhost") + 1)
    out["flipped-class.tar"] = flipped("collections/Article/class.json", lambda d: d.index(b"title") + 1)
    out["flipped-tenants.tar"] = flipped("collections/Tenanted/tenants.json", lambda d: d.index(b"alpha") + 1)
    out["flipped-jsonl-property.tar"] = flipped("collections/Article/objects/000000.jsonl",
                                                lambda d: d.index(b"object 1") + 1)
    out["flipped-vec-float.tar"] = flipped("collections/Article/objects/000000.vec", lambda d: len(d) - 2, 0x01)
    out["flipped-trailer.tar"] = flipped("trailer.json", lambda d: d.index(b'"sha256":"') + 12, 0x01)

    # --- Trailer missing, forged, incomplete ------------------------------------------------------------------
    out["missing-trailer.tar"] = tar_bytes(as_entries(base))
    out["trailer-incomplete.tar"] = tar_bytes(as_entries(with_trailer(base, complete=False)))
    forged_data = replace_entry(base, "collections/Article/objects/000000.jsonl",
                                base[4][1].replace(b"object 1", b"object X"))
    # Forged: the trailer lists the original hashes and sizes, the data was changed (same size).
    out["trailer-forged-sha.tar"] = tar_bytes(as_entries(forged_data + [("trailer.json", trailer(base))]))
    bad_counts = counts_of(base)
    bad_counts[0]["objects"] += 1
    out["trailer-forged-counts.tar"] = tar_bytes(as_entries(with_trailer(base, counts=bad_counts)))
    out["trailer-not-last.tar"] = tar_bytes(as_entries(valid[:-1] + [valid[-1]] + [
        ("collections/Article/objects/000002.jsonl", jsonl_line(uuid(9), 9))]))

    # --- Manifest: other format, newer version, wrong JSON shapes ------------------------------------------------
    def with_manifest(data):
        return tar_bytes(as_entries(with_trailer(replace_entry(base, "manifest.json", data))))

    out["manifest-wrong-format.tar"] = with_manifest(manifest(fmt="other-archive"))
    out["manifest-newer-version.tar"] = with_manifest(manifest(version=2))
    out["manifest-array.tar"] = with_manifest(b"[1, 2, 3]")
    out["manifest-not-json.tar"] = with_manifest(b"{\"format\": \"colvault-archive\", ")
    out["manifest-collections-string.tar"] = with_manifest(
        manifest().replace(b'"collections": [', b'"collections": "Article", "x": ['))
    out["manifest-not-first.tar"] = tar_bytes(as_entries(with_trailer([base[1], base[0]] + base[2:])))

    # --- Wrong JSON shapes in the other entries -----------------------------------------------------------------
    out["class-array.tar"] = tar_bytes(as_entries(with_trailer(
        replace_entry(base, "collections/Article/class.json", b"[]"))))
    out["class-name-differs.tar"] = tar_bytes(as_entries(with_trailer(
        replace_entry(base, "collections/Article/class.json", class_json("Other")))))
    out["tenants-object.tar"] = tar_bytes(as_entries(with_trailer(
        replace_entry(base, "collections/Tenanted/tenants.json", b'{"name":"alpha"}'))))
    out["jsonl-line-array.tar"] = tar_bytes(as_entries(with_trailer(replace_entry(
        base, "collections/Article/objects/000000.jsonl",
        base[4][1].replace(jsonl_line(uuid(1), 1), b'["' + uuid(1).encode() + b'"]\n')))))
    out["jsonl-properties-string.tar"] = tar_bytes(as_entries(with_trailer(replace_entry(
        base, "collections/Article/objects/000000.jsonl",
        base[4][1].replace(b'"properties":{"title":"object 1"}', b'"properties":"object 1"')))))
    out["jsonl-uppercase-id.tar"] = tar_bytes(as_entries(with_trailer(replace_entry(
        base, "collections/Article/objects/000000.jsonl",
        base[4][1].replace(b'"id":"00000001-0000-4000-8000-000000000002"',
                           b'"id":"00000001-0000-4000-8000-00000000000A"')))))

    # --- Objects and vectors --------------------------------------------------------------------------------------
    dup_lines, dup_vec = segment([uuid(0), uuid(1), uuid(1)])
    out["duplicate-object-id.tar"] = tar_bytes(as_entries(with_trailer(replace_entry(replace_entry(
        base, "collections/Article/objects/000000.jsonl", dup_lines),
        "collections/Article/objects/000000.vec", dup_vec))))
    # Same id in two segments of the collection (ascending order broken across segments).
    cross_lines, cross_vec = segment([uuid(2), uuid(4), uuid(5)])
    out["duplicate-object-id-across-segments.tar"] = tar_bytes(as_entries(with_trailer(replace_entry(replace_entry(
        base, "collections/Article/objects/000001.jsonl", cross_lines),
        "collections/Article/objects/000001.vec", cross_vec))))
    # A record declares 4 dims but carries 3 floats, so the record runs into the next one / the end.
    short = vec_header() + b"".join(
        vec_record(uuid(i), [1.0, 2.0, 3.0] if i == 2 else [1.0, 2.0, 3.0, 4.0], dims=4) for i in range(3))
    out["vec-short-values.tar"] = tar_bytes(as_entries(with_trailer(replace_entry(
        base, "collections/Article/objects/000000.vec", short))))
    # Dimension differs from the collection's other vectors (4 -> 5) with a consistent byte length.
    odd = vec_header() + b"".join(vec_record(uuid(i), [1.0] * (5 if i == 1 else 4)) for i in range(3))
    out["vec-dims-mismatch.tar"] = tar_bytes(as_entries(with_trailer(replace_entry(
        base, "collections/Article/objects/000000.vec", odd))))
    # A record announcing 65536 x 4096 floats (1 GiB) in a few bytes: must be refused before allocating.
    huge = vec_header() + vec_record(uuid(0), [1.0], rows=4096, dims=65536) + b"".join(
        vec_record(uuid(i), [1.0] * 4) for i in (1, 2))
    out["vec-huge-declared.tar"] = tar_bytes(as_entries(with_trailer(replace_entry(
        base, "collections/Article/objects/000000.vec", huge))))
    out["vec-newer-version.tar"] = tar_bytes(as_entries(with_trailer(replace_entry(
        base, "collections/Article/objects/000000.vec", vec_header(2) + base[5][1][8:]))))
    out["vec-id-mismatch.tar"] = tar_bytes(as_entries(with_trailer(replace_entry(
        base, "collections/Article/objects/000000.vec",
        vec_header() + b"".join(vec_record(uuid(i + (5 if i == 2 else 0)), [1.0] * 4) for i in range(3))))))
    out["vec-missing.tar"] = tar_bytes(as_entries(with_trailer(
        [p for p in base if p[0] != "collections/Article/objects/000000.vec"])))
    out["segment-gap.tar"] = tar_bytes(as_entries(with_trailer(
        [(n.replace("000001", "000002"), d) for n, d in base])))
    out["tenant-not-listed.tar"] = tar_bytes(as_entries(with_trailer(
        [(n.replace("tenants/alpha/", "tenants/gamma/"), d) for n, d in base])))

    # --- Unsafe names and entry types ------------------------------------------------------------------------------
    def with_extra(entry, at=4):
        es = as_entries(valid)
        es.insert(at, entry)
        return tar_bytes(es)

    out["name-dotdot.tar"] = with_extra(Entry("collections/../../etc/passwd", b"root:x:0:0\n"))
    out["name-absolute.tar"] = with_extra(Entry("/etc/cron.d/colvault", b"* * * * * root true\n"))
    out["name-backslash.tar"] = with_extra(Entry("collections\\..\\evil.json", b"{}"))
    out["entry-symlink.tar"] = with_extra(Entry("collections/Article/link", kind="symlink", target="/etc/passwd"))
    out["entry-hardlink.tar"] = with_extra(Entry("collections/Article/hard", kind="hardlink", target="manifest.json"))
    out["entry-directory.tar"] = with_extra(Entry("collections/Article/", kind="dir"))
    out["entry-chardev.tar"] = with_extra(Entry("collections/Article/null", kind="chardev"))
    out["entry-fifo.tar"] = with_extra(Entry("collections/Article/fifo", kind="fifo"))
    out["duplicate-entry.tar"] = with_extra(Entry("collections/Article/class.json", class_json(CLASS)), at=2)
    out["duplicate-segment.tar"] = tar_bytes(as_entries(valid[:6] + valid[4:6] + valid[6:]))
    # A symlink entry that reuses a real entry's name (the classic "link then write through it").
    out["symlink-as-class.tar"] = tar_bytes(
        [Entry("manifest.json", manifest()),
         Entry("collections/Article/class.json", kind="symlink", target="/etc/passwd")]
        + as_entries(valid[2:]))

    # --- Decompression bombs and lying sizes -------------------------------------------------------------------------
    out["bomb-segment-300mib.tar.xz"] = bomb_tar_xz("collections/Article/objects/000000.jsonl", 300 << 20)
    out["bomb-manifest-64mib.tar.xz"] = xz(tar_bytes([Entry("manifest.json", manifest()[:-1] + b" " * (64 << 20)
                                                            + b"}")]))
    out["declared-size-1tib.tar"] = (tar_bytes([Entry("manifest.json", manifest())])[:-1024]
                                     + header_with_size("collections/Article/class.json", 1 << 40) + bytes(1024))
    return out


def write_all(outdir):
    os.makedirs(outdir, exist_ok=True)
    for old in os.listdir(outdir):
        if old.endswith((".tar", ".tar.gz", ".tar.xz")):
            os.remove(os.path.join(outdir, old))
    produced = cases()
    for name, data in sorted(produced.items()):
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(data)
    return produced


def main(argv):
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    default = os.path.join(repo, "tests", "data", "hostile")
    if argv[:1] == ["--check"]:
        target = argv[1] if len(argv) > 1 else default
        with tempfile.TemporaryDirectory() as tmp:
            produced = write_all(tmp)
        stale = []
        for name, data in sorted(produced.items()):
            path = os.path.join(target, name)
            if not os.path.exists(path) or open(path, "rb").read() != data:
                stale.append(name)
        extra = sorted(set(n for n in os.listdir(target) if n.endswith((".tar", ".tar.gz", ".tar.xz")))
                       - set(produced))
        if stale or extra:
            print("make-hostile-archives: corpus differs from the script: %s" % ", ".join(stale + extra),
                  file=sys.stderr)
            return 1
        print("make-hostile-archives: %d cases up to date" % len(produced))
        return 0
    outdir = argv[0] if argv else default
    produced = write_all(outdir)
    total = sum(len(d) for d in produced.values())
    print("make-hostile-archives: wrote %d cases (%d bytes) to %s" % (len(produced), total, outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
