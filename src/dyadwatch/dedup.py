"""Exact and near-duplicate detection and same-story clustering with MinHash LSH (datasketch).

- exact: same content hash of the normalised body;
- near: Jaccard over word 5-shingles of the body ≥ `near_threshold` (syndicated copies, reposts
  with different boilerplate, a trimmed paragraph);
- story: Jaccard over the content words of headline + lead ≥ `story_threshold`, within
  `story_window_days` (different outlets reporting one story).

The index is in memory and can be seeded from the store (signatures are persisted), so a second run
recognises what the first stored.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from .model import Article, DedupVerdict, normalise_for_identity

NUM_PERM = 128
# Pinned so signatures persisted in the store stay comparable across datasketch versions.
MINHASH_SCHEME = "affine32"
SHINGLE_WORDS = 5
# Headline + this many body words describe "the story" (the lead carries who/what/when).
STORY_LEAD_WORDS = 60
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "he",
        "she",
        "they",
        "we",
        "you",
        "i",
        "his",
        "her",
        "their",
        "our",
        "your",
        "him",
        "them",
        "us",
        "not",
        "no",
        "yes",
        "do",
        "does",
        "did",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "can",
        "said",
        "says",
        "say",
        "told",
        "after",
        "before",
        "over",
        "under",
        "about",
        "into",
        "than",
        "then",
        "there",
        "here",
        "who",
        "whom",
        "which",
        "what",
        "when",
        "where",
        "why",
        "how",
        "also",
        "just",
        "more",
        "most",
        "other",
        "some",
        "such",
        "only",
        "own",
        "same",
        "so",
        "too",
        "very",
        "s",
        "t",
        "new",
        "news",
        "report",
        "reports",
        "update",
        "updates",
        "mr",
        "ms",
        "mrs",
        "dr",
        "vs",
        "via",
    ]
)


def _stem(word: str) -> str:
    """Crude plural/verb-ending folding so 'tariffs'/'tariff', 'raises'/'raise' meet (headline style)."""
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def body_shingles(text: str) -> set[bytes]:
    words = _WORD.findall(normalise_for_identity(text))
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)}


def story_terms(title: str | None, text: str) -> set[bytes]:
    lead = " ".join(text.split()[:STORY_LEAD_WORDS])
    words = _WORD.findall(normalise_for_identity(f"{title or ''} {title or ''} {lead}"))
    return {_stem(w).encode() for w in words if w not in _STOPWORDS and len(w) > 1}


def _crc32(data: bytes) -> int:
    # Stable across processes (stored signatures must stay comparable) and ~5x faster than datasketch's SHA-1.
    return zlib.crc32(data)


_TEMPLATE = MinHash(num_perm=NUM_PERM, scheme=MINHASH_SCHEME)  # its permutations are shared, not regenerated


def minhash(tokens: set[bytes]) -> LeanMinHash:
    signature = MinHash(num_perm=NUM_PERM, scheme=MINHASH_SCHEME, hashfunc=_crc32, permutations=_TEMPLATE.permutations)
    if tokens:
        signature.update_batch(list(tokens))
    # Lean: the index keeps two signatures per article, and a full MinHash carries its own permutations.
    return LeanMinHash(signature)


def signature_bytes(signature: MinHash) -> bytes:
    return signature.hashvalues.astype(np.uint64).tobytes()


def signature_from_bytes(data: bytes) -> MinHash:
    return LeanMinHash(seed=1, hashvalues=np.frombuffer(data, dtype=np.uint64).copy(), scheme=MINHASH_SCHEME)


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """One article as the index remembers it (what the store persists for the next run)."""

    article_id: str
    content_hash: str
    body_signature: bytes
    story_signature: bytes
    story_id: str
    published: str | None


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """An article's signatures, computed once and reused for the index and the store."""

    content_hash: str
    body: MinHash
    story: MinHash

    @classmethod
    def of(cls, article: Article) -> Fingerprint:
        return cls(
            content_hash=article.content_hash,
            body=minhash(body_shingles(article.text)),
            story=minhash(story_terms(article.title, article.text)),
        )


