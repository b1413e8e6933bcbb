"""profile-wizard: write a LinkedIn profile from future-oriented questions, offline."""

# _signal, not signal: the C module is loaded with Python itself, while `import signal` builds
# its enums (~9 ms on a busy machine), and a Ctrl+C in there was a traceback through this file
import _signal  # type: ignore[import-not-found]  # (typeshed has no stub: signal is it)
import os
import sys


def ctrl_c_at_start(signum: int, frame: object) -> None:
    """Ctrl+C before wizard.entry.main can catch it: nothing is typed yet, nothing to keep;
    the program ends quietly, with the status a shell gives Ctrl+C."""
    os._exit(130)


# The command (`profile-wizard`, started by pip's launcher) answers Ctrl+C from the first
# moment our code runs: finding and importing wizard.entry, typing, click takes tens of ms
# on a busy machine, and Python's own answer there was a traceback through the launcher.
# Only the command: a program that imports the package (the tests) keeps its own Ctrl+C,
# and so does a command whose Ctrl+C is ignored (`nohup`, a background job). The test is
# the first thing this file does, in as few steps as it can (no os.path call).
if (sys.argv[0] if sys.argv else "").rpartition("/")[2] == "profile-wizard" and \
        _signal.getsignal(_signal.SIGINT) is _signal.default_int_handler:
    _signal.signal(_signal.SIGINT, ctrl_c_at_start)

__version__ = "0.1.0"
