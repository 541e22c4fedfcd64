"""Deciding whether an unknown word is a typo, and what it should be.

An unknown word (not English, not project vocabulary, not a roster name) is only reported when
there is evidence it is a slip of the keyboard rather than a name or term the list lacks:
- it is one edit from a roster name (`Jawei` -> `Jiawei`), a vocabulary term (`kakfa` -> `Kafka`)
  or an English word (short words only toward very common ones: `wil` -> `will`; long words also
  two edits toward a frequent word: `Remainining` -> `Remaining`);
- it glues two words that the same document writes apart (`managementpod`, `management pod`), or a
  word onto a project term (`numberKafka`);
- it is an all-caps swap of a known acronym (`DCHP` -> `DHCP`), or a CamelCase identifier with a
  misspelt part (`RocektMQ`);
- it keeps a stray apostrophe (`it'` -> `it's`).
Everything else unknown (new names, product names, identifiers) is left alone.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from minutes_kit.roster import Roster
from minutes_kit.spelling.edits import Slip, is_transposition, near, one_edit
from minutes_kit.spelling.lexicon import Lexicon, anchors
from minutes_kit.spelling.pinyin import looks_like_name
from minutes_kit.spelling.tokens import camel_parts

COMMON = 1000  # an English word this frequent is a plausible compound part
TARGET = 2000  # a 5-7 letter word is only corrected toward words this common (not `vera` for `versa`)
SHORT_TARGET = 100_000  # short words are only corrected toward words this common (`will`, `this`)
RARE = 1000  # a capitalised English word this rare is used like a proper noun (`Kafka`)
_PREFIXES = ("re", "un", "de", "pre", "sub", "non", "multi", "micro", "inter", "co", "auto", "over", "under")
_PARTICLES = ("up", "in", "on", "by")  # `lookup`, `plugin`, `addon`, `standby`
_SUFFIXES = ("ness", "ful", "less", "able", "ity", "ize", "ized", "izing", "ization")


@dataclass(frozen=True)
class Verdict:
    """Why a word looks misspelt, the likely intended words, and whether one is a safe fix."""

    message: str
    suggestions: tuple[str, ...]
    confident: bool = False


def match_case(word: str, model: str) -> str:
    """`word` written in the case pattern of `model` (ALLCAPS, Capitalised or as is)."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper() and word[:1].islower():
        return word[:1].upper() + word[1:]
    return word


