"""Passwords in documented command and SQL syntax: true positives, variables/prompts/placeholders
and look-alikes (ports, prompts, prose). Passwords below are made up for these tests."""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.commands import COMMAND_RULES
from transforms.privacy.secrets.detector import detect_own_secrets

P = "Zq7!mRt2Vx9p"


def found(text: str) -> set[tuple[str, str]]:
    lowered = text.lower()
    return {
        (s.detector, text[s.start : s.end]) for r in COMMAND_RULES for s in r.find(text, lowered)
    }


POSITIVES = [
    ("sql_identified_by", f"ALTER USER app IDENTIFIED BY '{P}';"),
    ("sql_identified_by", f"CREATE USER 'app'@'%' IDENTIFIED BY '{P}';"),
    ("sql_identified_by", f"alter user system identified by {P};"),
    ("keytool_password", f"keytool -genkey -alias x -keystore ks.jks -storepass {P}"),
    ("keytool_password", f"jarsigner -keystore ks.jks -keypass {P} app.jar alias"),
    ("redis_cli_password", f"redis-cli -h host -a {P} ping"),
    ("oracle_logon_password", f"sqlplus scott/{P}@orcl"),
    ("oracle_logon_password", f"expdp system/{P}@XE schemas=app"),
    ("oracle_logon_password", f"SQL> connect hr/{P}@pdb1"),
    ("samba_user_password", f"smbclient //srv/share -U admin%{P}"),
    ("lftp_password", f"lftp -u admin,{P} ftp.host.com"),
    ("net_user_password", f"net user backup {P} /add"),
    ("htpasswd_password", f"htpasswd -b -c /etc/nginx/.htpasswd admin {P}"),
    ("chpasswd_password", f"echo 'deploy:{P}' | sudo chpasswd"),
    ("wifi_psk", f'network={{\n  ssid="home"\n  psk="{P}"\n}}'),
    ("sevenzip_password", f"7z a -p{P} backup.7z data/"),
    ("nmcli_password", f"nmcli dev wifi connect home password {P}"),
    ("rabbitmqctl_password", f"rabbitmqctl add_user app {P}"),
    ("user_password_flag_pair", f"ipmitool -I lanplus -H 10.0.0.5 -U ADMIN -P {P} power status"),
    ("user_password_flag_pair", f"influx setup -u admin -p {P} -o org -b bucket"),
    ("jenkins_cli_auth", f"java -jar jenkins-cli.jar -auth admin:{P} who-am-i"),
    ("password_stdin_echo", f"echo '{P}' | docker login -u me --password-stdin"),
    ("openssl_passwd", f"useradd -m -p $(openssl passwd -1 {P}) bob"),
]


def test_curl_user_key_with_empty_password() -> None:
    key = "Xk29LmQr7Tz4Wv8Np3Bc"
    assert ("curl_user_key", key) in found(f"curl https://api.acme.io/v1/items -u {key}:")
    assert found("curl -u admin: http://localhost") == set()
    assert found("curl -u $API_KEY: https://x") == set()


@pytest.mark.parametrize(("rule", "text"), POSITIVES)
def test_command_passwords_are_found(rule: str, text: str) -> None:
    assert (rule, P) in found(text)


NEGATIVES = [
    "docker run -u 1000 -p 8080:80 nginx",  # a port
    "sudo -u postgres -p 'Password:' psql",  # a prompt
    "mysql -u root -p mydb",  # -p alone prompts; mydb is the database
    "the person was identified by their name",
    "connect input/output devices",
    "sqlplus / as sysdba",
    "sqlplus user/$PASS@db",
    "net user bob smith",
    "net user bob *",
    "keytool -list -keystore ks.jks -storepass:env STOREPASS",
    "redis-cli -a $REDIS_PASSWORD ping",
    "echo $TOKEN | docker login -u me --password-stdin",
    'echo "${{ secrets.GHCR }}" | docker login ghcr.io --password-stdin',
    "htpasswd -c /etc/.htpasswd admin",
    "smbclient //srv/share -U admin",
    'printf("-U %s%%s", user)',
    "ALTER USER app IDENTIFIED BY :new_password;",
    "CREATE USER 'app'@'%' IDENTIFIED BY 'password';",
    "psk = derive_psk(ssid, passphrase)",
    "7z a -p backup.7z data/",
    "lftp -u admin ftp.host.com",
    "openssl passwd -1 -stdin",
    "java -jar jenkins-cli.jar -auth @/home/me/creds who-am-i",
    'rabbitmqctl add_user app "$RABBIT_PW"',
    'ipmitool -I lanplus -H 10.0.0.5 -U ADMIN -P "$IPMI_PW" power status',
    "redis-cli -a <password> ping",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_command_rules_skip_variables_prompts_and_look_alikes(text: str) -> None:
    assert found(text) == set()


def test_command_rules_are_wired_into_detection() -> None:
    assert any(
        P in text[s.start : s.end]
        for text in [f"redis-cli -a {P} ping"]
        for s in detect_own_secrets(text)
    )
