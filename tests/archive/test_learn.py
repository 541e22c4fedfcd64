from __future__ import annotations

from pathlib import Path

import pytest

from minutes_kit.archive.learn import WORDS_FILE, learn
from minutes_kit.config import default_config, load_config
from minutes_kit.errors import MinutesKitError
from minutes_kit.lint import Selection, lint_text

HEADER = "\n".join("    " + line if line else "" for line in default_config().license_header.split("\n"))
TOPICS = [
    "1. Status Update\n"
    "    * Kubeflux scale test in the test environment (Mara Quist/Tobias Renn)\n"
    "        * Mara: the Kubeflux controller is up in the envrionment, will share the script\n"
    "        * Tobias: stress test passed on the Helmsail cluster\n",
    "1. Gateway design (Ines Okafor)\n"
    "    * Ines: Kubeflux gateway draft is ready, the environment is shared\n"
    "    * Helmsail upgrade planned in the environment\n",
    "1. Release planning (Tobias Renn)\n"
    "    * Tobias: Kubeflux release notes, staging environment ready, envrionment cleanup\n"
    "    * Mara: Helmsail charts reviewed\n",
    "1. Status Update (Mara Quist)\n"
    "    * Mara: the Kubeflux envrionment is stable, environment docs updated\n",
]


def _write_archive(folder: Path, undated: bool = False) -> Path:
    folder.mkdir()
    for i, topics in enumerate(TOPICS):
        day = 6 + 7 * i
        title = "Nimbus Open Source Community Meeting" + ("" if undated and i == 3 else f" 01/{day:02d}/2021")
        text = f"# {title}\n\n\n{HEADER}\n\n{topics}"
        (folder / f"01{day:02d}2021 Nimbus Open Source Community Meeting.md").write_text(text, encoding="utf-8")
    return folder


def test_learns_meeting_patterns_roster_and_vocabulary(tmp_path: Path) -> None:
    learned = learn(_write_archive(tmp_path / "archive"))
    (tmp_path / "minutes-kit.yaml").write_text(learned.config_text, encoding="utf-8")
    config = load_config(tmp_path / "minutes-kit.yaml")
    assert config.meeting == "Nimbus Open Source Community Meeting"
    assert config.title == "{meeting} {date:%m/%d/%Y}"
    assert config.filename == "{date:%m%d%Y} {meeting}.md"
    assert config.license_header == default_config().license_header
    assert "license_header" not in learned.config_text
    people = {p.name: p.aliases for p in config.people}
    assert people == {"Ines Okafor": ("Ines",), "Mara Quist": ("Mara",), "Tobias Renn": ("Tobias",)}
    assert {"Kubeflux", "Helmsail"} <= config.words
    assert not any(w.casefold() == "envrionment" for w in config.words)  # a typo repeated in three files
    assert learned.words_text is None and "title" not in config.rules
    assert any("roster: 3 people" in line for line in learned.summary)


def test_the_learned_config_still_reports_the_repeated_typo(tmp_path: Path) -> None:
    archive = _write_archive(tmp_path / "archive")
    (tmp_path / "minutes-kit.yaml").write_text(learn(archive).config_text, encoding="utf-8")
    config = load_config(tmp_path / "minutes-kit.yaml")
    name = "01272021 Nimbus Open Source Community Meeting.md"
    findings = lint_text((archive / name).read_text(encoding="utf-8"), name, config,
                         Selection(select=frozenset({"spelling", "owners"})))
    assert [(f.text, f.suggestions) for f in findings] == [("envrionment", ("environment",))]


def test_titles_without_dates_relax_the_title_rule(tmp_path: Path) -> None:
    learned = learn(_write_archive(tmp_path / "archive", undated=True))
    assert "require_date: false" in learned.config_text


def test_long_vocabularies_go_to_a_words_file(tmp_path: Path) -> None:
    archive = _write_archive(tmp_path / "archive")
    terms = " ".join(f"Zorb{chr(97 + i) * 3}ex" for i in range(25))
    for path in sorted(archive.iterdir())[:2]:
        path.write_text(path.read_text(encoding="utf-8") + f"    * Modules: {terms}\n", encoding="utf-8")
    learned = learn(archive)
    assert f"words_file: {WORDS_FILE}" in learned.config_text
    assert learned.words_text is not None and "Zorbaaaex\n" in learned.words_text


def test_an_empty_archive_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(MinutesKitError, match="no readable Markdown"):
        learn(tmp_path)
