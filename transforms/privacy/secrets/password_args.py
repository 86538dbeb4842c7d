"""String literals passed in a documented password position of a call.

Each entry is an API whose documentation fixes which positional argument is the password; a
quoted literal there is a hard-coded credential, judged by
:func:`~transforms.privacy.secrets.password_policy.is_password_literal` (weak words included,
placeholders, templates and variables not). ``DirectoryEntry``/``NetworkCredential`` (.NET)
with the password last are matched by ``dotnet_credential`` in
:mod:`~transforms.privacy.secrets.formats`; the three-argument ``NetworkCredential`` here.
"""

from __future__ import annotations

import re

from transforms.privacy.secrets.password_policy import is_password_literal
from transforms.privacy.secrets.rules import LoweredTriggerRule, SecretRule, code_marks, value_group
from transforms.privacy.spans import Span

# (call pattern, index of the password argument, number of arguments required or None)
_CALLS: tuple[tuple[str, int, int | None], ...] = (
    # java.sql.DriverManager.getConnection(url, user, password)
    # https://docs.oracle.com/en/java/javase/21/docs/api/java.sql/java/sql/DriverManager.html
    (r"DriverManager\s*\.\s*getConnection", 2, 3),
    # java.net.PasswordAuthentication(userName, char[] password): "pw".toCharArray()
    # https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/net/PasswordAuthentication.html
    (r"\bnew\s+PasswordAuthentication", 1, 2),
    # Apache HttpClient UsernamePasswordCredentials(userName, password)
    # https://hc.apache.org/httpcomponents-client-4.5.x/current/httpclient/apidocs/org/apache/http/auth/UsernamePasswordCredentials.html
    (r"\bnew\s+UsernamePasswordCredentials", 1, 2),
    # OkHttp Credentials.basic(username, password)
    # https://square.github.io/okhttp/5.x/okhttp/okhttp3/-credentials/basic.html
    (r"\bCredentials\s*\.\s*basic", 1, None),
    # PHP mysqli(host, username, password, …), mysqli_connect, PDO(dsn, username, password)
    # https://www.php.net/manual/en/mysqli.construct.php https://www.php.net/manual/en/pdo.construct.php
    (r"\b(?:mysqli_connect|mysql_connect|new\s+mysqli|new\s+PDO)", 2, None),
    # PHP ldap_bind(ldap, dn, password), ftp_login(ftp, username, password)
    # https://www.php.net/manual/en/function.ldap-bind.php https://www.php.net/manual/en/function.ftp-login.php
    (r"\b(?:ldap_bind|ftp_login)", 2, 3),
    # MySQLdb.connect(host, user, passwd, db)
    # https://mysqlclient.readthedocs.io/user_guide.html#functions-and-attributes
    (r"\bMySQLdb\s*\.\s*connect", 2, None),
    # requests HTTPBasicAuth/HTTPDigestAuth(username, password) and auth=(user, password)
    # https://requests.readthedocs.io/en/latest/user/authentication/
    (r"\b(?:HTTPBasicAuth|HTTPDigestAuth)|\bauth\s*=\s*", 1, 2),
    # .NET NetworkCredential(userName, password, domain): the three-argument form
    # (https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential.-ctor)
    (r"\bnew\s+NetworkCredential", 1, 3),
    # smtplib.SMTP.login(user, password), ftplib.FTP.login(user, passwd), imaplib.IMAP4.login
    # https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login
    (r"\.login", 1, 2),
    # Go net/http Request.SetBasicAuth(username, password)
    # https://pkg.go.dev/net/http#Request.SetBasicAuth
    (r"\.SetBasicAuth", 1, 2),
    # Perl DBI->connect($data_source, $username, $password, \%attr)
    # https://metacpan.org/pod/DBI#connect
    (r"\bDBI\s*->\s*connect(?:_cached)?", 2, None),
)
_CALL = re.compile("(?:" + "|".join(f"(?:{p})" for p, _, _ in _CALLS) + r")\s*\(")
_PATTERNS = tuple((re.compile(p + r"\s*\("), i, n) for p, i, n in _CALLS)
_STRING = re.compile(r"\s*(?:\"([^\"\\\n]*)\"|'([^'\\\n]*)')\s*(?:\.toCharArray\(\)\s*)?$")


