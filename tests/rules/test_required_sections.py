from __future__ import annotations

from dataclasses import replace

import pytest

from minutes_kit.config import Config
from minutes_kit.lint import Selection, lint_text

ONLY = Selection(select=frozenset({"required-sections"}))


@pytest.fixture
def strict(config: Config) -> Config:
    return replace(config, required_sections=("Topics", "Action Items"))


@pytest.mark.parametrize(
    "text",
    [
        "**Topics**\n\n1. Release planning\n\n## Action Items\n\n* [ ] Cut the branch (Mara Quist)\n",
        "### topics:\n\n* Release planning\n\n**Action items**\n\n* Cut the branch\n",
        "1. Topics\n    * Release planning\n2. Action Items (Tobias Renn)\n    * Cut the branch\n",
        "## 1. TOPICS\n\nWe talked.\n\n## Action Items\n\nNone this week.\n",
    ],
)
def test_stays_clean(text: str, strict: Config) -> None:
    assert lint_text(text, "m.md", strict, ONLY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**Topics**\n\n1. Release planning\n", [(1, 1, 'required section "Action Items" is missing')]),
        (
            "## Topics\n\n## Action Items\n\n* Cut the branch\n",
            [(1, 4, 'required section "Topics" is empty')],
        ),
        (
            "# Title\n\n**Topics**\n\n<!-- nothing yet -->\n\n## Action Items\n",
            [(3, 1, 'required section "Topics" is empty'), (7, 4, 'required section "Action Items" is empty')],
        ),
    ],
)
def test_fails(text: str, expected: list[tuple[int, int, str]], strict: Config) -> None:
    findings = lint_text(text, "m.md", strict, ONLY)
    assert sorted((f.line, f.column, f.message) for f in findings) == expected


def test_no_required_sections_checks_nothing(config: Config) -> None:
    assert lint_text("Just text.\n", "m.md", config, ONLY) == []


def test_specs(strict: Config) -> None:
    good = (
        "date: 2021-11-10\nsections:\n  - title: Topics\n    topics: [Release planning]\n"
        "actions:\n  - Cut the branch\n"
    )
    assert lint_text(good, "meetings/2021-11-10.yaml", strict, ONLY) == []
    bad = "date: 2021-11-10\nsections:\n  - title: Topics\n    topics: []\n"
    findings = lint_text(bad, "meetings/2021-11-10.yaml", strict, ONLY)
    assert sorted((f.line, f.column, f.message) for f in findings) == [
        (1, 1, 'required section "Action Items" is missing'),
        (3, 12, 'required section "Topics" is empty'),
    ]
