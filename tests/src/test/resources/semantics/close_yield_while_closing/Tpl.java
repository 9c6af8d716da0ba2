package semantics.close_yield_while_closing;

import static dev.yieldj.tests.semantics.Py.print;

import dev.yieldj.Generator;
import dev.yieldj.Yield;

/** Twin: src/test/python/semantics/close_yield_while_closing.py (see its comment for the deliberate difference). */
public class Tpl {
    @Generator
    static void yieldClosing(Yield<Integer> out) {
        try {
            try {
                out.yield(1);
            } finally {
                print("inner finally");
                out.yield(2);
                print("inner finally rest");
            }
        } finally {
            print("outer finally");
        }
    }

    @Generator
    static void single(Yield<Integer> out) {
        try {
            out.yield(1);
        } finally {
            print("finally start");
            out.yield(2);
            print("finally rest");
        }
        print("after");
    }

    static int t(int v) {
        print("t", v);
        return v;
    }

    @Generator
    static void operand(Yield<Integer> out) {
        try {
            out.yield(1);
        } finally {
            print("finally");
            out.yield(t(5));
            print("finally rest");
        }
    }
}