def split_arguments(text: str, start: int, limit: int = 400) -> list[tuple[int, int]]:
    """(start, end) of each top-level argument of the call whose ``(`` ends at ``start``; empty
    when the closing parenthesis is not found within ``limit`` characters."""
    args, depth, arg_start = [], 0, start
    for i, c in code_marks(text, start, limit):
        if c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0:
                args.append((arg_start, i))
                return args
            depth -= 1
        elif depth == 0:  # a comma
            args.append((arg_start, i))
            arg_start = i + 1
    return []


class _PasswordArgumentRule(LoweredTriggerRule):
    def spans(self, text: str) -> list[Span]:
        out = []
        for m in _CALL.finditer(text):
            at = m.start()
            index, count = next(((i, n) for rx, i, n in _PATTERNS if rx.match(text, at)), (9, 0))
            args = split_arguments(text, m.end())
            if len(args) <= index or (count is not None and len(args) != count):
                continue
            if count == 2 and not _STRING.match(text, *args[0]):
                continue  # two-argument forms (login, auth tuples): the user is a literal too
            lit = _STRING.match(text, *args[index])
            if not lit:
                continue
            g = 1 if lit.group(1) is not None else 2
            if is_password_literal(lit.group(g)):
                out.append(Span(lit.start(g), lit.end(g), "SECRET", self.score, self.name))
        return out


# A literal typed into a password field by browser automation, the field named by its selector
# or label (#password, input[name=pwd], getByLabel("Password")):
# Playwright page.fill(selector, value) and locator.fill(value)
# (https://playwright.dev/docs/api/class-page#page-fill, https://playwright.dev/docs/api/class-locator#locator-fill),
# Puppeteer page.type(selector, text) (https://pptr.dev/api/puppeteer.page.type), Selenium
# send_keys / sendKeys (https://www.selenium.dev/documentation/webdriver/elements/interactions/),
# Cypress .type(text) (https://docs.cypress.io/api/commands/type).
_SELECTOR = r"[\"'](?P<sel>[^\"'\n]{0,80})[\"']"
_TYPED_LITERAL = r"(?:\"(?P<dq>[^\"\\\n]{1,200})\"|'(?P<sq>[^'\\\n]{1,200})')"
_TYPED = (
    re.compile(r"\.(?:fill|type)\(\s*" + _SELECTOR + r"\s*,\s*" + _TYPED_LITERAL + r"\s*[,)]"),
    re.compile(
        # find_element(By.ID, "password")… and findElement(By.name("pwd"))…
        _SELECTOR
        + r"\s*\)\s*\)?\s*\.\s*(?:fill|type|send_keys|sendKeys|setValue|press_sequentially)"
        r"\(\s*" + _TYPED_LITERAL
    ),
)
_PASSWORD_SELECTOR = re.compile(r"[Pp]ass|PASS|[Pp]wd|PWD")
_NOT_PASSWORD_FIELD = re.compile(r"(?i)passport|passenger|bypass|compass|forgot|reset|show|toggle")


class _TypedPasswordRule(LoweredTriggerRule):
    def spans(self, text: str) -> list[Span]:
        out = []
        for pattern in _TYPED:
            for m in pattern.finditer(text):
                sel = m.group("sel")
                if not _PASSWORD_SELECTOR.search(sel) or _NOT_PASSWORD_FIELD.search(sel):
                    continue
                g = value_group(m, ("dq", "sq"))
                value = m.group(g).split("{", 1)[0]  # Cypress "{enter}" key sequences
                if is_password_literal(value):
                    start = m.start(g)
                    out.append(Span(start, start + len(value), "SECRET", self.score, self.name))
        return out


PASSWORD_ARGUMENT_RULES: tuple[SecretRule, ...] = (
    _TypedPasswordRule(
        "typed_password_field",
        ("fill(", "type(", "send_keys(", "sendkeys(", "setvalue(", "press_sequentially("),
        _TYPED[0],
        0,
        0.85,
        None,
        True,
    ),
    _PasswordArgumentRule(
        "password_argument",
        ("getconnection", "passwordauthentication", "usernamepasswordcredentials", "credentials")
        + ("networkcredential",)
        + ("mysql", "pdo", "ldap_bind", "ftp_login", "digestauth", "basicauth", "auth", ".login")
        + ("dbi",),
        _CALL,
        0,
        0.85,
        None,
        True,
    ),
)
