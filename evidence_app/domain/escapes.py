"""Characters that must not be shown as they are, and how they are shown instead.

Text from others (a file's name, a web page's title) can hold control characters (a line
break, a terminal escape that rewrites the screen) and bidi controls (after U+202E,
"gnp.exe" reads "exe.png"). The command line, the dossier and the window show each as
its escape, as Python writes it in a string (`\\x1b`, `\\u202e`), so that the text says
what it is.
"""

from __future__ import annotations

CONTROLS = (*range(0x20), *range(0x7F, 0xA0))  # C0 and C1, and DEL
BIDI_CONTROLS = (*range(0x202A, 0x202F), *range(0x2066, 0x206A))


def escape(code_point: int) -> str:
    """`\\x1b`, `\\ue000`, `\\U000f0000`: a character as Python writes it in a string."""
    if code_point < 0x100:
        return f"\\x{code_point:02x}"
    if code_point < 0x10000:
        return f"\\u{code_point:04x}"
    return f"\\U{code_point:08x}"


_ONE_LINE = {c: escape(c) for c in (*CONTROLS, *BIDI_CONTROLS)}


def one_line(text: str) -> str:
    """`text` as one line that says what it is: its control and bidi controls escaped."""
    return text.translate(_ONE_LINE)
