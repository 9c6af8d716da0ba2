package com.acme;

import java.util.NoSuchElementException;
import javax.annotation.processing.Generated;

/** The state machines behind {@link ReportGenerators}: the bodies of the templates of {@link Report}. */
@Generated("dev.yieldj.processor.GeneratorProcessor")
@SuppressWarnings({"deprecation", "removal"})
final class ReportGeneratorsBodies {
    static final class Lines extends ReportGenerators.Lines {
        private static final int CONTINUE = 1 << 30;
        private final int n;

        Lines(int n) {
            this.n = n;
        }

        @Override
        public boolean hasNext() {
            if (state < 0) return state != FINISHED;
            try {
                state = advance(state);
            } catch (Throwable failure) {
                throw failed(failure);
            }
            return state != FINISHED;
        }

        @Override
        public String next() {
            if (state >= RUNNING && !hasNext()) throw new NoSuchElementException();
            state -= READY;
            String value = current;
            current = null;
            return value;
        }

        @Override
        public synchronized ReportGenerators.Lines iterator() {
            if (handedOut || state != 0) return new Lines(n);
            handedOut = true;
            return this;
        }

        /**
         * Runs the body from {@code state} to its next suspension; returns the state then: {@code READY} plus
         * where it resumes when it yields, or {@code FINISHED} when it ends.
         */
        private int advance(int state) throws Throwable {
            while (true) {
                int outcome;
                if (state >= 103) {
                    outcome = advance1(state);
                } else {
                    outcome = advance0(state);
                }
                if (outcome < CONTINUE) return outcome;
                state = outcome - CONTINUE;
            }
        }

