"""Provides user text made safe for Markdown: no raw HTML, links, images or script URLs.

A Markdown viewer renders what a person typed as markup: `<img src=…>`, `[x](javascript:…)`,
`![](https://tracker/…)`. Every such character is backslash-escaped (CommonMark shows the
character itself), and a `javascript:`, `vbscript:` or `data:` scheme loses its colon's
meaning, so nothing from an answer becomes a tag, a link, an image or an autolink.
"""

from __future__ import annotations

import re

_SPECIAL = re.compile(r"([\\`<\[\]])")  # `![` is no image once its `[` is escaped
# a script scheme anywhere; `data:` only as a URL (not "Data: three things")
_SCHEME = re.compile(r"(?i)\b(javascript|vbscript)(\s*):|\b(data):(?=\S)")
_BLOCK = re.compile(r"(?m)^(\s*)([#>+=~*_-])")  # a heading, quote, list or rule
_NUMBERED = re.compile(r"(?m)^(\s*\d+)([.)])")
_ENTITY = re.compile(r"&(?=#?\w+;)")


def md_text(text: str) -> str:
    """`text` as literal Markdown: it shows exactly as typed and never acts as markup."""
    text = _SPECIAL.sub(r"\\\1", text)
    text = _ENTITY.sub("&amp;", text)  # "&lt;img" must not come back as a tag's "<"
    text = _SCHEME.sub(lambda m: f"{m.group(1) or m.group(3)}{m.group(2) or ''}&#58;", text)
    text = _BLOCK.sub(r"\1\\\2", text)
    return _NUMBERED.sub(r"\1\\\2", text)
