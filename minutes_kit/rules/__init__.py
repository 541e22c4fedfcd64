"""The rule registry: every lint rule, listed explicitly, each satisfying the `Rule` protocol.

A rule is a module with a kebab-case `ID`, a default `SEVERITY`, a one-line `DESCRIPTION`, whether it
can fix (`FIXABLE`), the document kinds it reads (`KINDS`), a frozen `Options` dataclass and
`check(document, options)` yielding `Problem`s. Its module docstring is its user documentation.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, Protocol

from minutes_kit.document import Document
from minutes_kit.errors import MinutesKitError
from minutes_kit.finding import SEVERITIES, Problem
from minutes_kit.rules import (
    encoding,
    license_header,
    owners,
    repeated_word,
    required_sections,
    schema,
    spelling,
    title,
)


class Rule(Protocol):
    """What every rule module provides."""

    ID: str
    SEVERITY: str
    DESCRIPTION: str
    FIXABLE: bool
    KINDS: frozenset[str]
    Options: type[Any]

    def check(self, document: Document, options: Any) -> Iterable[Problem]: ...


_MODULES: tuple[Rule, ...] = (
    license_header,
    title,
    required_sections,
    owners,
    spelling,
    repeated_word,
    encoding,
    schema,
)

RULES: Mapping[str, Rule] = MappingProxyType({rule.ID: rule for rule in _MODULES})


def get(rule_id: str) -> Rule:
    """The rule with this id, or a clear error listing the known ids."""
    try:
        return RULES[rule_id]
    except KeyError:
        raise MinutesKitError(f"unknown rule {rule_id!r}; known rules: {', '.join(sorted(RULES))}") from None


def parse_ids(text: str) -> frozenset[str]:
    """A comma-separated list of rule ids (for --select/--ignore and directives), each checked."""
    ids = frozenset(part.strip() for part in text.split(",") if part.strip())
    for rule_id in ids:
        get(rule_id)
    return ids


def _option_types_match(default: Any, value: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(default, bool) and isinstance(value, bool)
    if isinstance(default, (int, float)):
        return isinstance(value, (int, float))
    if isinstance(default, (tuple, list, frozenset)):
        return isinstance(value, list)
    return default is None or isinstance(value, type(default))


def validate_settings(rule_id: str, values: dict[str, Any], source: str | Path | None = None) -> dict[str, Any]:
    """Check one rule's config block (`severity` plus its options) and return it normalised."""
    rule = get(rule_id)
    severity = values.pop("severity", rule.SEVERITY)
    if severity not in SEVERITIES:
        raise MinutesKitError(f"rules.{rule_id}.severity: {severity!r} is not one of {', '.join(SEVERITIES)}", source)
    fields = {f.name: f for f in dataclasses.fields(rule.Options)}
    defaults = rule.Options()
    for key, value in values.items():
        if key not in fields:
            valid = ", ".join(["severity", *sorted(fields)])
            raise MinutesKitError(f"rules.{rule_id}: unknown option {key!r}; valid options: {valid}", source)
        if not _option_types_match(getattr(defaults, key), value):
            raise MinutesKitError(f"rules.{rule_id}.{key}: {value!r} has the wrong type", source)
    return {"severity": severity, **values}


def options_for(rule: Rule, settings: Mapping[str, Any]) -> Any:
    """The rule's Options built from its (validated) config block."""
    options = {k: (tuple(v) if isinstance(v, list) else v) for k, v in settings.items() if k != "severity"}
    return rule.Options(**options)
