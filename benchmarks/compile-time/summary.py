#!/usr/bin/env python3
"""Medians, min/max and ratios of measure.sh's runs.

usage: summary.py RESULTS N GENERATED_LINES
"""
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    name, wall, rss, cpu = line.split()
    rows.setdefault(name, []).append((float(wall), int(rss), float(cpu)))
n, lines = int(sys.argv[2]), int(sys.argv[3])
print(f"## {n} templates: {lines} generated lines ({lines / n:.0f} per template), {len(rows['without'])} runs each")
med = {}
for name, runs in rows.items():
    walls = [r[0] for r in runs]; rss = [r[1] / 1024 for r in runs]; cpus = [r[2] for r in runs]
    med[name] = (statistics.median(walls), statistics.median(rss), statistics.median(cpus))
    print(f"{name:10} wall {med[name][0]:6.2f} s (min {min(walls):.2f}, max {max(walls):.2f})"
          f"  cpu {med[name][2]:6.2f} s (min {min(cpus):.2f}, max {max(cpus):.2f})"
          f"  max RSS {med[name][1]:5.0f} MB (min {min(rss):.0f}, max {max(rss):.0f})")
wo = med["without"]
for name, w in med.items():
    if name.startswith("with") and name != "without":
        print(f"ratio {name}/without: wall {w[0] / wo[0]:.2f}x, cpu {w[2] / wo[2]:.2f}x, RSS {w[1] / wo[1]:.2f}x")
