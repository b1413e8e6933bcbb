"""profile-wizard: write a LinkedIn profile from future-oriented questions, offline."""

import os
import signal
import sys

__version__ = "0.1.0"


def ctrl_c_at_start(signum: int, frame: object) -> None:
    """Ctrl+C before wizard.entry.main can catch it: nothing is typed yet, nothing to keep;
    the program ends quietly, with the status a shell gives Ctrl+C."""
    os._exit(130)


# The command (`profile-wizard`, started by pip's launcher) answers Ctrl+C from the first
# moment our code runs: finding and importing wizard.entry, typing, click takes tens of ms
# on a busy machine, and Python's own answer there was a traceback through the launcher.
# Only the command: a program that imports the package (the tests) keeps its own Ctrl+C,
# and so does a command whose Ctrl+C is ignored (`nohup`, a background job).
if os.path.basename(sys.argv[0] if sys.argv else "") == "profile-wizard" and \
        signal.getsignal(signal.SIGINT) is signal.default_int_handler:
    signal.signal(signal.SIGINT, ctrl_c_at_start)
