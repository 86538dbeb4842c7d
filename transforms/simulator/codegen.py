"""Code the simulated assistant writes: snippets per stack, unified diffs, build and runtime errors.

Snippets are ``string.Template`` sources (``$name`` slots; ``$$`` is a literal dollar, used for
JS template literals) filled from an :class:`AppContext`. Errors are coherent with the code:
an :class:`ErrorCase` carries the log the build/browser shows, the cause the assistant explains,
and the line change that fixes it, so fix-loop turns read like a real debugging session.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from functools import lru_cache

from transforms.simulator import pii
from transforms.simulator.labelled_text import Entity, LabelledText, render
from transforms.simulator.texts import AppIdea


@dataclass
class AppContext:
    """What the code in one session is about."""

    idea: AppIdea
    stack: str
    app_slug: str
    component: str = "App"
    path: str = "src/App.tsx"
    package: str | None = None
    supabase_ref: str = "abcdefghijklmnopqrst"

    @property
    def entity(self) -> str:
        return self.idea.entity

    @property
    def table(self) -> str:
        return self.idea.table

    def slots(self) -> dict[str, str]:
        """Plain (never labelled) template slots."""
        return {
            **_idea_slots(self.idea),
            "component": self.component,
            "path": self.path,
            "app_slug": self.app_slug,
            "package": self.package or "zod",
            "ref": self.supabase_ref,
        }


@lru_cache(maxsize=256)
def _idea_slots(idea: AppIdea) -> dict[str, str]:
    f = idea.fields
    return {
        "entity": idea.entity,
        "Entity": idea.entity,
        "table": idea.table,
        "Table": _pascal(idea.table),
        "entity_lc": _snake(idea.entity),
        "field0": f[0],
        "field1": f[1],
        "field2": f[2],
        "field3": f[3],
        "fields": ", ".join(f),
        "type0": ts_type(f[0]),
        "type1": ts_type(f[1]),
        "type2": ts_type(f[2]),
        "type3": ts_type(f[3]),
        "py0": py_type(f[0]),
        "py1": py_type(f[1]),
        "py2": py_type(f[2]),
        "py3": py_type(f[3]),
    }


def _pascal(name: str) -> str:
    return "".join(p.capitalize() for p in name.split("_"))


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


_NUM = (
    "amount",
    "price",
    "count",
    "minutes",
    "stock",
    "sets",
    "reps",
    "weight",
    "clicks",
    "position",
    "points",
    "calories",
    "duration",
    "seats",
    "age",
    "budget",
    "rating",
    "level",
    "number",
    "index",
    "total",
    "salary",
    "cents",
    "every_days",
    "streak",
)
_BOOL = ("done", "is_", "confirmed", "adopted", "billable", "approved", "invited", "handled")


def ts_type(name: str) -> str:
    if any(name.startswith(b) or name == b for b in _BOOL):
        return "boolean"
    return "number" if any(k in name for k in _NUM) else "string"


def py_type(name: str) -> str:
    return {"boolean": "bool", "number": "float", "string": "str"}[ts_type(name)]


# ``string.Template`` syntax ($name, ${name}, $$), compiled once per source: substitute()
# re-scans the template with a regex callback on every call, a tenth of generation time.
_TOKEN = re.compile(r"\$(?:(\$)|([_a-zA-Z][_a-zA-Z0-9]*)|\{([_a-zA-Z][_a-zA-Z0-9]*)\})")


@lru_cache(maxsize=1024)
def _compile(src: str) -> tuple[tuple[str, str | None], ...]:
    parts: list[tuple[str, str | None]] = []
    pos = 0
    literal = ""
    for m in _TOKEN.finditer(src):
        literal += src[pos : m.start()]
        pos = m.end()
        if m.group(1):  # "$$" is a literal dollar
            literal += "$"
            continue
        parts.append((literal, m.group(2) or m.group(3)))
        literal = ""
    parts.append((literal + src[pos:], None))
    return tuple(parts)


def fill(src: str, slots: dict[str, str]) -> str:
    """``string.Template(src).substitute(slots)``, precompiled (a missing slot raises KeyError)."""
    out = []
    for literal, name in _compile(src):
        out.append(literal)
        if name is not None:
            out.append(slots[name])
    return "".join(out)


# --- snippets ----------------------------------------------------------------------------------
REACT_LIST = """import { useEffect, useState } from "react";
import { supabase } from "@/lib/supabase";

