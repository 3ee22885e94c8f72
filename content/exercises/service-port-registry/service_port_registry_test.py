import pytest
from service_port_registry import PortConflict, PortRegistry, UnknownEntry


def registry(*pairs: tuple[str, int]) -> PortRegistry:
    ports = PortRegistry()
    for service, port in pairs:
        ports.claim(service, port)
    return ports


@pytest.mark.task(taskno=1)
def test_claim_and_look_up_both_ways() -> None:
    ports = registry(("api", 8080), ("worker", 9000))
    assert ports.port_of("api") == 8080
    assert ports.service_on(9000) == "worker"
    assert ports.port_of("metrics") is None, "an unknown service has no port"
    assert ports.service_on(5432) is None, "nobody is on a free port"
    assert len(ports) == 2


@pytest.mark.task(taskno=1)
def test_claiming_the_same_pair_again_changes_nothing() -> None:
    ports = registry(("api", 8080))
    ports.claim("api", 8080)
    assert len(ports) == 1
    assert ports.snapshot() == [(8080, "api")]


@pytest.mark.task(taskno=1)
def test_a_taken_port_is_refused_and_keeps_its_owner() -> None:
    ports = registry(("api", 8080))
    with pytest.raises(PortConflict):
        ports.claim("admin", 8080)
    assert ports.service_on(8080) == "api", "the refused claim must not steal the port"
    assert ports.port_of("admin") is None


@pytest.mark.task(taskno=1)
def test_a_service_cannot_hold_two_ports() -> None:
    ports = registry(("api", 8080))
    with pytest.raises(PortConflict):
        ports.claim("api", 8081)
    assert ports.port_of("api") == 8080, "claim must not move a service: that is move()"
    assert ports.service_on(8081) is None


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("port", [0, 65536, -1, True, "8080", 80.0])
def test_invalid_ports_are_refused(port: object) -> None:
    with pytest.raises(ValueError):
        registry().claim("api", port)  # type: ignore[arg-type]


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("service", ["", "   ", None, 42])
def test_invalid_service_names_are_refused(service: object) -> None:
    with pytest.raises(ValueError):
        registry().claim(service, 8080)  # type: ignore[arg-type]


@pytest.mark.task(taskno=2)
def test_move_frees_the_old_port() -> None:
    ports = registry(("api", 8080))
    assert ports.move("api", 8443) == 8080
    assert ports.port_of("api") == 8443
    assert ports.service_on(8080) is None, "after a move the old port is free"
    ports.claim("legacy", 8080)
    assert ports.service_on(8080) == "legacy"


@pytest.mark.task(taskno=2)
def test_move_refuses_unknown_services_and_taken_ports() -> None:
    ports = registry(("api", 8080), ("worker", 9000))
    with pytest.raises(UnknownEntry):
        ports.move("metrics", 9100)
    with pytest.raises(PortConflict):
        ports.move("api", 9000)
    assert ports.snapshot() == [(8080, "api"), (9000, "worker")]
    assert ports.move("api", 8080) == 8080, "moving to its own port changes nothing"


@pytest.mark.task(taskno=3)
def test_release_returns_the_service_and_forgets_it() -> None:
    ports = registry(("api", 8080), ("worker", 9000))
    assert ports.release(9000) == "worker"
    assert ports.port_of("worker") is None
    assert len(ports) == 1
    with pytest.raises(UnknownEntry):
        ports.release(9000)
    with pytest.raises(LookupError):
        ports.release(1234)


@pytest.mark.task(taskno=4)
def test_snapshot_is_sorted_by_port() -> None:
    ports = registry(("worker", 9000), ("api", 8080), ("cache", 6379))
    assert ports.snapshot() == [(6379, "cache"), (8080, "api"), (9000, "worker")]
