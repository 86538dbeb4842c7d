"""Realistic PII and secret values to plant in generated text, plus look-alike hard negatives.

Kept as one module: it is a catalogue of values, and the labelling decisions below are stated
once for all of them; splitting people, ids and secrets apart would separate the rules from
the values they govern.

Every function takes a ``random.Random`` so callers control determinism. Values are valid
where validity is checkable: credit cards pass Luhn, IBANs pass mod-97, SSNs follow the SSA
rules (no 000/666/9xx area, no 00 group, no 0000 serial), phone numbers use real area codes,
Supabase JWTs are genuine HS256 tokens. Secrets return the exact substring that is the secret
(the gold span) together with the surrounding text it naturally sits in.

Labelling decisions (the privacy team's eval relies on them):
- DB/broker URLs: only the password is the SECRET span (user, host and db are not secret).
- ``.env``/config assignments, bearer headers, AWS secret keys: only the value is the span.
- PEM keys: the whole block, ``-----BEGIN ...`` through ``... KEY-----``.
- Supabase ``anon`` JWTs and Stripe publishable keys (``pk_live_``) are public by design and
  never labelled; ``service_role`` JWTs are SECRET.
- IP_ADDRESS is a public IPv4 address. Addresses that identify no internet host (private,
  loopback, link-local, CGNAT, documentation, unspecified: see
  :mod:`transforms.privacy.pii.ip_scope`) are not personal data and are never labelled, so the
  generator plants public ones only.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import random
import string
import unicodedata

B62 = string.ascii_letters + string.digits
URLSAFE = B62 + "-_"
B64 = B62 + "+/"
B32 = string.ascii_uppercase + "234567"
HEX = "0123456789abcdef"

FIRST_NAMES = (
    "Maria",
    "James",
    "Priya",
    "Lukas",
    "Sofia",
    "Chen",
    "Amara",
    "Oliver",
    "Fatima",
    "Diego",
    "Hannah",
    "Kenji",
    "Aisha",
    "Mateo",
    "Emma",
    "Ravi",
    "Chloe",
    "Jonas",
    "Zanele",
    "Noah",
    "Elena",
    "Tomasz",
    "Yuki",
    "Camille",
    "Ahmed",
    "Isabella",
    "Daniel",
    "Mei",
    "Olu",
    "Sarah",
    "Lars",
    "Ana",
    "Marcus",
    "Ingrid",
    "Rahul",
    "Beatriz",
    "Sven",
    "Leila",
    "Pedro",
    "Grace",
    "Mohammed",
    "Julia",
    "Tunde",
    "Clara",
    "Arjun",
    "Nina",
    "Felix",
    "Rosa",
    "Ethan",
    "Aylin",
)
LAST_NAMES = (
    "Schmidt",
    "Johnson",
    "Patel",
    "Müller",
    "Rossi",
    "Wang",
    "Okafor",
    "Bennett",
    "Khan",
    "Hernández",
    "Fischer",
    "Tanaka",
    "Mensah",
    "García",
    "Dubois",
    "Sharma",
    "Martin",
    "Weber",
    "Dlamini",
    "Anderson",
    "Popescu",
    "Kowalski",
    "Sato",
    "Laurent",
    "Hassan",
    "Silva",
    "Cohen",
    "Li",
    "Adeyemi",
    "Thompson",
    "Nilsson",
    "Costa",
    "Brown",
    "Larsen",
    "Gupta",
    "Santos",
    "Eriksson",
    "Rahimi",
    "Oliveira",
    "Walker",
    "Ali",
    "Novak",
    "Balogun",
    "Becker",
    "Iyer",
    "Moreau",
    "Wagner",
    "Ramos",
    "Murphy",
    "Yilmaz",
)
EMAIL_DOMAINS = (
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "proton.me",
    "icloud.com",
    "hotmail.co.uk",
    "gmx.de",
    "web.de",
    "fastmail.com",
)
COMPANY_WORDS = (
    "acme",
    "brightlane",
    "nordpeak",
    "tinyfox",
    "bluewharf",
    "kitestudio",
    "mapleworks",
    "urbanroots",
    "pixelmint",
    "sunfield",
)
COMPANY_TLDS = ("io", "com", "dev", "co", "app", "de", "co.uk", "fr")

US_AREA_CODES = (
    "212",
    "415",
    "312",
    "617",
    "206",
    "512",
    "303",
    "404",
    "646",
    "718",
    "213",
    "305",
    "702",
    "503",
    "614",
    "619",
    "773",
    "818",
    "917",
    "972",
)
STREETS_US = (
    "Main Street",
    "Oak Avenue",
    "Maple Drive",
    "Sunset Boulevard",
    "Elm Street",
    "Lakeview Road",
    "Cedar Lane",
    "Market Street",
    "Washington Avenue",
    "Pine Court",
)
US_CITIES = (
    ("Austin", "TX", "787"),
    ("Portland", "OR", "972"),
    ("Denver", "CO", "802"),
    ("Chicago", "IL", "606"),
    ("Seattle", "WA", "981"),
    ("Boston", "MA", "021"),
    ("Brooklyn", "NY", "112"),
    ("San Diego", "CA", "921"),
    ("Atlanta", "GA", "303"),
)
EU_ADDRESSES = (
    "Hauptstraße {n}, 10115 Berlin",
    "Schillerstraße {n}, 80336 München",
    "Calle de Alcalá {n}, 28014 Madrid",
    "{n} Rue de Rivoli, 75001 Paris",
    "Keizersgracht {n}, 1015 CX Amsterdam",
    "Via Roma {n}, 00184 Roma",
    "{n} Baker Street, London NW1 6XE",
    "Rua Augusta {n}, 1100-053 Lisboa",
    "{n} High Street, Manchester M4 1HN",
    "Kungsgatan {n}, 111 43 Stockholm",
)
CITIES = (
    "Berlin",
    "Lisbon",
    "Austin",
    "Toronto",
    "Manchester",
    "Lyon",
    "Porto",
    "Nairobi",
    "Melbourne",
    "Bangalore",
    "Rotterdam",
    "Seattle",
    "Barcelona",
    "Kraków",
    "Dublin",
)

IBAN_FORMATS = {  # country: (BBAN layout: n digit, a upper letter, c alnum)
    "DE": "nnnnnnnnnnnnnnnnnn",
    "GB": "aaaannnnnnnnnnnnnn",
    "FR": "nnnnnnnnnnccccccccccc" + "nn",
    "NL": "aaaannnnnnnnnn",
    "ES": "nnnnnnnnnnnnnnnnnnnn",
    "IT": "annnnnnnnnncccccccccccc",  # 23-char BBAN: CIN + ABI + CAB + account
}


def _rand(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choices(alphabet, k=n))


# --- people ---------------------------------------------------------------------------------
def person_name(rng: random.Random) -> str:
    """``First Last``."""
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def first_name(rng: random.Random) -> str:
    return rng.choice(FIRST_NAMES)


def _ascii(name: str) -> str:
    """Lower-case ASCII form of a name for the local part of an email address."""
    name = name.lower().replace("ß", "ss").replace("ł", "l").replace("ø", "o")
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def email(rng: random.Random, name: str | None = None) -> str:
    """A personal or work address, usually derived from a name."""
    name = name or person_name(rng)
    first, _, last = name.partition(" ")
    f, la = _ascii(first), _ascii(last or "x")
    style = rng.randrange(6)
    local = (
        f"{f}.{la}",
        f"{f[0]}{la}",
        f"{f}{rng.randrange(10, 99)}",
        f"{f}_{la}",
        f"{f}+{rng.choice(('shop', 'dev', 'test', 'news'))}",
        f"{la}.{f}",
    )[style]
    if rng.random() < 0.35:
        domain = f"{rng.choice(COMPANY_WORDS)}.{rng.choice(COMPANY_TLDS)}"
    else:
        domain = rng.choice(EMAIL_DOMAINS)
    return f"{local}@{domain}"


def phone(rng: random.Random) -> str:
    """A phone number in one of several national/international formats."""
    kind = rng.randrange(9)
    d = lambda k: _rand(rng, string.digits, k)  # noqa: E731
    if kind <= 3:  # US/CA: exchange must start 2-9 and avoid the fictional 555 block
        area = rng.choice(US_AREA_CODES)
        exch = str(rng.randint(2, 9)) + d(2)
        if exch == "555":
            exch = "556"
        line = d(4)
        return (
            f"({area}) {exch}-{line}",
            f"{area}-{exch}-{line}",
            f"+1 {area} {exch} {line}",
            f"+1-{area}-{exch}-{line}",
        )[kind]
    if kind == 4:
        return f"+44 7{rng.randint(400, 999)} {d(6)}"
    if kind == 5:
        return f"+49 {rng.choice(('151', '160', '170', '176'))} {d(8)}"
    if kind == 6:
        return f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}"
    if kind == 7:
        return f"+91 {rng.randint(70, 99)}{d(3)} {d(5)}"
    return f"+34 6{d(2)} {d(3)} {d(3)}"


def street_address(rng: random.Random) -> str:
    """A full postal address (labelled LOCATION as one span)."""
    if rng.random() < 0.5:
        city, state, zip3 = rng.choice(US_CITIES)
        return (
            f"{rng.randint(12, 9899)} {rng.choice(STREETS_US)}, {city}, {state} "
            f"{zip3}{rng.randint(10, 99)}"
        )
    return rng.choice(EU_ADDRESSES).format(n=rng.randint(1, 180))


def city(rng: random.Random) -> str:
    return rng.choice(CITIES)


# --- financial / government ids -----------------------------------------------------------
def luhn_check_digit(digits: str) -> str:
    """The digit that makes ``digits + d`` pass the Luhn check."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch)
        if i % 2 == 0:  # these positions get doubled once the check digit is appended
            v *= 2
            v -= 9 if v > 9 else 0
        total += v
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, v in enumerate(reversed(digits)):
        if i % 2 == 1:
            v *= 2
            v -= 9 if v > 9 else 0
        total += v
    return total % 10 == 0


