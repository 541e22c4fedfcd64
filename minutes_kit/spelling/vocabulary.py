"""Learning a project's vocabulary from its archive of minutes.

A word the English list lacks becomes vocabulary when it recurs across meetings (in at least
`MIN_FILES` files) and is not a likely typo: a token that the spelling judge would correct is kept
out when the correction is used in the archive at least as often, or when a lower-case token
corrects to a common English word (`envrionment`, however often it is repeated). English words
that are rare in English but recur in the archive (`Kafka`) are added too: they anchor corrections
of project terms (`kakfa`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from minutes_kit.roster import Roster
from minutes_kit.spelling.judge import Judge, Verdict
from minutes_kit.spelling.lexicon import Lexicon
from minutes_kit.spelling.tokens import Token

MIN_FILES = 2  # a term must recur across meetings
ANCHOR_FILES = 3  # an English word used in this many files ...
ANCHOR_RARITY = 1000  # ... while this rare in English is a project term
TYPO_TARGET = 10_000  # a lower-case token one slip from an English word this common is a typo


@dataclass
class Usage:
    """How an archive uses one word (case-folded): occurrences, files, and spellings."""

    count: int = 0
    files: set[str] = field(default_factory=set)
    forms: Counter[str] = field(default_factory=Counter)

    @property
    def form(self) -> str:
        return self.forms.most_common(1)[0][0]


def count_words(files: Iterable[tuple[str, Iterable[Token]]]) -> dict[str, Usage]:
    """Usage of every word key across the archive's files."""
    usage: dict[str, Usage] = {}
    for name, tokens in files:
        for token in tokens:
            entry = usage.setdefault(token.key.casefold(), Usage())
            entry.count += 1
            entry.files.add(name)
            entry.forms[token.key] += 1
    return usage


def _is_typo(usage: Usage, verdict: Verdict, archive: dict[str, Usage], lexicon: Lexicon) -> bool:
    target = verdict.suggestions[0].casefold() if verdict.suggestions else ""
    if target in archive and archive[target].count >= usage.count:
        return True
    lower_case = any(form.islower() for form in usage.forms)
    return lower_case and lexicon.frequency(target) >= TYPO_TARGET


def learn_words(archive: dict[str, Usage], roster: Roster, lexicon: Lexicon) -> list[str]:
    """The archive's vocabulary: recurring non-English terms that are not typos, plus anchors."""
    plain = Judge(lexicon, (), roster)
    anchors = {k: u.form for k, u in archive.items()
               if len(u.files) >= ANCHOR_FILES and 0 < lexicon.frequency(k) < ANCHOR_RARITY}
    candidates = {k: u for k, u in archive.items() if len(u.files) >= MIN_FILES and not plain.known(k)}
    everything = set(anchors.values()) | {u.form for u in candidates.values()}
    words = list(anchors.values())
    for _, usage in sorted(candidates.items()):
        judge = Judge(lexicon, everything - {usage.form}, roster)
        verdict = judge.verdict(usage.form, usage.form)
        if verdict is None or not _is_typo(usage, verdict, archive, lexicon):
            words.append(usage.form)
    return sorted(set(words), key=lambda w: (w.casefold(), w))
