"""`minutes-kit new`: exit codes, messages, overwrite refusal, pre-filling."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from minutes_kit.cli import app
from minutes_kit.spec import load_spec

runner = CliRunner()
MINUTES = "11102021 Open Source Community Meeting.md"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_new_writes_a_valid_spec_and_prints_its_path(repo: Path) -> None:
    result = runner.invoke(app, ["new", "2021-11-10"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "meetings/2021-11-10.yaml\n"
    spec = load_spec(repo / "meetings/2021-11-10.yaml")
    assert spec.data["meeting"] == "Open Source Community Meeting"
    assert not (repo / MINUTES).exists()


def test_new_render_writes_seed_shaped_minutes(repo: Path) -> None:
    result = runner.invoke(app, ["new", "2021-11-10", "--render"])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"meetings/2021-11-10.yaml\n{MINUTES}\n"
    text = (repo / MINUTES).read_text(encoding="utf-8")
    assert text.startswith("# Open Source Community Meeting 11/10/2021\n\n\n    MIT License\n")


def test_second_new_fails_and_leaves_the_spec_untouched(repo: Path) -> None:
    assert runner.invoke(app, ["new", "2021-11-10"]).exit_code == 0
    spec = repo / "meetings/2021-11-10.yaml"
    spec.write_text(spec.read_text(encoding="utf-8") + "# my notes\n", encoding="utf-8")
    before = spec.read_bytes()
    result = runner.invoke(app, ["new", "2021-11-10"])
    assert result.exit_code == 2
    assert result.stderr == (
        "minutes-kit: meetings/2021-11-10.yaml: already exists; not overwritten (use --force to replace it)\n"
    )
    assert spec.read_bytes() == before
    assert runner.invoke(app, ["new", "2021-11-10", "--force"]).exit_code == 0
    assert b"# my notes" not in spec.read_bytes()


@pytest.mark.parametrize("date", ["2021-13-45", "2021-02-30", "11/10/2021", "next-week"])
def test_bad_date_is_an_exit_2_error_naming_it(repo: Path, date: str) -> None:
    result = runner.invoke(app, ["new", date])
    assert result.exit_code == 2
    assert result.stderr == f"minutes-kit: invalid date '{date}': expected a real date as YYYY-MM-DD\n"
    assert not (repo / "meetings").exists()


def test_new_uses_the_config_and_the_latest_earlier_spec(repo: Path) -> None:
    (repo / "minutes-kit.yaml").write_text(
        "meeting: Nimbus Sync\nspecs: specs\nattendees: [Mara Quist]\nsections: [Status Update]\n", encoding="utf-8"
    )
    (repo / "specs").mkdir()
    (repo / "specs/2021-11-03.yaml").write_text(
        "date: 2021-11-03\nsections:\n  - title: Gateway\n    topics: [Old topic]\n", encoding="utf-8"
    )
    (repo / "specs/2021-11-24.yaml").write_text("date: 2021-11-24\nsections: [{title: Later}]\n", encoding="utf-8")
    result = runner.invoke(app, ["new", "2021-11-10", "--render"])
    assert result.exit_code == 0, result.output
    data = load_spec(repo / "specs/2021-11-10.yaml").data
    assert data["meeting"] == "Nimbus Sync" and data["attendees"] == ["Mara Quist"]
    assert [s["title"] for s in data["sections"]] == ["Status Update", "Gateway"]
    assert data["sections"][1]["topics"] == [{"text": "Old topic", "items": []}]
    assert (repo / "11102021 Nimbus Sync.md").read_text(encoding="utf-8").startswith("# Nimbus Sync 11/10/2021\n")


def test_new_from_a_named_spec(repo: Path) -> None:
    (repo / "template.yaml").write_text("date: 2020-01-01\nsections: [{title: Retro}]\n", encoding="utf-8")
    assert runner.invoke(app, ["new", "2021-11-10", "--from", "template.yaml"]).exit_code == 0
    sections = load_spec(repo / "meetings/2021-11-10.yaml").data["sections"]
    assert sections == [{"title": "Retro", "topics": []}]


def test_new_from_a_broken_spec_names_it(repo: Path) -> None:
    (repo / "bad.yaml").write_text("date: 2020-01-01\nsections: 3\n", encoding="utf-8")
    result = runner.invoke(app, ["new", "2021-11-10", "--from", "bad.yaml"])
    assert result.exit_code == 2
    assert result.stderr.startswith("minutes-kit: bad.yaml:2:11: sections: 3 is not of type 'array'")
    assert not (repo / "meetings").exists()


def test_new_render_refuses_to_replace_hand_written_minutes(repo: Path) -> None:
    (repo / MINUTES).write_text("# My own minutes\n", encoding="utf-8")
    result = runner.invoke(app, ["new", "2021-11-10", "--render"])
    assert result.exit_code == 2
    assert "edited by hand" in result.stderr and MINUTES in result.stderr
    assert not (repo / "meetings").exists(), "nothing is written when any write would be refused"
    assert (repo / MINUTES).read_text(encoding="utf-8") == "# My own minutes\n"
