package dev.yieldj.tests.corpus;

import static dev.yieldj.tests.corpus.Case.members;
import static dev.yieldj.tests.corpus.Case.unit;
import static dev.yieldj.tests.harness.Run.call;
import static dev.yieldj.tests.harness.Run.run;

import java.util.List;
import java.util.function.Function;

/** The corpus of the foundation issue: every statement and expression form, yields anywhere in them. */
final class CorpusBasics {

    private CorpusBasics() {
    }

    static List<Case> all() {
        return List.of(
                members("CountUpTo", """
                        /** Counts from 1 up to n (the tutorial's count_up_to). */
                        @Generator
                        static void countUpTo(int n, Yield<Integer> out) {
                            int count = 1;
                            while (count <= n) {
                                Trace.log("before " + count);
                                out.yield(count);
                                Trace.log("after " + count);
                                count++;
                            }
                            Trace.log("done");
                        }
                        """, run("countUpTo", 4), run("countUpTo", 0)),

                members("Locals", """
                        @Generator
                        static void locals(int n, Yield<String> out) {
                            var total = 0L;
                            var name = "x";
                            int a = n + 1, b = a * 2;
                            out.yield("a=" + a + " b=" + b);
                            total += Integer.MAX_VALUE;
                            total += Integer.MAX_VALUE;
                            out.yield("total=" + total + " half=" + total / 3);
                            {
                                int s = 1;
                                out.yield("s int " + (s + n));
                                s += 10;
                                out.yield("s again " + s);
                            }
                            {
                                String s = "str";
                                out.yield("s string " + s.length() + s);
                                s = s + name;
                                out.yield(s);
                            }
                            {
                                var s = 2.5;
                                out.yield("s double " + s / 2);
                            }
                            for (int i = 0; i < 2; i++) {
                                long s = i * 3L;
                                out.yield("loop s " + s);
                            }
                            char c = 'a';
                            c++;
                            ++c;
                            out.yield("c=" + c);
                            out.yield(name + total);
                        }
                        """, run("locals", 3)),

                members("IfElse", """
                        @Generator
                        static void classify(int n, Yield<String> out) {
                            for (int i = -2; i <= n; i++) {
                                if (i < 0) {
                                    out.yield(i + " negative");
                                } else if (i == 0) {
                                    out.yield("zero");
                                    if (n > 2) {
                                        out.yield("zero and n big");
                                    }
                                } else if (i % 2 == 0) {
                                    Trace.log("even " + i);
                                    out.yield(i + " even");
                                } else {
                                    if (i % 3 == 0) out.yield(i + " odd multiple of 3");
                                    else out.yield(i + " odd");
                                }
                                boolean big = i > 3;
                                if (big) out.yield("big");
                            }
                        }
                        """, run("classify", 6), run("classify", -5)),

                members("WhileLoops", """
                        @Generator
                        static void whiles(int n, Yield<Integer> out) {
                            int i = 0;
                            while (i < n) {
                                i++;
                                if (i == 2) continue;
                                if (i == 7) break;
                                out.yield(i);
                                int j = i;
                                while (j > 0) {
                                    j -= 2;
                                    if (j == 1) {
                                        out.yield(-j);
                                    }
                                }
                            }
                            out.yield(i * 1000);
                        }
                        """, run("whiles", 5), run("whiles", 10), run("whiles", 0)),

                members("DoWhile", """
                        @Generator
                        static void dos(int n, Yield<String> out) {
                            int i = 0;
                            do {
                                i++;
                                if (i % 2 == 0) {
                                    Trace.log("skip " + i);
                                    continue;
                                }
                                out.yield("odd " + i);
                            } while (Trace.val("cond", i) < n);
                            do out.yield("once"); while (false);
                            int k = 3;
                            do {
                                out.yield("k" + k);
                            } while (--k > 0);
                        }
                        """, run("dos", 5), run("dos", 0)),

                members("ForClassic", """
                        @Generator
                        static void fors(int n, Yield<String> out) {
                            for (int i = 0, j = 10; i < j; i += 3, j--) {
                                if (i == 3) continue;
                                out.yield(i + ":" + j);
                            }
                            int k;
                            for (k = 0; k < n; k++) {
                                out.yield("k" + k);
                            }
                            out.yield("k after " + k);
                            for (int a = Trace.val("init", 0); Trace.val("test", a) < 2; a = Trace.val("upd", a + 1)) {
                                out.yield("a" + a);
                            }
                            for (;;) {
                                out.yield("forever once");
                                if (k > -1) break;
                            }
                        }
                        """, run("fors", 3)),

                members("ForEachArrays", """
                        static int[] numbers() {
                            Trace.log("numbers() evaluated");
                            return new int[] {3, 1, 4};
                        }

                        @Generator
                        static void arrays(String[] words, Yield<String> out) {
                            for (int x : numbers()) {
                                out.yield("n" + x);
                            }
                            for (String w : words) {
                                out.yield(w.toUpperCase());
                            }
                            int[][] grid = {{1, 2}, {3}, {}};
                            for (int[] row : grid) {
                                for (int cell : row) {
                                    out.yield("cell " + cell);
                                }
                                out.yield("row of " + row.length);
                            }
                            char[] cs = {'h', 'i'};
                            for (final char c : cs) {
                                out.yield(String.valueOf(c));
                            }
                        }
                        """, run("arrays", (Object) new String[] {"ab", "cd"})),

                members("ForEachIterables", """
                        static final class Three implements Iterable<Integer> {
                            @Override
                            public Iterator<Integer> iterator() {
                                Trace.log("Three.iterator()");
                                return List.of(1, 2, 3).iterator();
                            }
                        }

                        @Generator
                        static void iterables(List<String> names, Yield<String> out) {
                            for (String s : names) {
                                out.yield("name " + s);
                            }
                            for (Integer i : new Three()) {
                                out.yield("three " + i);
                            }
                            Map<String, Integer> m = new LinkedHashMap<>();
                            m.put("a", 1);
                            m.put("b", 2);
                            for (Map.Entry<String, Integer> e : m.entrySet()) {
                                out.yield(e.getKey() + "=" + e.getValue());
                            }
                            for (var e : new TreeSet<>(Set.of(5, 4))) {
                                out.yield("set " + (e + 1));
                            }
                            int total = 0;
                            for (int v : List.of(10, 20)) {
                                total += v;
                                out.yield("total " + total);
                            }
                        }
                        """, run("iterables", List.of("x", "y"))),

                members("SwitchColonInt", """
                        @SuppressWarnings("fallthrough")
                        @Generator
                        static void sw(int n, Yield<String> out) {
                            for (int i = 0; i < n; i++) {
                                switch (i % 5) {
                                    case 0:
                                        out.yield(i + ": zero");
                                    case 1:
                                        out.yield(i + ": zero or one");
                                        break;
                                    case 2: {
                                        int local = i * 10;
                                        out.yield(i + ": two " + local);
                                    }
                                    // fall through
                                    case 3:
                                        Trace.log("three-ish " + i);
                                        if (i > 5) break;
                                        out.yield(i + ": small three-ish");
                                        break;
                                    default:
                                        out.yield(i + ": default");
                                }
                                out.yield("after switch " + i);
                            }
                        }
                        """, run("sw", 10)),

                members("SwitchArrow", """
                        @Generator
                        static void arrow(int n, Yield<String> out) {
                            for (int i = 0; i < n; i++) {
                                switch (i % 4) {
                                    case 0 -> out.yield("zero");
                                    case 1, 2 -> {
                                        out.yield("one or two");
                                        if (i > 4) {
                                            out.yield("late");
                                            break;
                                        }
                                        out.yield("early");
                                    }
                                    default -> {
                                        Trace.log("default " + i);
                                        continue;
                                    }
                                }
                                out.yield("end " + i);
                            }
                        }
                        """, run("arrow", 9)),

                members("SwitchString", """
                        @SuppressWarnings("fallthrough")
                        @Generator
                        static void strings(List<String> words, Yield<String> out) {
                            for (String w : words) {
                                switch (w) {
                                    case "a":
                                    case "b":
                                        out.yield("a or b: " + w);
                                        break;
                                    case "stop":
                                        out.yield("stopping");
                                        return;
                                    case "fall":
                                        out.yield("falling");
                                    default:
                                        out.yield("other " + w);
                                }
                                switch (w.length()) {
                                    case 1 -> out.yield("short");
                                    default -> Trace.log("long " + w);
                                }
                                String kind = switch (w) {
                                    case "a", "b" -> "letter";
                                    default -> {
                                        out.yield("computing kind of " + w);
                                        yield "word";
                                    }
                                };
                                out.yield(kind);
                            }
                        }
                        """, run("strings", List.of("a", "hello", "fall", "b", "stop", "never"))),

                members("SwitchEnum", """
                        enum Color { RED, GREEN, BLUE }

                        @SuppressWarnings("fallthrough")
                        @Generator
                        static void colors(Yield<String> out) {
                            for (Color c : Color.values()) {
                                switch (c) {
                                    case RED:
                                        out.yield("red");
                                    case GREEN:
                                        out.yield("red or green " + c.ordinal());
                                        break;
                                    default:
                                        out.yield("blue " + c.name());
                                }
                                switch (c) {
                                    case RED -> out.yield("arrow red");
                                    case GREEN -> {
                                        out.yield("arrow green");
                                    }
                                    case BLUE -> Trace.log("arrow blue");
                                }
                                int code = switch (c) {
                                    case RED -> 1;
                                    case GREEN -> {
                                        out.yield("computing green");
                                        yield 2;
                                    }
                                    case BLUE -> 3;
                                };
                                out.yield("code " + code);
                            }
                        }
                        """, run("colors")),

                members("SwitchEnumNested", """
                        enum E { A, B }

                        @Generator
                        static void inSwitchExpression(int n, Yield<String> out) {
                            out.yield("start");
                            int a = switch (n % 2) {
                                case 0 -> {
                                    switch (E.values()[n % 2]) {
                                        case A -> Trace.log("A");
                                        case B -> Trace.log("B");
                                    }
                                    yield 1;
                                }
                                default -> 2;
                            };
                            out.yield("a" + a);
                        }

                        @SuppressWarnings("fallthrough")
                        @Generator
                        static void inCatch(int n, Yield<String> out) {
                            out.yield("start");
                            try {
                                if (n > 0) throw new IllegalStateException("x");
                            } catch (RuntimeException e) {
                                switch (E.values()[n % 2]) {
                                    case A:
                                        Trace.log("A");
                                    case B:
                                        Trace.log("B");
                                }
                            }
                            out.yield("end");
                        }
                        """, run("inSwitchExpression", 0), run("inSwitchExpression", 1), run("inCatch", 1),
                        run("inCatch", 2)),

                members("SwitchExprArrow", """
                        @Generator
                        static void expr(int n, Yield<String> out) {
                            for (int i = 0; i < n; i++) {
                                int x = switch (i % 3) {
                                    case 0 -> 10;
                                    case 1 -> {
                                        out.yield("in block " + i);
                                        int t = i * 2;
                                        out.yield("t=" + t);
                                        yield t + 100;
                                    }
                                    default -> {
                                        if (i > 3) {
                                            out.yield("big default");
                                            yield -1;
                                        }
                                        yield -2;
                                    }
                                };
                                out.yield(i + " -> " + x);
                            }
                        }
                        """, run("expr", 6)),

                members("SwitchExprColon", """
                        @Generator
                        static void expr(List<String> xs, Yield<String> out) {
                            for (String s : xs) {
                                String r = switch (s) {
                                    case "a":
                                        out.yield("saw a");
                                        yield "A";
                                    case "b":
                                        Trace.log("b!");
                                    case "c":
                                        out.yield("b or c");
                                        yield "BC";
                                    default:
                                        yield s + s;
                                };
                                out.yield(r);
                            }
                        }
                        """, run("expr", List.of("a", "b", "c", "z"))),

                members("SwitchExprInExpression", """
                        @Generator
                        static void inner(int n, Yield<String> out) {
                            for (int i = 0; i < n; i++) {
                                int v = Trace.val("left", i) + switch (i) {
                                    case 1 -> {
                                        out.yield("inside " + i);
                                        yield Trace.val("right", 5);
                                    }
                                    default -> 0;
                                } * Trace.val("factor", 2);
                                out.yield("v=" + v);
                            }
                        }
                        """, run("inner", 3)),

                members("Labels", """
                        @Generator
                        static void labels(int n, Yield<String> out) {
                            outer:
                            for (int i = 0; i < n; i++) {
                                inner:
                                for (int j = 0; j < n; j++) {
                                    if (j > i) continue outer;
                                    if (i + j == 5) break outer;
                                    if (j == 2) continue inner;
                                    int k = 0;
                                    while (true) {
                                        k++;
                                        if (k > 2) break;
                                        if (i == 3 && k == 2) continue outer;
                                        out.yield(i + "," + j + "," + k);
                                    }
                                }
                                out.yield("row " + i);
                            }
                            block:
                            {
                                out.yield("in block");
                                if (n > 1) break block;
                                out.yield("not reached for n > 1");
                            }
                            int w = 0;
                            loop:
                            do {
                                w++;
                                switch (w) {
                                    case 1 -> out.yield("w1");
                                    case 3 -> {
                                        break loop;
                                    }
                                    default -> {
                                        continue loop;
                                    }
                                }
                                out.yield("after switch " + w);
                            } while (w < 10);
                            out.yield("w=" + w);
                        }
                        """, run("labels", 5), run("labels", 1)),

                members("EarlyReturn", """
                        @Generator
                        static void early(int n, Yield<Integer> out) {
                            if (n < 0) {
                                Trace.log("negative");
                                return;
                            }
                            for (int i = 0; i < 10; i++) {
                                for (int j = 0; j < 10; j++) {
                                    if (i * j == n) {
                                        Trace.log("found " + i + "*" + j);
                                        return;
                                    }
                                    if (j == i) {
                                        out.yield(i * 10 + j);
                                        break;
                                    }
                                }
                            }
                            out.yield(-1);
                        }
                        """, run("early", -1), run("early", 6), run("early", 1000)),

                members("NestedBlocks", """
                        @Generator
                        static void nested(int n, Yield<String> out) {
                            int depth = 0;
                            {
                                depth++;
                                int a = n;
                                {
                                    depth++;
                                    int b = a * 2;
                                    out.yield("b " + b + " depth " + depth);
                                    {
                                        depth++;
                                        int c = a + b;
                                        out.yield("c " + c);
                                        {
                                            String d = "d" + c;
                                            out.yield(d + " depth " + depth);
                                        }
                                        a += c;
                                    }
                                    out.yield("a " + a);
                                }
                                {
                                    int b = -a;
                                    out.yield("other b " + b);
                                }
                            }
                            {
                                int a = 99;
                                out.yield("second a " + a);
                            }
                        }
                        """, run("nested", 2)),

                members("LambdaCaptures", """
                        @Generator
                        static void captures(int n, Yield<Integer> out) {
                            List<Supplier<String>> caps = new ArrayList<>();
                            for (int i = 0; i < n; i++) {
                                int sq = i * i;
                                caps.add(() -> "L" + sq);
                                out.yield(i);
                                final String tag = "t" + i;
                                caps.add(() -> tag + ":" + sq);
                                String s = "m" + i;
                                caps.add(s::toUpperCase);
                            }
                            for (String w : List.of("p", "q")) {
                                caps.add(() -> w + n);
                                out.yield(w.length());
                            }
                            Function<Integer, Integer> plusN = x -> x + n;
                            for (int i = 0; i < 2; i++) {
                                out.yield(plusN.apply(i));
                            }
                            Trace.dump(caps);
                        }
                        """, run("captures", 3)),

                members("AnonymousCaptures", """
                        interface Named {
                            String name();
                        }

                        @Generator
                        static void anon(int n, Yield<String> out) {
                            List<Named> all = new ArrayList<>();
                            int base = 100;
                            for (int i = 0; i < n; i++) {
                                int v = base + i;
                                Named named = new Named() {
                                    final int extra = v * 2;

                                    @Override
                                    public String name() {
                                        return "anon" + v + "/" + extra;
                                    }
                                };
                                all.add(named);
                                out.yield(named.name());
                            }
                            for (Named x : all) {
                                out.yield("later " + x.name());
                            }
                        }
                        """, run("anon", 3)),

                members("LocalClasses", """
                        @Generator
                        static void local(int n, Yield<String> out) {
                            int base = 10;
                            List<Supplier<String>> caps = new ArrayList<>();
                            int sum = 0;
                            for (int i = 0; i < n; i++) {
                                class Acc {
                                    int total = base;

                                    int add(int x) {
                                        total += x;
                                        return total;
                                    }
                                }
                                sum += new Acc().add(i);
                                out.yield("sum " + sum);
                                int mine = i * 7;
                                class Cap implements Supplier<String> {
                                    @Override
                                    public String get() {
                                        return "cap" + mine;
                                    }
                                }
                                caps.add(new Cap());
                            }
                            record P(int a, String b) {
                            }
                            P p = new P(sum, "pee");
                            String shown = p.b() + " " + p;
                            out.yield(shown);
                            Supplier<String> later = new Supplier<>() {
                                @Override
                                public String get() {
                                    return "anon " + base;
                                }
                            };
                            out.yield(later.get());
                            out.yield(later.get() + "!");
                            Trace.dump(caps);
                        }
                        """, run("local", 3)),

                members("StaticMembers", """
                        static int calls;
                        static final String PREFIX = "p:";

                        static void reset() {
                            calls = 0;
                        }

                        static int twice(int x) {
                            calls++;
                            return 2 * x;
                        }

                        static <T> List<T> listOf2(T a, T b) {
                            return List.of(a, b);
                        }

                        @Generator
                        static void statics(int n, Yield<String> out) {
                            for (int i = 0; i < n; i++) {
                                out.yield(PREFIX + twice(i));
                            }
                            out.yield("calls " + calls);
                            calls += 100;
                            out.yield("calls " + StaticMembers.calls);
                            for (String s : listOf2("x", "y")) {
                                out.yield(s);
                            }
                        }
                        """, run("statics", 3)),

                members("NameTraps", """
                        static int next(int x) {
                            return x + 1;
                        }

                        static boolean hasNext(String s) {
                            return !s.isEmpty();
                        }

                        static String close(String s) {
                            return s + "!";
                        }

                        static int iterator() {
                            return 42;
                        }

                        static String stream(int x) {
                            return "stream" + x;
                        }

                        static String remove(String s) {
                            return s.substring(1);
                        }

                        static String forEachRemaining(String s) {
                            return s + s;
                        }

                        static int state = 7;
                        static int out2 = 5;

                        @Generator
                        static void trapped(int n, Yield<String> out) {
                            int next = next(n);
                            out.yield("next " + next);
                            out.yield("hasNext " + hasNext("") + hasNext("x"));
                            out.yield(close("closed"));
                            out.yield("iterator " + iterator());
                            out.yield(stream(n));
                            out.yield(remove("xyz"));
                            out.yield(forEachRemaining("ab"));
                            out.yield("state " + state + " out2 " + out2);
                        }
                        """, run("trapped", 1)),

                members("InstanceTemplate", """
                        int total;
                        final String name;

                        InstanceTemplate(String name) {
                            this.name = name;
                        }

                        static InstanceTemplate make() {
                            return new InstanceTemplate("c");
                        }

                        int bump(int by) {
                            total += by;
                            return total;
                        }

                        @Override
                        public String toString() {
                            return "It(" + name + "," + total + ")";
                        }

                        /** Steps this counter. */
                        @Generator
                        void steps(int n, Yield<String> out) {
                            for (int i = 1; i <= n; i++) {
                                bump(i);
                                out.yield(toString());
                                out.yield(this.name + total);
                                int total = -i;
                                out.yield("local total " + total + " field " + this.total);
                            }
                            InstanceTemplate self = this;
                            out.yield(String.valueOf(self == this));
                            this.total = 0;
                            out.yield("reset " + total);
                        }
                        """, run("steps", 3).on("make")),

                members("InstanceTraps", """
                        int pos;

                        static InstanceTraps make() {
                            return new InstanceTraps();
                        }

                        boolean hasNext() {
                            return pos < 3;
                        }

                        int next() {
                            return pos++;
                        }

                        void close() {
                            Trace.log("InstanceTraps.close() " + pos);
                        }

                        String iterator() {
                            return "my iterator";
                        }

                        @Override
                        public String toString() {
                            return "IT@" + pos;
                        }

                        @Generator
                        void drain(Yield<String> out) {
                            while (hasNext()) {
                                out.yield("v" + next());
                            }
                            out.yield(toString());
                            out.yield(iterator());
                            close();
                            out.yield(this.equals(this) ? "self" : "other");
                        }
                        """, run("drain").on("make")),

                members("Generics", """
                        static final class Box<E> {
                            final List<E> items = new ArrayList<>();

                            @Generator
                            <R> void mapped(Function<? super E, ? extends R> f, Yield<R> out) {
                                for (E e : items) {
                                    R r = f.apply(e);
                                    out.yield(r);
                                }
                            }
                        }

                        static Box<String> box() {
                            Box<String> b = new Box<>();
                            b.items.addAll(List.of("a", "bb", "ccc"));
                            return b;
                        }

                        @Generator
                        static <T extends Comparable<? super T>> void sortedUnique(Collection<T> xs, Yield<T> out) {
                            T last = null;
                            for (T x : new TreeSet<>(xs)) {
                                if (last != null && last.compareTo(x) >= 0) {
                                    throw new IllegalStateException("not sorted");
                                }
                                out.yield(x);
                                last = x;
                            }
                        }

                        @Generator
                        static <A, B> void zip(List<A> as, List<B> bs, Yield<Map.Entry<A, B>> out) {
                            Iterator<B> bi = bs.iterator();
                            for (A a : as) {
                                if (!bi.hasNext()) return;
                                out.yield(Map.entry(a, bi.next()));
                            }
                        }
                        """, run("sortedUnique", List.of(5, 3, 9, 3, 1)), run("zip", List.of("a", "b", "c"), List.of(1, 2))),

                unit("GenericHolder", Case.HEADER + """
                        public class GenericHolder<E extends Comparable<E>> {
                            final List<E> items = new ArrayList<>();

                            static GenericHolder<String> make() {
                                GenericHolder<String> h = new GenericHolder<>();
                                h.items.addAll(List.of("pear", "apple", "fig"));
                                return h;
                            }

                            E max() {
                                return Collections.max(items);
                            }

                            @Generator
                            <R> void mapped(Function<? super E, ? extends R> f, Yield<R> out) {
                                for (E e : items) {
                                    R r = f.apply(e);
                                    out.yield(r);
                                }
                            }

                            @Generator
                            void atLeast(E bound, Yield<E> out) {
                                for (E e : items) {
                                    if (e.compareTo(bound) >= 0) out.yield(e);
                                }
                                out.yield(max());
                            }
                        }
                        """, run("mapped", (Function<String, Integer>) String::length).on("make"),
                        run("atLeast", "b").on("make")),

                members("Nested", """
                        static final class Inner {
                            @Generator
                            static void twice(String s, Yield<String> out) {
                                out.yield(s);
                                out.yield(s + s);
                            }
                        }

                        @Generator
                        static void outer(Yield<String> out) {
                            out.yieldAll(Nested_InnerGenerators.twice("x"));
                            out.yield("outer");
                        }
                        """, run("outer")),

                members("Recursion", """
                        @Generator
                        static void countdown(int n, Yield<Integer> out) {
                            if (n <= 0) return;
                            out.yield(n);
                            out.yieldAll(RecursionGenerators.countdown(n - 1));
                            Trace.log("back in " + n);
                        }

                        @Generator
                        static void perms(String prefix, String rest, Yield<String> out) {
                            if (rest.isEmpty()) {
                                out.yield(prefix);
                                return;
                            }
                            for (int i = 0; i < rest.length(); i++) {
                                out.yieldAll(RecursionGenerators.perms(prefix + rest.charAt(i),
                                        rest.substring(0, i) + rest.substring(i + 1)));
                            }
                        }
                        """, run("countdown", 4), run("perms", "", "abc")),

                members("Tree", """
                        final Tree left;
                        final int value;
                        final Tree right;

                        Tree(Tree left, int value, Tree right) {
                            this.left = left;
                            this.value = value;
                            this.right = right;
                        }

                        static Tree make() {
                            return new Tree(new Tree(null, 1, new Tree(null, 2, null)), 3,
                                    new Tree(new Tree(null, 4, null), 5, null));
                        }

                        @Generator
                        void inOrder(Yield<Integer> out) {
                            if (left != null) out.yieldAll(TreeGenerators.inOrder(left));
                            Trace.log("visit " + value);
                            out.yield(value);
                            if (right != null) out.yieldAll(TreeGenerators.inOrder(right));
                        }
                        """, run("inOrder").on("make")),

                members("Delegation", """
                        @Generator
                        static void count(int n, Yield<Integer> out) {
                            for (int i = 0; i < n; i++) {
                                Trace.log("count " + i);
                                out.yield(i);
                            }
                        }

                        @Generator
                        static void resumed(Yield<Integer> out) {
                            DelegationGenerators.Count c = DelegationGenerators.count(4);
                            Trace.log("first " + c.next());
                            out.yieldAll(c);
                            out.yieldAll(List.of(7, 8));
                            out.yieldAll(List.of(9, 10).iterator());
                            Iterable<Integer> again = DelegationGenerators.count(2);
                            out.yieldAll(again);
                            out.yieldAll(new ArrayList<Integer>());
                            out.yield(-1);
                        }
                        """, run("resumed")),

                members("CompoundAssignment", """
                        static int[] cells = new int[3];

                        static void reset() {
                            cells = new int[3];
                        }

                        @SuppressWarnings("lossy-conversions")
                        @Generator
                        static void compound(int n, Yield<String> out) {
                            int a = n;
                            a += 5;
                            out.yield("+= " + a);
                            a -= 2;
                            a *= 3;
                            out.yield("*= " + a);
                            a /= 2;
                            a %= 7;
                            out.yield("%= " + a);
                            a <<= 3;
                            a >>= 1;
                            a >>>= 1;
                            out.yield("shifts " + a);
                            a &= 0xF;
                            a |= 0x30;
                            a ^= 0x5;
                            out.yield("bits " + a);
                            long l = 1L << 40;
                            l += a;
                            out.yield("long " + l);
                            String s = "s";
                            s += a;
                            s += 'c';
                            out.yield(s);
                            byte b = 100;
                            b += 100;
                            out.yield("byte " + b);
                            double d = 1;
                            d /= 4;
                            out.yield("double " + d);
                            cells[Trace.val("index", 1)] += Trace.val("value", 5);
                            out.yield(Arrays.toString(cells));
                            cells[Trace.val("index", 2)] = cells[1] *= 2;
                            out.yield(Arrays.toString(cells));
                        }
                        """, run("compound", 4)),

                members("IncDec", """
                        int field;

                        static IncDec make() {
                            return new IncDec();
                        }

                        @Generator
                        void incdec(int n, Yield<Integer> out) {
                            int i = n;
                            out.yield(i++);
                            out.yield(i);
                            out.yield(++i);
                            out.yield(i--);
                            out.yield(--i);
                            int[] arr = {10, 20};
                            out.yield(arr[0]++);
                            out.yield(++arr[1]);
                            out.yield(arr[0] + arr[1]);
                            out.yield(field++);
                            out.yield(++this.field);
                            long big = Long.MAX_VALUE;
                            big++;
                            out.yield(big == Long.MIN_VALUE ? 1 : 0);
                            int j = 0;
                            j = j++ + ++j;
                            out.yield(j);
                        }
                        """, run("incdec", 5).on("make")),

                members("Ternaries", """
                        @Generator
                        static void ternary(int n, Yield<String> out) {
                            for (int i = 0; i < n; i++) {
                                String kind = i % 2 == 0 ? "even" : i % 3 == 0 ? "odd3" : "odd";
                                out.yield(kind);
                                int v = i > 2 ? Trace.val("big", i) : Trace.val("small", -i);
                                out.yield("v" + v);
                                Integer boxed = i == 1 ? null : i;
                                out.yield(String.valueOf(boxed));
                            }
                        }
                        """, run("ternary", 5)),

                members("StringConcat", """
                        @Generator
                        static void concat(int n, Yield<String> out) {
                            String s = "";
                            Object nothing = null;
                            for (int i = 0; i < n; i++) {
                                s = s + i + ',';
                                out.yield(s);
                            }
                            out.yield(1 + 2 + "x" + 1 + 2);
                            out.yield("null? " + nothing + null);
                            char c = 'z';
                            out.yield(c + 1 + "" + c + 1);
                            StringBuilder sb = new StringBuilder();
                            for (String w : List.of("a", "b")) {
                                sb.append(w);
                                out.yield(sb.toString());
                            }
                            out.yield(sb + "!" + 1.5 + true + 'q' + 3L);
                        }
                        """, run("concat", 3)),

                members("ArraysAcross", """
                        @Generator
                        static void arrays(int n, Yield<String> out) {
                            int[] a = new int[n];
                            for (int i = 0; i < n; i++) {
                                a[i] = i * i;
                                out.yield(Arrays.toString(a));
                            }
                            int[] copy = a.clone();
                            a[0] = -1;
                            out.yield(Arrays.toString(copy) + Arrays.toString(a));
                            String[][] grid = new String[2][2];
                            grid[1][0] = "x";
                            out.yield(Arrays.deepToString(grid));
                            Object[] objs = {1, "two", 3.0};
                            out.yield(objs.length + " " + objs[1]);
                            int[] varargs = IntStreamHolder.of(4, 5, 6);
                            out.yield("len " + varargs.length);
                        }

                        static final class IntStreamHolder {
                            static int[] of(int... xs) {
                                return xs;
                            }
                        }
                        """, run("arrays", 3)),

                members("ParamsReassigned", """
                        @Generator
                        static void params(int n, String s, Yield<String> out) {
                            out.yield(s + n);
                            n = n * 2;
                            s = s.toUpperCase();
                            out.yield(s + n);
                            for (; n > 0; n -= 3) {
                                out.yield("n" + n);
                            }
                        }
                        """, run("params", 4, "ab")),

                members("ExpressionOrder", """
                        static String pair(String a, String b) {
                            return a + b;
                        }

                        @Generator
                        static void order(int n, Yield<String> out) {
                            for (int i = 0; i < n; i++) {
                                out.yield(pair("a" + Trace.val("first", i), "b" + Trace.val("second", i * 2)));
                                int x = Trace.val("x", i) * Trace.val("y", 3) - Trace.val("z", 1);
                                out.yield("x=" + x);
                                boolean shortCircuit = i > 0 && Trace.val("rhs", i) > 1;
                                out.yield("sc " + shortCircuit);
                            }
                        }
                        """, run("order", 3)),

                unit("StaticImports", """
                        package corpus;

                        import static dev.yieldj.tests.harness.Trace.log;
                        import static java.lang.Math.max;

                        import dev.yieldj.Generator;
                        import dev.yieldj.Yield;

                        public class StaticImports {
                            @Generator
                            static void withStatics(int n, Yield<Integer> out) {
                                for (int i = 0; i < n; i++) {
                                    log("i=" + i);
                                    out.yield(max(i, 2));
                                }
                            }
                        }
                        """, run("withStatics", 4)),

                members("Exceptions", """
                        static final class Custom extends Exception {
                            private static final long serialVersionUID = 1L;

                            Custom(String message) {
                                super(message);
                            }
                        }

                        @Generator
                        static void unchecked(int n, Yield<Integer> out) {
                            for (int i = 0; i < 5; i++) {
                                out.yield(i);
                                if (i == n) throw new IllegalStateException("boom at " + i);
                            }
                        }

                        @Generator
                        static void io(int n, Yield<String> out) throws IOException {
                            out.yield("a");
                            if (n > 0) throw new IOException("disk " + n);
                            out.yield("b");
                        }

                        @Generator
                        static void checked(int n, Yield<String> out) throws Custom {
                            out.yield("a");
                            if (n > 0) throw new Custom("custom " + n);
                            out.yield("b");
                        }

                        @Generator
                        static void arith(int d, Yield<Integer> out) {
                            out.yield(10 / d);
                            out.yield(20 / (d - 1));
                        }

                        @Generator
                        static void error(Yield<String> out) {
                            out.yield("x");
                            throw new AssertionError("err");
                        }
                        """, run("unchecked", 2), run("unchecked", 9), run("io", 1), run("io", 0),
                        run("checked", 1), run("arith", 1), run("arith", 0), run("arith", 2), run("error")),

                members("IntSink", """
                        @Generator
                        static void ints(int n, IntYield out) {
                            for (int i = 0; i < n; i++) {
                                out.yield(i * i);
                            }
                            out.yieldAll(7, 8);
                        }
                        """, run("ints", 4)),

                members("SiblingScopes", """
                        @Generator
                        static void siblings(int n, Yield<String> out) {
                            out.yield("x");
                            {
                                int c = n % 3;
                                Trace.log("c" + c);
                            }
                            try {
                                Trace.log("t");
                            } catch (RuntimeException e) {
                                int c = n * 4;
                                Trace.log("c" + c);
                            }
                            for (int i = 0; i < 2; i++) {
                                String c = "s" + i;
                                Trace.log(c);
                            }
                            {
                                long c = 5L * n;
                                Trace.log("long c" + c);
                            }
                            out.yield("y");
                            boolean c = n > 1;
                            out.yield("c=" + c);
                        }
                        """, run("siblings", 2)),

                members("NoYield", """
                        @Generator
                        static void empty(int n, Yield<String> out) {
                        }

                        @Generator
                        static void logOnly(int n, Yield<String> out) {
                            Trace.log("ran " + n);
                        }

                        @Generator
                        static void maybe(int n, Yield<String> out) {
                            if (n > 0) {
                                out.yield("n=" + n);
                            }
                        }
                        """, run("empty", 1), run("logOnly", 2), run("maybe", 0), run("maybe", 1)),

                members("ArgsFromCalls", """
                        static List<Integer> fresh() {
                            return new ArrayList<>(List.of(3, 1, 2));
                        }

                        @Generator
                        static void mutating(List<Integer> xs, Yield<String> out) {
                            Collections.sort(xs);
                            for (Integer x : xs) {
                                out.yield("x" + x);
                            }
                            xs.add(99);
                            out.yield(xs.toString());
                        }
                        """, run("mutating", call("fresh"))));
    }
}
