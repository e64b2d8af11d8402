"""The entry points: `evidence-app` (a command, or the window) and `bewijskluis`."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from evidence_app.cli.common import (
    EXIT_INTERNAL,
    EXIT_OK,
    SecretReader,
    _say,
    _silence_stdout,
    message_for,
)
from evidence_app.cli.parser import build_parser
from evidence_app.domain.errors import EvidenceError
from evidence_app.hardening import harden_process
from evidence_app.paths import resolve
from evidence_app.storage.diskerrors import write_problem


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()  # before any secret is read: no core file can hold it
    os.umask(0o077)
    parser = build_parser()
    args = parser.parse_args(argv)
    args.basedir = getattr(args, "basedir", None)
    args.recovery_key = getattr(args, "recovery_key", False)
    paths = resolve(args.basedir)
    if args.command is None:
        from evidence_app.app import run_gui

        return run_gui(paths, [sys.argv[0]])
    # Ended from outside (a closed terminal, a shutdown) as by Ctrl+C: an export under way
    # removes its half-written bundle, and what was reported saved stays saved.
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.default_int_handler)
    try:
        return int(args.func(paths, args, SecretReader(sys.stdin)))
    except EvidenceError as error:
        _say(message_for(error))
        return error.exit_code
    except KeyboardInterrupt:
        _say("Stopped. Everything reported as added is saved.")
        return 130
    except BrokenPipeError:  # a reader that left early is not an error (see `_out`)
        _silence_stdout()
        return EXIT_OK
    except Exception as error:
        # A full disk or a read-only place met outside the vault (the export's target).
        problem = None
        if isinstance(error, OSError) and error.filename:
            problem = write_problem(error, Path(error.filename).parent)
        if problem is not None:
            _say(message_for(problem))
            return problem.exit_code
        _say(f"Internal error ({type(error).__name__}). Nothing that was reported saved is lost.")
        return EXIT_INTERNAL


def gui_arguments(argv: Sequence[str]) -> list[str]:
    """What the window launcher passes on: only `--basedir DIR` (or `--basedir=DIR`).

    It has no console to show usage errors in, so anything else is ignored.
    """
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--basedir")
    known, _ = parser.parse_known_args(list(argv))
    return ["--basedir", known.basedir] if known.basedir else []


def gui_main() -> int:
    """Entry point of the `bewijskluis` GUI launcher (no console on Windows)."""
    return main(gui_arguments(sys.argv[1:]))
