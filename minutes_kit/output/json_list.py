"""A JSON list of findings with path, line, column, rule, severity, message, text, suggestions, fixable."""

from __future__ import annotations

import json
from collections.abc import Sequence

from minutes_kit.finding import Finding


def render(findings: Sequence[Finding], colour: bool = False) -> str:
    return json.dumps([f.to_dict() for f in findings], indent=2, ensure_ascii=False) + "\n"
