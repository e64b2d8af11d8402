"""Where Bewijskluis keeps its files.

One base folder holds everything: the vault (`vault/vault.db`, `vault/vault.key`
and its copy) and the harmless UI settings (`settings.ini`). It is, in order:
the `--basedir` option, the `EVIDENCE_APP_HOME` environment variable, or the
platform's user data folder. Tests always pass a temporary folder, so they never
touch a real home.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from evidence_app import APP_NAME

ENV_HOME = "EVIDENCE_APP_HOME"


@dataclass(frozen=True)
class Paths:
    """The files of one Bewijskluis installation, derived from its base folder."""

    base: Path

    @property
    def vault_dir(self) -> Path:
        return self.base / "vault"

    @property
    def settings_file(self) -> Path:
        return self.base / "settings.ini"


def resolve(basedir: str | os.PathLike[str] | None = None) -> Paths:
    """The paths for `basedir`, else for the environment override, else the platform default."""
    if basedir:
        base = Path(basedir)
    elif os.environ.get(ENV_HOME):
        base = Path(os.environ[ENV_HOME])
    else:
        base = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))
    return Paths(base.expanduser().absolute())


def ensure_private_dir(path: Path) -> None:
    """Create `path` (and parents) readable by the owner only."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(path, 0o700)
