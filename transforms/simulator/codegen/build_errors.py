"""Failed builds per stack (TypeScript, Vite, Next, npm, Python), coherent with the code."""

from __future__ import annotations

import random

from transforms.simulator import pii
from transforms.simulator.codegen.context import AppContext, ErrorCase
from transforms.simulator.labelled_text import Entity, LabelledText, render


def _lc(rng: random.Random) -> tuple[int, int]:
    return rng.randint(5, 80), rng.randint(3, 40)


def build_error(rng: random.Random, ctx: AppContext, pii_rate: float = 0.06) -> ErrorCase:
    """A failed build's log for the context's stack (TS, Vite, Next, npm or Python)."""
    s = ctx.slots()
    line, col = _lc(rng)
    if ctx.stack == "python-fastapi":
        return _python_build_error(rng, ctx, pii_rate)
    if rng.random() < pii_rate:
        return _db_connect_error(rng, ctx)
    kind = rng.randrange(10)
    p = ctx.path
    if kind == 0:
        log = (
            f"{p}({line},{col}): error TS2339: Property '{s['field3']}' does not exist on type "
            f"'{ctx.entity}'.\n\nFound 1 error in {p}:{line}"
        )
        return ErrorCase(
            "build",
            "ts2339",
            LabelledText(log),
            f"`{s['field3']}` isn't declared on the `{ctx.entity}` type",
            p,
            [f"type {ctx.entity} = {{"],
            [f"type {ctx.entity} = {{", f"  {s['field3']}: {s['type3']};"],
        )
    if kind == 1:
        log = (
            f"{p}({line},{col}): error TS2322: Type 'string' is not assignable to type "
            f"'number'.\n\n{line}       {s['field1']}: values.{s['field1']},\n"
            f"{' ' * 14}~~~~~~~~\n\nFound 1 error."
        )
        return ErrorCase(
            "build",
            "ts2322",
            LabelledText(log),
            f"the form keeps `{s['field1']}` as a string but the type expects a number",
            p,
            [f"      {s['field1']}: values.{s['field1']},"],
            [f"      {s['field1']}: Number(values.{s['field1']}),"],
        )
    if kind == 2:
        log = (
            f"{p}({line},{col}): error TS2307: Cannot find module '@/lib/supabase' or its "
            "corresponding type declarations."
        )
        return ErrorCase(
            "build",
            "ts2307",
            LabelledText(log),
            "the `@/` path alias isn't configured in `tsconfig.json`",
            "tsconfig.json",
            ['    "strict": true,'],
            ['    "strict": true,', '    "baseUrl": ".",', '    "paths": { "@/*": ["./src/*"] },'],
        )
    if kind == 3:
        pkg = ctx.package or "@supabase/supabase-js"
        log = (
            f'[vite]: Rollup failed to resolve import "{pkg}" from "{p}".\nThis is most '
            "likely unintended because it can break your application at runtime.\nIf you do "
            "want to externalize this module explicitly add it to\n"
            "`build.rollupOptions.external`\nerror during build:\nError: [vite]: Rollup "
            f'failed to resolve import "{pkg}" from "/app/{p}".\n    at viteWarn '
            "(file:///app/node_modules/vite/dist/node/chunks/dep-e8f070e8.js:48142:27)"
        )
        return ErrorCase(
            "build",
            "vite_resolve",
            LabelledText(log),
            f"`{pkg}` is imported but not listed in `package.json`",
            "package.json",
            ['  "dependencies": {'],
            ['  "dependencies": {', f'    "{pkg}": "^2.45.4",'],
        )
    if kind == 4:
        log = (
            f'[plugin:vite:react-babel] /app/{p}: Unexpected token, expected "," '
            f"({line}:{col})\n  {line - 1} |   return (\n> {line} |     <ul className="
            f'"divide-y"\n    |     ^\n  {line + 1} |       {{{ctx.table}.map((item) => ('
        )
        return ErrorCase(
            "build",
            "babel_syntax",
            LabelledText(log),
            "a JSX element was left unclosed, so the parser gets confused",
            p,
            ['    <ul className="divide-y"'],
            ['    <ul className="divide-y">'],
        )
    if kind == 5 and ctx.stack == "nextjs":
        log = (
            f"Failed to compile.\n\n./{p}\nModule not found: Can't resolve "
            f"'@/components/{ctx.component}'\n\nhttps://nextjs.org/docs/messages/module-not-found"
            "\n\n> Build failed because of webpack errors"
        )
        return ErrorCase(
            "build",
            "next_module_not_found",
            LabelledText(log),
            f"the import path doesn't match the file name of `{ctx.component}`",
            p,
            [f'import {{ {ctx.component} }} from "@/components/{ctx.component}";'],
            [f'import {{ {ctx.component} }} from "@/components/ui/{ctx.component}";'],
        )
    if kind == 6 and ctx.stack == "nextjs":
        log = (
            "Error: \n  x You're importing a component that needs `useState`. This React hook "
            "only works in a client component. To fix, mark the file (or its parent) with the "
            f'`"use client"` directive.\n   ,-[/app/{p}:1:1]\n 1 | import {{ useState }} '
            'from "react";\n   : ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n\nImport trace for '
            f"requested module:\n./{p}"
        )
        return ErrorCase(
            "build",
            "next_use_client",
            LabelledText(log),
            "the component uses `useState` but is rendered as a server component",
            p,
            ['import { useState } from "react";'],
            ['"use client";', "", 'import { useState } from "react";'],
        )
    if kind == 7:
        log = (
            "npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\n"
            f"npm ERR!\nnpm ERR! While resolving: {ctx.app_slug}@0.1.0\nnpm ERR! Found: "
            'react@18.3.1\nnpm ERR! node_modules/react\nnpm ERR!   react@"^18.3.1" from the '
            "root project\nnpm ERR!\nnpm ERR! Could not resolve dependency:\nnpm ERR! peer "
            f'react@"^19.0.0" from {ctx.package or "react-day-picker"}@9.1.3\nnpm ERR!\n'
            "npm ERR! A complete log of this run can be found in: /home/runner/.npm/_logs/"
            "2026-11-18T10_22_31_123Z-debug-0.log"
        )
        return ErrorCase(
            "build",
            "npm_eresolve",
            LabelledText(log),
            "the new package needs React 19 while the project is on React 18",
            "package.json",
            [f'    "{ctx.package or "react-day-picker"}": "^9.1.3",'],
            [f'    "{ctx.package or "react-day-picker"}": "^8.10.1",'],
        )
    if kind == 8:
        log = (
            f"./{p}\n{line}:{col}  Error: 'useEffect' is defined but never used.  "
            "@typescript-eslint/no-unused-vars\n\ninfo  - Need to disable some ESLint rules? "
            "Learn more here: https://nextjs.org/docs/basic-features/eslint#disabling-rules"
        )
        return ErrorCase(
            "build",
            "eslint_unused",
            LabelledText(log),
            "the lint step fails on an unused `useEffect` import",
            p,
            ['import { useEffect, useState } from "react";'],
            ['import { useState } from "react";'],
        )
    log = (
        f"{p}({line},{col}): error TS7006: Parameter 'e' implicitly has an 'any' type.\n"
        f"{p}({line + 4},{col}): error TS2345: Argument of type '{ctx.entity} | undefined' is "
        f"not assignable to parameter of type '{ctx.entity}'.\n\nFound 2 errors in the same "
        "file."
    )
    return ErrorCase(
        "build",
        "ts7006",
        LabelledText(log),
        "strict mode wants explicit types for the event handler and the selected item",
        p,
        ["  function handleChange(e) {"],
        ["  function handleChange(e: React.ChangeEvent<HTMLInputElement>) {"],
    )


