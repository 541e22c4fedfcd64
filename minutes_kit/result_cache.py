"""Findings of unchanged files, remembered: re-linting an archive costs little more than reading it.

An entry is keyed by everything a finding can depend on: the file's path and text, the resolved
config, the rule selection, the minutes-kit code and the English word list. Only plain linting is
cached; `--fix` always lints afresh. `--no-cache` or `MINUTES_KIT_NO_CACHE=1` turns it off.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path

from minutes_kit import cache as store
from minutes_kit.config import Config
from minutes_kit.finding import Finding

_FIELDS = ("path", "line", "column", "rule", "severity", "message", "text", "suggestions", "fixable")


def enabled() -> bool:
    """Whether the environment allows the cache (`MINUTES_KIT_NO_CACHE` unset or empty)."""
    return not os.environ.get("MINUTES_KIT_NO_CACHE")


@cache
def _code_fingerprint() -> str:
    """Changes whenever minutes-kit's code or the word list it reads changes."""
    import importlib.util

    from minutes_kit import __version__

    package = Path(__file__).resolve().parent
    newest = max(p.stat().st_mtime_ns for p in package.rglob("*.py"))
    spec = importlib.util.find_spec("spellchecker")
    words = ""
    if spec is not None and spec.origin:
        data = Path(spec.origin).parent / "resources" / "en.json.gz"
        words = str(data.stat().st_mtime_ns) if data.exists() else ""
    return f"{__version__}:{newest}:{words}"


def _config_fingerprint(config: Config) -> str:
    canonical = {
        "meeting": config.meeting, "title": config.title, "filename": config.filename, "specs": config.specs,
        "root": str(config.root), "template": config.template, "license": config.license_header,
        "required": list(config.required_sections), "people": [[p.name, *p.aliases] for p in config.people],
        "words": sorted(config.words), "rules": {k: dict(v) for k, v in config.rules.items()},
    }
    return json.dumps(canonical, sort_keys=True, default=str)


def key(text: str, path: str, config: Config, selection: object) -> str:
    """The cache key of one lint run of one file."""
    return store.digest(_code_fingerprint(), _config_fingerprint(config), repr(selection), path, text)


def load(entry: str) -> list[Finding] | None:
    """The remembered findings, or None on a miss (or an unreadable entry)."""
    raw = store.read(f"results/{entry[:2]}/{entry}.json")
    if raw is None:
        return None
    try:
        rows = json.loads(raw)
        return [Finding(**{**row, "suggestions": tuple(row["suggestions"])}) for row in rows]
    except (ValueError, TypeError, KeyError):
        return None


def save(entry: str, findings: list[Finding]) -> None:
    """Remember findings (best effort)."""
    rows = [{name: getattr(f, name) for name in _FIELDS} for f in findings]
    store.write(f"results/{entry[:2]}/{entry}.json", json.dumps(rows).encode("utf-8"))
