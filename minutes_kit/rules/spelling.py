"""spelling: words that look misspelt, with suggestions.

Reads prose only: code, URLs, link targets, e-mail addresses, file names and paths, numbers,
versions and ids (`v2`, `100k`, `E2E`, `#631`) and Chinese text are never read. Words in the
English list (pyspellchecker's), the config's `words` and the roster's names and aliases are
accepted in any case, with plurals and possessives. An unknown word is reported only when there
is evidence it is a typo: it is one edit from a roster name (`Jawei` -> `Jiawei`), a project term
or a common English word (long words: two edits), it glues two words the same file writes apart
(`managementpod`), it is an all-caps swap of a known acronym (`DCHP` -> `DHCP`), a CamelCase
identifier with a misspelt part (`RocektMQ`), or has a stray apostrophe (`it'`). Unknown names
and terms with no such evidence are left alone: put them in `words` to make that explicit, or let
`minutes-kit init --from-archive` learn them. Names in owner positions are the `owners` rule's.

Options:
- `ignore` (list, default empty): more accepted words, on top of the config's `words`.

Passes:  `* Tested the communication between ACA and DPM`
Fails:   `* Tested the commuication between ACA and DPM`
         -> 1:14 `unknown word "commuication"; did you mean "communication"?` (fix: the one suggestion)
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from minutes_kit.document import Document
from minutes_kit.finding import Edit, Problem

if TYPE_CHECKING:
    from minutes_kit.spelling.judge import Judge, Verdict

ID = "spelling"
SEVERITY = "error"
DESCRIPTION = "A misspelt word (evidence-based: near a known word, name or term)."
FIXABLE = True
KINDS = frozenset({"markdown", "spec"})


@dataclass(frozen=True)
class Options:
    ignore: tuple[str, ...] = ()


_JUDGES: dict[object, Judge] = {}


def judge_for(document: Document, options: Options) -> Judge:
    """The (cached) Judge for this document's vocabulary and roster."""
    from minutes_kit.roster import Roster
    from minutes_kit.spelling.judge import Judge
    from minutes_kit.spelling.lexicon import lexicon

    config = document.config
    key = (config.words, config.people, options.ignore)
    if key not in _JUDGES:
        _JUDGES[key] = Judge(lexicon(), config.words | frozenset(options.ignore), Roster(config.people))
    return _JUDGES[key]


def check(document: Document, options: Options) -> Iterator[Problem]:
    from minutes_kit.spelling.tokens import tokens

    judge = judge_for(document, options)
    words = list(tokens(document.spans))
    bigrams = {(a.key, b.key) for a, b in pairwise(words)}
    owners = {(ref.line, ref.column + offset) for ref in document.names for offset in range(len(ref.name))}
    verdicts: dict[tuple[str, str], Verdict | None] = {}
    for token in words:
        if (token.line, token.column) in owners:
            continue  # a name in an owner position: the owners rule judges it
        cache_key = (token.text, token.key)
        if cache_key not in verdicts:
            verdicts[cache_key] = judge.verdict(token.text, token.key, bigrams)
        verdict = verdicts[cache_key]
        if verdict is None:
            continue
        start = document.offset(token.line, token.column)
        fix = Edit(start, start + len(token.text), verdict.suggestions[0]) if verdict.confident else None
        yield Problem(token.line, token.column, verdict.message, token.text, verdict.suggestions, fix)
