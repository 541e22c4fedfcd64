"""JSON Schema validation (jsonschema) with errors located in the YAML source."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from minutes_kit.errors import MinutesKitError


def _describe(error: Any) -> str:
    where = "/".join(str(p) for p in error.absolute_path)
    return f"{where}: {error.message}" if where else error.message


def _relevant(error: Any) -> Any:
    from jsonschema.exceptions import best_match

    # oneOf/anyOf errors are vague at the top. A branch rejected only for its type (a mapping is
    # "not of type 'string'") says less than the branch the value was meant for, so prefer the others.
    while error.context:
        meant = [e for e in error.context if not (e.validator == "type" and not e.relative_path)]
        error = best_match(meant or error.context)
    return error


def _located(data: Any, error: Any) -> tuple[int | None, int | None]:
    from minutes_kit.yamlio import instance_position, key_position

    path = list(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        # Point at the unexpected key itself, not at the mapping holding it.
        known = error.schema.get("properties", {})
        extra = [key for key in error.instance if key not in known]
        node = data
        for part in path:
            node = node[part]
        if extra:
            return key_position(node, extra[0])
    return instance_position(data, path)


def errors(data: Any, schema: dict[str, Any], path: str | Path) -> list[MinutesKitError]:
    """Every schema violation in `data` (ruamel round-trip nodes), located at line:col, in file order."""
    from jsonschema import Draft202012Validator

    from minutes_kit.yamlio import to_plain

    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    found = []
    for error in validator.iter_errors(to_plain(data)):
        error = _relevant(error)
        line, col = _located(data, error)
        found.append(MinutesKitError(_describe(error), path, line, col))
    found.sort(key=lambda e: (e.line or 0, e.column or 0))
    return found


def first_error(data: Any, schema: dict[str, Any], path: str | Path) -> MinutesKitError | None:
    """The first schema violation in file order, or None."""
    found = errors(data, schema, path)
    return found[0] if found else None
