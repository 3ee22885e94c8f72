"""A different route: rules become integer ranges ``(version, first, last)`` and matching
compares integers; compaction sorts ranges and merges them by hand before turning each
merged range back into CIDR blocks with ``summarize_address_range``."""

from collections.abc import Iterable
from ipaddress import (
    IPv4Address,
    IPv4Network,
    IPv6Address,
    IPv6Network,
    ip_address,
    ip_network,
    summarize_address_range,
)

Address = IPv4Address | IPv6Address
Network = IPv4Network | IPv6Network


class RuleError(ValueError):
    """Raised for text that is not a valid address or network."""


def parse_network(text: str) -> Network:
    """Parse a CIDR block or bare address (as a single-host network)."""
    try:
        return ip_network(text.strip())
    except ValueError as exc:
        raise RuleError("invalid network " + text + " (" + str(exc) + ")") from exc


def parse_address(text: str) -> Address:
    """Parse an address; an IPv4-mapped IPv6 address becomes its IPv4 address."""
    try:
        address = ip_address(text.strip())
    except ValueError as exc:
        raise RuleError("invalid address: " + text) from exc
    if address.version == 6 and int(address) >> 32 == 0xFFFF:
        return IPv4Address(int(address) & 0xFFFFFFFF)
    return address


def _range(network: Network) -> tuple[int, int, int]:
    return network.version, int(network.network_address), int(network.broadcast_address)


def is_allowed(address: str, allow: Iterable[str], deny: Iterable[str] = ()) -> bool:
    """True when the address is inside an allow rule and inside no deny rule."""
    client = parse_address(address)
    key = (client.version, int(client))
    allow_ranges = [_range(parse_network(rule)) for rule in allow]
    deny_ranges = [_range(parse_network(rule)) for rule in deny]

    def inside(ranges: list[tuple[int, int, int]]) -> bool:
        return any(version == key[0] and first <= key[1] <= last for version, first, last in ranges)

    return inside(allow_ranges) and not inside(deny_ranges)


def compact(networks: Iterable[str]) -> list[str]:
    """Merge overlapping and adjacent blocks: IPv4 first, then IPv6, each sorted."""
    ranges = sorted(_range(parse_network(text)) for text in networks)
    merged: list[list[int]] = []
    for version, first, last in ranges:
        if merged and merged[-1][0] == version and first <= merged[-1][2] + 1:
            merged[-1][2] = max(merged[-1][2], last)
        else:
            merged.append([version, first, last])
    result: list[str] = []
    for version, first, last in merged:
        kind = IPv4Address if version == 4 else IPv6Address
        result.extend(str(block) for block in summarize_address_range(kind(first), kind(last)))
    return result


def classify(address: str) -> str:
    """Name the kind of address, checking the most specific kinds first."""
    parsed = parse_address(address)
    checks = (
        ("unspecified", parsed.is_unspecified),
        ("loopback", parsed.is_loopback),
        ("link-local", parsed.is_link_local),
        ("multicast", parsed.is_multicast),
        ("private", parsed.is_private),
        ("global", parsed.is_global),
    )
    return next((name for name, applies in checks if applies), "other")
