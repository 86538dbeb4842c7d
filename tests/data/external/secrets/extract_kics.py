"""Extract KICS' "Passwords And Secrets" query test files with the findings upstream expects.

Usage: ``python extract_kics.py SOURCE > kics_test_files.jsonl``

``SOURCE`` is a git directory of github.com/Checkmarx/kics (Apache-2.0), read at the revision
each file is pinned to below (``git show COMMIT:PATH``), or a plain directory holding those
files under their upstream names. Read: ``assets/queries/common/passwords_and_secrets/test/``
``positive*``/``negative*`` files (Terraform, YAML for Kubernetes/CloudFormation/Ansible/OpenAPI,
Dockerfile, JSON) and ``positive_expected_result.json`` (``fileName``, ``line``, ``queryName``).
Only test DATA and upstream's expected findings are vendored; the query's rule table
(``regex_rules.json``) is never read.

Revisions: each file is pinned to the revision the public-code index served it at (2026-12-05);
``positive_expected_result.json`` is older than most test files, which gained header comments
(``# "Generic Password" - <uuid> positive-test``) since, so its line numbers run a few lines
short. A finding is therefore RE-ANCHORED: its value is on the first line at or after the
expected line that holds a value of the finding's kind and no earlier finding's value:

- ``Password in URL``: the password of a ``scheme://user:password@`` URL on the line;
- ``... Webhook``: the ``https://`` URL on the line;
- ``Asymmetric private key``: the PEM block from ``-----BEGIN`` to its ``-----END ...-----``;
- ``Putty User Key File Content``: ``PuTTY-User-Key-File-`` up to the ``Private-MAC`` hex;
- ``K8s Environment Variable Password``: a ``value:`` whose ``- name:`` (line above) names a
  password (``pass``);
- generic kinds (``Generic Password``/``Secret``/``Token``/``Access Key``/``API Key``/``Private
  Key``): an assignment whose key holds ``pass``/``pwd``, ``secret``, ``token``, ``access``,
  ``api``, ``key``;
- a provider kind (``Stripe API Key``, ``AWS Access Key``, ...): an assignment whose value is
  16+ characters with a letter and a digit and no space.

An assignment is ``key = value`` (HCL), ``key: value`` (YAML, also behind ``- `` or a ``#``
that comments the line out: upstream flags commented-out credentials), ``"key": "value"``
(JSON), ``ARG``/``ENV``/``export KEY=value`` (Dockerfile, shell). The labelled value is the
assigned value: quotes, a trailing ``,`` and a trailing `` # comment`` removed. The converter
fails when a finding finds no line.

Unscored (``unscored``, out of both recall and negatives): a labelled value that is a
reference or an expression, not a literal (``{{resolve:...}}``, ``${...}``, ``var.x``,
``local.x``, ``!Ref``/``!Sub``, ``[parameters('x')]``, ``a ? b : c``), which our policy never
flags; and another line repeating a labelled value verbatim (an allow-rule test of the same
credential under a second key).

Files: every ``positive*`` file ``positive_expected_result.json`` names that the index holds,
except ``_STALE`` (the pinned revision no longer holds a credential on or after the expected
line), and the ``negative*`` files 1-14 (all extensions). A ``negative*`` file is all negatives
(upstream expects no finding in it). ``positive15.tf`` (6.9 kB, two findings) was not read.

Split group (``rule_id``): ``kics.<file name>``; ``negative14.tf`` (``positive21.tf`` with its
key replaced by a variable) shares ``positive21.tf``'s group.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

# the shared file_corpus.py beside this script
sys.path.insert(0, str(Path(__file__).resolve().parent))
from file_corpus import file_record  # noqa: E402

_DIR = "assets/queries/common/passwords_and_secrets/test"
_EXPECTED = ("positive_expected_result.json", "085e1271ec1f68342fcf62677acfa3c29a19a0a8")

# file -> the revision it is read at (the index's stored version on 2026-12-05)
_FILES = {
    "positive1.yaml": "9781f5ef7815e6da7c95462d4fd225469817fc68",
    "positive2.yaml": "4c4d48112e794816fd19f318dcd68b41a22e4479",
    "positive3.yaml": "5259efa1b01c1633342ea1c38fd15faefa891197",
    "positive4.tf": "2bf8de135856ef6f7af5440f66e9b64bbcbc5b98",
    "positive5.tf": "90f0a3d86c39c532baa9f54036cbfa8583d29521",
    "positive6.dockerfile": "54347f11e14b2a4728a56fc132a706b72d7716c0",
    "positive7.tf": "0debdd0a84ff399d9c779735b44de6b517342ea3",
    "positive8.json": "19eae21647f538a3684f8a31ce32bfbc95433e9d",
    "positive9.tf": "90f0a3d86c39c532baa9f54036cbfa8583d29521",
    "positive10.json": "5259efa1b01c1633342ea1c38fd15faefa891197",
    "positive11.yaml": "578c73974bb359847d1847aacfcc31bdbe4dc757",
    "positive12.json": "90f0a3d86c39c532baa9f54036cbfa8583d29521",
    "positive13.tf": "90f0a3d86c39c532baa9f54036cbfa8583d29521",
    "positive14.tf": "5259efa1b01c1633342ea1c38fd15faefa891197",
    "positive16.yaml": "712f56583945bcfabe0d4f3527fbf0ad15b1daea",
    "positive17.tf": "1a6458afa25d5d2445470e12f361b83bcc499fe5",
    "positive18.tf": "a0ea7c795e854d73a324093d5188e97cccc772e3",
    "positive19.tf": "13bf3ae3cc5350e4d0b2cd682f76cea664c4514d",
    "positive20.tf": "a0ea7c795e854d73a324093d5188e97cccc772e3",
    "positive21.tf": "13bf3ae3cc5350e4d0b2cd682f76cea664c4514d",
    "positive22.tf": "1a6458afa25d5d2445470e12f361b83bcc499fe5",
    "positive23.tf": "a0ea7c795e854d73a324093d5188e97cccc772e3",
    "positive24.tf": "9781f5ef7815e6da7c95462d4fd225469817fc68",
    "positive25.dockerfile": "13bf3ae3cc5350e4d0b2cd682f76cea664c4514d",
    "positive26.yaml": "1a6458afa25d5d2445470e12f361b83bcc499fe5",
    "positive27.yaml": "5f41db042120bd703e661a1688f935df42f65878",
    "positive28.yaml": "13bf3ae3cc5350e4d0b2cd682f76cea664c4514d",
    "positive29.tf": "1a6458afa25d5d2445470e12f361b83bcc499fe5",
    "positive30.tf": "13bf3ae3cc5350e4d0b2cd682f76cea664c4514d",
    "positive31.yaml": "13bf3ae3cc5350e4d0b2cd682f76cea664c4514d",
    "positive32.yaml": "9781f5ef7815e6da7c95462d4fd225469817fc68",
    "positive33.yaml": "9781f5ef7815e6da7c95462d4fd225469817fc68",
    "positive34.yaml": "712f56583945bcfabe0d4f3527fbf0ad15b1daea",
    "positive35.yaml": "578c73974bb359847d1847aacfcc31bdbe4dc757",
    "positive36.tf": "2bf8de135856ef6f7af5440f66e9b64bbcbc5b98",
    "positive37.tf": "2bf8de135856ef6f7af5440f66e9b64bbcbc5b98",
    "positive39.tf": "90f0a3d86c39c532baa9f54036cbfa8583d29521",
    "positive40.tf": "13bf3ae3cc5350e4d0b2cd682f76cea664c4514d",
    "positive42.tf": "13bf3ae3cc5350e4d0b2cd682f76cea664c4514d",
    "positive43.yaml": "1105b4d3f7db2fda477dab621e03170e86ee968a",
    "positive45.tf": "0debdd0a84ff399d9c779735b44de6b517342ea3",
    "negative1.yaml": "4f253e452c847b869da1e76f8304ab156296fb03",
    "negative2.yaml": "578c73974bb359847d1847aacfcc31bdbe4dc757",
    "negative3.yaml": "a0ea7c795e854d73a324093d5188e97cccc772e3",
    "negative4.tf": "4c4d48112e794816fd19f318dcd68b41a22e4479",
    "negative5.dockerfile": "90f0a3d86c39c532baa9f54036cbfa8583d29521",
    "negative6.json": "c0851e44ab941c782206282a0edbb161354c8ec3",
    "negative7.tf": "13bf3ae3cc5350e4d0b2cd682f76cea664c4514d",
    "negative8.tf": "9cb954cb9fc0ce4c51a8a4e1b0780b886f44c481",
    "negative9.tf": "80412ee31548755ae5aa610ddf737e980f09545a",
    "negative10.tf": "0923bdf3ebfcc148b1d61c87135bda3c919cac5c",
    "negative10.yaml": "4f253e452c847b869da1e76f8304ab156296fb03",
    "negative11.tf": "90f0a3d86c39c532baa9f54036cbfa8583d29521",
    "negative11.yaml": "4f253e452c847b869da1e76f8304ab156296fb03",
    "negative12.tf": "19eae21647f538a3684f8a31ce32bfbc95433e9d",
    "negative13.tf": "54347f11e14b2a4728a56fc132a706b72d7716c0",
    "negative14.tf": "a0ea7c795e854d73a324093d5188e97cccc772e3",
}
_STALE = {
    "positive38.yaml",  # the expected line now holds a username-only SecretStringTemplate
    "positive41.tf",  # the pinned revision holds no private key (a copy of positive40.tf)
    "positive44.yaml",  # the expected line is a parameter Description sentence
}
_GROUP = {"negative14.tf": "positive21.tf"}

_ASSIGN = re.compile(
    r"""^\s*(?:-\s+)?(?:\#\s*)?(?:(?:export|ARG|ENV)\s+)?["']?(?P<key>[A-Za-z_][\w.-]*)["']?"""
    r"""\s*[:=]\s*(?P<val>\S.*?)\s*$"""
)
_USERINFO = re.compile(r"://[^/\s:@\"']+:(?P<val>[^/\s@\"']+)@")
_URL = re.compile(r"https?://[^\s\"']+")
_GENERIC = {
    "Generic Password": r"pass|pwd",
    "Generic Secret": r"secret",
    "Generic Token": r"token",
    "Generic Access Key": r"access",
    "Generic API Key": r"api",
    "Generic Private Key": r"key",
}
_REFERENCE = re.compile(
    r"^(?:\{\{|\$\{|!Ref\b|!Sub\b|!GetAtt\b|\[parameters\(|\[variables\(|(?:var|local|data)\.)"
    r"|\s\?\s"
)