class Judge:
    """Judges the words of one config (vocabulary + roster) against the English lexicon."""

    def __init__(self, lexicon: Lexicon, words: Collection[str], roster: Roster) -> None:
        self.lexicon = lexicon
        self.vocab = {w.casefold(): w for w in words}
        self.roster = roster
        self.names = {part: part for part in roster.words if len(part) >= 4}
        # Corrections depend only on the word and this judge's vocabulary: remember them across the
        # files of an archive, where the same unknown terms recur in every meeting.
        self._memo: dict[tuple[str, bool], tuple[str, ...]] = {}

    def _direct(self, key: str) -> bool:
        return key in self.vocab or key in self.roster.words or self.lexicon.frequency(key) > 0

    def known(self, word: str) -> bool:
        """Is `word` English, vocabulary or a name, allowing plurals and common affixes?"""
        key = word.casefold().replace("’", "'")
        if self._direct(key):
            return True
        for end, repl in (("ies", "y"), ("es", ""), ("s", ""), ("'", "")):
            if key.endswith(end) and len(key) - len(end) >= 2 and self._direct(key[: -len(end)] + repl):
                return True
        if any(key.startswith(p) and len(key) - len(p) >= 4 and self._direct(key[len(p) :]) for p in _PREFIXES):
            return True
        # A short tag before a common word (`iptables`, `nftables`) names a tool, it is no slip.
        if any(len(key) - i >= 5 and self._common(key[i:]) for i in (2, 3)):
            return True
        return any(key.endswith(s) and len(key) - len(s) >= 4 and self._direct(key[: -len(s)]) for s in _SUFFIXES)

    def compound(self, key: str, shortest: int = 4) -> tuple[str, str] | None:
        """A split of `key` into two common words (`workflow` -> work, flow), if there is one."""
        for i in range(shortest, len(key) - 1):
            left, right = key[:i], key[i:]
            if (len(right) >= 3 or right in _PARTICLES) and self._common(left) and self._common(right):
                return left, right
        return None

    def _common(self, part: str) -> bool:
        return part in self.vocab or self.lexicon.frequency(part) >= COMMON

    def verdict(self, text: str, key: str, bigrams: Collection[tuple[str, str]] = ()) -> Verdict | None:
        """A Verdict when the word `text` (looked up as `key`) looks misspelt, else None."""
        if key.endswith(("'", "’")):
            return self._dangling(text, key[:-1])
        if self.known(key):
            return None
        if key.isupper() or (key[:-1].isupper() and key.endswith("s") and len(key) > 2):
            return self._acronym(text, key.rstrip("s") if not key.isupper() else key)
        if any(c.isupper() for c in key[1:]):
            return self._camel(text, key)
        return self._plain(text, key, bigrams)

    def _dangling(self, text: str, base: str) -> Verdict | None:
        if not self.known(base):
            return self.verdict(text[:-1], base)
        fixed = f"{base}'s"
        return Verdict(f'stray apostrophe in "{text}"; did you mean "{fixed}"?', (fixed,))

    def _acronym(self, text: str, key: str) -> Verdict | None:
        if len(key) < 4:
            return None
        swaps = [v for v in self.vocab.values() if v.isupper() and is_transposition(key, v)]
        if len(swaps) != 1:
            return None
        return Verdict(f'"{text}" looks like a misspelling of "{swaps[0]}"', (swaps[0],), True)

    def _camel(self, text: str, key: str) -> Verdict | None:
        term = self._term(key)
        if term:
            return _misspelt(text, term)
        parts = camel_parts(key)
        unknown = [p for p in parts if not self.known(p) and not p.rstrip("s").isupper()]
        if not unknown:
            return self._glued_term(text, parts)
        part = unknown[0]
        if len(part) < 4 or len(unknown) > 1:
            return None
        fixes = self._corrections(part, inner=True)
        if not fixes:
            return None
        suggestions = tuple(text.replace(part, match_case(f, part), 1) for f in fixes)
        return _misspelt(text, suggestions)

    def _glued_term(self, text: str, parts: list[str]) -> Verdict | None:
        """`numberKafka`: a lower-case word run into a capitalised project term (not an identifier)."""
        if len(parts) != 2 or not parts[0].islower() or not parts[1].istitle() or len(parts[1]) < 4:
            return None
        term = parts[1].casefold()
        if len(parts[0]) < 3 or not (term in self.vocab or 0 < self.lexicon.frequency(term) < RARE):
            return None
        fixed = f"{parts[0]} {parts[1]}"
        return Verdict(f'missing space in "{text}"; did you mean "{fixed}"?', (fixed,), True)

    def _plain(self, text: str, key: str, bigrams: Collection[tuple[str, str]]) -> Verdict | None:
        lower = key.casefold()
        name = self._name(lower)
        if name is not None:
            return Verdict(f'"{text}" looks like a misspelling of the name "{name}"', (name,), True)
        # Glued only when the file also writes the two words apart, in lower case: `Net Data`
        # beside `Netdata` is a product's name, `management pod` beside `managementpod` a slip.
        glued = self.compound(lower, 3)
        if glued is not None and glued in bigrams and key.islower():
            fixed = " ".join(glued)
            return Verdict(f'missing space in "{text}"; did you mean "{fixed}"?', (fixed,), True)
        if self.compound(lower) is not None:
            return None  # a real compound (`workflow`, `namespace`); `set`+`tin` is too short to tell
        if looks_like_name(key):
            return None  # a romanised Chinese name the roster does not know yet
        fixes = self._corrections(key)
        return _misspelt(text, tuple(match_case(f, text) for f in fixes)) if fixes else None

    def _name(self, lower: str) -> str | None:
        if len(lower) < 4:
            return None
        close = [n for n in near(lower, self.names, 1)]
        if len(close) != 1:
            return None
        person = self.roster.find(close[0][0])
        return person.name if person is not None else close[0][0].title()

    def _term(self, key: str) -> tuple[str, ...]:
        """Project terms one edit (long words: two) from `key`: `kakfa` -> `Kafka`."""
        lower = key.casefold()
        if len(lower) < 5:
            return ()
        return tuple(self.vocab[t] for t, _ in near(lower, self.vocab, 1 if len(lower) < 8 else 2)[:3])

    def _corrections(self, key: str, inner: bool = False) -> tuple[str, ...]:
        """Likely intended words for an unknown word: vocabulary first, then English, best first.

        `inner`: the word is a part of a CamelCase word, so its last letter is not the word's end.
        """
        if (key, inner) not in self._memo:
            self._memo[key, inner] = self._search(key, inner)
        return self._memo[key, inner]

    def _search(self, key: str, inner: bool) -> tuple[str, ...]:
        lower = key.casefold()
        terms = self._term(key)
        if terms:
            return terms
        if len(lower) <= 4:
            # Short words are mostly abbreviations (`perf`, `uuid`): only the surest slips count.
            if not key.islower():
                return ()
            found = one_edit(lower, self.lexicon.frequency, SHORT_TARGET, _sure_slip)
        elif len(lower) < 8:
            found = one_edit(lower, self.lexicon.frequency, TARGET, _inner_slip if inner else _typing_slip)
        else:
            found = one_edit(lower, self.lexicon.frequency, accept=lambda slip: not slip.at_end)
        if not found and len(lower) >= 8:
            return tuple(w for w, _ in near(lower, anchors(), 2)[:3])
        return tuple(sorted(found, key=lambda w: -found[w])[:3])


def _sure_slip(slip: Slip) -> bool:
    """Two swapped letters or a letter not doubled (`teh`, `wil`)."""
    return slip.kind == "swapped" or (slip.kind == "missing" and slip.doubled)


def _inner_slip(slip: Slip) -> bool:
    """A slip of typing that keeps the first letter: swap, extra/missing letter, or a neighbouring key."""
    return slip.kind == "swapped" or (slip.at > 0 and (slip.kind != "wrong" or slip.near_key))


def _typing_slip(slip: Slip) -> bool:
    """An inner slip that does not just add a last letter (`systemd`, `mutex` are names, not slips)."""
    return _inner_slip(slip) and not slip.at_end


def _misspelt(text: str, suggestions: tuple[str, ...]) -> Verdict:
    shown = ", ".join(f'"{s}"' for s in suggestions)
    return Verdict(f'unknown word "{text}"; did you mean {shown}?', suggestions, len(suggestions) == 1)
