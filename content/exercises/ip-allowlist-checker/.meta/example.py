"""Reference solution: an IP allow-list checker built on ipaddress."""

from collections.abc import Iterable
from ipaddress import (
    IPv4Address,
    IPv4Network,
    IPv6Address,
    IPv6Network,
    collapse_addresses,
    ip_address,
    ip_network,
)

Address = IPv4Address | IPv6Address
Network = IPv4Network | IPv6Network


class RuleError(ValueError):
    """Raised for text that is not a valid address or network."""


def parse_network(text: str) -> Network:
    """Parse a CIDR block or bare address (as a single-host network)."""
    cleaned = text.strip()
    try:
        return ip_network(cleaned, strict=True)
    except ValueError as exc:
        raise RuleError(f"invalid network '{text}': {exc}") from exc


def parse_address(text: str) -> Address:
    """Parse an address; an IPv4-mapped IPv6 address becomes its IPv4 address."""
    try:
        address = ip_address(text.strip())
    except ValueError as exc:
        raise RuleError(f"invalid address {text!r}") from exc
    if isinstance(address, IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def _matches(address: Address, networks: list[Network]) -> bool:
    return any(address.version == net.version and address in net for net in networks)


def is_allowed(address: str, allow: Iterable[str], deny: Iterable[str] = ()) -> bool:
    """True when the address is inside an allow rule and inside no deny rule; every rule is
    parsed first, so any invalid one raises."""
    parsed = parse_address(address)
    allow_rules = [parse_network(text) for text in allow]
    deny_rules = [parse_network(text) for text in deny]
    if _matches(parsed, deny_rules):
        return False
    return _matches(parsed, allow_rules)


def compact(networks: Iterable[str]) -> list[str]:
    """Merge overlapping and adjacent blocks: IPv4 first, then IPv6, each sorted."""
    v4: list[IPv4Network] = []
    v6: list[IPv6Network] = []
    for text in networks:
        net = parse_network(text)
        if isinstance(net, IPv4Network):
            v4.append(net)
        else:
            v6.append(net)
    merged = [*collapse_addresses(v4), *collapse_addresses(v6)]
    return [str(net) for net in merged]


def classify(address: str) -> str:
    """Name the kind of address, checking the most specific kinds first."""
    parsed = parse_address(address)
    if parsed.is_unspecified:
        return "unspecified"
    if parsed.is_loopback:
        return "loopback"
    if parsed.is_link_local:
        return "link-local"
    if parsed.is_multicast:
        return "multicast"
    if parsed.is_private:
        return "private"
    if parsed.is_global:
        return "global"
    return "other"
