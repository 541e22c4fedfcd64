from __future__ import annotations

from dataclasses import replace

import pytest

from minutes_kit.config import Config
from minutes_kit.lint import Selection, lint_text

ONLY = Selection(select=frozenset({"owners"}))


@pytest.mark.parametrize(
    "text",
    [
        "1. Status update (Mara Quist/Tobias Renn)\n",
        "1. Status update (mara quist & TOBY)\n",  # any case, aliases
        "* Ines: the release is out\n",
        "* Ines Okafor：测试通过\n",  # full-width colon
        "1. Gateway design (Done)\n",  # a note, not a name
        "1. Gateway design (Not discussed)\n",
        "* Concurrency: keep adding load while concurrency grows\n",  # a label the file writes in lower case
        "1. Status (Tobias Renn) and more text after\n",  # not at the end of the line
    ],
)
def test_stays_clean(text: str, config: Config) -> None:
    assert lint_text(text, "m.md", config, ONLY) == []


@pytest.mark.parametrize(
    ("text", "column", "message", "suggestions"),
    [
        ("1. Status update (Mara Qist/Tobias Renn)\n", 19, 'unknown name "Mara Qist"; did you mean "Mara Quist"?',
         ("Mara Quist",)),
        ("* Tobais: the release is out\n", 3, 'unknown name "Tobais"; did you mean "Tobias Renn"?', ("Tobias Renn",)),
        ("1. Status (Zhou Xin)\n", 12, 'unknown name "Zhou Xin" (not on the roster)', ()),
    ],
)
def test_fails(text: str, column: int, message: str, suggestions: tuple[str, ...], config: Config) -> None:
    findings = lint_text(text, "m.md", config, ONLY)
    assert [(f.line, f.column, f.message, f.suggestions) for f in findings] == [(1, column, message, suggestions)]
    assert findings[0].text is not None and not findings[0].fixable


def test_spaces_in_a_name_do_not_matter(config: Config) -> None:
    people = (*config.people, replace(config.people[0], name="Wunan", aliases=()))
    assert lint_text("* Wu Nan: done\n", "m.md", replace(config, people=people), ONLY) == []


def test_allow_option_and_empty_roster(config: Config) -> None:
    text = "1. Status (Zhou Xin)\n"
    assert lint_text(text, "m.md", config.with_rules({"owners": {"allow": ["zhou xin"]}}), ONLY) == []
    assert lint_text(text, "m.md", replace(config, people=()), ONLY) == []
