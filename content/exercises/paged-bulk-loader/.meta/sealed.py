"""Sealed cases for paged-bulk-loader: page lists with empty pages, one-row and long pages;
batch sizes of 1, equal to a page, larger than everything; limits of 0, inside a page, at a
page's end, beyond the rows, None; a sink that fails at a given batch and a source that
fails at a given page. Observed: every page request and every batch with the number of
pages requested before it, whether the source was closed before the function returned or
raised, and the result."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator, Iterator
from typing import Any

from pyhero.sealed import Case, gen

SOLUTION = "paged_bulk_loader"


class SourceDown(Exception):
    """The fake API failed while a page was requested."""


async def load(solution, pages, batch_size, limit, fail_batch, fail_page):  # type: ignore[no-untyped-def]
    """Run the loader over a logging async generator and a logging sink."""
    requested = 0
    closed: list[bool] = []
    batches: list[Any] = []

    async def source() -> AsyncIterator[list[Any]]:
        nonlocal requested
        try:
            for page in pages:
                requested += 1
                if requested == fail_page:
                    raise SourceDown("page request failed")
                yield list(page)
        finally:
            closed.append(True)

    async def sink(batch: Any) -> None:
        batches.append([requested, list(batch)])
        if len(batches) == fail_batch:
            raise ConnectionError("warehouse went away")

    generator = source()
    try:
        outcome: Any = await solution.load_in_batches(
            generator, sink, batch_size=batch_size, limit=limit
        )
    except (ValueError, ConnectionError, SourceDown) as exc:
        outcome = f"raised {type(exc).__name__}"
    return {
        "result": outcome,
        "batches": batches,
        "pages_requested": requested,
        "closed_before_return": bool(closed) or requested == 0,
    }


def _pages(rng: random.Random) -> list[list[int]]:
    counter = iter(range(1, 10_000))
    pages = []
    for _ in range(rng.randint(0, 6)):
        size = gen.pick(rng, (0, 1, 2, 3, 4, 7))
        pages.append([next(counter) for _ in range(size)])
    return pages


def cases(rng: random.Random) -> Iterator[Case]:
    """About 45 loads."""
    for index in range(45):
        pages = _pages(rng)
        rows = sum(len(page) for page in pages)
        batch_size = gen.pick(rng, (1, 2, 3, 4, 100))
        limit = gen.pick(rng, (None, None, 0, 1, 3, 4, rows, rows + 1, max(rows - 1, 0)))
        fail_batch = gen.pick(rng, (0, 0, 0, 1, 2))
        fail_page = gen.pick(rng, (0, 0, 0, 0, 1, 2, 3))
        if index < 3:
            batch_size, limit = gen.pick(rng, ((0, None), (-2, 3), (2, -1)))
        yield Case.probe(load, pages, batch_size, limit, fail_batch, fail_page)