type $Entity = {
  id: string;
  $field0: $type0;
  $field1: $type1;
  $field2: $type2;
  created_at: string;
};

export default function $component() {
  const [$table, set$Table] = useState<$Entity[]>([]);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    supabase
      .from("$table")
      .select("*")
      .order("created_at", { ascending: false })
      .then(({ data, error }) => {
        if (error) console.error(error);
        set$Table(data ?? []);
        setLoading(false);
      });
  }, []);

  if (loading) return <p className="p-4 text-slate-500">Loading…</p>;

  return (
    <ul className="divide-y divide-slate-200">
      {$table.map((item) => (
        <li key={item.id} className="flex items-center justify-between py-3">
          <span className="font-medium">{item.$field0}</span>
          <span className="text-sm text-slate-400">{String(item.$field1)}</span>
        </li>
      ))}
    </ul>
  );
}"""

REACT_FORM = """import { useState } from "react";
import { z } from "zod";
import { toast } from "sonner";
import { supabase } from "@/lib/supabase";

const schema = z.object({
  $field0: z.string().min(1, "Required"),
  $field1: z.coerce.string(),
});

export function $component({ onSaved }: { onSaved?: () => void }) {
  const [values, setValues] = useState({ $field0: "", $field1: "" });
  const [saving, setSaving] = useState(false);

  async function handleSubmit(e: React.FormEvent) {
    e.preventDefault();
    const parsed = schema.safeParse(values);
    if (!parsed.success) return toast.error(parsed.error.issues[0].message);
    setSaving(true);
    const { error } = await supabase.from("$table").insert(parsed.data);
    setSaving(false);
    if (error) return toast.error(error.message);
    toast.success("$Entity saved");
    onSaved?.();
  }

  return (
    <form onSubmit={handleSubmit} className="space-y-3">
      <input
        className="w-full rounded border px-3 py-2"
        value={values.$field0}
        onChange={(e) => setValues({ ...values, $field0: e.target.value })}
        placeholder="$field0"
      />
      <button disabled={saving} className="rounded bg-indigo-600 px-4 py-2 text-white">
        {saving ? "Saving…" : "Save"}
      </button>
    </form>
  );
}"""

SUPABASE_CLIENT = """import { createClient } from "@supabase/supabase-js";

const url = import.meta.env.VITE_SUPABASE_URL as string;
const anonKey = import.meta.env.VITE_SUPABASE_ANON_KEY as string;

if (!url || !anonKey) {
  throw new Error("Missing Supabase env vars: VITE_SUPABASE_URL / VITE_SUPABASE_ANON_KEY");
}

export const supabase = createClient(url, anonKey, {
  auth: { persistSession: true, autoRefreshToken: true },
});"""

NEXT_PAGE = """import { createClient } from "@/lib/supabase/server";
import { $component } from "@/components/$component";

export const revalidate = 60;

export default async function Page() {
  const supabase = createClient();
  const { data: $table, error } = await supabase
    .from("$table")
    .select("id, $field0, $field1, created_at")
    .order("created_at", { ascending: false })
    .limit(50);

  if (error) throw new Error(error.message);

  return (
    <main className="mx-auto max-w-4xl p-6">
      <h1 className="mb-4 text-2xl font-semibold">$Table</h1>
      <$component items={$table ?? []} />
    </main>
  );
}"""

NEXT_ROUTE = """import { NextResponse } from "next/server";
import Stripe from "stripe";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: "2024-06-20" });

export async function POST(req: Request) {
  const { priceId } = await req.json();
  const session = await stripe.checkout.sessions.create({
    mode: "subscription",
    line_items: [{ price: priceId, quantity: 1 }],
    success_url: `$${process.env.NEXT_PUBLIC_SITE_URL}/billing?status=success`,
    cancel_url: `$${process.env.NEXT_PUBLIC_SITE_URL}/billing`,
  });
  return NextResponse.json({ url: session.url });
}"""

NEXT_CLIENT = """"use client";

