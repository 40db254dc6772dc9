#!/usr/bin/env python3
"""Writes data/hanja_chars.csv: one row for each character that the `hanja` of the glossary's terms,
the learner layer's words (data/learner.toml) and the false friends (data/false_friends.toml) use
(the Korean words' own hanja), and no other. What a card shows for each syllable of a Korean word:

    hanja       the character as Korean writes it (traditional, the Korean standard glyph: 産, 硏)
    readings    its Korean sounds, "/"-separated (률/솔): a word's syllable must be one of them,
                ㄹ/ㄴ/ㅇ initials aside (the article writes 룡, 량 where Seoul writes 용, 양)
    hunum       its 훈음 (meaning and sound) for the sounds the words use: 용 룡
    simplified  the form simplified Chinese writes (龙; the same character when it is not simplified)
    pinyin      its common Mandarin readings, "/"-separated, the customary one first (zhǎng/cháng)
    meaning_en  a short English meaning

Sources (licences in data/README.md#hanja_charscsv):
  - 훈음 and Korean sounds: the word list inside the `hanja` crate (crates.io, a dev-dependency of
    this project): data/hanja.txt, libhangul's hanja table by Choe Hwanjin (BSD-3-Clause), whose
    one-character lines read `음:字:훈 음, 훈 음`. Found where cargo unpacked the crate, at the
    version Cargo.lock names (as tests/coverage.rs finds it).
  - Simplified forms, pinyin, English meanings, and the check that a character is in Korea's
    standard set (KS X 1001): Unicode's Unihan database (Unihan_Readings, _Variants,
    _IRGSources), from Debian's `unicode-data` package (/usr/share/unicode/Unihan_*.txt.bz2;
    scripts/setup.sh installs it).

Usage (from the repository root):
    python3 scripts/gen-hanja-chars.py            # writes data/hanja_chars.csv
    python3 scripts/gen-hanja-chars.py --check    # exits 1 if the file differs from what it makes
Options: --glossary PATH (default data/glossary.toml), --learner PATH (default data/learner.toml),
--false-friends PATH (default data/false_friends.toml), --unihan DIR (default /usr/share/unicode),
--hanja-txt PATH (default: found in cargo's registry), --out PATH.

It fails, naming the entry and the character, where a source lacks what a row needs or a word's
syllable is not a reading of its character: fix the entry's `hanja`, or add an override below.
"""

import argparse
import bz2
import csv
import io
import os
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The 훈음 kept for a sound: the list's first entries (its order is not always the commonest
# first: 點 starts with 더러울 점).
HUNUM_MAX = 3
HEADER = ["hanja", "readings", "hunum", "simplified", "pinyin", "meaning_en"]

# Editorial overrides, each for a gap in the sources (keep this list short and say why).
# Korean standard glyphs that Unihan links to no Chinese form: 産 (U+7523, KS X 1001) is 產
# (U+7522) in Chinese traditional, simplified 产 (CC-CEDICT: "variant of 產|产").
# 靑 (U+9751, KS X 1001's glyph of 靑寫眞) has no variant field at all; Chinese writes 青 (U+9752).
CHINESE_FORM = {"産": "產", "靑": "青"}
# Readings put first because the Korean word uses the character in that sense: 着 is 착 "arrive,
# touch" (着地), which Mandarin reads zhuó; Unihan's customary reading is the particle zhe.
PINYIN_FIRST = {"着": "zhuó", "拓": "tuò"}
# 拓 is 척 "open up" (開拓, Chinese 开拓 kāituò), which Mandarin reads tuò; Unihan's customary
# reading is tà (拓本, 탁). Readings added because a word's Chinese uses one that the frequency
# count puts under a tenth: 與 in 參與 (参与 cānyù).
PINYIN_ALSO = {"與": ["yù"]}
# 훈음 where the word list has a typo: its first entry for 備 is "깆출 비" (갖출 비).
HUNUM = {"備": "갖출 비"}
# Meanings where Unihan's definition misses the Korean word's sense.
MEANING = {
    "着": "arrive, reach; touch; wear",
    # Unihan: "fence; surname; Korea".
    "韓": "Korea; fence",
    # Unihan: "sphere, ball, circle; mass, lump", without the sense of 公團, 團地, 視察團.
    "團": "group, body, organisation; sphere, ball; mass, lump",
}


# ── Hangul ───────────────────────────────────────────────────────────────────────────────────────


