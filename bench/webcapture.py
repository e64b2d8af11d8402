"""Benchmark: capturing a tall web page against loading it alone, in the same run.

For a page of 5,000 and of 20,000 CSS px served from 127.0.0.1, prints the
median time of:
- loading the page alone (the baseline);
- the capture on the GUI thread (load, viewport, MHTML archive, full-page image);
- storing it (PNG encoding, stamped copy, vault writes with fsync), done in the
  worker thread in the app;
each capture and store as a ratio against the load. Offscreen, software rendering
unless the machine has a GPU.

Run: `python bench/webcapture.py [--rounds N]`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.helpers.web_site

from evidence_app.capture.web.headless import application
from table import Row, report  # bench/table.py

application()

from evidence_app.capture.web.capture import HeadlessBrowser, store_capture  # noqa: E402
from evidence_app.storage.keyheader import KdfParams  # noqa: E402
from evidence_app.vault.service import VaultService  # noqa: E402
from tests.helpers.web_site import serve_site  # noqa: E402

HEIGHTS = (5_000, 20_000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    site = serve_site()
    with tempfile.TemporaryDirectory() as folder, HeadlessBrowser() as browser:
        service, _ = VaultService.create(
            Path(folder) / "vault", "benchmark passphrase for the vault", kdf=KdfParams(1, 65536, 1)
        )
        case_id = service.cases()[0].id
        rows: list[Row] = []
        browser.load(site.url("/tall?h=100"))  # start Chromium's renderer before timing
        for height in HEIGHTS:
            url = site.url(f"/tall?h={height}")
            loads, captures, stores = [], [], []
            for _ in range(args.rounds):
                start = time.perf_counter()
                browser.load(url)
                loads.append(time.perf_counter() - start)
                start = time.perf_counter()
                capture = browser.capture(url)
                captures.append(time.perf_counter() - start)
                start = time.perf_counter()
                store_capture(service, case_id, capture)
                stores.append(time.perf_counter() - start)
            load, grab, store = (statistics.median(x) for x in (loads, captures, stores))
            rows.append(Row(f"capture a {height} px page / its load", grab, load, "s", "—"))
            print(
                f"{height:>6} px: load {load * 1000:7.0f} ms | capture {grab * 1000:7.0f} ms "
                f"= {grab / load:5.1f}x the load | store {store * 1000:7.0f} ms "
                f"= {store / load:5.1f}x the load"
            )
        service.lock()
    site.close()
    report(rows)


if __name__ == "__main__":
    main()
