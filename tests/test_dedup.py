from __future__ import annotations

from dyadwatch.dedup import Deduplicator
from dyadwatch.model import Article, Provenance, PublishedDate

from articles import EXPORT_CURBS_BODY, SUMMIT_BODY


def _article(paragraphs: list[str], title: str, published: str | None = "2019-07-01") -> Article:
    return Article(
        text="\n\n".join(paragraphs),
        title=title,
        provenance=Provenance("t", "file", "0"),
        published=PublishedDate(published, "day" if published else None, "input"),
    )


def test_exact_copy_with_different_whitespace_and_case_is_exact() -> None:
    dedup = Deduplicator()
    original = _article(EXPORT_CURBS_BODY, "Japan tightens export curbs")
    copy = _article([p.upper() + "  " for p in EXPORT_CURBS_BODY], "JAPAN TIGHTENS EXPORT CURBS")
    assert dedup.assign(original).kind == "new"
    verdict = dedup.assign(copy)
    assert (verdict.kind, verdict.original_id) == ("exact", original.id)


def test_syndicated_copy_with_a_changed_sentence_is_near() -> None:
    dedup = Deduplicator()
    original = _article(EXPORT_CURBS_BODY, "Japan to tighten export controls on chip materials")
    edited = [*EXPORT_CURBS_BODY[:2], EXPORT_CURBS_BODY[2] + " The ministry gave no further details."]
    dedup.assign(original)
    verdict = dedup.assign(_article(edited, "Tokyo tightens chip material exports to Seoul"))
    assert verdict.kind == "near" and verdict.original_id == original.id and 0.7 <= verdict.similarity < 1


def test_different_reports_of_one_story_share_a_story_not_a_duplicate() -> None:
    dedup = Deduplicator()
    first = dedup.assign(_article(EXPORT_CURBS_BODY, "Japan to tighten export controls on chip materials to Korea"))
    other_report = [
        "TOKYO (Kyodo) -- Japan will tighten export controls on chip materials to South Korea from July 4, "
        "requiring a license for each shipment of photoresist, fluorinated polyimide and hydrogen fluoride.",
        "The trade ministry said the move reflects a loss of trust after South Korean court rulings on wartime labor.",
    ]
    second = dedup.assign(_article(other_report, "Japan tightens chip material export controls on South Korea"))
    assert second.kind == "new" and second.story_id == first.story_id


def test_unrelated_story_and_far_apart_dates_start_new_stories() -> None:
    dedup = Deduplicator()
    curbs = dedup.assign(_article(EXPORT_CURBS_BODY, "Japan to tighten export controls on chip materials"))
    summit = dedup.assign(_article(SUMMIT_BODY, "Lee, Ishiba agree on hydrogen, AI cooperation", "2025-08-24"))
    assert summit.story_id != curbs.story_id
    later = dedup.assign(
        _article(
            [*EXPORT_CURBS_BODY[:1], "A year on, the curbs remain."],
            "Japan to tighten export controls on chip materials",
            "2020-07-01",
        )
    )
    assert later.kind == "new" or later.story_id != curbs.story_id


def test_index_survives_a_round_trip_through_bytes() -> None:
    from dyadwatch.dedup import Fingerprint, IndexEntry, signature_bytes

    original = _article(EXPORT_CURBS_BODY, "Japan tightens export curbs")
    fingerprint = Fingerprint.of(original)
    dedup = Deduplicator()
    dedup.load(
        [
            IndexEntry(
                original.id,
                original.content_hash,
                signature_bytes(fingerprint.body),
                signature_bytes(fingerprint.story),
                "s1",
                "2019-07-01",
            )
        ]
    )
    edited = [*EXPORT_CURBS_BODY[:2], EXPORT_CURBS_BODY[2] + " No details were given."]
    assert dedup.assign(_article(edited, "x")).original_id == original.id
