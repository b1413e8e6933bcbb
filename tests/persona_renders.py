"""One render per fixture persona in a test process, shared by the files that check every
persona as written (test_golden, test_check_messages, test_personas).

Each of them rendered all ~290 personas again (~50 ms of CPU each, in every test worker that
ran the file): the same answers file, the same `Renderer().render(load(path))`, so the same
Result. A test reads the Result and never changes it; the cache is keyed on the file's path,
size and modification time, so a persona edited while a run goes on is read again.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from wizard.core.model import Answers, load
from wizard.core.render import Renderer, Result

HERE = Path(__file__).resolve().parent
# Our own fixture personas, and people written by someone who never read the templates
# (tests/fixtures/personas/, see its README).
PERSONAS = sorted(p for d in ("answers", "personas") for p in (HERE / "fixtures" / d).iterdir()
                  if p.suffix in (".toml", ".json"))


@cache
def _rendered(path: Path, size: int, mtime_ns: int) -> tuple[Answers, Result]:
    answers = load(path)
    return answers, Renderer().render(answers)


def rendered(path: Path) -> tuple[Answers, Result]:
    """The persona's answers as loaded and their default render (every output, every variant
    it is offered); the same objects for every test of this process that asks."""
    st = path.stat()
    return _rendered(path, st.st_size, st.st_mtime_ns)
