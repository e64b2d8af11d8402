"""The evidence in the window: the list's model, the detail pane with its image viewer,
the record form and dialog, persons, the redaction editor, tips, and importing files
in a batch with its progress.
"""