def _python_build_error(rng: random.Random, ctx: AppContext, pii_rate: float) -> ErrorCase:
    s = ctx.slots()
    if rng.random() < pii_rate:
        return _db_connect_error(rng, ctx)
    kind = rng.randrange(4)
    p = ctx.path if ctx.path.endswith(".py") else f"app/routers/{ctx.table}.py"
    if kind == 0:
        mod = rng.choice(("fastapi", "sqlalchemy", "pydantic_settings", "stripe", "httpx"))
        log = (
            'Traceback (most recent call last):\n  File "/app/app/main.py", line 3, in '
            f'<module>\n    from app.routers import {ctx.table}\n  File "/app/{p}", line 1, '
            f"in <module>\n    import {mod}\nModuleNotFoundError: No module named '{mod}'"
        )
        return ErrorCase(
            "build",
            "py_module_not_found",
            LabelledText(log),
            f"`{mod}` is missing from `requirements.txt`",
            "requirements.txt",
            ["uvicorn[standard]==0.30.6"],
            ["uvicorn[standard]==0.30.6", f"{mod}"],
        )
    if kind == 1:
        line = rng.randint(10, 60)
        log = (
            f'  File "/app/{p}", line {line}\n    def create_{s["entity_lc"]}(payload: '
            f"{ctx.entity}In, db: Session = Depends(get_db))\n"
            f"{' ' * 79}^\nSyntaxError: expected ':'"
        )
        return ErrorCase(
            "build",
            "py_syntax",
            LabelledText(log),
            "the function definition is missing its trailing colon",
            p,
            [
                f"def create_{s['entity_lc']}(payload: {ctx.entity}In, db: Session = "
                "Depends(get_db))"
            ],
            [
                f"def create_{s['entity_lc']}(payload: {ctx.entity}In, db: Session = "
                "Depends(get_db)):"
            ],
        )
    if kind == 2:
        log = (
            'Traceback (most recent call last):\n  File "/app/app/main.py", line 5, in '
            f"<module>\n    from app.models import {ctx.entity}, User\nImportError: cannot "
            f"import name '{ctx.entity}' from 'app.models' (/app/app/models.py)"
        )
        return ErrorCase(
            "build",
            "py_import_error",
            LabelledText(log),
            f"there is no `{ctx.entity}` model in `app/models.py` yet",
            "app/models.py",
            ["class User(Base):"],
            [
                f"class {ctx.entity}(Base):",
                f'    __tablename__ = "{ctx.table}"',
                "    id = Column(Integer, primary_key=True)",
                "",
                "",
                "class User(Base):",
            ],
        )
    log = (
        f"pydantic_core._pydantic_core.ValidationError: 1 validation error for {ctx.entity}In\n"
        f"{s['field1']}\n  Input should be a valid number, unable to parse string as a number "
        f"[type=float_parsing, input_value='abc', input_type=str]\n    For further information "
        "visit https://errors.pydantic.dev/2.9/v/float_parsing\nERROR: tests failed (1 failed, "
        "14 passed)"
    )
    return ErrorCase(
        "build",
        "py_validation",
        LabelledText(log),
        f"the test fixture sends a string for `{s['field1']}`",
        "tests/test_api.py",
        [f'    payload = {{"{s["field0"]}": "x", "{s["field1"]}": "abc"}}'],
        [f'    payload = {{"{s["field0"]}": "x", "{s["field1"]}": 12}}'],
    )


