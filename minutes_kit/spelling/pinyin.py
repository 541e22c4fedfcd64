"""Does a word read as a romanised Chinese name (`Minli`, `Kaidong`): one to three pinyin syllables?

Minutes of projects with Chinese contributors name people the roster may not know yet; such a
name one edit from an English word (`Minli` / `mini`) is not a typo. English typos rarely split
into pinyin syllables, so a capitalised unknown word that does is taken for a name.
"""

from __future__ import annotations

from functools import lru_cache

_INITIALS = ("b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
             "zh", "ch", "sh", "r", "z", "c", "s", "y", "w")
_FINALS = ("a", "o", "e", "i", "u", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong",
           "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong", "ua", "uo", "uai", "ui",
           "uan", "un", "uang", "ue", "v", "ve")
_STANDALONE = ("a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "er")
SYLLABLES = frozenset({i + f for i in _INITIALS for f in _FINALS} | set(_STANDALONE))
MAX_SYLLABLES = 3  # a surname and a two-syllable given name


@lru_cache(maxsize=1024)
def syllable_count(word: str) -> int:
    """The fewest pinyin syllables `word` splits into (0 when it does not split)."""
    word = word.casefold()
    best = [0] + [99] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 6), end):
            if best[start] < 99 and word[start:end] in SYLLABLES:
                best[end] = min(best[end], best[start] + 1)
    return best[-1] if best[-1] < 99 else 0


def looks_like_name(word: str) -> bool:
    """A capitalised word of two or three pinyin syllables (`Minli`, `Xiaoyan`)."""
    return word[:1].isupper() and word[1:].islower() and 2 <= syllable_count(word) <= MAX_SYLLABLES
