"""Provides reading a job ad from a file or standard input, bounded: never a hang, never binary."""

from __future__ import annotations

import os
import select
import sys
from pathlib import Path
from typing import BinaryIO

from wizard.core.match.errors import MatchError
from wizard.core.textcodec import wide_codec

MAX_BYTES = 200_000   # a long ad is 10,000 characters; anything this big is something else
SILENCE = 4.0  # seconds a pipe may send nothing before we stop waiting: every case ends in 5 s


def decode(raw: bytes, name: str) -> str:
    """The ad's text; binary data, UTF-16 and emptiness each get their own line."""
    if wide_codec(raw):
        raise MatchError("ad_utf16", file=name)
    if b"\x00" in raw or raw.startswith((b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise MatchError("ad_binary", file=name)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise MatchError("ad_binary", file=name) from None
    if not text.strip():
        raise MatchError("ad_empty", file=name)
    return text


def _answers_like(text: str) -> bool:
    """The text is an answers file (TOML or JSON with a `schema` and a `lang`): a profile
    given where the ad belongs, which would otherwise be matched as an ad of words like
    'schema' and 'lang' (and score high, being the profile's own words)."""
    if "schema" not in text or "lang" not in text:
        return False
    import json
    import tomllib

    for parse in (tomllib.loads, json.loads):
        try:
            data = parse(text)
        except ValueError:  # tomllib.TOMLDecodeError and json.JSONDecodeError are ValueErrors
            continue
        return isinstance(data, dict) and "schema" in data and "lang" in data
    return False


def not_answers(text: str, name: str) -> str:
    """`text`, unless it is an answers file: then the one line that says the order."""
    if _answers_like(text):
        raise MatchError("ad_is_answers", file=name)
    return text


def read_file(path: Path) -> str:
    """A text or Markdown file holding the ad."""
    name = str(path)
    try:
        if path.is_dir():
            raise MatchError("ad_directory", file=name)
        if not path.exists():
            raise MatchError("ad_missing", file=name)
        if not path.is_file():  # a FIFO or a device: reading might never end
            raise MatchError("ad_not_file", file=name)
        if (size := path.stat().st_size) > MAX_BYTES:
            raise MatchError("ad_too_large", file=name, size=size, limit=MAX_BYTES)
        with path.open("rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise MatchError("ad_unreadable", file=name, problem=exc.strerror or str(exc)) from None
    if len(raw) > MAX_BYTES:
        raise MatchError("ad_too_large", file=name, size=len(raw), limit=MAX_BYTES)
    return decode(raw, name)


def read_stream(stream: BinaryIO | None = None, name: str = "-") -> str:
    """Standard input, up to MAX_BYTES; a pipe silent for SILENCE seconds is given up on
    (a terminal is waited for: a person is pasting)."""
    stream = stream or sys.stdin.buffer
    chunks: list[bytes] = []
    total = 0
    try:
        fd = stream.fileno()
        waits = not os.isatty(fd) and sys.platform != "win32"
    except (OSError, ValueError, AttributeError):
        fd, waits = -1, False
    while True:
        if waits and not select.select([fd], [], [], SILENCE)[0]:
            raise MatchError("stdin_silent", seconds=float(SILENCE))
        chunk = os.read(fd, 65536) if fd >= 0 else stream.read(65536)
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        if total > MAX_BYTES:
            raise MatchError("ad_stream_too_large", file=name, limit=MAX_BYTES)
    return decode(b"".join(chunks), name)
