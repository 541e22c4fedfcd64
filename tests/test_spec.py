"""Loading and validating meeting specs."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from minutes_kit.errors import MinutesKitError
from minutes_kit.spec import load_spec, load_spec_text, parse_date

GOOD = """\
meeting: Nimbus Open Source Community Meeting
date: 2021-11-10
dates: ["2021-11-11"]
sections:
  - title: Topics
    topics:
      - text: Release planning
        owners: [Mara Quist]
"""


def test_loads_plain_data_with_iso_dates() -> None:
    spec = load_spec_text(GOOD, "meetings/2021-11-10.yaml")
    assert spec.date == datetime.date(2021, 11, 10)
    assert spec.dates == (datetime.date(2021, 11, 10), datetime.date(2021, 11, 11))
    assert spec.meeting == "Nimbus Open Source Community Meeting"
    assert spec.data["date"] == "2021-11-10"
    assert spec.data["sections"][0]["topics"][0]["owners"] == ["Mara Quist"]
    assert spec.path == Path("meetings/2021-11-10.yaml")


def test_meeting_defaults_to_the_configs() -> None:
    spec = load_spec_text("date: 2021-11-10\n", "x.yaml")
    assert spec.meeting is None
    assert spec.meeting_name("Nimbus Sync") == "Nimbus Sync"


def test_repeating_the_first_date_in_dates_does_not_duplicate_it() -> None:
    spec = load_spec_text("date: 2021-11-10\ndates: [2021-11-10, 2021-11-12]\n", "x.yaml")
    assert spec.dates == (datetime.date(2021, 11, 10), datetime.date(2021, 11, 12))


@pytest.mark.parametrize(
    ("text", "line", "column", "fragment"),
    [
        ("date: 2021-11-10\nsections:\n  - title: Topics\n    topics: 5\n", 4, 13, "not of type 'array'"),
        ("date: 2021-11-10\ncolour: blue\n", 2, 1, "colour"),
        ("date: 2021-11-10\nsections:\n  - topics:\n      - text: x\n        owner: Mara\n", 5, 9, "owner"),
        ("meeting: Nimbus\n", 1, 1, "'date' is a required property"),
        ('date: "2021-13-45"\n', 1, 7, "2021-13-45"),
        ("date: 2021-11-10\nactions:\n  - text: Ship it\n    status: finished\n", 4, 13, "finished"),
        ("date: 2021-11-10\nsections:\n  - title: T\n    style: banner\n", 4, 12, "banner"),
    ],
)
def test_schema_errors_are_located(text: str, line: int, column: int, fragment: str) -> None:
    with pytest.raises(MinutesKitError) as caught:
        load_spec_text(text, "spec.yaml")
    error = caught.value
    assert (error.path, error.line, error.column) == ("spec.yaml", line, column)
    assert fragment in error.message


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "empty spec"),
        ("- just\n- a list\n", "must be a mapping"),
        ("date: [unclosed\n", "invalid YAML"),
    ],
)
def test_bad_documents_are_one_line_errors(text: str, fragment: str) -> None:
    with pytest.raises(MinutesKitError, match=fragment) as caught:
        load_spec_text(text, "spec.yaml")
    assert caught.value.path == "spec.yaml"


def test_load_spec_reads_the_file(tmp_path: Path) -> None:
    path = tmp_path / "2021-11-10.yaml"
    path.write_text(GOOD, encoding="utf-8")
    assert load_spec(path).path == path
    with pytest.raises(MinutesKitError, match="no such file"):
        load_spec(tmp_path / "missing.yaml")


@pytest.mark.parametrize("value", ["2021-13-45", "2021-02-30", "11/10/2021", "2021-1-5", "tomorrow", ""])
def test_parse_date_refuses_non_dates(value: str) -> None:
    with pytest.raises(MinutesKitError, match="invalid date"):
        parse_date(value)


def test_parse_date_accepts_iso_dates() -> None:
    assert parse_date(" 2021-11-10 ") == datetime.date(2021, 11, 10)


def test_readme_documents_every_spec_and_config_key() -> None:
    from minutes_kit.resources import schema

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    spec_ref = readme.split("## Meeting spec reference\n", 1)[1].split("\n## ", 1)[0]
    config_ref = readme.split("## Configuration reference\n", 1)[1].split("\n## ", 1)[0]
    meeting = schema("meeting.schema.json")
    spec_keys = {*meeting["properties"], *meeting["$defs"]["section"]["properties"]}
    for kind in ("item", "action"):
        spec_keys |= set(meeting["$defs"][kind]["oneOf"][1]["properties"])
    assert [key for key in sorted(spec_keys) if f"`{key}`" not in spec_ref] == []
    config_keys = schema("config.schema.json")["properties"]
    assert [key for key in config_keys if f"| `{key}` |" not in config_ref] == []
