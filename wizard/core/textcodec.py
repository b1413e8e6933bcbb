"""Provides telling text saved as UTF-16 or UTF-32 from binary data, by its bytes alone."""

from __future__ import annotations

# A byte-order mark names its codec; UTF-32's little-endian mark starts with UTF-16's.
_MARKS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
          (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def wide_codec(raw: bytes) -> str | None:
    """The codec of text saved as UTF-16 or UTF-32 (a byte-order mark, or a NUL in every other
    byte), when the bytes decode to text: no control characters but line ends and tabs. An
    image or a ZIP file has NULs too, anywhere: that is binary, and gives None, like UTF-8."""
    codec = next((c for mark, c in _MARKS if raw.startswith(mark)), None)
    if codec is None and len(raw) >= 4:
        if raw[1::2].count(0) > len(raw) * 2 // 5:
            codec = "utf-16-le"
        elif raw[0::2].count(0) > len(raw) * 2 // 5:
            codec = "utf-16-be"
    if codec is None:
        return None
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError:
        return None
    return codec if all(c.isprintable() or c in "\n\r\t\ufeff" for c in text) else None
