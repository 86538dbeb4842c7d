# ---
# jupyter:
#   jupytext:
#     formats: py:percent
# ---

# %% [markdown]
# # 02 · Time to first working app
#
# How long from creating an app to its first passing build, and from signing up to a user's
# first working app? Source: `dim_apps`, `dim_users` (rows of analytics-consented users only).

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
apps = con.sql("""
    select app_id, stack, template,
           epoch(first_successful_build_at) - epoch(created_at) as seconds_to_working
    from dim_apps
    where analytics_ok
""").pl()
working = apps.drop_nulls("seconds_to_working")
print(f"{len(working)} of {len(apps)} apps have had a passing build")
by_stack = con.sql("""
    select stack, count(*) as apps,
           count(first_successful_build_at) as working_apps,
           median(epoch(first_successful_build_at) - epoch(created_at)) / 60 as median_minutes
    from dim_apps where analytics_ok
    group by stack order by apps desc
""").pl()
print(by_stack)

# %%
users = (
    con.sql("""
    select u.user_key,
           min(epoch(a.first_successful_build_at)) - epoch(u.signup_at) as seconds_to_first
    from dim_users u
    join dim_apps a on a.user_key = u.user_key
    where u.analytics_ok
    group by u.user_key, u.signup_at
""")
    .pl()
    .drop_nulls("seconds_to_first")
)

fig, axes = plt.subplots(1, 2, figsize=(10, 4))
for ax, frame, col, title in (
    (axes[0], working, "seconds_to_working", "app created → first passing build"),
    (axes[1], users, "seconds_to_first", "signup → first working app"),
):
    hours = sorted(v / 3600 for v in frame[col].to_list())
    if hours:
        ax.step(hours, [(i + 1) / len(hours) for i in range(len(hours))], where="post")
    else:
        ax.text(0.5, 0.5, "no working apps yet", ha="center", va="center", transform=ax.transAxes)
    ax.set_xlabel("hours")
    ax.set_ylabel("share (cumulative)")
    ax.set_title(title)
fig.tight_layout()
fig.savefig(out_dir / "02_time_to_first_working_app.png", dpi=110)
con.close()