def is_hangul(c):
    return "\uac00" <= c <= "\ud7a3"


def is_han(c):
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


def norm_initial(s):
    """ㄹ/ㄴ/ㅇ initials made the same (src/core/dataset/reading.rs `same_reading`)."""
    out = []
    for c in s:
        if is_hangul(c):
            code = ord(c) - 0xAC00
            initial, rest = divmod(code, 588)
            if initial in (2, 5, 11):  # ㄴ ㄹ ㅇ
                c = chr(0xAC00 + 11 * 588 + rest)
        out.append(c)
    return "".join(out)


def same_reading(a, b):
    return len(a) == len(b) and norm_initial(a) == norm_initial(b)


# ── Sources ──────────────────────────────────────────────────────────────────────────────────────


def find_hanja_txt():
    lock = (ROOT / "Cargo.lock").read_text(encoding="utf-8")
    version = None
    for block in lock.split("[[package]]"):
        if '\nname = "hanja"\n' in block:
            m = re.search(r'\nversion = "([^"]+)"', block)
            version = m and m.group(1)
    if not version:
        sys.exit("gen-hanja-chars: Cargo.lock names no `hanja` crate")
    home = Path(os.environ.get("CARGO_HOME") or Path.home() / ".cargo")
    for d in sorted((home / "registry" / "src").glob("*")):
        p = d / f"hanja-{version}" / "data" / "hanja.txt"
        if p.is_file():
            return p
    sys.exit(
        f"gen-hanja-chars: hanja {version} is not unpacked under {home}/registry/src: "
        "run `cargo fetch` (or any cargo test) first"
    )


def read_hanja_txt(path):
    """char → [(sound, [훈음 entries])] from the one-character lines `음:字:훈 음, 훈 음`."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        parts = line.split(":")
        if len(parts) < 3 or len(parts[0]) != 1 or len(parts[1]) != 1 or not is_hangul(parts[0]):
            continue
        entries = [e.strip() for e in parts[2].split(",") if e.strip()]
        out.setdefault(parts[1], []).append((parts[0], entries))
    return out


def original_first(sound):
    """Sorts the spellings of one sound with the one before the initial-sound law first: ㄹ, then
    ㄴ, then ㅇ (룡 before 용, 년 before 연), as the dictionary's own entries write it (용 룡)."""
    initial = (ord(sound) - 0xAC00) // 588
    return {5: 0, 2: 1, 11: 2}.get(initial, 0)


def read_unihan(folder):
    fields = {
        "kSimplifiedVariant", "kZVariant", "kSemanticVariant", "kMandarin", "kHanyuPinlu",
        "kDefinition", "kHangul", "kIRG_GSource", "kIRG_TSource",
    }
    out = {}
    for name in ("Readings", "Variants", "IRGSources"):
        path = Path(folder) / f"Unihan_{name}.txt.bz2"
        if not path.is_file():
            sys.exit(
                f"gen-hanja-chars: {path} is missing: install Debian's unicode-data package "
                "(scripts/setup.sh does), or pass --unihan DIR"
            )
        with bz2.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                if not line.startswith("U+"):
                    continue
                cp, key, value = line.rstrip("\n").split("\t", 2)
                if key in fields:
                    out.setdefault(chr(int(cp[2:], 16)), {})[key] = value
    return out


def chars_of(value):
    """Characters named in a Unihan variant field (`U+6C37<kLau U+51B0`)."""
    return [chr(int(m, 16)) for m in re.findall(r"U\+([0-9A-F]+)", value or "")]


# ── One row ──────────────────────────────────────────────────────────────────────────────────────


class Problem(Exception):
    pass


def chinese_form(c, uni):
    """The character Chinese writes for Korean `c` (traditional): `c` itself when Chinese uses it
    (GB 2312, or Taiwan's CNS 11643 planes 1–2, or it has a simplified form), else the commonest
    of its Z- and semantic variants that Chinese uses (硏 → 研, 氷 → 冰, 査 → 查)."""
    u = uni.get(c, {})
    def chinese(x):
        v = uni.get(x, {})
        return (
            v.get("kIRG_GSource", "").startswith("G0")
            or v.get("kIRG_TSource", "")[:2] in ("T1", "T2")
            or "kSimplifiedVariant" in v
        )
    if c in CHINESE_FORM:
        return CHINESE_FORM[c]
    if chinese(c):
        return c
    candidates = [
        x for x in chars_of(u.get("kZVariant")) + chars_of(u.get("kSemanticVariant"))
        if x != c and chinese(x)
    ]
    def frequency(x):
        return sum(int(n) for n in re.findall(r"\((\d+)\)", uni.get(x, {}).get("kHanyuPinlu", "")))
    if not candidates:
        raise Problem(f"Unihan links {c} to no character Chinese writes: add it to CHINESE_FORM")
    return max(candidates, key=frequency)


