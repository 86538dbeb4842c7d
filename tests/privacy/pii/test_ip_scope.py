"""IP addresses that identify no internet host are not personal data (``pii/ip_scope``): the
detector skips them, public addresses next to them are still found, and the simulator's gold
labels agree."""

from __future__ import annotations

import ipaddress
import random

import pytest

from transforms.privacy.engine import detect
from transforms.privacy.pii.ip_scope import NON_PUBLIC_NETWORKS, internal_address
from transforms.privacy.pii.patterns import detect_ips


def ips(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.type == "IP_ADDRESS"]


@pytest.mark.parametrize(
    "text",
    [
        "the container got 172.17.0.2",
        "my router is 192.168.1.1",
        "server at 10.0.0.5",
        "docs use 192.0.2.10 and 198.51.100.7 and 203.0.113.99",
        "connect to 127.0.0.1",
        "bind 0.0.0.0:8000",
        "metadata at 169.254.169.254",
        "tailscale node 100.101.102.103",
        "ping fe80::1ff:fe23:4567:890a%eth0",
        "example 2001:db8:85a3::8a2e:370:7334",
        "ULA fd12:3456:789a:1::1",
        "mapped ::ffff:10.1.2.3",
    ],
)
def test_internal_addresses_are_not_flagged(text):
    assert ips(text) == []


@pytest.mark.parametrize(
    ("text", "ip"),
    [
        ("the Redis instance at 8.8.8.8 is slow", "8.8.8.8"),
        # just outside the private and CGNAT blocks
        ("reach 172.32.0.1 from home", "172.32.0.1"),
        ("reach 172.15.255.1 from home", "172.15.255.1"),
        ("client 100.128.0.1 connected", "100.128.0.1"),
        ("client 192.169.0.1 connected", "192.169.0.1"),
        ("resolver 2606:4700:4700::1111a failed", None),
        ("login from 2a00:1450:4001:82b::200e", "2a00:1450:4001:82b::200e"),
        ("log: GET / from 81.2.69.142 at 10:15", "81.2.69.142"),
    ],
)
def test_public_addresses_are_still_flagged(text, ip):
    assert ips(text) == ([ip] if ip else [])


def test_mixed_text_keeps_only_the_public_address():
    text = "nginx upstream 10.0.0.12, client 93.184.216.34, docker 172.18.0.2"
    assert [text[s.start : s.end] for s in detect_ips(text)] == ["93.184.216.34"]


def test_scope_matches_the_ipaddress_flags_where_they_are_exact():
    # loopback, link-local and unspecified are exactly the stdlib flags
    for addr in ("127.0.0.1", "127.255.0.9", "::1", "169.254.3.4", "fe80::9", "0.0.0.0", "::"):
        ip = ipaddress.ip_address(addr)
        assert internal_address(ip)
        assert ip.is_loopback or ip.is_link_local or ip.is_unspecified
    # every listed block is non-global; 100.64/10 is the one `is_private` misses
    for net in NON_PUBLIC_NETWORKS:
        assert not net.network_address.is_global
    assert not ipaddress.ip_address("100.64.0.1").is_private
    assert internal_address("100.64.0.1") and internal_address("100.127.255.254")
    # `is_private` covers more than identifies-no-host: benchmarking and reserved stay flagged
    assert ipaddress.ip_address("198.18.0.1").is_private and not internal_address("198.18.0.1")
    assert not internal_address("not an ip")


def test_simulator_labels_public_addresses_only():
    from transforms.simulator import pii

    rng = random.Random(7)
    for _ in range(400):
        value = pii.ipv4(rng)
        assert not internal_address(value), value
        assert ips(f"connection from {value} refused") == [value]
