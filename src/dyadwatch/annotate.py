"""The one entry point that runs clean → dedup → nlp for input records.

`process_item` is pure apart from the de-duplicator's memory: it never raises for a bad document,
and returns the record's outcome together with the articles and links it adds. `read` then runs the
NLP stage over a batch of processed records in one `nlp.pipe` pass.
"""

from __future__ import annotations

import traceback
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .clean import CleanOptions, clean_document
from .config import Settings
from .dedup import Deduplicator, Fingerprint, signature_bytes
from .model import (
    Article,
    DedupVerdict,
    Document,
    NewArticle,
    Outcome,
    ProcessedRecord,
    Reading,
    Rejection,
    RelatedLink,
)


@dataclass
class Pipeline:
    """Per-run state: options and the de-duplication index."""

    options: CleanOptions
    dedup: Deduplicator
    read_text: bool = True
    workers: int = 1

    @classmethod
    def from_settings(cls, settings: Settings) -> Pipeline:
        return cls(
            CleanOptions(min_words=settings.min_words),
            Deduplicator(
                settings.near_duplicate_threshold,
                settings.story_threshold,
                settings.story_window_days,
                settings.same_day_story_threshold,
            ),
            read_text=settings.read,
            workers=settings.workers,
        )

    def read(self, records: Sequence[ProcessedRecord], *, outcome_articles: bool = False) -> list[ProcessedRecord]:
        """Attach the NLP reading of each new article (or, for `annotate`, of each record's own article).

        A failure of the reading stage on one batch never loses its records: they keep their outcome and
        get a reading whose note says what broke.
        """
        wanted = self.to_read(records, outcome_articles=outcome_articles)
        if not wanted:
            return list(records)
        from .nlp.reader import read_articles  # spaCy loads only when there is something to read

        try:
            readings = dict(zip(wanted, read_articles(list(wanted.values()), workers=self.workers), strict=True))
        except Exception as exc:  # the batch is stored unread rather than lost
            readings = unread(wanted, exc)
        return self.attach(records, readings, outcome_articles=outcome_articles)

    def to_read(self, records: Sequence[ProcessedRecord], *, outcome_articles: bool = False) -> dict[str, Article]:
        """The articles of a batch that the reading stage should read, by id (none when reading is off)."""
        if not self.read_text:
            return {}
        wanted: dict[str, Article] = {}
        for record in records:
            for article in _to_read(record, outcome_articles):
                wanted.setdefault(article.id, article)
        return wanted

    def attach(
        self, records: Sequence[ProcessedRecord], readings: dict[str, Reading], *, outcome_articles: bool = False
    ) -> list[ProcessedRecord]:
        """The records with the readings of their articles (read here, in other processes or on a cluster)."""
        if not readings:
            return list(records)
        return [
            replace(record, readings={a.id: readings[a.id] for a in _to_read(record, outcome_articles)})
            for record in records
        ]

    def process_item(self, item: Document | Rejection) -> ProcessedRecord:
        if isinstance(item, Rejection):
            return ProcessedRecord(Outcome(item.provenance.ref, "rejected", item.provenance, rejection=item))
        try:
            return self._process_document(item)
        except Exception as exc:  # one bad document must never stop a batch; the record says what broke
            where = traceback.extract_tb(exc.__traceback__)[-1]
            rejection = Rejection(
                "internal_error",
                f"{type(exc).__name__}: {exc} (at {where.filename.rsplit('/', 1)[-1]}:{where.lineno})",
                item.provenance,
                "this is a dyadwatch bug; please report it with the input",
            )
            return ProcessedRecord(Outcome(item.provenance.ref, "rejected", item.provenance, rejection=rejection))

    def _process_document(self, document: Document) -> ProcessedRecord:
        cleaned = clean_document(document, self.options)
        if isinstance(cleaned, Rejection):
            return self.process_item(cleaned)
        verdict, new_article = self._classify(cleaned, "input")
        new_articles = [new_article] if new_article else []
        links: list[RelatedLink] = []
        related_verdicts: list[DedupVerdict] = []
        for position, related in enumerate(cleaned.related):
            related_verdict, related_new = self._classify(related, "related")
            related_verdicts.append(related_verdict)
            if related_new:
                new_articles.append(related_new)
            if verdict.kind == "new":
                target = related.id if related_verdict.kind == "new" else related_verdict.original_id
                if target and target != cleaned.id:
                    links.append(RelatedLink(cleaned.id, target, position, related.relative_time))
        status = "stored" if verdict.kind == "new" else "duplicate"
        outcome = Outcome(
            document.provenance.ref,
            status,
            document.provenance,
            article=cleaned,
            verdict=verdict,
            related_verdicts=tuple(related_verdicts),
        )
        return ProcessedRecord(outcome, tuple(new_articles), tuple(links))

    def _classify(self, article: Article, origin: str) -> tuple[DedupVerdict, NewArticle | None]:
        fingerprint = Fingerprint.of(article)
        verdict = self.dedup.assign(article, fingerprint)
        if verdict.kind != "new":
            return verdict, None
        new = NewArticle(
            article,
            verdict.story_id or f"s{article.id}",
            signature_bytes(fingerprint.body),
            signature_bytes(fingerprint.story),
            origin,
        )  # type: ignore[arg-type]
        return verdict, new


def unread(wanted: dict[str, Article], exc: BaseException) -> dict[str, Reading]:
    """Readings that say why a batch could not be read: its articles are stored anyway."""
    note = f"not read: {type(exc).__name__}: {exc}"
    return {article_id: Reading(note=note) for article_id in wanted}


def _to_read(record: ProcessedRecord, outcome_articles: bool) -> list[Article]:
    """The record's own article (annotate: even a duplicate is annotated), or the articles it adds (ingest)."""
    if outcome_articles:
        return [record.outcome.article] if record.outcome.article is not None else []
    return [new.article for new in record.new_articles]
