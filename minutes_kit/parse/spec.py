"""YAML meeting spec -> `Document`: prose spans at each text value's real line:col, owners as names.

Prose rules (spelling, owners, doubled words, encoding) then run on a spec exactly as on Markdown.
Schema violations are collected here (the `schema` rule reports them); only specs pay for the
jsonschema import. Full-line `# minutes-kit: ...` comments are inline directives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from minutes_kit.config import Config
from minutes_kit.document import Comment, Document, NameRef, Section, Span
from minutes_kit.parse.inline import mask_line

SCHEMA_NAME = "meeting.schema.json"
# Keys whose string values are prose, and keys whose lists hold prose (or items with a `text`).
_PROSE_KEYS = frozenset({"title", "text"})
_LIST_KEYS = frozenset({"topics", "bullets", "items", "actions"})
_COMMENT = re.compile(r"^\s*#(?P<text>.*)$")
_TRAILING_COMMENT = re.compile(r"\s+#.*$")
_NAME_SPLIT = re.compile(r"\s*/\s*")


@dataclass
class _Collector:
    lines: list[str]
    spans: list[Span] = field(default_factory=list)
    names: list[NameRef] = field(default_factory=list)
    block: int = 0

    def prose(self, line0: int, col0: int, value: str) -> tuple[int, int] | None:
        """Add spans for a string scalar at a 0-based position; return its 1-based text start."""
        self.block += 1
        placed = list(scalar_lines(self.lines, line0, col0, value))
        for line, column, text in placed:
            self.spans.append(Span(line, column, mask_line(text), self.block))
        return (placed[0][0], placed[0][1]) if placed else None

    def owners(self, line0: int, col0: int, value: str) -> None:
        placed = list(scalar_lines(self.lines, line0, col0, value))
        if not placed:
            return
        line, column, text = placed[0]
        offset = 0
        for name in _NAME_SPLIT.split(text):
            index = text.find(name, offset)
            if name.strip() and index >= 0:
                self.names.append(NameRef(line, column + index, name.strip(), "owners"))
                offset = index + len(name)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _block_lines(lines: list[str], line0: int) -> Iterator[tuple[int, int, str]]:
    """The content lines of a `|` or `>` block scalar whose indicator sits on line `line0`."""
    parent = _indent(lines[line0])
    block_indent = None
    for number in range(line0 + 1, len(lines)):
        text = lines[number]
        if not text.strip():
            continue
        indent = _indent(text)
        if block_indent is None:
            if indent <= parent:
                return
            block_indent = indent
        if indent < block_indent:
            return
        yield number + 1, indent + 1, text.strip()


def _closing_quote(text: str, quote: str, start: int) -> int:
    index = start
    while index < len(text):
        if text[index] == "\\" and quote == '"':
            index += 2
            continue
        if text[index] == quote:
            if quote == "'" and text[index + 1 : index + 2] == "'":
                index += 2
                continue
            return index
        index += 1
    return -1


def _flowing(lines: list[str], line0: int, first: str, col: int, value: str) -> Iterator[tuple[int, int, str]]:
    """A plain or quoted scalar folded over several lines: collect lines until its words are covered."""
    wanted = len(value.split())
    seen = len(first.split())
    yield line0 + 1, col + 1, first
    number = line0 + 1
    while seen < wanted and number < len(lines):
        text = _TRAILING_COMMENT.sub("", lines[number]).strip().rstrip("'\"")
        if text:
            yield number + 1, _indent(lines[number]) + 1, text
            seen += len(text.split())
        number += 1


def scalar_lines(lines: list[str], line0: int, col0: int, value: str) -> Iterator[tuple[int, int, str]]:
    """(line, column, text) of each source line of a string scalar, 1-based, quotes excluded."""
    if line0 >= len(lines) or not value.strip():
        return
    source = lines[line0]
    indicator = source[col0 : col0 + 1]
    if indicator in ("|", ">"):
        yield from _block_lines(lines, line0)
    elif indicator in ("'", '"'):
        close = _closing_quote(source, indicator, col0 + 1)
        if close >= 0:
            yield line0 + 1, col0 + 2, source[col0 + 1 : close]
        else:
            yield from _flowing(lines, line0, source[col0 + 1 :].rstrip(), col0 + 1, value)
    elif source.startswith(value, col0):
        yield line0 + 1, col0 + 1, value
    else:
        first = _TRAILING_COMMENT.sub("", source[col0:]).rstrip()
        yield from _flowing(lines, line0, first, col0, value)


def _lc(node: Any, key: Any) -> tuple[int, int] | None:
    lc = getattr(node, "lc", None)
    if lc is None:
        return None
    try:
        line, col = lc.item(key) if isinstance(key, int) else lc.value(key)
        return int(line), int(col)
    except (KeyError, IndexError, TypeError, AttributeError):
        return None


def _walk(node: Any, collect: _Collector, prose: bool) -> None:
    """Visit every string that is prose (titles, texts, list entries) and every owner name."""
    if isinstance(node, dict):
        for key, value in node.items():
            where = _lc(node, key)
            if isinstance(value, str) and where is not None:
                if key in _PROSE_KEYS:
                    collect.prose(*where, value)
                elif key == "owners":
                    collect.owners(*where, value)
            elif key == "owners" and isinstance(value, list):
                for index, name in enumerate(value):
                    if isinstance(name, str) and (at := _lc(value, index)) is not None:
                        collect.owners(*at, name)
            elif key in _LIST_KEYS or key == "sections":
                _walk(value, collect, key in _LIST_KEYS)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            where = _lc(node, index)
            if isinstance(value, str) and prose and where is not None:
                collect.prose(*where, value)
            elif isinstance(value, (dict, list)):
                _walk(value, collect, prose)


def _sections(root: dict[str, Any], collect: _Collector, total: int) -> list[Section]:
    """Sections with a title (in file order), plus top-level `actions` as "Action Items"."""
    found: list[tuple[int, int, str, bool]] = []
    sections = root.get("sections")
    for section in sections if isinstance(sections, list) else []:
        if not isinstance(section, dict):
            continue
        where = _lc(section, "title") if isinstance(section.get("title"), str) else None
        if where is None:
            continue
        content = any(section.get(k) for k in ("text", "topics", "bullets", "actions"))
        found.append((where[0] + 1, where[1] + 1, str(section["title"]), bool(content)))
    if "actions" in root and (where := _key_lc(root, "actions")) is not None:
        found.append((where[0] + 1, where[1] + 1, "Action Items", bool(root.get("actions"))))
    found.sort()
    return [
        Section(line, column, title, (found[i + 1][0] - 1) if i + 1 < len(found) else total, content)
        for i, (line, column, title, content) in enumerate(found)
    ]


def _key_lc(node: Any, key: Any) -> tuple[int, int] | None:
    try:
        line, col = node.lc.key(key)
        return int(line), int(col)
    except (KeyError, TypeError, AttributeError):
        return None


def _comments(lines: list[str]) -> list[Comment]:
    found = []
    for number, line in enumerate(lines, start=1):
        match = _COMMENT.match(line)
        if match:
            found.append(Comment(number, number, match.group("text")))
    return found


def _schema_errors(data: Any, path: str) -> tuple[tuple[int, int, str], ...]:
    from minutes_kit.resources import schema
    from minutes_kit.schema_check import errors

    if data is None:
        return ((1, 1, "empty spec: expected a mapping with at least `date: YYYY-MM-DD`"),)
    return tuple((e.line or 1, e.column or 1, e.message) for e in errors(data, schema(SCHEMA_NAME), path))


def _iso(value: Any) -> str | None:
    from minutes_kit.yamlio import to_plain

    plain = to_plain(value)
    return plain if isinstance(plain, str) else None


def _spec_fields(root: dict[str, Any], collect: _Collector) -> dict[str, Any]:
    """The values the title and license-header rules read."""
    fields: dict[str, Any] = {}
    date = _iso(root.get("date"))
    where = _lc(root, "date")
    if date is not None and where is not None:
        fields["spec_date"], fields["spec_date_position"] = date, (where[0] + 1, where[1] + 1)
    more = root.get("dates")
    dates = [date, *(_iso(v) for v in (more if isinstance(more, list) else []))]
    extra: dict[str, object] = {"dates": tuple(d for d in dates if d)}
    if isinstance(root.get("meeting"), str):
        extra["meeting"] = root["meeting"]
    fields["extra"] = tuple(extra.items())
    title = root.get("title")
    if isinstance(title, str) and (where := _lc(root, "title")) is not None:
        placed = list(scalar_lines(collect.lines, *where, title))
        start = (placed[0][0], placed[0][1]) if placed else (where[0] + 1, where[1] + 1)
        fields["spec_title"] = (*start, title)
    license_text = root.get("license")
    if isinstance(license_text, str) and (where := _lc(root, "license")) is not None:
        fields["spec_license"] = (where[0] + 1, where[1] + 1, license_text)
    return fields


def parse_spec(text: str, path: str, config: Config) -> Document:
    """Parse a YAML meeting spec (LF text) into a Document; invalid YAML raises `MinutesKitError`."""
    from minutes_kit.yamlio import load

    data = load(text, path) if text.strip() else None
    lines = text.split("\n")
    collect = _Collector(lines)
    _walk(data, collect, prose=False)
    root = data if isinstance(data, dict) else {}
    return Document(
        path=path,
        text=text,
        kind="spec",
        config=config,
        spans=tuple(collect.spans),
        comments=tuple(_comments(lines)),
        names=tuple(collect.names),
        sections=tuple(_sections(root, collect, len(lines))),
        spec_errors=_schema_errors(data, path),
        **_spec_fields(root, collect),
    )
