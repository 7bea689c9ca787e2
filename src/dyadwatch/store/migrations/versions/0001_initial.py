"""Initial schema: runs, articles (with full-text search), related links, the records ledger.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_SQLITE_FTS = [
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, outlet, content='articles', content_rowid='pk',"
    " tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN"
    " INSERT INTO articles_fts(rowid, title, text, outlet) VALUES (new.pk, new.title, new.text, new.outlet); END",
    "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN"
    " INSERT INTO articles_fts(articles_fts, rowid, title, text, outlet)"
    " VALUES ('delete', old.pk, old.title, old.text, old.outlet); END",
    "CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN"
    " INSERT INTO articles_fts(articles_fts, rowid, title, text, outlet)"
    " VALUES ('delete', old.pk, old.title, old.text, old.outlet);"
    " INSERT INTO articles_fts(rowid, title, text, outlet) VALUES (new.pk, new.title, new.text, new.outlet); END",
]
_POSTGRES_FTS = [
    "CREATE INDEX ix_articles_fts ON articles USING GIN"
    " (to_tsvector('simple', coalesce(title, '') || ' ' || text || ' ' || coalesce(outlet, '')))",
]


def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True)),
        sa.Column("targets", sa.JSON, nullable=False),
        sa.Column("counts", sa.JSON),
        sa.Column("status", sa.String(16), nullable=False),
    )
    op.create_table(
        "articles",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(16), nullable=False, unique=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("external_id", sa.Text),
        sa.Column("story_id", sa.String(20), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("byline", sa.Text),
        sa.Column("author_role", sa.Text),
        sa.Column("outlet", sa.String(200)),
        sa.Column("via", sa.String(200)),
        sa.Column("url", sa.Text),
        sa.Column("lang", sa.String(8), nullable=False),
        sa.Column("published", sa.String(10)),
        sa.Column("published_grain", sa.String(8)),
        sa.Column("published_from", sa.String(8), nullable=False),
        sa.Column("published_note", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("word_count", sa.Integer, nullable=False),
        sa.Column("captions", sa.JSON, nullable=False),
        sa.Column("removed", sa.JSON, nullable=False),
        sa.Column("relative_time", sa.String(40)),
        sa.Column("source_ref", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("body_signature", sa.LargeBinary, nullable=False),
        sa.Column("story_signature", sa.LargeBinary, nullable=False),
        sa.Column("pipeline_version", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_articles_published", "articles", ["published"])
    op.create_index("ix_articles_outlet", "articles", ["outlet"])
    op.create_index("ix_articles_story", "articles", ["story_id"])
    op.create_table(
        "related_links",
        sa.Column("parent_id", sa.String(16), sa.ForeignKey("articles.id"), primary_key=True),
        sa.Column("article_id", sa.String(16), sa.ForeignKey("articles.id"), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("relative_time", sa.String(40)),
    )
    op.create_table(
        "records",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("ref", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("source_name", sa.String(100)),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("article_id", sa.String(16)),
        sa.Column("duplicate_kind", sa.String(8)),
        sa.Column("similarity", sa.Float),
        sa.Column("code", sa.String(40)),
        sa.Column("message", sa.Text),
        sa.Column("hint", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("outlet", sa.String(200)),
        sa.Column("title", sa.Text),
        sa.Column("fetched_at", sa.DateTime(timezone=True)),
        sa.Column("http_status", sa.Integer),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id")),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("ref", "sha256", name="uq_records_ref_sha256"),
    )
    op.create_index("ix_records_status", "records", ["status"])
    op.create_index("ix_records_article", "records", ["article_id"])
    dialect = op.get_bind().dialect.name
    for statement in _SQLITE_FTS if dialect == "sqlite" else _POSTGRES_FTS if dialect == "postgresql" else []:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("articles_fts_insert", "articles_fts_delete", "articles_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS articles_fts")
    for table in ("records", "related_links", "articles", "runs"):
        op.drop_table(table)
