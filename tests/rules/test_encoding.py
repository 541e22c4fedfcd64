from __future__ import annotations

import subprocess
import sys

import pytest

from minutes_kit.config import Config
from minutes_kit.lint import Selection, fix_text, lint_text

ONLY = Selection(select=frozenset({"encoding"}))


@pytest.mark.parametrize(
    "text",
    [
        "* Mara: will update the docs\n",
        "* 讨论：发布计划，下周再看（Mara）\n",
        "* Nimbus控制平面：监控系统\n",
        "* 每个topic，一个队列，发给topics，\n",
        "* Café, naïve and façade are fine\n",
        "* “Curly quotes” – and dashes — are fine…\n",
        "Code: `x：y` is not prose\n",
        "\tTabs are fine\n",
    ],
)
def test_stays_clean(text: str, config: Config) -> None:
    assert lint_text(text, "m.md", config, ONLY) == []


@pytest.mark.parametrize(
    ("text", "line", "column", "message"),
    [
        ("* Maraï¼šwill update the docs\n", 1, 7, 'mojibake "ï¼š" (UTF-8 read as Latin-1/CP1252)'),
        ("* The cafÃ© demo\n", 1, 10, 'mojibake "Ã©" (UTF-8 read as Latin-1/CP1252)'),
        ("* Mara：will update the docs\n", 1, 7, 'full-width punctuation "：" in English text'),
        ("* Size， about 5 MB\n", 1, 7, 'full-width punctuation "，" in English text'),
        ("* APIs (about 10）\n", 1, 17, 'full-width punctuation "）" in English text'),
        ("* See https://example.org/x ： updated\n", 1, 29, 'full-width punctuation "：" in English text'),
        ("* Ring the bell\x07 now\n", 1, 16, "stray control character U+0007"),
        ("* Joined\ufefftext\n", 1, 9, "stray byte-order mark U+FEFF"),
    ],
)
def test_fails(text: str, line: int, column: int, message: str, config: Config) -> None:
    findings = lint_text(text, "m.md", config, ONLY)
    assert [(f.line, f.column, f.message) for f in findings] == [(line, column, message)]
    assert findings[0].fixable


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("* Maraï¼šwill update the docs\n", "* Mara: will update the docs\n"),
        ("* Mara：will update\n", "* Mara: will update\n"),
        ("* Nimbus（Mara Quist）next\n", "* Nimbus (Mara Quist) next\n"),
        ("* The cafÃ© demo\n", "* The café demo\n"),
        ("* Ring\x07 now\n", "* Ring now\n"),
    ],
)
def test_fix_and_idempotence(text: str, fixed: str, config: Config) -> None:
    new, _, left = fix_text(text, "m.md", config, ONLY)
    assert new == fixed and left == []
    assert fix_text(new, "m.md", config, ONLY)[1] == []


def test_spec_values_are_checked_but_full_width_is_not_auto_fixed(config: Config) -> None:
    spec = "date: 2021-11-10\nsections:\n  - title: Topics\n    topics:\n      - 'Mara：will update'\n"
    findings = lint_text(spec, "meetings/2021-11-10.yaml", config, ONLY)
    assert [(f.line, f.column, f.fixable) for f in findings] == [(5, 14, False)]


def test_clean_files_never_import_ftfy() -> None:
    code = (
        "import sys\n"
        "from minutes_kit.config import default_config\n"
        "from minutes_kit.lint import lint_text\n"
        "lint_text('* Mara: café — “fine”\\n', 'm.md', default_config())\n"
        "print('ftfy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
