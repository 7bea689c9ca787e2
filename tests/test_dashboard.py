"""The dashboard in a real headless Chromium (Debian `chromium`, driven by Playwright): it loads from the
local server with no network, draws the index, shows the events behind a clicked point, opens the article
with the evidence highlighted, searches, and shows HTML from an article as text. Screenshots are saved
under tests/artifacts/ for a human to look at."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import dyadwatch
from dyadwatch.api import create_app

from conftest import ROOT, SAMPLE, served

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "tests" / "artifacts"
HOSTILE = {
    "id": "hostile-1",
    "title": "<img src=x onerror=alert(1)> Seoul and Tokyo <script>alert(2)</script>",
    "published": "2025-08-23",
    "text": (
        "SEOUL, Aug. 23 (Yonhap) -- President Lee Jae Myung and Japanese Prime Minister Shigeru Ishiba held "
        "talks in Tokyo on Saturday <b>and agreed</b> to expand exchanges between young people of the two "
        "countries, officials said. It was the first joint press statement by the two countries in 17 years, "
        "and both leaders said they would keep up shuttle diplomacy with visits to each other's capitals."
    ),
}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is absent: `make test` installs Debian chromium (scripts/test-browser.sh)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed: `make test` installs the dev extra")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-background-networking"]
        )
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("dashboard")
    db = f"sqlite:///{folder / 'sample.db'}"
    (folder / "hostile.jsonl").write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    dyadwatch.ingest([SAMPLE / "html", SAMPLE / "feeds", folder / "hostile.jsonl"], db=db)
    with served(create_app(db)) as base:
        yield base


@pytest.fixture
def page(browser: Any, site: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    outside: list[str] = []
    opened.on("request", lambda r: outside.append(r.url) if not r.url.startswith(site) else None)
    dialogs: list[str] = []
    opened.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    opened.goto(site + "/")
    opened.outside, opened.dialogs = outside, dialogs
    yield opened
    assert not outside, f"the dashboard fetched from outside the server: {outside}"
    assert not dialogs, f"a script from the data ran: {dialogs}"
    context.close()


def _shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_the_index_draws_and_a_clicked_point_shows_its_events_and_their_article(page: Any) -> None:
    page.wait_for_selector("#chart svg circle.point")
    assert page.locator("#chart svg line.turning").count() + page.locator("#chart svg rect.curated").count() > 0
    _shot(page, "dashboard-index")
    busiest = max(
        page.locator("#chart svg circle.point").all(),
        key=lambda dot: int(dot.locator("title").text_content().split(": ")[1].split(" ")[0]),
    )
    busiest.click()
    rows = page.locator("#explain table tr.clickable")
    rows.first.wait_for()
    evidence = rows.first.locator("td").last.text_content()
    assert evidence and len(evidence) > 20
    _shot(page, "dashboard-explain")
    rows.first.click()
    page.wait_for_selector("#article mark.evidence")
    assert page.locator("#article mark.evidence").text_content().strip() == evidence.strip()
    _shot(page, "dashboard-article")
    page.locator("#article table tr.clickable").first.click()  # highlights that entity's mentions in the text
    page.wait_for_selector("#article mark.entity")
    assert all(m.strip() for m in page.locator("#article mark.entity").all_text_contents())
    assert page.locator("#article mark.quote").count() == 0  # quotes step aside for the entity


def test_search_quotes_topics_and_rejections_views(page: Any) -> None:
    page.click("nav a[data-view=search]")
    page.fill("#search-q", "Dokdo")
    page.click("#search-form button")
    page.wait_for_selector("#results table tr.clickable")
    assert "Dokdo" in page.locator("#results").text_content() or page.locator("#results tr.clickable").count()
    _shot(page, "dashboard-search")
    page.click("nav a[data-view=quotes]")
    page.wait_for_selector("#quotes table tr.clickable")
    assert page.locator("#speakers table tr.clickable").count() > 0
    page.click("nav a[data-view=topics]")
    page.wait_for_selector("#topics table tr")
    page.click("nav a[data-view=rejections]")
    page.wait_for_selector("#rejections h2")


def test_html_in_an_article_is_shown_as_text_and_never_run(page: Any) -> None:
    page.click("nav a[data-view=search]")
    page.fill("#search-q", "exchanges young people")
    page.click("#search-form button")
    row = page.locator("#results table tr.clickable", has_text="onerror")
    row.first.wait_for()
    assert "<img src=x onerror=alert(1)>" in row.first.text_content()
    row.first.click()
    page.wait_for_selector("#article .text")
    assert "<b>and agreed</b>" in page.locator("#article .text").text_content()
    assert page.locator("#article img, #article b, #article script").count() == 0

