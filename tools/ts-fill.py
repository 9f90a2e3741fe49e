#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fill unfinished entries of a Qt Linguist .ts file from a JSON object
{"source text": "translation", ...} read on stdin (or --list to print the
unfinished sources as a JSON skeleton). Translators use Qt Linguist; this is
for developers adding a batch of strings with their commit."""
import json
import sys
import xml.etree.ElementTree as ET


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: ts-fill.py FILE.ts [--list] < translations.json")
    path = sys.argv[1]
    tree = ET.parse(path)
    messages = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                messages.append((message, translation))
    if "--list" in sys.argv:
        print(json.dumps({m.findtext("source"): "" for m, _ in messages}, ensure_ascii=False, indent=1))
        return
    table = json.load(sys.stdin)
    filled = 0
    for message, translation in messages:
        text = table.get(message.findtext("source"))
        if text:
            if message.get("numerus") == "yes":
                for form in list(translation):
                    translation.remove(form)
                forms = text if isinstance(text, list) else [text, text]
                for form_text in forms:
                    ET.SubElement(translation, "numerusform").text = form_text
            else:
                translation.text = text
            del translation.attrib["type"]
            filled += 1
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    print(f"{path}: filled {filled}, still unfinished {len(messages) - filled}", file=sys.stderr)


if __name__ == "__main__":
    main()
