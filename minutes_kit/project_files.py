"""The files `minutes-kit init` writes into a minutes repository (their text lives in `templates/init/`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from minutes_kit import __version__
from minutes_kit.config import CONFIG_NAME, DEFAULT_MEETING

# Where the pre-commit hooks and the CI install come from: the minutes-kit repository.
REPOSITORY_URL = "https://github.com/minutes-kit/minutes-kit"
PRE_COMMIT_NAME = ".pre-commit-config.yaml"
WORKFLOW_NAME = ".github/workflows/minutes.yml"
WORDS_NAME = "minutes-kit-words.txt"
_TEMPLATES = {
    CONFIG_NAME: "minutes-kit.yaml.j2",
    PRE_COMMIT_NAME: "pre-commit-config.yaml.j2",
    WORKFLOW_NAME: "minutes.yml.j2",
}


@dataclass(frozen=True)
class ProjectFile:
    """One file to write: its path relative to the repository folder, and its text."""

    relative: str
    content: str


def _render(template: str, meeting: str) -> str:
    import jinja2

    from minutes_kit.resources import templates_dir

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir() / "init")),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    values = {"meeting": meeting, "repository": REPOSITORY_URL, "version": __version__}
    return env.get_template(template).render(values)


def project_files(config_text: str | None = None, words_text: str | None = None) -> list[ProjectFile]:
    """Config (the commented default unless `config_text` is given), words file, pre-commit config, workflow."""
    files = [ProjectFile(CONFIG_NAME, config_text or _render(_TEMPLATES[CONFIG_NAME], DEFAULT_MEETING))]
    if words_text is not None:
        files.append(ProjectFile(WORDS_NAME, words_text))
    for name in (PRE_COMMIT_NAME, WORKFLOW_NAME):
        files.append(ProjectFile(name, _render(_TEMPLATES[name], DEFAULT_MEETING)))
    return files


def init_folder(archive: Path | None, output: Path | None, cwd: Path) -> Path:
    """Where `init` writes: `-o FOLDER`; else the current folder when it holds the archive; else the archive."""
    if output is not None:
        return output
    if archive is None:
        return cwd
    try:
        archive.resolve().relative_to(cwd.resolve())
    except ValueError:
        return archive
    return cwd
