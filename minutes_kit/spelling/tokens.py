"""Words of prose, with their positions: what the spelling rule and the archive learner read.

Whole whitespace-separated chunks that are not prose are skipped (file names and paths, e-mail
addresses, identifiers with `_` or `=`, dotted names like `e.g.` or `v2.0`); inside a chunk, words
glued to digits (`v2`, `100k`, `E2E`, `L2`) are skipped as numbers, versions and ids.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from minutes_kit.document import MASK, Span

_CHUNK = re.compile(r"[^\s\x00]+")
_NOT_PROSE_CHUNK = re.compile(
    r"[@\\_=~<>{}|]"  # e-mail, Windows paths, identifiers, key=value, templates
    r"|[A-Za-z0-9]\.[A-Za-z0-9]"  # file.ext, e.g., v2.0, node.js
    r"|^[./]|/.*/"  # /abs/path, ./rel, a/b/c
    r"|://"
)
# Letters, with inner apostrophes (don't, cont'd) and one dangling apostrophe (it', users').
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*['’]?")
_ALNUM = re.compile(r"[A-Za-z0-9]+")
_QUOTES = "'’‘\"“"


@dataclass(frozen=True)
class Token:
    """One word as written (`text`) at (line, column); `key` is the form to look up."""

    line: int
    column: int
    text: str
    key: str


def _has_digit_neighbour(chunk: str, start: int, end: int) -> bool:
    """Is the word part of a run of letters and digits such as `v2`, `100k`, `E2E`?"""
    before = chunk[start - 1] if start > 0 else ""
    after = chunk[end] if end < len(chunk) else ""
    return before.isdigit() or after.isdigit()


def _key(word: str, quoted: bool) -> str:
    """The look-up form: straight apostrophes, no possessive, no quote-closing apostrophe."""
    key = word.replace("’", "'")
    if key.endswith("'") and (quoted or key[-2:-1] in ("s", "S")):
        key = key[:-1]
    if key.lower().endswith("'s"):
        key = key[:-2]
    return key


def chunk_tokens(line: int, column: int, chunk: str) -> Iterator[Token]:
    """Word tokens of one whitespace-separated chunk starting at (line, column)."""
    if _NOT_PROSE_CHUNK.search(chunk):
        return
    for match in _WORD.finditer(chunk):
        start, end = match.span()
        word = match.group(0)
        if _has_digit_neighbour(chunk, start, end) or len(word.rstrip("'’")) < 2:
            continue
        quoted = start > 0 and chunk[start - 1] in _QUOTES
        yield Token(line, column + start, word, _key(word, quoted))


def span_tokens(span: Span) -> Iterator[Token]:
    """Word tokens of one prose span."""
    for match in _CHUNK.finditer(span.text):
        chunk = match.group(0)
        # A chunk glued to masked text (`code`s, a link's target) is part of that non-prose.
        before = span.text[match.start() - 1] if match.start() else ""
        after = span.text[match.end()] if match.end() < len(span.text) else ""
        if MASK in (before, after):
            continue
        yield from chunk_tokens(span.line, span.column + match.start(), chunk)


def tokens(spans: Iterable[Span]) -> Iterator[Token]:
    """Word tokens of every span, in order."""
    for span in spans:
        yield from span_tokens(span)


def camel_parts(word: str) -> list[str]:
    """`RocketMQ` -> [Rocket, MQ]; `fixedIPs` -> [fixed, IPs]; a plain word -> [word]."""
    return re.findall(r"[A-Z]{2,}s?(?![a-z])|[A-Z]?[a-z]+|[A-Z]", word)
