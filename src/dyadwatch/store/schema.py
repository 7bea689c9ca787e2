"""SQLAlchemy Core schema: the one description of the tables, used by queries (migrations are explicit).

Portable types only, so the same code runs on SQLite and PostgreSQL; full-text search is created per
dialect by the migration (FTS5 on SQLite, a GIN tsvector index on PostgreSQL).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("targets", JSON, nullable=False),
    Column("counts", JSON),
    Column("status", String(16), nullable=False),  # running | finished | interrupted
)

articles = Table(
    "articles",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),  # integer rowid for full-text search
    Column("id", String(16), nullable=False, unique=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("origin", String(16), nullable=False),  # input | related
    Column("external_id", Text),
    Column("story_id", String(20), nullable=False),
    Column("title", Text),
    Column("byline", Text),
    Column("author_role", Text),
    Column("outlet", String(200)),
    Column("via", String(200)),
    Column("url", Text),
    Column("lang", String(8), nullable=False),
    Column("published", String(10)),
    Column("published_grain", String(8)),
    Column("published_from", String(8), nullable=False),
    Column("published_note", Text),
    Column("text", Text, nullable=False),
    Column("word_count", Integer, nullable=False),
    Column("captions", JSON, nullable=False),
    Column("removed", JSON, nullable=False),
    Column("relative_time", String(40)),
    Column("source_ref", Text, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("body_signature", LargeBinary, nullable=False),
    Column("story_signature", LargeBinary, nullable=False),
    Column("pipeline_version", String(20), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("reading_version", String(20)),  # null: stored before the reading stage, or reading switched off
    Column("reading_note", Text),
    Index("ix_articles_published", "published"),
    Index("ix_articles_outlet", "outlet"),
    Index("ix_articles_story", "story_id"),
)

related_links = Table(
    "related_links",
    metadata,
    Column("parent_id", String(16), ForeignKey("articles.id"), primary_key=True),
    Column("article_id", String(16), ForeignKey("articles.id"), primary_key=True),
    Column("position", Integer, nullable=False),
    Column("relative_time", String(40)),
)

records = Table(
    "records",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("ref", Text, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("source_name", String(100)),
    Column("status", String(12), nullable=False),  # stored | duplicate | rejected
    Column("article_id", String(16)),  # the stored article, or the original a duplicate points to
    Column("duplicate_kind", String(8)),  # exact | near
    Column("similarity", Float),
    Column("code", String(40)),
    Column("message", Text),
    Column("hint", Text),
    Column("url", Text),
    Column("outlet", String(200)),
    Column("title", Text),
    Column("fetched_at", DateTime(timezone=True)),
    Column("http_status", Integer),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("ref", "sha256", name="uq_records_ref_sha256"),
    Index("ix_records_status", "status"),
    Index("ix_records_article", "article_id"),
)

entities = Table(
    "entities",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(16), ForeignKey("articles.id"), nullable=False),
    Column("eid", String(8), nullable=False),
    Column("name", Text, nullable=False),
    Column("kind", String(8), nullable=False),
    Column("actor", String(24)),
    Column("kb", String(120)),
    Column("role", Text),
    Column("affiliation", Text),
    Column("country", String(8)),
    Column("mentions", JSON, nullable=False),
    Column("mention_count", Integer, nullable=False),
    Column("stage_version", String(20), nullable=False),
    UniqueConstraint("article_id", "eid", name="uq_entities_article_eid"),
    Index("ix_entities_kb", "kb"),
    Index("ix_entities_actor", "actor"),
    Index("ix_entities_name", "name"),
)

quotes = Table(
    "quotes",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(16), ForeignKey("articles.id"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("kind", String(8), nullable=False),  # direct | indirect
    Column("text", Text, nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("speaker_eid", String(8)),
    Column("speaker_name", Text),
    Column("speaker_kb", String(120)),
    Column("role", Text),
    Column("affiliation", Text),
    Column("actor", String(24)),
    Column("cue", String(40)),
    Column("how", String(12)),
    Column("confidence", Float, nullable=False),
    Column("stage_version", String(20), nullable=False),
    UniqueConstraint("article_id", "position", name="uq_quotes_article_position"),
    Index("ix_quotes_speaker", "speaker_name"),
    Index("ix_quotes_actor", "actor"),
)

times = Table(
    "times",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(16), ForeignKey("articles.id"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("value", String(40)),
    Column("type", String(10), nullable=False),
    Column("grain", String(10), nullable=False),
    Column("end_value", String(40)),
    Column("mod", String(8)),
    Column("anchor", String(10), nullable=False),
    Column("stage_version", String(20), nullable=False),
    UniqueConstraint("article_id", "position", name="uq_times_article_position"),
    Index("ix_times_value", "value"),
)

events = Table(
    "events",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(16), ForeignKey("articles.id"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("type", String(10), nullable=False),  # PLOVER root type
    Column("mode", String(12), nullable=False),
    Column("source", String(24)),
    Column("target", String(24)),
    Column("source_eid", String(8)),
    Column("target_eid", String(8)),
    Column("date", String(10)),  # the event's own date, or the publication date (date_from)
    Column("date_from", String(10), nullable=False),
    Column("historical", Boolean, nullable=False),
    Column("quad", String(20), nullable=False),
    Column("weight", Float, nullable=False),
    Column("trigger", Text, nullable=False),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_end", Integer, nullable=False),
    Column("mentions", JSON, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("stage_version", String(20), nullable=False),
    Column("identity", String(120)),  # model.event_identity: one real-world event across articles
    Column("topics", JSON),  # kb/topics.toml ids (migration 0005); null for events stored before it
    UniqueConstraint("article_id", "position", name="uq_events_article_position"),
    Index("ix_events_date", "date"),
    Index("ix_events_type", "type"),
    Index("ix_events_dyad", "source", "target"),
    Index("ix_events_identity", "identity"),
)

article_topics = Table(
    "article_topics",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(16), ForeignKey("articles.id"), nullable=False),
    Column("position", Integer, nullable=False),  # 0 = the article's main topic
    Column("topic", String(60), nullable=False),
    Column("stage_version", String(20), nullable=False),
    UniqueConstraint("article_id", "topic", name="uq_article_topics_article_topic"),
    Index("ix_article_topics_topic", "topic"),
)

# One row per real-world event (model.event_identity), recomputed from `events` for the identities each
# batch touches: what the index and the timeline read, so that they scan events once, not every report.
event_identities = Table(
    "event_identities",
    metadata,
    Column("identity", String(120), primary_key=True),
    Column("type", String(10), nullable=False),
    Column("source", String(24)),
    Column("target", String(24)),
    Column("source_country", String(3)),
    Column("target_country", String(3)),
    Column("date", String(10)),
    Column("historical", Boolean, nullable=False),
    Column("mode", String(12), nullable=False),
    Column("weight", Float, nullable=False),
    Column("topics", JSON),
    Column("first_pk", Integer, nullable=False),  # the first stored report (events.pk)
    Column("articles", Integer, nullable=False),
    # covering the index query: it groups these rows without reading the table
    Index("ix_event_identities_totals", "source_country", "target_country", "date", "historical", "weight"),
    Index("ix_event_identities_date", "date"),
)
