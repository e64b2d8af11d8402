"""The desktop interface of Bewijskluis (PySide6 widgets).

Everything with a window lives here; it reaches the vault only through
`core.service.VaultService`, handed to each widget through its constructor.
Importing this package first applies the binding work-arounds in `qtcompat`.
"""

from evidence_app.gui import qtcompat as _qtcompat  # noqa: F401  (applied on import)
