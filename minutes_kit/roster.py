"""The roster of people: lookup by name or alias (case-insensitive) and close matches for typos."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from minutes_kit.config import Person

_SPACES = re.compile(r"\s+")


def fold(name: str) -> str:
    """The comparison form of a name: case-folded, single spaces."""
    return _SPACES.sub(" ", name.strip()).casefold()


def _join(key: str) -> str:
    return key.replace(" ", "").replace("-", "")


@dataclass(frozen=True)
class Roster:
    """Everyone the minutes may name, with their aliases."""

    people: tuple[Person, ...] = ()

    @cached_property
    def _index(self) -> dict[str, Person]:
        index: dict[str, Person] = {}
        for person in self.people:
            for name in person.names:
                index.setdefault(fold(name), person)
        return index

    @cached_property
    def _joined(self) -> dict[str, Person]:
        """Names with spaces and hyphens removed: `Wu Nan` and `Wunan` are one person."""
        return {_join(key): person for key, person in self._index.items()}

    @cached_property
    def words(self) -> frozenset[str]:
        """Every single word of every name and alias, folded (`Jiawei`, `liu`)."""
        return frozenset(part for key in self._index for part in key.split(" "))

    def find(self, name: str) -> Person | None:
        """The person called `name` (full name or alias, any case), or None."""
        key = fold(name)
        return self._index.get(key) or self._joined.get(_join(key))

    def close(self, name: str, limit: int = 3, max_distance: int = 2) -> tuple[str, ...]:
        """Up to `limit` full names whose name, alias or a word of them is within a few edits of `name`."""
        from minutes_kit.spelling.edits import distance

        target = fold(name)
        scored: dict[str, int] = {}
        for key, person in self._index.items():
            options = [key, *key.split(" ")] if " " not in target else [key]
            best = min(distance(target, option) for option in options)
            if best <= max_distance and best < len(target) // 2:
                scored[person.name] = min(best, scored.get(person.name, best))
        return tuple(sorted(scored, key=lambda n: (scored[n], n))[:limit])


def _typo_of(key: str, counts: Counter[str]) -> bool:
    """Is this name one edit from a name the archive uses more often (`Chengmin` vs `Chenmin`)?"""
    from minutes_kit.spelling.edits import distance

    if len(key) < 5:
        return False
    return any(_join(other) != _join(key) and counts[other] > counts[key] and len(other) >= 5
               and distance(key, other) == 1 for other in counts)


def learn_roster(names: Iterable[str]) -> tuple[Person, ...]:
    """A roster from the names seen in owner positions: full names with first names as aliases."""
    counts: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = {}
    for name in names:
        key = fold(name)
        if not key or len(key.split(" ")) > 3:
            continue
        counts[key] += 1
        forms.setdefault(key, Counter())[_SPACES.sub(" ", name.strip())] += 1
    keys = [k for k in counts if not _typo_of(k, counts)]
    full = sorted((k for k in keys if " " in k), key=lambda k: (-counts[k], k))
    aliases: dict[str, list[str]] = {k: [] for k in full}
    people = []
    for key in sorted(k for k in keys if " " not in k):
        owner = next((f for f in full if f.split(" ")[0] == key), None)
        if owner is not None:
            aliases[owner].append(forms[key].most_common(1)[0][0])
        else:
            people.append(Person(forms[key].most_common(1)[0][0]))
    people.extend(Person(forms[k].most_common(1)[0][0], tuple(aliases[k])) for k in full)
    return tuple(sorted(people, key=lambda p: p.name.casefold()))
