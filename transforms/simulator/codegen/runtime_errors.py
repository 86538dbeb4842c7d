"""Errors a successfully built app raises in the browser or server, with their stack traces."""

from __future__ import annotations

import random

from transforms.simulator import pii
from transforms.simulator.codegen.context import AppContext, ErrorCase
from transforms.simulator.labelled_text import Entity, LabelledText, render


def runtime_error(rng: random.Random, ctx: AppContext, pii_rate: float = 0.08) -> ErrorCase:
    """An error raised in the browser/server by a successfully built app."""
    s = ctx.slots()
    p = ctx.path
    ts = pii.unix_ts(rng) + str(rng.randint(100, 999))
    vhash = pii.git_sha(rng)[:8]
    if ctx.stack == "python-fastapi":
        kind = rng.randrange(2)
        key = "user_id" if kind == 0 else "id"
        msg = f"KeyError: '{key}'" if kind == 0 else "'NoneType' object has no attribute 'id'"
        etype = "KeyError" if kind == 0 else "AttributeError"
        trace = (
            'Traceback (most recent call last):\n  File "/app/.venv/lib/python3.11/site-'
            'packages/starlette/middleware/errors.py", line 164, in __call__\n    await '
            f'self.app(scope, receive, _send)\n  File "/app/app/routers/{ctx.table}.py", '
            f'line {rng.randint(20, 70)}, in get_{s["entity_lc"]}\n    return item["{key}"]'
            f"\n{etype}: {msg if kind else repr(key)}"
        )
        return ErrorCase(
            "runtime",
            f"py_{etype.lower()}",
            LabelledText(msg if kind else f"'{key}'"),
            f"the handler assumes every {s['entity_lc']} has `{key}` set",
            f"app/routers/{ctx.table}.py",
            [f'    return item["{key}"]'],
            [f'    return item.get("{key}")'],
            etype,
            LabelledText(trace),
        )
    if rng.random() < pii_rate:
        who = pii.email(rng)
        msg = render(
            'Email address "{EMAIL_ADDRESS}" is invalid',
            {"EMAIL_ADDRESS": Entity("EMAIL_ADDRESS", who)},
        )
        trace = (
            LabelledText("AuthApiError: ")
            .extend(msg)
            .add(
                "\n    at handleError (http://localhost:5173/node_modules/.vite/deps/"
                f"@supabase_supabase-js.js?v={vhash}:4452:9)\n    at async signUp (http://localhost:"
                f"5173/src/components/AuthForm.tsx?t={ts}:27:23)"
            )
        )
        return ErrorCase(
            "runtime",
            "auth_invalid_email",
            msg,
            "Supabase rejects the address because the signup form sends it with "
            "trailing whitespace",
            "src/components/AuthForm.tsx",
            ["    const { error } = await supabase.auth.signUp({ email, password });"],
            [
                "    const { error } = await supabase.auth.signUp({ email: email.trim(), "
                "password });"
            ],
            "AuthApiError",
            trace,
        )
    kind = rng.randrange(6)
    frames = (
        f"    at {ctx.component} (http://localhost:5173/{p}?t={ts}:{rng.randint(10, 60)}:"
        f"{rng.randint(5, 40)})\n    at renderWithHooks (http://localhost:5173/node_modules/"
        f".vite/deps/chunk-RPCDYKBN.js?v={vhash}:11548:26)\n    at mountIndeterminateComponent"
        f" (http://localhost:5173/node_modules/.vite/deps/chunk-RPCDYKBN.js?v={vhash}:14926:"
        "21)\n    at beginWork (http://localhost:5173/node_modules/.vite/deps/chunk-RPCDYKBN.js"
        f"?v={vhash}:15914:22)"
    )
    if kind == 0:
        msg = "Cannot read properties of undefined (reading 'map')"
        return ErrorCase(
            "runtime",
            "undefined_map",
            LabelledText(msg),
            f"`{ctx.table}` is undefined until the request finishes",
            p,
            [f"  const [{ctx.table}, set{s['Table']}] = useState<{ctx.entity}[]>();"],
            [f"  const [{ctx.table}, set{s['Table']}] = useState<{ctx.entity}[]>([]);"],
            "TypeError",
            LabelledText(f"TypeError: {msg}\n{frames}"),
        )
    if kind == 1:
        msg = "window is not defined"
        return ErrorCase(
            "runtime",
            "window_undefined",
            LabelledText(msg),
            "`window` is used while the page renders on the server",
            p,
            ["  const width = window.innerWidth;"],
            [
                "  const [width, setWidth] = useState(0);",
                "  useEffect(() => setWidth(window.innerWidth), []);",
            ],
            "ReferenceError",
            LabelledText(f"ReferenceError: {msg}\n{frames}"),
        )
    if kind == 2:
        msg = f'new row violates row-level security policy for table "{ctx.table}"'
        return ErrorCase(
            "runtime",
            "rls_violation",
            LabelledText(msg),
            f"there's no insert policy on `{ctx.table}` for the logged-in user",
            f"supabase/migrations/20261101120000_create_{ctx.table}.sql",
            [f"alter table public.{ctx.table} enable row level security;"],
            [
                f"alter table public.{ctx.table} enable row level security;",
                "",
                f'create policy "insert own" on public.{ctx.table}',
                "  for insert with check (auth.uid() = user_id);",
            ],
            "PostgrestError",
            LabelledText(f"PostgrestError: {msg}\n    code: '42501'\n{frames}"),
        )
    if kind == 3:
        msg = (
            "Hydration failed because the initial UI does not match what was rendered on the "
            "server."
        )
        return ErrorCase(
            "runtime",
            "hydration",
            LabelledText(msg),
            "the date is formatted with the browser locale during render",
            p,
            ["        <span>{new Date(item.created_at).toLocaleString()}</span>"],
            [
                "        <span suppressHydrationWarning>{new Date(item.created_at)"
                ".toLocaleString()}</span>"
            ],
            "Error",
            LabelledText(f"Error: {msg}\n{frames}"),
        )
    if kind == 4:
        msg = "Too many re-renders. React limits the number of renders to prevent an infinite loop."
        return ErrorCase(
            "runtime",
            "too_many_renders",
            LabelledText(msg),
            "`setOpen(true)` is called during render instead of in the click handler",
            p,
            ["      <button onClick={setOpen(true)}>Open</button>"],
            ["      <button onClick={() => setOpen(true)}>Open</button>"],
            "Error",
            LabelledText(f"Error: {msg}\n{frames}"),
        )
    msg = "Failed to fetch"
    return ErrorCase(
        "runtime",
        "failed_to_fetch",
        LabelledText(msg),
        "the API doesn't send CORS headers for the preview origin",
        "server/index.ts",
        ["app.use(express.json());"],
        ["app.use(express.json());", 'app.use(cors({ origin: ["http://localhost:5173"] }));'],
        "TypeError",
        LabelledText(
            f"TypeError: {msg}\n    at fetch{ctx.entity}s (http://"
            f"localhost:5173/src/api.ts?t={ts}:12:11)\n{frames}"
        ),
    )
