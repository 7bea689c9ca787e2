#!/usr/bin/env python3
"""Helper for sample corpus part B (data/sample/text, data/sample/jsonl).

    python data/sample/tools/make_corpus_b.py          # (re)write the UTF-16 sample
    python data/sample/tools/make_corpus_b.py --check  # verify gold/cleaning-b.jsonl

The UTF-16 sample is an English aggregator repost saved as UTF-16 (little
endian, with BOM) and Windows line endings, as some Windows "Save page as
text" tools do. It is generated from the UTF-8 string below so that the
source stays readable and diffable.

--check verifies, for every record in gold/cleaning-b.jsonl, that each body
paragraph occurs verbatim in the raw input (for JSONL records, in the decoded
"text" or "html" field), in order; that every must_remove string, caption and
related-article title/body_start occurs in the raw input but not in the body;
and that rejected records really are broken.
"""
import json
import re
import sys
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent.parent
UTF16_FILE = SAMPLE / "text/alojapan-utf16-2023-03-16-yoon-kishida-tokyo-summit.txt"

ARTICLE = r'''Yoon, Kishida agree to restart shuttle diplomacy as Japan lifts chip-material curbs - AloJapan.com
2023-03-16
Source: The Japan Times

![Yoon and Kishida review honor guard](https://alojapan.com/wp-content/uploads/2023/03/yoon_kishida_honor_guard.jpg)
South Korean President Yoon Suk Yeol and Prime Minister Fumio Kishida review an honor guard at the Prime Minister's Office in Tokyo on Thursday. (Kyodo)

Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol agreed Thursday to resume regular reciprocal visits by their leaders, suspended for more than a decade, as the two neighbors moved to close a chapter of bitter disputes over wartime history and trade.

Yoon's trip to Tokyo is the first bilateral visit to Japan by a South Korean president in 12 years. It came 10 days after Seoul announced a plan to compensate Korean plaintiffs in wartime labor cases through a domestic foundation, removing the main obstacle that had kept the leaders apart.

"Today's summit shows to the people of both countries that Japan-South Korea relations, which have gone through a difficult period, are making a fresh start," Kishida said at a joint news conference after the talks. He said that Japan upholds the historical views of previous Cabinets as a whole, including the 1998 joint declaration.

Yoon, speaking through an interpreter, said, "The people of our two countries have long waited for this day. We cannot afford to waste time in hostility when the challenges before us are so serious."

Hours before the summit, Japan's trade ministry said it would lift the tightened export controls imposed in 2019 on three materials used in semiconductors and displays -- fluorinated polyimide, photoresist and hydrogen fluoride. Seoul, in turn, said it would withdraw the complaint it filed with the World Trade Organization over the measures.

Yoon also told reporters that the General Security of Military Information Agreement, the intelligence-sharing pact that Seoul had threatened to scrap in 2019, was now "completely normalized."

Business leaders moved quickly to follow the governments. The Japan Business Federation (Keidanren) and the Federation of Korean Industries said they would set up funds for a "future partnership" to support exchanges among young people.

Critics in South Korea said Yoon had given too much. Opposition lawmakers argued that the compensation plan let Japanese companies off the hook, and several plaintiffs have said they will refuse to accept money from the foundation.

"The president came with a solution and Japan came with a list of things it no longer needed to do," said Ito Shunsuke, a professor of Korean politics at Waseda University. "That is not a criticism of Kishida. It is a description of how unbalanced the starting point was. The next step has to come from Tokyo."

Hashtags
#Japan #SouthKorea #Kishida #Yoon #diplomacy

AloJapan.com'''

GOLD_KEYS = ["file", "record", "expect", "reject_code", "duplicate_of", "story", "title",
             "outlet", "via", "byline", "author_role", "lang", "published", "published_grain",
             "published_from", "body", "captions", "must_remove", "removed_kinds", "related"]
REMOVED_KINDS = {"caption", "credits", "hashtags", "promo", "comments", "share",
                 "translation_note", "author_note", "site_name", "related"}


def write_utf16():
    text = ARTICLE.strip("\n") + "\n"
    data = b"\xff\xfe" + text.replace("\n", "\r\n").encode("utf-16-le")
    UTF16_FILE.write_bytes(data)
    print("wrote", UTF16_FILE.relative_to(SAMPLE), len(data), "bytes")


def decode(data):
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    return data.decode("utf-8")


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def load_raw(g):
    path = SAMPLE / g["file"]
    if not g["file"].endswith(".jsonl"):
        return decode(path.read_bytes()), None
    lines = path.read_text(encoding="utf-8").splitlines()
    rec = g["record"]
    if rec.startswith("line:"):
        return lines[int(rec[5:]) - 1], "line"
    for line in lines:
        try:
            obj = json.loads(line)
        except ValueError:
            continue
        if obj.get("id") == rec:
            return obj, "obj"
    raise KeyError(rec)


def check():
    errors = []
    gold = [json.loads(l) for l in (SAMPLE / "gold" / "cleaning-b.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    keys = {(g["file"], g["record"]) for g in gold}
    for g in gold:
        where = "%s %s" % (g["file"], g["record"] or "")
        def err(msg):
            errors.append("%s: %s" % (where, msg))
        if list(g) != GOLD_KEYS:
            err("keys differ from the gold schema")
        raw, kind = load_raw(g)
        if g["expect"] == "rejected":
            if g["reject_code"] == "bad_json":
                try:
                    json.loads(raw)
                    err("bad_json line parses")
                except ValueError:
                    pass
            elif g["reject_code"] == "bad_record":
                if not isinstance(raw, dict) or raw.get("text") or raw.get("html"):
                    err("bad_record has text/html")
            continue
        if kind == "obj":
            raw = raw.get("text") or raw.get("html")
        if g["expect"] == "duplicate":
            d = g["duplicate_of"]
            if not d or (d["file"], d["record"]) not in keys:
                err("duplicate_of points nowhere")
        if g["published_grain"] == "day" and not re.fullmatch(r"\d{4}-\d\d-\d\d", g["published"] or ""):
            err("day grain needs YYYY-MM-DD")
        if g["published_grain"] == "month" and not re.fullmatch(r"\d{4}-\d\d", g["published"] or ""):
            err("month grain needs YYYY-MM")
        if not set(g["removed_kinds"]) <= REMOVED_KINDS:
            err("unknown removed_kinds %s" % (set(g["removed_kinds"]) - REMOVED_KINDS))
        body = g["body"]
        pos = 0
        for para in body.split("\n\n"):
            i = raw.find(para, pos)
            if i < 0:
                err("paragraph not verbatim (or out of order): %r" % para[:70])
            else:
                pos = i + len(para)
        nbody, nraw = norm(body), norm(raw)
        for s in g["must_remove"] + g["captions"]:
            if s not in raw:
                err("must_remove/caption not in raw: %r" % s[:70])
            if norm(s) in nbody:
                err("must_remove/caption in body: %r" % s[:70])
        for r in g["related"]:
            for s in (r["title"], r["body_start"]):
                if norm(s) not in nraw:
                    err("related text not in raw: %r" % s)
                if norm(s) in nbody:
                    err("related text in body: %r" % s)
            if r["title"] not in g["must_remove"]:
                err("related title not in must_remove: %r" % r["title"])
    for e in errors:
        print("FAIL", e)
    print("%d gold records checked, %d problems" % (len(gold), len(errors)))
    return not errors


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    write_utf16()