import { useState } from "react";
import type { $Entity } from "@/types";

export function $component({ items }: { items: $Entity[] }) {
  const [query, setQuery] = useState("");
  const visible = items.filter((i) =>
    String(i.$field0).toLowerCase().includes(query.toLowerCase()),
  );

  return (
    <div className="space-y-2">
      <input
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="Search $table…"
        className="w-full rounded-md border px-3 py-2"
      />
      {visible.map((i) => (
        <div key={i.id} className="rounded-lg border p-3">{i.$field0}</div>
      ))}
    </div>
  );
}"""

NEXT_PAGES_SSR = """import type { GetServerSideProps } from "next";
import { createClient } from "@supabase/supabase-js";

type Props = { $table: { id: string; $field0: $type0 }[] };

export const getServerSideProps: GetServerSideProps<Props> = async () => {
  const supabase = createClient(
    process.env.NEXT_PUBLIC_SUPABASE_URL!,
    process.env.SUPABASE_SERVICE_ROLE_KEY!,
  );
  const { data } = await supabase.from("$table").select("id, $field0").limit(20);
  return { props: { $table: data ?? [] } };
};

export default function ${component}Page({ $table }: Props) {
  return (
    <ul className="space-y-1">
      {$table.map((item) => (
        <li key={item.id}>{item.$field0}</li>
      ))}
    </ul>
  );
}"""

FASTAPI_MAIN = """from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from app.db import get_db
from app import models

router = APIRouter(prefix="/$table", tags=["$table"])


class ${Entity}In(BaseModel):
    $field0: $py0
    $field1: $py1
    $field2: $py2 | None = None


@router.get("/")
def list_$table(db: Session = Depends(get_db)):
    return db.query(models.$Entity).order_by(models.$Entity.id.desc()).limit(100).all()


@router.post("/", status_code=201)
def create_$entity_lc(payload: ${Entity}In, db: Session = Depends(get_db)):
    item = models.$Entity(**payload.model_dump())
    db.add(item)
    db.commit()
    db.refresh(item)
    return item


@router.delete("/{item_id}", status_code=204)
def delete_$entity_lc(item_id: int, db: Session = Depends(get_db)):
    item = db.get(models.$Entity, item_id)
    if item is None:
        raise HTTPException(status_code=404, detail="$Entity not found")
    db.delete(item)
    db.commit()"""

SQL_MIGRATION = """create table if not exists public.$table (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  $field0 text not null,
  $field1 text,
  created_at timestamptz not null default now()
);

alter table public.$table enable row level security;

create policy "Users read own $table" on public.$table
  for select using (auth.uid() = user_id);

create policy "Users insert own $table" on public.$table
  for insert with check (auth.uid() = user_id);

create index if not exists ${table}_user_id_idx on public.$table (user_id);"""

VUE_SFC = """<script setup lang="ts">
import { onMounted, ref } from "vue";
import { supabase } from "@/lib/supabase";

interface $Entity {
  id: string;
  $field0: $type0;
  $field1: $type1;
}

const items = ref<$Entity[]>([]);
const loading = ref(true);

onMounted(async () => {
  const { data } = await supabase.from("$table").select("*");
  items.value = data ?? [];
  loading.value = false;
});
</script>

<template>
  <p v-if="loading">Loading…</p>
  <ul v-else class="space-y-2">
    <li v-for="item in items" :key="item.id" class="rounded border p-2">{{ item.$field0 }}</li>
  </ul>
</template>"""

SVELTE_PAGE = """<script lang="ts">
  import { onMount } from "svelte";
  import { supabase } from "$$lib/supabase";

  let $table: { id: string; $field0: $type0 }[] = [];
  let error = "";

  onMount(async () => {
    const res = await supabase.from("$table").select("id, $field0");
    if (res.error) error = res.error.message;
    else $table = res.data;
  });
</script>