def credit_card(rng: random.Random) -> str:
    """A Luhn-valid Visa/Mastercard/Amex/Discover number, grouped as people type them."""
    brand = rng.randrange(4)
    if brand == 0:
        body = "4" + _rand(rng, string.digits, 14)
    elif brand == 1:
        body = f"5{rng.randint(1, 5)}" + _rand(rng, string.digits, 13)
    elif brand == 2:
        body = rng.choice(("34", "37")) + _rand(rng, string.digits, 12)
    else:
        body = "6011" + _rand(rng, string.digits, 11)
    if body in ("424242424242424",):  # the public Stripe test card is not personal data
        body = "4" + "1" * 14
    number = body + luhn_check_digit(body)
    sep = rng.choice((" ", "-", "", " "))
    if len(number) == 15:
        return sep.join((number[:4], number[4:10], number[10:]))
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


def iban_checksum_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban(rng: random.Random) -> str:
    """A mod-97-valid IBAN, printed grouped by four or compact."""
    country = rng.choice(tuple(IBAN_FORMATS))
    bban = "".join(
        rng.choice(
            string.digits
            if c == "n"
            else string.ascii_uppercase
            if c == "a"
            else string.ascii_uppercase + string.digits
        )
        for c in IBAN_FORMATS[country]
    )
    rearranged = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in rearranged)) % 97
    compact = f"{country}{check:02d}{bban}"
    if rng.random() < 0.6:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def us_ssn(rng: random.Random) -> str:
    """An SSN that passes the SSA structural rules (and isn't a famous invalid one)."""
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        group, serial = rng.randint(1, 99), rng.randint(1, 9999)
        value = f"{area:03d}-{group:02d}-{serial:04d}"
        if value not in ("078-05-1120", "123-45-6789") and len(set(value.replace("-", ""))) > 1:
            return value


