"""Faults found in the third attack round (hard10b): each broke before its fix."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from faultkit import assert_clean

from wizard.cli import cli


@pytest.mark.parametrize("host", ["a" * 70, "x\u202e.example", "bad..host"])
def test_serve_with_a_host_no_resolver_takes_is_one_line_not_a_crash(host: str) -> None:
    done = CliRunner().invoke(cli, ["serve", "--host", host, "--port", "0"])
    assert done.exit_code == 2, done.output
    assert "unexpected" not in done.output and "Traceback" not in done.output
    assert done.output.startswith("profile-wizard: error: cannot listen on "), done.output
    assert done.output.rstrip("\n").endswith(":0 (not a host name or an address)"), done.output
    assert done.output.count("\n") == 1
    assert_clean(done.output.encode())
