"""Session 32 (issue 14): credentials written as a lookup's default, inside HTML character
references, under vowel-dropped password names, in C char arrays and libcurl's OAuth option.
True positives, placeholders and code look-alikes; values are made up."""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.decoded_views import entity_decoded, string_escape_decoded
from transforms.privacy.secrets.detector import detect_own_secrets


def _found(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect_own_secrets(text)}


FOUND = [
    # environment / config lookups with a literal default (documentation cited in pair_calls)
    ('$pw = getenv("DB_PASSWORD") ?: "x7Kq9pLm2";', "x7Kq9pLm2"),
    ('val pw = System.getenv("DB_PASSWORD") ?: "x7Kq9pLm2"', "x7Kq9pLm2"),
    ('String pw = System.getenv().getOrDefault("DB_PASSWORD", "x7Kq9pLm2");', "x7Kq9pLm2"),
    ('password = ENV.fetch("DB_PASSWORD") { "x7Kq9pLm2" }', "x7Kq9pLm2"),
    (
        'let token = std::env::var("API_TOKEN").unwrap_or("a8f3Kd92jLq0Zx7Vb1Nm4Pt6".into());',
        "a8f3Kd92jLq0Zx7Vb1Nm4Pt6",
    ),
    ("'password' => env('DB_PASSWORD', 'x7Kq9pLm2'),", "x7Kq9pLm2"),
    ('PASSWORD = config("DB_PASSWORD", default="x7Kq9pLm2")', "x7Kq9pLm2"),
    (
        'SECRET_KEY = env.str("SECRET_KEY", default="a8f3Kd92jLq0Zx7Vb1Nm4Pt6")',
        "a8f3Kd92jLq0Zx7Vb1Nm4Pt6",
    ),
    ('props.getProperty("db.password", "x7Kq9pLm2")', "x7Kq9pLm2"),
    ('PASSWORD = os.environ.get("PASSWORD") or "at5G6zi!m"', "at5G6zi!m"),
    ('password = os.getenv("PW", b"GEHE1MNIS")', "GEHE1MNIS"),
    ('self.password = os.getenv("X", "x7Kq9pLm2")', "x7Kq9pLm2"),
    ("spring.datasource.password=${DB_PASSWORD:x7Kq9pLm2}", "x7Kq9pLm2"),
    ("password: ${DB_PASSWORD:x7Kq9pLm2}", "x7Kq9pLm2"),
    # HTML character references around or inside the value
    ('<input placeholder="Your password: &quot;g1re0g1Pa5$w0Rd&quot;">', "g1re0g1Pa5$w0Rd"),
    (
        '<mxCell value="Password: &quot;Dw7^&amp;amp;nd&amp;lt;dj&quot;&lt;br&gt;">',
        "Dw7^&amp;amp;nd&amp;lt;dj",
    ),
    ('<a href="https://example.com/?token=&#34;g1re0g1T0keN3zWx&#34;">x</a>', "g1re0g1T0keN3zWx"),
    # vowel-dropped password names; Make's := (not ":" then "=…")
    ("PW:=FlUgeGeHeImEn01", "FlUgeGeHeImEn01"),
    ("PSWRD:=FlUgeGeHeImEn05", "FlUgeGeHeImEn05"),
    ("PSSWORD:=FlUgeGeHeImEn08", "FlUgeGeHeImEn08"),
    ('PASWD = "FlUgeGeHeImEn09"', "FlUgeGeHeImEn09"),
    ('pasword: "x7Kq9pLm2"', "x7Kq9pLm2"),
    # after a ":" a "$" between letters is part of the value (no shell assignment)
    ("password:g1re0g2Pa5$w0Rd", "g1re0g2Pa5$w0Rd"),
    ('<button onclick="alert(&quot;password:g1re0g2Pa5$w0Rd&quot;)">x</button>', "g1re0g2Pa5$w0Rd"),
    # C arrays and macros (a parenthesised body, a trailing comment); libcurl's OAuth option
    ('#define WIFI_PASSWORD "x7Kq9pLm2" // home network', "x7Kq9pLm2"),
    ('#define WIFI_PASS "sunflower42"  /* home */', "sunflower42"),
    ('#define MQTT_PASSWORD ("x7Kq9pLm2")', "x7Kq9pLm2"),
    # .NET NetworkCredential(user, password, domain)
    ('c.Credentials = new NetworkCredential("user", "x7Kq9pLm2", "CORP");', "x7Kq9pLm2"),
    ('char pass[] = "x7Kq9pLm2";', "x7Kq9pLm2"),
    ('static const char password[32] = "x7Kq9pLm2";', "x7Kq9pLm2"),
    (
        'curl_easy_setopt(h, CURLOPT_XOAUTH2_BEARER, "K5aS1fMnmhQJMRKRw75Mwm3AVuRVZT39-v0hDyAf");',
        "K5aS1fMnmhQJMRKRw75Mwm3AVuRVZT39-v0hDyAf",
    ),
]

