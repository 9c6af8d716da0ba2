package dev.yieldj.benchmarks;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** Experiment: W4's stages hand-written with one element of look-ahead each, as a generator must. */
final class LookAheadPipeline {
    private LookAheadPipeline() {}

    static final class Naturals implements Iterator<Integer> {
        private int n;
        private boolean has;
        private int pending;

        @Override
        public boolean hasNext() {
            if (!has) {
                pending = n++;
                has = true;
            }
            return true;
        }

        @Override
        public Integer next() {
            if (!hasNext()) throw new NoSuchElementException();
            has = false;
            return pending;
        }
    }

    static final class MultiplesOf3 implements Iterator<Integer> {
        private final Iterator<Integer> source;
        private Integer pending;

        MultiplesOf3(Iterator<Integer> source) {
            this.source = source;
        }

        @Override
        public boolean hasNext() {
            while (pending == null && source.hasNext()) {
                Integer v = source.next();
                if (v % 3 == 0) pending = v;
            }
            return pending != null;
        }

        @Override
        public Integer next() {
            if (!hasNext()) throw new NoSuchElementException();
            Integer v = pending;
            pending = null;
            return v;
        }
    }

    static final class TwicePlusOne implements Iterator<Integer> {
        private final Iterator<Integer> source;
        private boolean has;
        private int pending;

        TwicePlusOne(Iterator<Integer> source) {
            this.source = source;
        }

        @Override
        public boolean hasNext() {
            if (!has && source.hasNext()) {
                pending = 2 * source.next() + 1;
                has = true;
            }
            return has;
        }

        @Override
        public Integer next() {
            if (!hasNext()) throw new NoSuchElementException();
            has = false;
            return pending;
        }
    }

    static final class Take implements Iterator<Integer> {
        private final Iterator<Integer> source;
        private int left;
        private Integer pending;

        Take(Iterator<Integer> source, int k) {
            this.source = source;
            this.left = k;
        }

        @Override
        public boolean hasNext() {
            if (pending == null && left > 0 && source.hasNext()) {
                left--;
                pending = source.next();
            }
            return pending != null;
        }

        @Override
        public Integer next() {
            if (!hasNext()) throw new NoSuchElementException();
            Integer v = pending;
            pending = null;
            return v;
        }
    }
}
