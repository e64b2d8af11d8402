"""The domain: plain records, typed errors, time, the audit chain, and the rules for
passphrases, recovery keys, web addresses and images.

No Qt, no database, no files of the vault: everything above builds on these, and
nothing here imports from above (the layer contract in `pyproject.toml`).
"""
