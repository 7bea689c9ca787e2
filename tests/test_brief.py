"""Briefs: a self-contained HTML page (and a PDF printed by headless Chromium) from a real store."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import dyadwatch
from dyadwatch.errors import InputError

from conftest import SAMPLE


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("brief")
    text = (
        "SEOUL, Aug. 23 (Yonhap) -- President Lee Jae Myung and Prime Minister Shigeru Ishiba held talks in Tokyo "
        "on Saturday and agreed <i>to expand</i> exchanges between the two countries, officials said, in the "
        "first joint press statement by the two countries in 17 years."
    )
    hostile = {"id": "h1", "published": "2025-08-23", "title": "<script>alert(1)</script> summit", "text": text}
    (folder / "hostile.jsonl").write_text(json.dumps(hostile) + "\n", encoding="utf-8")
    db = f"sqlite:///{folder / 'brief.db'}"
    dyadwatch.ingest([SAMPLE / "html", SAMPLE / "text", folder / "hostile.jsonl"], db=db)
    return db


def test_an_html_brief_has_every_section_is_self_contained_and_escapes_the_data(store: str, tmp_path: Path) -> None:
    done = dyadwatch.brief("2025-06", "2025-12", tmp_path / "brief.html", db=store)
    page = (tmp_path / "brief.html").read_text(encoding="utf-8")
    assert done["grain"] == "month" and done["events"] > 0
    for section in ("Cooperation–conflict index", "Turning points", "Top events", "Most quoted voices", "Topics",
                    "Method"):  # fmt: skip
        assert f">{section}" in page, section
    assert "<svg" in page and "<polyline" in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)  # nothing fetched from the network
    assert "<script" not in page and "<i>to expand</i>" not in page  # data is text, never markup


def test_a_topic_brief_keeps_only_that_topics_events(store: str, tmp_path: Path) -> None:
    done = dyadwatch.brief("2019", "2019-12", tmp_path / "trade.html", topic="trade", db=store)
    everything = dyadwatch.brief("2019", "2019-12", tmp_path / "all.html", db=store)
    assert 0 < done["events"] <= everything["events"]


def test_a_pdf_brief_is_printed_by_chromium(store: str, tmp_path: Path) -> None:
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("/usr/bin/chromium is absent: `make test` installs it (scripts/test-browser.sh)")
    dyadwatch.brief("2025-06", "2025-12", tmp_path / "brief.pdf", db=store)
    assert (tmp_path / "brief.pdf").read_bytes()[:5] == b"%PDF-"


def test_bad_brief_requests_are_input_errors(store: str, tmp_path: Path) -> None:
    cases = [("2025-12", "2025-06", "a.html", None), ("2025", "2025", "a.docx", None),
             ("last year", "2025", "a.html", None), ("2025", "2025", "a.html", "gossip")]
    for since, until, name, topic in cases:
        with pytest.raises(InputError):
            dyadwatch.brief(since, until, tmp_path / name, topic=topic, db=store)
