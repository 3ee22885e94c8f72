"""IP allow-list checker: implement the functions below."""

from collections.abc import Iterable
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network

Address = IPv4Address | IPv6Address
Network = IPv4Network | IPv6Network


class RuleError(ValueError):
    """Raised for text that is not a valid address or network."""


def parse_network(text: str) -> Network:
    """Parse a CIDR block or bare address (as a single-host network)."""
    raise NotImplementedError


def parse_address(text: str) -> Address:
    """Parse an address; an IPv4-mapped IPv6 address becomes its IPv4 address."""
    raise NotImplementedError


def is_allowed(address: str, allow: Iterable[str], deny: Iterable[str] = ()) -> bool:
    """True when the address is inside an allow rule and inside no deny rule."""
    raise NotImplementedError


def compact(networks: Iterable[str]) -> list[str]:
    """Merge overlapping and adjacent blocks: IPv4 first, then IPv6, each sorted."""
    raise NotImplementedError


def classify(address: str) -> str:
    """Name the kind of address, checking the most specific kinds first."""
    raise NotImplementedError
