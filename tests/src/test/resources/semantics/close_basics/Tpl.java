package semantics.close_basics;

import static dev.yieldj.tests.semantics.Py.print;

import dev.yieldj.Generator;
import dev.yieldj.Yield;

/** Twin: src/test/python/semantics/close_basics.py (see its comment for the deliberate differences). */
public class Tpl {
    @Generator
    static void body(Yield<Integer> out) {
        print("start");
        try {
            out.yield(1);
            out.yield(2);
        } finally {
            print("finally");
        }
        print("after");
    }

    @Generator
    static void nested(Yield<Integer> out) {
        try {
            print("enter outer");
            try {
                print("enter middle");
                try {
                    print("enter inner");
                    out.yield(1);
                    print("inner rest");
                } finally {
                    print("finally inner");
                }
                print("middle rest");
            } finally {
                print("finally middle");
            }
        } finally {
            print("finally outer");
        }
    }

    @Generator
    static void catching(Yield<Integer> out) {
        try {
            out.yield(1);
        } catch (RuntimeException e) {
            print("catch ran", e);
        } finally {
            print("finally ran");
        }
        print("after try");
    }

    @Generator
    static void inFinally(Yield<Integer> out) {
        try {
            try {
                out.yield(1);
            } finally {
                print("inner finally start");
                out.yield(2);
                print("inner finally rest");
            }
            print("between");
        } finally {
            print("outer finally");
        }
    }

    @Generator
    static void inCatch(Yield<Integer> out) {
        try {
            try {
                throw new Boom("x");
            } catch (Boom e) {
                print("catch start", e);
                out.yield(5);
                print("catch rest");
            }
            print("after catch");
        } finally {
            print("finally");
        }
    }

    static void fail(String message) {
        throw new Boom(message);
    }

    @Generator
    static void failingFinally(Yield<Integer> out) {
        try {
            try {
                out.yield(1);
            } finally {
                print("inner finally");
                fail("from finally");
            }
        } finally {
            print("outer finally");
        }
    }

    @Generator
    static void twoFailing(Yield<Integer> out) {
        try {
            try {
                out.yield(1);
            } finally {
                print("inner finally");
                fail("A");
            }
        } finally {
            print("outer finally");
            fail("B");
        }
    }

    @Generator
    static void raising(Yield<Integer> out) {
        try {
            out.yield(1);
            fail("body");
        } finally {
            print("finally");
        }
    }
}
