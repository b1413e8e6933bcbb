"""Provides what the app shows, worked out from the session and the store link; never widgets."""
