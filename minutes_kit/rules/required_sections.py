"""required-sections: every section the config requires is present and not empty.

Each title in `required_sections` must appear as a heading (`## Action Items`), a bold label
(`**Topics**`) or a top-level list item (`1. Status Update`). Titles are compared case-insensitively,
ignoring numbering, punctuation and a trailing owners list (`Status Update (Mara Quist)`). A section
with nothing under it is empty. In a spec, the sections' `title`s count, and top-level `actions` make an
"Action Items" section.

Options: none (the list of sections lives in the config's `required_sections`).

Passes:  with `required_sections: [Topics]`: `**Topics**` followed by `1. Release planning`
Fails:   the same minutes without it -> 1:1 `required section "Topics" is missing`
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from minutes_kit.document import Document, Section
from minutes_kit.finding import Problem

ID = "required-sections"
SEVERITY = "error"
DESCRIPTION = "Every section listed in required_sections is present and not empty."
FIXABLE = False
KINDS = frozenset({"markdown", "spec"})

_NUMBERING = re.compile(r"^\s*(?:\d+[.)]|[ivxlc]+[.)]|[a-z][.)])\s+", re.IGNORECASE)
_OWNERS = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")


@dataclass(frozen=True)
class Options:
    pass


def normalise(title: str) -> str:
    """A section title reduced to lower-case words, without numbering or an owners list."""
    title = _OWNERS.sub("", _NUMBERING.sub("", title))
    return " ".join(re.findall(r"[^\W_]+", title.casefold()))


def _find(sections: tuple[Section, ...], wanted: str) -> list[Section]:
    key = normalise(wanted)
    return [s for s in sections if normalise(s.title) == key]


def check(document: Document, options: Options) -> Iterator[Problem]:
    for wanted in document.config.required_sections:
        found = _find(document.sections, wanted)
        if not found:
            yield Problem(1, 1, f'required section "{wanted}" is missing')
        elif not any(s.has_content for s in found):
            section = found[0]
            yield Problem(section.line, section.column, f'required section "{wanted}" is empty', text=section.title)
