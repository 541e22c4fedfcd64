"""Markdown minutes -> a small block tree (headings, paragraphs, lists, items, raw blocks) with 1-based lines.

The importer turns this tree into a spec, the action finder walks it, and the round-trip benchmark
compares the trees of an original and its re-rendered form.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

Kind = Literal["heading", "paragraph", "list", "item", "raw"]
_SPACES = re.compile(r"\s+")


@dataclass
class Node:
    """One block: `text` is the raw inline Markdown (heading, paragraph) or the source lines (raw)."""

    kind: Kind
    line: int
    text: str = ""
    level: int = 0
    ordered: bool = False
    start: int = 1
    children: list[Node] = field(default_factory=list)

    def walk(self) -> Iterator[Node]:
        """This node and all below it, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _raw(token: Any, lines: list[str]) -> str:
    start, end = token.map or (0, 0)
    return "\n".join(lines[start:end]).rstrip()


def _line(token: Any) -> int:
    return token.map[0] + 1 if token.map else 0


def _open(token: Any) -> Node:
    line = _line(token)
    if token.type == "heading_open":
        return Node("heading", line, level=int(token.tag[1]))
    if token.type in ("bullet_list_open", "ordered_list_open"):
        start = int(token.attrs.get("start", 1)) if token.attrs else 1
        return Node("list", line, ordered=token.type == "ordered_list_open", start=start)
    if token.type == "list_item_open":
        return Node("item", line)
    return Node("paragraph", line)


def parse_outline(text: str) -> list[Node]:
    """The top-level blocks of a Markdown text."""
    lines = text.split("\n")
    root = Node("raw", 0)
    stack = [root]
    raw_depth = 0  # inside a blockquote or table: keep the whole thing as one raw block
    for token in _parser().parse(text):
        if raw_depth:
            raw_depth += token.nesting
            continue
        if token.type in ("blockquote_open", "table_open"):
            stack[-1].children.append(Node("raw", _line(token), _raw(token, lines)))
            raw_depth = 1
        elif token.type in ("code_block", "fence", "html_block", "hr"):
            stack[-1].children.append(Node("raw", _line(token), _raw(token, lines)))
        elif token.type == "inline":
            stack[-1].text = token.content
        elif token.nesting == 1:
            node = _open(token)
            stack[-1].children.append(node)
            stack.append(node)
        elif token.nesting == -1:
            stack.pop()
    return root.children


def squash(text: str) -> str:
    """Whitespace-normalised text: the unit the round trip must keep."""
    return _SPACES.sub(" ", text).strip()


def text_lines(nodes: list[Node]) -> list[str]:
    """Every non-blank text line of the blocks, in order, whitespace-normalised."""
    found: list[str] = []
    for top in nodes:
        for node in top.walk():
            found.extend(squash(line) for line in node.text.split("\n") if line.strip())
    return found


def structure(nodes: list[Node]) -> list[tuple[Any, ...]]:
    """The shape the round trip must keep: headings, list nesting and kinds, blocks and their text lines.

    Paragraph breaks are whitespace: consecutive blocks of one kind at one depth count as one.
    """
    merged: list[tuple[Any, ...]] = []
    for entry in _shape(nodes, 0):
        if merged and entry[0] in ("text", "raw") and merged[-1][:2] == entry[:2]:
            merged[-1] = (*entry[:2], merged[-1][2] + entry[2])
        else:
            merged.append(entry)
    return merged


def _shape(nodes: list[Node], depth: int) -> list[tuple[Any, ...]]:
    shape: list[tuple[Any, ...]] = []
    for node in nodes:
        lines = tuple(squash(line) for line in node.text.split("\n") if line.strip())
        if node.kind == "list":
            shape.append(("list", depth, "ordered" if node.ordered else "bullet"))
            shape.extend(_shape(node.children, depth + 1))
        elif node.kind == "item":
            shape.append(("item", depth))
            shape.extend(_shape(node.children, depth))
        elif node.kind == "heading":
            shape.append(("heading", node.level, lines))
        else:
            shape.append(("text" if node.kind == "paragraph" else "raw", depth, lines))
    return shape
