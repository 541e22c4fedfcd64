"""Rendering specs to Markdown: golden pairs, template lookup and safety, patterns, filters."""

from __future__ import annotations

import datetime
from dataclasses import replace
from pathlib import Path

import pytest

from minutes_kit.config import Config, default_config
from minutes_kit.errors import MinutesKitError
from minutes_kit.render import (
    action_text,
    check_template_name,
    format_pattern,
    item_text,
    make_env,
    output_path,
    render_spec,
    tidy,
    title_of,
)
from minutes_kit.spec import load_spec, load_spec_text

GOLDEN = Path(__file__).parent / "golden"
SPECS = sorted(GOLDEN.glob("*.yaml"))


def _render(text: str, config: Config | None = None) -> str:
    config = config or default_config()
    return render_spec(load_spec_text(text, "spec.yaml"), make_env(config), config)


@pytest.mark.parametrize("spec_path", SPECS, ids=[p.stem for p in SPECS])
def test_golden(spec_path: Path) -> None:
    config = default_config()
    rendered = render_spec(load_spec(spec_path), make_env(config), config)
    assert rendered == spec_path.with_suffix(".md").read_text(encoding="utf-8")


def test_golden_pairs_exist() -> None:
    assert len(SPECS) >= 5
    assert all(p.with_suffix(".md").is_file() for p in SPECS)


@pytest.mark.parametrize("spec_path", SPECS, ids=[p.stem for p in SPECS])
def test_output_is_tidy_and_byte_stable(spec_path: Path) -> None:
    config = default_config()
    first = render_spec(load_spec(spec_path), make_env(config), config).encode("utf-8")
    second = render_spec(load_spec(spec_path), make_env(config), config).encode("utf-8")
    assert first == second
    assert b"\r" not in first
    assert first.endswith(b"\n") and not first.endswith(b"\n\n")
    assert all(line == line.rstrip() for line in first.decode().split("\n"))


def test_seed_shape_title_and_license_block() -> None:
    lines = _render("date: 2021-11-10\n").split("\n")
    assert lines[:5] == [
        "# Open Source Community Meeting 11/10/2021",
        "",
        "",
        "    MIT License",
        "    Copyright(c) 2020 Futurewei Cloud",
    ]
    assert lines[5] == "" and lines[-2].startswith("    WHETHER IN AN ACTION")


@pytest.mark.parametrize("payload", ["{{ 7*7 }}", "{% for x in y %}", "{# c #}", "{{ config.__class__ }}"])
def test_spec_text_that_looks_like_jinja_is_data(payload: str) -> None:
    spec = f"date: 2021-11-10\ntitle: 'T {payload}'\nsections:\n  - text: '{payload}'\n    bullets: ['{payload}']\n"
    out = _render(spec)
    assert out.count(payload) == 3
    assert "49" not in out


def test_config_license_and_copyright() -> None:
    config = replace(default_config(), license_header="Nimbus License\nAll rights shared.")
    out = _render("date: 2021-11-10\nsections: [{topics: [x]}]\n", config)
    assert out == "# Open Source Community Meeting 11/10/2021\n\n\n    Nimbus License\n    All rights shared.\n\n1. x\n"


def test_license_false_renders_none() -> None:
    assert _render("date: 2021-11-10\nlicense: false\n") == "# Open Source Community Meeting 11/10/2021\n"


def test_section_styles_and_levels() -> None:
    out = _render(
        "date: 2021-11-10\nsections:\n  - {title: A, topics: [x]}\n  - {title: B, level: 4, topics: [y]}\n"
        "  - {title: C, style: label, topics: [z]}\n  - {title: D, style: none, topics: [w]}\n  - {topics: [v]}\n",
        replace(default_config(), license_header=""),
    )
    assert out.split("\n")[3:] == [
        "## A", "", "1. x", "", "#### B", "", "1. y", "", "**C**", "", "1. z", "", "1. w", "", "1. v", "",
    ]


