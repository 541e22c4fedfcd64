"""Commands that write minutes: `new`, `render`, `init`.

Heavy libraries (jinja2, ruamel.yaml, jsonschema) are imported inside the commands, so `--version`
and `lint` never pay for them.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from minutes_kit.cli import shown
from minutes_kit.errors import MinutesKitError

if TYPE_CHECKING:
    import jinja2

    from minutes_kit.config import Config
    from minutes_kit.spec import Spec

ConfigOption = Annotated[
    Optional[Path],  # noqa: UP045 - typer needs Optional on Python 3.10
    typer.Option("--config", "-c", help="Config file to use instead of the nearest minutes-kit.yaml."),
]
ForceOption = Annotated[bool, typer.Option("--force", help="Replace existing files.")]


def _config(start: Path, override: Path | None) -> Config:
    from minutes_kit.config import config_for

    if override is not None and not override.is_file():
        raise MinutesKitError("no such config file", override)
    return config_for(start, override)


class _Renderer:
    """Renders specs, one Jinja2 environment per config."""

    def __init__(self) -> None:
        self._envs: dict[Path | None, jinja2.Environment] = {}

    def __call__(self, spec: Spec, config: Config) -> str:
        from minutes_kit.render import make_env, render_spec

        key = config.source
        if key not in self._envs:
            self._envs[key] = make_env(config)
        return render_spec(spec, self._envs[key], config)


def new(
    date: Annotated[str, typer.Argument(help="Meeting date, YYYY-MM-DD.")],
    from_spec: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--from", help="Spec to copy sections and topics from (default: the latest earlier one)."),
    ] = None,
    render: Annotated[bool, typer.Option("--render", help="Also write the Markdown minutes.")] = False,
    force: ForceOption = False,
    config: ConfigOption = None,
) -> None:
    """Write the spec for a meeting, pre-filled from the config and the previous meeting."""
    _new(date, from_spec, render, force, config)


def _new(date: str, from_spec: Path | None, render: bool, force: bool, override: Path | None) -> None:
    from minutes_kit.files import write_new
    from minutes_kit.render import output_path
    from minutes_kit.render_state import may_write, write_rendered
    from minutes_kit.scaffold import latest_before, new_spec_data, spec_text
    from minutes_kit.spec import load_spec, load_spec_text, parse_date

    day = parse_date(date)
    settings = _config(Path.cwd(), override)
    target = settings.specs_dir / f"{day.isoformat()}.yaml"
    if target.exists() and not force:
        raise MinutesKitError("already exists; not overwritten (use --force to replace it)", target)
    previous_path = from_spec or latest_before(day, settings.specs_dir)
    previous = load_spec(previous_path).data if previous_path else None
    from minutes_kit.archive.actions import open_actions_before

    carried = open_actions_before(day, settings, settings.specs_dir)
    data = new_spec_data(day, settings, previous, carried)
    text = spec_text(data)
    spec = load_spec_text(text, target)
    markdown = _Renderer()(spec, settings) if render else None
    if markdown is not None:
        may_write(output_path(spec, settings), markdown, force=force)  # refuse before writing anything
    write_new(target, text, force=force)
    typer.echo(shown(target))
    if markdown is not None:
        minutes = output_path(spec, settings)
        write_rendered(minutes, markdown, force=force)
        typer.echo(shown(minutes))


def _spec_paths(paths: list[Path], override: Path | None) -> list[Path]:
    if paths:
        found: list[Path] = []
        for path in paths:
            found += sorted(path.glob("*.y*ml")) if path.is_dir() else [path]
        return found
    folder = _config(Path.cwd(), override).specs_dir
    specs = sorted(folder.glob("*.y*ml")) if folder.is_dir() else []
    if not specs:
        raise MinutesKitError("no meeting specs (*.yaml) found", folder)
    return specs


def render(
    specs: Annotated[
        Optional[list[Path]],  # noqa: UP045
        typer.Argument(help="Spec files or folders (default: every spec in the specs folder)."),
    ] = None,
    output: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--output", "-o", help="Write here instead of the `filename` pattern; '-' for stdout."),
    ] = None,
    check: Annotated[
        bool, typer.Option("--check", help="Write nothing; exit 1 if any Markdown differs from a fresh render.")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite Markdown even if it was edited by hand.")] = False,
    config: ConfigOption = None,
) -> None:
    """Render specs to Markdown minutes (hand-edited Markdown is never overwritten without --force)."""
    drifted = _render(list(specs or []), output, check, force, config)
    raise typer.Exit(1 if drifted else 0)


def _render(paths: list[Path], output: str | None, check: bool, force: bool, override: Path | None) -> int:
    from minutes_kit.config import config_for
    from minutes_kit.render import output_path
    from minutes_kit.render_state import drift, may_write, write_rendered
    from minutes_kit.spec import load_spec

    if check and output == "-":
        raise MinutesKitError("--check compares files; it cannot be combined with -o -")
    specs = _spec_paths(paths, override)
    if output not in (None, "-") and len(specs) > 1:
        raise MinutesKitError(f"-o {output} takes one spec, got {len(specs)}")
    renderer = _Renderer()
    jobs = []
    for path in specs:
        settings = config_for(path, override)
        spec = load_spec(path)
        target = Path(output) if output not in (None, "-") else output_path(spec, settings)
        jobs.append((path, target, renderer(spec, settings)))
    if output == "-":
        typer.echo("".join(markdown for _, _, markdown in jobs), nl=False)
        return 0
    if check:
        problems = [(t, p, reason) for p, t, m in jobs if (reason := drift(t, m)) is not None]
        for target, path, reason in problems:
            typer.echo(f"{shown(target)}: {reason} of {shown(path)} (run `minutes-kit render {shown(path)}`)")
        return len(problems)
    for _, target, markdown in jobs:
        may_write(target, markdown, force=force)  # all or nothing: refuse before the first write
    for _, target, markdown in jobs:
        write_rendered(target, markdown, force=force)
        typer.echo(shown(target))
    return 0


def init(
    from_archive: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--from-archive", help="Learn the config from a folder of existing minutes."),
    ] = None,
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--output", "-o", help="Folder to write into (default: see the README)."),
    ] = None,
    force: ForceOption = False,
) -> None:
    """Write minutes-kit.yaml, .pre-commit-config.yaml and a CI workflow; never overwrite without --force."""
    written = _init(from_archive, output, force)
    if not written:
        raise MinutesKitError("nothing written: every file already exists (use --force to replace them)")


def _init(archive: Path | None, output: Path | None, force: bool) -> int:
    from minutes_kit.config import CONFIG_NAME
    from minutes_kit.files import write_atomic
    from minutes_kit.project_files import WORDS_NAME, init_folder, project_files

    if archive is not None and not archive.is_dir():
        raise MinutesKitError("no such folder", archive)
    folder = init_folder(archive, output, Path.cwd())
    learned = None
    if archive is not None:
        for name in (CONFIG_NAME, WORDS_NAME):
            if (folder / name).exists() and not force:
                raise MinutesKitError("already exists; not overwritten (use --force to replace it)", folder / name)
        from minutes_kit.archive.learn import learn

        learned = learn(archive)
    files = project_files(learned.config_text, learned.words_text) if learned else project_files()
    written = 0
    for item in files:
        target = folder / item.relative
        if target.exists() and not force:
            typer.echo(f"skipped {shown(target)} (exists; use --force to replace it)")
            continue
        write_atomic(target, item.content)
        typer.echo(f"wrote {shown(target)}")
        written += 1
    if learned is not None and archive is not None:
        for line in learned.summary:
            typer.echo(line)
        _lint_summary(archive, folder / CONFIG_NAME)
    return written


def _lint_summary(archive: Path, config_path: Path) -> None:
    from minutes_kit.config import load_config
    from minutes_kit.lint import iter_targets, lint_file

    settings = load_config(config_path)
    counts: Counter[str] = Counter()
    for target in iter_targets([archive], config_path):
        try:
            counts.update(finding.rule for finding in lint_file(target, settings).findings)
        except MinutesKitError as error:  # one unreadable file must not hide the others' counts
            typer.echo(f"skipped {error}")
    total = sum(counts.values())
    typer.echo(f"lint {shown(archive)} with the new config: {total} finding{'s' if total != 1 else ''}")
    for rule, count in sorted(counts.items()):
        typer.echo(f"  {rule}: {count}")


def register(app: typer.Typer) -> None:
    """Add the authoring commands to the app."""
    app.command()(new)
    app.command()(render)
    app.command()(init)
