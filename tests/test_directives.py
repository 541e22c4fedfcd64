from __future__ import annotations

import pytest

from minutes_kit.config import Config
from minutes_kit.lint import lint_text

DOUBLE = "* Run it with with care\n"


def _lines(text: str, config: Config, path: str = "m.md") -> list[tuple[int, str]]:
    return [(f.line, f.rule) for f in lint_text(text, path, config) if f.rule in ("repeated-word", "directive")]


def test_disable_until_enable(config: Config) -> None:
    text = (
        DOUBLE
        + "\n<!-- minutes-kit: disable=repeated-word -->\n\n"
        + DOUBLE
        + "\n<!-- minutes-kit: enable=repeated-word -->\n\n"
        + DOUBLE
    )
    assert _lines(text, config) == [(1, "repeated-word"), (9, "repeated-word")]


def test_disable_to_the_end_of_the_file_and_for_all_rules(config: Config) -> None:
    text = "<!-- minutes-kit: disable -->\n\n" + DOUBLE
    assert lint_text(text, "m.md", config) == []
    text = "<!-- minutes-kit: disable=encoding,repeated-word -->\n\n" + DOUBLE
    assert _lines(text, config) == []


def test_disable_next_line(config: Config) -> None:
    text = "<!-- minutes-kit: disable-next-line=repeated-word -->\n" + DOUBLE + "\n" + DOUBLE
    assert _lines(text, config) == [(4, "repeated-word")]


def test_other_rules_stay_active(config: Config) -> None:
    text = "<!-- minutes-kit: disable=encoding -->\n\n" + DOUBLE
    assert _lines(text, config) == [(3, "repeated-word")]


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ("<!-- minutes-kit: disable=repeated-words -->\n\n" + DOUBLE, 1, 27),
        ("* text\n\n<!-- minutes-kit: disable-next-line=repeated-word,nope -->\n" + DOUBLE, 3, 51),
    ],
)
def test_unknown_rule_ids_are_findings(text: str, line: int, column: int, config: Config) -> None:
    found = [f for f in lint_text(text, "m.md", config) if f.rule == "directive"]
    assert [(f.line, f.column, f.severity) for f in found] == [(line, column, "error")]
    assert found[0].message.startswith(f'unknown rule id "{found[0].text}" in directive; known rules: ')


def test_yaml_comments_are_directives_in_specs(config: Config) -> None:
    spec = (
        "date: 2021-11-10\nsections:\n  - title: Topics\n    topics:\n"
        "      # minutes-kit: disable-next-line=repeated-word\n      - Run it with with care\n"
        "      - Run it with with care\n"
    )
    assert _lines(spec, config, "meetings/2021-11-10.yaml") == [(7, "repeated-word")]
