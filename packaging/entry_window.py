"""The `bewijskluis` program of the built app: the window."""

import sys

from evidence_app.cli.main import gui_main

sys.exit(gui_main())
