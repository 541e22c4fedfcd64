"""Importing Markdown minutes into spec data, and the round trip back through the renderer."""

from __future__ import annotations

import datetime
from dataclasses import replace
from pathlib import Path

import pytest

from minutes_kit.archive.importer import import_markdown, round_trip, spec_yaml
from minutes_kit.archive.lines import action_line, split_links, split_owners, split_speaker
from minutes_kit.archive.outline import parse_outline, structure, text_lines
from minutes_kit.config import Config, default_config
from minutes_kit.errors import MinutesKitError
from minutes_kit.spec import load_spec_text

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
LICENSE = "\n".join(
    "    " + line if line else "" for line in default_config().license_header.split("\n")
)



def _spaced(text: str) -> str:
    # Real minutes carry trailing spaces; `·` marks them so the source file itself stays clean.
    return text.replace("·", " ")


# Two meetings in the seeds' shape, with our own invented project and people.
TOPICS_MINUTES = f"""# Nimbus Open Source Community Meeting 03/02/2022


{LICENSE}

**Topics**

1. Nimbus 0.9 Release Planning
    * [Storage] Cross-zone replication for object buckets #412 https://example.org/nimbus/issues/412
    * Scheduler refactor for lower latency
    * Run the soak test via Rally

2. Queue Design and Implementation
    * Message queue scale path
        * https://example.org/nimbus/pull/88 Discussion
        * Action item: A short guide for running the queue benchmarks

3. Tracing progress
    * A small demo in Go and Rust, will try with FFI first

4. Docs site (Ines)
    * Draft in review, screenshots still missing.
"""

STATUS_MINUTES = _spaced(f"""# Nimbus Open Source Community Meeting 03/09/2022


{LICENSE}

1. Status Update
    * Scale test framework for 10k nodes (Mara Quist/Tobias Renn)
        * Mara: Hit a problem setting up the controller node, will share the script.··
        * Tobias: The stress test passed. Will raise the scale next.·
    * Queue scale path (Ines Okafor)
        * Ines:·
            * Tested the link between agent and queue, all good.
            * Protobuf API done, needs to be pushed.
         * Tobias：Need to work on the load test.·
    * Model serving (Mara Quist)
        *  Demo of the ranking model.
····
··
""")

# Other shapes: headings, labels, text between lists, two meetings in one file, Chinese, Q&A, tables.
ARCHIVE_MINUTES = _spaced(f"""# 7/13/2022, 7/15/2022 Nimbus Sync #
·
{LICENSE}

Meeting Recording: https://example.org/recordings/713

##  7/13 Status Update·

### Storage

- Bucket replication (Mara)
    * There is a case with lost writes.
- Gateway
  1. Auth checked
  2. Quota pending

**Open Questions**

* Question:
  * Is the index rebuilt on restart?
    * Not yet. Subject to change.

Some closing words.

3. Third topic
4. Fourth topic

## 7/15 Status Update

* 中文段落：存储扩展的设计与实现
* Ines: TODO (Tobias): review the gateway patch

| a | b |
|---|---|
| 1 | 2 |

* [ ] Write the release notes (due 2022-07-20) (Mara Quist)
* [x] Tag the release (Tobias Renn)
""")


def _imported(text: str, config: Config, name: str = "minutes.md") -> dict[str, object]:
    return import_markdown(text, name, config).data


@pytest.mark.parametrize("text", [TOPICS_MINUTES, STATUS_MINUTES, ARCHIVE_MINUTES], ids=["topics", "status", "shapes"])
def test_round_trip_keeps_structure_and_every_text_line(text: str, config: Config) -> None:
    result = round_trip(text, "minutes.md", config)
    before, after = parse_outline(text), parse_outline(result.rendered)
    assert text_lines(before) == text_lines(after)
    assert structure(before) == structure(after)
    assert result.same_lines and result.same_structure