{#if error}<p class="text-red-600">{error}</p>{/if}
<ul>
  {#each $table as item (item.id)}
    <li class="py-1">{item.$field0}</li>
  {/each}
</ul>"""

SHELL = """$$ npm install $package
added 12 packages, and audited 318 packages in 4s
found 0 vulnerabilities
$$ npm run build
> $app_slug@0.1.0 build
> vite build
✓ 142 modules transformed.
dist/index.html                   0.46 kB │ gzip:  0.30 kB
dist/assets/index-4f9c2a1b.js   187.22 kB │ gzip: 59.87 kB
✓ built in 2.41s"""

ENV_EXAMPLE = """# copy to .env.local and fill in
VITE_SUPABASE_URL=https://$ref.supabase.co
VITE_SUPABASE_ANON_KEY=your-anon-key
OPENAI_API_KEY=sk-...
STRIPE_SECRET_KEY=sk_test_..."""

SNIPPETS: dict[str, tuple[tuple[str, str, str], ...]] = {  # stack: (lang, path template, source)
    "react-ts": (
        ("tsx", "src/components/$component.tsx", REACT_LIST),
        ("tsx", "src/components/$component.tsx", REACT_FORM),
        ("ts", "src/lib/supabase.ts", SUPABASE_CLIENT),
        ("sql", "supabase/migrations/20261101120000_create_$table.sql", SQL_MIGRATION),
    ),
    "nextjs": (
        ("tsx", "app/$table/page.tsx", NEXT_PAGE),
        ("ts", "app/api/checkout/route.ts", NEXT_ROUTE),
        ("tsx", "components/$component.tsx", NEXT_CLIENT),
        ("tsx", "pages/$table/index.tsx", NEXT_PAGES_SSR),
        ("sql", "supabase/migrations/20261101120000_create_$table.sql", SQL_MIGRATION),
    ),
    "python-fastapi": (
        ("python", "app/routers/$table.py", FASTAPI_MAIN),
        ("sql", "migrations/001_create_$table.sql", SQL_MIGRATION),
    ),
    "vue": (
        ("vue", "src/components/$component.vue", VUE_SFC),
        ("ts", "src/lib/supabase.ts", SUPABASE_CLIENT),
    ),
    "svelte": (
        ("svelte", "src/routes/$table/+page.svelte", SVELTE_PAGE),
        ("ts", "src/lib/supabase.ts", SUPABASE_CLIENT),
    ),
}


@dataclass
class Snippet:
    lang: str
    path: str
    lines: list[str]

    @property
    def code(self) -> str:
        return "\n".join(self.lines)


def snippet(rng: random.Random, ctx: AppContext) -> Snippet:
    """A code snippet for the context's stack (mostly the component being worked on)."""
    options = SNIPPETS[ctx.stack]
    lang, path, src = rng.choice(options)
    slots = ctx.slots()
    return Snippet(lang, fill(path, slots), fill(src, slots).split("\n"))


def shell_session(ctx: AppContext) -> str:
    return fill(SHELL, ctx.slots())


def env_example(ctx: AppContext) -> str:
    return fill(ENV_EXAMPLE, ctx.slots())


# --- diffs --------------------------------------------------------------------------------------
@dataclass
class Diff:
    text: LabelledText
    added: int
    removed: int


def _git_header(rng: random.Random, path: str, new: bool) -> str:
    a, b = pii.git_sha(rng, True), pii.git_sha(rng, True)
    if new:
        return (
            f"diff --git a/{path} b/{path}\nnew file mode 100644\nindex 0000000..{b}\n"
            f"--- /dev/null\n+++ b/{path}\n"
        )
    return f"diff --git a/{path} b/{path}\nindex {a}..{b} 100644\n--- a/{path}\n+++ b/{path}\n"


def new_file_diff(rng: random.Random, path: str, lines: list[str] | LabelledText) -> Diff:
    """A diff creating ``path``; ``lines`` may be a labelled text (e.g. a ``.env`` with secrets)."""
    out = LabelledText(_git_header(rng, path, new=True))
    if isinstance(lines, LabelledText):
        body_lines = lines.text().split("\n")
        out.add(f"@@ -0,0 +1,{len(body_lines)} @@\n")
        # Prefix each line with "+": every offset shifts by one per line start before it; a
        # multi-line value (a PEM key) now contains the "+" markers, so re-read it from the text.
        text = lines.text()
        starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        plus = "\n".join("+" + ln for ln in body_lines) + "\n"
        shifted = LabelledText(plus)
        for s, e, t, _ in lines.spans:
            ns, ne = s + _line_of(starts, s) + 1, e + _line_of(starts, e - 1) + 1
            shifted.spans.append((ns, ne, t, plus[ns:ne]))
        out.extend(shifted)
        return Diff(out, len(body_lines), 0)
    out.add(f"@@ -0,0 +1,{len(lines)} @@\n")
    out.add("".join(f"+{ln}\n" for ln in lines))
    return Diff(out, len(lines), 0)


def _line_of(starts: list[int], pos: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


def modify_diff(
    rng: random.Random,
    path: str,
    lines: list[str],
    at: int,
    remove: int,
    insert: list[str],
    context: int = 3,
) -> Diff:
    """One hunk replacing ``lines[at:at+remove]`` with ``insert`` (3 lines of context)."""
    at = max(0, min(at, len(lines)))
    remove = min(remove, len(lines) - at)
    lo, hi = max(0, at - context), min(len(lines), at + remove + context)
    before, old, after = lines[lo:at], lines[at : at + remove], lines[at + remove : hi]
    old_len = len(before) + len(old) + len(after)
    new_len = len(before) + len(insert) + len(after)
    out = [_git_header(rng, path, new=False), f"@@ -{lo + 1},{old_len} +{lo + 1},{new_len} @@\n"]
    out.extend(f" {ln}\n" for ln in before)
    out.extend(f"-{ln}\n" for ln in old)
    out.extend(f"+{ln}\n" for ln in insert)
    out.extend(f" {ln}\n" for ln in after)
    return Diff(LabelledText("".join(out)), len(insert), len(old))


FEATURE_INSERTS = (
    ["  const [open, setOpen] = useState(false);"],
    [
        "  // keep the list in sync with the server",
        '  const { data } = useSWR("/api/$table", fetcher);',
    ],
    ["      <$component />"],
    ['import { $component } from "@/components/$component";'],
    ['  if (!$table.length) return <EmptyState label="No $table yet" />;'],
    ["    .range(page * 20, page * 20 + 19)"],
    ['        <button onClick={() => exportCsv($table)} className="btn">Export CSV</button>'],
    ["  $field3: $type3;"],
)


def feature_edit(rng: random.Random, ctx: AppContext) -> tuple[str, Diff]:
    """A code edit for a feature turn: a new file or an insertion into an existing one."""
    snip = snippet(rng, ctx)
    if rng.random() < 0.45:
        return snip.path, new_file_diff(rng, snip.path, snip.lines)
    insert = [fill(x, ctx.slots()) for x in rng.choice(FEATURE_INSERTS)]
    if rng.random() < 0.3:
        insert = insert + [fill(x, ctx.slots()) for x in rng.choice(FEATURE_INSERTS)]
    at = rng.randrange(1, max(2, len(snip.lines) - 1))
    return snip.path, modify_diff(rng, snip.path, snip.lines, at, rng.choice((0, 0, 1, 2)), insert)


def env_file_diff(rng: random.Random, env: LabelledText, path: str = ".env.local") -> Diff:
    return new_file_diff(rng, path, env)


# --- errors -------------------------------------------------------------------------------------
@dataclass
class ErrorCase:
    """A failure the platform observed, with what fixes it."""

    source: str  # build | runtime
    kind: str
    log: LabelledText  # build: error_log; runtime: message (first line)
    cause: str  # assistant's explanation (ends without a period)
    fix_path: str
    fix_old: list[str]
    fix_new: list[str]
    error_type: str = "Error"
    stack_trace: LabelledText = field(default_factory=LabelledText)
    extra: dict[str, str] = field(default_factory=dict)


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


def fix_edit(rng: random.Random, err: ErrorCase, ctx: AppContext, good: bool = True) -> Diff:
    """The diff for a fix attempt: the real fix, or (``good=False``) a plausible wrong guess."""
    snip = snippet(rng, ctx)
    lines = snip.lines
    at = rng.randrange(1, max(2, len(lines) - 2))
    new = err.fix_new if good else [ln + "  // TODO" for ln in err.fix_old]
    ctx_lines = lines[:at] + err.fix_old + lines[at:]
    return modify_diff(rng, err.fix_path, ctx_lines, at, len(err.fix_old), new)
