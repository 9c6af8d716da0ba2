#!/usr/bin/env python3
"""Runs every Python twin here and stores its output as the expected value of the Java twin:
src/test/resources/semantics/<case>/expected.txt. Run: python3 src/test/python/semantics/regen.py
(TwinFixturesTest checks that the stored files are what the scripts print today.)"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, "..", "..", "resources", "semantics")

for name in sorted(os.listdir(HERE)):
    if not name.endswith(".py") or name in ("pyhelp.py", "regen.py"):
        continue
    case = name[:-3]
    out = subprocess.run([sys.executable, os.path.join(HERE, name)], check=True, capture_output=True,
                         text=True, cwd=HERE).stdout
    d = os.path.join(RES, case)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "expected.txt"), "w") as f:
        f.write(out)
    print("%-28s %4d lines" % (case, out.count("\n")))
