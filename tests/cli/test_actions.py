"""`minutes-kit actions`, and `new` carrying open action items forward."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minutes_kit.cli import app
from minutes_kit.spec import load_spec

runner = CliRunner()
CONFIG = """meeting: Nimbus Open Source Community Meeting
people:
  - {name: Mara Quist, aliases: [Mara]}
  - {name: Ines Okafor, aliases: [Ines]}
"""
MINUTES = """# Nimbus Open Source Community Meeting 03/02/2022

1. Queue design (Ines)
    * Action item: write the benchmark guide
    * Mara: TODO: rerun the soak test
    * ~~Action: close the milestone~~
2. Docs
    * Action item: A short guide for the queue
"""


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "minutes-kit.yaml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "03022022 Nimbus Open Source Community Meeting.md").write_text(MINUTES, encoding="utf-8")
    return tmp_path


def test_actions_lists_open_items_by_person(repo: Path) -> None:
    result = runner.invoke(app, ["actions"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "Action items, by person"
    owners = [line for line in lines if line and not line.startswith(" ")][1:]
    assert owners == ["Ines Okafor", "Mara Quist", "UNASSIGNED"]
    assert "close the milestone" not in result.stdout
    assert "open for 1 meeting]" in result.stdout
    assert "03022022 Nimbus Open Source Community Meeting.md:4" in result.stdout


def test_actions_json_all_and_owner_filter(repo: Path) -> None:
    result = runner.invoke(app, ["actions", "--all", "--format", "json", "--owner", "ines"])
    assert result.exit_code == 0, result.output
    [group] = json.loads(result.stdout)
    assert group["owner"] == "Ines Okafor"
    assert [(a["text"], a["status"]) for a in group["actions"]] == [
        ("write the benchmark guide", "open"),
        ("close the milestone", "done"),
    ]
    assert group["actions"][0]["source"] == "03022022 Nimbus Open Source Community Meeting.md:4"
    unassigned = json.loads(runner.invoke(app, ["actions", "--format", "json", "--owner", "UNASSIGNED"]).stdout)
    assert [a["text"] for g in unassigned for a in g["actions"]] == ["A short guide for the queue"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--open", "--all"], "minutes-kit: --open and --all exclude each other\n"),
        (["--format", "xml"], "minutes-kit: unknown format 'xml'; choose text or json\n"),
        (["nowhere"], "minutes-kit: nowhere: no such file or folder\n"),
    ],
)
def test_actions_usage_errors(repo: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["actions", *args])
    assert result.exit_code == 2 and result.stderr == message


def _review(repo: Path, day: str) -> list[dict[str, object]]:
    sections = load_spec(repo / f"meetings/{day}.yaml").data["sections"]
    [review] = [s for s in sections if s.get("title") == "Review of Action Items"]
    return list(review["actions"])


def test_new_carries_open_items_once(repo: Path) -> None:
    assert runner.invoke(app, ["import", "03022022 Nimbus Open Source Community Meeting.md"]).exit_code == 0
    assert runner.invoke(app, ["new", "2022-03-09"]).exit_code == 0
    carried = _review(repo, "2022-03-09")
    texts = [a["text"] for a in carried]
    assert texts == ["write the benchmark guide", "rerun the soak test", "A short guide for the queue"]
    assert carried[0]["owners"] == "Ines" and carried[0]["since"] == "2022-03-02" and carried[0]["status"] == "open"
    assert runner.invoke(app, ["new", "2022-03-09", "--force"]).exit_code == 0
    assert _review(repo, "2022-03-09") == carried
    # The next week: carried items keep their ids and are not doubled by their earlier mention.
    assert runner.invoke(app, ["new", "2022-03-16"]).exit_code == 0
    assert _review(repo, "2022-03-16") == carried
    listed = json.loads(runner.invoke(app, ["actions", "--format", "json"]).stdout)
    guide = next(a for g in listed for a in g["actions"] if a["text"] == "write the benchmark guide")
    assert guide["id"] == carried[0]["id"] and guide["open_for_meetings"] == 3


def test_new_does_not_carry_a_done_item(repo: Path) -> None:
    spec = repo / "meetings/2022-03-02.yaml"
    spec.parent.mkdir()
    spec.write_text("date: 2022-03-02\nactions: [{text: Tag the release, status: done}, Open one]\n", encoding="utf-8")
    assert runner.invoke(app, ["new", "2022-03-09"]).exit_code == 0
    assert [a["text"] for a in _review(repo, "2022-03-09")] == ["Open one"]


SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seeds" / "000_0c807ddf8382e8ac.txt"


@pytest.mark.skipif(not SEED.is_file(), reason="the shared seed minutes are not available")
def test_an_imported_seeds_action_item_is_carried_and_listed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "06092021 Alcor Open Source Community Meeting.md").write_bytes(SEED.read_bytes())
    assert runner.invoke(app, ["import", "06092021 Alcor Open Source Community Meeting.md"]).exit_code == 0
    assert runner.invoke(app, ["new", "2021-06-16"]).exit_code == 0
    [carried] = _review(tmp_path, "2021-06-16")
    assert str(carried["text"]).startswith("A simple instruction document for Pulsar usage")
    listed = json.loads(runner.invoke(app, ["actions", "--format", "json"]).stdout)
    [item] = [a for group in listed for a in group["actions"]]
    assert item["id"] == carried["id"] and item["open_for_meetings"] == 2
