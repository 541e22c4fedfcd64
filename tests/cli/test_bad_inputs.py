"""The bad-input matrix, through the real command line: each case gets one clear line naming the
file (line:col where known) on stderr, exit code 2, no traceback, and no file touched."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

SPEC = "date: 2021-11-10\nsections:\n  - title: Status Update\n    topics:\n      - Ship the gateway\n"
MINUTES = "# Open Source Community Meeting 11/10/2021\n\n1. Status\n    * Mara: shipped the gateway\n"


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("GITHUB_ACTIONS", None)
    return subprocess.run(
        [sys.executable, "-m", "minutes_kit", *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=60
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def assert_input_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "meetings").mkdir()
    (tmp_path / "meetings" / "2021-11-10.yaml").write_text(SPEC, encoding="utf-8")
    return tmp_path


def _write(repo: Path, name: str, content: str | bytes) -> Path:
    path = repo / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{n}: &{n} [{', '.join([f'*{p}'] * 9)}]\n" for p, n in zip("abcdefgh", "bcdefghi", strict=True)
)

CASES = [
    ("missing path", None, ["lint", "nowhere.md"], ["nowhere.md", "no such file"]),
    ("folder as --from spec", None, ["new", "2021-11-17", "--from", "meetings"], ["meetings", "folder"]),
    ("folder as config", None, ["lint", "--config", "meetings", "."], ["meetings"]),
    ("empty file", ("empty.md", ""), ["lint", "empty.md"], ["empty.md", "empty"]),
    ("binary file", ("bin.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), ["lint", "bin.md"], ["bin.md", "binary"]),
    ("latin-1 file", ("old.md", "# Caf\u00e9 meeting\n".encode("latin-1")), ["lint", "old.md"],
     ["old.md:1:6", "UTF-8"]),
    ("malformed spec, render", ("meetings/bad.yaml", "date: [2021-11-10\n"), ["render", "meetings/bad.yaml"],
     ["meetings/bad.yaml:2:1", "invalid YAML"]),
    ("malformed spec, lint", ("meetings/bad.yaml", "date: [2021-11-10\n"), ["lint", "meetings/bad.yaml"],
     ["meetings/bad.yaml:2:1", "invalid YAML"]),
    ("alias bomb", ("meetings/bomb.yaml", BOMB), ["render", "meetings/bomb.yaml"], ["meetings/bomb.yaml", "alias"]),
    ("wrong types", ("meetings/types.yaml", "date: 2021-11-10\nsections: Status\n"),
     ["render", "meetings/types.yaml"], ["meetings/types.yaml:2:11"]),
    ("missing date", ("meetings/nodate.yaml", "sections: []\n"), ["render", "meetings/nodate.yaml"],
     ["meetings/nodate.yaml", "date"]),
    ("unknown template", ("meetings/t.yaml", "date: 2021-11-10\ntemplate: fancy.md.j2\n"),
     ["render", "meetings/t.yaml"], ["fancy.md.j2"]),
    ("template escaping its folder", ("meetings/t.yaml", "date: 2021-11-10\ntemplate: ../../etc/passwd\n"),
     ["render", "meetings/t.yaml"], ["../../etc/passwd"]),
    ("template syntax error", ("templates/broken.md.j2", "# {{ title \n"), None, ["broken.md.j2"]),
    ("broken config", ("minutes-kit.yaml", "meeting: [unclosed\n"), ["lint", "."], ["minutes-kit.yaml:2:1"]),
    ("unknown config key", ("minutes-kit.yaml", "meeting: Nimbus\ncolour: red\n"), ["lint", "."],
     ["minutes-kit.yaml:2:1", "unknown key 'colour'", "valid keys:"]),
    ("unknown rule in --select", None, ["lint", "--select", "speling", "."], ["unknown rule 'speling'"]),
    ("invalid date for new", None, ["new", "2021-13-45"], ["2021-13-45"]),
]


@pytest.mark.parametrize(("name", "setup", "args", "fragments"), CASES, ids=[c[0] for c in CASES])
def test_bad_input(repo: Path, name: str, setup: tuple[str, str | bytes] | None, args: list[str] | None,
                   fragments: list[str]) -> None:
    if setup is not None:
        _write(repo, *setup)
    if args is None:  # the broken template is picked by a spec
        _write(repo, "meetings/t.yaml", "date: 2021-11-10\ntemplate: broken.md.j2\n")
        args = ["render", "meetings/t.yaml"]
    before = snapshot(repo)
    assert_input_error(run(repo, *args), *fragments)
    assert snapshot(repo) == before


def test_bom_and_crlf_minutes_lint_correctly(repo: Path) -> None:
    text = "\ufeff" + MINUTES.replace("gateway", "the the gateway").replace("\n", "\r\n")
    path = _write(repo, "11102021 Open Source Community Meeting.md", text.encode("utf-8"))
    result = run(repo, "lint", "--select", "repeated-word", path.name)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"{path.name}:4:25: error [repeated-word]" in result.stdout


def test_huge_file_and_long_line_finish_in_seconds(repo: Path) -> None:
    body = "".join(f"{i}. Topic {i}\n    * Mara: shipped the gateway and the scheduler.\n" for i in range(75000))
    _write(repo, "11102021 Open Source Community Meeting.md", MINUTES + body)
    _write(repo, "long/11172021 Open Source Community Meeting.md",
           MINUTES + "* " + "gateway rollout " * 6250 + "\n")
    assert (repo / "11102021 Open Source Community Meeting.md").stat().st_size > 5_000_000
    started = time.perf_counter()
    result = run(repo, "lint", "--format", "json", ".")
    assert time.perf_counter() - started < 60
    assert result.returncode in (0, 1) and "Traceback" not in result.stderr


def test_jinja_looking_spec_text_renders_verbatim(repo: Path) -> None:
    _write(repo, "meetings/2021-11-10.yaml",
           "date: 2021-11-10\nsections:\n  - title: 'Templating {{ 7*7 }}'\n    topics:\n"
           "      - 'Loop {% for x in y %} {{ x }}'\n")
    result = run(repo, "render", "-o", "-", "meetings/2021-11-10.yaml")
    assert result.returncode == 0, result.stderr
    assert "## Templating {{ 7*7 }}" in result.stdout
    assert "1. Loop {% for x in y %} {{ x }}" in result.stdout
    assert "49" not in result.stdout
