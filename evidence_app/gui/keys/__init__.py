"""The vault's secrets after setup: choosing a passphrase (new_passphrase, shared with
the setup), changing it, and a new recovery key.
"""
