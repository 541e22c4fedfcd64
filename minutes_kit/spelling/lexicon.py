"""The English lexicon: pyspellchecker's word list with frequencies, as an on-disk hash table.

Building a Python set of 160,000 words costs ~30 ms on every run, more than a pre-commit hook can
spend. Instead the list is compiled once into an open-addressing hash table (slot array + blob of
`word\\tfrequency\\n` records) kept in `minutes_kit.cache`, keyed by the word list file's size and
mtime (so a new pyspellchecker release rebuilds it). A lookup hashes the word and compares a few
bytes, so loading is one file read and each lookup costs a microsecond or two.
"""

from __future__ import annotations

import mmap
import struct
import zlib
from functools import lru_cache
from pathlib import Path

from minutes_kit import cache
from minutes_kit.errors import MinutesKitError

_MAGIC = b"MKLEX1\0\0"
_HEADER = struct.Struct("<8sI")
# Words used as anchors for two-edit corrections: frequent enough that a typo of them is plausible.
ANCHOR_FREQUENCY = 1000
ANCHOR_MIN_LENGTH = 5


def _word_list() -> Path:
    """pyspellchecker's English list, located without importing the package."""
    from importlib.util import find_spec

    spec = find_spec("spellchecker")
    if spec is None or spec.origin is None:
        raise MinutesKitError("pyspellchecker is not installed; it provides the English word list")
    return Path(spec.origin).parent / "resources" / "en.json.gz"


def _source_key() -> str:
    path = _word_list()
    stat = path.stat()
    return cache.digest("lexicon-v1", str(path), str(stat.st_size), str(int(stat.st_mtime)))


def _read_frequencies() -> dict[str, int]:
    import gzip
    import json

    with gzip.open(_word_list(), "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    return {str(word).lower(): int(count) for word, count in data.items()}


def compile_table(frequencies: dict[str, int]) -> bytes:
    """The hash-table bytes for a word -> frequency mapping."""
    slots = 1
    while slots < len(frequencies) * 2:
        slots *= 2
    table = [0] * slots
    blob = bytearray()
    for word, count in sorted(frequencies.items()):
        encoded = word.encode("utf-8")
        index = zlib.crc32(encoded) & (slots - 1)
        while table[index]:
            index = (index + 1) & (slots - 1)
        table[index] = len(blob) + 1  # 0 marks an empty slot
        blob += encoded + b"\t" + str(count).encode() + b"\n"
    return _HEADER.pack(_MAGIC, slots) + struct.pack(f"<{slots}I", *table) + bytes(blob)


class Lexicon:
    """Membership and frequency of lower-case English words, read from a compiled table."""

    def __init__(self, data: bytes | mmap.mmap) -> None:
        magic, slots = _HEADER.unpack_from(data)
        if magic != _MAGIC:
            raise ValueError("not a lexicon table")
        self._mask = slots - 1
        start = _HEADER.size
        self._slots = memoryview(data)[start : start + 4 * slots].cast("I")
        self._data = data
        self._base = start + 4 * slots  # where the records start

    def frequency(self, word: str) -> int:
        """How common `word` (lower case) is in English; 0 when it is not a word."""
        encoded = word.encode("utf-8")
        index = zlib.crc32(encoded) & self._mask
        data = self._data
        while True:
            offset = self._slots[index]
            if not offset:
                return 0
            start = self._base + offset - 1
            end = start + len(encoded)
            if data[end : end + 1] == b"\t" and data[start:end] == encoded:
                return int(data[end + 1 : data.find(b"\n", end)])
            index = (index + 1) & self._mask

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.frequency(word) > 0


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The English lexicon, compiled into the cache on first use."""
    name = f"lexicon/{_source_key()}.bin"
    try:
        # Mapping the table reads only the pages that lookups touch (a few, not 4 MB).
        with open(cache.cache_dir() / name, "rb") as handle:
            return Lexicon(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))
    except (OSError, ValueError):
        data = compile_table(_read_frequencies())
        cache.write(name, data)
        return Lexicon(data)


@lru_cache(maxsize=1)
def anchors() -> tuple[str, ...]:
    """Frequent, longer English words: the candidates for corrections two edits away."""
    name = f"lexicon/{_source_key()}.anchors"
    data = cache.read(name)
    if data is None:
        words = sorted(w for w, n in _read_frequencies().items()
                       if n >= ANCHOR_FREQUENCY and len(w) >= ANCHOR_MIN_LENGTH and w.isalpha())
        data = "\n".join(words).encode("utf-8")
        cache.write(name, data)
    return tuple(data.decode("utf-8").split("\n"))
