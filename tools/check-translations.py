#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Colvault contributors
"""Checks the translated .ts files for what lupdate and lrelease do not catch.

  tools/check-translations.py [LANG|FILE.ts ...]   (default: every translations/colvault_*.ts except English)

For each message it fails on:
  - an unfinished, vanished or obsolete entry, or an empty form;
  - placeholders (%1..%99, %L1, %n, %Ln) that differ from the source in any form, so no argument is lost or invented;
  - a keyboard mnemonic (&X) in the source but not exactly one in the translation (ja/zh use "(&X)"), or the
    other way round;
  - an ellipsis in the source ("…" or "...") missing from the translation: it tells the user a dialog follows;
  - HTML tags that differ from the source;
  - a sentence of three or more words left identical to the English (a copy, not a translation);
  - the wrong number of plural forms for the language.
Exit status 1 with one line per problem, naming the file, context and source.
"""
import collections
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?\d{1,2}|%L?n")
MNEMONIC = re.compile(r"&(?!&)[^\s&;]")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")
WORDS = re.compile(r"[A-Za-z]{2,}")
PLURAL_FORMS = {"de": 2, "fr": 2, "es": 2, "ja": 1, "zh": 1}


def placeholders(text):
    return collections.Counter(PLACEHOLDER.findall(text))


def mnemonics(text):
    # "&&" is a literal ampersand; XML entities are already decoded by ElementTree.
    return len(MNEMONIC.findall(text.replace("&&", "")))


def tags(text):
    return sorted(m.lower() for m in TAG.findall(text))


def has_ellipsis(text):
    return text.rstrip().endswith(("…", "..."))


def check_form(source, form, numerus):
    problems = []
    want = placeholders(source)
    got = placeholders(form)
    if numerus:
        # A plural form may spell the number out ("un", "eine") only where %n would read oddly; every other
        # placeholder must stay.
        for n in ("%n", "%Ln"):
            want.pop(n, None)
            got.pop(n, None)
    if want != got:
        problems.append(f"placeholders {sorted(want.elements())} became {sorted(got.elements())}")
    if mnemonics(source) != mnemonics(form):
        problems.append("keyboard mnemonic (&) missing or doubled")
    if has_ellipsis(source) and not has_ellipsis(form):
        problems.append("the ellipsis is missing")
    if tags(source) != tags(form):
        problems.append("HTML tags differ")
    if form.strip() == source.strip() and len(WORDS.findall(source)) >= 3:
        problems.append("left in English")
    return problems


def check_file(path):
    problems = []
    root = ET.parse(path).getroot()
    lang = root.get("language", "")
    forms_wanted = PLURAL_FORMS.get(lang.split("_")[0])
    for ctx in root.findall("context"):
        name = ctx.findtext("name")
        for msg in ctx.findall("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            where = f"{os.path.basename(path)}: {name}: \"{source[:70]}\""
            kind = tr.get("type")
            if kind in ("unfinished", "vanished", "obsolete"):
                problems.append(f"{where}: {kind}")
                continue
            numerus = msg.get("numerus") == "yes"
            forms = [f.text or "" for f in tr.findall("numerusform")] if numerus else [tr.text or ""]
            if numerus and forms_wanted and len(forms) != forms_wanted:
                problems.append(f"{where}: {len(forms)} plural forms, {lang} needs {forms_wanted}")
            for form in forms:
                if not form.strip():
                    problems.append(f"{where}: empty translation")
                    continue
                problems += [f"{where}: {p}" for p in check_form(source, form, numerus)]
            if numerus and not any("%n" in f or "%Ln" in f for f in forms):
                problems.append(f"{where}: no plural form shows the number (%n)")
    return problems


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    tsdir = os.path.join(here, "..", "translations")
    if argv:
        files = [a if a.endswith(".ts") else os.path.join(tsdir, f"colvault_{a}.ts") for a in argv]
    else:
        files = [f for f in sorted(glob.glob(os.path.join(tsdir, "colvault_*.ts"))) if not f.endswith("_en.ts")]
    problems = []
    for path in files:
        problems += check_file(path)
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        print(f"check-translations: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"check-translations: {len(files)} file(s) clean")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