def ipv4(rng: random.Random) -> str:
    """A public IPv4 address (private and other internal blocks are unlabelled: module doc).
    The random draws are the same as when kinds 0 and 1 were private (10/8, 192.168/16), so
    everything generated after an address is unchanged."""
    kind = rng.randrange(4)
    if kind == 0:
        return f"52.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    if kind == 1:
        return f"91.198.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    first = rng.choice((34, 35, 52, 54, 81, 85, 91, 104, 145, 172, 185, 203, 212))
    # keep 172.x public: skip the 172.16/12 private block
    second = rng.choice((64, 67, 217, 232)) if first == 172 else rng.randint(1, 254)
    return f"{first}.{second}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


# --- secrets ----------------------------------------------------------------------------------
def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def supabase_ref(rng: random.Random) -> str:
    return _rand(rng, string.ascii_lowercase, 20)


def supabase_jwt(rng: random.Random, role: str, ref: str | None = None) -> str:
    """A genuine HS256 JWT as Supabase issues them (``role`` = ``anon`` or ``service_role``)."""
    iat = rng.randint(1_690_000_000, 1_760_000_000)
    header = b64url(b'{"alg":"HS256","typ":"JWT"}')
    payload = b64url(
        json.dumps(
            {
                "iss": "supabase",
                "ref": ref or supabase_ref(rng),
                "role": role,
                "iat": iat,
                "exp": iat + 315_360_000,
            },
            separators=(",", ":"),
        ).encode()
    )
    key = _rand(rng, B62, 40).encode()
    sig = b64url(hmac.new(key, f"{header}.{payload}".encode(), hashlib.sha256).digest())
    return f"{header}.{payload}.{sig}"


