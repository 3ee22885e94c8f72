import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from feature_flag_admin_cli import app, bucket

runner = CliRunner()


@pytest.fixture(autouse=True)
def in_tmp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test runs in an empty directory, without FLAGCTL_STORE set."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FLAGCTL_STORE", raising=False)
    return tmp_path


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return runner.invoke(app, list(args), env=env)


def store(path: str = "flags.json") -> object:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def expect(result: Result, status: int, stdout: str = "", stderr: str = "") -> None:
    __tracebackhide__ = True
    got = (result.exit_code, result.stdout, result.stderr)
    assert got == (status, stdout, stderr), f"(status, stdout, stderr) for {result}"


@pytest.mark.task(taskno=1)
def test_create_writes_the_store_and_reports() -> None:
    expect(run("create", "checkout-v2", "--rollout", "30", "--owner", " payments "), 0,
           "created checkout-v2 (rollout 30%)\n")  # fmt: skip
    expect(run("create", "dark-mode"), 0, "created dark-mode (rollout 0%)\n")
    assert store() == {
        "checkout-v2": {"rollout": 30, "owner": "payments"},
        "dark-mode": {"rollout": 0, "owner": None},
    }


@pytest.mark.task(taskno=1)
def test_an_existing_flag_is_an_error_on_stderr_with_status_1() -> None:
    run("create", "checkout-v2", "--rollout", "30")
    expect(run("create", "checkout-v2", "--rollout", "90"), 1, "",
           "error: flag checkout-v2 already exists\n")  # fmt: skip
    assert store() == {"checkout-v2": {"rollout": 30, "owner": None}}, "the flag is untouched"


@pytest.mark.task(taskno=1)
def test_store_option_then_environment_variable_then_default() -> None:
    run("--store", "staging.json", "create", "new-search")
    run("create", "dark-mode", env={"FLAGCTL_STORE": "prod.json"})
    run("--store", "explicit.json", "create", "abc", env={"FLAGCTL_STORE": "prod.json"})
    run("create", "fallback")
    assert list(store("staging.json")) == ["new-search"]
    assert list(store("prod.json")) == ["dark-mode"]
    assert list(store("explicit.json")) == ["abc"], "--store wins over FLAGCTL_STORE"
    assert list(store("flags.json")) == ["fallback"]


@pytest.mark.task(taskno=1)
def test_version_is_eager() -> None:
    Path("flags.json").write_text("not json", encoding="utf-8")
    expect(run("--version"), 0, "flagctl 1.4.0\n")
    expect(run("--version", "list"), 0, "flagctl 1.4.0\n")


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("content", ["{broken", "[]", '"flags"'])
def test_an_unusable_store_is_reported(content: str) -> None:
    Path("bad.json").write_text(content, encoding="utf-8")
    expect(run("--store", "bad.json", "list"), 1, "", "error: bad.json is not a valid flag store\n")
    expect(run("create", "abc", env={"FLAGCTL_STORE": "bad.json"}), 1, "",
           "error: bad.json is not a valid flag store\n")  # fmt: skip
    assert Path("bad.json").read_text(encoding="utf-8") == content, "never overwritten"


@pytest.mark.task(taskno=1)
def test_a_store_that_is_not_utf8_is_unusable_and_the_path_is_as_given() -> None:
    Path("bad.json").write_bytes(b'{"caf\xe9": {"rollout": 5, "owner": null}}')
    expect(run("--store", "./bad.json", "list"), 1, "",
           "error: ./bad.json is not a valid flag store\n")  # fmt: skip


@pytest.mark.task(taskno=2)
@pytest.mark.parametrize(
    "args",
    [
        ["create", "Checkout"],
        ["create", "ab"],
        ["create", "2fa-login"],
        ["create", "new_search"],
        ["create", "abc\n"],
        ["create", "ab\u0663"],
        ["create", "a" * 41],
        ["create", "checkout-v2", "--rollout", "101"],
        ["create", "checkout-v2", "--rollout", "-1"],
        ["create", "checkout-v2", "--rollout", "ten"],
        ["create", "checkout-v2", "--owner", "   "],
        ["create"],
        ["set-rollout", "checkout-v2", "150"],
        ["set-rollout", "Checkout", "10"],
        ["list", "--sort", "owner"],
        ["list", "--min-rollout", "101"],
        ["check", "x", "u1"],
        ["rename", "checkout-v2"],
        ["create", "checkout-v2", "--colour", "red"],
    ],
    ids=" ".join,
)
def test_usage_errors_exit_2_before_the_store_is_read(args: list[str]) -> None:
    Path("flags.json").write_text('{"checkout-v2": {"rollout": 5, "owner": null}}', "utf-8")
    result = run(*args)
    assert (result.exit_code, result.stdout) == (2, ""), f"{result} {result.stdout!r}"
    assert result.stderr, "typer explains the usage error on stderr"
    assert store() == {"checkout-v2": {"rollout": 5, "owner": None}}


