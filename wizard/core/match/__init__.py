"""Provides the job-ad match: an ad's key terms, which the profile carries, where and how.

    ad = analyse(text, lang=None, fallback=answers.lang)   # once per ad; keep it
    result = match(ad, answers, texts)                    # on every keystroke: cheap
    result.score, result.found, result.missing, result.json()
    asks = questions(result, answers)                     # one question per missing term
    coverage(text, ad)                                    # 0–1: one text's share of the ad
    Renderer().render(answers, prefer=prefer(ad))         # variants carrying more of the ad

Nothing is ever added to a profile: a missing term becomes a question for the person.
"""

from __future__ import annotations

from wizard.core.match.ad import Ad, analyse
from wizard.core.match.errors import MatchError
from wizard.core.match.questions import Question, questions
from wizard.core.match.result import Hit, Match, TermMatch, coverage, match, prefer
from wizard.core.match.terms import Term

__all__ = ["Ad", "Hit", "Match", "MatchError", "Question", "Term", "TermMatch", "analyse",
           "coverage", "match", "prefer", "questions"]
