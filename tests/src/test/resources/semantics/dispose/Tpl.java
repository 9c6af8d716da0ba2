package semantics.dispose;

import static dev.yieldj.tests.semantics.Py.print;

import dev.yieldj.Generator;
import dev.yieldj.Yield;

/** Twin: src/test/python/semantics/dispose.py (Roslyn-style "finally runs on Dispose after early break"). */
public class Tpl {
    @Generator
    static void numbers(int n, boolean failInFinally, Yield<Integer> out) {
        try {
            for (int i = 0; i < n; i++) {
                print("make", i);
                out.yield(i);
            }
            print("made all");
        } finally {
            print("finally numbers");
            if (failInFinally) {
                throw new Boom("finally");
            }
        }
    }

    @Generator
    static void inner(Yield<String> out) {
        try {
            out.yield("i1");
            out.yield("i2");
        } finally {
            print("finally inner");
        }
    }

    @Generator
    static void outer(Yield<String> out) {
        try {
            out.yield("o1");
            out.yieldAll(TplGenerators.inner());
            out.yield("o2");
        } finally {
            print("finally outer");
        }
    }
}
