"""The host's compiled test modules: written once per content, read by the job's pytest."""

from __future__ import annotations

from pathlib import Path
from types import CodeType

from _pytest.assertion.rewrite import _read_pyc

from pyhero.grading._rewritten import RewriteCache

SOURCE = b"def test_sum():\n    total = 1 + 1\n    assert total == 3\n"


def _function_code(module_code: CodeType) -> CodeType:
    return next(
        c for c in module_code.co_consts if isinstance(c, CodeType) and c.co_name == "test_sum"
    )


def test_pytest_reads_the_module_the_host_compiled(tmp_path: Path) -> None:
    test_file = tmp_path / "sum_test.py"
    test_file.write_bytes(SOURCE)
    cache = RewriteCache()
    assert cache.write(test_file, SOURCE, "/run/exercise/sum_test.py")
    [written] = (tmp_path / "__pycache__").glob("sum_test.*-pytest-*.pyc")
    code = _read_pyc(test_file, written)
    assert code is not None
    assert code.co_filename == str(test_file)  # pytest points it at the file it imports
    namespace: dict[str, object] = {}
    exec(code, namespace)
    assert any(name.startswith("@py_assert") for name in _function_code(code).co_varnames)


def test_each_content_is_compiled_once_and_a_changed_file_is_not_trusted(
    tmp_path: Path,
) -> None:
    cache = RewriteCache(capacity=2)
    for index in range(3):
        run = tmp_path / f"run{index}"
        run.mkdir()
        (run / "sum_test.py").write_bytes(SOURCE)
        assert cache.write(run / "sum_test.py", SOURCE, "/run/exercise/sum_test.py")
    assert len(cache._compiled) == 1
    changed = tmp_path / "run0" / "sum_test.py"
    changed.write_bytes(SOURCE.replace(b"== 3", b"== 2"))
    [written] = (tmp_path / "run0" / "__pycache__").glob("*.pyc")
    assert _read_pyc(changed, written) is None  # checked against the source's hash


def test_what_cannot_be_compiled_is_left_to_the_job(tmp_path: Path) -> None:
    broken = tmp_path / "broken_test.py"
    broken.write_bytes(b"def test(:\n")
    cache = RewriteCache()
    assert cache.write(broken, broken.read_bytes(), "/run/exercise/broken_test.py") is None
    assert cache.write(tmp_path / "data.txt", b"x", "/run/exercise/data.txt") is None
    assert not (tmp_path / "__pycache__").exists() or not list((tmp_path / "__pycache__").iterdir())
