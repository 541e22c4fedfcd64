from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minutes_kit.cli import app
from minutes_kit.config import default_license_header
from minutes_kit.rules.license_header import indented

MEETING = "Nimbus Open Source Community Meeting"
NAME = f"11102021 {MEETING}.md"
CONFIG = f"meeting: {MEETING}\nwords: [Nimbus]\npeople: [{{name: Mara Quist, aliases: [Mara]}}, Tobias Renn]\n"


def minutes(body: str = "1. Status Update\n    * Release branch is cut (Mara Quist)\n") -> str:
    return f"# {MEETING} 11/10/2021\n\n\n{indented(default_license_header())}\n\n{body}"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / "minutes-kit.yaml").write_text(CONFIG, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_clean_minutes_exit_0(repo: Path) -> None:
    (repo / NAME).write_text(minutes(), encoding="utf-8")
    assert run("lint", NAME) == (0, "", "")


def test_findings_exit_1_with_path_line_col(repo: Path) -> None:
    (repo / NAME).write_text(minutes("1. Status Update\n    * Run it with with care\n"), encoding="utf-8")
    code, out, _ = run("lint", ".")
    assert code == 1
    assert out == f'{NAME}:19:19: error [repeated-word] repeated word "with"\n'


def test_warnings_alone_exit_0(repo: Path) -> None:
    (repo / "minutes-kit.yaml").write_text(CONFIG + "rules:\n  repeated-word: {severity: warning}\n", encoding="utf-8")
    (repo / NAME).write_text(minutes("* Run it with with care\n"), encoding="utf-8")
    code, out, _ = run("lint", NAME)
    assert code == 0 and "warning [repeated-word]" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("lint", "missing.md"), "missing.md: no such file or folder"),
        (("lint", "--select", "nope", "."), "unknown rule 'nope'"),
        (("lint", "--format", "xml", "."), "--format: unknown format 'xml'"),
        (("lint", "notes.txt"), "notes.txt: not a Markdown (.md) or YAML (.yaml, .yml) file"),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...], message: str, repo: Path) -> None:
    (repo / "notes.txt").write_text("x", encoding="utf-8")
    code, _, err = run(*args)
    assert code == 2 and message in err and err.count("\n") == 1


def test_invalid_yaml_spec_is_an_input_error(repo: Path) -> None:
    (repo / "meetings").mkdir()
    (repo / "meetings" / "2021-11-10.yaml").write_text("date: [2021-11-10\n", encoding="utf-8")
    code, _, err = run("lint", ".")
    assert code == 2 and err.startswith("minutes-kit: meetings/2021-11-10.yaml:") and "invalid YAML" in err


def test_non_spec_yaml_is_skipped(repo: Path) -> None:
    (repo / ".pre-commit-config.yaml").write_text("repos: []\n", encoding="utf-8")
    (repo / ".github" / "workflows").mkdir(parents=True)
    (repo / ".github" / "workflows" / "lint.yml").write_text("on: push\n", encoding="utf-8")
    (repo / "mkdocs.yml").write_text("site_name: Nimbus\n", encoding="utf-8")
    (repo / "meetings").mkdir()
    (repo / "meetings" / "2021-11-10.yaml").write_text("date: 2021-11-10\nsection: []\n", encoding="utf-8")
    explicit = ["minutes-kit.yaml", ".pre-commit-config.yaml", ".github/workflows/lint.yml", "mkdocs.yml"]
    assert run("lint", *explicit) == (0, "", "")
    code, out, _ = run("lint", ".", *explicit)
    assert code == 1 and out.startswith("meetings/2021-11-10.yaml:2:1: error [schema]")


@pytest.mark.parametrize(("bom", "newline"), [(False, "\n"), (True, "\r\n"), (False, "\r\n"), (True, "\n")])
def test_fix_keeps_bom_and_newlines_and_is_idempotent(bom: bool, newline: str, repo: Path) -> None:
    text = f"# {MEETING} 11/10/2021\n\n1. Status Update\n    * Run it with with care\n    * Maraï¼šwill write docs\n"
    raw = ("\ufeff" if bom else "") + text.replace("\n", newline)
    (repo / NAME).write_bytes(raw.encode("utf-8"))
    code, out, err = run("lint", "--fix", NAME)
    assert code == 0 and out == ""
    assert f"fixed {NAME}:2:1 [license-header] license header missing" in err
    assert f'fixed {NAME}:4:19 [repeated-word] repeated word "with"' in err
    fixed = (repo / NAME).read_bytes().decode("utf-8")
    expected = minutes("1. Status Update\n    * Run it with care\n    * Mara: will write docs\n")
    assert fixed == ("\ufeff" if bom else "") + expected.replace("\n", newline)
    assert run("lint", "--fix", NAME) == (0, "", "")
    assert (repo / NAME).read_bytes().decode("utf-8") == fixed


def test_fix_reports_what_it_cannot_fix(repo: Path) -> None:
    (repo / "09162021 Nimbus Open Source Community Meeting.md").write_text(
        f"# {MEETING} 9/18/2021\n\n* Run it with with care\n", encoding="utf-8"
    )
    code, out, err = run("lint", "--fix", ".")
    assert code == 1
    assert "[title] title date 09/18/2021 does not match the file name's date 09/16/2021" in out
    assert "fixed" in err and "repeated-word" in err


@pytest.mark.parametrize("fmt", ["json", "github", "sarif", "text"])
def test_formats_through_the_cli(fmt: str, repo: Path) -> None:
    (repo / NAME).write_text(minutes("* Run it with with care\n"), encoding="utf-8")
    code, out, _ = run("lint", "--format", fmt, NAME)
    assert code == 1
    if fmt == "json":
        assert [f["rule"] for f in json.loads(out)] == ["repeated-word"]
    elif fmt == "sarif":
        assert json.loads(out)["runs"][0]["results"][0]["ruleId"] == "repeated-word"
    elif fmt == "github":
        assert out.startswith(f"::error file={NAME},line=18,col=15,")
    else:
        assert out.startswith(f"{NAME}:18:15: error")


def test_auto_format_under_github_actions(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    (repo / NAME).write_text(minutes("* Run it with with care\n"), encoding="utf-8")
    assert run("lint", NAME)[1].startswith("::error ")


def test_rules_lists_every_rule() -> None:
    from minutes_kit.rules import RULES

    code, out, _ = run("rules")
    assert code == 0 and [line.split()[0] for line in out.splitlines()] == list(RULES)
