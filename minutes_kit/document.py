"""The parsed view of one file that every rule reads: prose spans, headings, list items, code blocks.

Markdown and YAML specs are both parsed into a `Document` (see `minutes_kit.parse`), so a prose
rule written once runs on both. Lines and columns are 1-based; columns count characters.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from minutes_kit.config import Config

# Stands in for characters that are not prose (inline code, URLs, link targets) inside a span,
# so that columns stay true while no word can be read there. markdown-it already turns a real
# NUL into U+FFFD, so it never occurs in parsed text.
MASK = "\x00"

Kind = Literal["markdown", "spec"]


@dataclass(frozen=True)
class Span:
    """Prose on one line: `text` starts at (line, column); masked characters are `MASK`."""

    line: int
    column: int
    text: str
    block: int  # spans of one paragraph/heading/item/value share a block number


@dataclass(frozen=True)
class Heading:
    line: int
    column: int
    level: int
    text: str


@dataclass(frozen=True)
class Label:
    """A paragraph that is only bold text, used as a section label (`**Topics**`)."""

    line: int
    column: int
    text: str


@dataclass(frozen=True)
class Item:
    """A list item's first line of text."""

    line: int
    column: int
    depth: int  # 0 for a top-level list
    ordered: bool
    text: str


@dataclass(frozen=True)
class CodeBlock:
    start_line: int
    end_line: int  # inclusive
    indented: bool
    content: str


@dataclass(frozen=True)
class Comment:
    """An HTML comment (inline directives live here)."""

    line: int
    end_line: int
    text: str


@dataclass(frozen=True)
class NameRef:
    """A person's name in an owner position (owners list, speaker prefix, action-item owner)."""

    line: int
    column: int
    name: str
    where: str  # "owners" | "speaker" | "action"


@dataclass(frozen=True)
class Section:
    """A section of the minutes: a heading, a bold label or a top-level list item, with its extent."""

    line: int
    column: int
    title: str
    end_line: int  # last line belonging to the section (inclusive)
    has_content: bool


@dataclass(frozen=True)
class Document:
    """One file, parsed. `text` is LF-normalised without a BOM; `lines` split it on LF."""

    path: str
    text: str
    kind: Kind
    config: Config
    spans: tuple[Span, ...] = ()
    headings: tuple[Heading, ...] = ()
    labels: tuple[Label, ...] = ()
    items: tuple[Item, ...] = ()
    code_blocks: tuple[CodeBlock, ...] = ()
    comments: tuple[Comment, ...] = ()
    names: tuple[NameRef, ...] = ()
    sections: tuple[Section, ...] = ()
    spec_date: str | None = None  # a spec's `date` value (ISO), for the title rule
    spec_date_position: tuple[int, int] | None = None
    spec_errors: tuple[tuple[int, int, str], ...] = ()  # schema violations of a spec
    spec_title: tuple[int, int, str] | None = None  # a spec's explicit `title`, if any
    spec_license: tuple[int, int, str] | None = None  # a spec's own license text, if any
    extra: tuple[tuple[str, object], ...] = field(default=())

    @cached_property
    def lines(self) -> tuple[str, ...]:
        return tuple(self.text.split("\n"))

    @cached_property
    def _line_starts(self) -> tuple[int, ...]:
        starts = [0]
        for line in self.lines[:-1]:
            starts.append(starts[-1] + len(line) + 1)
        return tuple(starts)

    def offset(self, line: int, column: int) -> int:
        """0-based offset into `text` of a 1-based (line, column)."""
        return self._line_starts[line - 1] + column - 1

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a 0-based offset into `text`."""
        index = bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1


def one_based(line0: int, col0: int = 0) -> tuple[int, int]:
    """The single place 0-based parser positions become 1-based report positions."""
    return line0 + 1, col0 + 1
