#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Colvault contributors
"""Fills the English plural forms in translations/colvault_en.ts.

Sources write plurals as "%n tenant(s)" or "%n alias(es)". English needs two forms: "%n tenant" and "%n tenants".
This fills every unfinished numerus message whose source uses that convention and leaves anything else alone, so a
source that needs a hand-written form (irregular plurals) stays unfinished and the translation check names it.
Run after lupdate: python3 tools/fill-english-plurals.py translations/colvault_en.ts
"""
import re
import sys
import xml.etree.ElementTree as ET


def main(path: str) -> int:
    tree = ET.parse(path)
    left = []
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        if "(s)" not in source and "(es)" not in source:
            left.append(source)
            continue
        forms = translation.findall("numerusform")
        singular = source.replace("(es)", "").replace("(s)", "")
        plural = source.replace("(es)", "es").replace("(s)", "s")
        for form, text in zip(forms, (singular, plural)):
            form.text = text
        del translation.attrib["type"]
    tree.write(path, encoding="utf-8", xml_declaration=True)
    # Keep lupdate's DOCTYPE line so the next lupdate run does not rewrite the whole file.
    with open(path, encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r"^<\?xml[^>]*\?>\n", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n', text)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    for source in left:
        print(f"needs a hand-written English plural: {source}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
