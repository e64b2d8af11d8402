"""Every benchmark, one table: what, ours, baseline, ratio, goal (issue 13).

Each benchmark runs in a process of its own (Qt, QtWebEngine and memory peaks stay
apart) and appends its rows to a file (`bench/table.py`); this prints them together with
the machine they were measured on. Every figure is a ratio against a baseline measured
in the same run, never an absolute target.

Run: `python bench/run.py` (a few minutes); `--long` adds the export of 2,000
screenshots against 20 (a folder, a ZIP and a 7z) and the check of a 10 GB vault (forty
minutes); `--show` shows each benchmark's own output.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

from table import ROWS_ENV, format_table, read

HERE = Path(__file__).resolve().parent
QUICK: dict[str, list[str]] = {
    "startup.py": ["--rounds", "5"],
    "vault.py": ["--rounds", "9"],
    "capture.py": ["--rounds", "7"],
    "webcapture.py": ["--rounds", "2"],
    "export.py": ["--rounds", "2"],
    "exportmem.py": ["--many", "0", "--rounds", "1"],
    "listing.py": ["--rounds", "5"],
    "check.py": ["--gb", "1", "--rounds", "2"],
    "batch.py": ["--files", "100"],
}


def machine() -> str:
    model = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    from PySide6 import __version__ as pyside

    return (
        f"{platform.system()} {platform.release()}, {os.cpu_count()} cores"
        f"{', ' + model if model else ''}; Python {platform.python_version()}, PySide6 {pyside}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--long", action="store_true", help="2,000 screenshots against 20, and a 10 GB check"
    )
    parser.add_argument("--show", action="store_true", help="each benchmark's own output")
    parser.add_argument("--only", nargs="*", help="these benchmarks (file names)")
    args = parser.parse_args()
    chosen = dict(QUICK)
    if args.long:
        chosen["exportmem.py"] = ["--rounds", "1", "--archives"]
        chosen["check.py"] = ["--gb", "10", "--rounds", "1"]
    if args.only:
        chosen = {name: flags for name, flags in chosen.items() if name in args.only}
    failed = []
    with tempfile.TemporaryDirectory() as folder:
        rows_file = Path(folder) / "rows.jsonl"
        rows_file.touch()
        env = dict(os.environ, **{ROWS_ENV: str(rows_file)})
        for name, flags in chosen.items():
            print(f"running {name} …", file=sys.stderr, flush=True)
            done = subprocess.run(
                [sys.executable, str(HERE / name), *flags],
                env=env,
                stdout=None if args.show else subprocess.DEVNULL,
                check=False,
            )
            if done.returncode != 0:
                failed.append(name)
        rows = read(str(rows_file))
    print(f"Measured on: {machine()}")
    print(format_table(rows))
    if failed:
        print(f"did not finish: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
