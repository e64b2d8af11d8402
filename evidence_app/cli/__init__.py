"""The `evidence-app` command: the GUI by default, subcommands for helpers, scripts and tests.

Passphrases are read from the terminal without echo, or, when standard input
is not a terminal, one per line from standard input (as keepassxc-cli does).
Messages go to standard error and never hold a passphrase, a key or evidence.

Exit codes: 0 success, 1 a check failed (or, for `list` and `export` of a
damaged vault, done as far as it could be read: what is missing is named),
2 bad usage or input, 3 wrong passphrase or key, 4 vault damaged or
unreadable (nothing could be done), 5 cannot write now, 70 an internal error.
"""

from evidence_app.cli.common import message_for, printable
from evidence_app.cli.main import gui_arguments, gui_main, main
from evidence_app.cli.parser import build_parser

__all__ = ["build_parser", "gui_arguments", "gui_main", "main", "message_for", "printable"]
