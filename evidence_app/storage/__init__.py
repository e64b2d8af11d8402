"""Qt-free storage: the key header, the SQLCipher connection, the schema and the repository."""
