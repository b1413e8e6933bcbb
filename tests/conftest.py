"""Provides shared pytest fixtures: an isolated home for every test and the golden-file flag."""

from __future__ import annotations

import gc
import tempfile
from pathlib import Path

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/ from the current templates instead of comparing",
    )


# The collector's thresholds in a test process (each xdist worker imports this file; the
# commands the tests start as children keep Python's). With the defaults (700, 10, 10) a
# worker ran a full collection every few TUI tests, each walking every object the worker
# holds (the collected items, the cached renders, Textual's classes): ~26 % of the CPU of
# tests/tui/test_tui_results.py run alone (4.2 of 16 s, measured with gc.callbacks), ~11 %
# with these. A test that needs garbage gone calls gc.collect() itself, as before.
GC_THRESHOLDS = (50_000, 20, 100)
gc.set_threshold(*GC_THRESHOLDS)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "cold_cache: the test starts with no compiled templates or parsed data in "
        "its cache (tests of the cache itself)")


# What a machine keeps between runs (cache_dir(): compiled templates, parsed and derived data),
# kept between the tests of a worker as it is between a person's runs. Every test had a cold
# one: each render compiled its templates again (~0.3 s) and each command started as on a new
# machine. Its entries are keyed by their source, so sharing them is what a person's machine
# does; a test's own templates add entries no other test asks for. The cache's own tests
# (mark cold_cache) start from nothing, and the rest of the cache folder (crash reports) is
# still each test's own.
SHARED_CACHE = ("templates", "data")


@pytest.fixture(scope="session")
def warm_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    shared = tmp_path_factory.mktemp("warm-cache")
    for name in SHARED_CACHE:
        (shared / name).mkdir(mode=0o700)
    return shared


@pytest.fixture(scope="session")
def _homes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("homes")


@pytest.fixture(autouse=True)
def isolated_home(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Path:
    """Point every data/config/cache directory at the test's own empty folder (tmp_path when
    the test has one) so no test touches real user files or another test's."""
    if "tmp_path" in request.fixturenames:
        top: Path = request.getfixturevalue("tmp_path")
    else:  # pytest's tmp_path numbers its folders by listing all the others: thousands of
        # tests that never look at their home need only a unique one
        top = Path(tempfile.mkdtemp(dir=request.getfixturevalue("_homes")))
    home = top / "home"
    wizard_home = top / "wizard-home"
    for path in (home, wizard_home):
        path.mkdir(parents=True, exist_ok=True)
    if request.node.get_closest_marker("cold_cache") is None:
        shared: Path = request.getfixturevalue("warm_cache")
        (wizard_home / "cache").mkdir(mode=0o700)
        for name in SHARED_CACHE:
            (wizard_home / "cache" / name).symlink_to(shared / name, target_is_directory=True)
    monkeypatch.setenv("PROFILE_WIZARD_HOME", str(wizard_home))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    # the interface language follows the locale: every test starts from the same one
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    return wizard_home


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


ANSWERS_DIR = Path(__file__).resolve().parent / "fixtures" / "answers"


@pytest.fixture
def answers_dir() -> Path:
    """The answers files of our own fixture personas (en, nl, it)."""
    return ANSWERS_DIR


@pytest.hookimpl(wrapper=True)
def pytest_collection(session: pytest.Session) -> object:
    """pytest keeps the test modules it rewrote for their asserts (and the plugins' modules,
    hypothesis's ~200 among them) in __pycache__, but only where bytecode may be written:
    with PYTHONDONTWRITEBYTECODE set, as `make test` runs, every worker rewrote all of them on
    every run (~1/3 of a collection's CPU). While this process collects, and only then, it may
    write them (atomically: a temporary file renamed). Nothing is written while the tests run,
    and no child ever writes: PYTHONDONTWRITEBYTECODE stays in the environment they inherit
    (a child under a file size limit once left a truncated .pyc; see the Makefile)."""
    import sys

    before = sys.dont_write_bytecode
    sys.dont_write_bytecode = False
    try:
        return (yield)
    finally:
        sys.dont_write_bytecode = before


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under xdist, the slowest tests first in every worker's share (tests/slow_first.py)."""
    from slow_first import reorder

    reorder(config, items)
