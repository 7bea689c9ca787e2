"""Topics: the taxonomy's tags per article (article_topics) and per event (events.topics).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("events", sa.Column("topics", sa.JSON))
    op.create_table(
        "article_topics",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(16), sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("topic", sa.String(60), nullable=False),
        sa.Column("stage_version", sa.String(20), nullable=False),
        sa.UniqueConstraint("article_id", "topic", name="uq_article_topics_article_topic"),
    )
    op.create_index("ix_article_topics_topic", "article_topics", ["topic"])


def downgrade() -> None:
    op.drop_table("article_topics")
    op.drop_column("events", "topics")
