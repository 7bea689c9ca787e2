"""The REST API: a FastAPI app whose routes call the public Python functions (dyadwatch.verbs) and nothing else.

Every failure answers with one envelope, `{"error": {"code", "message", "hint"}}`, and a 4xx status for bad
input (never a stack trace). Write routes (`POST /api/annotate`, `POST /api/ingest`) need
`Authorization: Bearer TOKEN` when a token is configured. Request bodies over `max_body_bytes` are refused
before they are read. `dyadwatch serve` binds 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Annotated, Any

from fastapi import Body, Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import Payload, __version__, verbs
from ..errors import DyadwatchError, InputError, NotFoundError
from ..web import static_dir

MAX_BODY_BYTES = 10 * 2**20
MAX_RECORDS = 500  # records per write request: bigger batches belong to `dyadwatch ingest`
STATUS = {"not_found": 404, "unauthorized": 401, "too_large": 413, "store_error": 503, "bad_config": 500}


def _envelope(status: int, code: str, message: str, hint: str = "") -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message, "hint": hint}}, status_code=status)


def create_app(db: str | None = None, *, token: str | None = None, max_body_bytes: int = MAX_BODY_BYTES) -> FastAPI:
    """The app for one store (`db`, else DYADWATCH_DB, else ./dyadwatch.db)."""
    app = FastAPI(
        title="dyadwatch", version=__version__,
        description="News intelligence for the relations between two countries: articles, quotes, PLOVER events "
                    "dated by their own dates, and the cooperation–conflict index.",
    )  # fmt: skip
    app.state.db = db

    @app.middleware("http")
    async def limit_body(request: Request, call_next: Any) -> Any:
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > max_body_bytes):
            return _envelope(413, "too_large", f"request body over {max_body_bytes:,} bytes",
                             "send fewer records per request, or use `dyadwatch ingest` for files")  # fmt: skip
        return await call_next(request)

    @app.exception_handler(DyadwatchError)
    async def dyadwatch_error(_: Request, exc: DyadwatchError) -> JSONResponse:
        fallback = 404 if isinstance(exc, NotFoundError) else 400 if isinstance(exc, InputError) else 500
        return _envelope(STATUS.get(exc.code, fallback), exc.code, exc.message, exc.hint or "")

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()) if p != 'body') or 'body'}: {e.get('msg', 'invalid')}"
            for e in exc.errors()
        )
        return _envelope(400, "bad_request", problems or "the request is not valid",
                         "see /docs for the parameters of this route")  # fmt: skip

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed", 401: "unauthorized"}.get(exc.status_code, "http_error")
        return _envelope(exc.status_code, code, str(exc.detail), "see /docs for the routes")

    @app.exception_handler(Exception)
    async def unexpected(_: Request, exc: Exception) -> JSONResponse:  # a bug: say so without a stack trace
        return _envelope(500, "internal_error", f"{type(exc).__name__}: the server could not answer this request",
                         "this is a bug in dyadwatch; the server log has the details")  # fmt: skip

    def writer(request: Request) -> None:
        if token and request.headers.get("authorization", "") != f"Bearer {token}":
            raise DyadwatchError("this route needs the API token", code="unauthorized",
                                 hint="send Authorization: Bearer TOKEN (the token given to `dyadwatch serve`)")

    _read_routes(app)
    _write_routes(app, writer)
    app.mount("/static", StaticFiles(directory=static_dir()), name="static")

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(static_dir() / "index.html", media_type="text/html")

    return app


Limit = Annotated[int, Query(ge=1, le=1000)]
Offset = Annotated[int, Query(ge=0)]


def _read_routes(app: FastAPI) -> None:
    def db() -> str | None:
        return app.state.db

    @app.get("/api/articles", summary="Search and filter stored articles")
    def articles(q: str | None = None, outlet: str | None = None, since: str | None = None,
                 until: str | None = None, lang: str | None = None, story: str | None = None,
                 limit: Limit = 20, offset: Offset = 0) -> list[dict[str, Any]]:  # fmt: skip
        return verbs.articles(q, outlet=outlet, since=since, until=until, lang=lang, story=story, limit=limit,
                              offset=offset, db=db())  # fmt: skip

    @app.get("/api/articles/{article_id}", summary="One article: cleaned text and every span")
    def article(article_id: str) -> dict[str, Any]:
        return verbs.show(article_id, db=db())

    @app.get("/api/quotes", summary="Who said what")
    def quotes(speaker: str | None = None, affiliation: str | None = None, actor: str | None = None,
               kind: str | None = None, since: str | None = None, until: str | None = None, q: str | None = None,
               topic: str | None = None, limit: Limit = 50, offset: Offset = 0) -> list[dict[str, Any]]:  # fmt: skip
        return verbs.quotes(speaker=speaker, affiliation=affiliation, actor=actor, kind=kind, since=since,
                            until=until, q=q, topic=topic, limit=limit, offset=offset, db=db())  # fmt: skip

    @app.get("/api/events", summary="PLOVER events by their own date")
    def events(type: str | None = None, source: str | None = None, target: str | None = None,
               since: str | None = None, until: str | None = None, historical: bool | None = None,
               every_article: bool = False, limit: Limit = 50, offset: Offset = 0) -> list[dict[str, Any]]:  # fmt: skip
        return verbs.events(type=type, source=source, target=target, since=since, until=until,
                            historical=historical, every_article=every_article, limit=limit, offset=offset,
                            db=db())  # fmt: skip

    @app.get("/api/actors", summary="People, organisations and places with actor codes")
    def actors(q: str | None = None, kind: str | None = None, actor: str | None = None,
               limit: Limit = 50) -> list[dict[str, Any]]:  # fmt: skip
        return verbs.actors(q, kind=kind, actor=actor, limit=limit, db=db())

    @app.get("/api/index", summary="The cooperation–conflict index")
    def index(grain: str = "month", direction: str = "both", exclude_historical: bool = False,
              normalise: str = "none", smooth: Annotated[int, Query(ge=1, le=60)] = 1, since: str | None = None,
              until: str | None = None, topic: str | None = None) -> dict[str, Any]:  # fmt: skip
        return asdict(verbs.index(grain=grain, direction=direction, exclude_historical=exclude_historical,
                                  normalise=normalise, smooth=smooth, since=since, until=until, topic=topic,
                                  db=db()))  # fmt: skip

    @app.get("/api/index/{period}/events", summary="The events behind one point of the index")
    def index_events(period: str, grain: str = "month", direction: str = "both", exclude_historical: bool = False,
                     limit: Limit = 20) -> list[dict[str, Any]]:  # fmt: skip
        return verbs.index_events(period, grain=grain, direction=direction, exclude_historical=exclude_historical,
                                  limit=limit, db=db())  # fmt: skip

    @app.get("/api/turning-points", summary="Where the index changes level")
    def turning_points(grain: str = "quarter", direction: str = "both", exclude_historical: bool = False,
                       normalise: str = "none", smooth: Annotated[int, Query(ge=1, le=60)] = 1,
                       since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:  # fmt: skip
        return verbs.turning_points(grain=grain, direction=direction, exclude_historical=exclude_historical,
                                    normalise=normalise, smooth=smooth, since=since, until=until, db=db())  # fmt: skip

    @app.get("/api/timeline", summary="Curated timeline merged with extracted events")
    def timeline(since: str | None = None, until: str | None = None, min_weight: float = 4.0,
                 news_only: bool = False, limit: Limit = 200) -> list[dict[str, Any]]:  # fmt: skip
        return verbs.timeline(since=since, until=until, min_weight=min_weight, include_historical=not news_only,
                              limit=limit, db=db())  # fmt: skip

    @app.get("/api/topics", summary="Topic trends")
    def topics(grain: str = "year", topic: str | None = None, since: str | None = None,
               until: str | None = None) -> list[dict[str, Any]]:  # fmt: skip
        return verbs.topics(grain=grain, topic=topic, since=since, until=until, db=db())

    @app.get("/api/speakers", summary="Who is quoted, on what, how often, when")
    def speakers(topic: str | None = None, grain: str = "year", since: str | None = None, until: str | None = None,
                 limit: Limit = 30) -> list[dict[str, Any]]:  # fmt: skip
        return verbs.speakers(topic=topic, grain=grain, since=since, until=until, limit=limit, db=db())

    @app.get("/api/pair", summary="The two countries watched (kb/countries.toml)")
    def pair() -> list[str]:
        return list(verbs.pair())

    @app.get("/api/stats", summary="Totals that add up to the input count")
    def stats() -> dict[str, Any]:
        return verbs.stats(db=db())

    @app.get("/api/rejections", summary="Every input that was not stored, and why")
    def rejections(code: str | None = None, limit: Annotated[int | None, Query(ge=1)] = None) -> list[dict[str, Any]]:
        return verbs.rejections(code=code, limit=limit, db=db())


WriteBody = Annotated[
    dict[str, Any],
    Body(examples=[{"id": "a1", "text": "SEOUL, July 1 (Yonhap) -- …", "published": "2019-07-01"},
                   {"records": [{"id": "a1", "html": "<html>…</html>"}]}, {"url": "https://example.com/news/1"}]),
]  # fmt: skip


def _inputs(body: dict[str, Any]) -> list[str | Payload]:
    """A write body: one record ({"text"|"html", …}), {"records": [...]}, or {"url": "https://…"}."""
    if "url" in body and not ({"text", "html"} & set(body)):
        url = body["url"]
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise InputError("url must be an http(s) URL", hint='send {"url": "https://…"}')
        return [url]
    records = body.get("records", [body])
    if not isinstance(records, list) or not records or not all(isinstance(r, dict) for r in records):
        raise InputError("records must be a non-empty list of objects",
                         hint='send {"text": …} or {"records": [{"id": …, "text": …}, …]}')  # fmt: skip
    if len(records) > MAX_RECORDS:
        raise DyadwatchError(f"{len(records)} records in one request, over {MAX_RECORDS}", code="too_large",
                             hint="split the batch, or write a JSONL file and run `dyadwatch ingest`")  # fmt: skip
    lines = "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n"
    return [Payload("api", lines.encode("utf-8"))]


def _write_routes(app: FastAPI, writer: Any) -> None:
    @app.post("/api/annotate", summary="Annotate text, HTML or a URL; nothing is stored",
              dependencies=[Depends(writer)])  # fmt: skip
    def annotate(body: WriteBody) -> dict[str, Any]:
        return {"records": list(verbs.annotate(_inputs(body)))}

    @app.post("/api/ingest", summary="Store documents; returns each record's fate", dependencies=[Depends(writer)])
    def ingest(body: WriteBody) -> dict[str, Any]:
        return verbs.ingest(_inputs(body), db=app.state.db).as_dict()
