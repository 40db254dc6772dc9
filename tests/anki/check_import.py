#!/usr/bin/env python3
"""Imports an exported Anki deck (core::study::anki_deck) into a fresh collection with Anki's own
library, exactly as Anki's import dialog would with the file's header and no overrides, and checks
what arrived.

Usage: check_import.py DECK.txt --notes N [--form FORM]...

Checks: N notes; each of note type "Cloze" with exactly one card; `Text` holds one word as its
`{{c1::` cloze (each time the sentence says it, the same cloze); `Back Extra` is not empty; no field holds "(?)"; the deck the header names exists
and holds every card; every note is tagged `longjiang`; for each --form, some note's cloze is that
form. On success prints one JSON line {"notes": N, "items": [{"Text", "Back Extra", "tags"}...]}
and exits 0; otherwise prints what failed (stderr) and exits 1.

Needs the `anki` package (scripts/setup.sh installs the pinned one and exports ANKI_PYTHON).
"""

import argparse
import html
import json
import os
import re
import shutil
import sys
import tempfile

CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", re.S)
GUESS_MARK = "(?)"
TAG = "longjiang"


def header(path):
    """The file's `#key:value` header lines, as a dict."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                break
            key, _, value = line[1:].rstrip("\r\n").partition(":")
            out[key] = value
    return out


def check(path, notes_expected, forms):
    from anki.collection import Collection
    from anki.import_export_pb2 import ImportCsvRequest

    failures = []
    items = []
    head = header(path)
    tmp = tempfile.mkdtemp(prefix="longjiang-anki-")
    col = Collection(os.path.join(tmp, "collection.anki2"))
    try:
        meta = col.get_csv_metadata(path, None)
        resp = col.import_csv(ImportCsvRequest(path=path, metadata=meta))
        log = resp.log
        for kind in ("missing_notetype", "missing_deck", "empty_first_field", "conflicting"):
            if len(getattr(log, kind)):
                failures.append(f"import log: {len(getattr(log, kind))} notes {kind}")

        nids = col.find_notes("")
        if len(nids) != notes_expected:
            failures.append(f"{len(nids)} notes imported, expected {notes_expected}")

        deck_name = head.get("deck")
        deck_id = col.decks.id_for_name(deck_name) if deck_name else None
        if not deck_name:
            failures.append("the header names no deck (#deck:)")
        elif not deck_id:
            failures.append(f"deck {deck_name!r} does not exist after the import")

        clozes = []
        for nid in nids:
            note = col.get_note(nid)
            fields = dict(note.items())
            nt = note.note_type()["name"]
            label = (note.fields[0] if note.fields else "")[:60]
            if nt != "Cloze":
                failures.append(f"note type {nt!r}, not 'Cloze': {label}")
            cards = note.cards()
            if len(cards) != 1:
                failures.append(f"{len(cards)} cards, expected 1: {label}")
            for card in cards:
                if deck_id and card.did != deck_id:
                    name = col.decks.name(card.did)
                    failures.append(f"card in deck {name!r}, not {deck_name!r}: {label}")
            text = fields.get("Text", "")
            found = CLOZE.findall(text)
            # One word, clozed each time its sentence says it (all c1: still one card).
            if not found or text.count("{{") != len(found) or text.count("{{c1::") != len(found) or len(set(found)) != 1:
                failures.append(f"Text holds {text.count('{{c1::')} c1 clozes, not one word's: {text}")
            else:
                clozes.append(html.unescape(found[0][1]))
            if not fields.get("Back Extra", "").strip():
                failures.append(f"Back Extra is empty: {label}")
            for name, value in fields.items():
                if GUESS_MARK in value:
                    failures.append(f"field {name!r} holds {GUESS_MARK!r}: {label}")
            if TAG not in note.tags:
                failures.append(f"tags {note.tags} lack {TAG!r}: {label}")
            items.append({"Text": text, "Back Extra": fields.get("Back Extra", ""), "tags": note.tags})

        if deck_id:
            in_deck = len(col.find_cards(f'did:{deck_id}'))
            if in_deck != len(nids):
                failures.append(f"deck {deck_name!r} holds {in_deck} cards, expected {len(nids)}")
        for form in forms:
            if form not in clozes:
                failures.append(f"no note's cloze is {form!r} (clozes: {clozes})")
    finally:
        col.close()
        shutil.rmtree(tmp, ignore_errors=True)
    return failures, items


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("deck", help="the exported deck (text file)")
    ap.add_argument("--notes", type=int, required=True, help="how many notes it must give")
    ap.add_argument("--form", action="append", default=[], help="a form some cloze must be")
    args = ap.parse_args()
    path = os.path.abspath(args.deck)
    try:
        failures, items = check(path, args.notes, args.form)
    except Exception as e:  # an import Anki refuses is a failure like any other
        failures, items = [f"{type(e).__name__}: {e}"], []
    if failures:
        print(f"check_import: {path}: {len(failures)} check(s) failed", file=sys.stderr)
        for f in failures:
            print(f"  - {f}", file=sys.stderr)
        sys.exit(1)
    print(json.dumps({"notes": len(items), "items": items}, ensure_ascii=False))


if __name__ == "__main__":
    main()
