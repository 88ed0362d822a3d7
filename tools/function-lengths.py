#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Colvault contributors
"""Lists the longest function bodies in C++ sources, for the house rule "about 80 lines at most in core/ and app/".

A function here is what clang-format leaves as a definition: a line at column 0 (or one indent inside a class)
that ends a signature, followed by a line holding only "{" at the same indent, up to the "}" at that indent.
Lambdas count towards their enclosing function. Good enough for a list to plan with, not a parser.

    tools/function-lengths.py [--limit 80] [--check] [--allow FILE] DIR...

--check exits 1 when a function over --limit is not listed in the allow file (lines "path:function  reason").
"""
import argparse
import pathlib
import re
import sys

SIGNATURE_END = re.compile(r"\)\s*(const)?\s*(override|final|noexcept)?\s*(->\s*[\w:<>]+)?\s*$")


def functions(path):
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        indent = len(line) - len(line.lstrip(" "))
        if stripped == "{" and i > 0 and indent in (0, 4):
            # Walk back to the start of the signature (several lines when it wraps).
            j = i - 1
            while j > 0 and lines[j].startswith(" " * (indent + 1)) and not lines[j].strip().endswith((";", "}")):
                j -= 1
            signature = " ".join(s.strip() for s in lines[j:i])
            if "(" in signature and not re.match(r"^(namespace|class|struct|enum|union|if|for|while|switch)\b",
                                                    signature) and "=" not in signature.split("(")[0]:
                end = i + 1
                closing = " " * indent + "}"
                while end < len(lines) and not (lines[end].startswith(closing) and
                                                 lines[end][indent:indent + 1] == "}"):
                    end += 1
                name = signature.split("(")[0].split()[-1] if signature.split("(")[0].split() else "?"
                yield name, j + 1, end - i - 1
                i = end
        i += 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="+")
    parser.add_argument("--limit", type=int, default=80)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--allow", default=None)
    args = parser.parse_args()
    allowed = {}
    if args.allow:
        for line in pathlib.Path(args.allow).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                key, _, reason = line.partition(" ")
                allowed[key] = reason.strip()
    rows = []
    for d in args.dirs:
        for path in sorted(pathlib.Path(d).rglob("*.cpp")):
            for name, line, length in functions(path):
                rows.append((length, f"{path}:{name}", line))
    rows.sort(reverse=True)
    bad = 0
    for length, key, line in rows:
        if length <= args.limit:
            break
        note = ""
        if key in allowed:
            note = f"  (allowed: {allowed[key]})"
        else:
            bad += 1
        print(f"{length:5d}  {key}  (line {line}){note}")
    print(f"{len(rows)} functions, {sum(1 for r in rows if r[0] > args.limit)} over {args.limit} lines, "
          f"{bad} not allowed", file=sys.stderr)
    return 1 if args.check and bad else 0


if __name__ == "__main__":
    sys.exit(main())
