# ---
# jupyter:
#   jupytext:
#     formats: py:percent
# ---

# %% [markdown]
# # 04 · Composition of the training candidates
#
# What the training marts hold before the export stage curates them: SFT conversations by
# outcome, bug-fix pairs by error source and stack, preference pairs by signal, and how much of
# it the users' training consent (`dim_users.training_ok`) lets through.

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

# %%
sft = con.sql("""
    select outcome, count(*) as conversations, sum(n_turns) as turns,
           sum(pii_placeholders) as pii_placeholders
    from train_sft_conversations group by outcome order by conversations desc
""").pl()
bugfix = con.sql("""
    select error_source, stack, count(*) as pairs, median(attempts) as median_attempts
    from train_bugfix_pairs group by error_source, stack order by pairs desc
""").pl()
preference = con.sql("""
    select signal, count(*) as pairs from train_preference_pairs
    group by signal order by pairs desc
""").pl()
consent = con.sql("""
    select d.dataset, count(*) as candidates,
           count(*) filter (where u.training_ok) as with_training_consent
    from (
        select 'sft' as dataset, user_key from train_sft_conversations
        union all select 'bugfix', user_key from train_bugfix_pairs
        union all select 'preference', user_key from train_preference_pairs
    ) d
    left join dim_users u using (user_key)
    group by d.dataset order by d.dataset
""").pl()
for name, frame in (
    ("SFT", sft),
    ("bug-fix", bugfix),
    ("preference", preference),
    ("consent", consent),
):
    print(name)
    print(frame)

# %%
fig, axes = plt.subplots(2, 2, figsize=(11, 8))
panels = (
    (
        axes[0][0],
        sft["outcome"].to_list(),
        sft["conversations"].to_list(),
        "SFT conversations by outcome",
    ),
    (
        axes[0][1],
        [f"{s} / {e}" for s, e in zip(bugfix["stack"], bugfix["error_source"], strict=True)],
        bugfix["pairs"].to_list(),
        "Bug-fix pairs by stack / error source",
    ),
    (
        axes[1][0],
        preference["signal"].to_list(),
        preference["pairs"].to_list(),
        "Preference pairs by signal",
    ),
)
for ax, labels, values, title in panels:
    if values:
        ax.barh(labels, values)
    else:
        ax.text(0.5, 0.5, "none yet", ha="center", va="center", transform=ax.transAxes)
    ax.set_title(title)
ax = axes[1][1]
datasets = consent["dataset"].to_list()
ax.bar(datasets, consent["candidates"].to_list(), label="candidates")
ax.bar(datasets, consent["with_training_consent"].to_list(), label="with training consent")
ax.set_title("Candidates vs training consent")
ax.legend()
fig.tight_layout()
fig.savefig(out_dir / "04_training_candidates.png", dpi=110)
con.close()
