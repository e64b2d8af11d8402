"""The rows every benchmark reports: what, ours, baseline, ratio, goal.

Each benchmark prints its rows as a table; when `BENCH_ROWS` names a file (as
`bench/run.py` does), it also appends them there as JSON lines, so that one run of
every benchmark prints one table.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass

ROWS_ENV = "BENCH_ROWS"


@dataclass(frozen=True)
class Row:
    what: str
    ours: float
    baseline: float
    unit: str  # "s", "ms" or "MiB"
    goal: str  # "≤ 3×", "< 1 s": what issue 13 asks

    @property
    def ratio(self) -> float:
        return self.ours / self.baseline if self.baseline else float("inf")


def format_table(rows: list[Row]) -> str:
    width = max([len("what"), *(len(r.what) for r in rows)])
    lines = [f"{'what':<{width}}  {'ours':>12}  {'baseline':>12}  {'ratio':>7}  goal"]
    for r in rows:
        lines.append(
            f"{r.what:<{width}}  {r.ours:>9.2f} {r.unit:<3}  {r.baseline:>9.2f} {r.unit:<3}"
            f"  {r.ratio:>6.2f}×  {r.goal}"
        )
    return "\n".join(lines)


def report(rows: list[Row]) -> None:
    """Print the rows; append them to the file `BENCH_ROWS` names, if any."""
    print(format_table(rows))
    target = os.environ.get(ROWS_ENV)
    if target:
        with open(target, "a", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(asdict(row), ensure_ascii=False) + "\n")


def read(path: str) -> list[Row]:
    with open(path, encoding="utf-8") as source:
        return [Row(**json.loads(line)) for line in source if line.strip()]
