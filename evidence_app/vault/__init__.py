"""The open vault: `VaultService` (service.py), assembled from `VaultBase` (base.py) and
one mixin per kind of record (`ItemStore`, `CaseBook`, `WebRecords`, each in the
module of its name), with the check (integrity.py) and the reading around damaged
pages (damage.py). Builds on `storage/` and `domain/`; the GUI, the command line,
export and capture call it, never SQL.
"""
