from __future__ import annotations

import pytest

from minutes_kit.config import Config
from minutes_kit.lint import Selection, fix_text, lint_text

ONLY = Selection(select=frozenset({"repeated-word"}))


@pytest.mark.parametrize(
    "text",
    [
        "* Will try to run with JNI first\n",
        "* The agent, agent will decide.\n",
        "* It is done. Done items move on.\n",
        "* Use `with` with care\n",
        "* Said that that was fine\n",
        "* Released 1.2 1.2 builds\n",
    ],
)
def test_stays_clean(text: str, config: Config) -> None:
    assert lint_text(text, "m.md", config, ONLY) == []


@pytest.mark.parametrize(
    ("text", "line", "column", "message"),
    [
        ("* Will try to run with with JNI first\n", 1, 24, 'repeated word "with"'),
        ("* Get the get the parameters\n", 1, 11, 'repeated phrase "get the"'),
        ("Ship it to the\nthe team.\n", 2, 1, 'repeated word "the"'),
        ("* To To do\n", 1, 6, 'repeated word "To"'),
    ],
)
def test_fails(text: str, line: int, column: int, message: str, config: Config) -> None:
    findings = lint_text(text, "m.md", config, ONLY)
    assert [(f.line, f.column, f.message) for f in findings] == [(line, column, message)]
    assert findings[0].fixable


def test_fix_drops_the_copy_and_is_idempotent(config: Config) -> None:
    text = "* Will try to run with with JNI first\n* Get the get the numbers\n"
    fixed, applied, left = fix_text(text, "m.md", config, ONLY)
    assert fixed == "* Will try to run with JNI first\n* Get the numbers\n"
    assert len(applied) == 2 and left == []
    assert fix_text(fixed, "m.md", config, ONLY)[0] == fixed


def test_not_across_paragraphs_or_code(config: Config) -> None:
    text = "Ends with the\n\nthe next paragraph\n\n```\nrun run\n```\n"
    assert lint_text(text, "m.md", config, ONLY) == []
