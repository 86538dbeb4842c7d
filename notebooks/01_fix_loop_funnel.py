# ---
# jupyter:
#   jupytext:
#     formats: py:percent
# ---

# %% [markdown]
# # 01 · Fix-loop funnel
#
# When a build fails (or the deployed app throws), how often does the assistant get it working
# again, and within how many attempts? Source: `mart_fix_loop_funnel` and `fct_fix_loops`
# (analytics-consented users only). Plots go to `<data>/reports/notebooks/`.

# %%
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from transforms.config import Settings  # noqa: E402
from transforms.privacy.access import connect_analyst  # noqa: E402

settings = Settings.from_env()
out_dir = settings.reports_dir / "notebooks"
out_dir.mkdir(parents=True, exist_ok=True)
con = connect_analyst(settings)

# %% [markdown]
# ## The funnel, overall and per error source

# %%
funnel = con.sql("""
    select error_source, loops_opened, fixed_within_1, fixed_within_2, fixed_within_3,
           fixed_any, abandoned, still_open, median_time_to_fix_s
    from mart_fix_loop_funnel
    where stack = 'all'
    order by error_source = 'all' desc, error_source
""").pl()
print(funnel)

# %%
fig, ax = plt.subplots(figsize=(8, 4))
steps = ["loops_opened", "fixed_within_1", "fixed_within_2", "fixed_within_3", "fixed_any"]
labels = ["opened", "fixed ≤1 attempt", "fixed ≤2", "fixed ≤3", "fixed (any)"]
width = 0.8 / max(len(funnel), 1)
for i, row in enumerate(funnel.iter_rows(named=True)):
    xs = [x + i * width for x in range(len(steps))]
    ax.bar(xs, [row[s] for s in steps], width=width, label=row["error_source"])
if funnel.is_empty():
    ax.text(0.5, 0.5, "no fix loops yet", ha="center", va="center", transform=ax.transAxes)
ax.set_xticks([x + 0.4 - width / 2 for x in range(len(steps))], labels)
ax.set_ylabel("fix loops")
ax.set_title("Fix-loop funnel: errors fixed within N build attempts")
ax.legend(title="error source")
fig.tight_layout()
fig.savefig(out_dir / "01_fix_loop_funnel.png", dpi=110)

# %% [markdown]
# ## Share fixed within two attempts, per stack

# %%
per_stack = con.sql("""
    select stack, loops_opened, share_fixed_within_2, share_fixed_any
    from mart_fix_loop_funnel
    where error_source = 'all' and stack != 'all'
    order by loops_opened desc
""").pl()
print(per_stack)
fig, ax = plt.subplots(figsize=(7, 4))
ax.bar(per_stack["stack"].to_list(), per_stack["share_fixed_any"].to_list(), label="fixed (any)")
ax.bar(
    per_stack["stack"].to_list(),
    per_stack["share_fixed_within_2"].to_list(),
    label="fixed within 2",
)
ax.set_ylim(0, 1)
ax.set_ylabel("share of fix loops")
ax.set_title("Fix rate by stack")
ax.legend()
fig.tight_layout()
fig.savefig(out_dir / "01_fix_rate_by_stack.png", dpi=110)

# %% [markdown]
# ## Attempts needed by resolved loops

# %%
attempts = con.sql("""
    select attempts, count(*) as loops
    from fct_fix_loops where loop_status = 'resolved'
    group by attempts order by attempts
""").pl()
print(attempts)
fig, ax = plt.subplots(figsize=(7, 4))
ax.bar(attempts["attempts"].to_list(), attempts["loops"].to_list())
ax.set_xlabel("build attempts until the build passed")
ax.set_ylabel("resolved fix loops")
ax.set_title("Attempts per resolved fix loop")
fig.tight_layout()
fig.savefig(out_dir / "01_attempts_histogram.png", dpi=110)
con.close()
