"""Markdown minutes -> `Document`, through markdown-it-py's block tokens (`.map` gives lines)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from minutes_kit.config import Config
from minutes_kit.document import CodeBlock, Comment, Document, Heading, Item, Label, Section, Span
from minutes_kit.parse.inline import mask_line

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_BOLD_ONLY = re.compile(r"^\s*(\*\*|__)(?P<text>[^*_].*?)\1\s*:?\s*$")
_COMMENT = re.compile(r"<!--(.*?)-->", re.S)


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    # Only block structure is needed: inline content is read from the source lines, so skipping
    # markdown-it's inline pass halves the parse time.
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).disable("inline")


def _column(source_line: str, content_line: str) -> int:
    """1-based column where a piece of inline content starts in its source line."""
    for candidate in (content_line, content_line.lstrip()):
        if candidate:
            found = source_line.find(candidate)
            if found >= 0:
                return found + 1
    return len(source_line) - len(source_line.lstrip()) + 1


@dataclass
class _Builder:
    lines: list[str]
    spans: list[Span] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    code_blocks: list[CodeBlock] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    item_ends: list[int] = field(default_factory=list)

    def inline(self, token: Any, block: int) -> list[tuple[int, int, str]]:
        """Spans of an inline token; returns (line, column, raw text) per source line."""
        start = token.map[0] if token.map else 0
        placed = []
        for i, content_line in enumerate(token.content.split("\n")):
            number = start + i
            if number >= len(self.lines):
                break
            # Continuation lines keep extra indentation in the content: place the text without it.
            content_line = content_line.lstrip()
            column = _column(self.lines[number], content_line)
            raw = self.lines[number][column - 1 : column - 1 + len(content_line)]
            self.spans.append(Span(number + 1, column, mask_line(raw), block))
            placed.append((number + 1, column, raw))
        return placed


def _walk(tokens: list[Any], b: _Builder) -> None:
    lists: list[str] = []  # open list kinds, innermost last
    block = 0
    item_stack: list[int] = []
    pending_heading: Any = None
    for token in tokens:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            lists.append(kind)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            item_stack.append(len(b.items))
            b.items.append(Item(token.map[0] + 1, 1, len(lists) - 1, lists[-1] == "ordered_list_open", ""))
            b.item_ends.append(token.map[1])
        elif kind == "list_item_close":
            item_stack.pop()
        elif kind == "heading_open":
            pending_heading = token
        elif kind in ("code_block", "fence"):
            start, end = token.map
            b.code_blocks.append(CodeBlock(start + 1, end, kind == "code_block", token.content))
        elif kind == "html_block":
            for match in _COMMENT.finditer(token.content):
                first = token.map[0] + token.content[: match.start()].count("\n")
                b.comments.append(Comment(first + 1, first + 1 + match.group(0).count("\n"), match.group(1)))
        elif kind == "inline":
            block += 1
            placed = b.inline(token, block)
            if not placed:
                continue
            line, column, raw = placed[0]
            for number, _, text in placed:
                b.comments.extend(Comment(number, number, m.group(1)) for m in _COMMENT.finditer(text))
            if pending_heading is not None:
                b.headings.append(Heading(line, column, int(pending_heading.tag[1:]), token.content.strip()))
                pending_heading = None
                continue
            if item_stack and b.items[item_stack[-1]].text == "" and b.items[item_stack[-1]].line == line:
                i = item_stack[-1]
                old = b.items[i]
                b.items[i] = Item(old.line, column, old.depth, old.ordered, raw.strip())
            bold = _BOLD_ONLY.match(token.content)
            if bold and "\n" not in token.content and not item_stack:
                b.labels.append(Label(line, column, bold.group("text").strip()))


def _sections(b: _Builder, total: int) -> list[Section]:
    """Headings, bold labels and top-level list items, each with the lines it governs."""
    starts: list[tuple[int, int, int, str, int]] = []  # (line, rank, column, title, item end)
    for h in b.headings:
        starts.append((h.line, h.level, h.column, h.text, 0))
    for lab in b.labels:
        starts.append((lab.line, 7, lab.column, lab.text, 0))
    for item, end in zip(b.items, b.item_ends, strict=True):
        if item.depth == 0:
            starts.append((item.line, 8, item.column, item.text, end))
    starts.sort()
    sections = []
    for i, (line, rank, column, title, item_end) in enumerate(starts):
        end = total
        for later_line, later_rank, *_ in starts[i + 1 :]:
            if later_rank <= rank or (rank == 8 and later_line > item_end):
                end = later_line - 1
                break
        if rank == 8:
            end = min(end, item_end)
        body = b.lines[line:end]
        has_content = any(text.strip() and not text.strip().startswith("<!--") for text in body)
        sections.append(Section(line, column, _plain_title(title), end, has_content))
    return sections


def _plain_title(title: str) -> str:
    return re.sub(r"[*_`#]+", "", title).strip().rstrip(":：").strip()


def parse_markdown(text: str, path: str, config: Config) -> Document:
    """Parse LF-normalised Markdown into a Document."""
    from minutes_kit.parse.names import markdown_names

    lines = text.split("\n")
    builder = _Builder(lines)
    _walk(_parser().parse(text), builder)
    document = Document(
        path=path,
        text=text,
        kind="markdown",
        config=config,
        spans=tuple(builder.spans),
        headings=tuple(builder.headings),
        labels=tuple(builder.labels),
        items=tuple(builder.items),
        code_blocks=tuple(builder.code_blocks),
        comments=tuple(sorted(builder.comments, key=lambda c: c.line)),
        sections=tuple(_sections(builder, len(lines))),
    )
    return _with_names(document, markdown_names(document))


def _with_names(document: Document, names: Any) -> Document:
    from dataclasses import replace

    return replace(document, names=tuple(names))
