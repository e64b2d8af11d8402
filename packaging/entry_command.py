"""The `evidence-app` program of the built app: the commands (and the window with none)."""

import sys

from evidence_app.cli.main import main

sys.exit(main())
