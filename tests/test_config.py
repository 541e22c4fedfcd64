from __future__ import annotations

from pathlib import Path

import pytest

from minutes_kit import config as cfg
from minutes_kit.errors import MinutesKitError


def test_defaults_reproduce_the_seed_conventions() -> None:
    default = cfg.default_config()
    assert default.title == "{meeting} {date:%m/%d/%Y}"
    assert default.license_header.splitlines()[0] == "MIT License"
    assert "Copyright(c) 2020 Futurewei Cloud" in default.license_header
    assert default.specs == "meetings"


def test_found_by_walking_up_and_stops_at_the_repository_root(tmp_path: Path) -> None:
    (tmp_path / "minutes-kit.yaml").write_text("meeting: Outer\n", encoding="utf-8")
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    deep = repo / "notes" / "2021"
    deep.mkdir(parents=True)
    assert cfg.find_config(deep) is None
    (repo / "minutes-kit.yaml").write_text("meeting: Nimbus\n", encoding="utf-8")
    assert cfg.find_config(deep / "x.md") == repo / "minutes-kit.yaml"


def test_loads_every_key(tmp_path: Path) -> None:
    (tmp_path / "header.txt").write_text("Apache License\nVersion 2.0\n", encoding="utf-8")
    (tmp_path / "words.txt").write_text("# project words\nNimbus\nKubelet\n", encoding="utf-8")
    path = tmp_path / "minutes-kit.yaml"
    path.write_text(
        "meeting: Nimbus Sync\n"
        "title: '{date:%Y-%m-%d} {meeting}'\n"
        "filename: '{date:%Y%m%d}.md'\n"
        "specs: specs\n"
        "license_header_file: header.txt\n"
        "required_sections: [Status Update]\n"
        "attendees: [Mara Quist]\n"
        "people: [Mara Quist, {name: Tobias Renn, aliases: [Toby]}]\n"
        "words: [ACA]\n"
        "words_file: words.txt\n"
        "rules: {repeated-word: {severity: warning, max_phrase: 2}}\n",
        encoding="utf-8",
    )
    loaded = cfg.load_config(path)
    assert loaded.meeting == "Nimbus Sync" and loaded.root == tmp_path.resolve()
    assert loaded.license_header == "Apache License\nVersion 2.0"
    assert loaded.words == {"ACA", "Nimbus", "Kubelet"}
    assert loaded.people[1] == cfg.Person("Tobias Renn", ("Toby",))
    assert loaded.sections == ("Status Update",)
    assert loaded.rules["repeated-word"] == {"severity": "warning", "max_phrase": 2}
    assert loaded.specs_dir == tmp_path.resolve() / "specs"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("meetng: Nimbus\n", "unknown key 'meetng'; valid keys: attendees, copyright,"),
        ("people: [{name: Mara, alias: [M]}]\n", "people/0"),
        ("rules: {no-such-rule: {severity: off}}\n", "unknown rule 'no-such-rule'"),
        ("rules: {repeated-word: {severity: loud}}\n", "severity"),
        ("rules: {repeated-word: {max_phrases: 3}}\n", "unknown option 'max_phrases'; valid options: severity,"),
        ("rules: {repeated-word: {max_phrase: many}}\n", "wrong type"),
        ("words_file: missing.txt\n", "words_file 'missing.txt': no such file"),
        ("- just\n- a list\n", "must be a mapping"),
    ],
)
def test_bad_configs_are_one_line_errors(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "minutes-kit.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(MinutesKitError) as caught:
        cfg.load_config(path)
    assert expected in str(caught.value)
    assert str(caught.value).startswith(str(path))
    assert "\n" not in str(caught.value)


def test_unknown_key_is_located(tmp_path: Path) -> None:
    path = tmp_path / "minutes-kit.yaml"
    path.write_text("meeting: Nimbus\nmeetng: x\n", encoding="utf-8")
    with pytest.raises(MinutesKitError) as caught:
        cfg.load_config(path)
    assert (caught.value.line, caught.value.column) == (2, 1)


def test_override_beats_discovery(tmp_path: Path) -> None:
    (tmp_path / "minutes-kit.yaml").write_text("meeting: Found\n", encoding="utf-8")
    other = tmp_path / "other.yaml"
    other.write_text("meeting: Chosen\n", encoding="utf-8")
    assert cfg.config_for(tmp_path / "x.md", other).meeting == "Chosen"
    assert cfg.config_for(tmp_path / "x.md").meeting == "Found"


def test_empty_config_means_defaults(tmp_path: Path) -> None:
    path = tmp_path / "minutes-kit.yaml"
    path.write_text("# nothing yet\n", encoding="utf-8")
    loaded = cfg.load_config(path)
    assert loaded.meeting == cfg.DEFAULT_MEETING
    assert loaded.license_header == cfg.default_license_header()