def _value(line: str) -> tuple[str, int, int] | None:
    """``(key, start, end)`` of the value assigned on ``line`` (quotes, ``,`` and a trailing
    comment removed), or None."""
    m = _ASSIGN.match(line)
    if not m:
        return None
    start, val = m.start("val"), m.group("val")
    cut = re.search(r"\s+#", val)
    if cut and not val.startswith(("'", '"')):
        val = val[: cut.start()]
    elif val[:1] in "'\"":
        close = val.find(val[0], 1)
        if close < 0:
            return None
        start, val = start + 1, val[1:close]
    val = val.rstrip(",").rstrip()
    if not val or val in {"{", "[", "{}", "[]", "|", ">"} or val.startswith("<<"):
        return None
    return m.group("key"), start, start + len(val)


def _match(kind: str, lines: list[str], i: int) -> tuple[int, int] | None:
    """Span (within the file's text from line ``i``'s start) of a value of ``kind`` on line
    ``i``, or None."""
    line = lines[i]
    if kind == "Password in URL":
        m = _USERINFO.search(line)
        return (m.start("val"), m.end("val")) if m else None
    if kind.endswith("Webhook"):
        m = _URL.search(line)
        return m.span() if m else None
    if kind == "Asymmetric private key":
        return (line.index("-----BEGIN"), None) if "-----BEGIN" in line else None
    if kind == "Putty User Key File Content":
        return (
            (line.index("PuTTY-User-Key-File-"), None) if "PuTTY-User-Key-File-" in line else None
        )
    found = _value(line)
    if found is None:
        return None
    key, start, end = found
    if kind == "K8s Environment Variable Password":
        above = re.match(r"^\s*-\s+name:\s*(\S+)", lines[i - 1]) if i else None
        ok = key == "value" and above is not None and "pass" in above.group(1).lower()
    elif kind in _GENERIC:
        ok = re.search(_GENERIC[kind], key, re.IGNORECASE) is not None
    else:
        val = line[start:end]
        ok = len(val) >= 16 and not re.search(r"\s", val)
        ok = ok and re.search(r"\d", val) is not None and re.search(r"[A-Za-z]", val) is not None
    return (start, end) if ok else None


