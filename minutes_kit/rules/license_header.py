"""license-header: the configured license header is near the top, word for word.

The header (`license_header` / `license_header_file` in the config; by default the MIT block of the
seeds with the `copyright` line) must appear within the first 40 lines after the title. It is compared
word by word, ignoring indentation and line breaks, so re-wrapping it is fine but changing a word is
not. A missing header is reported on the line after the title; an altered one at the first word that
differs, saying what was expected and what was found. A spec is checked only when it carries its own
`license` text.

Fix: insert the header after the title (or replace the altered one) in the seeds' form: an indented
code block (4 spaces) with blank lines around it.

Options:
- `within` (int, default 40): how many lines from the top the header may start at.

Passes:  `# Nimbus ... 11/10/2021`, two blank lines, then the MIT block indented by 4 spaces.
Fails:   the same with `Copyright(c) 2019 Futurewei Cloud`
         -> 5:18 `license header differs: expected "2020", found "2019"`
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher

from minutes_kit.document import Document
from minutes_kit.finding import Edit, Problem

ID = "license-header"
SEVERITY = "error"
DESCRIPTION = "The configured license header is present near the top, word for word."
FIXABLE = True
KINDS = frozenset({"markdown", "spec"})

# Below this share of the header's words, what is there is some other text, not an altered header.
MIN_SHARE = 0.5
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Options:
    within: int = 40


@dataclass(frozen=True)
class _Word:
    text: str
    line: int
    column: int


def indented(header: str) -> str:
    """The header as the seeds write it: every non-blank line indented by four spaces."""
    return "\n".join(f"    {line}" if line.strip() else "" for line in header.strip("\n").split("\n"))


def _words(lines: tuple[str, ...], first: int, last: int) -> list[_Word]:
    return [
        _Word(m.group(0), number, m.start() + 1)
        for number in range(first, min(last, len(lines)) + 1)
        for m in _WORD.finditer(lines[number - 1])
    ]


def _title_line(document: Document) -> int:
    """The title's line when the file starts with its title heading (else 0)."""
    if document.headings and document.headings[0].line <= 3:
        return document.headings[0].line
    return 0


def _quote(words: list[str]) -> str:
    return f'"{" ".join(words)}"' if words else "nothing"


def _difference(expected: list[str], found: list[_Word]) -> tuple[int, str] | None:
    """Index into `found` and a message for the first difference, or None when they agree."""
    ops = SequenceMatcher(None, expected, [w.text for w in found], autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            continue
        wanted, got = expected[i1 : min(i2, i1 + 6)], [w.text for w in found[j1 : min(j2, j1 + 6)]]
        return min(j1, len(found) - 1), f"license header differs: expected {_quote(wanted)}, found {_quote(got)}"
    return None


def _verbatim(expected: list[str], texts: list[str]) -> bool:
    """Is the header there word for word? The common case, decided without a diff."""
    n = len(expected)
    return any(
        texts[i] == expected[0] and texts[i : i + n] == expected for i in range(len(texts) - n + 1)
    )


def _located(expected: list[str], top: list[_Word]) -> list[_Word] | None:
    """The run of `top` that the header occupies, if enough of the header is there."""
    matcher = SequenceMatcher(None, expected, [w.text for w in top], autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks or sum(b.size for b in blocks) < MIN_SHARE * len(expected):
        return None
    first, last = blocks[0], blocks[-1]
    start = max(0, first.b - first.a) if first.a <= 3 else first.b
    end = last.b + last.size
    return top[start:end]


def _insert(document: Document, title_line: int, header: str) -> Edit:
    lines = document.lines
    if title_line == 0:
        return Edit(0, 0, indented(header) + "\n\n")
    at = document.offset(title_line, len(lines[title_line - 1]) + 1)
    following_blank = title_line < len(lines) and not lines[title_line].strip()
    return Edit(at, at, "\n\n\n" + indented(header) + ("" if following_blank else "\n"))


def _replace(document: Document, region: list[_Word], header: str) -> Edit:
    start = document.offset(region[0].line, 1)
    last = region[-1].line
    end = document.offset(last, len(document.lines[last - 1]) + 1)
    return Edit(start, end, indented(header))


def _markdown(document: Document, header: str, options: Options) -> Iterator[Problem]:
    expected = header.split()
    title_line = _title_line(document)
    top = _words(document.lines, title_line + 1, title_line + options.within + header.count("\n") + 1)
    if _verbatim(expected, [w.text for w in top]):
        return
    region = _located(expected, top)
    if region is None:
        line = min(title_line + 1, len(document.lines))
        yield Problem(line, 1, "license header missing", fix=_insert(document, title_line, header))
        return
    difference = _difference(expected, region)
    if difference is not None:
        index, message = difference
        word = region[index]
        yield Problem(word.line, word.column, message, text=word.text, fix=_replace(document, region, header))


def _spec(document: Document, header: str) -> Iterator[Problem]:
    if document.spec_license is None:
        return
    line, column, text = document.spec_license
    found = [_Word(w, line, column) for w in text.split()]
    difference = _difference(header.split(), found) if found else (0, "license header is empty")
    if difference is not None:
        yield Problem(line, column, difference[1])


def check(document: Document, options: Options) -> Iterator[Problem]:
    header = document.config.license_header
    if not header.strip():
        return
    if document.kind == "spec":
        yield from _spec(document, header)
    else:
        yield from _markdown(document, header, options)
