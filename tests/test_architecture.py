"""The house rules of docs/architecture.md, enforced: who may import what."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "dyadwatch"
OUTSIDE_WORLD = {"httpx", "feedparser", "warcio", "urllib.request", "requests", "socket"}
SQL = {"sqlalchemy", "alembic", "sqlite3", "psycopg"}
STAGE_ORDER = [
    "model",
    "errors",
    "config",
    "kb",
    "sources",
    "clean",
    "dedup",
    "nlp",
    "annotate",
    "store",
    "run",
    "verbs",
]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = ("." * node.level) + (node.module or "")
            names.add(base)
    return names


def _stage(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0].removesuffix(".py")


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_sources_touch_the_outside_world_and_only_store_speaks_sql(path: Path) -> None:
    imported = {name.lstrip(".").split(".")[0] for name in _imports(path)} | _imports(path)
    stage = _stage(path)
    if stage != "sources":
        assert not (imported & OUTSIDE_WORLD), f"{stage} must not do network I/O"
    if stage != "store":
        assert not (imported & SQL), f"{stage} must not speak SQL"


@pytest.mark.parametrize(
    "path",
    [p for p in MODULES if _stage(p) in {"model", "kb", "clean", "dedup", "nlp", "analysis"}],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_pure_stages_import_no_later_stage(path: Path) -> None:
    stage = _stage(path)
    if stage == "analysis":  # pure functions over rows: the verbs fetch them from the store
        later = {"store", "run", "verbs", "annotate", "sources", "exports", "nlp", "clean"}
    elif stage in {"clean", "nlp"}:
        later = {"store", "run", "verbs", "annotate", "sources"}
    else:
        later = set(STAGE_ORDER[STAGE_ORDER.index(stage) + 1 :]) - {"dedup"}
    for name in _imports(path):
        parts = name.lstrip(".").split(".")
        assert not (set(parts) & later and name.startswith(".")), f"{path.name} imports later stage {name}"


def test_cli_holds_no_logic_beyond_calling_the_api() -> None:
    imported = _imports(PACKAGE / "cli.py")
    internal = {name for name in imported if name.startswith(".")}
    assert internal <= {".", ".errors"}, f"cli.py should only call dyadwatch's public API: {internal}"


def test_the_api_calls_only_the_public_functions() -> None:
    for path in sorted((PACKAGE / "api").rglob("*.py")):
        internal = {name for name in _imports(path) if name.startswith(".")}
        allowed = {"..", "..errors", "..web"}  # the public package, its errors, and the dashboard's files
        assert internal <= allowed, f"{path.name} should only call dyadwatch's public API: {internal}"
