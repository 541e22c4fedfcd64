"""Building the next meeting's spec."""

from __future__ import annotations

import datetime
from dataclasses import replace
from pathlib import Path

from minutes_kit.config import Config, default_config
from minutes_kit.render import make_env, render_spec
from minutes_kit.scaffold import REVIEW_TITLE, latest_before, new_spec_data, spec_files, spec_text
from minutes_kit.spec import load_spec_text

DAY = datetime.date(2021, 11, 17)
PREVIOUS = {
    "meeting": "Nimbus Open Source Community Meeting",
    "date": "2021-11-10",
    "attendees": ["Mara Quist"],
    "sections": [
        {
            "title": "Topics",
            "style": "label",
            "text": "Meeting-specific notes",
            "topics": [
                "Release planning",
                {"text": "Status Update", "owners": ["Ines Okafor"], "links": ["https://e.org/1"],
                 "items": ["Ines: done"]},
            ],
        },
        {"title": "Notes", "level": 3, "bullets": ["a", "b"]},
        {"topics": [{"text": "Untitled", "items": ["x"]}]},
    ],
    "actions": [{"text": "Old action"}],
}


def test_fresh_spec_has_meeting_date_and_a_starter_section() -> None:
    data = new_spec_data(DAY, default_config())
    assert data == {
        "meeting": "Open Source Community Meeting",
        "date": "2021-11-17",
        "attendees": [],
        "sections": [{"title": "Topics", "style": "label", "topics": []}],
    }


def test_config_prefills_attendees_and_standing_sections() -> None:
    config = replace(default_config(), attendees=("Mara Quist", "Tobias Renn"), sections=("Status Update", "Notes"))
    data = new_spec_data(DAY, config)
    assert data["attendees"] == ["Mara Quist", "Tobias Renn"]
    assert data["sections"] == [{"title": "Status Update", "topics": []}, {"title": "Notes", "topics": []}]


def test_previous_spec_gives_titles_with_items_emptied() -> None:
    data = new_spec_data(DAY, default_config(), PREVIOUS)
    assert data["attendees"] == ["Mara Quist"]
    assert data["sections"] == [
        {
            "title": "Topics",
            "style": "label",
            "topics": [
                {"text": "Release planning", "items": []},
                {"text": "Status Update", "owners": ["Ines Okafor"], "items": []},
            ],
        },
        {"title": "Notes", "level": 3, "bullets": []},
        {"topics": [{"text": "Untitled", "items": []}]},
    ]
    assert "actions" not in data


def test_standing_section_takes_the_previous_meetings_topics() -> None:
    config = replace(default_config(), sections=("Status Update", "notes"))
    titles = [s.get("title") for s in new_spec_data(DAY, config, PREVIOUS)["sections"]]
    assert titles == ["Status Update", "Notes", "Topics", None]


def test_carried_actions_fill_one_review_section_without_duplicates() -> None:
    carried = [
        {"text": "Write the guide", "owners": ["Mara Quist"], "since": "2021-11-03", "id": "aa11", "status": "open"},
        {"text": "Write the guide", "owners": ["Mara Quist"], "since": "2021-11-03", "id": "aa11", "status": "open"},
        {"text": "Book the room", "id": "bb22", "status": "open"},
    ]
    previous = {**PREVIOUS, "sections": [{"title": REVIEW_TITLE, "actions": [{"text": "stale"}]}]}
    sections = new_spec_data(DAY, default_config(), previous, carried)["sections"]
    assert [s["title"] for s in sections] == [REVIEW_TITLE]
    assert [a["id"] for a in sections[0]["actions"]] == ["aa11", "bb22"]


def test_carried_actions_come_first_when_there_is_no_review_section() -> None:
    sections = new_spec_data(DAY, default_config(), PREVIOUS, [{"text": "Ship", "status": "open"}])["sections"]
    assert sections[0] == {"title": REVIEW_TITLE, "actions": [{"text": "Ship", "status": "open"}]}


def test_spec_text_validates_renders_and_shows_dates_unquoted(config: Config) -> None:
    carried = [{"text": "Ship", "owners": ["Mara Quist"], "since": "2021-11-03", "due": "2021-11-24", "id": "cc"}]
    text = spec_text(new_spec_data(DAY, config, PREVIOUS, carried))
    first = text.split("\n", 1)[0]
    assert first.startswith("# yaml-language-server: $schema=file://")
    assert first.endswith("/meeting.schema.json")
    assert "\ndate: 2021-11-17\n" in text and "since: 2021-11-03" in text and "due: 2021-11-24" in text
    spec = load_spec_text(text, "2021-11-17.yaml")
    markdown = render_spec(spec, make_env(config), config)
    assert markdown.startswith("# Nimbus Open Source Community Meeting 11/17/2021\n\n\n    MIT License\n")
    assert "* [ ] Ship (due 2021-11-24) (Mara Quist)" in markdown
    assert "2. Status Update (Ines Okafor)" in markdown


def test_latest_before_picks_the_newest_earlier_spec(tmp_path: Path) -> None:
    for name in ("2021-11-03.yaml", "2021-11-10.yml", "2021-11-17.yaml", "2021-11-24.yaml", "notes.yaml", "x.md"):
        (tmp_path / name).write_text("date: 2021-01-01\n", encoding="utf-8")
    assert [p.name for _, p in spec_files(tmp_path)] == [
        "2021-11-03.yaml", "2021-11-10.yml", "2021-11-17.yaml", "2021-11-24.yaml",
    ]
    assert latest_before(DAY, tmp_path) == tmp_path / "2021-11-10.yml"
    assert latest_before(datetime.date(2021, 11, 3), tmp_path) is None
    assert latest_before(DAY, tmp_path / "missing") is None
