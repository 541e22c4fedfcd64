"""`minutes-kit init`: the files it writes, never overwriting, and `--from-archive`."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minutes_kit.cli import app
from minutes_kit.config import default_license_header, load_config
from minutes_kit.resources import schema
from minutes_kit.yamlio import load, to_plain

runner = CliRunner()
FILES = ("minutes-kit.yaml", ".pre-commit-config.yaml", ".github/workflows/minutes.yml")
HOOKS = Path(__file__).resolve().parents[2] / ".pre-commit-hooks.yaml"


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_init_writes_config_hooks_and_workflow(here: Path) -> None:
    result = runner.invoke(app, ["init"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "".join(f"wrote {name}\n" for name in FILES)
    config = load_config(here / "minutes-kit.yaml")
    assert config.meeting == "Open Source Community Meeting" and config.specs == "meetings"


def test_config_documents_every_key(here: Path) -> None:
    runner.invoke(app, ["init"])
    text = (here / "minutes-kit.yaml").read_text(encoding="utf-8")
    for key in schema("config.schema.json")["properties"]:
        assert f"# {key}:" in text or f"\n{key}:" in text, key


def test_pre_commit_config_uses_the_projects_hooks(here: Path) -> None:
    runner.invoke(app, ["init"])
    data = to_plain(load((here / ".pre-commit-config.yaml").read_text(encoding="utf-8"), "x"))
    (repo,) = data["repos"]
    ids = [hook["id"] for hook in repo["hooks"]]
    assert ids == ["minutes-kit", "minutes-kit-render-check"]
    assert repo["rev"].startswith("v")
    if HOOKS.is_file():  # the hook ids must exist in this repository's hook manifest
        manifest = to_plain(load(HOOKS.read_text(encoding="utf-8"), HOOKS))
        assert set(ids) <= {hook["id"] for hook in manifest}


def test_workflow_runs_the_lint_job(here: Path) -> None:
    runner.invoke(app, ["init"])
    workflow = to_plain(load((here / FILES[2]).read_text(encoding="utf-8"), "x"))
    commands = [step.get("run", "") for step in workflow["jobs"]["lint"]["steps"]]
    assert "minutes-kit lint --format github ." in commands


def test_init_never_overwrites(here: Path) -> None:
    (here / "minutes-kit.yaml").write_text("meeting: Mine\n", encoding="utf-8")
    result = runner.invoke(app, ["init"])
    assert result.exit_code == 0
    assert "skipped minutes-kit.yaml (exists; use --force to replace it)" in result.stdout
    assert (here / "minutes-kit.yaml").read_text(encoding="utf-8") == "meeting: Mine\n"
    assert (here / ".pre-commit-config.yaml").is_file()
    again = runner.invoke(app, ["init"])
    assert again.exit_code == 2
    assert again.stderr == "minutes-kit: nothing written: every file already exists (use --force to replace them)\n"
    forced = runner.invoke(app, ["init", "--force"])
    assert forced.exit_code == 0
    assert (here / "minutes-kit.yaml").read_text(encoding="utf-8") != "meeting: Mine\n"


def test_init_into_a_named_folder(here: Path) -> None:
    assert runner.invoke(app, ["init", "-o", "repo"]).exit_code == 0
    assert all((here / "repo" / name).is_file() for name in FILES)


# -- --from-archive (the learner is stubbed so this tests the command's side of the contract) ----


@pytest.fixture
def archive(here: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = here / "notes"
    folder.mkdir()
    (folder / "11102021 Nimbus Sync.md").write_text("# Nimbus Sync 11/10/2021\n\nsee the the notes\n", encoding="utf-8")
    learned = types.SimpleNamespace(
        config_text="meeting: Nimbus Sync\nwords_file: minutes-kit-words.txt\n",
        words_text="Nimbus\n",
        summary=("meeting: Nimbus Sync", "vocabulary: 1 word"),
    )
    calls: list[Path] = []

    def learn(path: Path) -> types.SimpleNamespace:
        calls.append(path)
        return learned

    fake = types.ModuleType("minutes_kit.archive.learn")
    fake.learn = learn  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "minutes_kit.archive.learn", fake)
    monkeypatch.setattr("minutes_kit.archive.learn", fake, raising=False)
    return folder


def test_from_archive_inside_cwd_writes_here_and_reports(here: Path, archive: Path) -> None:
    result = runner.invoke(app, ["init", "--from-archive", "notes"])
    assert result.exit_code == 0, result.output
    assert (here / "minutes-kit.yaml").read_text(encoding="utf-8").startswith("meeting: Nimbus Sync\n")
    assert (here / "minutes-kit-words.txt").read_text(encoding="utf-8") == "Nimbus\n"
    lines = result.stdout.splitlines()
    assert lines[:2] == ["wrote minutes-kit.yaml", "wrote minutes-kit-words.txt"]
    assert "meeting: Nimbus Sync" in lines and "vocabulary: 1 word" in lines
    assert any(line.startswith("lint notes with the new config:") for line in lines)
    assert "  repeated-word: 1" in lines


def test_from_archive_outside_cwd_writes_into_the_archive(
    archive: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    monkeypatch.chdir(elsewhere)
    assert runner.invoke(app, ["init", "--from-archive", str(archive)]).exit_code == 0
    assert (archive / "minutes-kit.yaml").is_file() and not (elsewhere / "minutes-kit.yaml").exists()


def test_from_archive_refuses_an_existing_config(here: Path, archive: Path) -> None:
    (here / "minutes-kit.yaml").write_text("meeting: Mine\n", encoding="utf-8")
    result = runner.invoke(app, ["init", "--from-archive", "notes"])
    assert result.exit_code == 2
    assert "minutes-kit.yaml: already exists" in result.stderr
    assert (here / "minutes-kit.yaml").read_text(encoding="utf-8") == "meeting: Mine\n"
    assert not (here / ".pre-commit-config.yaml").exists()


def test_from_archive_needs_a_folder(here: Path) -> None:
    result = runner.invoke(app, ["init", "--from-archive", "nowhere"])
    assert result.exit_code == 2 and "nowhere: no such folder" in result.stderr


def test_from_archive_with_the_learner(here: Path) -> None:
    notes = here / "notes"
    notes.mkdir()
    header = "\n".join("    " + line if line else "" for line in default_license_header().split("\n"))
    for day in ("11032021", "11102021", "11172021"):
        title = f"# Nimbus Open Source Community Meeting {day[:2]}/{day[2:4]}/{day[4:]}"
        body = f"{title}\n\n\n{header}\n\n1. Status Update\n    * Gateway tests (Mara Quist/Tobias Renn)\n"
        (notes / f"{day} Nimbus Open Source Community Meeting.md").write_text(body, encoding="utf-8")
    result = runner.invoke(app, ["init", "--from-archive", "notes"])
    assert result.exit_code == 0, result.output
    config = load_config(here / "minutes-kit.yaml")
    assert config.meeting == "Nimbus Open Source Community Meeting"
    assert config.filename == "{date:%m%d%Y} {meeting}.md"
    assert {"Mara Quist", "Tobias Renn"} <= {person.name for person in config.people}
    assert "lint notes with the new config: 0 findings" in result.stdout
