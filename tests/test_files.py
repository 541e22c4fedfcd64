from __future__ import annotations

import os
from pathlib import Path

import pytest

from minutes_kit import files
from minutes_kit.errors import MinutesKitError


def test_reads_bom_and_crlf_and_writes_them_back(tmp_path: Path) -> None:
    path = tmp_path / "m.md"
    path.write_bytes(b"\xef\xbb\xbf# Title\r\n\r\n* item\r\n")
    source = files.read_source(path)
    assert source.text == "# Title\n\n* item\n"
    assert source.bom and source.newline == "\r\n"
    files.write_atomic(path, source.encode(source.text.replace("item", "thing")))
    assert path.read_bytes() == b"\xef\xbb\xbf# Title\r\n\r\n* thing\r\n"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"  \n\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file"),
        ("# Caf\u00e9\n".encode("latin-1"), "not valid UTF-8"),
    ],
)
def test_bad_files_raise_one_located_error(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.md"
    path.write_bytes(content)
    with pytest.raises(MinutesKitError) as caught:
        files.read_source(path)
    assert message in str(caught.value)
    assert str(caught.value).startswith(str(path))


def test_latin1_error_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.md"
    path.write_bytes("# Title\n\nna\u00efve\n".encode("latin-1"))
    with pytest.raises(MinutesKitError) as caught:
        files.read_source(path)
    assert (caught.value.line, caught.value.column) == (3, 3)


def test_missing_and_folder(tmp_path: Path) -> None:
    with pytest.raises(MinutesKitError, match="no such file"):
        files.read_source(tmp_path / "nope.md")
    with pytest.raises(MinutesKitError, match="is a folder"):
        files.read_source(tmp_path)


def test_failed_write_leaves_original_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "m.md"
    path.write_text("original\n", encoding="utf-8")

    def boom(fd: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(files.os, "fsync", boom)
    with pytest.raises(OSError, match="disk full"):
        files.write_atomic(path, "replacement\n")
    assert path.read_text(encoding="utf-8") == "original\n"
    assert [p.name for p in tmp_path.iterdir()] == ["m.md"]


def test_write_new_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text("date: 2021-11-10\n", encoding="utf-8")
    with pytest.raises(MinutesKitError, match="already exists"):
        files.write_new(path, "date: 2021-11-17\n")
    assert path.read_text(encoding="utf-8") == "date: 2021-11-10\n"
    files.write_new(path, "date: 2021-11-17\n", force=True)
    assert path.read_text(encoding="utf-8") == "date: 2021-11-17\n"


def test_new_files_get_the_umask_mode_not_a_private_one(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        files.write_atomic(tmp_path / "new.md", "x\n")
    finally:
        os.umask(old)
    assert (tmp_path / "new.md").stat().st_mode & 0o777 == 0o644


def test_write_keeps_permissions(tmp_path: Path) -> None:
    path = tmp_path / "m.md"
    path.write_text("x\n", encoding="utf-8")
    path.chmod(0o640)
    files.write_atomic(path, "y\n")
    assert path.stat().st_mode & 0o777 == 0o640
