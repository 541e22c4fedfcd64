"""The published hooks, run by the real pre-commit against this checkout's committed HEAD."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MEETING = "Nimbus Open Source Community Meeting"
NAME = f"11102021 {MEETING}.md"


def _pre_commit() -> list[str]:
    found = shutil.which("pre-commit", path=str(Path(sys.executable).parent)) or shutil.which("pre-commit")
    assert found, "pre-commit is a test dependency (pip install '.[test]')"
    return [found]


@pytest.fixture(scope="session")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


def _git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@x", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@x"}
    done = subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def _minutes(body: str) -> str:
    from minutes_kit.config import default_license_header
    from minutes_kit.rules.license_header import indented

    return f"# {MEETING} 11/10/2021\n\n\n{indented(default_license_header())}\n\n{body}"


def _run(repo: Path, home: Path, hook: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1"}
    env.pop("MINUTES_KIT_CACHE_DIR", None)
    env["MINUTES_KIT_CACHE_DIR"] = str(home / "minutes-kit-cache")
    return subprocess.run(
        [*_pre_commit(), "run", hook, "--all-files", "--color", "never"],
        cwd=repo, env=env, capture_output=True, text=True, timeout=600,
    )


@pytest.fixture
def minutes_repo(tmp_path: Path) -> Path:
    repo = tmp_path / "minutes"
    repo.mkdir()
    _git(repo, "init", "-q")
    rev = _git(ROOT, "rev-parse", "HEAD")
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT}\n    rev: {rev}\n    hooks:\n      - id: minutes-kit\n      - id: minutes-kit-fix\n",
        encoding="utf-8",
    )
    (repo / "minutes-kit.yaml").write_text(f"meeting: {MEETING}\nwords: [Nimbus]\n", encoding="utf-8")
    (repo / ".github" / "workflows").mkdir(parents=True)
    (repo / ".github" / "workflows" / "minutes.yml").write_text("on: [push]\njobs: {}\n", encoding="utf-8")
    (repo / "mkdocs.yml").write_text("site_name: Nimbus minutes\n", encoding="utf-8")
    (repo / NAME).write_text(_minutes("1. Status Update\n    * Will try to run with with the new agent\n"),
                             encoding="utf-8")
    _git(repo, "add", ".")
    return repo


def test_hook_fails_on_a_doubled_word_and_passes_once_mended(minutes_repo: Path, pre_commit_home: Path) -> None:
    failed = _run(minutes_repo, pre_commit_home, "minutes-kit")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert f'{NAME}:19:28: error [repeated-word] repeated word "with"' in failed.stdout
    # The config, the workflow and other YAML were passed too, and skipped without complaint.
    assert "minutes-kit.yaml" not in failed.stdout and "mkdocs.yml" not in failed.stdout

    (minutes_repo / NAME).write_text(_minutes("1. Status Update\n    * Will try to run with the new agent\n"),
                                     encoding="utf-8")
    passed = _run(minutes_repo, pre_commit_home, "minutes-kit")
    assert passed.returncode == 0, passed.stdout + passed.stderr


def test_fix_hook_mends_the_file(minutes_repo: Path, pre_commit_home: Path) -> None:
    first = _run(minutes_repo, pre_commit_home, "minutes-kit-fix")
    assert first.returncode == 1  # pre-commit fails a hook that changed files
    assert "* Will try to run with the new agent" in (minutes_repo / NAME).read_text(encoding="utf-8")
    second = _run(minutes_repo, pre_commit_home, "minutes-kit-fix")
    assert second.returncode == 0, second.stdout + second.stderr


def test_hooks_file_is_valid() -> None:
    done = subprocess.run([*_pre_commit(), "validate-manifest", str(ROOT / ".pre-commit-hooks.yaml")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
