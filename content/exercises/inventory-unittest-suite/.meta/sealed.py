"""Sealed cases for inventory-unittest-suite.

The base class is exercised the way a suite uses it: the probes define ``TestCase``
subclasses (two tests each, so a shared inventory would show), run them with ``unittest``
and look at what each ``assertInStock`` raised (a subclass may set its own
``failureException``), how the tests ended, and whether every scratch directory is gone
afterwards, whatever the test did (pass, fail, error, skip, leave files and folders).
The inventory gets SKUs with non-ASCII digits, trailing newlines and hyphen edge cases,
quantities that are bools, floats equal to ints and huge ints, and JSON files of every
shape. Left out (the instructions do not decide them): an invalid SKU given to
``available`` or ``reserve``, and two invalid arguments at once.
"""

from __future__ import annotations

import random
import tempfile
import unittest
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pyhero.sealed import Case, gen, observe

SOLUTION = "inventory_unittest_suite"

GOOD_SKUS = ("apple", "pear", "kiwi-gold", "a1", "9", "x-1-y", "abc-123")
BAD_SKUS = ("", "Apple", "red apple", "-apple", "apple-", "a--b", "äpfel", "a\u0661", "apple\n",
            "kiwi_gold", "a.b", "\u0661\u0662")  # fmt: skip
BAD_QUANTITIES: tuple[Any, ...] = (0, -1, 1.5, 2.0, "2", True, False, None)


class SuiteFailure(AssertionError):
    """A suite's own failure class."""


def suite(solution, steps, ending, custom_failure):  # type: ignore[no-untyped-def]
    """A subclass with two tests: the first runs ``steps`` (``("reserve"|"restock", sku, n)``,
    ``("check", sku, n)`` = ``assertInStock``, ``("file", name)`` written in ``tmp``) then ends
    with ``ending``; the second only looks at the inventory."""
    seen: list[Any] = []
    scratch: list[Path] = []

    class Suite(solution.InventoryTestCase):  # type: ignore[misc, name-defined]
        if custom_failure:
            failureException = SuiteFailure

        def test_1_steps(self) -> None:
            scratch.append(self.tmp)
            seen.append(("tmp is a directory", self.tmp.is_dir()))
            for step in steps:
                if step[0] == "check":
                    try:
                        self.assertInStock(step[1], step[2])
                        seen.append(("check", "passed"))
                    except BaseException as exc:  # the failure itself is observed
                        kind = (
                            "failureException"
                            if type(exc) is self.failureException
                            else type(exc).__name__
                        )
                        seen.append(("check", kind, str(exc)))
                elif step[0] == "file":
                    target = self.tmp / step[1]
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_text("x", encoding="utf-8")
                else:
                    seen.append(
                        (step[0], observe(getattr(self.inventory, step[0]), step[1], step[2]))
                    )
            if ending == "fail":
                self.fail("the test fails")
            if ending == "error":
                raise RuntimeError("the test errors")
            if ending == "skip":
                self.skipTest("skipped on purpose")

        def test_2_fresh(self) -> None:
            scratch.append(self.tmp)
            seen.append(("second test sees", self.inventory.available("apple"),
                         self.inventory.available("pear"), self.tmp != scratch[0]))  # fmt: skip

    result = unittest.TestResult()
    unittest.defaultTestLoader.loadTestsFromTestCase(Suite).run(result)
    return {
        "seen": seen,
        "result": (result.testsRun, len(result.failures), len(result.errors), len(result.skipped)),
        "scratch left behind": [path.exists() for path in scratch],
    }


def operations(solution, initial, ops):  # type: ignore[no-untyped-def]
    made = observe(solution.Inventory, initial, errors=("ValueError",), message="^invalid sku")
    if not made.returned:
        return {"constructor": made}
    inventory = made.value
    seen = []
    for name, *args in ops:
        # An invalid sku's message is fixed ("invalid sku…"), when the quantity is valid.
        regex = "^invalid sku" if name == "restock" and _good(args[1]) else False
        outcome = observe(
            getattr(inventory, name), *args,
            errors=("OutOfStockError", "KeyError", "ValueError"), message=regex,
        )  # fmt: skip
        error = outcome.exception
        details = None
        if type(error).__name__ == "OutOfStockError":
            details = (error.sku, error.requested, error.available, str(error))  # type: ignore[union-attr]
        seen.append((name, outcome, details))
    return seen


