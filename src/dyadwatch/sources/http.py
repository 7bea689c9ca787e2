"""HTTP(S) fetching with httpx: timeouts, retries with back-off, a size cap, redirects, a clear user agent."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import Message

import httpx

from ..config import Settings
from ..errors import FetchError

_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True, slots=True)
class FetchResult:
    url: str  # the URL asked for
    final_url: str  # after redirects
    status: int
    content_type: str
    charset: str | None
    data: bytes
    fetched_at: datetime


class Fetcher:
    """One pooled HTTP client per ingest run."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.client = httpx.Client(
            follow_redirects=True,
            max_redirects=settings.max_redirects,
            timeout=httpx.Timeout(settings.http_timeout),
            headers={"User-Agent": settings.user_agent, "Accept": "text/html,application/xhtml+xml,*/*;q=0.8"},
        )

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str) -> FetchResult:
        """Fetch one URL or raise FetchError (code fetch_failed or too_large) saying why."""
        delay = self.settings.http_backoff
        last_problem = ""
        for attempt in range(self.settings.http_retries + 1):
            try:
                result = self._fetch_once(url)
            except httpx.TooManyRedirects as exc:
                raise FetchError(f"too many redirects fetching {url}", hint="check the URL") from exc
            except (httpx.TransportError, httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
                if isinstance(exc, httpx.InvalidURL | httpx.UnsupportedProtocol):
                    raise FetchError(f"invalid URL {url!r}: {exc}", hint="use an http(s):// URL") from exc
                last_problem = f"{type(exc).__name__}: {exc}"
            else:
                if result.status not in _RETRY_STATUSES:
                    if result.status >= 400:
                        raise FetchError(
                            f"HTTP {result.status} fetching {url}",
                            hint="the page is missing or refused; check the URL",
                        )
                    return result
                last_problem = f"HTTP {result.status}"
            if attempt < self.settings.http_retries:
                time.sleep(delay)
                delay *= 2
        raise FetchError(
            f"could not fetch {url} after {self.settings.http_retries + 1} attempts ({last_problem})",
            hint="check the network or try again later",
        )

    def _fetch_once(self, url: str) -> FetchResult:
        limit = self.settings.max_bytes
        with self.client.stream("GET", url) as response:
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise FetchError(
                    f"{url} is {int(declared):,} bytes, over the {limit:,}-byte limit",
                    code="too_large",
                    hint="raise DYADWATCH_MAX_BYTES if this page is wanted",
                )
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise FetchError(
                        f"{url} exceeds the {limit:,}-byte limit",
                        code="too_large",
                        hint="raise DYADWATCH_MAX_BYTES if this page is wanted",
                    )
                chunks.append(chunk)
            content_type, charset = _content_type(response.headers.get("content-type", ""))
            return FetchResult(
                url=url,
                final_url=str(response.url),
                status=response.status_code,
                content_type=content_type,
                charset=charset,
                data=b"".join(chunks),
                fetched_at=datetime.now(UTC),
            )


def _content_type(header: str) -> tuple[str, str | None]:
    message = Message()
    message["content-type"] = header or "application/octet-stream"
    return message.get_content_type(), message.get_param("charset")  # type: ignore[return-value]
