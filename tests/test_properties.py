"""Property tests: the lint core never raises, stays inside the document, and fixes are safe."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from minutes_kit.config import Config, default_config
from minutes_kit.lint import apply_edits, fix_text, lint_text

CONFIG: Config = default_config()

WORDS = st.sampled_from(
    ["with", "the", "Mara", "Quist", "gateway", "teh", "envirnoment", "release", "ACA", "v2", "100k", "：",
     "ï¼š", "Jin", "集群", "（", "with with", "get the get the", "`code`", "https://example.org/x", "a@b.io"]
)
PHRASE = st.lists(WORDS, min_size=1, max_size=8).map(" ".join)
LINE = st.one_of(
    PHRASE,
    PHRASE.map(lambda p: f"# {p} 11/10/2021"),
    PHRASE.map(lambda p: f"## {p}"),
    PHRASE.map(lambda p: f"**{p}**"),
    st.tuples(st.integers(1, 12), PHRASE).map(lambda t: f"{t[0]}. {t[1]}"),
    st.tuples(st.integers(0, 3), PHRASE).map(lambda t: "    " * t[0] + f"* {t[1]}"),
    PHRASE.map(lambda p: f"    * {p.split()[0]}: {p} (Mara Quist/Tobias Renn)"),
    st.just("    MIT License"),
    st.just("```"),
    st.just(""),
    PHRASE.map(lambda p: f"<!-- minutes-kit: disable={p.split()[0]} -->"),
    st.just("<!-- minutes-kit: disable-next-line=repeated-word -->"),
    st.just("| a | b |\n|---|---|\n| with with | x |"),
)
MARKDOWN = st.lists(LINE, max_size=25).map("\n".join)


def _inside(text: str, path: str) -> None:
    lines = text.split("\n")
    for finding in lint_text(text, path, CONFIG):
        assert 1 <= finding.line <= len(lines), finding
        assert 1 <= finding.column <= len(lines[finding.line - 1]) + 1, finding


@given(st.text())
def test_arbitrary_text_never_raises(text: str) -> None:
    _inside(text.replace("\r", ""), "m.md")


@given(MARKDOWN)
def test_seed_constructs_never_raise(text: str) -> None:
    _inside(text, "11102021 Open Source Community Meeting.md")


@given(st.binary(max_size=400))
def test_leniently_decoded_bytes_never_raise(raw: bytes) -> None:
    _inside(raw.decode("utf-8", errors="replace").replace("\r", ""), "m.md")


@given(MARKDOWN)
def test_fix_is_idempotent_and_touches_only_reported_spans(text: str) -> None:
    path = "11102021 Open Source Community Meeting.md"
    findings = lint_text(text, path, CONFIG)
    fixed, applied, _ = fix_text(text, path, CONFIG)
    assert fix_text(fixed, path, CONFIG)[0] == fixed
    assert all(f.fixable for f in applied)
    # One pass of the reported edits, and nothing else, is what --fix writes whenever that pass
    # leaves nothing more to fix.
    replayed, _ = apply_edits(text, [f.fix for f in findings if f.fix is not None])
    if not any(f.fixable for f in lint_text(replayed, path, CONFIG)):
        assert replayed == fixed