def test_attendees_line() -> None:
    out = _render("date: 2021-11-10\nlicense: false\nattendees: [Mara Quist, Ines Okafor]\n")
    assert out.endswith("\n\nAttendees: Mara Quist, Ines Okafor\n")


# -- Templates ------------------------------------------------------------------------------------


def _repo(tmp_path: Path, **files: str) -> Config:
    for name, text in files.items():
        target = tmp_path / "templates" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return replace(default_config(), root=tmp_path, source=tmp_path / "minutes-kit.yaml")


def test_repository_template_overrides_the_packaged_one(tmp_path: Path) -> None:
    config = _repo(tmp_path, **{"minutes.md.j2": "Custom {{ title }} ({{ sections | length }} sections)\n"})
    assert _render("date: 2021-11-10\nsections: [{title: A}]\n", config) == (
        "Custom Open Source Community Meeting 11/10/2021 (1 sections)\n"
    )


def test_spec_and_config_pick_templates_by_name(tmp_path: Path) -> None:
    config = _repo(tmp_path, **{"short.md.j2": "S {{ date }}\n", "sub/other.md.j2": "O {{ meeting }}\n"})
    assert _render("date: 2021-11-10\ntemplate: short.md.j2\n", config) == "S 2021-11-10\n"
    assert _render("date: 2021-11-10\n", replace(config, template="sub/other.md.j2")) == (
        "O Open Source Community Meeting\n"
    )


def test_packaged_template_still_found_beside_repository_templates(tmp_path: Path) -> None:
    config = _repo(tmp_path, **{"short.md.j2": "S\n"})
    assert _render("date: 2021-11-10\n", config).startswith("# Open Source Community Meeting 11/10/2021\n")


@pytest.mark.parametrize("name", ["../secret.j2", "a/../../b.j2", "/etc/passwd", "..\\x.j2", "C:x.j2", ""])
def test_template_names_cannot_escape(name: str) -> None:
    with pytest.raises(MinutesKitError, match="is not allowed"):
        check_template_name(name, "spec.yaml")


def test_template_name_with_dotdot_in_a_spec_is_refused(tmp_path: Path) -> None:
    (tmp_path / "secret.j2").write_text("leaked\n", encoding="utf-8")
    config = _repo(tmp_path / "repo", **{"x.j2": "x\n"})
    with pytest.raises(MinutesKitError, match=r"'\.\./secret\.j2' is not allowed") as caught:
        _render("date: 2021-11-10\ntemplate: ../secret.j2\n", config)
    assert caught.value.path == "spec.yaml"


def test_unknown_template_names_the_template_and_folders(tmp_path: Path) -> None:
    with pytest.raises(MinutesKitError, match=r"unknown template 'nope\.j2' \(looked in .*templates"):
        _render("date: 2021-11-10\ntemplate: nope.j2\n", _repo(tmp_path))


def test_template_syntax_error_names_template_and_line(tmp_path: Path) -> None:
    config = _repo(tmp_path, **{"broken.md.j2": "# {{ title }}\n\n{% for x in sections %}\n"})
    with pytest.raises(MinutesKitError, match="template syntax error") as caught:
        _render("date: 2021-11-10\ntemplate: broken.md.j2\n", config)
    assert caught.value.path is not None and caught.value.path.endswith("broken.md.j2")
    assert caught.value.line == 3


def test_undefined_variable_in_template_is_an_error(tmp_path: Path) -> None:
    config = _repo(tmp_path, **{"strict.md.j2": "{{ no_such_thing }}\n"})
    with pytest.raises(MinutesKitError, match=r"'strict\.md\.j2'.*no_such_thing"):
        _render("date: 2021-11-10\ntemplate: strict.md.j2\n", config)


