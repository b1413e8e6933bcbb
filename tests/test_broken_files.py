"""Tests `render` on files that are not answers files: one line on stderr, exit 2, no stdout.

The cases test_model.py does not cover: a FIFO (reading would wait forever), a huge file,
UTF-16 with and without a byte-order mark, nesting deep enough to exhaust Python's recursion,
and the odd values a hand-edited file carries (a decimal schema, lang in capitals).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wizard.core.model import MAX_BYTES

VALID_HEAD = 'schema = 1\nlang = "en"\n'


def _render(path: Path, fmt: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wizard", "render", str(path), "--format", fmt],
                          capture_output=True, text=True, timeout=30)


CASES: list[tuple[str, bytes, str]] = [
    ("utf16-bom.toml", VALID_HEAD.encode("utf-16"), "UTF-16"),
    ("utf16-le.json", '{"schema": 1, "lang": "en"}'.encode("utf-16-le"), "UTF-16"),
    ("utf16-be.toml", VALID_HEAD.encode("utf-16-be"), "UTF-16"),
    ("deep.json", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ("deep-object.json", b'{"schema": 1, "person": ' + b'{"a": ' * 5000 + b"1" + b"}" * 5001,
     "nested too deeply"),
    ("deep.toml", VALID_HEAD.encode() + b"x = " + b"[" * 5000 + b"]" * 5000, "nested too deeply"),
    ("decimal.toml", b'schema = 1.0\nlang = "en"\n', "whole number, not 1.0"),
    ("infinite.json", b'{"schema": 1e400, "lang": "en"}', "whole number, not inf"),
    ("caps.toml", b'schema = 1\nlang = "EN"\n', "unknown language 'EN'"),
    ("random.toml", bytes(range(128, 256)) * 8, "not UTF-8 text (byte 0; is it a binary file?)"),
    ("huge.toml", VALID_HEAD.encode() + b'[person]\nname = "' + b"x" * MAX_BYTES + b'"\n',
     "too large for an answers file"),
]


@pytest.mark.parametrize("name, content, expected", CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_broken_file_gives_one_line_naming_it(tmp_path: Path, name: str, content: bytes,
                                                expected: str, fmt: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    done = _render(path, fmt)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1, done.stderr
    assert name in done.stderr and expected in done.stderr, done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    path = tmp_path / "answers.toml"
    os.mkfifo(path)
    done = _render(path, "json")  # without the check this would wait for the 30 s timeout
    assert done.returncode == 2 and done.stdout == ""
    assert "not a regular file" in done.stderr
