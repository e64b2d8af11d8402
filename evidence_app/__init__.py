"""Bewijskluis: a private, encrypted evidence vault for the desktop."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("evidence-app")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.0.0+source"

APP_NAME = "Bewijskluis"
