"""Provides `python -m wizard`."""

from wizard.cli import main

main()