def test_a_second_level_title_keeps_its_text(config: Config) -> None:
    # The spec has no title level: the title comes back as `#`, every text line still in order.
    result = round_trip(ARCHIVE_MINUTES.replace("# 7/13", "## 7/13", 1), "minutes.md", config)
    assert result.same_lines and not result.same_structure
    assert result.rendered.startswith("# 7/13/2022, 7/15/2022 Nimbus Sync\n")


def test_minutes_in_the_rendered_shape_come_back_byte_for_byte(config: Config) -> None:
    assert round_trip(TOPICS_MINUTES, "minutes.md", config).rendered == TOPICS_MINUTES


def test_topics_minutes_become_a_terse_spec(config: Config) -> None:
    data = _imported(TOPICS_MINUTES, config)
    assert data["date"] == datetime.date(2022, 3, 2)
    assert "title" not in data and "license" not in data and "meeting" not in data
    [section] = data["sections"]  # type: ignore[misc]
    assert section["title"] == "Topics" and section["style"] == "label"
    first, second, _, docs = section["topics"]
    assert first["items"][0] == {
        "text": "[Storage] Cross-zone replication for object buckets #412",
        "links": ["https://example.org/nimbus/issues/412"],
    }
    assert second["items"][0]["items"][1] == "Action item: A short guide for running the queue benchmarks"
    assert docs == {"text": "Docs site", "owners": "Ines", "items": ["Draft in review, screenshots still missing."]}


def test_owner_lists_and_untitled_sections(config: Config) -> None:
    imported = import_markdown(STATUS_MINUTES, "m.md", config)
    [section] = imported.data["sections"]
    assert "title" not in section
    scale = section["topics"][0]["items"][0]
    assert scale["owners"] == ["Mara Quist", "Tobias Renn"]
    assert imported.owners == ("Mara Quist", "Tobias Renn", "Ines Okafor")
    assert set(imported.speakers) == {"Mara", "Tobias", "Ines"}


def test_other_shapes_are_recognised(config: Config) -> None:
    data = _imported(ARCHIVE_MINUTES, config)
    assert data["date"] == datetime.date(2022, 7, 13) and data["dates"] == [datetime.date(2022, 7, 15)]
    assert data["title"] == "7/13/2022, 7/15/2022 Nimbus Sync" and data["meeting"] == "Nimbus Sync"
    sections = data["sections"]
    assert sections[0] == {"text": "Meeting Recording: https://example.org/recordings/713"}
    assert sections[1] == {"title": "7/13 Status Update"}
    assert sections[2]["level"] == 3 and sections[2]["bullets"][1]["numbered"] is True
    assert sections[3]["style"] == "label"
    assert sections[4] == {"text": "Some closing words.", "topics": ["Third topic", "Fourth topic"], "start": 3}
    assert sections[-1]["actions"] == [
        {"text": "Write the release notes", "due": "2022-07-20", "owners": "Mara Quist"},
        {"text": "Tag the release", "owners": "Tobias Renn", "status": "done"},
    ]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("", False),
        ("    Copyright 2022 Nimbus\n\n    Apache-2.0\n\n", "Copyright 2022 Nimbus\n\nApache-2.0"),
        (f"{LICENSE}\n\n", None),
    ],
    ids=["missing", "own", "configured"],
)
def test_license_header(header: str, expected: object, config: Config) -> None:
    data = _imported(f"# Nimbus Open Source Community Meeting 03/02/2022\n\n{header}* item\n", config)
    assert data.get("license") == expected


def test_date_comes_from_the_file_name_when_the_title_has_none(config: Config) -> None:
    data = _imported("# 设计方案\n\n* item\n", config, "04092022 Nimbus Meeting.md")
    assert data["date"] == datetime.date(2022, 4, 9) and data["title"] == "设计方案"


def test_no_date_anywhere_is_an_error_naming_the_way_out(config: Config) -> None:
    with pytest.raises(MinutesKitError, match="--date"):
        import_markdown("# Planning\n\n* item\n", "notes.md", config)
    with pytest.raises(MinutesKitError, match="no Markdown content"):
        import_markdown("\n\n", "notes.md", config)


