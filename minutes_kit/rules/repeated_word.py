"""repeated-word: an accidental doubled word or phrase.

Finds a word or a phrase of up to four words written twice in a row ("with with",
"get the get the"), also across a line break inside one paragraph or list item, but not across a
sentence end ("... done. Done ..."), a comma ("agent, agent will") nor across code or links. Case is ignored.

Options:
- `max_phrase` (int, default 4): the longest repeated phrase looked for, in words.
- `allow` (list, default: "that", "had", "is", "bye", "very", "ha", "hah", "no", "yes"): words whose
  doubling is deliberate.

Passes:  `* Will try to run with JNI first`
Fails:   `* Will try to run with with JNI first`  -> 1:22 `repeated word "with"` (fix: drop one)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby

from minutes_kit.document import Document, Span
from minutes_kit.finding import Edit, Problem

ID = "repeated-word"
SEVERITY = "error"
DESCRIPTION = "A word or phrase written twice in a row."
FIXABLE = True
KINDS = frozenset({"markdown", "spec"})


@dataclass(frozen=True)
class Options:
    max_phrase: int = 4
    allow: tuple[str, ...] = ("that", "had", "is", "bye", "very", "ha", "hah", "no", "yes", "blah")


# Words, and the separators between them that break a repetition (sentence ends, masks, symbols).
_TOKEN = re.compile(r"(?P<word>[^\W_]+(?:['’][^\W_]+)*)"
                    r"|(?P<stop>[.,!?;:()\[\]{}<>|\x00\"“”#*=/\\，。：；–—]|\d[\d.,]*)")


@dataclass(frozen=True)
class _Word:
    text: str
    key: str
    line: int
    column: int
    stop_before: bool


def _words(spans: list[Span]) -> list[_Word]:
    found: list[_Word] = []
    for span in spans:
        stop = True  # a new line of a block may continue the sentence; a new block starts afresh
        if found and found[-1].line == span.line - 1:
            stop = False
        for match in _TOKEN.finditer(span.text):
            if match.group("stop"):
                stop = True
                continue
            word = match.group("word")
            found.append(_Word(word, word.casefold(), span.line, span.column + match.start(), stop))
            stop = False
    return found


def _repeats(words: list[_Word], options: Options) -> Iterator[tuple[int, int]]:
    """(index of the first word of the second copy, phrase length), longest phrase first."""
    i = 0
    while i < len(words):
        for n in range(options.max_phrase, 0, -1):
            if i < n or words[i].key != words[i - n].key:  # cheap test first: this runs per word
                continue
            first, second = words[i - n : i], words[i : i + n]
            if len(first) != n or len(second) != n:
                continue
            if any(w.stop_before for w in second) or any(w.stop_before for w in first[1:]):
                continue
            if [w.key for w in first] == [w.key for w in second]:
                if n == 1 and (first[0].key in options.allow or first[0].key.isdigit()):
                    continue
                yield i, n
                i += n - 1
                break
        i += 1


def check(document: Document, options: Options) -> Iterator[Problem]:
    for _, group in groupby(document.spans, key=lambda s: s.block):
        words = _words(list(group))
        for index, n in _repeats(words, options):
            previous, copy = words[index - 1], words[index : index + n]
            phrase = " ".join(w.text for w in copy)
            # Delete the gap before the copy and the copy itself: "with with JNI" -> "with JNI".
            start = document.offset(previous.line, previous.column) + len(previous.text)
            end = document.offset(copy[-1].line, copy[-1].column) + len(copy[-1].text)
            yield Problem(
                copy[0].line,
                copy[0].column,
                f'repeated {"phrase" if n > 1 else "word"} "{phrase}"',
                text=phrase,
                fix=Edit(start, end, ""),
            )
