"""Reading stage: entities, quotes and time expressions per article; reading note and version on articles.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("reading_version", sa.String(20)))
        batch.add_column(sa.Column("reading_note", sa.Text))
    op.create_table(
        "entities",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(16), sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("eid", sa.String(8), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("actor", sa.String(24)),
        sa.Column("kb", sa.String(120)),
        sa.Column("role", sa.Text),
        sa.Column("affiliation", sa.Text),
        sa.Column("country", sa.String(8)),
        sa.Column("mentions", sa.JSON, nullable=False),
        sa.Column("mention_count", sa.Integer, nullable=False),
        sa.Column("stage_version", sa.String(20), nullable=False),
        sa.UniqueConstraint("article_id", "eid", name="uq_entities_article_eid"),
    )
    op.create_index("ix_entities_kb", "entities", ["kb"])
    op.create_index("ix_entities_actor", "entities", ["actor"])
    op.create_index("ix_entities_name", "entities", ["name"])
    op.create_table(
        "quotes",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(16), sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("span_start", sa.Integer, nullable=False),
        sa.Column("span_end", sa.Integer, nullable=False),
        sa.Column("speaker_eid", sa.String(8)),
        sa.Column("speaker_name", sa.Text),
        sa.Column("speaker_kb", sa.String(120)),
        sa.Column("role", sa.Text),
        sa.Column("affiliation", sa.Text),
        sa.Column("actor", sa.String(24)),
        sa.Column("cue", sa.String(40)),
        sa.Column("how", sa.String(12)),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("stage_version", sa.String(20), nullable=False),
        sa.UniqueConstraint("article_id", "position", name="uq_quotes_article_position"),
    )
    op.create_index("ix_quotes_speaker", "quotes", ["speaker_name"])
    op.create_index("ix_quotes_actor", "quotes", ["actor"])
    op.create_table(
        "times",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(16), sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("span_start", sa.Integer, nullable=False),
        sa.Column("span_end", sa.Integer, nullable=False),
        sa.Column("value", sa.String(40)),
        sa.Column("type", sa.String(10), nullable=False),
        sa.Column("grain", sa.String(10), nullable=False),
        sa.Column("end_value", sa.String(40)),
        sa.Column("mod", sa.String(8)),
        sa.Column("anchor", sa.String(10), nullable=False),
        sa.Column("stage_version", sa.String(20), nullable=False),
        sa.UniqueConstraint("article_id", "position", name="uq_times_article_position"),
    )
    op.create_index("ix_times_value", "times", ["value"])


def downgrade() -> None:
    for table in ("times", "quotes", "entities"):
        op.drop_table(table)
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("reading_note")
        batch.drop_column("reading_version")