# -- Patterns and paths ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "dates", "expected"),
    [
        ("{meeting} {date:%m/%d/%Y}", [datetime.date(2021, 11, 10)], "Nimbus 11/10/2021"),
        ("{date:%Y-%m-%d}: {meeting}", [datetime.date(2021, 1, 5)], "2021-01-05: Nimbus"),
        ("{meeting} {date:%m/%d/%Y}", [datetime.date(2020, 8, 4), datetime.date(2020, 8, 5)],
         "Nimbus 08/04/2020, 08/05/2020"),
        ("{meeting} {date}", [datetime.date(2021, 11, 10)], "Nimbus 2021-11-10"),
    ],
)
def test_format_pattern(pattern: str, dates: list[datetime.date], expected: str) -> None:
    assert format_pattern(pattern, "Nimbus", dates, None) == expected


@pytest.mark.parametrize("pattern", ["{project} {date}", "{0}", "{meeting:>>>}"])
def test_bad_patterns_name_the_config(pattern: str) -> None:
    with pytest.raises(MinutesKitError, match="pattern") as caught:
        format_pattern(pattern, "Nimbus", [datetime.date(2021, 11, 10)], Path("minutes-kit.yaml"))
    assert caught.value.path == "minutes-kit.yaml"


def test_spec_title_overrides_the_pattern() -> None:
    spec = load_spec_text("date: 2021-11-10\ntitle: Nimbus Retro\n", "s.yaml")
    assert title_of(spec, default_config()) == "Nimbus Retro"


def test_output_path_follows_filename_pattern(tmp_path: Path) -> None:
    config = replace(default_config(), root=tmp_path, meeting="Nimbus Sync")
    spec = load_spec_text("date: 2021-11-10\ndates: [2021-11-11]\n", "s.yaml")
    assert output_path(spec, config) == tmp_path / "11102021 Nimbus Sync.md"
    custom = replace(config, filename="minutes/{date:%Y}/{date:%m-%d}.md")
    assert output_path(spec, custom) == tmp_path / "minutes/2021/11-10.md"


@pytest.mark.parametrize("pattern", ["../{date:%Y}.md", "/tmp/{date:%Y}.md"])
def test_output_path_cannot_leave_the_repository(tmp_path: Path, pattern: str) -> None:
    config = replace(default_config(), root=tmp_path, filename=pattern)
    with pytest.raises(MinutesKitError, match="leaves the minutes folder"):
        output_path(load_spec_text("date: 2021-11-10\n", "s.yaml"), config)


# -- Filters --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("plain", "plain"),
        ({"text": "Fix it", "owners": "Mara Quist"}, "Fix it (Mara Quist)"),
        ({"text": "Fix it", "owners": ["Mara Quist", "Ines Okafor"], "links": ["https://e.org/1", "https://e.org/2"]},
         "Fix it https://e.org/1 https://e.org/2 (Mara Quist/Ines Okafor)"),
        ({"text": "No owners", "owners": []}, "No owners"),
    ],
)
def test_item_text(item: object, expected: str) -> None:
    assert item_text(item) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("action", "expected"),
    [
        ("Send notes", "[ ] Send notes"),
        ({"text": "Ship", "owners": ["Mara Quist"], "due": "2021-11-17"}, "[ ] Ship (due 2021-11-17) (Mara Quist)"),
        ({"text": "Ship", "status": "done"}, "[x] Ship"),
    ],
)
def test_action_text(action: object, expected: str) -> None:
    assert action_text(action) == expected  # type: ignore[arg-type]


def test_tidy() -> None:
    assert tidy("a  \r\nb\t\n\n\n") == "a\nb\n"
    assert tidy("") == "\n"


def test_readme_worked_example_is_what_render_gives(tmp_path: Path) -> None:
    from minutes_kit.config import load_config

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Worked example\n", 1)[1].split("\n## Commands\n", 1)[0]
    blocks = [block.split("\n", 1) for block in section.split("```")[1::2]]
    (config_text, spec_text, markdown) = (body for _, body in blocks)
    assert [kind for kind, _ in blocks] == ["yaml", "yaml", "markdown"]
    (tmp_path / "minutes-kit.yaml").write_text(config_text, encoding="utf-8")
    config = load_config(tmp_path / "minutes-kit.yaml")
    assert render_spec(load_spec_text(spec_text, "spec.yaml"), make_env(config), config) == markdown
