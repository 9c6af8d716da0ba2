#!/usr/bin/env python3
"""Writes a corpus of N @Generator templates, ten per holder class, ten holders per package.

Each template is a loop with an `if`, a try/finally around a for-each and a switch, all yielding;
each package also has a plain class that calls every factory, as user code would.

usage: corpus.py N DIR   (writes DIR/src/...)
"""
import os
import sys

PER_CLASS = 10
CLASSES_PER_PACKAGE = 10

TEMPLATE = """
    @Generator
    static void t{i}(int n, List<String> items, Yield<String> out) {{
        for (int k = 0; k < n; k++) {{
            if (k % {m} == 0) {{
                out.yield("a{i}-" + k);
            }}
        }}
        try {{
            for (String item : items) {{
                out.yield(item + "{i}");
            }}
        }} finally {{
            closed++;
        }}
        switch (n % 3) {{
            case 0:
                out.yield("zero{i}");
                break;
            case 1:
                out.yield("one{i}");
                out.yield("one{i}b");
                break;
            default:
                out.yield("many{i}");
        }}
    }}
"""


def holder(package, name):
    body = "".join(TEMPLATE.format(i=i, m=i + 2) for i in range(PER_CLASS))
    return (f"package {package};\n\nimport dev.yieldj.Generator;\nimport dev.yieldj.Yield;\n"
            f"import java.util.List;\n\npublic class {name} {{\n    static int closed;\n{body}}}\n")


def user(package, names):
    calls = "".join(f"        for (String s : {n}Generators.t{i}(n, items)) {{\n            total += s.length();\n        }}\n"
                    for n in names for i in range(PER_CLASS))
    return (f"package {package};\n\nimport java.util.List;\n\npublic class Use {{\n"
            f"    public static long run(int n, List<String> items) {{\n        long total = 0;\n{calls}"
            f"        return total;\n    }}\n}}\n")


def main():
    count, root = int(sys.argv[1]), sys.argv[2]
    classes = count // PER_CLASS
    for first in range(0, classes, CLASSES_PER_PACKAGE):
        package = f"corpus.p{first // CLASSES_PER_PACKAGE}"
        directory = os.path.join(root, "src", *package.split("."))
        os.makedirs(directory, exist_ok=True)
        names = [f"Holder{c}" for c in range(first, min(first + CLASSES_PER_PACKAGE, classes))]
        for name in names:
            with open(os.path.join(directory, name + ".java"), "w") as f:
                f.write(holder(package, name))
        with open(os.path.join(directory, "Use.java"), "w") as f:
            f.write(user(package, names))


if __name__ == "__main__":
    main()
