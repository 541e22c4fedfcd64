"""JSON Schema validation (jsonschema) with errors located in the YAML source."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from minutes_kit.errors import MinutesKitError


def _describe(error: Any) -> str:
    where = "/".join(str(p) for p in error.absolute_path)
    return f"{where}: {error.message}" if where else error.message


def errors(data: Any, schema: dict[str, Any], path: str | Path) -> list[MinutesKitError]:
    """Every schema violation in `data` (ruamel round-trip nodes), located at line:col, in file order."""
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match

    from minutes_kit.yamlio import instance_position, to_plain

    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    found = []
    for error in validator.iter_errors(to_plain(data)):
        # oneOf/anyOf errors are vague at the top; the most relevant sub-error says more.
        if error.context:
            error = best_match(error.context)
        line, col = instance_position(data, list(error.absolute_path))
        found.append(MinutesKitError(_describe(error), path, line, col))
    found.sort(key=lambda e: (e.line or 0, e.column or 0))
    return found


def first_error(data: Any, schema: dict[str, Any], path: str | Path) -> MinutesKitError | None:
    """The first schema violation in file order, or None."""
    found = errors(data, schema, path)
    return found[0] if found else None
