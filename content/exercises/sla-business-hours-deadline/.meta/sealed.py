"""Sealed cases for sla-business-hours-deadline: teams in zones with half-hour DST (Lord
Howe), odd offsets (St John's, Kathmandu, Chatham), southern-hemisphere DST (Santiago) and
Berlin; custom opening hours with minutes, seconds and microseconds; custom work weeks
(Sunday included, one day only, all seven) and holidays; starts and ends given in fixed
offsets of other zones, with microseconds, on weekends and holidays, around the team's DST
weekends, exactly at opening and closing; durations from zero to two hundred hours, some
with microseconds, some ending exactly at a closing time.

Opening hours stay between 05:00 and 21:00, where none of these zones changes its clocks
(the instructions let solutions assume it): wall-clock and elapsed time agree inside a
window. A naive moment is never combined with another invalid argument."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from pyhero.sealed import Case, gen

SOLUTION = "sla_business_hours_deadline"

TEAM_ZONES = ("Europe/Berlin", "America/St_Johns", "Australia/Lord_Howe", "Asia/Kathmandu",
              "Pacific/Chatham", "America/Santiago", "America/New_York")  # fmt: skip
OPENS = (time(9), time(9), time(8, 30), time(6), time(9, 45, 30), time(5, 0, 0, 1))
CLOSES = (time(17), time(17), time(12, 15), time(18, 30), time(21), time(16, 59, 59, 999_999))
WEEKS = (frozenset(range(5)), frozenset(range(5)), frozenset({6}), frozenset(range(7)),
         frozenset({0, 2, 4}), frozenset({5, 6}), frozenset({3}))  # fmt: skip
START = datetime(2020, 1, 1, tzinfo=UTC)
END = datetime(2030, 1, 1, tzinfo=UTC)


def _team(rng: random.Random, around: datetime, zone: str) -> dict[str, Any]:
    """Opening hours, a work week and holidays near ``around`` for a team in ``zone``."""
    opens, closes = gen.pick(rng, OPENS), gen.pick(rng, CLOSES)
    if opens >= closes:
        opens, closes = time(9), time(17)
    base = around.date()
    offsets = {rng.randint(-3, 20) for _ in range(rng.randint(0, 4))}
    holidays = sorted(base + timedelta(days=offset) for offset in offsets)
    return {"zone": zone, "opens": opens, "closes": closes,
            "workdays": sorted(gen.pick(rng, WEEKS)), "holidays": holidays}  # fmt: skip


def _hours(solution, team):  # type: ignore[no-untyped-def]
    return solution.BusinessHours(ZoneInfo(team["zone"]), opens=team["opens"],
                                  closes=team["closes"], workdays=frozenset(team["workdays"]),
                                  holidays=frozenset(team["holidays"]))  # fmt: skip


def _moment(rng: random.Random, team_zone: str) -> datetime:
    roll = rng.random()
    if roll < 0.25 and team_zone in gen.DST_ZONES:  # near the team's clock change
        return gen.around_transition(rng, team_zone, years=(2021, 2028)).astimezone(
            gen.fixed_zone(rng))  # fmt: skip
    moment = gen.aware_datetime(rng, start=START, end=END, zones="mixed")
    if roll < 0.45:  # exactly at a whole or half hour in the team's zone
        local = moment.astimezone(ZoneInfo(team_zone))
        hour = gen.pick(rng, (5, 6, 8, 9, 12, 16, 17, 18, 21))
        minute = gen.pick(rng, (0, 0, 15, 30, 45))
        local = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
        moment = local.astimezone(gen.fixed_zone(rng))
    return moment


def _duration(rng: random.Random) -> timedelta:
    return gen.pick(rng, (
        timedelta(0), timedelta(hours=1), timedelta(hours=4), timedelta(hours=8),
        timedelta(minutes=45), timedelta(hours=16), timedelta(hours=200),
        timedelta(hours=2, microseconds=1), timedelta(seconds=rng.randint(1, 400_000)),
        timedelta(microseconds=rng.randint(1, 10**11)),
    ))  # fmt: skip


def window(solution, team, day):  # type: ignore[no-untyped-def]
    hours = _hours(solution, team)
    return {"workday": hours.is_workday(day), "window": hours.window(day)}


def business_now(solution, team, moment):  # type: ignore[no-untyped-def]
    return solution.is_business_time(moment, _hours(solution, team))


def deadline(solution, team, start, duration):  # type: ignore[no-untyped-def]
    return solution.add_business_time(start, duration, _hours(solution, team))


def between(solution, team, start, end):  # type: ignore[no-untyped-def]
    return solution.business_time_between(start, end, _hours(solution, team))


def construct(solution, opens, closes, workdays):  # type: ignore[no-untyped-def]
    solution.BusinessHours(ZoneInfo("Europe/Berlin"), opens=opens, closes=closes,
                           workdays=frozenset(workdays))  # fmt: skip


def _exactly_at_closing(rng: random.Random, team: dict[str, Any]) -> Any:
    """A workday's opening time (holidays are near it) and the length of its window."""
    zone = ZoneInfo(team["zone"])
    day = min(team["holidays"], default=START.date()) if gen.chance(rng, 0.5) else START.date()
    while day.weekday() not in team["workdays"] or day in team["holidays"]:
        day += timedelta(days=1)
    opening = datetime.combine(day, team["opens"], tzinfo=zone)
    closing = datetime.combine(day, team["closes"], tzinfo=zone)
    return opening, closing - opening


