"""`minutes-kit import`: where specs go, overwrite refusal, stdout, one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from minutes_kit.cli import app
from minutes_kit.spec import load_spec

runner = CliRunner()
MINUTES = """# Nimbus Open Source Community Meeting 03/02/2022

**Topics**

1. Queue design (Ines Okafor)
    * Action item: write the benchmark guide
"""


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "03022022 Nimbus.md").write_text(MINUTES, encoding="utf-8")
    return tmp_path


def test_import_writes_the_spec_into_the_specs_folder(repo: Path) -> None:
    result = runner.invoke(app, ["import", "03022022 Nimbus.md"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("meetings/2022-03-02.yaml  (from 03022022 Nimbus.md: 1 sections, 1 owners")
    assert "1 action items" in result.stdout
    spec = load_spec(repo / "meetings/2022-03-02.yaml")
    assert spec.data["meeting"] == "Nimbus Open Source Community Meeting"
    assert spec.data["sections"][0]["topics"][0]["owners"] == "Ines Okafor"


def test_import_never_overwrites_without_force(repo: Path) -> None:
    assert runner.invoke(app, ["import", "03022022 Nimbus.md"]).exit_code == 0
    spec = repo / "meetings/2022-03-02.yaml"
    spec.write_text("date: 2022-03-02\n", encoding="utf-8")
    result = runner.invoke(app, ["import", "03022022 Nimbus.md"])
    assert result.exit_code == 2
    assert result.stderr == (
        "minutes-kit: meetings/2022-03-02.yaml: already exists; not overwritten (use --force to replace it)\n"
    )
    assert spec.read_text(encoding="utf-8") == "date: 2022-03-02\n"
    assert runner.invoke(app, ["import", "03022022 Nimbus.md", "--force"]).exit_code == 0
    assert "Queue design" in spec.read_text(encoding="utf-8")


def test_import_to_stdout_and_to_a_named_file(repo: Path) -> None:
    result = runner.invoke(app, ["import", "03022022 Nimbus.md", "-o", "-"])
    assert result.exit_code == 0 and result.stdout.startswith("# yaml-language-server: $schema=")
    assert "date: 2022-03-02\n" in result.stdout and not (repo / "meetings").exists()
    assert runner.invoke(app, ["import", "03022022 Nimbus.md", "-o", "out/first.yaml"]).exit_code == 0
    assert load_spec(repo / "out/first.yaml").date.isoformat() == "2022-03-02"


def test_two_files_of_one_date_are_refused_before_anything_is_written(repo: Path) -> None:
    (repo / "copy.md").write_text(MINUTES, encoding="utf-8")
    result = runner.invoke(app, ["import", "03022022 Nimbus.md", "copy.md"])
    assert result.exit_code == 2 and "same meeting date as 03022022 Nimbus.md" in result.stderr
    assert not (repo / "meetings").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.md"], "minutes-kit: missing.md: no such file\n"),
        (["notes.md"], "minutes-kit: notes.md: no meeting date in the title or the file name; give one with --date\n"),
        (["notes.md", "--date", "2022-13-45"], "minutes-kit: invalid date '2022-13-45': expected a real date"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(repo: Path, args: list[str], message: str) -> None:
    (repo / "notes.md").write_text("# Planning\n\n* item\n", encoding="utf-8")
    result = runner.invoke(app, ["import", *args])
    assert result.exit_code == 2 and result.stderr.startswith(message) and result.stderr.count("\n") == 1


def test_date_option_names_an_undated_meeting(repo: Path) -> None:
    (repo / "notes.md").write_text("# Planning\n\n* item\n", encoding="utf-8")
    result = runner.invoke(app, ["import", "notes.md", "--date", "2022-01-05"])
    assert result.exit_code == 0, result.output
    assert load_spec(repo / "meetings/2022-01-05.yaml").data["title"] == "Planning"
