import ast
import inspect
from collections.abc import Iterator
from typing import Any

import pytest

import large_report_builder
from large_report_builder import ReportBuffer, render_report, write_report

ROWS = [("MUG-01", 3, 450), ("TEA-EARL-GREY", 12, 399), ("KETTLE", 1, 2999)]
EXPECTED = (
    "SKU                  QTY       TOTAL\n"
    "------------------------------------\n"
    "MUG-01                 3       13.50\n"
    "TEA-EARL-GREY         12       47.88\n"
    "KETTLE                 1       29.99\n"
    "------------------------------------\n"
    "TOTAL                 16       91.37\n"
)


class Piece(str):
    """A str that records, for every ``+`` it takes part in, the length of the left side."""

    lefts: list[int] = []

    def __add__(self, other: str) -> str:  # type: ignore[override]
        Piece.lefts.append(len(self))
        return str.__add__(self, other)

    def __radd__(self, other: str) -> str:
        Piece.lefts.append(len(other))
        return str.__add__(other, self)


class _PlusSpy(ast.NodeTransformer):
    """Turns every ``a + b`` and ``a += b`` into a call of ``_plus(a, b)``."""

    @staticmethod
    def _plus(left: ast.expr, right: ast.expr) -> ast.Call:
        return ast.Call(ast.Name("_plus", ast.Load()), [left, right], [])

    def visit_BinOp(self, node: ast.BinOp) -> ast.expr:
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            return ast.copy_location(self._plus(node.left, node.right), node)
        return node

    def visit_AugAssign(self, node: ast.AugAssign) -> ast.stmt:
        self.generic_visit(node)
        if not isinstance(node.op, ast.Add):
            return node
        load = ast.parse(ast.unparse(node.target), mode="eval").body
        return ast.copy_location(ast.Assign([node.target], self._plus(load, node.value)), node)


def longest_text_extended(function: str, *args: Any, **kwargs: Any) -> int:
    """Call the solution's ``function`` from a copy of its module in which every ``+`` and
    ``+=`` is recorded; return the length of the longest text extended with ``+``."""
    tree = _PlusSpy().visit(ast.parse(inspect.getsource(large_report_builder)))
    ast.fix_missing_locations(tree)
    longest = 0

    def plus(left: Any, right: Any) -> Any:
        nonlocal longest
        if isinstance(left, str) and isinstance(right, str):
            longest = max(longest, len(left))
        return left + right

    namespace: dict[str, Any] = {"__name__": "large_report_builder_spied", "_plus": plus}
    exec(compile(tree, large_report_builder.__file__, "exec"), namespace)
    namespace[function](*args, **kwargs)
    return longest


class RecordingSink:
    def __init__(self) -> None:
        self.writes: list[str] = []

    def write(self, text: str, /) -> int:
        self.writes.append(text)
        return len(text)


@pytest.mark.task(taskno=1)
def test_render_report() -> None:
    got = render_report(ROWS)
    assert got == EXPECTED, f"got:\n{got}"


@pytest.mark.task(taskno=1)
def test_render_an_empty_report_and_a_long_sku() -> None:
    assert render_report([]).splitlines()[-1] == "TOTAL                  0        0.00"
    line = render_report(iter([("GIFT-CARD-EUR-0050", 2, 5)])).splitlines()[2]
    assert line == "GIFT-CARD-EUR-0050       2        0.10", "long SKUs are not cut"


@pytest.mark.task(taskno=2)
def test_buffer_collects_text_and_counts_characters() -> None:
    buffer = ReportBuffer()
    assert buffer.write("héllo") == 5
    assert buffer.writeline(", world") == 8
    assert buffer.writeline() == 1
    assert len(buffer) == 14
    assert buffer.getvalue() == "héllo, world\n\n"
    buffer.write("more")
    assert buffer.getvalue() == "héllo, world\n\nmore", "getvalue() can be called again"
    assert len(buffer) == 18
    with pytest.raises(TypeError):
        buffer.write(42)  # type: ignore[arg-type]


@pytest.mark.task(taskno=2)
def test_buffer_never_extends_the_text_with_plus() -> None:
    Piece.lefts.clear()
    buffer = ReportBuffer()
    for number in range(2000):
        buffer.write(Piece(f"line {number:04}"))
        buffer.writeline(Piece("!"))
    assert len(buffer.getvalue()) == 2000 * 11
    longest = max(Piece.lefts, default=0)
    assert longest <= 9, (
        f"text of {longest} characters was extended with + or +=: each such step copies "
        "everything written so far; keep the pieces and join them once"
    )


MANY_ROWS = [(f"SKU-{number}", number % 7, 125 * number) for number in range(60)]


@pytest.mark.task(taskno=1)
def test_render_report_never_extends_the_text_with_plus() -> None:
    longest = longest_text_extended("render_report", iter(MANY_ROWS))
    assert longest <= 200, (
        f"a text of {longest} characters was extended with + or +=: the rule holds for the "
        "whole exercise; collect the lines and join them once"
    )


@pytest.mark.task(taskno=3)
def test_write_report_never_extends_a_batch_with_plus() -> None:
    longest = longest_text_extended("write_report", MANY_ROWS, RecordingSink(), batch_lines=40)
    assert longest <= 200, (
        f"a batch of {longest} characters was extended with + or +=: join each batch's "
        "lines once"
    )


@pytest.mark.task(taskno=2)
def test_a_large_report_is_built_in_linear_time() -> None:
    """300,000 writes with a len() after each: a builder that copies the text on every
    write (or on every len) does not finish within the grader's time limit."""
    buffer = ReportBuffer()
    total = 0
    for number in range(300_000):
        total += buffer.writeline(f"{number:>10}")
        assert len(buffer) == total
    assert len(buffer.getvalue()) == 300_000 * 11


@pytest.mark.task(taskno=3)
def test_write_report_in_batches_of_lines() -> None:
    sink = RecordingSink()
    written = write_report(ROWS, sink, batch_lines=3)
    assert "".join(sink.writes) == EXPECTED
    assert [text.count("\n") for text in sink.writes] == [3, 3, 1], "7 lines in 3 writes"
    assert written == len(EXPECTED)


@pytest.mark.task(taskno=3)
def test_write_report_reads_rows_lazily() -> None:
    read: list[int] = []

    def rows() -> Iterator[tuple[str, int, int]]:
        for number in range(10_000):
            read.append(number)
            yield f"SKU-{number}", 1, 100

    class Sink(RecordingSink):
        def write(self, text: str, /) -> int:
            if not self.writes:
                self.rows_read_at_first_write = len(read)
            return super().write(text)

    sink = Sink()
    write_report(rows(), sink, batch_lines=50)
    assert len(sink.writes) == 201, "10,004 lines in batches of 50"
    assert sink.rows_read_at_first_write <= 50, "stream the rows: do not read them all first"


@pytest.mark.task(taskno=3)
def test_batch_size_must_be_positive() -> None:
    with pytest.raises(ValueError, match="batch_lines"):
        write_report(ROWS, RecordingSink(), batch_lines=0)
