"""Which IP addresses are personal data: only those that can identify a host on the internet.

An address from a block that is never routed on the public internet names no one: every home
router is ``192.168.1.1``, every Docker container ``172.17.0.x``, every cloud VM's metadata
service ``169.254.169.254``. Coding chat pastes them all day, and redacting them damages the
text without protecting anybody. :func:`internal_address` is True for these blocks, and
IP_ADDRESS detection (:func:`transforms.privacy.pii.patterns.detect_ips`) skips them:

========================  ======================================  ================
block                     what                                    reference
========================  ======================================  ================
10/8, 172.16/12,          private networks                        RFC 1918
192.168/16
127/8, ::1                loopback                                RFC 1122, 4291
169.254/16, fe80::/10     link-local                              RFC 3927, 4291
100.64/10                 carrier-grade NAT (shared address)      RFC 6598
192.0.2/24,               documentation (TEST-NET-1/2/3)          RFC 5737
198.51.100/24,
203.0.113/24, 2001:db8::/32                                       RFC 3849
0.0.0.0, ::               unspecified                             RFC 1122, 4291
fc00::/7                  unique local (IPv6's private networks)  RFC 4193
========================  ======================================  ================

The blocks are listed explicitly rather than read from :mod:`ipaddress`'s flags, because no
flag matches exactly this set: ``is_private`` also covers 0/8, 198.18/15 (benchmarking),
240/4 (reserved) and 192.0.0/29, misses 100.64/10, and its membership changed between Python
patch releases (gh-113171, 3.11.10 / 3.12.4); ``is_global`` is ``not is_private`` minus
100.64/10. ``is_loopback``, ``is_link_local`` and ``is_unspecified`` match their rows
exactly (the unit tests pin every row against the flags where one exists). IPv4-mapped IPv6
addresses (``::ffff:10.0.0.1``) are judged by their IPv4 address. Multicast and broadcast are
not host addresses either; the detector already skips them.
"""

from __future__ import annotations

import ipaddress

NON_PUBLIC_NETWORKS = tuple(
    ipaddress.ip_network(n)
    for n in (
        "10.0.0.0/8",
        "172.16.0.0/12",
        "192.168.0.0/16",
        "127.0.0.0/8",
        "169.254.0.0/16",
        "100.64.0.0/10",
        "192.0.2.0/24",
        "198.51.100.0/24",
        "203.0.113.0/24",
        "0.0.0.0/32",
        "::1/128",
        "::/128",
        "fe80::/10",
        "fc00::/7",
        "2001:db8::/32",
    )
)


def internal_address(ip: ipaddress.IPv4Address | ipaddress.IPv6Address | str) -> bool:
    """Whether ``ip`` is in a block that identifies no host on the internet (see module)."""
    if isinstance(ip, str):
        try:
            ip = ipaddress.ip_address(ip)
        except ValueError:
            return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return any(ip.version == n.version and ip in n for n in NON_PUBLIC_NETWORKS)
