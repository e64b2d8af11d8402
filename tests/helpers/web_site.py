"""A small web site on 127.0.0.1 for the web capture tests (and `bench/webcapture.py`).

`serve_site()` starts it in a thread and `Site.close()` stops it; every test
that uses it goes through the `site` fixture (tests/conftest.py), so it never
outlives the test; tests/unit/test_web_site.py checks the site itself.
Pages:
- `/tall?h=N`: N CSS px of bands, 1000 px each (the last shorter), band `i`
  coloured `band_colour(i)`, with its number written in it;
- `/page`: a short page whose text is `Site.text`, answered with `Site.page_status`
  (change either to test re-checks);
- `/redirect`: 302 to `/page`;
- `/missing`: 404 with a page of its own; `/gone`: 410.
"""

from __future__ import annotations

import http.server
import threading
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

BAND = 1000


def band_colour(i: int) -> tuple[int, int, int]:
    return ((i * 53) % 200 + 40, (255 - i * 37) % 200 + 40, (i * 91) % 200 + 40)


def tall_html(height: int) -> str:
    bands = []
    for i, top in enumerate(range(0, height, BAND)):
        r, g, b = band_colour(i)
        h = min(BAND, height - top)
        bands.append(
            f'<div style="height:{h}px;background:rgb({r},{g},{b});font:40px sans-serif">'
            f"band {i}</div>"
        )
    return (
        "<!doctype html><html><head><title>Tall page</title>"
        "<style>html,body{margin:0;padding:0}</style></head>"
        f"<body>{''.join(bands)}</body></html>"
    )


@dataclass
class Site:
    server: http.server.ThreadingHTTPServer
    thread: threading.Thread
    text: str = "The original post text"
    page_status: int = 200  # what `/page` answers (404 or 410 to test re-checks)
    requests: list[str] = field(default_factory=list)

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)


def serve_site() -> Site:
    site: Site

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            site.requests.append(parts.path)
            query = parse_qs(parts.query)
            if parts.path == "/redirect":
                self.send_response(302)
                self.send_header("Location", "/page")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            status, body = 200, ""
            if parts.path == "/tall":
                body = tall_html(int(query.get("h", ["6000"])[0]))
            elif parts.path == "/page":
                status = site.page_status
                body = (
                    "<!doctype html><html><head><title>A post</title></head>"
                    f"<body style='font:20px sans-serif'><h1>Profile</h1><p>{site.text}</p>"
                    "</body></html>"
                )
            elif parts.path == "/missing":
                status = 404
                body = (
                    "<!doctype html><html><head><title>Not found</title></head>"
                    "<body style='background:rgb(250,230,120)'><h1>This post is not here</h1>"
                    "</body></html>"
                )
            elif parts.path == "/gone":
                status, body = 410, "<html><body>Gone</body></html>"
            else:
                status, body = 404, "<html><body>No such page</body></html>"
            data = body.encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:
            del format, args  # quiet

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1})
    thread.daemon = True
    site = Site(server, thread)
    thread.start()
    return site
