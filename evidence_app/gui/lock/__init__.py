"""Opening and closing the vault: the one holder of the open vault (session.VaultSession),
the unlock dialog, locking after idle time (auto_lock), the Lock and Quick exit keys
(safety), the countdown before an automatic lock, and the single-instance guard.
"""
