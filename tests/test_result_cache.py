from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from minutes_kit import lint, result_cache
from minutes_kit.config import Config
from minutes_kit.lint import FileResult, lint_file

MINUTES = "# Nimbus Open Source Community Meeting 11/10/2021\n\n1. Status\n    * Mara: ship it with with care\n"


@pytest.fixture
def minutes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("MINUTES_KIT_NO_CACHE")
    monkeypatch.setenv("MINUTES_KIT_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "11102021 Nimbus Open Source Community Meeting.md"
    path.write_text(MINUTES, encoding="utf-8")
    return path


def _no_relint(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("linted again although nothing changed")

    monkeypatch.setattr(lint, "lint_text", fail)


def test_unchanged_file_is_answered_from_the_cache(minutes: Path, config: Config,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    assert result_cache.enabled()
    first = lint_file(minutes, config, use_cache=True)
    assert "repeated-word" in [f.rule for f in first.findings]
    _no_relint(monkeypatch)
    assert lint_file(minutes, config, use_cache=True) == first


@pytest.mark.parametrize("change", ["text", "config", "path"])
def test_any_change_misses(minutes: Path, config: Config, change: str, tmp_path: Path) -> None:
    first = lint_file(minutes, config, use_cache=True)
    if change == "text":
        minutes.write_text(MINUTES.replace("with with", "with"), encoding="utf-8")
    elif change == "config":
        config = replace(config, rules={"repeated-word": {"severity": "warning"}})
    else:
        other = tmp_path / "11172021 Nimbus Open Source Community Meeting.md"
        other.write_text(MINUTES, encoding="utf-8")
        minutes = other
    second = lint_file(minutes, config, use_cache=True)
    assert isinstance(second, FileResult) and second != first


def test_unreadable_entry_is_a_miss(minutes: Path, config: Config) -> None:
    first = lint_file(minutes, config, use_cache=True)
    for entry in (minutes.parent / "cache" / "results").rglob("*.json"):
        entry.write_text("not json", encoding="utf-8")
    assert lint_file(minutes, config, use_cache=True) == first


def test_environment_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MINUTES_KIT_NO_CACHE", "1")
    assert not result_cache.enabled()
