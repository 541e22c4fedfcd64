"""Learning a config from an archive of Markdown minutes (`minutes-kit init --from-archive DIR`).

Reads every Markdown file under the folder and learns, by majority: the meeting name (the title
text without its dates), the title pattern and date style, the file-name pattern, the license
header, the roster (names in owner positions and speaker prefixes; first names become aliases of
full names) and the project vocabulary (see `minutes_kit.spelling.vocabulary`). Title options are
relaxed when the archive itself has titles without a date or without the meeting name. Pure apart
from reading the archive: the caller writes the files.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from minutes_kit.config import DEFAULT_FILENAME, DEFAULT_MEETING, DEFAULT_TITLE, Person, default_config
from minutes_kit.document import Document, NameRef
from minutes_kit.errors import MinutesKitError
from minutes_kit.roster import Roster
from minutes_kit.spelling.lexicon import lexicon
from minutes_kit.spelling.vocabulary import Usage, learn_words

WORDS_FILE = "minutes-kit-words.txt"
INLINE_WORDS = 20  # longer vocabularies go to a words file beside the config
NOTE_FREQUENCY = 1000  # owner-position words all this common in English are a note (`(Not discussed)`)
_DATE = re.compile(r"\b(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:/(?P<y>\d{2,4}))?\b|\b\d{4}-\d{2}-\d{2}\b")
_NOISE = re.compile(r"(?:[#*_,&]|\band\b|\s)+")
_FILE_DATE = re.compile(r"^(?P<date>\d{8})(?P<sep>[ _-]+)(?P<rest>.+)$")


@dataclass(frozen=True)
class Learned:
    """What `init --from-archive` writes: the config text, a words file (or None) and a summary."""

    config_text: str
    words_text: str | None
    summary: tuple[str, ...]


def _documents(folder: Path) -> list[Document]:
    from minutes_kit.files import read_source
    from minutes_kit.parse.markdown import parse_markdown

    config = default_config()
    documents = []
    for path in sorted(folder.rglob("*.md")):
        if any(part.startswith(".") for part in path.relative_to(folder).parts) or not path.is_file():
            continue
        try:
            source = read_source(path)
        except MinutesKitError:
            continue  # an unreadable file teaches nothing; lint reports it later
        documents.append(parse_markdown(source.text, path.name, config))
    return documents


def _title(document: Document) -> str | None:
    return document.headings[0].text if document.headings else None


def _bare(title: str) -> str:
    """A title without its dates and Markdown noise: the meeting name it carries."""
    return _NOISE.sub(" ", _DATE.sub(" ", title)).strip(" -:")


def _meeting(titles: list[str]) -> tuple[str, int]:
    names = Counter(_bare(t) for t in titles if _DATE.search(t) and _bare(t))
    if not names:
        return DEFAULT_MEETING, 0
    name, count = names.most_common(1)[0]
    return name, count


def _title_pattern(titles: list[str], meeting: str) -> str:
    dated = [(t, m) for t in titles if (m := _DATE.search(t))]
    if not dated:
        return DEFAULT_TITLE
    before = sum(1 for t, m in dated if meeting.casefold() in t[m.end() :].casefold())
    padded = sum(1 for _, m in dated if m.group("m") and len(m.group("m")) == 2 and len(m.group("d")) == 2)
    unpadded = sum(1 for _, m in dated if m.group("m") and (len(m.group("m")) == 1 or len(m.group("d")) == 1))
    fmt = "%-m/%-d/%Y" if unpadded > padded else "%m/%d/%Y"
    return f"{{date:{fmt}}} {{meeting}}" if before * 2 > len(dated) else f"{{meeting}} {{date:{fmt}}}"


def _filename(names: list[str], meeting: str) -> str:
    shapes: Counter[str] = Counter()
    for name in names:
        match = _FILE_DATE.match(Path(name).stem)
        if match:
            rest = match.group("rest")
            rest = "{meeting}" if rest.casefold() == meeting.casefold() else rest.replace("{", "{{").replace("}", "}}")
            shapes[f"{{date:%m%d%Y}}{match.group('sep')}{rest}{Path(name).suffix}"] += 1
    return shapes.most_common(1)[0][0] if shapes else DEFAULT_FILENAME


def _header(document: Document) -> str | None:
    for block in document.code_blocks:
        if block.indented and block.start_line <= 40:
            return "\n".join(line.strip() for line in block.content.strip("\n").split("\n"))
    return None


def _license(documents: list[Document]) -> tuple[dict[str, Any], str]:
    headers = Counter(h for d in documents if (h := _header(d)))
    if not headers:
        return {}, "license header: none found (keeping the default MIT header)"
    text, count = headers.most_common(1)[0]
    default = default_config().license_header
    if text.split() == default.split():
        return {}, f"license header: the default MIT header ({count} of {len(documents)} files)"
    return {"license_header": text}, f"license header: learned ({count} of {len(documents)} files)"


def _people(documents: list[Document], lower_case: set[str]) -> tuple[Person, ...]:
    """The roster: names in owner positions, minus notes (`(Done)`) and labels (`Concurrency:`).

    Common first names are English words too (`Mara`), so a single word is kept when it is the first
    name of a full name the archive uses; a speaker prefix the archive also writes in lower case is a label.
    """
    from minutes_kit.roster import learn_roster
    from minutes_kit.rules.owners import is_note

    refs = [ref for d in documents for ref in d.names]
    first_names = {ref.name.split()[0].casefold() for ref in refs if " " in ref.name.strip()}

    def plausible(ref: NameRef) -> bool:
        words = re.split(r"[\s-]+", ref.name.casefold())
        if ref.where == "speaker" and lower_case.intersection(words):
            return False
        return ref.name.casefold() in first_names or not is_note(ref.name, NOTE_FREQUENCY)

    return learn_roster(ref.name for ref in refs if plausible(ref))


def _usage(documents: list[Document]) -> dict[str, Usage]:
    from minutes_kit.spelling.tokens import tokens
    from minutes_kit.spelling.vocabulary import count_words

    def prose(document: Document) -> Any:
        owners = {(ref.line, ref.column) for ref in document.names}
        return (t for t in tokens(document.spans) if (t.line, t.column) not in owners)

    return count_words((d.path, prose(d)) for d in documents)


def _title_rules(titles: list[str], meeting: str, total: int) -> dict[str, bool]:
    options = {}
    undated = total - sum(1 for t in titles if _DATE.search(t))
    if undated:
        options["require_date"] = False
    key = _NOISE.sub(" ", meeting).casefold()
    if any(key not in _NOISE.sub(" ", t).casefold() for t in titles) or len(titles) < total:
        options["require_meeting"] = False
    return options


def learn(folder: Path) -> Learned:
    """Learn a complete `minutes-kit.yaml` (and a words file when the vocabulary is long)."""
    documents = _documents(folder)
    if not documents:
        raise MinutesKitError("no readable Markdown minutes found", folder)
    titles = [t for d in documents if (t := _title(d))]
    meeting, agreeing = _meeting(titles)
    data: dict[str, Any] = {"meeting": meeting, "title": _title_pattern(titles, meeting),
                            "filename": _filename([d.path for d in documents], meeting)}
    license_data, license_note = _license(documents)
    data.update(license_data)
    usage = _usage(documents)
    people = _people(documents, {k for k, u in usage.items() if any(f.islower() for f in u.forms)})
    if people:
        data["people"] = [{"name": p.name, "aliases": list(p.aliases)} if p.aliases else p.name for p in people]
    words = learn_words(usage, Roster(people), lexicon())
    words_text = None
    if len(words) > INLINE_WORDS:
        data["words_file"] = WORDS_FILE
        words_text = "".join(f"{w}\n" for w in words)
    elif words:
        data["words"] = words
    title_options = _title_rules(titles, meeting, len(documents))
    if title_options:
        data["rules"] = {"title": title_options}
    summary = (
        f"learned from {len(documents)} Markdown files in {folder}",
        f"meeting: {meeting} ({agreeing} of {len(documents)} titles)",
        f"title: {data['title']}; file names: {data['filename']}",
        license_note,
        f"roster: {len(people)} people",
        f"vocabulary: {len(words)} words" + (f" (in {WORDS_FILE})" if words_text else ""),
        *(f"rules.title.{k}: {str(v).lower()} (some titles lack it)" for k, v in title_options.items()),
    )
    return Learned(_config_text(data, folder, len(documents)), words_text, summary)


def _config_text(data: dict[str, Any], folder: Path, count: int) -> str:
    from minutes_kit.yamlio import dump

    header = (f"# minutes-kit configuration, learned from {count} files of {folder.name or folder}\n"
              "# by `minutes-kit init --from-archive`. Edit freely: see the README's configuration reference.\n")
    return header + dump(data)
