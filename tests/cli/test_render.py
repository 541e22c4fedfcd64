"""`minutes-kit render`: output paths, stdout, hand-edit protection, --check drift."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minutes_kit.cli import app
from minutes_kit.render_state import STATE_NAME

runner = CliRunner()
SPEC = "meetings/2021-11-10.yaml"
MINUTES = "11102021 Nimbus Sync.md"
BODY = "date: 2021-11-10\nsections:\n  - title: Topics\n    style: label\n    topics: [Release planning]\n"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "minutes-kit.yaml").write_text("meeting: Nimbus Sync\nlicense_header: Nimbus terms\n", encoding="utf-8")
    (tmp_path / "meetings").mkdir()
    (tmp_path / SPEC).write_text(BODY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


EXPECTED = "# Nimbus Sync 11/10/2021\n\n\n    Nimbus terms\n\n**Topics**\n\n1. Release planning\n"


def test_render_writes_the_filename_pattern_path_and_records_it(repo: Path) -> None:
    result = runner.invoke(app, ["render", SPEC])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{MINUTES}\n"
    assert (repo / MINUTES).read_text(encoding="utf-8") == EXPECTED
    assert list(json.loads((repo / STATE_NAME).read_text(encoding="utf-8"))) == [MINUTES]


def test_render_paths_are_relative_to_the_config_not_the_cwd(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo / "meetings")
    assert runner.invoke(app, ["render", "2021-11-10.yaml"]).exit_code == 0
    assert (repo / MINUTES).is_file()


def test_render_without_arguments_renders_every_spec(repo: Path) -> None:
    (repo / "meetings/2021-11-17.yaml").write_text("date: 2021-11-17\n", encoding="utf-8")
    result = runner.invoke(app, ["render"])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{MINUTES}\n11172021 Nimbus Sync.md\n"


def test_render_to_stdout_writes_no_file(repo: Path) -> None:
    result = runner.invoke(app, ["render", SPEC, "-o", "-"])
    assert result.exit_code == 0
    assert result.stdout == EXPECTED
    assert not (repo / MINUTES).exists() and not (repo / STATE_NAME).exists()


def test_render_to_a_named_output(repo: Path) -> None:
    result = runner.invoke(app, ["render", SPEC, "-o", "out/minutes.md"])
    assert result.exit_code == 0
    assert (repo / "out/minutes.md").read_text(encoding="utf-8") == EXPECTED


def test_output_path_takes_one_spec(repo: Path) -> None:
    (repo / "meetings/2021-11-17.yaml").write_text("date: 2021-11-17\n", encoding="utf-8")
    result = runner.invoke(app, ["render", "meetings", "-o", "x.md"])
    assert result.exit_code == 2
    assert "takes one spec, got 2" in result.stderr


def test_rerender_after_a_spec_change_is_allowed(repo: Path) -> None:
    assert runner.invoke(app, ["render", SPEC]).exit_code == 0
    (repo / SPEC).write_text(BODY.replace("[Release planning]", "[Release planning, Second topic]"), encoding="utf-8")
    assert runner.invoke(app, ["render", SPEC]).exit_code == 0
    assert "\n\n2. Second topic\n" in (repo / MINUTES).read_text(encoding="utf-8")


def test_hand_edited_minutes_are_not_overwritten_without_force(repo: Path) -> None:
    assert runner.invoke(app, ["render", SPEC]).exit_code == 0
    edited = EXPECTED + "\nA note added by hand.\n"
    (repo / MINUTES).write_text(edited, encoding="utf-8")
    (repo / SPEC).write_text(BODY.replace("Release planning", "Release plan"), encoding="utf-8")
    result = runner.invoke(app, ["render", SPEC])
    assert result.exit_code == 2
    assert result.stderr == (
        f"minutes-kit: {MINUTES}: edited by hand since it was last rendered (or not rendered by minutes-kit); "
        "not overwritten (use --force to replace it)\n"
    )
    assert (repo / MINUTES).read_text(encoding="utf-8") == edited
    assert runner.invoke(app, ["render", SPEC, "--force"]).exit_code == 0
    assert "Release plan\n" in (repo / MINUTES).read_text(encoding="utf-8")


def test_unrecorded_minutes_identical_to_the_render_are_accepted(repo: Path) -> None:
    (repo / MINUTES).write_text(EXPECTED, encoding="utf-8")
    assert runner.invoke(app, ["render", SPEC]).exit_code == 0
    assert MINUTES in json.loads((repo / STATE_NAME).read_text(encoding="utf-8"))


def test_corrupt_render_record_is_an_error_unless_forced(repo: Path) -> None:
    assert runner.invoke(app, ["render", SPEC]).exit_code == 0
    (repo / STATE_NAME).write_text("{not json", encoding="utf-8")
    (repo / MINUTES).write_text("changed\n", encoding="utf-8")
    result = runner.invoke(app, ["render", SPEC])
    assert result.exit_code == 2 and "unreadable render record" in result.stderr
    assert runner.invoke(app, ["render", SPEC, "--force"]).exit_code == 0
    assert MINUTES in json.loads((repo / STATE_NAME).read_text(encoding="utf-8"))


def test_check_reports_drift_and_writes_nothing(repo: Path) -> None:
    result = runner.invoke(app, ["render", "--check", SPEC])
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{MINUTES}: missing of {SPEC}")
    assert not (repo / MINUTES).exists()
    assert runner.invoke(app, ["render", SPEC]).exit_code == 0
    assert runner.invoke(app, ["render", "--check", SPEC]).exit_code == 0
    (repo / MINUTES).write_text(EXPECTED.replace("planning", "plans"), encoding="utf-8")
    result = runner.invoke(app, ["render", "--check"])
    assert result.exit_code == 1
    assert f"{MINUTES}: differs from a fresh render of {SPEC}" in result.stdout
    assert "plans" in (repo / MINUTES).read_text(encoding="utf-8")


def test_check_with_stdout_is_a_usage_error(repo: Path) -> None:
    result = runner.invoke(app, ["render", "--check", "-o", "-", SPEC])
    assert result.exit_code == 2 and "--check" in result.stderr


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("date: 2021-11-10\nsections: [{title: A, topics: 5}]\n", "meetings/bad.yaml:2:"),
        ("date: 2021-11-10\ntemplate: ../../etc/passwd\n", "is not allowed"),
        ("date: 2021-11-10\ntemplate: missing.md.j2\n", "unknown template 'missing.md.j2'"),
        ("date: [\n", "invalid YAML"),
    ],
)
def test_bad_specs_are_one_line_exit_2_errors(repo: Path, spec: str, message: str) -> None:
    (repo / "meetings/bad.yaml").write_text(spec, encoding="utf-8")
    result = runner.invoke(app, ["render", "meetings/bad.yaml"])
    assert result.exit_code == 2
    assert message in result.stderr and result.stderr.count("\n") == 1
    assert not (repo / MINUTES).exists()


def test_template_syntax_error_names_the_template(repo: Path) -> None:
    (repo / "templates").mkdir()
    (repo / "templates/minutes.md.j2").write_text("# {{ title }}\n{% if %}\n", encoding="utf-8")
    result = runner.invoke(app, ["render", SPEC])
    assert result.exit_code == 2
    assert result.stderr.startswith("minutes-kit: templates/minutes.md.j2:2: template syntax error")


def test_missing_spec_and_empty_folder(repo: Path) -> None:
    result = runner.invoke(app, ["render", "meetings/nope.yaml"])
    assert result.exit_code == 2 and "meetings/nope.yaml: no such file" in result.stderr
    (repo / SPEC).unlink()
    result = runner.invoke(app, ["render"])
    assert result.exit_code == 2 and "no meeting specs" in result.stderr


def test_missing_config_file_is_an_error(repo: Path) -> None:
    result = runner.invoke(app, ["render", SPEC, "--config", "nope.yaml"])
    assert result.exit_code == 2 and "nope.yaml: no such config file" in result.stderr


def test_config_override_picks_the_meeting(repo: Path) -> None:
    (repo / "other.yaml").write_text("meeting: Other Sync\n", encoding="utf-8")
    result = runner.invoke(app, ["render", SPEC, "-c", "other.yaml", "-o", "-"])
    assert result.exit_code == 0 and result.stdout.startswith("# Other Sync 11/10/2021\n")


def test_render_record_of_the_wrong_shape_is_refused(repo: Path) -> None:
    (repo / STATE_NAME).write_text('["not", "a", "mapping"]', encoding="utf-8")
    (repo / MINUTES).write_text("changed\n", encoding="utf-8")
    result = runner.invoke(app, ["render", SPEC])
    assert result.exit_code == 2 and "must map file names" in result.stderr
    assert (repo / MINUTES).read_text(encoding="utf-8") == "changed\n"


def test_a_folder_where_the_minutes_go_is_an_error(repo: Path) -> None:
    (repo / MINUTES).mkdir()
    result = runner.invoke(app, ["render", SPEC])
    assert result.exit_code == 2 and "is a folder" in result.stderr
