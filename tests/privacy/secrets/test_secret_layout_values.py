"""Session 33 (issue 14): credentials named by the layout around them: table columns (CSV, TSV,
Markdown, HTML), build-script command expressions and Apache ``SetEnv``, and env entries whose
name sits on the line before the value. True positives, placeholders and code look-alikes;
values are made up."""

from __future__ import annotations

import pytest

from transforms.privacy.secrets.detector import detect_own_secrets


def _found(text: str) -> set[str]:
    return {text[s.start : s.end] for s in detect_own_secrets(text)}


FOUND = [
    # CSV / TSV with a header record (RFC 4180)
    (
        "user,password,host\nadmin,Vq7mZ2pLw9x,db1\nroot,Xk9#mPq2vL7w,db2\n",
        {"Vq7mZ2pLw9x", "Xk9#mPq2vL7w"},
    ),
    ("user\tpassword\nadmin\tVq7mZ2pLw9x\n", {"Vq7mZ2pLw9x"}),
    # Markdown (GFM) tables
    (
        "| Name | API Key |\n| --- | --- |\n| prod | q8Fz3kR1Lx9VwT6bN2yHc5JmP0aSdE4g |\n",
        {"q8Fz3kR1Lx9VwT6bN2yHc5JmP0aSdE4g"},
    ),
    ("| host | user | password |\n|:--|:--|:--|\n| db1 | app | Vq7mZ2pLw9x |\n", {"Vq7mZ2pLw9x"}),
    # HTML table with a <th> header row
    (
        "<table><tr><th>user</th><th>password</th></tr>"
        "<tr><td>admin</td><td>Vq7mZ2pLw9x</td></tr></table>",
        {"Vq7mZ2pLw9x"},
    ),
    # Android signingConfigs (Groovy command expressions), Chef properties, Apache SetEnv
    (
        'signingConfigs {\n  release {\n    storePassword "Vq7mZ2pLw9x"\n'
        "    keyPassword 'Xk9mPq2vL7w'\n  }\n}\n",
        {"Vq7mZ2pLw9x", "Xk9mPq2vL7w"},
    ),
    ("user 'deploy' do\n  password 'Vq7mZ2pLw9x'\nend\n", {"Vq7mZ2pLw9x"}),
    ("SetEnv DB_PASSWORD Vq7mZ2pLw9x\n", {"Vq7mZ2pLw9x"}),
    # quoted CSV fields (password-manager exports), a Terraform heredoc
    (
        '"Account","Login Name","Password","Web Site"\n"db","admin","Vq7mZ2pLw9x","https://db"\n',
        {"Vq7mZ2pLw9x"},
    ),
    ("password = <<EOT\nVq7mZ2pLw9x\nEOT\n", {"Vq7mZ2pLw9x"}),
    # XML with a namespace prefix; prose "the password is: X"
    ("<ns2:password>Vq7mZ2pLw9x</ns2:password>", {"Vq7mZ2pLw9x"}),
    ("Hi, the password is: Vq7mZ2pLw9x\nThanks", {"Vq7mZ2pLw9x"}),
    # an element's value attribute, a C# auto-property initializer
    ('<Password value="Vq7mZ2pLw9x"/>', {"Vq7mZ2pLw9x"}),
    (
        'public string ApiKey { get; set; } = "q8Fz3kR1Lx9VwT6bN2yHc5JmP0aSdE4g";',
        {"q8Fz3kR1Lx9VwT6bN2yHc5JmP0aSdE4g"},
    ),
    # argument vectors: the flag item, then the value item
    ('CMD ["app", "--password", "Vq7mZ2pLw9x"]', {"Vq7mZ2pLw9x"}),
    ('subprocess.run(["mysqldump", "--db-password", "Vq7mZ2pLw9x"])', {"Vq7mZ2pLw9x"}),
    (
        "args:\n  - --api-token\n  - q8Fz3kR1Lx9VwT6bN2yHc5JmP0aSdE4g\n",
        {"q8Fz3kR1Lx9VwT6bN2yHc5JmP0aSdE4g"},
    ),
    # env entries: the name on the line before, any credential name (not only passwords)
    ('env:\n  - name: API_TOKEN\n    value: "hardcoded123"\n', {"hardcoded123"}),
    ('"environment": [{"name": "SECRET_KEY", "value": "hardcoded123"}]', {"hardcoded123"}),
]


@pytest.mark.parametrize(("text", "values"), FOUND)
def test_layout_values_found(text: str, values: set[str]) -> None:
    assert values <= _found(text)


NOT_FOUND = [
    # placeholders and references in the same layouts
    "user,password\nadmin,<password>\nroot,${DB_PASSWORD}\n",
    "| user | password |\n| --- | --- |\n| admin | ******** |\n| root | changeme |\n",
    "<table><tr><th>user</th><th>password</th></tr><tr><td>admin</td><td>xxxxxxxx</td></tr></table>",
    'storePassword System.getenv("STORE_PASSWORD")\nkeyPassword "$KEY_PASSWORD"\n',
    "SetEnv DB_PASSWORD ${DB_PASSWORD}\n",
    "env:\n  - name: API_TOKEN\n    valueFrom:\n      secretKeyRef:\n"
    "        name: api\n        key: token\n",
    "description = <<EOT\nVq7mZ2pLw9x\nEOT\n",
    "password = <<EOT\n${var.db_password}\nEOT\n",
    "<ns2:passwordPolicy>strict</ns2:passwordPolicy>",
    "the password is: required\n",
    '<Password value="${DB_PASSWORD}"/>',
    '<input name="password" value="Enter password"/>',
    'public string PasswordLabel { get; set; } = "Password";',
    'CMD ["app", "--password", "$APP_PASSWORD"]',
    'subprocess.run(["app", "--password", password])',
    "args:\n  - --api-token\n  - $(API_TOKEN)\n",
    'parser.add_argument("--password", "-p", help="the password")',
    '["--password", "--verbose"]',
    # look-alikes: documentation tables, counts, key bindings, column names
    "| Key | Action |\n| --- | --- |\n| Ctrl+C | copy |\n| Esc | close |\n",
    "| Option | Description |\n| --- | --- |\n| password | The password to log in with |\n",
    "id,token_count,text\n1,42,hello world\n2,17,bye\n",
    "| Parameter | Type | Required |\n|---|---|---|\n| api_key | string | yes |\n",
    "name,key,value\ntimeout,max_retries,30\n",
    # a table whose cells span columns: positions do not tell the column
    "<table><tr><th>user</th><th>password</th></tr>"
    '<tr><td colspan="2">Vq7mZ2pLw9x</td></tr></table>',
    # code: a call with one string argument is not a credential literal
    'println "Vq7mZ2pLw9x"\nputs "token"\n',
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_layout_values_not_found(text: str) -> None:
    assert not _found(text)
