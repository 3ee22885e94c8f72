"""Sealed cases for ip-allowlist-checker: text padded with tabs, newlines and no-break
spaces; blocks with host bits set, prefixes out of range, leading zeros, hex octets; mapped
clients in dotted, hex and upper-case spellings, IPv4-compatible ``::a.b.c.d`` (not mapped);
rule lists whose invalid rule comes after the rule that decides, as lists and generators;
addresses on block boundaries; blocks whose text order differs from their numeric order;
both families mixed; every kind ``classify`` names.

Netmask prefixes (``10.0.0.0/255.0.0.0``), scoped IPv6 addresses (``fe80::1%eth0``) and
``/08`` are left out: ``ipaddress`` accepts them, a careful parser may not, and the
instructions do not say. Messages are observed only where the instructions fix them, and
never for ``is_allowed`` (an invalid address and an invalid rule may be reported in either
order)."""

from __future__ import annotations

import ipaddress
import random
import re
from collections.abc import Iterator
from typing import Any

from pyhero.sealed import Case, gen

SOLUTION = "ip_allowlist_checker"

PADDING = ("", "", " ", "\t", "\n", " \r\n", "\u00a0")
BAD_NETWORKS = ("10.0.0.1/8", "300.1.1.1", "10.0.0.0/33", "", "example.com", "010.0.0.0/8",
                "0x0a.0.0.0/8", "1.2.3.4/", "10/8", "2001:db8::1/32", "2001:db8::/129", "::/-1",
                "1.2.3", "10.0.0.0 /8", "10.0.0.0/8/8", "\u0661.2.3.4", "gggg::/16")  # fmt: skip
BAD_ADDRESSES = ("10.0.0.0/8", "1.2.3", "nope", "256.0.0.1", "010.0.0.1", "::g", "1.2.3.4.5",
                 "", "2001:db8::/128", "1.2.3.4 5")  # fmt: skip
KINDS = ("0.0.0.0", "::", "127.0.0.1", "127.255.255.254", "::1", "169.254.10.1", "fe80::1",
         "224.0.0.1", "239.255.255.255", "ff02::1", "10.1.2.3", "172.16.0.1", "172.32.0.1",
         "192.168.0.1", "fd12:3456::1", "8.8.8.8", "2001:4860:4860::8888", "100.64.0.1",
         "100.127.255.255", "::ffff:127.0.0.1", "::ffff:8.8.8.8", "::ffff:10.0.0.1",
         "::ffff:169.254.1.1", "240.0.0.1", "255.255.255.255", "192.0.2.1", "2001:db8::1",
         "198.18.0.1", "64:ff9b::1", "::1.2.3.4", "192.0.0.9")  # fmt: skip


def _padded(rng: random.Random, text: str) -> str:
    return gen.pick(rng, PADDING) + text + gen.pick(rng, PADDING)


def _random_network(rng: random.Random) -> ipaddress.IPv4Network | ipaddress.IPv6Network:
    if gen.chance(rng, 0.7):
        prefix = gen.pick(rng, (8, 16, 20, 23, 24, 25, 30, 31, 32, rng.randint(0, 32)))
        base = gen.pick(rng, (10 << 24, 192 << 24 | 168 << 16, 9 << 24, 100 << 24,
                              rng.getrandbits(32)))  # fmt: skip
        address = ipaddress.IPv4Address(base | rng.getrandbits(16))
        return ipaddress.IPv4Network((address, prefix), strict=False)
    prefix = gen.pick(rng, (32, 47, 48, 64, 96, 127, 128, rng.randint(0, 128)))
    address = ipaddress.IPv6Address(0x20010DB8 << 96 | rng.getrandbits(80))
    return ipaddress.IPv6Network((address, prefix), strict=False)


def _spelling(address: ipaddress.IPv4Address | ipaddress.IPv6Address, rng: random.Random) -> str:
    """The address as text; an IPv4 one now and then as a mapped IPv6 address."""
    if address.version == 4 and gen.chance(rng, 0.3):
        packed = int(address)
        return gen.pick(rng, (f"::ffff:{address}", f"::FFFF:{address}",
                              f"::ffff:{packed >> 16:x}:{packed & 0xFFFF:x}"))  # fmt: skip
    text = str(address)
    return text.upper() if gen.chance(rng, 0.2) else text


