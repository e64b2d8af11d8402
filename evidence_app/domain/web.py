"""Web addresses: which ones we accept, and which platform they belong to."""

from __future__ import annotations

from urllib.parse import urlsplit

from evidence_app.domain.errors import BadInput

WEB_SCHEMES = ("http", "https")
MAX_URL_LENGTH = 64 * 1024

# host suffix -> platform id; the GUI shows each id under its own name.
_PLATFORM_HOSTS: dict[str, str] = {
    "instagram.com": "instagram",
    "instagr.am": "instagram",
    "snapchat.com": "snapchat",
    "tiktok.com": "tiktok",
    "whatsapp.com": "whatsapp",
    "wa.me": "whatsapp",
    "facebook.com": "facebook",
    "fb.com": "facebook",
    "messenger.com": "facebook",
    "x.com": "x",
    "twitter.com": "x",
    "t.me": "telegram",
    "telegram.org": "telegram",
    "telegram.me": "telegram",
    "discord.com": "discord",
    "discord.gg": "discord",
    "youtube.com": "youtube",
    "youtu.be": "youtube",
    "reddit.com": "reddit",
    "redd.it": "reddit",
    "onlyfans.com": "onlyfans",
    "google.com": "search",
    "bing.com": "search",
    "duckduckgo.com": "search",
    "yandex.com": "search",
    "google.be": "search",
    "google.nl": "search",
    "google.fr": "search",
    "ecosia.org": "search",
    "qwant.com": "search",
    "search.yahoo.com": "search",
    "pornhub.com": "adult",
    "xvideos.com": "adult",
    "xnxx.com": "adult",
    "xhamster.com": "adult",
    "redtube.com": "adult",
    "youporn.com": "adult",
}
PLATFORMS: tuple[str, ...] = (*sorted(set(_PLATFORM_HOSTS.values()) - {"adult"}), "adult", "other")


class BadUrl(BadInput):
    """Not a web address we can record (wrong scheme, no host, too long)."""


def validate_url(text: str) -> str:
    """The URL, trimmed, if it is an http(s) address with a host; `BadUrl` otherwise.

    An address typed without a scheme (`instagram.com/x`) gets `https://`.
    Unicode hosts and paths are kept as typed: the record shows what the person saw.
    """
    url = text.strip()
    if not url:
        return ""
    if len(url) > MAX_URL_LENGTH:
        raise BadUrl("the web address is too long")
    if "://" not in url and not url.lower().startswith(
        ("javascript:", "data:", "file:", "mailto:")
    ):
        url = "https://" + url
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:  # "https://[::1/": an IPv6 host without its closing bracket
        raise BadUrl("the web address is not written correctly") from None
    if parts.scheme.lower() not in WEB_SCHEMES:
        raise BadUrl("only web addresses (http or https) can be recorded")
    if not host:
        raise BadUrl("the web address has no site name")
    return url


def platform_for(url: str) -> str:
    """The platform id for `url` ("" when there is no URL, "other" when unknown)."""
    if not url:
        return ""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    for suffix, platform in _PLATFORM_HOSTS.items():
        if host == suffix or host.endswith("." + suffix):
            return platform
    return "other"
