"""Event identity: one real-world event across articles (type, parties, own date).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _party(code: str | None) -> str:
    # Frozen copy of dyadwatch.model.event_identity as of this revision: a migration must not change meaning
    # when the code moves on.
    country, _, sector = (code or "").partition("-")
    return country if sector in {"", "GOV"} else f"{country}-{sector}"


def upgrade() -> None:
    op.add_column("events", sa.Column("identity", sa.String(120)))
    op.create_index("ix_events_identity", "events", ["identity"])
    bind = op.get_bind()
    events = sa.table(
        "events", sa.column("pk"), sa.column("type"), sa.column("source"), sa.column("target"), sa.column("date"),
        sa.column("identity"),
    )  # fmt: skip
    rows = bind.execute(sa.select(events.c.pk, events.c.type, events.c.source, events.c.target, events.c.date))
    for pk, kind, source, target, when in rows.fetchall():
        identity = f"{kind}|{_party(source)}|{_party(target)}|{when or ''}"
        bind.execute(events.update().where(events.c.pk == pk).values(identity=identity))


def downgrade() -> None:
    op.drop_index("ix_events_identity", table_name="events")
    op.drop_column("events", "identity")
