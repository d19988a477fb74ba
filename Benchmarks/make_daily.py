#!/usr/bin/env python3
"""Writes a daily history CSV with a known media-mix truth, for the fit-rows benchmark.

usage: make_daily.py ROWS SEED > data.csv

Columns: date, revenue, and spend of five channels. Spend is on/off bursts around a channel
level; revenue = 50,000 + weekly and yearly seasonality + Σ β·hill(adstock) + Gaussian noise
(5% of the mean media effect). The truth (θ, K, s, β and ROI per channel) is printed on stderr.
Dates start at 1000-01-01, so 10⁶ rows end in year 3737 (the reader accepts years 1–9999).
"""
import math
import random
import sys
from datetime import date, timedelta

rows = int(sys.argv[1])
rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
channels = [  # name, level, theta, kappa (K / mean adstock), shape, beta
    ("douyin", 8000, 0.5, 1.0, 1.0, 30000),
    ("xiaohongshu", 3000, 0.3, 0.8, 1.0, 12000),
    ("baidu_sem", 5000, 0.1, 1.5, 1.0, 20000),
    ("tmall", 6000, 0.6, 1.2, 2.0, 25000),
    ("ooh", 2000, 0.8, 1.0, 1.0, 8000),
]
spend = []
for name, level, theta, kappa, shape, beta in channels:
    column, on = [], True
    for t in range(rows):
        if rng.random() < 0.05:
            on = not on
        column.append(round(level * rng.uniform(0.5, 1.5), 2) if on else 0.0)
    spend.append(column)
media = [0.0] * rows
for (name, level, theta, kappa, shape, beta), x in zip(channels, spend):
    a, adstock = 0.0, []
    for value in x:
        a = value + theta * a
        adstock.append(a)
    k = kappa * sum(adstock) / rows
    contribution = 0.0
    for t, value in enumerate(adstock):
        if value > 0:
            effect = beta / (1 + (k / value) ** shape)
            media[t] += effect
            contribution += effect
    print(f"{name}: theta {theta} K {k:.1f} shape {shape} beta {beta} ROI {contribution / sum(x):.3f}", file=sys.stderr)
noise = 0.05 * sum(media) / rows
start = date(1000, 1, 1).toordinal()
out = sys.stdout
out.write("date,revenue," + ",".join(c[0] for c in channels) + "\n")
for t in range(rows):
    day = date.fromordinal(start + t)
    season = 3000 * math.sin(2 * math.pi * t / 7) + 8000 * math.sin(2 * math.pi * t / 365.25)
    y = 50000 + season + media[t] + rng.gauss(0, noise)
    out.write(f"{day.isoformat()},{y:.2f}," + ",".join(f"{x[t]:g}" for x in spend) + "\n")
