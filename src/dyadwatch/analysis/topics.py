"""Topic trends over time: articles by publication date, events by their own date."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .periods import period_of


def topic_trends(
    articles_per_day: Iterable[tuple[str | None, str, int]],
    events: Iterable[Mapping[str, Any]],
    *,
    labels: Mapping[str, str],
    grain: str = "year",
    topic: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[dict[str, Any]]:
    """Rows of (period, topic, label, articles, events, net), by period then by articles; `grain="all"`
    puts everything in one period named "all". Articles with no (or too coarse a) publication date and
    events too coarsely dated for the grain are counted under period None rather than dropped."""
    table: dict[tuple[str | None, str], dict[str, Any]] = {}

    def slot(period: str | None, name: str) -> dict[str, Any]:
        return table.setdefault((period, name), {"period": period, "topic": name, "label": labels.get(name, name),
                                                 "articles": 0, "events": 0, "net": 0.0})  # fmt: skip

    def period(value: str | None) -> str | None:
        return "all" if grain == "all" else period_of(value, grain)

    for day, name, count in articles_per_day:
        if (topic and name != topic) or not _within(day, since, until):
            continue
        slot(period(day), name)["articles"] += count
    for event in events:
        for name in event.get("topics") or ():
            if topic and name != topic:
                continue
            row = slot(period(event["date"]), name)
            row["events"] += 1
            row["net"] = round(row["net"] + float(event["weight"]), 2)
    return sorted(table.values(), key=lambda r: (r["period"] or "", -r["articles"], -r["events"], r["topic"]))


def _within(day: str | None, since: str | None, until: str | None) -> bool:
    if day is None:
        return not (since or until)
    return (not since or day >= since) and (not until or day <= until + "\uffff")