def persisted(solution, initial, text):  # type: ignore[no-untyped-def]
    """``save`` of an inventory built from ``initial``, then ``load`` of ``text``."""
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "stock.json"
        solution.Inventory(initial).save(path)
        saved = path.read_text(encoding="utf-8")
        if text is None:
            loaded = observe(lambda: _stock(solution.Inventory.load(path), initial))
        else:
            path.write_text(text, encoding="utf-8")
            loaded = observe(lambda: _stock(solution.Inventory.load(path), {}),
                             errors=("ValueError",), message="^invalid sku")  # fmt: skip
        missing = observe(solution.Inventory.load, Path(directory) / "missing.json")
    return {"saved": saved, "loaded": loaded, "missing file": missing}


def _stock(inventory: Any, initial: dict[str, int]) -> list[tuple[str, int]]:
    return [(sku, inventory.available(sku)) for sku in sorted(initial)]


def _good(quantity: Any) -> bool:
    return type(quantity) is int and quantity >= 1


def _stock_map(rng: random.Random) -> dict[str, int]:
    return {
        sku: gen.pick(rng, (0, 1, 5, 10**15)) for sku in gen.some(rng, GOOD_SKUS, rng.randint(0, 5))
    }


def _ops(rng: random.Random, known: set[str]) -> list[tuple[Any, ...]]:
    ops: list[tuple[Any, ...]] = []
    for _ in range(rng.randint(1, 12)):
        roll = rng.random()
        sku = gen.pick(rng, GOOD_SKUS)
        good = gen.chance(rng, 0.8)
        if roll < 0.35:
            quantity = gen.pick(rng, (1, 2, 7, 10**18)) if good else gen.pick(rng, BAD_QUANTITIES)
            if good and gen.chance(rng, 0.2):
                sku = gen.pick(rng, BAD_SKUS)
            ops.append(("restock", sku, quantity))
            if sku in GOOD_SKUS and good:
                known.add(sku)
        elif roll < 0.75:
            quantity = gen.pick(rng, (1, 2, 5, 6, 11)) if good else gen.pick(rng, BAD_QUANTITIES)
            if not good and sku not in known:
                continue  # which error wins is not decided
            ops.append(("reserve", sku, quantity))
        else:
            ops.append(("available", sku))
    return ops


def cases(rng: random.Random) -> Iterator[Case]:
    """About 60 cases per seed."""
    for _ in range(12):
        steps: list[tuple[Any, ...]] = []
        for _ in range(rng.randint(0, 6)):
            roll = rng.random()
            if roll < 0.4:
                steps.append(("check", gen.pick(rng, ("apple", "pear", "kiwi", "kiwi-gold")),
                              gen.pick(rng, (0, 5, 4, 3))))  # fmt: skip
            elif roll < 0.7:
                change = gen.pick(rng, ("reserve", "restock"))
                steps.append((change, gen.pick(rng, ("apple", "pear")), gen.pick(rng, (1, 2))))
            else:
                steps.append(("file", gen.pick(rng, ("notes.txt", "sub/deeper/x.json", ".hidden"))))
        ending = gen.pick(rng, ("pass", "pass", "fail", "error", "skip"))
        yield Case.probe(suite, steps, ending, gen.chance(rng, 0.3), task=1)
    for steps in ([("check", "apple", 4)], [("check", "kiwi", 0)], [("check", "pear", 0)]):
        yield Case.probe(suite, steps, "pass", True, task=1, group="own failure class")
    for sku in BAD_SKUS:
        yield Case.probe(operations, {sku: 1}, [], task=2, group="construction")
    for quantity in (*BAD_QUANTITIES, 0, 10**30):
        yield Case.probe(operations, {"apple": quantity}, [("available", "apple")], task=2,
                         group="construction")  # fmt: skip
    for _ in range(20):
        initial = _stock_map(rng)
        yield Case.probe(operations, initial, _ops(rng, set(initial)), task=2)
    texts = (None, "[1, 2]", "null", "{}", '{"apple": -2}', '{"Apple": 2}', '{"a\\u0661": 1}',
             "{bad", "", '{"apple": 2.0}', '{"apple": true}', '{"apple": {"n": 1}}',
             '{"kiwi-gold": 3, "a1": 0}')  # fmt: skip
    for text in texts:
        yield Case.probe(persisted, _stock_map(rng), text, task=3)
