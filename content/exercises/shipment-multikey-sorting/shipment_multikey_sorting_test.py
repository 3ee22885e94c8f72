import pytest
from shipment_multikey_sorting import by_priority, loading_order, route_sheet, weight_extremes


def shipment(id: str, priority: int, weight_kg: float, city: str, created: str) -> dict:
    return {
        "id": id,
        "priority": priority,
        "weight_kg": weight_kg,
        "city": city,
        "created": created,
    }


def sample() -> list[dict]:
    """A fresh list of six shipments for each test."""
    return [
        shipment("S1", 2, 12.5, "Lyon", "2024-05-01T09:30"),
        shipment("S2", 1, 3.0, "Paris", "2024-05-01T08:00"),
        shipment("S3", 2, 40.0, "Lyon", "2024-05-02T07:15"),
        shipment("S4", 3, 12.5, "Brest", "2024-04-30T18:45"),
        shipment("S5", 1, 25.0, "Brest", "2024-05-02T11:00"),
        shipment("S6", 2, 12.5, "Paris", "2024-05-02T07:15"),
    ]


def ids(shipments: list[dict]) -> list[str]:
    return [s["id"] for s in shipments]


@pytest.mark.task(taskno=1)
def test_by_priority_keeps_the_order_of_ties() -> None:
    got = ids(by_priority(sample()))
    assert got == ["S2", "S5", "S1", "S3", "S6", "S4"], (
        f"priority 1, then 2, then 3; equal priorities keep their order. Got {got}"
    )


@pytest.mark.task(taskno=1)
def test_by_priority_returns_a_new_list() -> None:
    given = sample()
    by_priority(given)
    assert ids(given) == ["S1", "S2", "S3", "S4", "S5", "S6"], (
        "the given list must not be reordered"
    )
    assert by_priority([]) == [], "no shipments, nothing to sort"


@pytest.mark.task(taskno=2)
def test_loading_order_heaviest_first_within_a_priority() -> None:
    got = ids(loading_order(sample()))
    assert got == ["S5", "S2", "S3", "S1", "S6", "S4"], (
        f"priority upwards, then weight downwards (S1 and S6 weigh the same), got {got}"
    )


@pytest.mark.task(taskno=3)
def test_route_sheet_by_city_then_newest_first() -> None:
    got = ids(route_sheet(sample()))
    assert got == ["S5", "S4", "S3", "S1", "S6", "S2"], (
        f"Brest, Lyon, Paris; inside each city the newest first, got {got}"
    )


@pytest.mark.task(taskno=3)
def test_route_sheet_keeps_the_order_of_full_ties() -> None:
    twins = [
        shipment("T1", 1, 1.0, "Nice", "2024-05-01T10:00"),
        shipment("T2", 1, 1.0, "Nice", "2024-05-01T10:00"),
    ]
    got = ids(route_sheet(twins))
    assert got == ["T1", "T2"], f"same city and time: the given order stays, got {got}"


@pytest.mark.task(taskno=4)
def test_weight_extremes_first_among_equals() -> None:
    got = weight_extremes(sample())
    assert got == ("S3", "S2"), f"S3 is the heaviest (40 kg), S2 the lightest (3 kg), got {got}"
    got = weight_extremes([sample()[3], sample()[5], sample()[0]])
    assert got == ("S4", "S4"), f"S4, S6 and S1 all weigh 12.5 kg: the first wins, got {got}"


@pytest.mark.task(taskno=4)
def test_weight_extremes_of_nothing() -> None:
    assert weight_extremes([]) is None, "no shipments: None"
