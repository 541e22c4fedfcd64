"""Configuration: defaults < project `minutes-kit.yaml` (found by walking up) < `--config` < flags."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from minutes_kit import cache
from minutes_kit.errors import MinutesKitError

CONFIG_NAME = "minutes-kit.yaml"
CONFIG_NAMES = (CONFIG_NAME, ".minutes-kit.yaml")
DEFAULT_MEETING = "Open Source Community Meeting"
DEFAULT_TITLE = "{meeting} {date:%m/%d/%Y}"
DEFAULT_FILENAME = "{date:%m%d%Y} {meeting}.md"
DEFAULT_SPECS = "meetings"
DEFAULT_TEMPLATE = "minutes.md.j2"
DEFAULT_COPYRIGHT = "Copyright(c) 2020 Futurewei Cloud"


@dataclass(frozen=True)
class Person:
    """A roster entry: a full name and the other names the minutes use for the same person."""

    name: str
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Config:
    """Resolved settings for one minutes repository (or the built-in defaults)."""

    root: Path | None = None
    source: Path | None = None
    meeting: str = DEFAULT_MEETING
    title: str = DEFAULT_TITLE
    filename: str = DEFAULT_FILENAME
    specs: str = DEFAULT_SPECS
    template: str = DEFAULT_TEMPLATE
    license_header: str = ""
    required_sections: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()
    attendees: tuple[str, ...] = ()
    people: tuple[Person, ...] = ()
    words: frozenset[str] = frozenset()
    rules: Mapping[str, Mapping[str, Any]] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def base(self) -> Path:
        """Folder that relative paths in the config (and output paths) are resolved against."""
        return self.root if self.root is not None else Path.cwd()

    @property
    def specs_dir(self) -> Path:
        return self.base / self.specs

    def with_rules(self, rules: Mapping[str, Mapping[str, Any]]) -> Config:
        return replace(self, rules=MappingProxyType(dict(rules)))


def default_license_header(copyright_line: str = DEFAULT_COPYRIGHT) -> str:
    """The seeds' MIT block, unindented, with its copyright line."""
    from minutes_kit.resources import templates_dir

    text = (templates_dir() / "license-mit.txt").read_text(encoding="utf-8")
    return text.replace("{copyright}", copyright_line).rstrip("\n")


def default_config() -> Config:
    """The embedded defaults: the seeds' conventions."""
    return Config(license_header=default_license_header())


def find_config(start: Path) -> Path | None:
    """Walk up from `start` (a file or folder) to the repository root looking for a config file."""
    here = start.resolve()
    if not here.is_dir():
        here = here.parent
    for folder in (here, *here.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                return candidate
        if (folder / ".git").exists():
            return None
    return None


def _validate(data: Any, text: str, path: Path) -> None:
    from minutes_kit.resources import schema

    schema_doc = schema("config.schema.json")
    if not isinstance(data, dict):
        raise MinutesKitError("config must be a mapping of keys to values", path, 1, 1)
    valid_keys = sorted(schema_doc["properties"])
    for key in data:
        if key not in schema_doc["properties"]:
            from minutes_kit.yamlio import key_position

            line, col = key_position(data, key)
            raise MinutesKitError(f"unknown key {key!r}; valid keys: {', '.join(valid_keys)}", path, line, col)
    key = cache.digest("config-valid", text, str(sorted(schema_doc.items())))
    if cache.read(f"valid/{key}") is not None:
        return
    from minutes_kit.schema_check import first_error

    error = first_error(data, schema_doc, path)
    if error is not None:
        raise error
    cache.write(f"valid/{key}", b"ok")


def _read_relative(base: Path, name: str, source: Path, what: str) -> str:
    from minutes_kit.files import read_source

    target = base / name
    try:
        return read_source(target, allow_empty=True).text
    except MinutesKitError as exc:
        raise MinutesKitError(f"{what} {name!r}: {exc.message}", source) from None


def _people(raw: list[Any]) -> tuple[Person, ...]:
    people = []
    for entry in raw:
        if isinstance(entry, str):
            people.append(Person(entry.strip()))
        else:
            people.append(Person(str(entry["name"]).strip(), tuple(str(a).strip() for a in entry.get("aliases", []))))
    return tuple(people)


def _rules(raw: Mapping[str, Any], source: Path) -> dict[str, dict[str, Any]]:
    from minutes_kit.rules import RULES, validate_settings

    settings: dict[str, dict[str, Any]] = {}
    for rule_id, values in raw.items():
        if rule_id not in RULES:
            raise MinutesKitError(f"rules: unknown rule {rule_id!r}; known rules: {', '.join(sorted(RULES))}", source)
        settings[rule_id] = validate_settings(rule_id, dict(values), source)
    return settings


def load_config(path: Path) -> Config:
    """Load and validate one config file."""
    from minutes_kit.files import read_source
    from minutes_kit.yamlio import load, to_plain

    source = read_source(path, allow_empty=True)
    data = load(source.text, path) if source.text.strip() else {}
    if data is None:
        data = {}
    _validate(data, source.text, path)
    plain: dict[str, Any] = to_plain(data)
    base = path.resolve().parent
    header = plain.get("license_header")
    if header is None and "license_header_file" in plain:
        header = _read_relative(base, plain["license_header_file"], path, "license_header_file")
    if header is None:
        header = default_license_header(plain.get("copyright", DEFAULT_COPYRIGHT))
    words = set(plain.get("words", []))
    if "words_file" in plain:
        listing = _read_relative(base, plain["words_file"], path, "words_file")
        words.update(w.strip() for w in listing.splitlines() if w.strip() and not w.lstrip().startswith("#"))
    required = tuple(plain.get("required_sections", ()))
    return Config(
        root=base,
        source=path,
        meeting=plain.get("meeting", DEFAULT_MEETING),
        title=plain.get("title", DEFAULT_TITLE),
        filename=plain.get("filename", DEFAULT_FILENAME),
        specs=plain.get("specs", DEFAULT_SPECS),
        template=plain.get("template", DEFAULT_TEMPLATE),
        license_header=header.strip("\n"),
        required_sections=required,
        sections=tuple(plain.get("sections", required)),
        attendees=tuple(plain.get("attendees", ())),
        people=_people(plain.get("people", [])),
        words=frozenset(words),
        rules=MappingProxyType(_rules(plain.get("rules", {}), path)),
    )


_LOADED: dict[tuple[Path, int, int] | None, Config] = {}


def config_for(start: Path, override: Path | None = None) -> Config:
    """The config governing `start`: `override` if given, else the nearest one up the tree from `start`,
    else the one governing the current folder (running inside a minutes repository), else defaults."""
    found = override if override is not None else (find_config(start) or find_config(Path.cwd()))
    key = None
    if found is not None:
        try:
            stat = found.stat()
        except OSError:
            raise MinutesKitError("no such config file", found) from None
        key = (found.resolve(), stat.st_mtime_ns, stat.st_size)
    if key not in _LOADED:
        _LOADED[key] = load_config(found) if found is not None else default_config()
    # Cached per file version: a long-lived process (tests, a CliRunner) sees edits to the config.
    return _LOADED[key]
