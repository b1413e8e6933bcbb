"""Provides the coloured counter (`97/220`, or words and seconds) and the list of checks."""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content

from wizard.core.checks import Finding
from wizard.core.limits import limits
from wizard.core.render import Rendered
from wizard.tui.labels import label
from wizard.tui.live import PLACEHOLDER, state

STATE_STYLE = {"ok": "bold $success", "close": "bold $warning", "over": "bold $error",
               "short": "bold $warning"}
MARK = {"ok": "✓", "close": "●", "over": "✗", "short": "●"}
SEVERITY_STYLE = {"error": "$error", "warning": "$warning", "info": "$foreground-muted"}
SEVERITY_MARK = {"error": "✗", "warning": "!", "info": "i"}


def counter(r: Rendered, lang: str, *, approx: bool = False) -> Content:
    """`✓ 97/220 fits` in the state's colour; `≈` when placeholders are still counted."""
    st = state(r)
    if r.output == "pitch":
        lim = limits()
        text = label(lang, "pitch_count", words=r.words, seconds=r.seconds,
                     lo=lim.pitch_min_seconds, hi=lim.pitch_max_seconds)
    else:
        text = label(lang, "chars", length=r.length, limit=r.limit)
        if r.graphemes != r.length:
            text += f" ({label(lang, 'visible', n=r.graphemes)})"
    word = {"ok": "fits", "close": "fits", "over": "over", "short": "short"}[st]
    return Content.assemble(
        (f"{MARK[st]} {'≈' if approx else ''}{text}", STATE_STYLE[st]),
        (f"  {label(lang, word)}", "$foreground-muted"),
    )


def findings(items: Sequence[Finding], lang: str) -> Content:
    """One line per check that fired, marked and coloured by severity."""
    if not items:
        return Content.styled(label(lang, "checks_none"), "$foreground-muted")
    lines = [Content.assemble((f"{SEVERITY_MARK[f.severity]} ", f"bold {_style(f)}"),
                              (f.message, _style(f)))
             for f in items]
    return Content("\n").join(lines)


def _style(f: Finding) -> str:
    return SEVERITY_STYLE[f.severity]


def marked_text(text: str, highlight: str = "") -> Content:
    """The text with ⟨placeholders⟩ dimmed and the answer being typed underlined."""
    content = Content(text)
    for m in PLACEHOLDER.finditer(text):
        content = content.stylize("italic $foreground-muted", m.start(), m.end())
    if highlight and len(highlight) > 1:
        start = text.casefold().find(highlight.casefold())
        if start >= 0:
            content = content.stylize("underline $accent", start, start + len(highlight))
    return content