NOT_FLAGGED = [
    # placeholders and references as defaults
    'os.environ.get("API_KEY", "your-api-key-here")',
    'config("SECRET_KEY", default="changeme")',
    'env("DB_PASSWORD", "${DB_PASSWORD}")',
    'token = getenv("GH_TOKEN") ?: "<token>"',
    'password = ENV.fetch("DB_PASSWORD") { "xxx" }',
    # code look-alikes: lookups of other names, empty or identifier defaults
    'kwargs.get("token", "default_token")',
    'data.get("password", "")',
    'row.get("username", "x7Kq9pLm2")',
    'headers.get("Authorization", "Bearer")',
    'name = os.getenv("USER_NAME", "bob")',
    'self.user = os.getenv("X", "x7Kq9pLm2")',
    "password: ${DB_PASSWORD:}",
    "echo ${PASSWORD:0:3}",
    "x=${PASSWORD:?must be set}",
    "password: ${db.password:changeme}",
    'char password[64] = "";',
    "tokens[i] = next;",
    "curl_easy_setopt(curl, CURLOPT_XOAUTH2_BEARER, token);",
    'curl_easy_setopt(curl, CURLOPT_XOAUTH2_BEARER, "<token>");',
    "x := y",
    "password: $DB_PASSWORD",
    "password: abc${X}",
    "password: pre/$HOME",
    "password = super$ecret",
    "#define PASSWORD_LEN 32 // max",
    '#define PASSWORD_PROMPT "Enter password: "',
    '#define MQTT_PASSWORD ("x7Kq9pLm2"',
    'new NetworkCredential("user", password, "CORP")',
    "PSWD=${PSWD}",
    "pswd = changeme",
    # entities that decode to prose or markup only; a URL query's & is no reference
    "<p>Tom &amp; Jerry &lt;3 the &quot;password reset&quot; page</p>",
    '<a href="/login?user=1&next=%2Fhome">sign in</a>',
    "&lt;password&gt;&lt;/password&gt;",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_lookup_default_found(text: str, value: str) -> None:
    assert value in _found(text)


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_lookup_default_not_flagged(text: str) -> None:
    assert _found(text) == set()


def test_entity_decoded_offsets() -> None:
    text = "a&quot;b&#x26;c&unknown;d"
    decoded, starts, ends = entity_decoded(text)
    assert decoded == 'a"b&c&unknown;d'
    assert [text[starts[i] : ends[i]] for i in range(4)] == ["a", "&quot;", "b", "&#x26;"]
    assert entity_decoded("no references & here; none") is None


def test_bare_value_ends_at_string_escape() -> None:
    text = '"DB_USER=app\\nDB_PASSWORD=x7Kq9pLm2\\nAPI_HOST=db.internal"'
    assert "x7Kq9pLm2" in _found(text)
    assert not any("API_HOST" in v for v in _found(text))


def test_network_credential_domain_not_flagged() -> None:
    text = 'new NetworkCredential("user", "x7Kq9pLm2", "CORP");'
    assert _found(text) == {"x7Kq9pLm2"}


def test_entity_view_reads_only_lines_with_references() -> None:
    text = "plain line\nx &amp; y\nother\nq=&quot;w&quot;"
    decoded, starts, ends = entity_decoded(text)
    assert decoded == 'x & y\nq="w"'
    assert text[starts[2] : ends[2]] == "&amp;"
    page = "<p>intro</p>\n" * 50 + '<input placeholder="password: &quot;x7Kq9pLm2&quot;">'
    assert "x7Kq9pLm2" in _found(page)


TYPED_FOUND = [
    ('page.fill("#password", "q4c1a2oPd")', "q4c1a2oPd"),
    ('driver.find_element(By.ID, "password").send_keys("q4c1a2oPd")', "q4c1a2oPd"),
    ('driver.findElement(By.name("pwd")).sendKeys("q4c1a2oPd");', "q4c1a2oPd"),
    ('cy.get("#password").type("q4c1a2oPd{enter}")', "q4c1a2oPd"),
    ("await page.type('input[name=password]', 'q4c1a2oPd')", "q4c1a2oPd"),
    ('await page.getByLabel("Password").fill("q4c1a2oPd");', "q4c1a2oPd"),
    ('page.locator("#loginPassword").fill("sunflower42")', "sunflower42"),
]
TYPED_NOT_FLAGGED = [
    'page.fill("#username", "q4c1a2oPd")',
    'page.fill("#password", password)',
    'page.fill("#password", "<password>")',
    'page.fill("#password", process.env.PW)',
    'cy.get("#password").type(Cypress.env("pw"))',
    'cy.get("[data-test=show-password]").type("abc12345")',
    'page.fill("#passport", "X1234567")',
    'page.fill("#password", "")',
    'element.type("password")',
]


@pytest.mark.parametrize(("text", "value"), TYPED_FOUND)
def test_typed_password_field_found(text: str, value: str) -> None:
    assert value in _found(text)


@pytest.mark.parametrize("text", TYPED_NOT_FLAGGED)
def test_typed_password_field_not_flagged(text: str) -> None:
    assert _found(text) == set()


ESCAPED_FOUND = [
    ('"#define\\tpassword\\t\\"n84ASM54y4\\""', "n84ASM54y4"),
    (
        '{"code": "#include <x>\\n#define WIFI_PASSWORD \\"x7Kq9pLm2\\"\\nint main() {}"}',
        "x7Kq9pLm2",
    ),
]


@pytest.mark.parametrize(("text", "value"), ESCAPED_FOUND)
def test_string_escape_view_found(text: str, value: str) -> None:
    assert value in _found(text)


def test_string_escape_view_lines() -> None:
    assert string_escape_decoded("a line with \\n only\nno escapes") is None
    text = 'plain\n"x = \\"y\\"\\tz"'
    decoded, starts, ends = string_escape_decoded(text)
    assert decoded == '"x = "y"\tz"'
    assert text[starts[5] : ends[5]] == '\\"'
    assert _found('print("a\\tb")') == set()
    assert _found('say \\"hello\\" to password') == set()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("password for root: x7Kq9pLm2", "x7Kq9pLm2"),
        ("Password for user bob: x7Kq9pLm2", "x7Kq9pLm2"),
        ("password for master:IhqSb1Gg", "IhqSb1Gg"),
    ],
)
def test_password_for_someone_colon_found(text: str, value: str) -> None:
    assert value in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "password for this account: see 1Password",
        "Password for the database: stored in vault",
        "Reset password for users: admin_panel",
        "password for root: <your-password>",
        "Enter password for alice@example.com:",
    ],
)
def test_password_for_someone_colon_not_flagged(text: str) -> None:
    assert _found(text) == set()
