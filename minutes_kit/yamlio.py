"""YAML through ruamel.yaml round-trip nodes, with positions and a guard against alias bombs."""

from __future__ import annotations

import datetime
from io import StringIO
from pathlib import Path
from typing import Any

from minutes_kit.errors import MinutesKitError

# A legitimate spec or config never needs more than a handful of aliases; a "billion laughs"
# document needs many, and expanding it would exhaust memory, so refuse before walking it.
MAX_ALIASES = 50


def _count_aliases(text: str, path: str | Path) -> int:
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError
    from ruamel.yaml.events import AliasEvent

    try:
        return sum(isinstance(event, AliasEvent) for event in YAML(typ="safe", pure=True).parse(text))
    except MarkedYAMLError as exc:
        raise _located(exc, path) from None


def _located(exc: Any, path: str | Path) -> MinutesKitError:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    if mark is None:
        return MinutesKitError(f"invalid YAML: {problem}", path)
    return MinutesKitError(f"invalid YAML: {problem}", path, mark.line + 1, mark.column + 1)


def load(text: str, path: str | Path) -> Any:
    """Parse YAML into ruamel round-trip objects (CommentedMap/Seq carry `.lc` positions)."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    if _count_aliases(text, path) > MAX_ALIASES:
        raise MinutesKitError(f"invalid YAML: more than {MAX_ALIASES} aliases (refusing a possible alias bomb)", path)
    yaml = YAML(typ="rt", pure=True)
    try:
        return yaml.load(text)
    except YAMLError as exc:
        raise _located(exc, path) from None
    except (ValueError, TypeError) as exc:  # e.g. an impossible timestamp such as 2021-13-45
        raise MinutesKitError(f"invalid YAML: {exc}", path) from None


def dump(data: Any) -> str:
    """Serialise round-trip data as block-style YAML, preserving comments where present."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt", pure=True)
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096
    out = StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def position(node: Any, key: Any = None) -> tuple[int | None, int | None]:
    """1-based (line, column) of a mapping key's value / sequence item, or of the node itself."""
    lc = getattr(node, "lc", None)
    if lc is None:
        return None, None
    try:
        if key is None:
            return lc.line + 1, lc.col + 1
        if isinstance(key, int):
            line, col = lc.item(key)
        else:
            line, col = lc.value(key)
        return line + 1, col + 1
    except (KeyError, IndexError, TypeError, AttributeError):
        return lc.line + 1, lc.col + 1


def key_position(node: Any, key: Any) -> tuple[int | None, int | None]:
    """1-based (line, column) of a mapping key."""
    lc = getattr(node, "lc", None)
    if lc is None:
        return None, None
    try:
        line, col = lc.key(key)
        return line + 1, col + 1
    except (KeyError, TypeError, AttributeError):
        return lc.line + 1, lc.col + 1


def to_plain(node: Any) -> Any:
    """Round-trip objects to plain JSON-like data (dates become ISO strings)."""
    if isinstance(node, dict):
        return {str(k): to_plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [to_plain(v) for v in node]
    if isinstance(node, str):
        return str(node)
    if isinstance(node, (datetime.date, datetime.datetime)):
        return node.isoformat()
    return node


def instance_position(root: Any, path: list[Any] | tuple[Any, ...]) -> tuple[int | None, int | None]:
    """1-based position of the value at a JSON path (as jsonschema's `absolute_path` gives)."""
    node, parent, last = root, None, None
    for part in path:
        try:
            parent, last, node = node, part, node[part]
        except (KeyError, IndexError, TypeError):
            break
    if parent is None:
        return position(root) if getattr(root, "lc", None) is not None else (1, 1)
    return position(parent, last)
