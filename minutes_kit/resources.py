"""The one place that knows where shipped templates and schemas live.

In a wheel they are packaged as `minutes_kit/templates` and `minutes_kit/schemas`; in a
checkout (or an editable install) they sit at the top of the repository.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

_PACKAGE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    inside = _PACKAGE / name
    if inside.is_dir():
        return inside
    return _PACKAGE.parent / name


def templates_dir() -> Path:
    """Folder holding the packaged Jinja2 templates."""
    return _shipped("templates")


def schemas_dir() -> Path:
    """Folder holding the packaged JSON Schemas."""
    return _shipped("schemas")


@cache
def schema(name: str) -> dict[str, Any]:
    """A packaged JSON Schema by file name, e.g. `meeting.schema.json`."""
    loaded: dict[str, Any] = json.loads((schemas_dir() / name).read_text(encoding="utf-8"))
    return loaded


def schema_path(name: str) -> Path:
    """Path of a packaged JSON Schema (for `$schema` hints in generated files)."""
    return schemas_dir() / name
