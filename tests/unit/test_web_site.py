"""The local web site of the web capture tests (tests/helpers/web_site.py) serves its pages."""

from __future__ import annotations

import urllib.request

from tests.helpers.web_site import Site


def test_the_site_serves_its_pages(site: Site) -> None:
    with urllib.request.urlopen(site.url("/tall?h=2500"), timeout=10) as answer:  # noqa: S310
        assert answer.status == 200
        assert answer.read().decode().count("band ") == 3
    with urllib.request.urlopen(site.url("/redirect"), timeout=10) as answer:  # noqa: S310
        assert answer.url.endswith("/page")
