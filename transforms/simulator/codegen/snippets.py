"""Code snippets per stack (``string.Template`` sources) and the shell/env files around them."""

from __future__ import annotations

import random
from dataclasses import dataclass

from transforms.simulator.codegen.context import AppContext, fill

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
