"""Inline directives: `<!-- minutes-kit: disable=ID[,ID] -->` (until a matching `enable=` or the end
of the file), `enable=ID`, and `disable-next-line=ID`. Without `=IDS` they apply to every rule.

A directive naming a rule id that does not exist silences nothing, which would hide a typo such as
`disable=repeated-words`; the lint core reports it as a finding of the `directive` check instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from minutes_kit.document import Comment

ALL = "*"
RULE_ID = "directive"
SEVERITY = "error"
DESCRIPTION = "An inline directive names a rule id that does not exist."
_DIRECTIVE = re.compile(
    r"^\s*minutes-kit:\s*(?P<verb>disable-next-line|disable|enable)\s*(?:=\s*(?P<ids>[\w,\s-]+?))?\s*$"
)


@dataclass(frozen=True)
class Silence:
    """Rule `rule` (or ALL) is silent on lines first..last (inclusive)."""

    rule: str
    first: int
    last: int


def _ids(raw: str | None) -> list[str]:
    if not raw:
        return [ALL]
    return [part.strip() for part in raw.split(",") if part.strip()]


def silences(comments: Iterable[Comment], last_line: int) -> tuple[Silence, ...]:
    """Resolve directive comments to line ranges per rule."""
    found: list[Silence] = []
    open_since: dict[str, int] = {}
    for comment in comments:
        match = _DIRECTIVE.match(comment.text)
        if not match:
            continue
        verb = match.group("verb")
        for rule in _ids(match.group("ids")):
            if verb == "disable-next-line":
                found.append(Silence(rule, comment.end_line + 1, comment.end_line + 1))
            elif verb == "disable":
                open_since.setdefault(rule, comment.line)
            elif rule in open_since:
                found.append(Silence(rule, open_since.pop(rule), comment.line))
            elif rule == ALL:
                for other, since in list(open_since.items()):
                    found.append(Silence(other, since, comment.line))
                open_since.clear()
    found.extend(Silence(rule, since, last_line) for rule, since in open_since.items())
    return tuple(found)


def directive_ids(comments: Iterable[Comment]) -> list[tuple[Comment, str]]:
    """Every rule id named by a directive, with its comment (to report unknown ids)."""
    named: list[tuple[Comment, str]] = []
    for comment in comments:
        match = _DIRECTIVE.match(comment.text)
        if match:
            named.extend((comment, rule) for rule in _ids(match.group("ids")) if rule != ALL)
    return named


def is_silenced(silenced: tuple[Silence, ...], rule: str, line: int) -> bool:
    return any(s.first <= line <= s.last and s.rule in (rule, ALL) for s in silenced)
