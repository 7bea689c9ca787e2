from __future__ import annotations

from datetime import datetime

import pytest

from dyadwatch.clean.dates import DateEvidence, date_from_url, infer_published, resolve_relative


def test_caller_date_wins() -> None:
    found = infer_published(DateEvidence(hint="2025-08-23", meta="2025-08-24", url="https://x.com/2025/08/25/a"))
    assert (found.value, found.grain, found.origin) == ("2025-08-23", "day", "input")


def test_metadata_before_url() -> None:
    found = infer_published(DateEvidence(meta="2019-07-01", url="https://x.com/2019/06/30/a"))
    assert (found.value, found.origin) == ("2019-07-01", "meta")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.koreaherald.com/view.php?ud=20190704000123", ("2019-07-04", "day")),
        ("https://en.yna.co.kr/view/AEN20190701000351315", ("2019-07-01", "day")),
        ("https://www.japantimes.co.jp/news/2012/08/10/national/lee-dokdo/", ("2012-08-10", "day")),
        ("https://example.com/2025/12/story.html", ("2025-12", "month")),
        ("https://example.com/news/story-123", None),
    ],
)
def test_url_dates(url: str, expected: tuple[str, str] | None) -> None:
    assert date_from_url(url) == expected


def test_weekday_beside_a_dated_day_fixes_the_year() -> None:
    text = (
        "Lee spoke on Friday, Aug. 15, the 80th anniversary of liberation. He recalled the 2019 export "
        "controls and the 1998 declaration."
    )
    found = infer_published(DateEvidence(text=text))
    assert (found.value, found.grain, found.origin) == ("2025-08-15", "day", "text")


def test_asset_url_gives_month_only() -> None:
    found = infer_published(
        DateEvidence(text="The court ruled on the case.", asset_urls=("https://cdn.x.com/2025/12/ruling.jpg",))
    )
    assert (found.value, found.grain) == ("2025-12", "month")


def test_latest_mentioned_date_is_a_bound_not_a_date() -> None:
    found = infer_published(DateEvidence(text="Lee Myung-bak landed on Dokdo on Aug. 10, 2012, angering Tokyo."))
    assert found.value is None and found.origin == "unknown"
    assert "2012-08-10" in found.note


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("21 minutes ago", "2025-08-24"),
        ("3 hours ago", "2025-08-24"),
        ("2 days ago", "2025-08-22"),
        ("an hour ago", "2025-08-24"),
        ("yesterday", "2025-08-23"),
    ],
)
def test_relative_times_resolve_against_capture(expression: str, expected: str) -> None:
    assert resolve_relative(expression, datetime(2025, 8, 24, 9, 30)) == expected
