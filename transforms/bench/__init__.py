"""Benchmarks: ours vs a baseline (or one path vs another) measured side by side in one run,
printed as one JSON line each. Entry-point level: they drive whole stages and chains."""