@pytest.mark.task(taskno=2)
def test_names_at_the_limits_are_valid() -> None:
    expect(run("create", "abc"), 0, "created abc (rollout 0%)\n")
    name = "z" + "9-" * 19 + "x"
    expect(run("create", name, "--rollout", "100"), 0, f"created {name} (rollout 100%)\n")


@pytest.mark.task(taskno=3)
def test_set_rollout_and_unknown_flags() -> None:
    run("create", "checkout-v2", "--rollout", "30")
    expect(run("set-rollout", "checkout-v2", "75"), 0, "checkout-v2: 30% -> 75%\n")
    expect(run("set-rollout", "checkout-v2", "75"), 0, "checkout-v2: 75% -> 75%\n")
    expect(run("set-rollout", "dark-mode", "10"), 1, "", "error: no flag dark-mode\n")
    assert store() == {"checkout-v2": {"rollout": 75, "owner": None}}


@pytest.mark.task(taskno=3)
def test_delete_needs_yes() -> None:
    run("create", "checkout-v2")
    expect(run("delete", "checkout-v2"), 1, "", "error: pass --yes to delete checkout-v2\n")
    assert "checkout-v2" in store()
    expect(run("delete", "dark-mode", "--yes"), 1, "", "error: no flag dark-mode\n")
    expect(run("delete", "checkout-v2", "--yes"), 0, "deleted checkout-v2\n")
    assert store() == {}
    expect(run("delete", "checkout-v2", "--yes"), 1, "", "error: no flag checkout-v2\n")


def _catalogue() -> None:
    for name, rollout, owner in [("zeta-export", 50, "data"), ("checkout-v2", 30, "payments"),
                                 ("dark-mode", 50, None), ("alpha-api", 100, "data")]:  # fmt: skip
        args = ["create", name, "--rollout", str(rollout)]
        run(*args, *(["--owner", owner] if owner else []))


@pytest.mark.task(taskno=3)
def test_list_by_name_and_by_rollout_with_ties_by_name() -> None:
    expect(run("list"), 0, "no flags\n")
    _catalogue()
    expect(run("list"), 0, "alpha-api\t100%\tdata\ncheckout-v2\t30%\tpayments\n"
           "dark-mode\t50%\t-\nzeta-export\t50%\tdata\n")  # fmt: skip
    expect(run("list", "--sort", "rollout"), 0, "alpha-api\t100%\tdata\ndark-mode\t50%\t-\n"
           "zeta-export\t50%\tdata\ncheckout-v2\t30%\tpayments\n")  # fmt: skip


@pytest.mark.task(taskno=3)
def test_list_filters_and_json() -> None:
    _catalogue()
    expect(run("list", "--min-rollout", "50", "--owner", " data"), 0,
           "alpha-api\t100%\tdata\nzeta-export\t50%\tdata\n")  # fmt: skip
    expect(run("list", "--owner", "nobody"), 0, "no flags\n")
    expect(run("list", "--owner", "DATA"), 0, "no flags\n")
    result = run("list", "--json", "--sort", "rollout", "--min-rollout", "40")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == [
        {"name": "alpha-api", "rollout": 100, "owner": "data"},
        {"name": "dark-mode", "rollout": 50, "owner": None},
        {"name": "zeta-export", "rollout": 50, "owner": "data"},
    ]
    assert json.loads(run("list", "--json", "--min-rollout", "101").stdout or "null") is None
    assert json.loads(run("list", "--json", "--owner", "nobody").stdout) == []


@pytest.mark.task(taskno=4)
def test_bucket_is_crc32_based() -> None:
    assert bucket("checkout-v2", "u33") == 0
    assert bucket("checkout-v2", "u146") == 25
    assert bucket("dark-mode", "u33") == 99
    assert all(0 <= bucket("x-flag", f"user-{n}") < 100 for n in range(300))


@pytest.mark.task(taskno=4)
def test_check_prints_on_or_off_with_its_status() -> None:
    run("create", "checkout-v2", "--rollout", "25")
    expect(run("check", "checkout-v2", "u44"), 0, "on\n")  # bucket 24
    expect(run("check", "checkout-v2", "u146"), 3, "off\n")  # bucket 25: not below 25
    expect(run("check", "dark-mode", "u1"), 1, "", "error: no flag dark-mode\n")


@pytest.mark.task(taskno=4)
def test_rollout_zero_is_off_for_everyone_and_100_on() -> None:
    run("create", "checkout-v2")
    assert run("check", "checkout-v2", "u33").exit_code == 3, "bucket 0 is not below 0"
    run("set-rollout", "checkout-v2", "100")
    statuses = {run("check", "checkout-v2", f"u{n}").exit_code for n in range(0, 200, 7)}
    assert statuses == {0}
