"""Names in owner positions: `(Jiawei Liu/Hanfeng Zhang)` ending a topic line, `Luyao:` speaker
prefixes opening a list item, and action-item owners."""

from __future__ import annotations

import re
from collections.abc import Iterator

from minutes_kit.document import Document, NameRef

# A parenthesised list of 1-4 capitalised names separated by / , & or "and", ending the line.
_NAME = r"[A-Z][A-Za-z'.-]*(?:\s+[A-Z][A-Za-z'.-]*){0,2}"
_OWNERS = re.compile(rf"\((?P<list>{_NAME}(?:\s*(?:/|,|&|\band\b)\s*{_NAME}){{0,5}})\)\s*[.:]?\s*$")
# A speaker prefix: one or two capitalised words then an ASCII or full-width colon.
_SPEAKER = re.compile(r"^(?P<name>[A-Z][a-z][A-Za-z'-]*(?:\s+[A-Z][A-Za-z'-]*)?)\s*(?::|：|ï¼š)")
_SPLIT = re.compile(r"\s*(?:/|,|&|\band\b)\s*")
_NOT_SPEAKERS = frozenset(
    {"action", "action item", "action items", "ai", "todo", "note", "notes", "question", "answer", "q", "a",
     "update", "status", "discussion", "summary", "next steps", "issue", "issues", "pr", "link", "links",
     "recording", "meeting recording", "agenda", "topic", "topics", "design", "proposal", "goal", "goals",
     "result", "results", "reason", "problem", "solution", "target", "plan", "prerequisites", "logic"}
)


def _owner_list(line: int, column: int, text: str) -> Iterator[NameRef]:
    match = _OWNERS.search(text)
    if not match:
        return
    offset = match.start("list")
    for name in _SPLIT.split(match.group("list")):
        index = text.find(name, offset)
        if name and index >= 0:
            yield NameRef(line, column + index, name, "owners")
            offset = index + len(name)


def _speaker(line: int, column: int, text: str) -> Iterator[NameRef]:
    match = _SPEAKER.match(text)
    if match and match.group("name").lower() not in _NOT_SPEAKERS:
        yield NameRef(line, column, match.group("name"), "speaker")


def markdown_names(document: Document) -> list[NameRef]:
    """Every name in an owner position, in file order."""
    found: list[NameRef] = []
    for item in document.items:
        found.extend(_speaker(item.line, item.column, item.text))
        found.extend(_owner_list(item.line, item.column, item.text))
    for heading in document.headings:
        found.extend(_owner_list(heading.line, heading.column, heading.text))
    return found