def _multiline_end(text: str, start: int, kind: str) -> int:
    """End of a PEM block (its ``-----END ...-----``) or of a PuTTY key (its MAC's hex)."""
    if kind == "Asymmetric private key":
        tag = text.index("-----END", start)
        return text.index("-----", tag + len("-----END")) + len("-----")
    return re.compile(r"Private-MAC: [0-9a-f]+").search(text, start).end()


def label(text: str, findings: list[tuple[int, str]]) -> tuple[list, list]:
    """``(secrets, unscored)`` spans of ``findings`` (``(expected line, kind)``) in ``text``."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    used: set[int] = set()
    spans: list[tuple[int, int]] = []
    for expected, kind in sorted(findings):
        for i in range(expected - 1, len(lines)):
            hit = None if i in used else _match(kind, lines, i)
            if hit is not None:
                break
        else:
            raise ValueError(f"no line for {kind} at or after line {expected}")
        used.add(i)
        start = offsets[i] + hit[0]
        end = offsets[i] + hit[1] if hit[1] is not None else _multiline_end(text, start, kind)
        spans.append((start, end))
    secrets = [s for s in spans if not _REFERENCE.search(text[s[0] : s[1]])]
    unscored = [s for s in spans if s not in secrets]
    values = {text[s:e] for s, e in secrets}
    for i, line in enumerate(lines):
        found = _value(line)
        if found and i not in used and line[found[1] : found[2]] in values:
            unscored.append((offsets[i] + found[1], offsets[i] + found[2]))
    return sorted(secrets), sorted(unscored)


def _read(source: Path, name: str, commit: str) -> bytes:
    if (source / "HEAD").exists():
        return subprocess.run(
            ["git", "-C", str(source), "show", f"{commit}:{_DIR}/{name}"],
            check=True,
            capture_output=True,
        ).stdout
    return (source / name).read_bytes()


def main() -> None:
    source = Path(sys.argv[1])
    expected = json.loads(_read(source, *_EXPECTED))
    findings: dict[str, list[tuple[int, str]]] = {}
    for f in expected:
        kind = f["queryName"].removeprefix("Passwords And Secrets - ")
        findings.setdefault(f["fileName"], []).append((f["line"], kind))
    for name, commit in _FILES.items():
        if name.startswith("positive") and (name not in findings or name in _STALE):
            raise ValueError(f"{name}: no usable expected finding")
        text = _read(source, name, commit).decode("utf-8")
        secrets, unscored = label(text, findings.get(name, []))
        group = f"kics.{_GROUP.get(name, name)}"
        line = json.loads(file_record(f"kics-{name}", text, secrets, group, f"{_DIR}/{name}"))
        if unscored:
            line["unscored"] = [{"start": s, "end": e, "value": text[s:e]} for s, e in unscored]
        print(json.dumps(line, ensure_ascii=False))


if __name__ == "__main__":
    main()