def openai_key(rng: random.Random) -> str:
    if rng.random() < 0.7:
        return (
            "sk-proj-"
            + _rand(rng, URLSAFE, rng.choice((48, 64, 74)))
            + "T3BlbkFJ"
            + _rand(rng, URLSAFE, rng.choice((48, 64, 74)))
        )
    return "sk-" + _rand(rng, B62, 20) + "T3BlbkFJ" + _rand(rng, B62, 20)


def anthropic_key(rng: random.Random) -> str:
    return "sk-ant-api03-" + _rand(rng, URLSAFE, 93) + "AA"


def stripe_key(rng: random.Random) -> str:
    prefix = rng.choice(("sk_live_", "sk_live_", "sk_test_", "rk_live_"))
    return prefix + "51" + _rand(rng, B62, rng.choice((22, 97)))


def aws_access_key_id(rng: random.Random) -> str:
    return "AKIA" + _rand(rng, B32, 16)


def aws_secret_access_key(rng: random.Random) -> str:
    return _rand(rng, B64, 40)


def github_token(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return "ghp_" + _rand(rng, B62, 36)
    return "github_pat_11" + _rand(rng, B62 + "", 20) + "_" + _rand(rng, B62, 59)


def slack_token(rng: random.Random) -> str:
    return f"xoxb-{rng.randint(10**10, 10**12)}-{rng.randint(10**11, 10**13)}-{_rand(rng, B62, 24)}"


def google_api_key(rng: random.Random) -> str:
    return "AIza" + _rand(rng, URLSAFE, 35)


def strong_password(rng: random.Random) -> str:
    """A URL-safe password (no ``@:/?#`` so it can sit inside a connection URL)."""
    return (
        _rand(rng, B62, rng.randint(10, 14))
        + rng.choice(("!", "_", "-", ""))
        + _rand(rng, B62, rng.randint(3, 8))
    )


def opaque_token(rng: random.Random) -> str:
    return _rand(rng, URLSAFE, rng.choice((32, 40, 48)))


def connection_url(rng: random.Random) -> tuple[str, str, str]:
    """``(before, password, after)``: a DB/broker URL whose password is the secret."""
    pw = strong_password(rng)
    kind = rng.randrange(6)
    if kind == 0:
        ref = supabase_ref(rng)
        return "postgresql://postgres:", pw, f"@db.{ref}.supabase.co:5432/postgres"
    if kind == 1:
        return (
            f"postgres://{rng.choice(('app', 'admin', 'api_user'))}:",
            pw,
            f"@{rng.choice(('localhost', 'db', 'pg.internal'))}:5432/"
            f"{rng.choice(('app_db', 'shop', 'crm'))}",
        )
    if kind == 2:
        return (
            ":".join(("redis://default", "")),
            pw,
            f"@redis-{rng.randint(10000, 19999)}.c{rng.randint(1, 300)}"
            ".us-east-1-4.ec2.redns.redis-cloud.com:" + str(rng.randint(10000, 19999)),
        )
    if kind == 3:
        return "redis://:", pw, "@cache.internal:6379/0"
    if kind == 4:
        return (
            f"mongodb+srv://{rng.choice(('admin', 'appuser'))}:",
            pw,
            f"@cluster0.{_rand(rng, string.ascii_lowercase + string.digits, 5)}"
            ".mongodb.net/app?retryWrites=true",
        )
    return "amqp://worker:", pw, "@rabbitmq:5672/"


PEM_KINDS = (
    ("RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA"),
    ("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"),
    ("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ"),
    ("EC PRIVATE KEY", "MHcCAQEEI"),
)


def pem_private_key(rng: random.Random) -> str:
    """A PEM private-key block (random body of the right shape)."""
    label, head = rng.choice(PEM_KINDS)
    n_lines = 4 if label == "EC PRIVATE KEY" else rng.randint(12, 25)
    body = head + _rand(rng, B64, 64 * n_lines - len(head) + rng.randint(4, 40))
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    if len(lines[-1]) % 4:
        lines[-1] = lines[-1] + "=" * (4 - len(lines[-1]) % 4)
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def env_secret_value(rng: random.Random, name: str) -> str:
    """A plausible value for a secret-named environment variable."""
    if "OPENAI" in name:
        return openai_key(rng)
    if "ANTHROPIC" in name:
        return anthropic_key(rng)
    if "STRIPE" in name:
        return stripe_key(rng)
    if "SERVICE_ROLE" in name:
        return supabase_jwt(rng, "service_role")
    if "GITHUB" in name:
        return github_token(rng)
    if "AWS_SECRET" in name:
        return aws_secret_access_key(rng)
    if name.endswith("_SECRET") or "NEXTAUTH" in name:
        return base64.b64encode(rng.randbytes(32)).decode()
    return strong_password(rng)


ENV_SECRET_NAMES = (
    "DATABASE_PASSWORD",
    "DB_PASSWORD",
    "POSTGRES_PASSWORD",
    "JWT_SECRET",
    "SESSION_SECRET",
    "NEXTAUTH_SECRET",
    "SMTP_PASSWORD",
    "OPENAI_API_KEY",
    "ANTHROPIC_API_KEY",
    "STRIPE_SECRET_KEY",
    "SUPABASE_SERVICE_ROLE_KEY",
    "GITHUB_TOKEN",
    "AWS_SECRET_ACCESS_KEY",
    "REDIS_PASSWORD",
    "ADMIN_PASSWORD",
)


# --- hard negatives (never labelled) ---------------------------------------------------------
PLACEHOLDER_KEYS = (
    "sk-...",
    "sk-your-key-here",
    "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "YOUR_API_KEY",
    "<your-openai-key>",
    "sk_test_...",
    "your-super-secret-jwt-token-with-at-least-32-characters-long",
    "changeme",
    "<YOUR_SUPABASE_SERVICE_ROLE_KEY>",
    "xxxx-xxxx-xxxx",
    "sk-ant-...",
    "REPLACE_ME",
    "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "your-password",
)


def placeholder_key(rng: random.Random) -> str:
    return rng.choice(PLACEHOLDER_KEYS)


def uuid4(rng: random.Random) -> str:
    h = _rand(rng, HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def git_sha(rng: random.Random, short: bool = False) -> str:
    return _rand(rng, HEX, 7 if short else 40)


def unix_ts(rng: random.Random) -> str:
    return str(rng.randint(1_700_000_000, 1_790_000_000))


def ten_digit_id(rng: random.Random) -> str:
    return str(rng.randint(1_000_000_000, 1_999_999_999))


def stripe_publishable_key(rng: random.Random) -> str:
    return rng.choice(("pk_live_51", "pk_test_51")) + _rand(rng, B62, 97)


def stripe_object_id(rng: random.Random) -> str:
    return rng.choice(("price_1", "prod_", "cus_", "pi_3")) + _rand(rng, B62, 14)
