"""owners: names in owner positions must be on the roster.

Owner positions are a parenthesised list ending a topic line `(Jiawei Liu/Hanfeng Zhang)`, a
speaker prefix opening a list item `Luyao:` (ASCII or full-width colon), action-item owners and a
spec's `owners`. Each name must be a roster name or alias from the config's `people`
(case-insensitive); an unknown one is reported with up to three close roster names as suggestions.
Parenthesised notes made only of ordinary English words (`(Done)`, `(Not discussed)`) are not names.
With no `people` configured there is nothing to check against, and the rule stays silent.

Options:
- `allow` (list, default empty): more accepted names, on top of the roster.

Passes:  `1. Status update (Mara Quist/Tobias Renn)` with both on the roster
Fails:   `1. Status update (Mara Qist/Tobias Renn)`
         -> 1:20 `unknown name "Mara Qist"; did you mean "Mara Quist"?`
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from minutes_kit.document import Document
from minutes_kit.finding import Problem

ID = "owners"
SEVERITY = "error"
DESCRIPTION = "A name in an owner position that is not on the roster."
FIXABLE = False
KINDS = frozenset({"markdown", "spec"})


@dataclass(frozen=True)
class Options:
    allow: tuple[str, ...] = ()


def is_note(name: str, floor: int = 1) -> bool:
    """`Done`, `Not discussed`, `Scale-out`: English words (at least `floor` frequent), not a person."""
    from minutes_kit.spelling.lexicon import lexicon

    words = [w for w in re.split(r"[\s.'-]+", name.casefold()) if w]
    return all(lexicon().frequency(word) >= floor for word in words)


def _lower_case_words(document: Document) -> set[str]:
    from minutes_kit.spelling.tokens import tokens

    return {t.key for t in tokens(document.spans) if t.key.islower()}


def _message(name: str, close: tuple[str, ...]) -> str:
    if not close:
        return f'unknown name "{name}" (not on the roster)'
    shown = ", ".join(f'"{c}"' for c in close)
    return f'unknown name "{name}"; did you mean {shown}?'


def check(document: Document, options: Options) -> Iterator[Problem]:
    from minutes_kit.roster import Roster, fold

    roster = Roster(document.config.people)
    if not roster.people:
        return
    allowed = {fold(name) for name in options.allow}
    lower_case: set[str] | None = None
    for ref in document.names:
        if roster.find(ref.name) is not None or fold(ref.name) in allowed or is_note(ref.name):
            continue
        if ref.where == "speaker":
            # `Southbound Scale-out:` opens an item like `Luyao:` does; the file writes its words in lower case.
            lower_case = _lower_case_words(document) if lower_case is None else lower_case
            if lower_case.intersection(re.split(r"[\s-]+", ref.name.casefold())):
                continue
        close = roster.close(ref.name)
        yield Problem(ref.line, ref.column, _message(ref.name, close), ref.name, close)