        private int advance0(int state) throws Throwable {
            while (true) {
                switch (state) {
                    case 0:
                        current = "line 1 of the report: " + n + " items";
                        return READY + 1;
                    case 1: // resumes after Report.java:10
                        current = "line 2 of the report: " + n + " items";
                        return READY + 2;
                    case 2: // resumes after Report.java:11
                        current = "line 3 of the report: " + n + " items";
                        return READY + 3;
                    case 3: // resumes after Report.java:12
                        current = "line 4 of the report: " + n + " items";
                        return READY + 4;
                    case 4: // resumes after Report.java:13
                        current = "line 5 of the report: " + n + " items";
                        return READY + 5;
                    case 5: // resumes after Report.java:14
                        current = "line 6 of the report: " + n + " items";
                        return READY + 6;
                    case 6: // resumes after Report.java:15
                        current = "line 7 of the report: " + n + " items";
                        return READY + 7;
                    case 7: // resumes after Report.java:16
                        current = "line 8 of the report: " + n + " items";
                        return READY + 8;
                    case 8: // resumes after Report.java:17
                        current = "line 9 of the report: " + n + " items";
                        return READY + 9;
                    case 9: // resumes after Report.java:18
                        current = "line 10 of the report: " + n + " items";
                        return READY + 10;
                    case 10: // resumes after Report.java:19
                        current = "line 11 of the report: " + n + " items";
                        return READY + 11;
                    case 11: // resumes after Report.java:20
                        current = "line 12 of the report: " + n + " items";
                        return READY + 12;
                    case 12: // resumes after Report.java:21
                        current = "line 13 of the report: " + n + " items";
                        return READY + 13;
                    case 13: // resumes after Report.java:22
                        current = "line 14 of the report: " + n + " items";
                        return READY + 14;
                    case 14: // resumes after Report.java:23
                        current = "line 15 of the report: " + n + " items";
                        return READY + 15;
                    case 15: // resumes after Report.java:24
                        current = "line 16 of the report: " + n + " items";
                        return READY + 16;
                    case 16: // resumes after Report.java:25
                        current = "line 17 of the report: " + n + " items";
                        return READY + 17;
                    case 17: // resumes after Report.java:26
                        current = "line 18 of the report: " + n + " items";
                        return READY + 18;
                    case 18: // resumes after Report.java:27
                        current = "line 19 of the report: " + n + " items";
                        return READY + 19;
                    case 19: // resumes after Report.java:28
                        current = "line 20 of the report: " + n + " items";
                        return READY + 20;
                    case 20: // resumes after Report.java:29
                        current = "line 21 of the report: " + n + " items";
                        return READY + 21;
                    case 21: // resumes after Report.java:30
                        current = "line 22 of the report: " + n + " items";
                        return READY + 22;
                    case 22: // resumes after Report.java:31
                        current = "line 23 of the report: " + n + " items";
                        return READY + 23;
                    case 23: // resumes after Report.java:32
                        current = "line 24 of the report: " + n + " items";
                        return READY + 24;
                    case 24: // resumes after Report.java:33
                        current = "line 25 of the report: " + n + " items";
                        return READY + 25;
                    case 25: // resumes after Report.java:34
                        current = "line 26 of the report: " + n + " items";
                        return READY + 26;
                    case 26: // resumes after Report.java:35
                        current = "line 27 of the report: " + n + " items";
                        return READY + 27;
                    case 27: // resumes after Report.java:36
                        current = "line 28 of the report: " + n + " items";
                        return READY + 28;
                    case 28: // resumes after Report.java:37
                        current = "line 29 of the report: " + n + " items";
                        return READY + 29;
                    case 29: // resumes after Report.java:38
                        current = "line 30 of the report: " + n + " items";
                        return READY + 30;
                    case 30: // resumes after Report.java:39
                        current = "line 31 of the report: " + n + " items";
                        return READY + 31;
                    case 31: // resumes after Report.java:40
                        current = "line 32 of the report: " + n + " items";
                        return READY + 32;
                    case 32: // resumes after Report.java:41
                        current = "line 33 of the report: " + n + " items";
                        return READY + 33;
                    case 33: // resumes after Report.java:42
                        current = "line 34 of the report: " + n + " items";
                        return READY + 34;
                    case 34: // resumes after Report.java:43
                        current = "line 35 of the report: " + n + " items";
                        return READY + 35;
                    case 35: // resumes after Report.java:44
                        current = "line 36 of the report: " + n + " items";
                        return READY + 36;
                    case 36: // resumes after Report.java:45
                        current = "line 37 of the report: " + n + " items";
                        return READY + 37;
                    case 37: // resumes after Report.java:46
                        current = "line 38 of the report: " + n + " items";
                        return READY + 38;
                    case 38: // resumes after Report.java:47
                        current = "line 39 of the report: " + n + " items";
                        return READY + 39;
                    case 39: // resumes after Report.java:48
                        current = "line 40 of the report: " + n + " items";
                        return READY + 40;
                    case 40: // resumes after Report.java:49
                        current = "line 41 of the report: " + n + " items";
                        return READY + 41;
                    case 41: // resumes after Report.java:50
                        current = "line 42 of the report: " + n + " items";
                        return READY + 42;
                    case 42: // resumes after Report.java:51
                        current = "line 43 of the report: " + n + " items";
                        return READY + 43;
                    case 43: // resumes after Report.java:52
                        current = "line 44 of the report: " + n + " items";
                        return READY + 44;
                    case 44: // resumes after Report.java:53
                        current = "line 45 of the report: " + n + " items";
                        return READY + 45;
                    case 45: // resumes after Report.java:54
                        current = "line 46 of the report: " + n + " items";
                        return READY + 46;
                    case 46: // resumes after Report.java:55
                        current = "line 47 of the report: " + n + " items";
                        return READY + 47;
                    case 47: // resumes after Report.java:56
                        current = "line 48 of the report: " + n + " items";
                        return READY + 48;
                    case 48: // resumes after Report.java:57
                        current = "line 49 of the report: " + n + " items";
                        return READY + 49;
                    case 49: // resumes after Report.java:58
                        current = "line 50 of the report: " + n + " items";
                        return READY + 50;
                    case 50: // resumes after Report.java:59
                        current = "line 51 of the report: " + n + " items";
                        return READY + 51;
                    case 51: // resumes after Report.java:60
                        current = "line 52 of the report: " + n + " items";
                        return READY + 52;
                    case 52: // resumes after Report.java:61
                        current = "line 53 of the report: " + n + " items";
                        return READY + 53;
                    case 53: // resumes after Report.java:62
                        current = "line 54 of the report: " + n + " items";
                        return READY + 54;
                    case 54: // resumes after Report.java:63
                        current = "line 55 of the report: " + n + " items";
                        return READY + 55;
                    case 55: // resumes after Report.java:64
                        current = "line 56 of the report: " + n + " items";
                        return READY + 56;
                    case 56: // resumes after Report.java:65
                        current = "line 57 of the report: " + n + " items";
                        return READY + 57;
                    case 57: // resumes after Report.java:66
                        current = "line 58 of the report: " + n + " items";
                        return READY + 58;
                    case 58: // resumes after Report.java:67
                        current = "line 59 of the report: " + n + " items";
                        return READY + 59;
                    case 59: // resumes after Report.java:68
                        current = "line 60 of the report: " + n + " items";
                        return READY + 60;
                    case 60: // resumes after Report.java:69
                        current = "line 61 of the report: " + n + " items";
                        return READY + 61;
                    case 61: // resumes after Report.java:70
                        current = "line 62 of the report: " + n + " items";
                        return READY + 62;
                    case 62: // resumes after Report.java:71
                        current = "line 63 of the report: " + n + " items";
                        return READY + 63;
                    case 63: // resumes after Report.java:72
                        current = "line 64 of the report: " + n + " items";
                        return READY + 64;
                    case 64: // resumes after Report.java:73
                        current = "line 65 of the report: " + n + " items";
                        return READY + 65;
                    case 65: // resumes after Report.java:74
                        current = "line 66 of the report: " + n + " items";
                        return READY + 66;
                    case 66: // resumes after Report.java:75
                        current = "line 67 of the report: " + n + " items";
                        return READY + 67;
                    case 67: // resumes after Report.java:76
                        current = "line 68 of the report: " + n + " items";
                        return READY + 68;
                    case 68: // resumes after Report.java:77
                        current = "line 69 of the report: " + n + " items";
                        return READY + 69;
                    case 69: // resumes after Report.java:78
                        current = "line 70 of the report: " + n + " items";
                        return READY + 70;
                    case 70: // resumes after Report.java:79
                        current = "line 71 of the report: " + n + " items";
                        return READY + 71;
                    case 71: // resumes after Report.java:80
                        current = "line 72 of the report: " + n + " items";
                        return READY + 72;
                    case 72: // resumes after Report.java:81
                        current = "line 73 of the report: " + n + " items";
                        return READY + 73;
                    case 73: // resumes after Report.java:82
                        current = "line 74 of the report: " + n + " items";
                        return READY + 74;
                    case 74: // resumes after Report.java:83
                        current = "line 75 of the report: " + n + " items";
                        return READY + 75;
                    case 75: // resumes after Report.java:84
                        current = "line 76 of the report: " + n + " items";
                        return READY + 76;
                    case 76: // resumes after Report.java:85
                        current = "line 77 of the report: " + n + " items";
                        return READY + 77;
                    case 77: // resumes after Report.java:86
                        current = "line 78 of the report: " + n + " items";
                        return READY + 78;
                    case 78: // resumes after Report.java:87
                        current = "line 79 of the report: " + n + " items";
                        return READY + 79;
                    case 79: // resumes after Report.java:88
                        current = "line 80 of the report: " + n + " items";
                        return READY + 80;
                    case 80: // resumes after Report.java:89
                        current = "line 81 of the report: " + n + " items";
                        return READY + 81;
                    case 81: // resumes after Report.java:90
                        current = "line 82 of the report: " + n + " items";
                        return READY + 82;
                    case 82: // resumes after Report.java:91
                        current = "line 83 of the report: " + n + " items";
                        return READY + 83;
                    case 83: // resumes after Report.java:92
                        current = "line 84 of the report: " + n + " items";
                        return READY + 84;
                    case 84: // resumes after Report.java:93
                        current = "line 85 of the report: " + n + " items";
                        return READY + 85;
                    case 85: // resumes after Report.java:94
                        current = "line 86 of the report: " + n + " items";
                        return READY + 86;
                    case 86: // resumes after Report.java:95
                        current = "line 87 of the report: " + n + " items";
                        return READY + 87;
                    case 87: // resumes after Report.java:96
                        current = "line 88 of the report: " + n + " items";
                        return READY + 88;
                    case 88: // resumes after Report.java:97
                        current = "line 89 of the report: " + n + " items";
                        return READY + 89;
                    case 89: // resumes after Report.java:98
                        current = "line 90 of the report: " + n + " items";
                        return READY + 90;
                    case 90: // resumes after Report.java:99
                        current = "line 91 of the report: " + n + " items";
                        return READY + 91;
                    case 91: // resumes after Report.java:100
                        current = "line 92 of the report: " + n + " items";
                        return READY + 92;
                    case 92: // resumes after Report.java:101
                        current = "line 93 of the report: " + n + " items";
                        return READY + 93;
                    case 93: // resumes after Report.java:102
                        current = "line 94 of the report: " + n + " items";
                        return READY + 94;
                    case 94: // resumes after Report.java:103
                        current = "line 95 of the report: " + n + " items";
                        return READY + 95;
                    case 95: // resumes after Report.java:104
                        current = "line 96 of the report: " + n + " items";
                        return READY + 96;
                    case 96: // resumes after Report.java:105
                        current = "line 97 of the report: " + n + " items";
                        return READY + 97;
                    case 97: // resumes after Report.java:106
                        current = "line 98 of the report: " + n + " items";
                        return READY + 98;
                    case 98: // resumes after Report.java:107
                        current = "line 99 of the report: " + n + " items";
                        return READY + 99;
                    case 99: // resumes after Report.java:108
                        current = "line 100 of the report: " + n + " items";
                        return READY + 100;
                    case 100: // resumes after Report.java:109
                        current = "line 101 of the report: " + n + " items";
                        return READY + 101;
                    case 101: // resumes after Report.java:110
                        current = "line 102 of the report: " + n + " items";
                        return READY + 102;
                    case 102: // resumes after Report.java:111
                        current = "line 103 of the report: " + n + " items";
                        return READY + 103;
                    default:
                        return CONTINUE + state;
                }
            }
        }

