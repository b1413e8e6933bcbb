"""Provides `python -m wizard`."""

from wizard.entry import main

main()
