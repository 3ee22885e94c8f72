import pytest
from leaderboard_tuples import promote, score_range, split_columns, top_player

ROUND = [("ana", 70), ("ben", 95), ("cleo", 95), ("dev", 40)]


@pytest.mark.task(taskno=1)
def test_top_player_has_the_highest_score() -> None:
    got = top_player([("ana", 70), ("dev", 40), ("eve", 81)])
    assert got == ("eve", 81), f"eve scored highest, got {got!r}"


@pytest.mark.task(taskno=1)
def test_top_player_tie_goes_to_the_earliest() -> None:
    got = top_player(ROUND)
    assert got == ("ben", 95), f"ben and cleo both scored 95; ben finished first, got {got!r}"


@pytest.mark.task(taskno=1)
def test_top_player_of_no_records() -> None:
    assert top_player([]) is None, "nobody played: None"
    assert top_player([("solo", -5)]) == ("solo", -5), "a single player is the top player"


@pytest.mark.task(taskno=2)
def test_score_range_is_lowest_and_highest() -> None:
    got = score_range(ROUND)
    assert got == (40, 95), f"the scores go from 40 to 95, got {got!r}"


@pytest.mark.task(taskno=2)
def test_score_range_does_not_start_at_zero() -> None:
    got = score_range([("ana", 70), ("ben", 85)])
    assert got == (70, 85), f"no one scored 0: the lowest score is 70, got {got!r}"
    got = score_range([("ana", -7), ("ben", -2)])
    assert got == (-7, -2), f"all negative: the highest is -2, got {got!r}"
    assert score_range([]) is None, "no records: None"


@pytest.mark.task(taskno=3)
def test_promote_swaps_with_the_name_above() -> None:
    ranking = ["ben", "cleo", "ana"]
    result = promote(ranking, 2)
    assert ranking == ["ben", "ana", "cleo"], f"ana moves above cleo, got {ranking}"
    assert result is None, "the ranking changes in place; nothing is returned"


@pytest.mark.task(taskno=3)
def test_promote_the_first_changes_nothing() -> None:
    ranking = ["ben", "cleo", "ana"]
    promote(ranking, 0)
    assert ranking == ["ben", "cleo", "ana"], f"ben is already first, got {ranking}"


@pytest.mark.task(taskno=4)
def test_split_columns_keeps_the_order() -> None:
    got = split_columns(ROUND)
    want = (["ana", "ben", "cleo", "dev"], [70, 95, 95, 40])
    assert got == want, f"names and scores as two lists, got {got!r}"
    assert split_columns([]) == ([], []), "no records: two empty lists"
