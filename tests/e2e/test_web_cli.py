"""`evidence-app capture-web` as a subprocess, headless, against a local site.

The subprocess runs with HOME, every XDG folder and TMPDIR pointed at empty
folders (the `env` fixture), and nothing may appear there: not even the empty
`~/Downloads` that QtWebEngine makes while saving the page archive (upstream
`DownloadManagerDelegateQt::GetSaveDir`), which the app removes again.
"""

from __future__ import annotations

import json
import os
import socket

from tests.helpers.cli import Env, Run
from tests.helpers.web_site import Site


def written_outside(env: Env) -> list[str]:
    found = []
    for root in (env.home, env.tmp):
        for path in root.rglob("*"):
            found.append(str(path.relative_to(root.parent)))
    return found


def test_capture_web_stores_the_page_and_writes_nothing_outside_the_vault(
    env: Env, run: Run, vault: str, site: Site
) -> None:
    env.vars.pop("DISPLAY", None)
    env.vars.pop("WAYLAND_DISPLAY", None)
    env.vars.pop("QT_QPA_PLATFORM", None)  # it chooses offscreen by itself
    # As a fresh process would start (the GUI tests' process may have set them already).
    env.vars.pop("QTWEBENGINE_DISABLE_SANDBOX", None)
    env.vars.pop("QTWEBENGINE_CHROMIUM_FLAGS", None)
    url = site.url("/redirect")
    result = run("capture-web", url, "--case", "Web")
    assert result.returncode == 0, result.stderr
    words = result.stdout.split()
    assert words[0] == "added" and words[3] == url and len(words[2]) == 64
    assert url not in result.stderr and "127.0.0.1" not in result.stderr
    if os.geteuid() == 0:
        assert "sandbox is disabled" in result.stderr
    listed = run("list", "--json", "--case", "Web")
    (item,) = json.loads(listed.stdout)
    assert (item["id"], item["sha256"]) == (int(words[1]), words[2])
    assert (item["kind"], item["url"], item["final_url"]) == ("web", url, site.url("/page"))
    assert (item["page_title"], item["http_status"], item["mime_type"]) == (
        "A post",
        200,
        "image/png",
    )
    assert run("check").returncode == 0
    assert written_outside(env) == []


def test_capture_web_of_a_404_stores_it_with_its_status(
    env: Env, run: Run, vault: str, site: Site
) -> None:
    result = run("capture-web", site.url("/missing"))
    assert result.returncode == 0, result.stderr
    assert "HTTP status 404" in result.stderr
    (item,) = json.loads(run("list", "--json").stdout)
    assert item["http_status"] == 404


def test_capture_web_of_an_unreachable_address_says_so_and_stores_nothing(
    env: Env, run: Run, vault: str
) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = run("capture-web", f"http://127.0.0.1:{port}/post")
    assert result.returncode == 1
    assert "could not be reached" in result.stderr and "Nothing was stored" in result.stderr
    assert json.loads(run("list", "--json").stdout) == []
    assert written_outside(env) == []


def test_capture_web_refuses_what_is_not_a_web_address(env: Env, run: Run, vault: str) -> None:
    result = run("capture-web", "file:///etc/passwd", lines=())
    assert result.returncode == 2
    assert "http or https" in result.stderr


def test_capture_web_with_a_display_that_does_not_answer_captures_offscreen(
    env: Env, run: Run, vault: str, site: Site
) -> None:
    # A terminal left with the DISPLAY of a closed session: Qt's xcb would abort.
    env.vars["DISPLAY"] = ":77"
    env.vars.pop("WAYLAND_DISPLAY", None)
    env.vars.pop("QT_QPA_PLATFORM", None)
    result = run("capture-web", site.url("/page"), "--case", "Web")
    assert result.returncode == 0, result.stderr
    assert "QtFatalMsg" not in result.stderr
    (item,) = json.loads(run("list", "--json", "--case", "Web").stdout)
    assert (item["kind"], item["page_title"]) == ("web", "A post")
