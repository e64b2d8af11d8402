"""The check reads on connections of its own: the vault can be used and locked while it
runs, it reports every byte it reads, and it stops when asked or when the vault locks."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from evidence_app.domain.errors import CheckStopped, VaultLocked
from evidence_app.vault.service import VAULT_DB, VaultService
from tests.helpers.vaults import PASSPHRASE

PART = 1024 * 1024 + 7  # two stored chunks each


@pytest.fixture
def service(created: tuple[VaultService, str], tmp_path: Path) -> VaultService:
    service, _ = created
    for n in range(3):
        source = tmp_path / f"file{n}.bin"
        source.write_bytes(bytes([n + 1]) * PART)
        service.add_file(source, case_id=1, url=f"https://example.org/{n}")
    return service


class Held:
    """A progress report that holds the check at its first report until `go` is set."""

    def __init__(self) -> None:
        self.reached = threading.Event()
        self.go = threading.Event()
        self.reports: list[tuple[int, int]] = []

    def __call__(self, done: int, total: int) -> None:
        self.reports.append((done, total))
        if not self.reached.is_set():
            self.reached.set()
            assert self.go.wait(30)


def _check_in_thread(service: VaultService, held: Held) -> dict[str, object]:
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["report"] = service.check_report(held)
        except BaseException as exc:  # handed to the test
            outcome["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    outcome["thread"] = thread
    assert held.reached.wait(30)
    return outcome


def test_every_byte_read_is_reported_and_the_last_report_is_all(service: VaultService) -> None:
    reports: list[tuple[int, int]] = []
    report = service.check_report(lambda done, total: reports.append((done, total)))
    assert report.problems == []
    size = (service.folder / VAULT_DB).stat().st_size
    assert reports[-1] == (size + 3 * PART, size + 3 * PART)
    dones = [done for done, _ in reports]
    assert dones == sorted(dones)


def test_the_vault_is_used_while_it_is_checked_and_what_came_meanwhile_is_not_half_seen(
    service: VaultService, tmp_path: Path
) -> None:
    held = Held()
    outcome = _check_in_thread(service, held)
    # The check is under way and holds no lock: reading and storing go on.
    assert [item.id for item in service.items()] == [1, 2, 3]
    late = tmp_path / "late.bin"
    late.write_bytes(b"came during the check")
    service.add_file(late, case_id=1)
    held.go.set()
    thread = outcome["thread"]
    assert isinstance(thread, threading.Thread)
    thread.join(60)
    assert "error" not in outcome, outcome
    report = outcome["report"]
    # As the vault was when the check began: three items, no "bytes without an item".
    assert report.problems == [] and report.items == 3  # type: ignore[attr-defined]
    assert service.check_report().items == 4


def test_locking_stops_a_check_under_way_and_closes_its_connections(
    service: VaultService, caplog: pytest.LogCaptureFixture
) -> None:
    held = Held()
    outcome = _check_in_thread(service, held)
    stops = [stop for _, stop in list(service._readers._open.values())]
    locker = threading.Thread(target=service.lock)
    locker.start()
    for stop in stops:  # the lock has stopped it: only then may the check go on
        assert stop.wait(30)
    held.go.set()
    locker.join(30)
    thread = outcome["thread"]
    assert isinstance(thread, threading.Thread)
    thread.join(30)
    assert service.locked
    assert isinstance(outcome.get("error"), VaultLocked)
    assert not service._readers._open  # every connection of the check is closed
    assert "did not stop in time" not in caplog.text


def test_a_check_stopped_by_its_progress_report_ends_both_of_its_halves(
    service: VaultService,
) -> None:
    class Stop(Exception):
        pass

    def stop(done: int, total: int) -> None:
        raise Stop

    with pytest.raises(Stop):
        service.check_report(stop)
    assert not service._readers._open
    assert not [t for t in threading.enumerate() if t.name == "vault-check"]
    assert service.check_report().problems == []  # and the vault goes on as before


def test_a_locked_vault_is_not_checked(service: VaultService) -> None:
    service.lock()
    with pytest.raises(VaultLocked):
        service.check_report()


def test_a_new_recovery_key_during_a_check_stops_it_first_and_loses_nothing(
    service: VaultService, tmp_path: Path
) -> None:
    """Renewing the key replaces the vault's file: the check's connections on the old file
    are closed first (closing one later would remove the new file's write-ahead log)."""
    held = Held()
    outcome = _check_in_thread(service, held)
    renewal = service.new_recovery_key(PASSPHRASE)
    renewing = threading.Thread(target=renewal.commit)
    renewing.start()
    wait_for_stop = [stop for _, stop in list(service._readers._open.values())]
    for stop in wait_for_stop:
        assert stop.wait(30)
    held.go.set()
    renewing.join(60)
    thread = outcome["thread"]
    assert isinstance(thread, threading.Thread)
    thread.join(30)
    assert isinstance(outcome.get("error"), CheckStopped)
    assert not service._readers._open
    # The renewed vault works, keeps what comes after, and checks whole, now and reopened.
    late = tmp_path / "after.bin"
    late.write_bytes(b"stored after the renewal")
    service.add_file(late, case_id=1)
    assert service.check_report().problems == []
    service.lock()
    again = VaultService.unlock_with_recovery_key(service.folder, renewal.recovery_key)
    assert len(again.items()) == 4 and again.check() == []
    again.lock()
