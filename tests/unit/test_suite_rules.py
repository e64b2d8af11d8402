"""Rules of the test suite itself: what several tests share lives in tests/helpers/.

A test module that imports another test module (or a conftest) runs that module's
code a second time under another name, ties two unrelated files together, and
hides where a shared value is defined. Values, classes and builders that several
modules use live in `tests/helpers/<topic>.py`; fixtures that several folders use
live in a conftest.py. The imports are read with `ast`, without running anything.

Tests wait for a condition, never for a fixed time: `tests/helpers/waiting.py`.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.helpers.waiting import TimedOut, wait_until

ROOT = Path(__file__).resolve().parents[2]
CHECKED = sorted(
    path
    for folder in ("tests", "bench")
    for path in (ROOT / folder).rglob("*.py")
    if "__pycache__" not in path.parts
)


def _is_test_code(module: str) -> bool:
    """A test module (`test_*`) or a conftest, by any part of its dotted name."""
    return any(part == "conftest" or part.startswith("test_") for part in module.split("."))


def _outside_helpers(module: str) -> bool:
    return module.startswith("tests.") and not module.startswith("tests.helpers")


def forbidden_imports(source: str) -> list[str]:
    """The modules `source` imports that are test modules, conftests, or tests.* outside
    tests.helpers (a relative import of `test_*` counts too)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
            found += [name for name in names if _is_test_code(name) or _outside_helpers(name)]
        elif isinstance(node, ast.ImportFrom):
            module = "." * node.level + (node.module or "")
            submodules = [f"{module.rstrip('.')}.{a.name}" for a in node.names]
            if _is_test_code(module):
                found.append(module)
            elif any(_is_test_code(name) for name in submodules):
                found += [name for name in submodules if _is_test_code(name)]
            elif _outside_helpers(module):
                found.append(module)
    return found


@pytest.mark.parametrize(
    ("source", "found"),
    [
        ("from tests.unit.test_export import add_evidence", ["tests.unit.test_export"]),
        ("from tests.e2e.conftest import PASSPHRASE", ["tests.e2e.conftest"]),
        ("from tests.gui import test_web_site", ["tests.gui.test_web_site"]),
        ("import tests.unit.conftest", ["tests.unit.conftest"]),
        ("from test_export import Evidence", ["test_export"]),
        ("from conftest import FAST_KDF", ["conftest"]),
        ("from . import test_lock", [".test_lock"]),
        ("from tests.e2e import portal_client", ["tests.e2e"]),
        ("from tests.helpers.vaults import FAST_KDF, PASSPHRASE", []),
        ("from tests.helpers import images", []),
        ("import pytest\nfrom pytestqt.qtbot import QtBot\nimport unittest", []),
    ],
)
def test_the_rule_finds_imports_of_test_code(source: str, found: list[str]) -> None:
    assert forbidden_imports(source) == found


def test_no_test_module_imports_another_or_a_conftest() -> None:
    assert len(CHECKED) > 50  # the suite was found
    offenders = {
        str(path.relative_to(ROOT)): found
        for path in CHECKED
        if (found := forbidden_imports(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}, "move what is shared to tests/helpers/ (see its __init__.py)"


def test_waiting_is_for_a_condition_and_names_the_one_that_never_came() -> None:
    answers = iter([None, LookupError("not listed yet"), 0, "ready"])

    def condition() -> object:
        answer = next(answers)
        if isinstance(answer, Exception):
            raise answer
        return answer

    assert wait_until("it", condition, timeout=30, retry_on=(LookupError,), every=0) == "ready"
    with pytest.raises(TimedOut, match=r"^timed out waiting for the moon \(not yet\)$"):
        wait_until("the moon", _not_yet, timeout=0.05, retry_on=(LookupError,), every=0.01)
    with pytest.raises(KeyError):  # anything else ends the wait at once
        wait_until("a key", lambda: {}["key"], timeout=30)


def _not_yet() -> bool:
    raise LookupError("not yet")
