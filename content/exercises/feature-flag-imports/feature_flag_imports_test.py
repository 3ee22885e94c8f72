from collections.abc import Iterator

import api_gateway
import feature_flags
import pytest

flags_at_import = (feature_flags.MAINTENANCE, set(feature_flags.BETA_USERS))


@pytest.fixture(autouse=True)
def flags_off() -> Iterator[None]:
    """Every test starts with maintenance off and no beta users, however it was left."""
    feature_flags.MAINTENANCE = False
    feature_flags.BETA_USERS.clear()
    yield
    feature_flags.MAINTENANCE = False
    feature_flags.BETA_USERS.clear()


@pytest.mark.task(taskno=1)
def test_set_maintenance_changes_the_modules_flag() -> None:
    assert flags_at_import == (False, set()), (
        f"the flags start off and empty, got {flags_at_import}"
    )
    feature_flags.set_maintenance(True)
    assert feature_flags.MAINTENANCE is True, "set_maintenance(True) needs `global MAINTENANCE`"
    feature_flags.set_maintenance(False)
    assert feature_flags.MAINTENANCE is False, "and it can be switched off again"


@pytest.mark.task(taskno=1)
def test_beta_users_change_in_place() -> None:
    users = feature_flags.BETA_USERS
    feature_flags.add_beta_user("ana")
    feature_flags.add_beta_user("bo")
    feature_flags.remove_beta_user("bo")
    feature_flags.remove_beta_user("nobody")
    assert set(feature_flags.BETA_USERS) == {"ana"}, f"got {feature_flags.BETA_USERS}"
    assert feature_flags.BETA_USERS is users, "change the set in place, do not build a new one"


@pytest.mark.task(taskno=2)
def test_handle_without_flags() -> None:
    assert api_gateway.handle("/", "ana") == "200 ok", "an ordinary request"
    assert api_gateway.handle("/beta/search", "ana") == "403 beta only", "ana is not in the beta"
    assert api_gateway.handle("/about/beta", "ana") == "200 ok", "only paths starting with /beta"


@pytest.mark.task(taskno=2)
def test_handle_sees_flags_switched_after_import() -> None:
    feature_flags.add_beta_user("ana")
    assert api_gateway.handle("/beta/search", "ana") == "200 ok", "ana joined the beta"
    feature_flags.set_maintenance(True)
    got = api_gateway.handle("/", "ana")
    assert got == "503 maintenance", (
        f"maintenance was switched on after the gateway was imported, got {got!r}: "
        "`from feature_flags import MAINTENANCE` copies the old value"
    )
    feature_flags.set_maintenance(False)
    assert api_gateway.handle("/", "ana") == "200 ok", "and off again"


@pytest.mark.task(taskno=2)
def test_gateway_copies_no_flag() -> None:
    for name in ("MAINTENANCE", "BETA_USERS"):
        assert not hasattr(api_gateway, name), (
            f"api_gateway has its own {name}: read feature_flags.{name} instead"
        )


@pytest.mark.task(taskno=3)
def test_status_line() -> None:
    assert api_gateway.status_line() == "maintenance off, 0 beta users", "all flags off"
    feature_flags.add_beta_user("ana")
    feature_flags.add_beta_user("bo")
    feature_flags.set_maintenance(True)
    got = api_gateway.status_line()
    assert got == "maintenance on, 2 beta users", f"the flags of the moment, got {got!r}"
