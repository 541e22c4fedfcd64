"""Action items: recognised in Markdown and specs, followed across meetings by a stable id."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from minutes_kit.archive.actions import (
    UNASSIGNED,
    action_id,
    by_owner,
    collect,
    find_meetings,
    follow,
    open_actions_before,
)
from minutes_kit.archive.outline import parse_outline
from minutes_kit.archive.sightings import Sighting, markdown_sightings, spec_sightings
from minutes_kit.config import Config
from minutes_kit.errors import MinutesKitError
from minutes_kit.yamlio import load

DAY = datetime.date(2022, 3, 2)

MINUTES = """# Nimbus Open Source Community Meeting 03/02/2022

1. Queue design (Ines)
    * Action item: write the benchmark guide
    * Mara: TODO: rerun the soak test
    * AI (Tobias): bump the client version
2. Release
    * Action Items:
        * Tag the release candidate (Mara Quist)
        * ~~Close the milestone~~
    * Actions speak louder than plans

**Action Items**

* Ask the infra team for two more runners
* [x] Publish the notes (Toby)

TODO: move the docs site
"""


def _sightings(text: str, config: Config) -> list[tuple[str, tuple[str, ...], bool, int]]:
    found = markdown_sightings(parse_outline(text), DAY, "m.md", config)
    return [(s.text, s.owners, s.done, s.line) for s in found]


def test_markdown_action_items(config: Config) -> None:
    assert _sightings(MINUTES, config) == [
        ("write the benchmark guide", ("Ines",), False, 4),
        ("rerun the soak test", ("Mara",), False, 5),
        ("bump the client version", ("Tobias",), False, 6),
        ("Tag the release candidate", ("Mara Quist",), False, 9),
        ("Close the milestone", (), True, 10),
        ("Ask the infra team for two more runners", (), False, 15),
        ("Publish the notes", ("Toby",), True, 16),
        ("move the docs site", (), False, 18),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "* Actions speak louder than plans\n",
        "## Action Items\n\n",
        "* Aid station ready\n",
        "Todo lists are useful\n",
    ],
)
def test_no_action_items(text: str, config: Config) -> None:
    assert _sightings(text, config) == []


SPEC = """date: 2022-03-09
sections:
  - title: Review of Action Items
    actions:
      - text: write the benchmark guide
        owners: Ines
        since: 2022-03-02
        id: abcd1234
      - {text: Tag the release candidate, status: done}
  - title: Topics
    topics:
      - text: Queue
        owners: [Ines Okafor]
        items:
          - "Action item: profile the consumer"
          - text: "Action Items:"
            items: [Split the topic map]
actions:
  - Plain top-level item
"""


def test_spec_action_items(config: Config) -> None:
    found = spec_sightings(load(SPEC, "s.yaml"), datetime.date(2022, 3, 9), "s.yaml", config)
    assert [(s.text, s.owners, s.done, s.line, s.id) for s in found] == [
        ("write the benchmark guide", ("Ines",), False, 5, "abcd1234"),
        ("Tag the release candidate", (), True, 9, None),
        ("profile the consumer", ("Ines Okafor",), False, 15, None),
        ("Split the topic map", ("Ines Okafor",), False, 17, None),
        ("Plain top-level item", (), False, 19, None),
    ]
    assert found[0].since == DAY


def _seen(text: str, day: int, done: bool = False, owners: tuple[str, ...] = ()) -> Sighting:
    return Sighting(text, owners, datetime.date(2022, 3, day), f"{day}.md", day, done)


def test_an_item_carried_over_weeks_keeps_its_id_and_counts_its_meetings() -> None:
    first = _seen("Write the **benchmark** guide.", 2)
    again = _seen("write the benchmark guide", 9, owners=("Ines",))
    other = _seen("Tag the release", 9)
    done = _seen("Write the benchmark guide", 16, done=True)
    days = [datetime.date(2022, 3, d) for d in (2, 9, 16, 23)]
    guide, tag = follow([done, other, again, first], days)
    assert guide.id == action_id("write the benchmark guide", datetime.date(2022, 3, 2))
    assert (guide.since, guide.status, guide.owners, guide.open_for) == (days[0], "done", ("Ines",), 3)
    assert guide.meetings == days[:3] and guide.path == "2.md"
    assert (tag.status, tag.open_for, tag.since) == ("open", 3, days[1])


def test_a_carried_id_links_back_to_the_first_meeting() -> None:
    first = _seen("Write the guide", 2)
    carried = Sighting("Write the guide", (), datetime.date(2022, 3, 9), "s.yaml", 5, False, "abcd1234", first.date)
    [single] = follow([first, carried], [first.date, carried.date])
    assert single.id == action_id("Write the guide", first.date)
    [by_id] = follow([carried], [carried.date])
    assert by_id.id == "abcd1234" and by_id.since == first.date


def test_by_owner_uses_the_roster_and_lists_unassigned_last(config: Config) -> None:
    items = follow([_seen("a", 2, owners=("Toby",)), _seen("b", 3), _seen("c", 4, owners=("Mara", "Tobias Renn"))], [])
    groups = [(name, [a.text for a in actions]) for name, actions in by_owner(items, config)]
    assert groups == [("Mara Quist", ["c"]), ("Tobias Renn", ["a", "c"]), (UNASSIGNED, ["b"])]


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_meetings_prefer_the_spec_and_skip_files_that_are_not_minutes(tmp_path: Path, config: Config) -> None:
    _write(tmp_path, "03022022 Nimbus.md", MINUTES)
    _write(tmp_path, "README.md", "# Nimbus minutes\n\nTODO: nothing\n")
    _write(tmp_path, "meetings/2022-03-02.yaml", "date: 2022-03-02\nactions: [From the spec]\n")
    _write(tmp_path, "meetings/2022-03-09.yaml", SPEC)
    meetings = find_meetings([tmp_path], config)
    assert [(m.date.day, m.is_spec) for m in meetings] == [(2, True), (9, True)]
    assert collect(meetings)[0].text == "From the spec"


def test_a_named_file_without_a_date_is_an_error(tmp_path: Path, config: Config) -> None:
    readme = _write(tmp_path, "README.md", "# Nimbus\n")
    with pytest.raises(MinutesKitError, match="no meeting date"):
        find_meetings([readme], config)
    with pytest.raises(MinutesKitError, match="no such file"):
        find_meetings([tmp_path / "missing.md"], config)


def test_open_actions_before_carries_the_latest_meetings_open_items(tmp_path: Path, config: Config) -> None:
    from dataclasses import replace

    settings = replace(config, root=tmp_path)
    _write(tmp_path, "03022022 Nimbus.md", MINUTES)
    carried = open_actions_before(datetime.date(2022, 3, 9), settings, settings.specs_dir)
    texts = [entry["text"] for entry in carried]
    assert "write the benchmark guide" in texts and "Close the milestone" not in texts
    assert "Publish the notes" not in texts
    guide = carried[texts.index("write the benchmark guide")]
    assert guide == {
        "text": "write the benchmark guide", "owners": "Ines", "since": "2022-03-02",
        "id": action_id("write the benchmark guide", DAY), "status": "open",
    }  # fmt: skip
    assert open_actions_before(DAY, settings, settings.specs_dir) == []
