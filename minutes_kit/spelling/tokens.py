"""Words of prose, with their positions: what the spelling rule and the archive learner read.

Whole whitespace-separated runs that are not prose are skipped (file names and paths, e-mail
addresses, identifiers with `_` or `=`, dotted names like `e.g.` or `v2.0`, runs touching masked
code or URLs); words glued to digits (`v2`, `100k`, `E2E`, `L2`) are numbers, versions and ids.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from minutes_kit.document import Span

# A whitespace-separated run that is not prose: e-mail, Windows path, identifier, key=value,
# template, masked code/URL, file.ext / e.g. / v2.0, a URL, a path (/abs, a/b/c).
_NOT_PROSE_RUN = re.compile(
    r"\S*(?:[@\\_=~<>{}|\x00]|[A-Za-z0-9]\.[A-Za-z0-9]|://|/\S*/)\S*|(?<!\S)/\S*"
)
# Letters, with inner apostrophes (don't, cont'd) and one dangling apostrophe (it', users'), not
# glued to digits (`v2`, `100k`, `E2E`, `L2` are numbers, versions and ids).
_WORD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]+(?:['’][A-Za-z]+)*['’]?(?![A-Za-z0-9])")
_QUOTES = "'’‘\"“"


class Token(NamedTuple):
    """One word as written (`text`) at (line, column); `key` is the form to look up."""

    line: int
    column: int
    text: str
    key: str


def _key(word: str, quoted: bool) -> str:
    """The look-up form: straight apostrophes, no possessive, no quote-closing apostrophe."""
    if "'" not in word and "’" not in word:
        return word
    key = word.replace("’", "'")
    if key.endswith("'") and (quoted or key[-2:-1] in ("s", "S")):
        key = key[:-1]
    if key.lower().endswith("'s"):
        key = key[:-2]
    return key


def text_tokens(line: int, column: int, text: str) -> Iterator[Token]:
    """Word tokens of one line of prose starting at (line, column)."""
    skipped = [m.span() for m in _NOT_PROSE_RUN.finditer(text)] if _maybe_not_prose(text) else []
    for match in _WORD.finditer(text):
        start = match.start()
        word = match.group(0)
        if len(word) - (word[-1] in "'’") < 2 or (skipped and any(a <= start < b for a, b in skipped)):
            continue
        quoted = start > 0 and text[start - 1] in _QUOTES
        yield Token(line, column + start, word, _key(word, quoted))


def _maybe_not_prose(text: str) -> bool:
    """A cheap test that spares most lines the non-prose search."""
    return any(c in text for c in "@\\_=~<>{}|\x00/") or "." in text.strip(".")


def span_tokens(span: Span) -> Iterator[Token]:
    """Word tokens of one prose span."""
    return text_tokens(span.line, span.column, span.text)


def tokens(spans: Iterable[Span]) -> Iterator[Token]:
    """Word tokens of every span, in order."""
    for span in spans:
        yield from span_tokens(span)


def camel_parts(word: str) -> list[str]:
    """`RocketMQ` -> [Rocket, MQ]; `fixedIPs` -> [fixed, IPs]; a plain word -> [word]."""
    return re.findall(r"[A-Z]{2,}s?(?![a-z])|[A-Z]?[a-z]+|[A-Z]", word)
