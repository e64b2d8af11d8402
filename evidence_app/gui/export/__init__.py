"""The export dialog: what to put in the dossier, where, and its progress."""
