"""dyadwatch: local-first news intelligence for the relations between two countries.

The public API is one function per verb; the CLI (`dyadwatch …`) wraps the same calls.
"""

from .errors import DyadwatchError
from .sources import Payload
from .verbs import (
    actors,
    annotate,
    annotate_file,
    articles,
    brief,
    events,
    export,
    index,
    index_events,
    ingest,
    open_store,
    quotes,
    rejections,
    save,
    show,
    speakers,
    stats,
    timeline,
    topics,
    turning_points,
)

__version__ = "0.1.0"
__all__ = [
    "DyadwatchError",
    "Payload",
    "__version__",
    "actors",
    "annotate",
    "annotate_file",
    "articles",
    "brief",
    "events",
    "export",
    "index",
    "index_events",
    "ingest",
    "open_store",
    "quotes",
    "rejections",
    "save",
    "show",
    "speakers",
    "stats",
    "timeline",
    "topics",
    "turning_points",
]
