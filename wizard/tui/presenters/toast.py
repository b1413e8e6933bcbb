"""Provides a message as a toast shows it: one line that fits the screen's width.

A toast sits on the step bar's line, the one line that is not the working area; a second line
would cover the tabs or the first field. So a message is put on one line, and when it is too
wide the folders in the middle of a path give way first ("~/…/2026/jens-all.txt"), keeping
the start of the path and the file's name; only then is the end cut.
"""

from __future__ import annotations

from rich.cells import cell_len

ELLIPSIS = "…"


def one_line(message: str, width: int) -> str:
    """`message` on one line of at most `width` cells."""
    line = shorten_paths(message, width)
    return line if cell_len(line) <= width else cut(line, width)


def shorten_paths(message: str, width: int) -> str:
    """`message` on one line, its paths shortened (the longest first) until it fits in
    `width` cells or none can give more; it may still be wider: nothing else is cut."""
    flat = " ".join(message.split())
    if cell_len(flat) <= width:
        return flat
    words = flat.split(" ")
    paths = sorted((i for i, w in enumerate(words) if w.count("/") > 1),
                   key=lambda i: -cell_len(words[i]))
    for i in paths:
        over = cell_len(" ".join(words)) - width
        words[i] = shorten_path(words[i], cell_len(words[i]) - over)
        if cell_len(" ".join(words)) <= width:
            break
    return " ".join(words)


def shorten_path(path: str, room: int) -> str:
    """`path` in at most `room` cells when it can be: its first folder, as many of the last
    folders as fit, and its file name, with "…" for what is left out; at the least "…/name"."""
    parts = path.split("/")
    head, tail = parts[0] or "/" + parts[1], parts[-1]
    middle = parts[1:-1] if parts[0] else parts[2:-1]
    kept: list[str] = []
    for part in reversed(middle):
        candidate = "/".join([head, ELLIPSIS, part, *kept, tail])
        if cell_len(candidate) > room:
            break
        kept.insert(0, part)
    if len(kept) == len(middle):
        return path
    shortened = "/".join([head, ELLIPSIS, *kept, tail])
    if cell_len(shortened) <= room:
        return shortened
    return f"{ELLIPSIS}/{tail}"  # never less than the file's name: the end is cut instead


def cut(text: str, width: int) -> str:
    """`text` cut to `width` cells, "…" in the last one."""
    out = ""
    for ch in text:
        if cell_len(out + ch) > width - 1:
            break
        out += ch
    return out.rstrip() + ELLIPSIS
