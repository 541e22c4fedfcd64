"""schema: a meeting spec follows the meeting-spec JSON Schema (`schemas/meeting.schema.json`).

Each violation (a missing `date`, a misspelt key, a number where text belongs, an invalid date) is a
finding at the offending value's line and column in the YAML file. YAML that does not parse at all is
not a finding but an input error (exit code 2). Markdown minutes are not checked by this rule.

Options: none.

Passes:  `date: 2021-11-10` / `sections: [{title: Topics, topics: [Release planning]}]`
Fails:   `date: 2021-11-10` / `section: []` -> 2:1 `Additional properties are not allowed ('section' was unexpected)`
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from minutes_kit.document import Document
from minutes_kit.finding import Problem

ID = "schema"
SEVERITY = "error"
DESCRIPTION = "A YAML meeting spec follows the meeting-spec schema."
FIXABLE = False
KINDS = frozenset({"spec"})


@dataclass(frozen=True)
class Options:
    pass


def check(document: Document, options: Options) -> Iterator[Problem]:
    for line, column, message in document.spec_errors:
        yield Problem(line, column, message)
