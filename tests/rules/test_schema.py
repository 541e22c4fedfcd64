from __future__ import annotations

import pytest

from minutes_kit.config import Config
from minutes_kit.errors import MinutesKitError
from minutes_kit.lint import Selection, lint_text

ONLY = Selection(select=frozenset({"schema"}))
PATH = "meetings/2021-11-10.yaml"


@pytest.mark.parametrize(
    "spec",
    [
        "date: 2021-11-10\n",
        "date: 2021-11-10\nsections:\n  - title: Topics\n    topics:\n      - Release planning\n"
        "      - text: Docs\n        owners: [Mara Quist]\n        items: [Draft the guide]\n",
        "date: 2021-11-10\nactions:\n  - text: Cut the branch\n    owners: Tobias Renn\n    due: 2021-11-17\n",
    ],
)
def test_stays_clean(spec: str, config: Config) -> None:
    assert lint_text(spec, PATH, config, ONLY) == []


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (
            "date: 2021-11-10\nsection: []\n",
            [(2, 1, "Additional properties are not allowed ('section' was unexpected)")],
        ),
        ("title: Nimbus\n", [(1, 1, "'date' is a required property")]),
        ("date: 2021-11-10\nsections:\n  - title: 7\n", [(3, 12, "sections/0/title: 7 is not of type 'string'")]),
        ("date: 2021-11-10\nactions:\n  - text: Go\n    status: later\n", [
            (4, 13, "actions/0/status: 'later' is not one of ['open', 'done']"),
        ]),
        ("- just\n- a list\n", [(1, 1, "['just', 'a list'] is not of type 'object'")]),
    ],
)
def test_fails(spec: str, expected: list[tuple[int, int, str]], config: Config) -> None:
    findings = lint_text(spec, PATH, config, ONLY)
    assert [(f.line, f.column, f.message) for f in findings] == expected


def test_markdown_is_not_checked(config: Config) -> None:
    assert lint_text("date: nonsense\n", "m.md", config, ONLY) == []


def test_yaml_syntax_errors_are_input_errors(config: Config) -> None:
    with pytest.raises(MinutesKitError) as raised:
        lint_text("date: [2021-11-10\n", PATH, config, ONLY)
    assert raised.value.path == PATH and raised.value.line is not None