def in_gb2312(x, uni):
    return uni.get(x, {}).get("kIRG_GSource", "").startswith("G0")


def simplified_of(c, uni):
    """Unihan's simplified variant of the Chinese form; else the form itself when simplified
    Chinese writes it (GB 2312); else the variant GB 2312 has (週 → 周: a variant China merged
    rather than simplified)."""
    cn = chinese_form(c, uni)
    u = uni.get(cn, {})
    simp = chars_of(u.get("kSimplifiedVariant"))
    if simp:
        return simp[0]
    if in_gb2312(cn, uni):
        return cn
    merged = [
        x
        for x in chars_of(u.get("kZVariant")) + chars_of(u.get("kSemanticVariant"))
        if in_gb2312(x, uni)
    ]
    return merged[0] if merged else cn


def has_tone(r):
    return any(ch in "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ" for ch in r)


def pinyin_of(c, uni):
    """The customary reading (kMandarin), then the others that a frequency count (kHanyuPinlu)
    gives at least a tenth of the commonest one's count; neutral-tone readings (the particle de
    of 地) only when there is no other."""
    cn = chinese_form(c, uni)
    u = uni.get(cn, {})
    customary = (u.get("kMandarin") or uni.get(c, {}).get("kMandarin") or "").split()
    if not customary:
        raise Problem(f"Unihan has no Mandarin reading of {c} ({cn})")
    counts = [(r, int(n)) for r, n in re.findall(r"(\S+?)\((\d+)\)", u.get("kHanyuPinlu", ""))]
    top = max((n for _, n in counts), default=0)
    readings = customary + [r for r, n in counts if n * 10 >= top]
    if any(has_tone(r) for r in readings):
        readings = [r for r in readings if has_tone(r)]
    if c in PINYIN_FIRST:
        readings.insert(0, PINYIN_FIRST[c])
    readings += PINYIN_ALSO.get(c, [])
    out = []
    for r in readings:
        if r not in out:
            out.append(r)
    return out


def meaning_of(c, uni):
    """Unihan's kDefinition of the Chinese form (研's "grind, rub; study, research" for 硏's
    "grind"), else of the character, without radical numbers, surnames and cross-references."""
    if c in MEANING:
        return MEANING[c]
    for x in (chinese_form(c, uni), c):
        d = uni.get(x, {}).get("kDefinition")
        if not d:
            continue
        senses = []
        for s in d.split(";"):
            s = s.strip()
            if not s or re.match(
                r"(?i)(kangxi radical|radical number|surname|variant of|simplified form|used in)", s
            ):
                continue
            senses.append(s)
        if senses:
            return "; ".join(senses)
    raise Problem(f"Unihan has no English definition of {c}")


def ks_x_1001(c, uni):
    """Korea's standard character set: kHangul readings marked 0 (KS X 1001)."""
    return any(
        r.split(":")[1].startswith("0")
        for r in uni.get(c, {}).get("kHangul", "").split()
        if ":" in r
    )


def row(c, uses, hanja_txt, uni):
    """`uses`: [(entry, syllable)] — every syllable the words write with `c`, the glossary's
    first (so the learner layer and the false friends add sounds after the terms')."""
    if not ks_x_1001(c, uni):
        raise Problem(
            f"{c} (U+{ord(c):04X}) is not in KS X 1001, the set Korean writes: use the Korean "
            "standard form (産 for 產, 硏 for 研)"
        )
    lines = hanja_txt.get(c)
    if not lines:
        raise Problem(f"the hanja word list has no line for {c}")
    # The sounds, each in one spelling (the one before the initial-sound law: 룡, not 용), with
    # the 훈음 of that spelling's line as the list gives them, up to three (용 룡, 임금 룡).
    sounds = {}
    for sound, entries in sorted(lines, key=lambda l: original_first(l[0])):
        key = norm_initial(sound)
        said = [e for e in entries if e.endswith(sound)][:HUNUM_MAX]
        if key not in sounds and said:
            sounds[key] = (sound, ", ".join(said))
    for entry, syl in uses:
        if norm_initial(syl) not in sounds:
            given = "/".join(s for s, _ in sounds.values())
            raise Problem(f"{entry}: {syl} is not a reading of {c} (the word list gives {given})")
    used = []
    for _, syl in uses:
        if norm_initial(syl) not in used:
            used.append(norm_initial(syl))
    # The sounds the words use first, then the others.
    readings = [sounds[k][0] for k in used] + [s for k, (s, _) in sounds.items() if k not in used]
    return [
        c,
        "/".join(readings),
        HUNUM.get(c) or ", ".join(sounds[k][1] for k in used),
        simplified_of(c, uni),
        "/".join(pinyin_of(c, uni)),
        meaning_of(c, uni),
    ]