def _near(network: Any, rng: random.Random) -> Any:
    """An address at, just inside or just outside one of the block's ends."""
    first, last = int(network.network_address), int(network.broadcast_address)
    value = gen.pick(rng, (first, last, first - 1, last + 1, (first + last) // 2))
    top = 2**network.max_prefixlen - 1
    return type(network.network_address)(min(max(value, 0), top))


def allowed(solution, address, allow, deny, *, as_generators=False):  # type: ignore[no-untyped-def]
    if as_generators:
        return solution.is_allowed(address, (rule for rule in allow), (rule for rule in deny))
    return solution.is_allowed(address, list(allow), list(deny))


def network_text(solution, text):  # type: ignore[no-untyped-def]
    return str(solution.parse_network(text))


def address_text(solution, text):  # type: ignore[no-untyped-def]
    parsed = solution.parse_address(text)
    return [parsed.version, str(parsed)]


def _allow_case(rng: random.Random) -> tuple[Any, str, list[str], list[str]]:
    """An address (as an object and as padded text) and allow and deny rules around it."""
    allow_nets = [_random_network(rng) for _ in range(rng.randint(0, 4))]
    deny_nets = [_random_network(rng) for _ in range(rng.randint(0, 2))]
    if deny_nets and allow_nets and gen.chance(rng, 0.3):  # a deny block inside an allow block
        inner = allow_nets[0]
        prefix = min(inner.prefixlen + 1, inner.max_prefixlen)
        deny_nets[0] = ipaddress.ip_network((inner.network_address, prefix), strict=False)
    pool = allow_nets + deny_nets
    if pool and gen.chance(rng, 0.8):
        address = _near(gen.pick(rng, pool), rng)
    else:
        address = _random_network(rng).network_address
    allow = [_padded(rng, _rule_text(net, rng)) for net in allow_nets]
    deny = [_padded(rng, _rule_text(net, rng)) for net in deny_nets]
    return address, _padded(rng, _spelling(address, rng)), allow, deny


def _rule_text(net: Any, rng: random.Random) -> str:
    """A block as CIDR text, or a single host as a bare address now and then."""
    if net.prefixlen == net.max_prefixlen and gen.chance(rng, 0.5):
        return str(net.network_address)
    return str(net)


def _parse_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(25):
        net = _random_network(rng)
        text = str(net) if gen.chance(rng, 0.8) else str(net.network_address)
        yield Case.probe(network_text, _padded(rng, text), task=1)
    group = "parse_network: invalid"
    for text in BAD_NETWORKS:
        padded = _padded(rng, text)
        pattern = "(?s)^invalid network.*" + re.escape(padded)
        yield Case.probe(network_text, padded, task=1, group=group, message=pattern,
                         errors=("RuleError", "ValueError"))  # fmt: skip
    for _ in range(25):
        address = _random_network(rng).network_address
        yield Case.probe(address_text, _padded(rng, _spelling(address, rng)), task=1)
    group = "parse_address: invalid"
    for text in BAD_ADDRESSES:
        yield Case.probe(address_text, _padded(rng, text), task=1, group=group,
                         message="^invalid address",
                         errors=("RuleError", "ValueError"))  # fmt: skip


def _allow_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(45):
        _, address, allow, deny = _allow_case(rng)
        yield Case.probe(allowed, address, allow, deny, task=2,
                         as_generators=gen.chance(rng, 0.3))  # fmt: skip
    group = "is_allowed: an invalid rule after the deciding one"
    for _ in range(20):
        parsed, address, allow, deny = _allow_case(rng)
        target = allow if gen.chance(rng, 0.5) or not deny else deny
        if gen.chance(rng, 0.7):  # a rule that decides the answer comes first
            target.insert(0, str(ipaddress.ip_network(parsed)))
        target.append(gen.pick(rng, BAD_NETWORKS))
        yield Case.probe(allowed, address, allow, deny, task=2, group=group,
                         errors=("RuleError", "ValueError"),
                         as_generators=gen.chance(rng, 0.3))  # fmt: skip


def _compact_cases(rng: random.Random) -> Iterator[Case]:
    for _ in range(25):
        nets = [_random_network(rng) for _ in range(gen.size(rng, large=60))]
        for net in list(nets)[:3]:  # halves and neighbours, so that blocks merge
            if net.prefixlen < net.max_prefixlen:
                nets.extend(net.subnets())
        texts = [_padded(rng, str(net)) for net in gen.shuffled(rng, nets)]
        yield Case.call("compact", texts, task=3)
    yield Case.call("compact", ["10.0.10.0/24", "10.0.9.0/24", "9.0.0.0/8", "100.0.0.0/8",
                                "2001:db8:a::/48", "2001:db8:9::/48"], task=3)  # fmt: skip
    for bad in BAD_NETWORKS[:5]:
        yield Case.call("compact", ["10.0.0.0/24", bad], task=3, group="compact: invalid",
                        errors=("RuleError", "ValueError"))  # fmt: skip


def cases(rng: random.Random) -> Iterator[Case]:
    """About 200 cases per seed, over the four tasks."""
    yield from _parse_cases(rng)
    yield from _allow_cases(rng)
    yield from _compact_cases(rng)
    for text in KINDS:
        yield Case.call("classify", _padded(rng, text), task=4)
    for text in ("localhost", "", "10.0.0.0/8"):
        yield Case.call("classify", text, task=4, group="classify: invalid",
                        errors=("RuleError", "ValueError"))  # fmt: skip
