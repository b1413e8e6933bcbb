"""profile-wizard: write a LinkedIn profile from future-oriented questions, offline."""

__version__ = "0.1.0"
