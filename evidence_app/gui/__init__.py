"""The desktop interface of Bewijskluis (PySide6 widgets).

Everything with a window lives here; it reaches the vault only through
`vault.service.VaultService`, handed to each widget through its constructor.
"""
