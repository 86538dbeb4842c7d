# ---
# jupyter:
#   jupytext:
#     formats: py:percent
# ---

# %% [markdown]
# # 05 · What curation did to the latest exports
#
# Reads the newest active version of each dataset (its manifest and rows): rows dropped per
# curation reason (content rules counted one by one), the length distribution a trainer will
# see against the recommended `max_length`, the preference signal mix and the
# outcome-grounded `quality` / `margin` columns.

# %%
import json

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import polars as pl  # noqa: E402

from transforms.config import Settings  # noqa: E402

settings = Settings.from_env()
out_dir = settings.reports_dir / "notebooks"
out_dir.mkdir(parents=True, exist_ok=True)


registry_file = settings.exports_dir / "registry.json"
registry = json.loads(registry_file.read_text()) if registry_file.exists() else {"datasets": {}}


def latest(dataset: str) -> tuple[dict, pl.DataFrame] | None:
    versions = registry["datasets"].get(dataset, {}).get("versions", [])
    active = [v for v in versions if v["status"] == "active"]
    if not active:
        return None
    # registry paths are relative to the exports root
    vdir = settings.exports_dir / max(active, key=lambda v: v["created_at"])["path"]
    manifest = json.loads((vdir / "manifest.json").read_text())
    return manifest, pl.read_parquet(vdir / "*.parquet")


exports = {name: latest(name) for name in ("sft", "bugfix", "preference")}
for name, found in exports.items():
    if found:
        m, df = found
        print(name, m["version"], m["rows"], "removed:", m["curation"]["removed_by_reason"])


# %%
def row_chars(name: str, df: pl.DataFrame) -> list[int]:
    def joined(col: str) -> pl.Expr:
        return pl.col(col).list.eval(pl.element().struct.field("content")).list.join("\n\n")

    if name == "preference":
        return (
            df.select(
                joined("prompt").str.len_chars()
                + pl.max_horizontal(
                    joined("chosen").str.len_chars(), joined("rejected").str.len_chars()
                )
            )
            .to_series()
            .to_list()
        )
    return df.select(joined("messages").str.len_chars()).to_series().to_list()


fig, axes = plt.subplots(2, 3, figsize=(15, 8))
for col, (name, found) in enumerate(exports.items()):
    ax = axes[0][col]
    if not found:
        ax.text(0.5, 0.5, "no export", ha="center", va="center", transform=ax.transAxes)
        continue
    m, df = found
    removed = {k: v for k, v in m["curation"]["removed_by_reason"].items() if v}
    if removed:
        ax.barh(list(removed), list(removed.values()))
    ax.set_title(f"{name}: rows dropped per reason")
    ax = axes[1][col]
    per_token = m["stats"]["length"]["chars_per_token"]
    tokens = [c / per_token for c in row_chars(name, df)]
    if tokens:
        ax.hist(tokens, bins=30)
    rec = m["stats"]["length"]["recommended_max_length"]
    ax.axvline(rec, color="red", linestyle="--", label=f"recommended max_length {rec}")
    ax.set_title(f"{name}: estimated tokens per row")
    ax.legend()
fig.tight_layout()
fig.savefig(out_dir / "05_export_curation.png", dpi=110)

# %%
fig, axes = plt.subplots(1, 3, figsize=(15, 4))
pref = exports["preference"]
if pref and pref[1].height:
    signals = pref[1]["signal"].value_counts().sort("count", descending=True)
    axes[0].bar(signals["signal"].to_list(), signals["count"].to_list())
    axes[1].hist(pref[1]["margin"].to_list(), bins=12)
axes[0].set_title("preference: signal mix")
axes[1].set_title("preference: outcome margin (chosen - rejected)")
for name in ("sft", "bugfix"):
    found = exports[name]
    if found and found[1].height:
        axes[2].hist(found[1]["quality"].to_list(), bins=20, alpha=0.6, label=name)
axes[2].set_title("outcome-grounded quality")
axes[2].legend()
fig.tight_layout()
fig.savefig(out_dir / "05_preference_and_quality.png", dpi=110)
