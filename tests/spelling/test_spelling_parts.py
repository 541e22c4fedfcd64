from __future__ import annotations

import pytest

from minutes_kit import cache
from minutes_kit.document import Span
from minutes_kit.spelling.edits import distance, is_transposition, one_edit, slips
from minutes_kit.spelling.lexicon import Lexicon, anchors, compile_table, lexicon
from minutes_kit.spelling.pinyin import looks_like_name, syllable_count
from minutes_kit.spelling.tokens import camel_parts, span_tokens


def test_compiled_table_finds_every_word_and_only_those() -> None:
    table = Lexicon(compile_table({"alpha": 5, "beta": 7, "gamma": 1}))
    assert [table.frequency(w) for w in ("alpha", "beta", "gamma", "delta", "alph", "alphas")] == [5, 7, 1, 0, 0, 0]
    assert "beta" in table and "delta" not in table


def test_lexicon_is_compiled_once_into_the_cache() -> None:
    lexicon.cache_clear()
    words = lexicon()
    assert words.frequency("the") > 1_000_000 and words.frequency("commuication") == 0
    assert any(path.suffix == ".bin" for path in (cache.cache_dir() / "lexicon").iterdir())
    lexicon.cache_clear()
    assert lexicon().frequency("communication") == words.frequency("communication")
    assert "performance" in anchors()


def test_tokens_skip_what_is_not_prose() -> None:
    span = Span(3, 5, "Mail a@b.io re setup.py, v2 and E2E in docs/a/b; it' and users' and 'quoted' don’t", 1)
    found = [(t.column, t.text, t.key) for t in span_tokens(span)]
    assert found == [(5, "Mail", "Mail"), (17, "re", "re"), (33, "and", "and"), (41, "in", "in"),
                     (54, "it'", "it'"), (58, "and", "and"), (62, "users'", "users"), (69, "and", "and"),
                     (74, "quoted'", "quoted"), (82, "don’t", "don't")]


def test_tokens_next_to_masked_text_are_skipped() -> None:
    assert [t.text for t in span_tokens(Span(1, 1, "\x00\x00s word", 1))] == ["word"]


@pytest.mark.parametrize(
    ("word", "parts"),
    [("RocketMQ", ["Rocket", "MQ"]), ("fixedIPs", ["fixed", "IPs"]), ("plain", ["plain"]), ("gRPC", ["g", "RPC"])],
)
def test_camel_parts(word: str, parts: list[str]) -> None:
    assert camel_parts(word) == parts


def test_slips_describe_the_typo() -> None:
    found = {(s.word, s.kind) for s in slips("wil")}
    assert ("will", "missing") in found and ("wl", "extra") in found and ("iwl", "swapped") in found
    doubled = [s for s in slips("wil") if s.word == "will"]
    assert all(s.doubled for s in doubled)
    known = {"the": 10, "ten": 5}
    assert one_edit("teh", lambda w: known.get(w, 0), accept=lambda s: s.kind == "swapped") == {"the": 10}


def test_distances() -> None:
    assert distance("dicussion", "discussion") == 1 and distance("partiiton", "partition") == 1
    assert is_transposition("DCHP", "DHCP") and not is_transposition("SNAT", "DNAT")


@pytest.mark.parametrize(("word", "count"), [("Minli", 2), ("Xiaoyan", 2), ("Remainining", 4), ("Desgn", 0)])
def test_pinyin_syllables(word: str, count: int) -> None:
    assert syllable_count(word) == count


def test_only_capitalised_pinyin_words_look_like_names() -> None:
    assert looks_like_name("Kaidong") and not looks_like_name("kaidong") and not looks_like_name("Remainining")
