"""Provides the Textual front end; imported only when the app runs."""
