"""Provides the app as `profile-wizard serve` runs it for one browser tab (textual-serve's
web driver talks to the page over this process's standard streams)."""

from __future__ import annotations


def main() -> None:
    from wizard.tui.launch import launch

    # The web driver is set in the environment by textual-serve; copies and exports go to
    # the browser (wizard.tui.delivery), since the person is not at this machine.
    launch(None)


if __name__ == "__main__":
    main()
