"""Passwords in commands and statements whose syntax is documented by the tool itself.

:mod:`~transforms.privacy.secrets.providers` covers the common password options (``-p``,
``--password=``, ``sshpass``, ``docker login -p`` …). These are the other documented places a
password is written on a command line or in SQL; each rule names its documentation. The value
is judged by :func:`_literal_ok`: variables, prompts (``*``), templates, placeholders and
template words (``password``, ``changeme``) are not flagged, as everywhere else; weak words
(``secret``, ``admin``) are, since round 5 (:mod:`~transforms.privacy.secrets.password_policy`).
No other scanner's rule files were used.
"""

from __future__ import annotations

import re

from transforms.contracts.placeholders import is_placeholder
from transforms.privacy.secrets.password_policy import is_password_literal
from transforms.privacy.secrets.rules import LoweredTriggerRule, SecretRule
from transforms.privacy.secrets.url_passwords import (
    _WEAK_REAL_PASSWORDS,
    documented_demo_logon,
    remote_host_at,
    weak_password_flagged,
)
from transforms.privacy.secrets.values import _WEAK_DEFAULTS


def _literal_ok(value: str, m: re.Match[str], text: str) -> bool:
    """A literal password: not a variable, prompt, template, placeholder or weak default."""
    value = value.strip("\"'")
    if len(value) < 4 or value.startswith(("$", "%", "<", "{", "[", "(", "*", "-", ":", "&", "@")):
        return False
    if value in {"?", "%s"}:
        return False
    if value.lower() in _WEAK_REAL_PASSWORDS:  # a documented password slot: weak words too
        return is_password_literal(value) and not value.isupper()
    if value.lower() in _WEAK_DEFAULTS:
        return False
    return not is_placeholder(value)


def _weak_logon_on_documentation_host(value: str, text: str, end: int) -> bool:
    """``admin/secret@db.example.com``: a weak password before ``@host`` is an example only
    when the host is reserved for documentation, or the logon is a vendor's published demo
    (``scott/tiger``) on a local host, as in a URL's userinfo (url_passwords)."""
    if value.lower() not in _WEAK_REAL_PASSWORDS or text[end : end + 1] != "@":
        return False
    user = re.search(r"([\w$#]+)/$", text[max(0, end - len(value) - 65) : end - len(value)])
    if user and documented_demo_logon(user.group(1), value):
        return not remote_host_at(text, end + 1)
    return not weak_password_flagged(value, text, end + 1)


def _quoted_or_bare(n: int = 128) -> str:
    """A quoted or bare value; the value is the first non-empty of groups 1–3."""
    return rf"(?:'([^'\n]{{1,{n}}})'|\"([^\"\n]{{1,{n}}})\"|([^\s'\";|&)]{{1,{n}}}))"


class _CommandRule(LoweredTriggerRule):
    """Like :class:`SecretRule`, with the value in whichever of groups 1–3 matched."""

    def spans(self, text: str) -> list:
        from transforms.privacy.spans import Span

        out = []
        for m in self.pattern.finditer(text):
            g = next((i for i in (1, 2, 3) if m.group(i)), None)
            if g is None or not _literal_ok(m.group(g), m, text):
                continue
            if _weak_logon_on_documentation_host(m.group(g), text, m.end(g)):
                continue
            if self.validate is not None and not self.validate(m.group(g), m, text):
                continue
            out.append(Span(m.start(g), m.end(g), "SECRET", self.score, self.name))
        return out


def _cmd(name: str, triggers: tuple[str, ...], rx: str, extra=None) -> SecretRule:
    """``extra(value, match, text)``: a rule's own check on top of :func:`_literal_ok`."""
    return _CommandRule(name, triggers, re.compile(rx), 0, 0.85, extra, True)


def _not_a_word(value: str, m: re.Match[str], text: str) -> bool:
    """A bare value at the end of a prose-like line must hold a digit or symbol."""
    return not value.isalpha()


_NOT_PASSWORD_PAIR = re.compile(r"\b(?:docker|podman|nerdctl|sudo|kubectl|ssh|scp|nc|rsync)\b")


def _flag_pair_ok(value: str, m: re.Match[str], text: str) -> bool:
    # docker -p is a port, sudo -p a prompt, ssh/scp -p/-P a port
    return not (_NOT_PASSWORD_PAIR.search(m.group(0)) or re.fullmatch(r"[\d:./-]+", value))


