package dev.yieldj.examples.itertools;

import static dev.yieldj.examples.itertools.Fixture.chars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each itertools template against what CPython's itertools yields for the same inputs
 * ({@code src/test/resources/itertools/*.txt}, recorded by {@code src/test/python/itertools/make_fixtures.py}).
 * Every case runs twice: through the generated lazy generator, and through the template itself
 * called with a lambda sink. Infinite iterators are cut to the same prefix the Python script takes
 * with {@code islice}.
 */
class ItertoolsTest {

    private static int pow(int base, int exponent) {
        int result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= base;
        }
        return result;
    }

    @Test
    void count() {
        Fixture f = Fixture.load("count");
        f.check("count_10_1_first8", 8, ItertoolsGenerators.count(10, 1), out -> Itertools.count(10, 1, out));
        f.check("count_5_minus2_first6", 6, ItertoolsGenerators.count(5, -2), out -> Itertools.count(5, -2, out));
        f.check("count_0_3_first10", 10, ItertoolsGenerators.count(0, 3), out -> Itertools.count(0, 3, out));
        f.assertAllChecked();
    }

    @Test
    void countAsStream() {
        assertEquals(
                List.of(10L, 11L, 12L),
                ItertoolsGenerators.count(10, 1).stream().limit(3).collect(Collectors.toList()));
    }

    @Test
    void cycle() {
        Fixture f = Fixture.load("cycle");
        f.check("cycle_ABCD_first10", 10, ItertoolsGenerators.cycle(chars("ABCD")),
                out -> Itertools.cycle(chars("ABCD"), out));
        f.check("cycle_one_first3", 3, ItertoolsGenerators.cycle(chars("Z")), out -> Itertools.cycle(chars("Z"), out));
        f.check("cycle_empty", ItertoolsGenerators.cycle(chars("")), out -> Itertools.cycle(chars(""), out));
        f.assertAllChecked();
    }

    @Test
    void cycleReadsItsInputOnce() {
        List<String> pulls = new ArrayList<>();
        Iterable<String> source = () -> new Iterator<>() {
            private final Iterator<String> letters = chars("AB").iterator();

            @Override
            public boolean hasNext() {
                return letters.hasNext();
            }

            @Override
            public String next() {
                String letter = letters.next();
                pulls.add(letter);
                return letter;
            }
        };
        Iterator<String> cycle = ItertoolsGenerators.cycle(source);
        assertEquals(List.of(), pulls, "lazy: nothing pulled before the first next()");
        assertEquals(List.of("A", "B", "A", "B", "A"), Fixture.take(cycle, 5));
        assertEquals(List.of("A", "B"), pulls);
    }

    @Test
    void repeat() {
        Fixture f = Fixture.load("repeat");
        f.check("repeat_10_first4", 4, ItertoolsGenerators.repeat(10), out -> Itertools.repeat(10, out));
        f.check("repeat_10_times3", ItertoolsGenerators.repeat(10, 3), out -> Itertools.repeat(10, 3, out));
        f.check("repeat_x_times0", ItertoolsGenerators.repeat("x", 0), out -> Itertools.repeat("x", 0, out));
        f.assertAllChecked();
    }

    @Test
    void accumulate() {
        Fixture f = Fixture.load("accumulate");
        List<Integer> oneToFive = List.of(1, 2, 3, 4, 5);
        f.check("accumulate_add", ItertoolsGenerators.accumulate(oneToFive, Integer::sum),
                out -> Itertools.accumulate(oneToFive, Integer::sum, out));
        f.check("accumulate_mul", ItertoolsGenerators.accumulate(oneToFive, (a, b) -> a * b),
                out -> Itertools.accumulate(oneToFive, (a, b) -> a * b, out));
        List<Integer> data = List.of(3, 4, 6, 2, 1, 9, 0, 7, 5, 8);
        f.check("accumulate_max", ItertoolsGenerators.accumulate(data, Math::max),
                out -> Itertools.accumulate(data, Math::max, out));
        f.check("accumulate_concat", ItertoolsGenerators.accumulate(chars("abc"), String::concat),
                out -> Itertools.accumulate(chars("abc"), String::concat, out));
        f.check("accumulate_empty", ItertoolsGenerators.accumulate(List.<Integer>of(), Integer::sum),
                out -> Itertools.accumulate(List.<Integer>of(), Integer::sum, out));
        f.check("accumulate_initial", ItertoolsGenerators.accumulate(List.of(1, 2, 3), Integer::sum, 100),
                out -> Itertools.accumulate(List.of(1, 2, 3), Integer::sum, 100, out));
        f.check("accumulate_initial_empty", ItertoolsGenerators.accumulate(List.<Integer>of(), Integer::sum, 100),
                out -> Itertools.accumulate(List.<Integer>of(), Integer::sum, 100, out));
        f.assertAllChecked();
    }

    @Test
    void chain() {
        Fixture f = Fixture.load("chain");
        List<List<String>> abcDef = List.of(chars("ABC"), chars("DEF"));
        f.check("chain_ABC_DEF", ItertoolsGenerators.chain(abcDef), out -> Itertools.chain(abcDef, out));
        List<List<String>> empties = List.of(chars(""), chars("AB"), chars(""), chars("C"), chars(""));
        f.check("chain_with_empties", ItertoolsGenerators.chain(empties), out -> Itertools.chain(empties, out));
        f.check("chain_nothing", ItertoolsGenerators.chain(List.<List<String>>of()),
                out -> Itertools.chain(List.<List<String>>of(), out));
        f.assertAllChecked();
    }

    @Test
    void chainOfGenerators() {
        // Generated generators are Iterables: chain a finite prefix of count with repeat.
        List<Iterable<Long>> parts = List.of(ItertoolsGenerators.islice(ItertoolsGenerators.count(1, 1), 3),
                ItertoolsGenerators.repeat(0L, 2));
        assertEquals(List.of(1L, 2L, 3L, 0L, 0L), Fixture.take(ItertoolsGenerators.chain(parts), Fixture.ALL));
    }

    @Test
    void compress() {
        Fixture f = Fixture.load("compress");
        List<Boolean> selectors = List.of(true, false, true, false, true, true);
        f.check("compress_ABCDEF", ItertoolsGenerators.compress(chars("ABCDEF"), selectors),
                out -> Itertools.compress(chars("ABCDEF"), selectors, out));
        f.check("compress_short_selectors", ItertoolsGenerators.compress(chars("ABCDEF"), List.of(true, true)),
                out -> Itertools.compress(chars("ABCDEF"), List.of(true, true), out));
        List<Boolean> longer = List.of(false, true, true, true);
        f.check("compress_short_data", ItertoolsGenerators.compress(chars("AB"), longer),
                out -> Itertools.compress(chars("AB"), longer, out));
        f.assertAllChecked();
    }

    @Test
    void dropwhile() {
        Fixture f = Fixture.load("dropwhile");
        List<Integer> data = List.of(1, 4, 6, 3, 8);
        f.check("dropwhile_lt5", ItertoolsGenerators.dropwhile((Integer x) -> x < 5, data),
                out -> Itertools.dropwhile((Integer x) -> x < 5, data, out));
        f.check("dropwhile_all", ItertoolsGenerators.dropwhile((Integer x) -> x < 10, List.of(1, 2, 3)),
                out -> Itertools.dropwhile((Integer x) -> x < 10, List.of(1, 2, 3), out));
        f.check("dropwhile_none", ItertoolsGenerators.dropwhile((Integer x) -> x > 10, List.of(1, 2, 3)),
                out -> Itertools.dropwhile((Integer x) -> x > 10, List.of(1, 2, 3), out));
        f.check("dropwhile_empty", ItertoolsGenerators.dropwhile((Integer x) -> x < 5, List.<Integer>of()),
                out -> Itertools.dropwhile((Integer x) -> x < 5, List.<Integer>of(), out));
        f.assertAllChecked();
    }

    @Test
    void takewhile() {
        Fixture f = Fixture.load("takewhile");
        List<Integer> data = List.of(1, 4, 6, 3, 8);
        f.check("takewhile_lt5", ItertoolsGenerators.takewhile((Integer x) -> x < 5, data),
                out -> Itertools.takewhile((Integer x) -> x < 5, data, out));
        f.check("takewhile_all", ItertoolsGenerators.takewhile((Integer x) -> x < 10, List.of(1, 2, 3)),
                out -> Itertools.takewhile((Integer x) -> x < 10, List.of(1, 2, 3), out));
        f.check("takewhile_none", ItertoolsGenerators.takewhile((Integer x) -> x > 10, List.of(1, 2, 3)),
                out -> Itertools.takewhile((Integer x) -> x > 10, List.of(1, 2, 3), out));
        // An infinite input: takewhile must stop pulling at the first failing value.
        f.check("takewhile_count_lt20", ItertoolsGenerators.takewhile((Long x) -> x < 20, ItertoolsGenerators.count(1, 3)),
                out -> Itertools.takewhile((Long x) -> x < 20, ItertoolsGenerators.count(1, 3), out));
        f.assertAllChecked();
    }

    @Test
    void filterfalse() {
        Fixture f = Fixture.load("filterfalse");
        List<Integer> range10 = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        f.check("filterfalse_odd", ItertoolsGenerators.filterfalse((Integer x) -> x % 2 != 0, range10),
                out -> Itertools.filterfalse((Integer x) -> x % 2 != 0, range10, out));
        List<String> words = List.of("a", "tree", "is", "not", "an", "apple");
        f.check("filterfalse_short_words", ItertoolsGenerators.filterfalse((String w) -> w.length() < 3, words),
                out -> Itertools.filterfalse((String w) -> w.length() < 3, words, out));
        f.assertAllChecked();
    }

    @Test
    void groupby() {
        Fixture f = Fixture.load("groupby");
        List<String> letters = chars("AAAABBBCCDAABBB");
        f.check("groupby_letters", ItertoolsGenerators.groupby(letters, Function.<String>identity()),
                out -> Itertools.groupby(letters, Function.<String>identity(), out));
        List<String> words = List.of("a", "bb", "cc", "d", "e", "fff");
        f.check("groupby_len", ItertoolsGenerators.groupby(words, String::length),
                out -> Itertools.groupby(words, String::length, out));
        List<Integer> numbers = List.of(1, 3, 5, 2, 4, 7, 8);
        f.check("groupby_parity", ItertoolsGenerators.groupby(numbers, (Integer x) -> x % 2),
                out -> Itertools.groupby(numbers, (Integer x) -> x % 2, out));
        f.check("groupby_empty", ItertoolsGenerators.groupby(List.<String>of(), Function.<String>identity()),
                out -> Itertools.groupby(List.<String>of(), Function.<String>identity(), out));
        f.assertAllChecked();
    }

    @Test
    void islice() {
        Fixture f = Fixture.load("islice");
        List<String> letters = chars("ABCDEFG");
        f.check("islice_stop2", ItertoolsGenerators.islice(letters, 2), out -> Itertools.islice(letters, 2, out));
        f.check("islice_2_4", ItertoolsGenerators.islice(letters, 2, 4, 1), out -> Itertools.islice(letters, 2, 4, 1, out));
        f.check("islice_2_None", ItertoolsGenerators.islice(letters, 2, null, 1),
                out -> Itertools.islice(letters, 2, null, 1, out));
        f.check("islice_0_None_2", ItertoolsGenerators.islice(letters, 0, null, 2),
                out -> Itertools.islice(letters, 0, null, 2, out));
        f.check("islice_1_6_2", ItertoolsGenerators.islice(letters, 1, 6, 2), out -> Itertools.islice(letters, 1, 6, 2, out));
        f.check("islice_stop_past_end", ItertoolsGenerators.islice(chars("ABC"), 10),
                out -> Itertools.islice(chars("ABC"), 10, out));
        f.check("islice_start_past_end", ItertoolsGenerators.islice(chars("ABC"), 5, 8, 1),
                out -> Itertools.islice(chars("ABC"), 5, 8, 1, out));
        f.check("islice_count_3_12_3", ItertoolsGenerators.islice(ItertoolsGenerators.count(0, 1), 3, 12, 3),
                out -> Itertools.islice(ItertoolsGenerators.count(0, 1), 3, 12, 3, out));
        f.checkValueError("islice_negative_stop", () -> ItertoolsGenerators.islice(chars("ABC"), -1),
                out -> Itertools.islice(chars("ABC"), -1, out));
        f.checkValueError("islice_zero_step", () -> ItertoolsGenerators.islice(chars("ABC"), 0, 2, 0),
                out -> Itertools.islice(chars("ABC"), 0, 2, 0, out));
        f.assertAllChecked();
    }

    @Test
    void isliceLeavesTheRestOfAnIterator() {
        // Like CPython's islice, it pulls no value past the last one it yields.
        Iterator<Long> numbers = ItertoolsGenerators.count(0, 1);
        Iterable<Long> once = () -> numbers;
        assertEquals(List.of(0L, 1L, 2L), Fixture.take(ItertoolsGenerators.islice(once, 3), Fixture.ALL));
        assertEquals(3L, numbers.next());
    }

    @Test
    void pairwise() {
        Fixture f = Fixture.load("pairwise");
        f.check("pairwise_ABCDEFG", ItertoolsGenerators.pairwise(chars("ABCDEFG")),
                out -> Itertools.pairwise(chars("ABCDEFG"), out));
        f.check("pairwise_one", ItertoolsGenerators.pairwise(chars("A")), out -> Itertools.pairwise(chars("A"), out));
        f.check("pairwise_empty", ItertoolsGenerators.pairwise(chars("")), out -> Itertools.pairwise(chars(""), out));
        f.assertAllChecked();
    }

    @Test
    void map() {
        Fixture f = Fixture.load("map");
        f.check("map_pow", ItertoolsGenerators.map(ItertoolsTest::pow, List.of(2, 3, 10), List.of(5, 2, 3)),
                out -> Itertools.map(ItertoolsTest::pow, List.of(2, 3, 10), List.of(5, 2, 3), out));
        f.check("map_add_uneven", ItertoolsGenerators.map(Integer::sum, List.of(1, 2, 3, 4), List.of(10, 20)),
                out -> Itertools.map(Integer::sum, List.of(1, 2, 3, 4), List.of(10, 20), out));
        f.check("map_empty", ItertoolsGenerators.map(Integer::sum, List.<Integer>of(), List.of(1, 2)),
                out -> Itertools.map(Integer::sum, List.<Integer>of(), List.of(1, 2), out));
        f.assertAllChecked();
    }

    @Test
    void starmap() {
        Fixture f = Fixture.load("starmap");
        List<List<Integer>> args = List.of(List.of(2, 5), List.of(3, 2), List.of(10, 3));
        Function<List<Integer>, Integer> starPow = a -> pow(a.get(0), a.get(1));
        f.check("starmap_pow", ItertoolsGenerators.starmap(starPow, args), out -> Itertools.starmap(starPow, args, out));
        f.check("starmap_empty", ItertoolsGenerators.starmap(starPow, List.<List<Integer>>of()),
                out -> Itertools.starmap(starPow, List.<List<Integer>>of(), out));
        f.assertAllChecked();
    }

    @Test
    void zipLongest() {
        Fixture f = Fixture.load("zip_longest");
        List<List<String>> abcdXy = List.of(chars("ABCD"), chars("xy"));
        f.check("zip_longest_ABCD_xy", ItertoolsGenerators.zipLongest(abcdXy, "-"),
                out -> Itertools.zipLongest(abcdXy, "-", out));
        List<List<Integer>> numbers = List.of(List.of(1, 2, 3), List.of(4), List.of(5, 6));
        f.check("zip_longest_none_fill", ItertoolsGenerators.zipLongest(numbers, null),
                out -> Itertools.zipLongest(numbers, null, out));
        List<List<String>> equal = List.of(chars("AB"), chars("xy"));
        f.check("zip_longest_equal", ItertoolsGenerators.zipLongest(equal, "-"), out -> Itertools.zipLongest(equal, "-", out));
        List<List<String>> one = List.of(chars("ABC"));
        f.check("zip_longest_one", ItertoolsGenerators.zipLongest(one, "-"), out -> Itertools.zipLongest(one, "-", out));
        f.check("zip_longest_nothing", ItertoolsGenerators.zipLongest(List.<List<String>>of(), "-"),
                out -> Itertools.zipLongest(List.<List<String>>of(), "-", out));
        f.assertAllChecked();
    }

    @Test
    void tee() {
        Fixture f = Fixture.load("tee");

        // tee_interleaved: the branches share one buffer; the source is pulled once per value, lazily.
        List<String> log = new ArrayList<>();
        Iterable<String> source = () -> new Iterator<>() {
            private final Iterator<String> letters = chars("ABC").iterator();

            @Override
            public boolean hasNext() {
                return letters.hasNext();
            }

            @Override
            public String next() {
                String letter = letters.next();
                log.add("pull " + letter);
                return letter;
            }
        };
        List<ItertoolsGenerators.TeeBranch<String>> ab = Itertools.tee(source, 2);
        var a = ab.get(0);
        var b = ab.get(1);
        log.add("a " + a.next());
        log.add("a " + a.next());
        log.add("b " + b.next());
        log.add("a " + a.next());
        log.add("b " + b.next());
        log.add("b " + b.next());
        log.add(a.hasNext() ? "a more" : "a done");
        log.add(b.hasNext() ? "b more" : "b done");
        f.checkValue("tee_interleaved", log);
        assertThrows(NoSuchElementException.class, a::next);

        List<Integer> range5 = List.of(0, 1, 2, 3, 4);
        List<ItertoolsGenerators.TeeBranch<Integer>> abc = Itertools.tee(range5, 3);
        List<List<Integer>> drained = List.of(Fixture.take(abc.get(2), Fixture.ALL),
                Fixture.take(abc.get(0), Fixture.ALL), Fixture.take(abc.get(1), Fixture.ALL));
        f.checkValue("tee_three", drained);

        // The same, in push mode: each branch's template run directly over the shared deques.
        Iterator<Integer> shared = range5.iterator();
        List<Deque<Integer>> deques = List.of(new ArrayDeque<>(), new ArrayDeque<>(), new ArrayDeque<>());
        List<List<Integer>> pushed = new ArrayList<>();
        for (int branch : new int[] {2, 0, 1}) {
            pushed.add(Fixture.push(Fixture.ALL, out -> Itertools.teeBranch(shared, deques, deques.get(branch), out)));
        }
        f.checkValue("tee_three", pushed);

        f.checkValue("tee_zero", Itertools.tee(chars("ABC"), 0));
        assertEquals("{\"error\": \"ValueError\"}", f.expected("tee_negative"));
        assertThrows(IllegalArgumentException.class, () -> Itertools.tee(chars("ABC"), -1));
        f.assertAllChecked();
    }

    @Test
    void batched() {
        Fixture f = Fixture.load("batched");
        f.check("batched_ABCDEFG_3", ItertoolsGenerators.batched(chars("ABCDEFG"), 3),
                out -> Itertools.batched(chars("ABCDEFG"), 3, out));
        f.check("batched_exact", ItertoolsGenerators.batched(chars("ABCDEF"), 2),
                out -> Itertools.batched(chars("ABCDEF"), 2, out));
        f.check("batched_bigger_than_input", ItertoolsGenerators.batched(chars("AB"), 5),
                out -> Itertools.batched(chars("AB"), 5, out));
        f.check("batched_empty", ItertoolsGenerators.batched(chars(""), 3), out -> Itertools.batched(chars(""), 3, out));
        f.checkValueError("batched_zero", () -> ItertoolsGenerators.batched(chars("ABC"), 0),
                out -> Itertools.batched(chars("ABC"), 0, out));
        f.assertAllChecked();
    }

    @Test
    void product() {
        Fixture f = Fixture.load("product");
        List<List<String>> abcdXy = List.of(chars("ABCD"), chars("xy"));
        f.check("product_ABCD_xy", ItertoolsGenerators.product(abcdXy, 1), out -> Itertools.product(abcdXy, 1, out));
        List<List<Integer>> range2 = List.of(List.of(0, 1));
        f.check("product_range2_repeat3", ItertoolsGenerators.product(range2, 3), out -> Itertools.product(range2, 3, out));
        List<List<String>> abCd = List.of(chars("AB"), chars("cd"));
        f.check("product_AB_cd_repeat2", ItertoolsGenerators.product(abCd, 2), out -> Itertools.product(abCd, 2, out));
        List<List<String>> emptyPool = List.of(chars("AB"), chars(""));
        f.check("product_empty_pool", ItertoolsGenerators.product(emptyPool, 1),
                out -> Itertools.product(emptyPool, 1, out));
        f.check("product_nothing", ItertoolsGenerators.product(List.<List<String>>of(), 1),
                out -> Itertools.product(List.<List<String>>of(), 1, out));
        List<List<String>> ab = List.of(chars("AB"));
        f.check("product_repeat0", ItertoolsGenerators.product(ab, 0), out -> Itertools.product(ab, 0, out));
        f.checkValueError("product_negative_repeat", () -> ItertoolsGenerators.product(ab, -1),
                out -> Itertools.product(ab, -1, out));
        f.assertAllChecked();
    }

    @Test
    void permutations() {
        Fixture f = Fixture.load("permutations");
        f.check("permutations_ABCD_2", ItertoolsGenerators.permutations(chars("ABCD"), 2),
                out -> Itertools.permutations(chars("ABCD"), 2, out));
        f.check("permutations_range3", ItertoolsGenerators.permutations(List.of(0, 1, 2), 3),
                out -> Itertools.permutations(List.of(0, 1, 2), 3, out));
        f.check("permutations_ABCDE_3", ItertoolsGenerators.permutations(chars("ABCDE"), 3),
                out -> Itertools.permutations(chars("ABCDE"), 3, out));
        f.check("permutations_r0", ItertoolsGenerators.permutations(chars("AB"), 0),
                out -> Itertools.permutations(chars("AB"), 0, out));
        f.check("permutations_r_gt_n", ItertoolsGenerators.permutations(chars("AB"), 3),
                out -> Itertools.permutations(chars("AB"), 3, out));
        f.check("permutations_empty", ItertoolsGenerators.permutations(chars(""), 0),
                out -> Itertools.permutations(chars(""), 0, out));
        f.assertAllChecked();
    }

    @Test
    void combinations() {
        Fixture f = Fixture.load("combinations");
        f.check("combinations_ABCD_2", ItertoolsGenerators.combinations(chars("ABCD"), 2),
                out -> Itertools.combinations(chars("ABCD"), 2, out));
        f.check("combinations_range4_3", ItertoolsGenerators.combinations(List.of(0, 1, 2, 3), 3),
                out -> Itertools.combinations(List.of(0, 1, 2, 3), 3, out));
        f.check("combinations_ABCDEF_4", ItertoolsGenerators.combinations(chars("ABCDEF"), 4),
                out -> Itertools.combinations(chars("ABCDEF"), 4, out));
        f.check("combinations_r0", ItertoolsGenerators.combinations(chars("AB"), 0),
                out -> Itertools.combinations(chars("AB"), 0, out));
        f.check("combinations_r_gt_n", ItertoolsGenerators.combinations(chars("AB"), 3),
                out -> Itertools.combinations(chars("AB"), 3, out));
        f.assertAllChecked();
    }

    @Test
    void combinationsWithReplacement() {
        Fixture f = Fixture.load("combinations_with_replacement");
        f.check("cwr_ABC_2", ItertoolsGenerators.combinationsWithReplacement(chars("ABC"), 2),
                out -> Itertools.combinationsWithReplacement(chars("ABC"), 2, out));
        f.check("cwr_range3_3", ItertoolsGenerators.combinationsWithReplacement(List.of(0, 1, 2), 3),
                out -> Itertools.combinationsWithReplacement(List.of(0, 1, 2), 3, out));
        f.check("cwr_AB_4", ItertoolsGenerators.combinationsWithReplacement(chars("AB"), 4),
                out -> Itertools.combinationsWithReplacement(chars("AB"), 4, out));
        f.check("cwr_empty_r0", ItertoolsGenerators.combinationsWithReplacement(chars(""), 0),
                out -> Itertools.combinationsWithReplacement(chars(""), 0, out));
        f.check("cwr_empty_r2", ItertoolsGenerators.combinationsWithReplacement(chars(""), 2),
                out -> Itertools.combinationsWithReplacement(chars(""), 2, out));
        f.assertAllChecked();
    }

    @Test
    void generatorsAreReiterableIterables() {
        // iterator() on a started generator gives a fresh run over the same arguments.
        var perms = ItertoolsGenerators.permutations(chars("ABC"), 2);
        assertEquals(List.of("A", "B"), perms.next());
        List<List<String>> all = new ArrayList<>();
        for (List<String> p : perms) {
            all.add(p);
        }
        assertEquals(6, all.size());
        assertTrue(perms.hasNext(), "the first run is where it was");
        assertEquals(List.of("A", "C"), perms.next());
        perms.close();
        assertFalse(perms.hasNext(), "closed");
    }
}
