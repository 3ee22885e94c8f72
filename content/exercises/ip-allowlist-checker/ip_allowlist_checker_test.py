from ipaddress import IPv4Address, IPv4Network, IPv6Network

import pytest

from ip_allowlist_checker import (
    RuleError,
    classify,
    compact,
    is_allowed,
    parse_address,
    parse_network,
)


@pytest.mark.task(taskno=1)
def test_parse_network_reads_cidr_blocks_of_both_families() -> None:
    assert parse_network("10.0.0.0/8") == IPv4Network("10.0.0.0/8")
    got = parse_network(" 2001:db8::/32 ")
    assert got == IPv6Network("2001:db8::/32"), f"surrounding spaces are ignored, got {got}"


@pytest.mark.task(taskno=1)
def test_parse_network_turns_a_bare_address_into_a_single_host_block() -> None:
    assert parse_network("192.0.2.7").prefixlen == 32
    assert parse_network("2001:db8::1").prefixlen == 128


@pytest.mark.task(taskno=1)
@pytest.mark.parametrize("text", ["10.0.0.1/8", "300.1.1.1", "10.0.0.0/33", "", "example.com"])
def test_parse_network_rejects_bad_blocks_with_rule_error(text: str) -> None:
    with pytest.raises(RuleError, match="invalid network"):
        parse_network(text)


@pytest.mark.task(taskno=1)
def test_rule_error_is_a_value_error_and_names_the_input() -> None:
    with pytest.raises(ValueError, match=r"10\.0\.0\.1/8"):
        parse_network("10.0.0.1/8")


@pytest.mark.task(taskno=1)
def test_parse_address_unwraps_ipv4_mapped_ipv6() -> None:
    got = parse_address("::ffff:192.0.2.1")
    assert got == IPv4Address("192.0.2.1"), f"::ffff:a.b.c.d is an IPv4 client, got {got!r}"
    assert parse_address("2001:db8::1").version == 6


@pytest.mark.task(taskno=1)
def test_parse_address_rejects_networks_and_garbage() -> None:
    for text in ["10.0.0.0/8", "1.2.3", "nope"]:
        with pytest.raises(RuleError, match="invalid address"):
            parse_address(text)


@pytest.mark.task(taskno=2)
def test_address_inside_an_allowed_block_is_allowed() -> None:
    allow = ["10.0.0.0/8", "2001:db8::/32"]
    assert is_allowed("10.20.30.40", allow) is True
    assert is_allowed("2001:db8:ffff::1", allow) is True


@pytest.mark.task(taskno=2)
def test_allow_block_boundaries_are_inclusive() -> None:
    allow = ["192.168.1.0/24"]
    assert is_allowed("192.168.1.0", allow) is True, "the network address is inside the block"
    assert is_allowed("192.168.1.255", allow) is True, "the broadcast address is inside too"
    assert is_allowed("192.168.2.0", allow) is False, "one past the end is outside"
    assert is_allowed("192.168.0.255", allow) is False, "one before the start is outside"


@pytest.mark.task(taskno=2)
def test_deny_wins_over_allow() -> None:
    allow, deny = ["10.0.0.0/8"], ["10.66.0.0/16"]
    assert is_allowed("10.66.1.1", allow, deny) is False, "deny rules override allow rules"
    assert is_allowed("10.65.1.1", allow, deny) is True


@pytest.mark.task(taskno=2)
def test_empty_allow_list_allows_nothing() -> None:
    assert is_allowed("10.0.0.1", []) is False
    assert is_allowed("10.0.0.1", iter(["10.0.0.0/8"]), iter([])) is True, "any iterable works"


@pytest.mark.task(taskno=2)
def test_families_never_match_each_other() -> None:
    assert is_allowed("::1", ["0.0.0.0/0"]) is False, "an IPv4 rule must not match IPv6"
    assert is_allowed("127.0.0.1", ["::/0"]) is False, "an IPv6 rule must not match IPv4"


@pytest.mark.task(taskno=2)
def test_mapped_ipv6_client_is_checked_against_ipv4_rules() -> None:
    assert is_allowed("::ffff:10.1.1.1", ["10.0.0.0/8"]) is True
    assert is_allowed("::ffff:10.1.1.1", ["10.0.0.0/8"], ["10.1.1.1"]) is False


@pytest.mark.task(taskno=2)
def test_bad_rule_or_address_raises_rule_error() -> None:
    with pytest.raises(RuleError):
        is_allowed("10.0.0.1", ["10.0.0.0/8"], ["bogus"])
    with pytest.raises(RuleError):
        is_allowed("10.0.0.256", ["10.0.0.0/8"])


@pytest.mark.task(taskno=2)
def test_rules_after_a_match_are_still_checked() -> None:
    with pytest.raises(RuleError):
        is_allowed("10.0.0.1", ["10.0.0.0/8", "10.0.0.1/8"])
    with pytest.raises(RuleError):
        is_allowed("10.0.0.1", ["10.0.0.0/8"], ["10.0.0.0/24", "bogus"])


@pytest.mark.task(taskno=3)
def test_compact_merges_adjacent_and_contained_blocks() -> None:
    got = compact(["10.0.1.0/24", "10.0.0.0/24", "10.0.0.128/25", "192.0.2.5"])
    assert got == ["10.0.0.0/23", "192.0.2.5/32"], f"two /24 halves form a /23, got {got}"


@pytest.mark.task(taskno=3)
def test_compact_lists_ipv4_before_ipv6_and_keeps_gaps() -> None:
    got = compact(["2001:db8:1::/48", "10.0.2.0/24", "2001:db8::/48", "10.0.0.0/24"])
    assert got == ["10.0.0.0/24", "10.0.2.0/24", "2001:db8::/47"], got


@pytest.mark.task(taskno=3)
def test_compact_sorts_numerically_not_as_text() -> None:
    got = compact(["10.0.10.0/24", "10.0.9.0/24", "9.0.0.0/8"])
    assert got == ["9.0.0.0/8", "10.0.9.0/24", "10.0.10.0/24"], f"numeric order, got {got}"


@pytest.mark.task(taskno=3)
def test_compact_of_nothing_is_empty_and_bad_blocks_raise() -> None:
    assert compact([]) == []
    with pytest.raises(RuleError):
        compact(["10.0.0.0/24", "10.0.0.1/24"])


@pytest.mark.task(taskno=4)
@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("169.254.10.1", "link-local"),
        ("fe80::1", "link-local"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("10.1.2.3", "private"),
        ("192.168.0.1", "private"),
        ("fd12:3456::1", "private"),
        ("8.8.8.8", "global"),
        ("2001:4860:4860::8888", "global"),
        ("100.64.0.1", "other"),
        ("::ffff:127.0.0.1", "loopback"),
    ],
)
def test_classify_names_the_most_specific_kind(address: str, kind: str) -> None:
    got = classify(address)
    assert got == kind, f"{address} should be {kind!r}, got {got!r}"


@pytest.mark.task(taskno=4)
def test_classify_rejects_bad_input() -> None:
    with pytest.raises(RuleError):
        classify("localhost")
