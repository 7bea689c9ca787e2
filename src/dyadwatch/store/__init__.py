"""The only place SQL lives: open/migrate a store, write batches idempotently, and query.

SQLite (default: WAL, FTS5) and PostgreSQL share this code; dialect differences are confined to
`_insert_ignore` and `_search_clause`. Writes are one transaction per batch; every row is keyed by a
content hash or (ref, sha256) so running the same input twice adds nothing.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import (
    Engine,
    case,
    create_engine,
    event,
    func,
    literal,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError

from ..dedup import IndexEntry
from ..errors import NotFoundError, StoreError
from ..model import PIPELINE_VERSION, READING_VERSION, NewArticle, Outcome, ProcessedRecord, Reading, RelatedLink
from .schema import (
    article_topics,
    articles,
    entities,
    event_identities,
    events,
    metadata,
    quotes,
    records,
    related_links,
    runs,
    times,
)

__all__ = ["Store", "file_identity", "fts5_query", "metadata"]

# index_totals results by (database, pair, contents version); a few stores at most per process
_TOTALS: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
_TOTALS_KEPT = 16
_TOTALS_LOCK = threading.Lock()

_MIN_ID_PREFIX = 6


def _migrations_config(connection: Any) -> Config:
    config = Config()
    config.set_main_option("script_location", str(resources.files(__package__).joinpath("migrations")))
    config.attributes["connection"] = connection
    return config


class Store:
    """A dyadwatch database: SQLite file or PostgreSQL server, migrated to the current schema."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name

    # -- opening ------------------------------------------------------------------------------------
    @classmethod
    def open(cls, url: str, *, migrate: bool = True) -> Store:
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise StoreError(f"not a database URL: {url!r}", hint="use sqlite:///path.db or postgresql://…") from exc
        if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        try:
            engine = create_engine(parsed, future=True)
        except (ArgumentError, ImportError) as exc:
            raise StoreError(f"cannot open {url!r}: {exc}", hint="install the database driver") from exc
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        store = cls(engine)
        if migrate:
            store.migrate()
        return store

    def migrate(self) -> None:
        try:
            with self.engine.begin() as connection:
                config = _migrations_config(connection)
                head = ScriptDirectory.from_config(config).get_current_head()
                current = MigrationContext.configure(connection).get_current_revision()
                if current is not None and current != head and not _is_ancestor(config, current, head):
                    raise StoreError(
                        f"the database is at schema {current}, newer than this dyadwatch ({head})",
                        hint="upgrade dyadwatch",
                    )
                if current != head:
                    command.upgrade(config, "head")
        except OperationalError as exc:
            raise StoreError(f"cannot open the database: {exc.orig}", hint="check --db / DYADWATCH_DB") from exc
        except ValueError as exc:  # sqlite3 refuses some paths before opening them ("embedded null byte")
            raise StoreError(f"cannot open the database: {exc}", hint="check --db / DYADWATCH_DB") from exc

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- ingest support -----------------------------------------------------------------------------
    def known_records(self) -> tuple[set[tuple[str, str]], set[str]]:
        """((ref, sha256) of every record seen, refs that were stored or de-duplicated) for resuming."""
        with self.engine.connect() as connection:
            rows = connection.execute(select(records.c.ref, records.c.sha256, records.c.status)).all()
        return {(r.ref, r.sha256) for r in rows}, {r.ref for r in rows if r.status != "rejected"}

    def dedup_entries(self) -> Iterator[IndexEntry]:
        query = select(
            articles.c.id,
            articles.c.content_hash,
            articles.c.body_signature,
            articles.c.story_signature,
            articles.c.story_id,
            articles.c.published,
        ).order_by(articles.c.pk)
        with self.engine.connect() as connection:
            for row in connection.execute(query):
                yield IndexEntry(
                    row.id, row.content_hash, row.body_signature, row.story_signature, row.story_id, row.published
                )

    def start_run(self, targets: list[str]) -> int:
        with self.engine.begin() as connection:
            result = connection.execute(runs.insert().values(started_at=_now(), targets=targets, status="running"))
            return int(result.inserted_primary_key[0])

    def finish_run(self, run_id: int, counts: dict[str, Any], status: str = "finished") -> None:
        with self.engine.begin() as connection:
            connection.execute(
                runs.update().where(runs.c.id == run_id).values(finished_at=_now(), counts=counts, status=status)
            )

    def write_batch(self, run_id: int | None, batch: Iterable[ProcessedRecord]) -> None:
        """Insert one batch in one transaction; rows already present are left as they are."""
        article_rows: list[dict[str, Any]] = []
        link_rows: list[dict[str, Any]] = []
        record_rows: list[dict[str, Any]] = []
        reading_rows: dict[str, list[dict[str, Any]]] = {
            "entities": [], "quotes": [], "times": [], "events": [], "article_topics": []
        }  # fmt: skip
        now = _now()
        for item in batch:
            for new in item.new_articles:
                reading = item.readings.get(new.article.id)
                article_rows.append(_article_row(new, now, reading))
                if reading is not None:
                    for table, rows in _reading_rows(new.article.id, reading).items():
                        reading_rows[table] += rows
            link_rows += [_link_row(link) for link in item.links]
            record_rows.append(_record_row(item.outcome, run_id, now))
        try:
            with self.engine.begin() as connection:
                if article_rows:
                    connection.execute(self._insert_ignore(articles, ["content_hash"]), article_rows)
                for table, keys in (
                    (entities, ["article_id", "eid"]),
                    (quotes, ["article_id", "position"]),
                    (times, ["article_id", "position"]),
                    (events, ["article_id", "position"]),
                    (article_topics, ["article_id", "topic"]),
                ):
                    if reading_rows[table.name]:
                        connection.execute(self._insert_ignore(table, keys), reading_rows[table.name])
                self._refresh_identities(connection, {row["identity"] for row in reading_rows["events"]})
                if link_rows:
                    connection.execute(self._insert_ignore(related_links, ["parent_id", "article_id"]), link_rows)
                if record_rows:
                    connection.execute(self._insert_ignore(records, ["ref", "sha256"]), record_rows)
        except SQLAlchemyError as exc:
            raise StoreError(f"writing a batch failed: {exc}", hint="nothing of this batch was written") from exc

    def rebuild_event_identities(self) -> int:
        """Recompute every event_identities row from `events` (after a bulk load that bypassed write_batch);
        returns the number of real-world events."""
        with self.engine.begin() as connection:
            connection.execute(event_identities.delete())
            wanted = connection.execute(select(events.c.identity).where(events.c.identity.is_not(None)).distinct())
            self._refresh_identities(connection, {identity for (identity,) in wanted})
            return connection.execute(select(func.count()).select_from(event_identities)).scalar_one()

    def _refresh_identities(self, connection: Any, identities: set[str]) -> None:
        """Recompute the event_identities rows of these identities from `events` (idempotent: a rerun or a
        concurrent writer recomputes the same rows rather than adding to a count)."""
        wanted = sorted(i for i in identities if i)
        for start in range(0, len(wanted), 500):  # bounded IN lists
            chunk = wanted[start : start + 500]
            aggregate = (
                select(events.c.identity, func.min(events.c.pk).label("pk"),
                       func.count(events.c.article_id.distinct()).label("articles"))
                .where(events.c.identity.in_(chunk))
                .group_by(events.c.identity)
                .subquery()
            )  # fmt: skip
            rows = select(
                events.c.identity, events.c.type, events.c.source, events.c.target,
                func.substr(events.c.source, 1, 3), func.substr(events.c.target, 1, 3), events.c.date,
                events.c.historical, events.c.mode, events.c.weight, events.c.topics, events.c.pk,
                aggregate.c.articles,
            ).join(aggregate, aggregate.c.pk == events.c.pk)  # fmt: skip
            connection.execute(event_identities.delete().where(event_identities.c.identity.in_(chunk)))
            connection.execute(event_identities.insert().from_select(
                ["identity", "type", "source", "target", "source_country", "target_country", "date", "historical",
                 "mode", "weight", "topics", "first_pk", "articles"], rows,
            ))  # fmt: skip

    def _insert_ignore(self, table: Any, keys: list[str]) -> Any:
        if self.dialect == "postgresql":
            return postgresql.insert(table).on_conflict_do_nothing(index_elements=keys)
        if self.dialect == "sqlite":
            return sqlite.insert(table).on_conflict_do_nothing(index_elements=keys)
        return table.insert()

    # -- queries ------------------------------------------------------------------------------------
    def search_articles(
        self,
        q: str | None = None,
        *,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        lang: str | None = None,
        story: str | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        columns = [articles.c[name] for name in _LIST_COLUMNS]
        conditions = []
        if outlet:
            conditions.append(or_(articles.c.outlet.ilike(f"%{outlet}%"), articles.c.via.ilike(f"%{outlet}%")))
        conditions += _date_range(articles.c.published, since, until)
        if lang:
            conditions.append(articles.c.lang == lang)
        if story:
            conditions.append(articles.c.story_id == story)
        if q and self.dialect == "sqlite":
            query = self._fts5_page(q, columns, conditions, limit, offset)
        elif q:
            match, rank, snippet = self._search_clause(q)
            query = (
                select(*columns, snippet.label("snippet")).where(match, *conditions).order_by(rank)
                .limit(limit).offset(offset)
            )  # fmt: skip
        else:
            query = (
                select(*columns).where(*conditions)
                .order_by(articles.c.published.desc().nulls_last(), articles.c.pk).limit(limit).offset(offset)
            )  # fmt: skip
        with self.engine.connect() as connection:
            return [dict(row._mapping) for row in connection.execute(query)]

    def _fts5_page(self, q: str, columns: list[Any], conditions: list[Any], limit: int, offset: int) -> Any:
        """One page of FTS5 hits: rank every match in one pass over the index, keep the page, and only then
        build snippets (for the page's rows, not for every match: 10 s → well under 1 s at 100 k articles)."""
        fts_query = fts5_query(q)
        score = literal_column("bm25(articles_fts, 5.0, 1.0, 2.0)")
        page = (
            select(literal_column("articles_fts.rowid").label("pk"), score.label("score"))
            .select_from(text("articles_fts"))
            .join(articles, articles.c.pk == literal_column("articles_fts.rowid"))
            .where(text("articles_fts MATCH :fts_query").bindparams(fts_query=fts_query), *conditions)
            .order_by(score)
            .limit(limit)
            .offset(offset)
            .subquery()
        )
        snippet = (
            select(literal_column("snippet(articles_fts, 1, '[', ']', '…', 12)"))
            .select_from(text("articles_fts"))
            .where(text("articles_fts.rowid = articles.pk AND articles_fts MATCH :fts_snip").bindparams(
                fts_snip=fts_query))
            .scalar_subquery()
        )  # fmt: skip
        return select(*columns, snippet.label("snippet")).join(page, page.c.pk == articles.c.pk).order_by(page.c.score)

    def _search_clause(self, q: str) -> tuple[Any, Any, Any]:
        """PostgreSQL full-text search: match, rank and snippet (SQLite uses _fts5_page)."""
        document = func.to_tsvector(
            "simple",
            func.coalesce(articles.c.title, "") + " " + articles.c.text + " " + func.coalesce(articles.c.outlet, ""),
        )
        tsquery = func.websearch_to_tsquery("simple", q)  # quoted phrases and OR, like fts5_query
        snippet = func.ts_headline("simple", articles.c.text, tsquery, "StartSel=[, StopSel=], MaxWords=14, MinWords=6")
        return document.op("@@")(tsquery), func.ts_rank(document, tsquery).desc(), snippet

    def article(self, article_id: str) -> dict[str, Any]:
        """One article with its provenance, the copies that point at it and its related links."""
        if len(article_id) < _MIN_ID_PREFIX:
            raise NotFoundError(f"article id {article_id!r} is too short", hint=f"give ≥ {_MIN_ID_PREFIX} characters")
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(articles).where(articles.c.id.startswith(article_id, autoescape=True)).limit(2)
            ).all()
            if not rows:
                raise NotFoundError(f"no article {article_id!r}", hint="list ids with `dyadwatch articles`")
            if len(rows) > 1:
                raise NotFoundError(f"article id {article_id!r} is ambiguous", hint="give more characters")
            row = dict(rows[0]._mapping)
            for name in ("body_signature", "story_signature", "pk"):
                row.pop(name)
            row["records"] = [
                dict(r._mapping)
                for r in connection.execute(
                    select(records).where(records.c.article_id == row["id"]).order_by(records.c.pk)
                )
            ]
            row["related"] = [
                dict(r._mapping)
                for r in connection.execute(
                    select(
                        related_links.c.article_id, related_links.c.relative_time, articles.c.title, articles.c.outlet
                    )
                    .join(articles, articles.c.id == related_links.c.article_id)
                    .where(related_links.c.parent_id == row["id"])
                    .order_by(related_links.c.position)
                )
            ]
            row["related_from"] = [
                r.parent_id
                for r in connection.execute(
                    select(related_links.c.parent_id).where(related_links.c.article_id == row["id"])
                )
            ]
            for name, table in (("entities", entities), ("quotes", quotes), ("times", times), ("events", events)):
                order = table.c.eid if name == "entities" else table.c.position
                row[name] = [
                    {k: v for k, v in dict(r._mapping).items() if k not in {"pk", "article_id"}}
                    for r in connection.execute(
                        select(table).where(table.c.article_id == row["id"]).order_by(table.c.pk, order)
                    )
                ]
            row["topics"] = list(connection.execute(
                select(article_topics.c.topic).where(article_topics.c.article_id == row["id"])
                .order_by(article_topics.c.position)
            ).scalars())  # fmt: skip
            row["story_size"] = connection.execute(
                select(func.count()).select_from(articles).where(articles.c.story_id == row["story_id"])
            ).scalar_one()
        return row

    def quotes(
        self,
        *,
        speaker: str | None = None,
        affiliation: str | None = None,
        actor: str | None = None,
        kind: str | None = None,
        since: str | None = None,
        until: str | None = None,
        q: str | None = None,
        topic: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Stored quotes with their article's date, outlet and title, newest first; `topic` keeps quotes from
        articles tagged with it."""
        query = select(
            quotes.c.article_id,
            articles.c.published,
            articles.c.outlet,
            articles.c.title,
            quotes.c.kind,
            quotes.c.speaker_name,
            quotes.c.role,
            quotes.c.affiliation,
            quotes.c.actor,
            quotes.c.cue,
            quotes.c.how,
            quotes.c.confidence,
            quotes.c.text,
            quotes.c.span_start,
            quotes.c.span_end,
            quotes.c.speaker_kb,
        ).join(articles, articles.c.id == quotes.c.article_id)
        conditions = []
        if speaker:
            conditions.append(
                or_(
                    quotes.c.speaker_name.ilike(_contains(speaker), escape="\\"),
                    quotes.c.speaker_kb.ilike(_contains(speaker.replace(" ", "-")), escape="\\"),
                )
            )
        if affiliation:
            conditions.append(quotes.c.affiliation.ilike(_contains(affiliation), escape="\\"))
        if actor:
            conditions.append(_actor_is(quotes.c.actor, actor))
        if kind:
            conditions.append(quotes.c.kind == kind)
        conditions += _date_range(articles.c.published, since, until)
        if q:
            conditions.append(quotes.c.text.ilike(_contains(q), escape="\\"))
        if topic:
            tagged = select(article_topics.c.article_id).where(article_topics.c.topic == topic)
            conditions.append(quotes.c.article_id.in_(tagged))
        query = query.where(*conditions).order_by(
            articles.c.published.desc().nulls_last(), quotes.c.article_id, quotes.c.position
        )
        with self.engine.connect() as connection:
            return [dict(r._mapping) for r in connection.execute(query.limit(limit).offset(offset))]

    def events(
        self,
        *,
        type: str | None = None,
        source: str | None = None,
        target: str | None = None,
        since: str | None = None,
        until: str | None = None,
        historical: bool | None = None,
        every_article: bool = False,
        limit: int = 50,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Stored events by their own date (not the publication date), each with its evidence sentence.

        One row per real-world event (`identity`), shown by its first stored report, with `articles`: how
        many articles state it. `every_article` gives one row per article instead.
        """
        conditions = []
        if type:
            conditions.append(events.c.type == type.upper())
        for column, code in ((events.c.source, source), (events.c.target, target)):
            if code:
                conditions.append(_actor_is(column, code))
        conditions += _date_range(events.c.date, since, until)
        if historical is not None:
            conditions.append(events.c.historical.is_(historical))
        evidence = func.substr(
            articles.c.text, events.c.sentence_start + 1, events.c.sentence_end - events.c.sentence_start
        )
        columns = [
            events.c.article_id, events.c.date, events.c.date_from, events.c.historical, events.c.source,
            events.c.type, events.c.target, events.c.mode, events.c.quad, events.c.weight, events.c.trigger,
            events.c.confidence, events.c.identity, events.c.topics, articles.c.published, articles.c.outlet,
            evidence.label("evidence"),
        ]  # fmt: skip
        if every_article:
            query = select(*columns, literal(1).label("articles")).join(articles, articles.c.id == events.c.article_id)
            query = query.where(*conditions)
        else:  # the first report of each real-world event, as event_identities already knows it
            query = (
                select(*columns, event_identities.c.articles)
                .join(articles, articles.c.id == events.c.article_id)
                .join(event_identities, event_identities.c.first_pk == events.c.pk)
                .where(*conditions)
            )
        query = query.order_by(events.c.date.desc().nulls_last(), events.c.article_id, events.c.position)
        with self.engine.connect() as connection:
            return [dict(r._mapping) for r in connection.execute(query.limit(limit).offset(offset))]

    def distinct_events(self, *, since: str | None = None, until: str | None = None) -> Iterator[dict[str, Any]]:
        """Every real-world event once (as its first stored report states it), streamed: the input of the
        timeline and the topic trends. Columns: date, source, target, type, mode, weight, historical,
        identity, topics, articles (how many articles report it)."""
        table = event_identities
        query = select(
            table.c.date, table.c.source, table.c.target, table.c.type, table.c.mode, table.c.weight,
            table.c.historical, table.c.identity, table.c.topics, table.c.articles,
        ).where(*_date_range(table.c.date, since, until))  # fmt: skip
        with self.engine.connect() as connection:
            for row in connection.execution_options(stream_results=True, yield_per=5000).execute(query):
                yield dict(row._mapping)

    def events_version(self) -> tuple[Any, ...]:
        """A stamp that changes whenever stored events do: the newest event row and the number of real-world
        events (two index lookups, about 2 ms at a million events), for caches of what is computed from them."""
        with self.engine.connect() as connection:
            return tuple(connection.execute(
                select(select(func.max(events.c.pk)).scalar_subquery(),
                       select(func.count()).select_from(event_identities).scalar_subquery())
            ).one())  # fmt: skip

    def articles_version(self) -> Any:
        """A stamp that changes whenever stored articles do (the newest article row)."""
        with self.engine.connect() as connection:
            return connection.execute(select(func.max(articles.c.pk))).scalar()

    def index_totals(self, pair: tuple[str, str]) -> list[dict[str, Any]]:
        """Events between the two countries (each real-world event once) summed in SQL per own date,
        direction and historical flag: the input of the cooperation–conflict index.

        Kept per process for the store's current contents (the newest event row and the number of real-world
        events, two index lookups), so a dashboard asking again is answered without a scan."""
        key = (self.engine.url.render_as_string(hide_password=False), pair, self.events_version())
        with _TOTALS_LOCK:
            if key in _TOTALS:
                return _TOTALS[key]
        totals = self._index_totals(pair)
        with _TOTALS_LOCK:
            _TOTALS[key] = totals
            while len(_TOTALS) > _TOTALS_KEPT:
                _TOTALS.pop(next(iter(_TOTALS)))
        return totals

    def _index_totals(self, pair: tuple[str, str]) -> list[dict[str, Any]]:
        table = event_identities
        positive = func.sum(case((table.c.weight > 0, table.c.weight), else_=0.0))
        negative = func.sum(case((table.c.weight < 0, table.c.weight), else_=0.0))
        first, second = pair
        dyad = or_(
            (table.c.source_country == first) & (table.c.target_country == second),
            (table.c.source_country == second) & (table.c.target_country == first),
        )
        query = (
            select(
                table.c.date, table.c.source_country.label("source"), table.c.target_country.label("target"),
                table.c.historical, func.count().label("events"), positive.label("cooperation"),
                negative.label("conflict"),
            )
            .where(dyad)
            .group_by(table.c.date, table.c.source_country, table.c.target_country, table.c.historical)
        )  # fmt: skip
        with self.engine.connect() as connection:
            return [dict(row._mapping) for row in connection.execute(query)]

    def export_rows(self, kind: str, *, since: str | None = None, until: str | None = None) -> Iterator[dict[str, Any]]:
        """All stored articles, quotes or events (one row per article's report), streamed in stored order for
        exports; `since`/`until` filter articles and quotes by publication date, events by their own date."""
        if kind == "articles":
            columns = [
                articles.c.id, articles.c.story_id, articles.c.title, articles.c.outlet, articles.c.via,
                articles.c.byline, articles.c.author_role, articles.c.url, articles.c.lang, articles.c.published,
                articles.c.published_grain, articles.c.published_from, articles.c.word_count, articles.c.origin,
                articles.c.reading_note, articles.c.text,
            ]  # fmt: skip
            query = select(*columns).where(*_date_range(articles.c.published, since, until)).order_by(articles.c.pk)
        elif kind == "quotes":
            query = (
                select(
                    quotes.c.article_id, articles.c.published, articles.c.outlet, quotes.c.kind, quotes.c.text,
                    quotes.c.speaker_name, quotes.c.speaker_kb, quotes.c.role, quotes.c.affiliation, quotes.c.actor,
                    quotes.c.cue, quotes.c.span_start, quotes.c.span_end, quotes.c.confidence,
                )
                .join(articles, articles.c.id == quotes.c.article_id)
                .where(*_date_range(articles.c.published, since, until))
                .order_by(quotes.c.pk)
            )  # fmt: skip
        elif kind == "events":
            evidence = func.substr(
                articles.c.text, events.c.sentence_start + 1, events.c.sentence_end - events.c.sentence_start
            )
            query = (
                select(
                    events.c.article_id, events.c.identity, events.c.date, events.c.date_from, events.c.historical,
                    events.c.source, events.c.type, events.c.target, events.c.mode, events.c.quad, events.c.weight,
                    events.c.trigger, events.c.confidence, articles.c.published, articles.c.outlet,
                    evidence.label("evidence"),
                )
                .join(articles, articles.c.id == events.c.article_id)
                .where(*_date_range(events.c.date, since, until))
                .order_by(events.c.pk)
            )  # fmt: skip
        else:
            raise ValueError(f"no export of {kind!r}: articles, quotes or events")
        with self.engine.connect() as connection:
            for row in connection.execution_options(stream_results=True, yield_per=2000).execute(query):
                yield dict(row._mapping)

    def evidence_of(self, identities: Iterable[str]) -> dict[str, str]:
        """The evidence sentence of the first stored report of each event identity."""
        wanted = list(dict.fromkeys(identities))
        if not wanted:
            return {}
        evidence = func.substr(
            articles.c.text, events.c.sentence_start + 1, events.c.sentence_end - events.c.sentence_start
        )
        query = (
            select(events.c.identity, evidence)
            .join(event_identities, event_identities.c.first_pk == events.c.pk)
            .join(articles, articles.c.id == events.c.article_id)
            .where(event_identities.c.identity.in_(wanted))
        )
        with self.engine.connect() as connection:
            return {identity: text for identity, text in connection.execute(query)}

    def quote_rows(self, *, since: str | None = None, until: str | None = None) -> Iterator[dict[str, Any]]:
        """Every stored quote's speaker fields with its article's id and publication date, streamed."""
        query = (
            select(
                quotes.c.article_id, articles.c.published, quotes.c.kind, quotes.c.speaker_name, quotes.c.speaker_kb,
                quotes.c.actor,
            )
            .join(articles, articles.c.id == quotes.c.article_id)
            .where(*_date_range(articles.c.published, since, until))
        )  # fmt: skip
        with self.engine.connect() as connection:
            for row in connection.execution_options(stream_results=True, yield_per=5000).execute(query):
                yield dict(row._mapping)

    def topics_by_article(self) -> dict[str, list[str]]:
        """Each tagged article's topics, main first."""
        found: dict[str, list[str]] = {}
        query = select(article_topics.c.article_id, article_topics.c.topic).order_by(
            article_topics.c.article_id, article_topics.c.position
        )
        with self.engine.connect() as connection:
            for article_id, topic in connection.execute(query):
                found.setdefault(article_id, []).append(topic)
        return found

    def topics_per_day(self) -> Iterator[tuple[str | None, str, int]]:
        """(publication day, topic, articles) for every tagged article, grouped in SQL."""
        query = (
            select(articles.c.published, article_topics.c.topic, func.count())
            .join(articles, articles.c.id == article_topics.c.article_id)
            .group_by(articles.c.published, article_topics.c.topic)
        )
        with self.engine.connect() as connection:
            yield from ((day, topic, count) for day, topic, count in connection.execute(query))

    def articles_per_day(self) -> dict[str, int]:
        """Stored articles by publication day (the volume the index can be normalised by)."""
        query = select(articles.c.published, func.count()).where(articles.c.published.is_not(None))
        with self.engine.connect() as connection:
            return {day: count for day, count in connection.execute(query.group_by(articles.c.published))}

    def actors(
        self, *, q: str | None = None, kind: str | None = None, actor: str | None = None, limit: int = 50
    ) -> list[dict[str, Any]]:
        """Entities across articles: one row per kb id (or name, when unknown to the kb) and actor code."""
        identity = func.coalesce(entities.c.kb, entities.c.kind + ":" + entities.c.name)
        quoted = (
            select(func.count())
            .select_from(quotes)
            .where(quotes.c.article_id == entities.c.article_id, quotes.c.speaker_eid == entities.c.eid)
            .correlate(entities)
            .scalar_subquery()
        )
        query = select(
            func.min(entities.c.name).label("name"),
            entities.c.kind,
            entities.c.actor,  # one row per actor code: Lee Jae Myung was KOR-OPP before he was KOR-GOV
            entities.c.kb,
            func.max(entities.c.role).label("role"),
            func.max(entities.c.affiliation).label("affiliation"),
            func.count(entities.c.article_id.distinct()).label("articles"),
            func.sum(entities.c.mention_count).label("mentions"),
            func.sum(quoted).label("quotes"),
        ).group_by(identity, entities.c.kind, entities.c.kb, entities.c.actor)
        conditions = []
        if q:
            conditions.append(
                or_(
                    entities.c.name.ilike(_contains(q), escape="\\"),
                    entities.c.kb.ilike(_contains(q.replace(" ", "-")), escape="\\"),
                )
            )
        if kind:
            conditions.append(entities.c.kind == kind.upper())
        if actor:
            conditions.append(_actor_is(entities.c.actor, actor))
        query = query.where(*conditions).order_by(
            func.sum(quoted).desc(), func.sum(entities.c.mention_count).desc()
        )
        with self.engine.connect() as connection:
            return [dict(r._mapping) for r in connection.execute(query.limit(limit))]

    def rejections(self, code: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        query = select(
            records.c.ref,
            records.c.code,
            records.c.message,
            records.c.hint,
            records.c.kind,
            records.c.source_name,
            records.c.ingested_at,
        ).where(records.c.status == "rejected")
        if code:
            query = query.where(records.c.code == code)
        query = query.order_by(records.c.pk).limit(limit)
        with self.engine.connect() as connection:
            return [dict(row._mapping) for row in connection.execute(query)]

    def stats(self) -> dict[str, Any]:
        """Counts that add up: every input record is stored, duplicate or rejected."""
        with self.engine.connect() as connection:

            def grouped(column: Any, *where: Any, table: Any = articles) -> dict[str, int]:
                query = select(column, func.count()).select_from(table).where(*where).group_by(column)
                return {str(key): count for key, count in connection.execute(query.order_by(func.count().desc()))}

            month = func.substr(articles.c.published, 1, 7)
            return {
                "inputs": connection.execute(select(func.count()).select_from(records)).scalar_one(),
                "by_status": grouped(records.c.status, table=records),
                "rejections_by_code": grouped(records.c.code, records.c.status == "rejected", table=records),
                "duplicates_by_kind": grouped(records.c.duplicate_kind, records.c.status == "duplicate", table=records),
                "articles": connection.execute(select(func.count()).select_from(articles)).scalar_one(),
                "articles_by_origin": grouped(articles.c.origin),
                "stories": connection.execute(select(func.count(articles.c.story_id.distinct()))).scalar_one(),
                "by_outlet": grouped(func.coalesce(articles.c.outlet, "(unknown)")),
                "by_via": grouped(articles.c.via, articles.c.via.is_not(None)),
                "by_month": dict(sorted(grouped(func.coalesce(month, "(undated)")).items())),
                "by_lang": grouped(articles.c.lang),
                "by_published_from": grouped(articles.c.published_from),
                "runs": connection.execute(select(func.count()).select_from(runs)).scalar_one(),
                "articles_read": connection.execute(
                    select(func.count())
                    .select_from(articles)
                    .where(articles.c.reading_version.is_not(None), articles.c.reading_note.is_(None))
                ).scalar_one(),
                "reading_notes": grouped(
                    func.substr(articles.c.reading_note, 1, 40), articles.c.reading_note.is_not(None)
                ),
                "entities": connection.execute(select(func.count()).select_from(entities)).scalar_one(),
                "quotes_by_kind": grouped(quotes.c.kind, table=quotes),
                "times": connection.execute(select(func.count()).select_from(times)).scalar_one(),
                "events_by_type": grouped(events.c.type, table=events),
            }


_LIST_COLUMNS = (
    "id",
    "title",
    "outlet",
    "via",
    "published",
    "published_grain",
    "lang",
    "word_count",
    "story_id",
    "origin",
    "url",
)


def _date_range(column: Any, since: str | None, until: str | None) -> list[Any]:
    """Conditions for a date column between two partial dates, inclusive: '2025-08' includes 2025-08-31."""
    conditions = []
    if since:
        conditions.append(column >= since)
    if until:
        conditions.append(column <= until + "\uffff")
    return conditions


def _actor_is(column: Any, code: str) -> Any:
    """An actor code, or a country with all its sectors: "JPN" matches JPN, JPN-GOV, JPN-BUS."""
    return or_(column == code, column.startswith(code + "-", autoescape=True))


def _contains(value: str) -> str:
    """A LIKE pattern matching `value` anywhere, with LIKE's own wildcards escaped."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def fts5_query(q: str) -> str:
    """User text → a safe FTS5 query: quoted phrases kept, other words quoted and ANDed, OR kept."""
    parts: list[str] = []
    for phrase, word in re.findall(r'"([^"]+)"|(\S+)', q):
        if word.upper() == "OR" and parts and parts[-1] != "OR":
            parts.append("OR")
            continue
        tokens = re.findall(r"[^\W_]+", phrase or word)
        if tokens:
            parts.append('"' + " ".join(tokens) + '"')
    while parts and parts[-1] == "OR":
        parts.pop()
    return " ".join(parts) or '""'


def _link_row(link: RelatedLink) -> dict[str, Any]:
    return {
        "parent_id": link.parent_id,
        "article_id": link.article_id,
        "position": link.position,
        "relative_time": link.relative_time,
    }


def _reading_rows(article_id: str, reading: Reading) -> dict[str, list[dict[str, Any]]]:
    kb_of = {entity.id: entity.kb for entity in reading.entities}
    return {
        "entities": [
            {
                "article_id": article_id,
                "eid": e.id,
                "name": e.name,
                "kind": e.kind,
                "actor": e.actor,
                "kb": e.kb,
                "role": e.role,
                "affiliation": e.affiliation,
                "country": e.country,
                "mentions": [[m.start, m.end, m.how] for m in e.mentions],
                "mention_count": len(e.mentions),
                "stage_version": READING_VERSION,
            }
            for e in reading.entities
        ],
        "quotes": [
            {
                "article_id": article_id,
                "position": n,
                "kind": q.kind,
                "text": q.text,
                "span_start": q.start,
                "span_end": q.end,
                "speaker_eid": q.speaker,
                "speaker_name": q.speaker_name,
                "speaker_kb": kb_of.get(q.speaker) if q.speaker else None,
                "role": q.role,
                "affiliation": q.affiliation,
                "actor": q.actor,
                "cue": q.cue,
                "how": q.how,
                "confidence": q.confidence,
                "stage_version": READING_VERSION,
            }
            for n, q in enumerate(reading.quotes)
        ],
        "times": [
            {
                "article_id": article_id,
                "position": n,
                "text": t.text,
                "span_start": t.start,
                "span_end": t.end,
                "value": t.value,
                "type": t.type,
                "grain": t.grain,
                "end_value": t.end_value,
                "mod": t.mod,
                "anchor": t.anchor,
                "stage_version": READING_VERSION,
            }
            for n, t in enumerate(reading.times)
        ],
        "events": [
            {
                "article_id": article_id, "position": n, "type": e.type, "mode": e.mode, "source": e.source,
                "target": e.target, "source_eid": e.source_entity, "target_eid": e.target_entity, "date": e.date,
                "date_from": e.date_from, "historical": e.historical, "quad": e.quad, "weight": e.weight,
                "trigger": e.trigger, "trigger_start": e.trigger_start, "trigger_end": e.trigger_end,
                "sentence_start": e.sentence_start, "sentence_end": e.sentence_end,
                "mentions": [list(m) for m in e.mentions], "confidence": e.confidence,
                "stage_version": READING_VERSION, "identity": e.identity, "topics": list(e.topics),
            }
            for n, e in enumerate(reading.events)
        ],
        "article_topics": [
            {"article_id": article_id, "position": n, "topic": topic, "stage_version": READING_VERSION}
            for n, topic in enumerate(reading.topics)
        ],
    }


def _article_row(new: NewArticle, now: datetime, reading: Reading | None = None) -> dict[str, Any]:
    article = new.article
    return {
        "reading_version": READING_VERSION if reading is not None else None,
        "reading_note": reading.note or None if reading is not None else None,
        "id": article.id,
        "content_hash": article.content_hash,
        "origin": new.origin,
        "external_id": article.external_id,
        "story_id": new.story_id,
        "title": article.title,
        "byline": article.byline,
        "author_role": article.author_role,
        "outlet": article.outlet,
        "via": article.via,
        "url": article.url,
        "lang": article.lang,
        "published": article.published.value,
        "published_grain": article.published.grain,
        "published_from": article.published.origin,
        "published_note": article.published.note or None,
        "text": article.text,
        "word_count": article.word_count,
        "captions": list(article.captions),
        "removed": [{"kind": r.kind, "text": r.text, "reason": r.reason} for r in article.removed],
        "relative_time": article.relative_time,
        "source_ref": article.provenance.ref,
        "sha256": article.provenance.sha256,
        "body_signature": new.body_signature,
        "story_signature": new.story_signature,
        "pipeline_version": PIPELINE_VERSION,
        "created_at": now,
    }


def _record_row(outcome: Outcome, run_id: int | None, now: datetime) -> dict[str, Any]:
    provenance = outcome.provenance
    article, verdict, rejection = outcome.article, outcome.verdict, outcome.rejection
    return {
        "ref": outcome.ref,
        "sha256": provenance.sha256,
        "kind": provenance.kind,
        "source_name": provenance.source_name,
        "status": outcome.status,
        "article_id": outcome.article_id,
        "duplicate_kind": verdict.kind if verdict and verdict.kind != "new" else None,
        "similarity": verdict.similarity if verdict and verdict.kind != "new" else None,
        "code": rejection.code if rejection else None,
        "message": rejection.message if rejection else None,
        "hint": rejection.hint if rejection else None,
        "url": article.url if article else None,
        "outlet": article.outlet if article else None,
        "title": article.title if article else None,
        "fetched_at": provenance.fetched_at,
        "http_status": provenance.http_status,
        "run_id": run_id,
        "ingested_at": now,
    }


def _now() -> datetime:
    return datetime.now(UTC)


def file_identity(url: str) -> Any:
    """What a SQLite file URL points at now ((device, inode), or "missing"), so that a cached Store can tell
    that its file was replaced; None for servers and in-memory databases, and for URLs Store.open refuses."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    try:
        found = Path(parsed.database).expanduser().stat()
    except (OSError, ValueError):
        return "missing"
    return (found.st_dev, found.st_ino)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _is_ancestor(config: Config, current: str, head: str | None) -> bool:
    script = ScriptDirectory.from_config(config)
    try:
        return any(rev.revision == current for rev in script.walk_revisions(base="base", head=head or "heads"))
    except Exception:  # an unknown revision id: the database comes from a newer dyadwatch
        return False
