"""Provides the app's renderer: a coach's template that fails never stops the app.

A misspelled name, a syntax error or a template over its budget (wizard.core.template_budget)
is told once, in one line, and the built-in templates take over for the rest of the session:
the person keeps typing and keeps seeing texts. Built-in templates are not guarded: their
failure is a bug, and the crash path tells it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from wizard.core.checks import Facts
from wizard.core.model import Answers
from wizard.core.render import Rendered, Renderer, Result
from wizard.core.templates import TemplateSet, Unavailable, Variant


class GuardedRenderer(Renderer):
    """A Renderer that falls back to the built-in templates when a coach's template fails."""

    def __init__(self, templates: TemplateSet, on_problem: Callable[[Exception], None]) -> None:
        super().__init__(templates)
        self.on_problem = on_problem
        self.fell_back = False

    def _fall_back(self, exc: Exception) -> None:
        if not self.fell_back:
            self.fell_back = True
            self.templates = TemplateSet()  # the built-ins only
            self.on_problem(exc)

    def render_variant(self, answers: Answers, variant: Variant,
                       ctx: Mapping[str, Any] | None = None, facts: Facts | None = None,
                       ) -> Rendered:
        if variant.origin != "built-in":
            if not self.fell_back:
                try:
                    return super().render_variant(answers, variant, ctx, facts)
                except Unavailable:  # "this variant does not fit these answers": no failure
                    raise
                except Exception as exc:  # whatever a coach's template did
                    self._fall_back(exc)
            # a caller that still holds a coach's variant gets the built-in text instead
            return super().render_output(answers, variant.output).chosen
        return super().render_variant(answers, variant, ctx, facts)

    def render(self, answers: Answers, choose: Mapping[str, str] | None = None,
               prefer: Callable[[Rendered], float] | None = None) -> Result:
        before = self.fell_back
        try:
            result = super().render(answers, self._known(answers, choose), prefer)
        except LookupError:  # a variant chosen by name that only a coach's set had
            if self.fell_back == before:
                raise
        else:
            if self.fell_back == before:
                return result
        return super().render(answers, self._known(answers, choose), prefer)

    def _known(self, answers: Answers, choose: Mapping[str, str] | None,
               ) -> Mapping[str, str] | None:
        """`choose` without the variants the templates in use do not have (after a fall back)."""
        if not choose or not self.fell_back:
            return choose
        return {o: v for o, v in choose.items()
                if any(x.name == v for x in self.templates.variants(answers.lang, o))}
