"""Provides the app's widgets: questions, lists, the step bar, the preview, result panes."""
