from __future__ import annotations

from dataclasses import replace

import pytest

from minutes_kit.config import Config
from minutes_kit.lint import Selection, lint_text

ONLY = Selection(select=frozenset({"title"}))
MEETING = "Nimbus Open Source Community Meeting"
FILE = f"11102021 {MEETING}.md"


@pytest.mark.parametrize(
    ("path", "title"),
    [
        (FILE, f"# {MEETING} 11/10/2021"),
        (FILE, f"## 11/10/2021 {MEETING}"),
        (FILE, f"# {MEETING} 11/10/2021 #"),
        (f"07012021 {MEETING}.md", f"## 07/1/2021 {MEETING}"),
        (f"07082021 {MEETING}.md", f"# {MEETING} 7/8/2021 #"),
        (f"0713-0715 {MEETING}.md", f"# {MEETING} 7/13/2021, 7/15/2021"),
        (f"0722_0723 {MEETING}.md", f"# {MEETING} 7/22/2021, 7/23/2021 #"),
        (f"1223_1227 {MEETING}.md", f"# {MEETING} 12/23/2021"),
        (FILE, "# nimbus open-source community meeting 11/10/2021"),
        ("notes.md", f"# {MEETING} 11/10/2021"),
        (FILE, f"# {MEETING} 2021-11-10"),
    ],
)
def test_stays_clean(path: str, title: str, config: Config) -> None:
    assert lint_text(f"{title}\n\nText.\n", path, config, ONLY) == []


@pytest.mark.parametrize(
    ("path", "text", "line", "column", "message"),
    [
        (
            f"09162021 {MEETING}.md",
            f"# {MEETING} 9/18/2021\n",
            1,
            40,
            "title date 09/18/2021 does not match the file name's date 09/16/2021",
        ),
        (
            f"0713-0715 {MEETING}.md",
            f"# {MEETING} 7/13/2021, 7/16/2021\n",
            1,
            51,
            "title date 07/16/2021 does not match the file name's dates 07/13/2021, 07/15/2021",
        ),
        (FILE, "# Nimbus Sync 11/10/2021\n", 1, 3, f'title does not name the meeting "{MEETING}"'),
        (FILE, f"# {MEETING}\n", 1, 3, "title has no date (expected one like 11/10/2021)"),
        (FILE, "Just text.\n", 1, 1, "no title: the minutes should start with a heading naming the meeting and date"),
    ],
)
def test_fails(path: str, text: str, line: int, column: int, message: str, config: Config) -> None:
    findings = lint_text(text, path, config, ONLY)
    assert [(f.line, f.column, f.message) for f in findings] == [(line, column, message)]


def test_options_turn_off_name_and_date_requirements(config: Config) -> None:
    relaxed = config.with_rules({"title": {"require_date": False, "require_meeting": False}})
    assert lint_text("# Design review\n", FILE, relaxed, ONLY) == []
    # A wrong date is still reported.
    findings = lint_text(f"# {MEETING} 11/11/2021\n", FILE, relaxed, ONLY)
    assert "date" in findings[0].message and "11/11/2021" in findings[0].message


def test_follows_the_configured_patterns(config: Config) -> None:
    iso = replace(config, title="{date:%Y-%m-%d} {meeting}", filename="{meeting} {date:%Y-%m-%d}.md")
    assert lint_text(f"# 2021-11-10 {MEETING}\n", f"{MEETING} 2021-11-10.md", iso, ONLY) == []
    wrong = lint_text(f"# 2021-11-12 {MEETING}\n", f"{MEETING} 2021-11-10.md", iso, ONLY)
    assert [f.message for f in wrong] == ["title date 2021-11-12 does not match the file name's date 2021-11-10"]


@pytest.mark.parametrize(
    ("path", "spec", "expected"),
    [
        ("meetings/2021-11-10.yaml", "date: 2021-11-10\n", []),
        ("meetings/2021-11-10.yaml", f"date: 2021-11-10\ntitle: {MEETING} 11/10/2021\n", []),
        ("meetings/next.yaml", "date: 2021-11-10\n", []),
        (
            "meetings/2021-11-10.yaml",
            "date: 2021-11-17\n",
            [(1, 7, "spec date 2021-11-17 does not match the file name's date 2021-11-10")],
        ),
        (
            "meetings/2021-11-10.yaml",
            f"date: 2021-11-10\ntitle: '{MEETING} 11/12/2021'\n",
            [(2, 46, "title date 11/12/2021 does not match the spec's date 11/10/2021")],
        ),
        (
            "meetings/2021-11-10.yaml",
            "date: 2021-11-10\ndates: [2021-11-12]\ntitle: Nimbus Sync 11/12/2021\n",
            [(3, 8, f'title does not name the meeting "{MEETING}"')],
        ),
    ],
)
def test_specs(path: str, spec: str, expected: list[tuple[int, int, str]], config: Config) -> None:
    findings = lint_text(spec, path, config, ONLY)
    assert [(f.line, f.column, f.message) for f in findings] == expected
