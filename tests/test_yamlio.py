from __future__ import annotations

import time

import pytest

from minutes_kit import yamlio
from minutes_kit.errors import MinutesKitError


def test_positions_are_one_based() -> None:
    data = yamlio.load("date: 2021-11-10\nsections:\n  - title: Status\n", "s.yaml")
    assert yamlio.position(data, "date") == (1, 7)
    assert yamlio.key_position(data, "sections") == (2, 1)
    assert yamlio.instance_position(data, ["sections", 0, "title"]) == (3, 12)


def test_malformed_yaml_is_located() -> None:
    with pytest.raises(MinutesKitError) as caught:
        yamlio.load("date: [2021-11-10\nmeeting: x\n", "s.yaml")
    assert caught.value.path == "s.yaml" and caught.value.line is not None
    assert "invalid YAML" in str(caught.value)


def test_alias_bomb_fails_fast() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i, name in enumerate("bcdefghi"):
        prev = "abcdefghi"[i]
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    started = time.perf_counter()
    with pytest.raises(MinutesKitError, match="alias"):
        yamlio.load("\n".join(lines) + "\n", "bomb.yaml")
    assert time.perf_counter() - started < 5


def test_impossible_date_is_an_input_error() -> None:
    with pytest.raises(MinutesKitError, match="invalid YAML"):
        yamlio.load("date: 2021-13-45\n", "s.yaml")


def test_to_plain_turns_dates_into_iso_strings() -> None:
    data = yamlio.load("date: 2021-11-10\nitems: [a, b]\n", "s.yaml")
    assert yamlio.to_plain(data) == {"date": "2021-11-10", "items": ["a", "b"]}


def test_dump_round_trips() -> None:
    text = "date: 2021-11-10\nsections:\n  - title: Status\n    topics:\n      - Ship it\n"
    assert yamlio.to_plain(yamlio.load(yamlio.dump(yamlio.load(text, "s")), "s")) == yamlio.to_plain(
        yamlio.load(text, "s")
    )
