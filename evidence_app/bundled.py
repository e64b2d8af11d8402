"""Where the app's own files are: icons, translations, fonts and word lists.

They live in `resources/` at the top of the repository, beside the package, which
is where a checkout and an editable install find them. A built wheel carries them
inside the package, as `evidence_app/resources/` (`pyproject.toml`), so that an
installed app needs nothing outside its own folder.
"""

from __future__ import annotations

import functools
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@functools.cache
def root() -> Path:
    """The folder of the resources: inside the package (a wheel) or beside it (a checkout)."""
    inside = _PACKAGE / "resources"
    return inside if inside.is_dir() else _PACKAGE.parent / "resources"


def resource(*parts: str) -> Path:
    """The path of one resource, for instance `resource("fonts", "DejaVuSans.ttf")`."""
    return root().joinpath(*parts)