_V = _quoted_or_bare()

COMMAND_RULES: tuple[SecretRule, ...] = (
    # MySQL CREATE/ALTER USER … IDENTIFIED BY, Oracle CREATE/ALTER USER … IDENTIFIED BY:
    # https://dev.mysql.com/doc/refman/8.4/en/create-user.html
    # https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/CREATE-USER.html
    _cmd(
        "sql_identified_by",
        ("identified",),
        r"(?im)\b(?:user|role|to)\b[^\n;]{1,160}?\bidentified[ \t]+(?:with[ \t]+[\w'\"]+[ \t]+)?"
        r"by[ \t]+(?!password\b|values\b)(?:'([^'\n]{1,128})'|\"([^\"\n]{1,128})\""
        # a bare value ends the statement, or the string or call holding it ("...BY pw");)
        r"|([^\s'\";]{1,128})(?=[ \t]*(?:;|$|[\"'`)]|account\b|default\b|quota\b|profile\b"
        r"|password\b)))",
    ),
    # Java keytool / jarsigner store and key passwords (not the :env / :file forms):
    # https://docs.oracle.com/en/java/javase/21/docs/specs/man/keytool.html
    _cmd(
        "keytool_password",
        ("storepass", "keypass"),
        r"(?i)[ \t]-(?:src|dest)?(?:storepass|keypass)[ \t]+" + _V,
    ),
    # redis-cli -a / --pass: https://redis.io/docs/latest/develop/tools/cli/
    _cmd(
        "redis_cli_password",
        ("redis-cli",),
        r"\bredis-cli\b[^\n|;&]*?[ \t](?:-a|--pass)[ \t]+" + _V,
    ),
    # SQL*Plus / Data Pump / SQL*Loader / RMAN logon "user/password@db", and the same logon in
    # Oracle JDBC URLs (jdbc:oracle:thin:scott/PASSWORD@host:1521/svc):
    # https://docs.oracle.com/en/database/oracle/oracle-database/19/sqpug/CONNECT.html
    # https://docs.oracle.com/en/database/oracle/oracle-database/19/jjdbc/data-sources-and-URLs.html
    _cmd(
        "oracle_logon_password",
        ("sqlplus", "expdp", "impdp", "sqlldr", "rman", "connect", "jdbc:oracle:"),
        r"(?i)\b(?:(?:sqlplus|expdp|impdp|sqlldr|rman[ \t]+target=?)(?:[ \t]+-\w+)*[ \t]+[\"']?"
        r"[A-Za-z_][\w$#]*/([^@\s/\"';]{1,128})(?=@|[\s\"';]|$)"
        r"|(?:conn(?:ect)?[ \t]+|jdbc:oracle:(?:thin|oci8?):)[A-Za-z_][\w$#]*/"
        r"([^@\s/\"';]{1,128})(?=@))",
    ),
    # Samba tools: -U user%password / --user=user%password:
    # https://www.samba.org/samba/docs/current/man-html/smbclient.1.html
    _cmd(
        "samba_user_password",
        ("-u", "--user"),
        r"(?:[ \t]-U[ \t]*|--user(?:name)?[= \t])[\"']?[\w.\\@$-]+%([^\s\"']{1,128})",
    ),
    # lftp -u user,password: https://lftp.yar.ru/lftp-man.html
    _cmd(
        "lftp_password", ("lftp",), r"\blftp\b[^\n]*?[ \t]-u[ \t]+[\"']?[^,\s]+,([^\s\"']{1,128})"
    ),
    # Windows "net user NAME PASSWORD [/add]":
    # https://learn.microsoft.com/windows-server/administration/windows-commands/net-user
    _cmd(
        "net_user_password",
        ("net user",),
        r"(?im)\bnet[ \t]+user[ \t]+[\"']?[\w.$-]+[\"']?[ \t]+"
        r"([^\s/\"'*]{1,128})(?=[ \t]+/|[ \t]*$)",
        _not_a_word,
    ),
    # Apache htpasswd batch mode (-b): htpasswd -b[c] FILE USER PASSWORD:
    # https://httpd.apache.org/docs/2.4/programs/htpasswd.html
    _cmd(
        "htpasswd_password",
        ("htpasswd",),
        r"\bhtpasswd[ \t]+-[a-zA-Z]*b[a-zA-Z]*(?:[ \t]+-\w+)*[ \t]+\S+[ \t]+\S+[ \t]+" + _V,
    ),
    # chpasswd reads "user:password" lines: https://man7.org/linux/man-pages/man8/chpasswd.8.html
    _cmd(
        "chpasswd_password",
        ("chpasswd",),
        r"\becho[ \t]+[\"']?[\w.-]+:([^\s\"':|]{1,128})[\"']?[ \t]*\|[ \t]*(?:sudo[ \t]+)?chpasswd",
    ),
    # wpa_supplicant network block psk="passphrase" or 64 hex:
    # https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf
    _cmd(
        "wifi_psk",
        ("psk",),
        r"(?m)^[ \t]*psk[ \t]*=[ \t]*(?:\"([^\"\n]{8,63})\"|([0-9a-fA-F]{64})\b)",
    ),
    # 7-Zip -p switch: https://documentation.help/7-Zip/password.htm
    _cmd(
        "sevenzip_password",
        ("7z",),
        r"\b7z[ar]?(?:\.exe)?[ \t]+[a-z](?=[ \t])[^\n]*?[ \t]-p"
        r"(?:'([^'\n]+)'|\"([^\"\n]+)\"|([^\s'\"]+))",
    ),
    # nmcli wifi connect … password / wifi-sec.psk:
    # https://networkmanager.dev/docs/api/latest/nmcli.html
    _cmd(
        "nmcli_password",
        ("nmcli",),
        r"\bnmcli\b[^\n]*?[ \t](?:password|wifi-sec\.psk|802-11-wireless-security\.psk)[ \t]+" + _V,
    ),
    # rabbitmqctl add_user / change_password NAME PASSWORD:
    # https://www.rabbitmq.com/docs/man/rabbitmqctl.8
    _cmd(
        "rabbitmqctl_password",
        ("rabbitmqctl",),
        r"\brabbitmqctl[ \t]+(?:add_user|change_password)[ \t]+[\"']?[\w.@-]+[\"']?[ \t]+" + _V,
    ),
    # -U/-u USER -P/-p PASSWORD pairs (ipmitool -U/-P, influx -u/-p, mongo -u/-p):
    # https://linux.die.net/man/1/ipmitool, https://docs.influxdata.com/influxdb/v2/reference/cli/influx/setup/
    # Not for mysql/mariadb, where "-p VALUE" with a space means "prompt; VALUE is the database".
    _cmd(
        "user_password_flag_pair",
        (" -p", " -P"),
        r"(?m)^(?![^\n]*\b(?:mysql|mariadb|mysqldump|mysqladmin)\b)[^\n]*?[ \t]-[uU][ \t]+"
        r"[\"']?[\w.@\\-]+[\"']?[ \t]+-[pP][ \t]+" + _V,
        _flag_pair_ok,
    ),
    # Jenkins CLI -auth USER:TOKEN (not -auth @file): https://www.jenkins.io/doc/book/managing/cli/
    _cmd("jenkins_cli_auth", ("-auth",), r"[ \t]-auth[ \t]+[\"']?[\w.@-]+:([^\s\"']{1,128})"),
    # echo PASSWORD | … --password-stdin: https://docs.docker.com/reference/cli/docker/login/
    _cmd(
        "password_stdin_echo",
        ("--password-stdin",),
        r"\becho[ \t]+(?:-n[ \t]+)?" + _V + r"[ \t]*\|[^\n|]*--password-stdin",
    ),
    # echo PASSWORD | sudo -S … (sudo reads the password from standard input:
    # https://www.sudo.ws/docs/man/sudo.man/#S), echo PASSWORD | passwd --stdin USER (shadow-utils
    # on RHEL: https://man7.org/linux/man-pages/man1/passwd.1.html)
    _cmd(
        "sudo_stdin_echo",
        ("sudo", "--stdin"),
        r"\becho[ \t]+(?:-[ne][ \t]+)?"
        + _V
        + r"[ \t]*\|[ \t]*(?:sudo[ \t]+(?:-[A-Za-z]*S[A-Za-z]*|--stdin)\b|passwd[ \t]+--stdin\b)",
    ),
    # curl -u KEY: (an API key as the user name, empty password), as Stripe's API docs show:
    # https://docs.stripe.com/api/authentication, https://curl.se/docs/manpage.html#-u
    _cmd(
        "curl_user_key",
        ("curl",),
        r"\bcurl\b[^\n]*?[ \t](?:-u|--user)[ \t]+[\"']?([A-Za-z0-9_\-]{16,200}):(?=[\"'\s]|$)",
        lambda v, m, t: any(c.isdigit() for c in v) and any(c.isalpha() for c in v),
    ),
    # openssl passwd [-1|-5|-6|-apr1] [-salt S] PASSWORD:
    # https://docs.openssl.org/3.0/man1/openssl-passwd/
    _cmd(
        "openssl_passwd",
        ("openssl passwd",),
        r"\bopenssl[ \t]+passwd(?:[ \t]+-(?:salt[ \t]+\S+|\w+))*[ \t]+" + _V,
    ),
    # OpenLDAP clients' simple-bind password -w: https://www.openldap.org/software/man.cgi?query=ldapsearch
    _cmd(
        "ldap_bind_password",
        ("ldap",),
        r"\bldap(?:search|modify|add|delete|passwd|whoami|compare|modrdn|exop)\b[^\n|;&]*?"
        r"[ \t]-w[ \t]+" + _V,
    ),
    # FreeRDP /p:PASSWORD: https://github.com/FreeRDP/FreeRDP/wiki/CommandLineInterface
    _cmd("freerdp_password", ("freerdp",), r"\b\w*freerdp3?\b[^\n]*?[ \t]/p:" + _V),
    # net use \\host\share [password] /user:[domain\]name [password]:
    # https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/gg651155(v=ws.11)
    _cmd(
        "net_use_password",
        ("net use",),
        r"(?im)\bnet[ \t]+use\b[^\n]*?(?:\\\\\S+[ \t]+([^\s/\"'*]{1,128})(?=[ \t]+/)"
        r"|[ \t]/user:\S+[ \t]+([^\s/\"'*]{1,128})(?=[ \t]|$))",
    ),
    # HAProxy userlist "user NAME insecure-password PASSWORD":
    # https://docs.haproxy.org/2.8/configuration.html#3.4-user
    _cmd("haproxy_insecure_password", ("insecure-password",), r"\binsecure-password[ \t]+" + _V),
    # Cisco IOS "username NAME [privilege N] password|secret [0|7] VALUE", "enable password":
    # https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/security/a1/sec-a1-cr-book/sec-cr-t2.html
    _cmd(
        "cisco_ios_password",
        ("username", "enable"),
        r"(?im)^[ \t]*(?:username[ \t]+\S+(?:[ \t]+privilege[ \t]+\d+)?|enable)[ \t]+"
        r"(?:password|secret)[ \t]+(?:[07][ \t]+)?([^\s$]\S{0,127})[ \t]*$",
    ),
    # NetworkManager keyfile: psk= under [wifi-security], unquoted:
    # https://networkmanager.dev/docs/api/latest/nm-settings-keyfile.html
    _cmd(
        "nm_keyfile_psk",
        ("[wifi-security]",),
        r"(?m)^\[wifi-security\][^\[]*?^[ \t]*psk[ \t]*=[ \t]*([^\s\"]{8,63})[ \t]*$",
    ),
    # strongSwan/Libreswan ipsec.secrets ": PSK \"…\"" (also XAUTH/EAP/NTLM secrets):
    # https://docs.strongswan.org/docs/latest/config/ipsecSecrets.html
    _cmd(
        "ipsec_secret",
        ("psk", "xauth", "eap", "ntlm"),
        r"(?m)(?:^|[ \t]):[ \t]*(?:PSK|XAUTH|EAP|NTLM)[ \t]+"
        r"(?:\"([^\"\n]{1,128})\"|'([^'\n]{1,128})'|(0x[0-9a-fA-F]{8,}|0s[A-Za-z0-9+/=]{8,}))",
    ),
    # Postfix sasl_passwd "[relay]:port user:password":
    # https://www.postfix.org/SASL_README.html#client_sasl_enable
    _cmd(
        "postfix_sasl_password",
        ("]",),
        # a dotted relay host, then a port or an e-mail user: not "[INFO] key:value" log lines
        r"(?m)^\[[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+\]"
        r"(?::\d{1,5}[ \t]+[^\s:/]{1,128}|[ \t]+[^\s:/@]{1,64}@[^\s:/]{1,128})"
        r":([^\s/]\S{0,127})[ \t]*$",
    ),
    # Go MySQL driver DSN "user:password@tcp(host:port)/db":
    # https://github.com/go-sql-driver/mysql#dsn-data-source-name
    _cmd(
        "go_mysql_dsn_password",
        ("@tcp(", "@unix(", "@udp("),
        r"[\"'`][\w.\-]{1,64}:([^@\s\"'`]{1,128})@(?:tcp|unix|udp)\(",
    ),
    # PostgreSQL CREATE/ALTER USER|ROLE … [ENCRYPTED] PASSWORD 'x' and CREATE USER MAPPING …
    # OPTIONS (…, password 'x'): https://www.postgresql.org/docs/current/sql-createrole.html,
    # https://www.postgresql.org/docs/current/sql-createusermapping.html
    _cmd(
        "sql_password_clause",
        ("password",),
        r"(?i)\b(?:(?:user|role)\b[^;\n]{0,160}?\b(?:encrypted[ \t]+)?password"
        r"|options[ \t]*\([^)\n]{0,200}?\bpassword)[ \t]+'([^'\n]{1,128})'",
    ),
    # libpq keyword/value connection strings "host=… user=… password=…":
    # https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-KEYWORD-VALUE
    _cmd(
        "libpq_conninfo_password",
        ("password=",),
        r"[\"'](?=[^\"'\n]*\b(?:host|hostaddr|dbname|user)=)[^\"'\n]*?\bpassword=([^\s\"']{1,128})",
    ),
    # mount.cifs / fstab options "username=…,password=…":
    # https://manpages.debian.org/bookworm/cifs-utils/mount.cifs.8.en.html
    _cmd(
        "mount_option_password",
        ("password=",),
        r"(?:\bcifs\b|[ \t]-o[ \t])[^\n]*?[ \t,]pass(?:word)?=([^,\s\"']{1,128})",
    ),
    # kubectl create secret … --from-literal=KEY=VALUE under a credential KEY:
    # https://kubernetes.io/docs/reference/kubectl/generated/kubectl_create/kubectl_create_secret_generic/
    # and vault kv put PATH KEY=VALUE: https://developer.hashicorp.com/vault/docs/commands/kv/put
    _cmd(
        "cli_literal_secret",
        ("--from-literal", "vault"),
        r"(?i)(?:--from-literal=|\bvault[ \t]+(?:kv[ \t]+)?(?:put|write)\b[^\n]*?[ \t])"
        r"[\w.\-]*(?:password|passwd|pwd|secret|token)[\w.\-]*=" + _V,
    ),
    # msmtp "account …" blocks and fetchmail "poll … password \"…\"":
    # https://marlam.de/msmtp/msmtp.html#Authentication-commands,
    # https://www.fetchmail.info/fetchmail-man.html#the-run-control-file
    _cmd(
        "msmtp_password",
        ("account", "defaults"),
        r"(?ms)^[ \t]*(?:account|defaults)\b[^\n]*\n(?:[^\n]*\n){0,20}?[ \t]*password[ \t]+"
        + _V
        + r"[ \t]*$",
    ),
    _cmd("fetchmail_password", ("poll",), r"\bpoll\b[^\n]*?\bpass(?:word)?[ \t]+" + _V),
    # Ansible inventory behavioural parameters on a host line (ansible_password=…,
    # ansible_become_pass=…): https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters
    _cmd(
        "ansible_inventory_password",
        ("ansible_",),
        r"(?<![\w.])ansible_(?:ssh_|become_|sudo_)?pass(?:word)?=" + _V,
    ),
    # systemd Environment="NAME=value …" under a password NAME:
    # https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=
    _cmd(
        "systemd_environment_password",
        ("environment=",),
        r"(?im)^[ \t]*Environment=\"?(?:[^\"\n]*[ \t])?\w*(?:password|passwd|pass|pwd)="
        r"([^\s\"]{1,128})",
    ),
)
