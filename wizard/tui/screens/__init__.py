"""Provides the app's screens: start, a step, the results, help and dialogs."""