class Deduplicator:
    """Decides new / exact / near for each article and assigns story ids; remembers what it has seen."""

    def __init__(
        self,
        near_threshold: float = 0.7,
        story_threshold: float = 0.3,
        story_window_days: int = 4,
        same_day_story_threshold: float | None = None,
    ) -> None:
        self.near_threshold = near_threshold
        self.story_threshold = story_threshold
        # Two reports dated the same day need less overlap to be one story (the names and the event suffice).
        self.same_day_story_threshold = min(story_threshold, same_day_story_threshold or story_threshold)
        self.story_window_days = story_window_days
        self.near_index = MinHashLSH(threshold=near_threshold, num_perm=NUM_PERM)
        self.story_index = MinHashLSH(threshold=self.same_day_story_threshold, num_perm=NUM_PERM)
        self.by_hash: dict[str, str] = {}
        self.bodies: dict[str, MinHash] = {}
        self.stories: dict[str, MinHash] = {}
        self.story_of: dict[str, str] = {}
        self.published: dict[str, str | None] = {}

    def __len__(self) -> int:
        return len(self.by_hash)

    def load(self, entries: Iterable[IndexEntry]) -> None:
        for entry in entries:
            self._remember(
                entry.article_id,
                Fingerprint(
                    entry.content_hash,
                    signature_from_bytes(entry.body_signature),
                    signature_from_bytes(entry.story_signature),
                ),
                entry.story_id,
                entry.published,
            )

    def assign(self, article: Article, fingerprint: Fingerprint | None = None) -> DedupVerdict:
        """Classify one article and, if it is new, add it to the index."""
        fingerprint = fingerprint or Fingerprint.of(article)
        original = self.by_hash.get(fingerprint.content_hash)
        if original is not None:
            return DedupVerdict("exact", original, 1.0, self.story_of[original])
        near = None
        if not fingerprint.body.is_empty():  # an empty body would match every other empty body
            near = self._best(self.near_index, self.bodies, fingerprint.body, self.near_threshold)
        if near is not None:
            return DedupVerdict("near", near[0], near[1], self.story_of[near[0]])
        story_id = self._story_for(fingerprint.story, article.published.value) or f"s{article.id}"
        self._remember(article.id, fingerprint, story_id, article.published.value)
        return DedupVerdict("new", None, 0.0, story_id)

    def _remember(self, article_id: str, fingerprint: Fingerprint, story_id: str, published: str | None) -> None:
        if article_id in self.bodies:
            return
        self.by_hash[fingerprint.content_hash] = article_id
        self.bodies[article_id] = fingerprint.body
        self.stories[article_id] = fingerprint.story
        self.story_of[article_id] = story_id
        self.published[article_id] = published
        self.near_index.insert(article_id, fingerprint.body)
        self.story_index.insert(article_id, fingerprint.story)

    @staticmethod
    def _best(
        index: MinHashLSH, signatures: dict[str, MinHash], query: MinHash, threshold: float
    ) -> tuple[str, float] | None:
        best: tuple[str, float] | None = None
        for candidate in index.query(query):
            similarity = query.jaccard(signatures[candidate])
            if similarity >= threshold and (best is None or similarity > best[1]):
                best = (candidate, similarity)
        return best

    def _story_for(self, query: MinHash, published: str | None) -> str | None:
        best: tuple[str, float] | None = None
        for candidate in self.story_index.query(query):
            if not self._within_window(published, self.published[candidate]):
                continue
            similarity = query.jaccard(self.stories[candidate])
            same_day = bool(published) and len(published or "") == 10 and published == self.published[candidate]
            threshold = self.same_day_story_threshold if same_day else self.story_threshold
            if similarity >= threshold and (best is None or similarity > best[1]):
                best = (candidate, similarity)
        return self.story_of[best[0]] if best else None

    def _within_window(self, a: str | None, b: str | None) -> bool:
        if not a or not b or len(a) < 10 or len(b) < 10:
            return True
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) <= self.story_window_days
