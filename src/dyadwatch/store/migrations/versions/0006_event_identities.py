"""Event identities: one row per real-world event, for the index and the timeline, filled from events.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "event_identities",
        sa.Column("identity", sa.String(120), primary_key=True),
        sa.Column("type", sa.String(10), nullable=False),
        sa.Column("source", sa.String(24)),
        sa.Column("target", sa.String(24)),
        sa.Column("source_country", sa.String(3)),
        sa.Column("target_country", sa.String(3)),
        sa.Column("date", sa.String(10)),
        sa.Column("historical", sa.Boolean, nullable=False),
        sa.Column("mode", sa.String(12), nullable=False),
        sa.Column("weight", sa.Float, nullable=False),
        sa.Column("topics", sa.JSON),
        sa.Column("first_pk", sa.Integer, nullable=False),
        sa.Column("articles", sa.Integer, nullable=False),
    )
    op.create_index(
        "ix_event_identities_totals", "event_identities",
        ["source_country", "target_country", "date", "historical", "weight"],
    )  # fmt: skip
    op.create_index("ix_event_identities_date", "event_identities", ["date"])
    # Rows stored before this revision: every event stored so far, in one statement (the same query the store
    # runs per batch, frozen here).
    op.execute(
        """
        INSERT INTO event_identities (identity, type, source, target, source_country, target_country, date,
                                      historical, mode, weight, topics, first_pk, articles)
        SELECT e.identity, e.type, e.source, e.target, substr(e.source, 1, 3), substr(e.target, 1, 3), e.date,
               e.historical, e.mode, e.weight, e.topics, e.pk, agg.articles
        FROM (SELECT identity, min(pk) AS pk, count(DISTINCT article_id) AS articles
              FROM events WHERE identity IS NOT NULL GROUP BY identity) AS agg
        JOIN events AS e ON e.pk = agg.pk
        """
    )


def downgrade() -> None:
    op.drop_table("event_identities")