# ── Main ─────────────────────────────────────────────────────────────────────────────────────────


def align(uses, problems, entry, form, hanja):
    """Adds the (entry, syllable) of each character of `hanja` to `uses`, aligned with the Hangul
    syllables of `form`; a problem when the counts differ."""
    syllables = [c for c in form if is_hangul(c)]
    if len(syllables) != len(hanja):
        problems.append(
            f'{entry}: hanja "{hanja}" has {len(hanja)} characters for the '
            f'{len(syllables)} syllables of "{form}"'
        )
        return
    for syl, c in zip(syllables, hanja):
        uses.setdefault(c, []).append((entry, syl))


def word_uses(glossary_path, learner_path, false_friends_path):
    """{char: [(entry, syllable)]} from every term's `hanja` (a string for the first form, or one
    per form), every learner word's and every false friend's, aligned with the Hangul syllables
    of the word: the terms first."""
    uses = {}
    problems = []
    glossary = tomllib.loads(Path(glossary_path).read_text(encoding="utf-8"))
    for t in glossary.get("term", []):
        h = t.get("hanja")
        if h is None:
            continue
        each = [h] if isinstance(h, str) else list(h)
        for form, hanja in zip(t.get("forms", []), each):
            align(uses, problems, f"term \"{t['id']}\"", form, hanja)
    for path, key, name in (
        (learner_path, "word", "learner word"),
        (false_friends_path, "false_friend", "false friend"),
    ):
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        for w in data.get(key, []):
            word, hanja = w.get("word", ""), w.get("hanja", "")
            align(uses, problems, f'{name} "{word}"', word, hanja)
    return uses, problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--glossary", default=ROOT / "data" / "glossary.toml")
    ap.add_argument("--learner", default=ROOT / "data" / "learner.toml")
    ap.add_argument("--false-friends", default=ROOT / "data" / "false_friends.toml")
    ap.add_argument("--unihan", default="/usr/share/unicode")
    ap.add_argument("--hanja-txt")
    ap.add_argument("--out", default=ROOT / "data" / "hanja_chars.csv")
    ap.add_argument("--check", action="store_true", help="compare with --out, write nothing")
    args = ap.parse_args()

    uses, problems = word_uses(args.glossary, args.learner, args.false_friends)
    hanja_txt = read_hanja_txt(Path(args.hanja_txt) if args.hanja_txt else find_hanja_txt())
    uni = read_unihan(args.unihan)
    rows = []
    for c in sorted(uses):
        if not is_han(c):
            problems.append(f"{c!r} (in {uses[c][0][0]}) is not a CJK unified ideograph")
            continue
        try:
            rows.append(row(c, uses[c], hanja_txt, uni))
        except Problem as e:
            problems.append(f"{c}: {e}")
    if problems:
        for p in problems:
            print(f"gen-hanja-chars: {p}", file=sys.stderr)
        sys.exit(1)

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    w.writerows(rows)
    text = buf.getvalue()
    out = Path(args.out)
    if args.check:
        old = out.read_text(encoding="utf-8") if out.is_file() else ""
        if old != text:
            print(
                f"gen-hanja-chars: {out} is not what the words' hanja and the sources give: run "
                "`python3 scripts/gen-hanja-chars.py` and review the diff",
                file=sys.stderr,
            )
            sys.exit(1)
        print(f"gen-hanja-chars: {out} is up to date ({len(rows)} characters)")
        return
    out.write_text(text, encoding="utf-8")
    print(f"gen-hanja-chars: wrote {out} ({len(rows)} characters)")


if __name__ == "__main__":
    main()
