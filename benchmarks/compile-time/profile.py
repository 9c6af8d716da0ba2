#!/usr/bin/env python3
"""Aggregates a JFR recording of javac's execution samples into a breakdown.

Record with:  javac -J-XX:StartFlightRecording=filename=x.jfr,settings=profile ... (as measure.sh runs it)
usage: profile.py x.jfr [TOP]
Prints (1) inclusive time of javac's and the processor's phases: a sample counts for each marker that
appears anywhere in its stack ("yieldj:" markers only inside the processor), so the rows overlap;
(2) self time by top frame.
"""
import collections
import re
import subprocess
import sys

# phases, matched against "class.method" of any frame in the stack; the first match of each counts
MARKERS = [
    ("javac: parse", r"JavaCompiler\.parseFiles"),
    ("javac: enter (incl. round re-entry)", r"JavaCompiler\.enterTrees"),
    ("javac: annotation processing, total", r"JavacProcessingEnvironment\.doProcessing"),
    ("javac: new round (clean trees, re-enter)", r"JavacProcessingEnvironment\$Round\.<init>|Round\.newRound|Round\.next"),
    ("javac: attribute (final compile)", r"JavaCompiler\.attribute"),
    ("javac: flow", r"JavaCompiler\.flow"),
    ("javac: desugar", r"JavaCompiler\.desugar"),
    ("javac: generate", r"JavaCompiler\.generate"),
    ("yieldj: total", r"dev\.yieldj\.processor\.GeneratorProcessor\.process"),
    ("yieldj: API round (writeApi)", r"GeneratorCompiler\.writeApi"),
    ("yieldj: body round (writeBodies)", r"GeneratorCompiler\.writeBodies"),
    ("yieldj: LocalTemplates.check", r"check\.LocalTemplates\.check"),
    ("yieldj: Readiness", r"analysis\.Readiness\."),
    ("yieldj: AnonymousVars", r"check\.AnonymousVars\."),
    ("yieldj: javac attributes the holders (Attr.attribClass)", r"Attr\.attribClass"),
    ("yieldj: javac attributes body copies (Trees.getScope)", r"JavacTrees\.getScope"),
    ("yieldj: checks (SupportedTrees, BodyChecks)", r"check\.SupportedTrees\.|check\.BodyChecks\."),
    ("yieldj: getCharContent", r"getCharContent"),
    ("yieldj: lowering (Lowerer)", r"lower\.Lowerer\.lower"),
    ("yieldj: simplify/renumber/liveness", r"lower\.Simplifier\.|lower\.Renumbering\.|lower\.Liveness\."),
    ("yieldj: emit (JavaPoet specs)", r"emit\.GeneratorClassWriter\.|emit\.GeneratedFiles\."),
    ("yieldj: write files (JavaFile.writeTo)", r"JavaFile\.writeTo"),
]


def stacks(path):
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "200", path],
                          capture_output=True, text=True, check=True).stdout
    for event in text.split("jdk.ExecutionSample")[1:]:
        frames = re.findall(r"^\s+([\w$.<>]+)\(", event, re.M)
        if frames:
            yield frames


def main():
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    self_time = collections.Counter()
    phase = collections.Counter()
    total = 0
    compiled = [(name, re.compile(pattern)) for name, pattern in MARKERS]
    processor = re.compile(MARKERS[8][1])
    for frames in stacks(sys.argv[1]):
        total += 1
        self_time[frames[0]] += 1
        inside = any(processor.search(frame) for frame in frames)
        for name, pattern in compiled:
            if (inside or not name.startswith("yieldj")) and any(pattern.search(frame) for frame in frames):
                phase[name] += 1
    print(f"{total} samples")
    print("\n# inclusive, by phase")
    for name, _ in MARKERS:
        print(f"{100 * phase[name] / total:5.1f}%  {name}")
    print(f"\n# self, top {top} frames")
    for frame, count in self_time.most_common(top):
        print(f"{100 * count / total:5.1f}%  {frame}")


if __name__ == "__main__":
    main()