def _db_connect_error(rng: random.Random, ctx: AppContext) -> ErrorCase:
    """A build-time migration step that cannot reach the database: logs leak IPs/emails."""
    ip = pii.ipv4(rng)
    log = LabelledText()
    if rng.random() < 0.5:
        render(
            'Running migrations...\nError: connection to server at "db.{ref}.supabase.co" '
            "({IP_ADDRESS}), port 5432 failed: FATAL:  password authentication failed for user "
            '"postgres"\n    at Client._handleErrorMessage (/app/node_modules/pg/lib/client.js:'
            "341:17)",
            {"ref": ctx.supabase_ref, "IP_ADDRESS": Entity("IP_ADDRESS", ip)},
            log,
        )
        cause = "the migration step can't authenticate against the database"
    else:
        who = pii.email(rng)
        render(
            'psql: error: connection to server at "{IP_ADDRESS}", port 5432 failed: '
            "Connection timed out\n\tIs the server running on that host and accepting TCP/IP "
            "connections?\nseed.sql: inserting admin user {EMAIL_ADDRESS} ... skipped",
            {"IP_ADDRESS": Entity("IP_ADDRESS", ip), "EMAIL_ADDRESS": Entity("EMAIL_ADDRESS", who)},
            log,
        )
        cause = "the seed script points at a database host that isn't reachable from the build"
    return ErrorCase(
        "build",
        "db_connect",
        log,
        cause,
        "package.json",
        ['    "build": "npm run migrate && vite build",'],
        ['    "build": "vite build",'],
    )
