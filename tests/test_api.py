"""The REST API served for real: uvicorn on 127.0.0.1 in a thread, called over HTTP with httpx."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import dyadwatch
from dyadwatch.api import MAX_RECORDS, create_app

from articles import EXPORT_CURBS_BODY, REPOST, html_page
from conftest import served

TOKEN = "s3cret-test-token"
LONG_TEXT = (
    "SEOUL, Aug. 23 (Yonhap) -- President Lee Jae Myung and Japanese Prime Minister Shigeru Ishiba held talks in "
    "Tokyo on Saturday and agreed to expand exchanges between young people of the two countries, officials said. "
    "It was Lee's first visit to Japan since he took office in June, and the two leaders issued the first joint "
    "press statement by the two countries in 17 years. \"We will work together for a better future,\" Lee said."
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    folder = tmp_path_factory.mktemp("api")
    (folder / "in").mkdir()
    (folder / "in" / "repost.txt").write_text(REPOST, encoding="utf-8")
    (folder / "in" / "herald.html").write_text(
        html_page("Japan tightens export curbs", EXPORT_CURBS_BODY, meta_date="2019-07-01"), encoding="utf-8"
    )
    (folder / "in" / "bad.jsonl").write_text('{"id": "x", "text": "cut off\n', encoding="utf-8")
    db = f"sqlite:///{folder / 'api.db'}"
    dyadwatch.ingest(folder / "in", db=db)
    with served(create_app(db, token=TOKEN, max_body_bytes=200_000)) as base:
        yield base, db


def test_read_routes_answer_with_what_the_python_functions_return(server: tuple[str, str]) -> None:
    base, db = server
    with httpx.Client(base_url=base, timeout=30) as client:
        found = client.get("/api/articles", params={"q": "export"}).json()
        assert found and found == json.loads(json.dumps(dyadwatch.articles("export", db=db), default=str))
        article = client.get(f"/api/articles/{found[0]['id']}").json()
        assert article["text"] and {"entities", "quotes", "times", "events", "topics"} <= set(article)
        for span in article["quotes"]:  # a client can highlight each span in the text it was given
            assert article["text"][span["span_start"] : span["span_end"]] == span["text"]
        assert client.get("/api/events", params={"source": "JPN"}).json()
        series = client.get("/api/index", params={"grain": "year"}).json()
        assert series["grain"] == "year" and series["points"]
        busiest = max(series["points"], key=lambda p: p["events"])["period"]
        behind = client.get(f"/api/index/{busiest}/events", params={"grain": "year"}).json()
        assert behind and all(e["evidence"] for e in behind)
        for route in ("/api/quotes", "/api/actors", "/api/timeline", "/api/topics", "/api/speakers",
                      "/api/turning-points", "/api/stats", "/api/rejections"):  # fmt: skip
            answer = client.get(route)
            assert answer.status_code == 200, (route, answer.text)
        assert client.get("/api/stats").json()["inputs"] == 3
        on_trade = client.get("/api/quotes", params={"topic": "trade"}).json()
        assert on_trade and all(q["article_id"] in {a["id"] for a in found} for q in on_trade)
        assert client.get("/api/quotes", params={"topic": "gossip"}).status_code == 400
        assert client.get("/api/rejections").json()[0]["code"] == "bad_json"


def test_bad_input_gets_a_4xx_envelope_never_a_500(server: tuple[str, str]) -> None:
    base, _ = server
    cases = [
        ("GET", "/api/articles", {"params": {"since": "yesterday"}}, 400, "bad_input"),
        ("GET", "/api/articles", {"params": {"limit": "lots"}}, 400, "bad_request"),
        ("GET", "/api/articles/ffffffffffff", {}, 404, "not_found"),
        ("GET", "/api/index", {"params": {"grain": "decade"}}, 400, "bad_input"),
        ("GET", "/api/index", {"params": {"direction": "USA>JPN"}}, 400, "bad_input"),
        ("GET", "/api/index/2019-13/events", {}, 400, "bad_input"),
        ("GET", "/api/events", {"params": {"type": "HUG"}}, 400, "bad_input"),
        ("GET", "/api/nowhere", {}, 404, "not_found"),
        ("POST", "/api/annotate", {"content": b"{not json", "headers": {"content-type": "application/json"}}, 400,
         "bad_request"),
        ("POST", "/api/annotate", {"json": {"records": "nope"}}, 400, "bad_input"),
        ("POST", "/api/annotate", {"json": {"url": "file:///etc/passwd"}}, 400, "bad_input"),
        ("POST", "/api/annotate", {"json": {"records": [{"text": "x"}] * (MAX_RECORDS + 1)}}, 413, "too_large"),
        ("POST", "/api/annotate", {"content": b"x" * 300_000, "headers": {"content-type": "application/json"}}, 413,
         "too_large"),
    ]  # fmt: skip
    with httpx.Client(base_url=base, timeout=30, headers={"authorization": f"Bearer {TOKEN}"}) as client:
        for method, route, options, status, code in cases:
            answer = client.request(method, route, **options)
            assert answer.status_code == status, (route, options, answer.text)
            error = answer.json()["error"]
            assert error["code"] == code and error["message"] and "Traceback" not in answer.text, (route, error)
        sqlish = client.get("/api/articles", params={"q": "'; DROP TABLE articles; --"})
        assert sqlish.status_code == 200 and client.get("/api/stats").json()["articles"] >= 2


def test_write_routes_need_the_token_annotate_stores_nothing_and_ingest_stores(server: tuple[str, str]) -> None:
    base, db = server
    record = {"id": "api-1", "text": LONG_TEXT, "published": "2025-08-23", "title": "Lee and Ishiba meet"}
    with httpx.Client(base_url=base, timeout=120) as client:
        refused = client.post("/api/annotate", json=record)
        assert refused.status_code == 401 and refused.json()["error"]["code"] == "unauthorized"
        client.headers["authorization"] = f"Bearer {TOKEN}"
        before = dyadwatch.stats(db=db)["inputs"]
        annotated = client.post("/api/annotate", json=record).json()["records"]
        assert annotated[0]["id"] == "api-1" and annotated[0]["format"] == "dyadwatch/1"
        assert {("KOR", "JPN")} <= {(e["source"][:3], e["target"][:3]) for e in annotated[0]["events"]}
        assert dyadwatch.stats(db=db)["inputs"] == before  # annotate stores nothing
        report = client.post("/api/ingest", json={"records": [record, {"id": "api-2", "text": "too short"}]}).json()
        assert (report["stored"], report["rejected"]) == (1, 1) and report["rejections"][0]["code"] == "no_text"
        again = client.post("/api/ingest", json={"records": [record]}).json()
        assert again["unchanged"] == 1 and dyadwatch.stats(db=db)["inputs"] == before + 2


def test_the_openapi_schema_lists_every_route_with_its_parameters(server: tuple[str, str]) -> None:
    base, _ = server
    schema = httpx.get(f"{base}/openapi.json", timeout=30).json()
    paths = set(schema["paths"])
    assert {"/api/articles", "/api/articles/{article_id}", "/api/quotes", "/api/events", "/api/actors", "/api/index",
            "/api/index/{period}/events", "/api/turning-points", "/api/timeline", "/api/topics", "/api/speakers",
            "/api/stats", "/api/rejections", "/api/annotate", "/api/ingest"} <= paths  # fmt: skip
    index = {p["name"] for p in schema["paths"]["/api/index"]["get"]["parameters"]}
    assert {"grain", "direction", "exclude_historical", "normalise", "smooth", "since", "until"} <= index
    assert "post" in schema["paths"]["/api/ingest"]


def test_serve_binds_loopback_by_default() -> None:
    import inspect

    assert inspect.signature(dyadwatch.verbs.serve).parameters["host"].default == "127.0.0.1"


def test_a_database_path_sqlite_refuses_is_a_store_error_not_a_crash(tmp_path: Path) -> None:
    with pytest.raises(dyadwatch.DyadwatchError) as refused:
        dyadwatch.stats(db=f"sqlite:///{tmp_path}/\0bad.db")
    assert refused.value.code == "store_error"
