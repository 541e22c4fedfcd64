"""Commands over an archive of minutes: `import`, `actions`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from minutes_kit.cli import shown
from minutes_kit.cli.authoring import ConfigOption, ForceOption, _config
from minutes_kit.errors import MinutesKitError

if TYPE_CHECKING:
    import datetime

    from minutes_kit.archive.actions import Action
    from minutes_kit.archive.importer import Imported
    from minutes_kit.config import Config


def import_(
    markdown: Annotated[list[Path], typer.Argument(help="Markdown minutes to turn into specs.")],
    output: Annotated[
        Optional[str],  # noqa: UP045 - typer needs Optional on Python 3.10
        typer.Option("--output", "-o", help="Spec file or folder to write (default: specs folder); '-' for stdout."),
    ] = None,
    date: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--date", help="Meeting date (YYYY-MM-DD) when neither title nor file name has one."),
    ] = None,
    force: ForceOption = False,
    config: ConfigOption = None,
) -> None:
    """Turn existing Markdown minutes into meeting specs that render back to the same minutes."""
    _import(markdown, output, date, force, config)


def _imported(path: Path, day: datetime.date | None, override: Path | None) -> tuple[Imported, Config]:
    from minutes_kit.archive.importer import import_markdown
    from minutes_kit.files import read_source

    settings = _config(path, override)
    return import_markdown(read_source(path).text, path, settings, day), settings


def _target(output: str | None, imported: Imported, settings: Config, many: bool) -> Path:
    name = f"{imported.date.isoformat()}.yaml"
    if output is None:
        return settings.specs_dir / name
    chosen = Path(output)
    return chosen / name if many or chosen.is_dir() or output.endswith(("/", "\\")) else chosen


def _summary(source: Path, imported: Imported, settings: Config) -> str:
    from minutes_kit.archive.sightings import spec_sightings

    sections = imported.data.get("sections", [])
    actions = spec_sightings(imported.data, imported.date, str(source), settings)
    return (
        f"{len(sections)} sections, {len(imported.owners)} owners, {len(imported.speakers)} speakers, "
        f"{imported.links} links, {len(actions)} action items"
    )


def _import(paths: list[Path], output: str | None, date: str | None, force: bool, override: Path | None) -> None:
    from minutes_kit.archive.importer import spec_yaml
    from minutes_kit.files import write_new
    from minutes_kit.spec import parse_date

    day = parse_date(date) if date is not None else None
    results = [(path, *_imported(path, day, override)) for path in paths]
    if output == "-":
        typer.echo("---\n".join(spec_yaml(imported.data) for _, imported, _ in results), nl=False)
        return
    targets = [_target(output, imported, settings, len(paths) > 1) for _, imported, settings in results]
    _check_targets(paths, targets, force)
    for (source, imported, settings), target in zip(results, targets, strict=True):
        write_new(target, spec_yaml(imported.data), force=force)
        typer.echo(f"{shown(target)}  (from {shown(source)}: {_summary(source, imported, settings)})")


def _check_targets(sources: list[Path], targets: list[Path], force: bool) -> None:
    # Refuse before writing anything, so a failed batch leaves no half-imported archive behind.
    seen: dict[Path, Path] = {}
    for source, target in zip(sources, targets, strict=True):
        key = target.resolve()
        if key in seen:
            raise MinutesKitError(f"same meeting date as {shown(seen[key])}; import it with -o or --date", source)
        seen[key] = source
        if target.exists() and not force:
            raise MinutesKitError("already exists; not overwritten (use --force to replace it)", target)


def actions(
    paths: Annotated[
        Optional[list[Path]],  # noqa: UP045
        typer.Argument(help="Specs, minutes or folders (default: the specs folder and the repository's minutes)."),
    ] = None,
    owner: Annotated[
        Optional[str], typer.Option("--owner", help="Only this person's items (name or alias).")  # noqa: UP045
    ] = None,
    open_only: Annotated[bool, typer.Option("--open", help="Only open items (the default).")] = False,
    all_items: Annotated[bool, typer.Option("--all", help="Open and done items.")] = False,
    output_format: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
    config: ConfigOption = None,
) -> None:
    """List the action items across meetings, grouped by person, oldest first."""
    if open_only and all_items:
        raise MinutesKitError("--open and --all exclude each other")
    if output_format not in ("text", "json"):
        raise MinutesKitError(f"unknown format {output_format!r}; choose text or json")
    typer.echo(_actions(paths or [], owner, all_items, output_format, config), nl=False)


def _actions(paths: list[Path], owner: str | None, everything: bool, output_format: str, override: Path | None) -> str:
    from minutes_kit.archive.actions import by_owner, canonical, collect, default_paths, find_meetings

    settings = _config(paths[0] if paths else Path.cwd(), override)
    found = collect(find_meetings(paths or default_paths(settings), settings))
    chosen = [a for a in found if everything or a.status == "open"]
    groups = by_owner(chosen, settings)
    if owner is not None:
        wanted = canonical(owner, settings).casefold()
        groups = [(name, items) for name, items in groups if name.casefold() == wanted]
    if output_format == "json":
        listing = [{"owner": name, "actions": [_json(a) for a in items]} for name, items in groups]
        return json.dumps(listing, indent=2, ensure_ascii=False) + "\n"
    return _text(groups, everything)


def _json(action: Action) -> dict[str, object]:
    data = action.as_dict()
    data["source"] = f"{shown(Path(action.path))}:{action.line}"
    return data


def _text(groups: list[tuple[str, list[Action]]], everything: bool) -> str:
    if not groups:
        return "No action items.\n" if everything else "No open action items.\n"
    lines = ["Action items, by person"]
    for name, items in groups:
        lines += ["", name]
        for a in items:
            box = "[x]" if a.status == "done" else "[ ]"
            meetings = f"{a.open_for} meeting{'s' if a.open_for != 1 else ''}"
            state = f"open for {meetings}" if a.status == "open" else f"done after {meetings}"
            where = f"{shown(Path(a.path))}:{a.line}"
            lines.append(f"  * {box} {a.text}  [{a.id}, since {a.since.isoformat()}, {state}] {where}")
    return "\n".join(lines) + "\n"


def register(app: typer.Typer) -> None:
    """Add the archive commands to the app."""
    app.command("import")(import_)
    app.command("actions")(actions)