def cases(rng: random.Random) -> Iterator[Case]:
    """About 210 cases per seed, over the four tasks."""
    group = "BusinessHours: invalid"
    for opens, closes, workdays in ((time(17), time(9), [0]), (time(9), time(9), [0]),
                                    (time(9), time(17), []), (time(9), time(17), [0, 7]),
                                    (time(9), time(17), [-1, 1]),
                                    (time(9, 0, 0, 1), time(9), [1])):  # fmt: skip
        yield Case.probe(construct, opens, closes, workdays, task=1, group=group)
    for _ in range(20):
        zone = gen.pick(rng, TEAM_ZONES)
        moment = _moment(rng, zone)
        day = moment.date() + timedelta(days=rng.randint(-2, 10))
        yield Case.probe(window, _team(rng, moment, zone), day, task=1)
    for _ in range(40):
        zone = gen.pick(rng, TEAM_ZONES)
        moment = _moment(rng, zone)
        yield Case.probe(business_now, _team(rng, moment, zone), moment, task=2)
    for _ in range(60):
        zone = gen.pick(rng, TEAM_ZONES)
        start = _moment(rng, zone)
        yield Case.probe(deadline, _team(rng, start, zone), start, _duration(rng), task=3)
    for _ in range(10):
        zone = gen.pick(rng, TEAM_ZONES)
        team = _team(rng, gen.aware_datetime(rng, start=START, end=END), zone)
        opening, length = _exactly_at_closing(rng, team)
        days = timedelta(0) if gen.chance(rng, 0.5) else length * rng.randint(1, 3)
        yield Case.probe(deadline, team, opening.astimezone(gen.fixed_zone(rng)), length + days,
                         task=3, group="add_business_time: ending at a closing time")  # fmt: skip
    group = "add_business_time: across a clock change"
    for _ in range(15):
        zone = gen.pick(rng, [key for key in TEAM_ZONES if key in gen.DST_ZONES])
        change = gen.pick(rng, gen.dst_transitions(zone, rng.randint(2021, 2028)))
        local = (change - timedelta(days=rng.randint(1, 3))).astimezone(ZoneInfo(zone))
        start = local.replace(hour=rng.randint(9, 16), minute=gen.pick(rng, (0, 30)), second=0)
        team = _team(rng, start, zone) | {"opens": time(9), "closes": time(17)}
        duration = timedelta(hours=rng.randint(2, 40), minutes=gen.pick(rng, (0, 15)))
        yield Case.probe(deadline, team, start.astimezone(UTC), duration, task=3, group=group)
    for _ in range(40):
        zone = gen.pick(rng, TEAM_ZONES)
        start = _moment(rng, zone)
        team = _team(rng, start, zone)
        end = (start + gen.pick(rng, (timedelta(0), timedelta(hours=3), timedelta(days=2),
                                      timedelta(days=9, microseconds=7)))).astimezone(
            gen.fixed_zone(rng))  # fmt: skip
        yield Case.probe(between, team, start, end, task=4)
    for zone in ("Europe/Berlin", "Australia/Lord_Howe"):
        team = {"zone": zone, "opens": time(9), "closes": time(17), "workdays": [0, 1, 2, 3, 4],
                "holidays": [datetime(2024, 3, 26).date()]}  # fmt: skip
        tz = ZoneInfo(zone)
        start, end = datetime(2024, 3, 25, 12, tzinfo=tz), datetime(2024, 3, 27, 12, tzinfo=tz)
        yield Case.probe(between, team, start, end, task=4)
    group = "invalid moments, durations and order"
    team = _team(rng, START, "Europe/Berlin")
    naive = gen.naive_datetime(rng, start=START, end=END)
    aware = _moment(rng, team["zone"])
    yield Case.probe(business_now, team, naive, task=2, group=group, message="naive")
    yield Case.probe(deadline, team, naive, timedelta(hours=1), task=3, group=group,
                     message="naive")  # fmt: skip
    yield Case.probe(between, team, naive, aware, task=4, group=group, message="naive")
    yield Case.probe(between, team, aware, naive, task=4, group=group, message="naive")
    for negative in (timedelta(microseconds=-1), timedelta(hours=-4)):
        yield Case.probe(deadline, team, aware, negative, task=3, group=group)
    yield Case.probe(between, team, aware, aware - timedelta(microseconds=1), task=4, group=group)