        private int advance1(int state) throws Throwable {
            while (true) {
                switch (state) {
                    case 103: // resumes after Report.java:112
                        current = "line 104 of the report: " + n + " items";
                        return READY + 104;
                    case 104: // resumes after Report.java:113
                        current = "line 105 of the report: " + n + " items";
                        return READY + 105;
                    case 105: // resumes after Report.java:114
                        current = "line 106 of the report: " + n + " items";
                        return READY + 106;
                    case 106: // resumes after Report.java:115
                        current = "line 107 of the report: " + n + " items";
                        return READY + 107;
                    case 107: // resumes after Report.java:116
                        current = "line 108 of the report: " + n + " items";
                        return READY + 108;
                    case 108: // resumes after Report.java:117
                        current = "line 109 of the report: " + n + " items";
                        return READY + 109;
                    case 109: // resumes after Report.java:118
                        current = "line 110 of the report: " + n + " items";
                        return READY + 110;
                    case 110: // resumes after Report.java:119
                        current = "line 111 of the report: " + n + " items";
                        return READY + 111;
                    case 111: // resumes after Report.java:120
                        current = "line 112 of the report: " + n + " items";
                        return READY + 112;
                    case 112: // resumes after Report.java:121
                        current = "line 113 of the report: " + n + " items";
                        return READY + 113;
                    case 113: // resumes after Report.java:122
                        current = "line 114 of the report: " + n + " items";
                        return READY + 114;
                    case 114: // resumes after Report.java:123
                        current = "line 115 of the report: " + n + " items";
                        return READY + 115;
                    case 115: // resumes after Report.java:124
                        current = "line 116 of the report: " + n + " items";
                        return READY + 116;
                    case 116: // resumes after Report.java:125
                        current = "line 117 of the report: " + n + " items";
                        return READY + 117;
                    case 117: // resumes after Report.java:126
                        current = "line 118 of the report: " + n + " items";
                        return READY + 118;
                    case 118: // resumes after Report.java:127
                        current = "line 119 of the report: " + n + " items";
                        return READY + 119;
                    case 119: // resumes after Report.java:128
                        current = "line 120 of the report: " + n + " items";
                        return READY + 120;
                    case 120: // resumes after Report.java:129
                        return FINISHED;
                    default:
                        return CONTINUE + state;
                }
            }
        }
    }
}
