#!/usr/bin/env python3
"""Runs every Python twin of the coroutine examples beside this file and stores what it prints as
the expected output of its Java test: examples/src/test/resources/coroutines/<script>.txt.

    python3 examples/src/test/python/coroutines/make_fixtures.py

Each fixture is the script's standard output, unchanged; "== name ==" lines start the sections
that the Java tests compare one by one.
"""

import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parents[1] / "resources" / "coroutines"


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for script in sorted(HERE.glob("*.py")):
        if script.name == "make_fixtures.py":
            continue
        output = subprocess.run([sys.executable, str(script)], check=True, capture_output=True, text=True).stdout
        target = OUT / (script.stem + ".txt")
        target.write_text(output, encoding="utf-8")
        print("wrote", target)


if __name__ == "__main__":
    main()
