"""Provides the fault-injection suite's fixtures (its tools are in faultkit.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from faultkit import answers_text


@pytest.fixture
def answers(tmp_path: Path) -> Path:
    path = tmp_path / "maya.toml"
    path.write_text(answers_text(), encoding="utf-8")
    return path
