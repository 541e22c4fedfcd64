"""Frozen values that flow from rules to formatters: edits, problems and findings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SEVERITIES = ("error", "warning", "off")


@dataclass(frozen=True, order=True)
class Edit:
    """Replace `document.text[start:end]` (LF-normalised, BOM-less text) with `replacement`."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class Problem:
    """What a rule yields: a position and a message; the core adds path, rule and severity."""

    line: int
    column: int
    message: str
    text: str | None = None
    suggestions: tuple[str, ...] = ()
    fix: Edit | None = None


@dataclass(frozen=True, order=True)
class Finding:
    """One located problem in one file, as every output format reports it."""

    path: str
    line: int
    column: int
    rule: str
    severity: str
    message: str
    text: str | None = None
    suggestions: tuple[str, ...] = ()
    fixable: bool = False
    fix: Edit | None = field(default=None, compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The public JSON shape of a finding."""
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "text": self.text,
            "suggestions": list(self.suggestions),
            "fixable": self.fixable,
        }