def test_explicit_date_wins(config: Config) -> None:
    data = import_markdown("# Planning\n\n* item\n", "notes.md", config, datetime.date(2022, 1, 5)).data
    assert data["date"] == datetime.date(2022, 1, 5)


def test_spec_yaml_loads_and_validates(config: Config) -> None:
    text = spec_yaml(_imported(ARCHIVE_MINUTES, config))
    assert text.startswith("# yaml-language-server: $schema=")
    spec = load_spec_text(text, "m.yaml")
    assert spec.dates == (datetime.date(2022, 7, 13), datetime.date(2022, 7, 15))
    assert "|-\n" in text  # the table stays a readable block


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Scale tests (Mara Quist/Tobias Renn)", ("Scale tests", ["Mara Quist", "Tobias Renn"])),
        ("Docs (Ines)", ("Docs", ["Ines"])),
        ("Gateway (checked)", ("Gateway (checked)", [])),
        ("Gateway (Done)", ("Gateway (Done)", [])),
        ("Fix (Issue is solved)", ("Fix (Issue is solved)", [])),
        ("Docs(Ines)", ("Docs(Ines)", [])),
        ("(Ines)", ("(Ines)", [])),
    ],
)
def test_split_owners_without_roster(text: str, expected: tuple[str, list[str]]) -> None:
    assert split_owners(text, default_config()) == expected


def test_roster_decides_owners_when_there_is_one(config: Config) -> None:
    assert split_owners("Load test (Toby)", config) == ("Load test", ["Toby"])
    assert split_owners("Load test (Memory Bottleneck)", config) == ("Load test (Memory Bottleneck)", [])
    assert split_owners("Load test (Memory Bottleneck)", replace(config, people=()))[1] == ["Memory Bottleneck"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Notes https://a.example/x https://b.example/y", ("Notes", ["https://a.example/x", "https://b.example/y"])),
        ("https://a.example/x", ("https://a.example/x", [])),
        ("see https://a.example/x later", ("see https://a.example/x later", [])),
    ],
)
def test_split_links(text: str, expected: tuple[str, list[str]]) -> None:
    assert split_links(text) == expected


def test_speaker_prefix(config: Config) -> None:
    assert split_speaker("Mara: ran the test", config) == ("Mara", "ran the test")
    assert split_speaker("Problem: too slow", replace(config, people=())) == (None, "Problem: too slow")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Action item: write the guide", ("write the guide", (), False)),
        ("Action Items (Mara): write the guide", ("write the guide", ("Mara",), False)),
        ("AI: bump the version (Tobias)", ("bump the version", ("Tobias",), False)),
        ("todo - rerun the soak test", ("rerun the soak test", (), False)),
        ("Ines: TODO: review the patch", ("review the patch", ("Ines",), False)),
        ("~~Action: tag the release~~", ("tag the release", (), True)),
        ("Action: tag the release (done)", ("tag the release", (), True)),
        ("[x] Action item: tag the release", ("tag the release", (), True)),
        ("Action Items:", ("", (), False)),
    ],
)
def test_action_lines(text: str, expected: tuple[str, tuple[str, ...], bool], config: Config) -> None:
    found = action_line(text, config)
    assert found is not None and (found.text, found.owners, found.done) == expected


@pytest.mark.parametrize("text", ["Actions speak louder", "Aid for the team", "Todo list later", "Gateway: AI model"])
def test_not_action_lines(text: str, config: Config) -> None:
    assert action_line(text, config) is None


SEEDS = sorted((SHARED / "seeds").glob("*.txt")) if SHARED.is_dir() else []


@pytest.mark.skipif(not SEEDS, reason="the shared seed minutes are not available")
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_the_seeds_round_trip_exactly(seed: Path, tmp_path: Path) -> None:
    from minutes_kit.files import read_source

    copy = tmp_path / f"{seed.stem}.md"
    copy.write_bytes(seed.read_bytes())
    result = round_trip(read_source(copy).text, copy, default_config())
    assert result.same_structure and result.same_lines
