"""The dashboard's files: one HTML page and its script and style, served by the API app (no CDN, no build step).

The page talks only to the REST API; every text it shows is set with textContent, so HTML in an article or a
quote is shown as text, never run.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def static_dir() -> Path:
    return Path(str(resources.files(__package__).joinpath("static")))
