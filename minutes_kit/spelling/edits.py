"""Candidate corrections: words one edit away (looked up), or two edits away (searched with rapidfuzz)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from typing import NamedTuple

_LETTERS = "abcdefghijklmnopqrstuvwxyz"


_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
# Keys that touch on a QWERTY keyboard: a slip of the finger replaces a letter by one of these.
_NEAR_KEYS = {
    key: {_ROWS[r + dr][c + dc] for dr in (-1, 0, 1) for dc in (-1, 0, 1)
          if 0 <= r + dr < 3 and 0 <= c + dc < len(_ROWS[r + dr]) and (dr, dc) != (0, 0)}
    for r, row in enumerate(_ROWS) for c, key in enumerate(row)
}


class Slip(NamedTuple):
    """How a typo differs from the intended word: `kind` at `index` of the typo.

    A NamedTuple, not a frozen dataclass: hundreds are made per unknown word, and a tuple is
    several times cheaper to build."""

    word: str  # the intended word
    kind: str  # "extra" letter, "missing" letter, "swapped" pair or "wrong" letter
    at: int  # index in the typo
    doubled: bool = False  # a missing letter that doubles its neighbour (`wil` -> `will`)
    at_end: bool = False  # an extra or changed last letter: more often a name (`systemd`, `rustc`) than a slip
    near_key: bool = False  # a wrong letter next to the right one on the keyboard


def slips(word: str) -> Iterator[Slip]:
    """Every string one edit away from `word`, as the slip that would have produced `word`."""
    for i in range(len(word) + 1):
        left, right = word[:i], word[i:]
        if right:
            yield Slip(left + right[1:], "extra", i, at_end=len(right) == 1)
            if len(right) > 1 and right[0] != right[1]:
                yield Slip(left + right[1] + right[0] + right[2:], "swapped", i)
            for letter in _LETTERS:
                if letter != right[0]:
                    near_key = letter in _NEAR_KEYS.get(right[0], ())
                    yield Slip(left + letter + right[1:], "wrong", i, near_key=near_key, at_end=len(right) == 1)
        for letter in _LETTERS:
            doubled = letter == word[i - 1 : i] or letter == word[i : i + 1]
            yield Slip(left + letter + right, "missing", i, doubled=doubled)


def one_edit(
    word: str, frequency: Callable[[str], int], floor: int = 1, accept: Callable[[Slip], bool] = lambda s: True
) -> dict[str, int]:
    """Known words one accepted slip from `word` (lower case) with frequency >= floor -> frequency."""
    found: dict[str, int] = {}
    for slip in slips(word):
        if slip.word not in found and accept(slip):
            count = frequency(slip.word)
            if count >= floor:
                found[slip.word] = count
    return found


def within_one(word: str, choices: Collection[str]) -> list[str]:
    """Choices one edit from `word`, found by looking its edits up (no fuzzy search: fast for any pool)."""
    return sorted({slip.word for slip in slips(word)}.intersection(choices))


def near(word: str, choices: Iterable[str], distance: int) -> list[tuple[str, int]]:
    """(choice, distance) for choices within `distance` edits (adjacent transpositions count once)."""
    if distance == 1 and isinstance(choices, Collection):
        return [(choice, 1) for choice in within_one(word, choices)]
    if isinstance(choices, Collection) and len(choices) < 2000:
        return within_two(word, choices)
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    pool = [c for c in choices if abs(len(c) - len(word)) <= distance]
    found = process.extract(word, pool, scorer=OSA.distance, score_cutoff=distance, limit=None)
    return sorted(((choice, int(score)) for choice, score, _ in found), key=lambda pair: pair[1])


def distance(a: str, b: str) -> int:
    """Edit distance with adjacent transpositions counted as one edit (short strings: pure Python)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def within_two(word: str, choices: Collection[str]) -> list[tuple[str, int]]:
    """(choice, distance) for choices at most two edits from `word`, checked directly (small pools)."""
    close = ((c, distance(word, c)) for c in choices if abs(len(c) - len(word)) <= 2)
    return sorted(((c, d) for c, d in close if d <= 2), key=lambda pair: (pair[1], pair[0]))


def is_transposition(a: str, b: str) -> bool:
    """Do `a` and `b` differ only by swapping two adjacent letters (`DCHP` / `DHCP`)?"""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
