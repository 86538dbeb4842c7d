# ---
# jupyter:
#   jupytext:
#     formats: py:percent
# ---

# %% [markdown]
# # 03 · Model latency and cost over time
#
# Per model and day: median and p95 latency, tokens and cost of assistant responses, and how
# often a response was regenerated away. Source: `mart_model_usage`.

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
usage = con.sql("""
    select usage_date, model_name, responses, latency_p50_ms, latency_p95_ms,
           input_tokens, output_tokens, cost_usd, responses_regenerated_away
    from mart_model_usage order by usage_date, model_name
""").pl()
summary = con.sql("""
    select model_name, sum(responses) as responses, sum(cost_usd) as cost_usd,
           sum(cost_usd) / sum(responses) as usd_per_response,
           sum(responses_regenerated_away) / sum(responses) as regenerated_share
    from mart_model_usage group by model_name order by responses desc
""").pl()
print(summary)

# %%
fig, (ax_lat, ax_cost) = plt.subplots(2, 1, figsize=(9, 7), sharex=True)
for model in usage["model_name"].unique().sort().to_list():
    rows = usage.filter(usage["model_name"] == model)
    days = rows["usage_date"].to_list()
    (line,) = ax_lat.plot(
        days, (rows["latency_p50_ms"] / 1000).to_list(), marker="o", label=f"{model} p50"
    )
    ax_lat.plot(
        days,
        (rows["latency_p95_ms"] / 1000).to_list(),
        linestyle="--",
        color=line.get_color(),
        label=f"{model} p95",
    )
    ax_cost.plot(days, rows["cost_usd"].to_list(), marker="o", label=model)
if usage.is_empty():
    ax_lat.text(0.5, 0.5, "no assistant responses yet", ha="center", transform=ax_lat.transAxes)
ax_lat.set_ylabel("latency (s)")
ax_lat.set_title("Assistant response latency per model")
ax_lat.legend(fontsize=7, ncol=2)
ax_cost.set_ylabel("cost per day (USD)")
ax_cost.set_title("LLM cost per model")
ax_cost.legend(fontsize=7)
fig.autofmt_xdate()
fig.tight_layout()
fig.savefig(out_dir / "03_model_latency_and_cost.png", dpi=110)
con.close()
