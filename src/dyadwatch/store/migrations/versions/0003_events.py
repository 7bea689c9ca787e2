"""Events stage: PLOVER events per article, with their own dates and evidence sentences.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(16), sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("type", sa.String(10), nullable=False),
        sa.Column("mode", sa.String(12), nullable=False),
        sa.Column("source", sa.String(24)),
        sa.Column("target", sa.String(24)),
        sa.Column("source_eid", sa.String(8)),
        sa.Column("target_eid", sa.String(8)),
        sa.Column("date", sa.String(10)),
        sa.Column("date_from", sa.String(10), nullable=False),
        sa.Column("historical", sa.Boolean, nullable=False),
        sa.Column("quad", sa.String(20), nullable=False),
        sa.Column("weight", sa.Float, nullable=False),
        sa.Column("trigger", sa.Text, nullable=False),
        sa.Column("trigger_start", sa.Integer, nullable=False),
        sa.Column("trigger_end", sa.Integer, nullable=False),
        sa.Column("sentence_start", sa.Integer, nullable=False),
        sa.Column("sentence_end", sa.Integer, nullable=False),
        sa.Column("mentions", sa.JSON, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("stage_version", sa.String(20), nullable=False),
        sa.UniqueConstraint("article_id", "position", name="uq_events_article_position"),
    )
    op.create_index("ix_events_date", "events", ["date"])
    op.create_index("ix_events_type", "events", ["type"])
    op.create_index("ix_events_dyad", "events", ["source", "target"])


def downgrade() -> None:
    op.drop_table("events")
