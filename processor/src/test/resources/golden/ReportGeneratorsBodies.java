package com.acme;

import java.util.NoSuchElementException;
import javax.annotation.processing.Generated;

/** The state machines behind {@link ReportGenerators}: the bodies of the templates of {@link Report}. */
@Generated("dev.yieldj.processor.GeneratorProcessor")
@SuppressWarnings({"deprecation", "removal"})
final class ReportGeneratorsBodies {
    static final class Lines extends ReportGenerators.Lines {
        private static final int CONTINUE = -2;
        private final int n;

        Lines(int n) {
            this.n = n;
        }

        @Override
        public boolean hasNext() {
            if (phase == RUNNING) throw new IllegalStateException("generator already executing");
            if (phase != IDLE || state == FINISHED) return phase == READY;
            phase = RUNNING;
            try {
                phase = advance() == YIELDED ? READY : IDLE;
            } catch (Throwable failure) {
                throw failed(failure);
            }
            return phase == READY;
        }

        @Override
        public String next() {
            if (phase != READY && !hasNext()) throw new NoSuchElementException();
            phase = IDLE;
            String value = current;
            current = null;
            return value;
        }

        @Override
        public synchronized ReportGenerators.Lines iterator() {
            if (handedOut || state != 0 || phase != IDLE) return new Lines(n);
            handedOut = true;
            return this;
        }

        /** Runs the body from its state to its next suspension: {@code YIELDED} or {@code ENDED}. */
        private int advance() throws Throwable {
            while (true) {
                int outcome;
                if (state >= 94) {
                    outcome = advance1();
                } else {
                    outcome = advance0();
                }
                if (outcome != CONTINUE) return outcome;
            }
        }

        private int advance0() throws Throwable {
            while (true) {
                switch (state) {
                    case 0:
                        current = "line 1 of the report: " + n + " items";
                        state = 1;
                        return YIELDED;
                    case 1: // resumes after Report.java:10
                        current = "line 2 of the report: " + n + " items";
                        state = 2;
                        return YIELDED;
                    case 2: // resumes after Report.java:11
                        current = "line 3 of the report: " + n + " items";
                        state = 3;
                        return YIELDED;
                    case 3: // resumes after Report.java:12
                        current = "line 4 of the report: " + n + " items";
                        state = 4;
                        return YIELDED;
                    case 4: // resumes after Report.java:13
                        current = "line 5 of the report: " + n + " items";
                        state = 5;
                        return YIELDED;
                    case 5: // resumes after Report.java:14
                        current = "line 6 of the report: " + n + " items";
                        state = 6;
                        return YIELDED;
                    case 6: // resumes after Report.java:15
                        current = "line 7 of the report: " + n + " items";
                        state = 7;
                        return YIELDED;
                    case 7: // resumes after Report.java:16
                        current = "line 8 of the report: " + n + " items";
                        state = 8;
                        return YIELDED;
                    case 8: // resumes after Report.java:17
                        current = "line 9 of the report: " + n + " items";
                        state = 9;
                        return YIELDED;
                    case 9: // resumes after Report.java:18
                        current = "line 10 of the report: " + n + " items";
                        state = 10;
                        return YIELDED;
                    case 10: // resumes after Report.java:19
                        current = "line 11 of the report: " + n + " items";
                        state = 11;
                        return YIELDED;
                    case 11: // resumes after Report.java:20
                        current = "line 12 of the report: " + n + " items";
                        state = 12;
                        return YIELDED;
                    case 12: // resumes after Report.java:21
                        current = "line 13 of the report: " + n + " items";
                        state = 13;
                        return YIELDED;
                    case 13: // resumes after Report.java:22
                        current = "line 14 of the report: " + n + " items";
                        state = 14;
                        return YIELDED;
                    case 14: // resumes after Report.java:23
                        current = "line 15 of the report: " + n + " items";
                        state = 15;
                        return YIELDED;
                    case 15: // resumes after Report.java:24
                        current = "line 16 of the report: " + n + " items";
                        state = 16;
                        return YIELDED;
                    case 16: // resumes after Report.java:25
                        current = "line 17 of the report: " + n + " items";
                        state = 17;
                        return YIELDED;
                    case 17: // resumes after Report.java:26
                        current = "line 18 of the report: " + n + " items";
                        state = 18;
                        return YIELDED;
                    case 18: // resumes after Report.java:27
                        current = "line 19 of the report: " + n + " items";
                        state = 19;
                        return YIELDED;
                    case 19: // resumes after Report.java:28
                        current = "line 20 of the report: " + n + " items";
                        state = 20;
                        return YIELDED;
                    case 20: // resumes after Report.java:29
                        current = "line 21 of the report: " + n + " items";
                        state = 21;
                        return YIELDED;
                    case 21: // resumes after Report.java:30
                        current = "line 22 of the report: " + n + " items";
                        state = 22;
                        return YIELDED;
                    case 22: // resumes after Report.java:31
                        current = "line 23 of the report: " + n + " items";
                        state = 23;
                        return YIELDED;
                    case 23: // resumes after Report.java:32
                        current = "line 24 of the report: " + n + " items";
                        state = 24;
                        return YIELDED;
                    case 24: // resumes after Report.java:33
                        current = "line 25 of the report: " + n + " items";
                        state = 25;
                        return YIELDED;
                    case 25: // resumes after Report.java:34
                        current = "line 26 of the report: " + n + " items";
                        state = 26;
                        return YIELDED;
                    case 26: // resumes after Report.java:35
                        current = "line 27 of the report: " + n + " items";
                        state = 27;
                        return YIELDED;
                    case 27: // resumes after Report.java:36
                        current = "line 28 of the report: " + n + " items";
                        state = 28;
                        return YIELDED;
                    case 28: // resumes after Report.java:37
                        current = "line 29 of the report: " + n + " items";
                        state = 29;
                        return YIELDED;
                    case 29: // resumes after Report.java:38
                        current = "line 30 of the report: " + n + " items";
                        state = 30;
                        return YIELDED;
                    case 30: // resumes after Report.java:39
                        current = "line 31 of the report: " + n + " items";
                        state = 31;
                        return YIELDED;
                    case 31: // resumes after Report.java:40
                        current = "line 32 of the report: " + n + " items";
                        state = 32;
                        return YIELDED;
                    case 32: // resumes after Report.java:41
                        current = "line 33 of the report: " + n + " items";
                        state = 33;
                        return YIELDED;
                    case 33: // resumes after Report.java:42
                        current = "line 34 of the report: " + n + " items";
                        state = 34;
                        return YIELDED;
                    case 34: // resumes after Report.java:43
                        current = "line 35 of the report: " + n + " items";
                        state = 35;
                        return YIELDED;
                    case 35: // resumes after Report.java:44
                        current = "line 36 of the report: " + n + " items";
                        state = 36;
                        return YIELDED;
                    case 36: // resumes after Report.java:45
                        current = "line 37 of the report: " + n + " items";
                        state = 37;
                        return YIELDED;
                    case 37: // resumes after Report.java:46
                        current = "line 38 of the report: " + n + " items";
                        state = 38;
                        return YIELDED;
                    case 38: // resumes after Report.java:47
                        current = "line 39 of the report: " + n + " items";
                        state = 39;
                        return YIELDED;
                    case 39: // resumes after Report.java:48
                        current = "line 40 of the report: " + n + " items";
                        state = 40;
                        return YIELDED;
                    case 40: // resumes after Report.java:49
                        current = "line 41 of the report: " + n + " items";
                        state = 41;
                        return YIELDED;
                    case 41: // resumes after Report.java:50
                        current = "line 42 of the report: " + n + " items";
                        state = 42;
                        return YIELDED;
                    case 42: // resumes after Report.java:51
                        current = "line 43 of the report: " + n + " items";
                        state = 43;
                        return YIELDED;
                    case 43: // resumes after Report.java:52
                        current = "line 44 of the report: " + n + " items";
                        state = 44;
                        return YIELDED;
                    case 44: // resumes after Report.java:53
                        current = "line 45 of the report: " + n + " items";
                        state = 45;
                        return YIELDED;
                    case 45: // resumes after Report.java:54
                        current = "line 46 of the report: " + n + " items";
                        state = 46;
                        return YIELDED;
                    case 46: // resumes after Report.java:55
                        current = "line 47 of the report: " + n + " items";
                        state = 47;
                        return YIELDED;
                    case 47: // resumes after Report.java:56
                        current = "line 48 of the report: " + n + " items";
                        state = 48;
                        return YIELDED;
                    case 48: // resumes after Report.java:57
                        current = "line 49 of the report: " + n + " items";
                        state = 49;
                        return YIELDED;
                    case 49: // resumes after Report.java:58
                        current = "line 50 of the report: " + n + " items";
                        state = 50;
                        return YIELDED;
                    case 50: // resumes after Report.java:59
                        current = "line 51 of the report: " + n + " items";
                        state = 51;
                        return YIELDED;
                    case 51: // resumes after Report.java:60
                        current = "line 52 of the report: " + n + " items";
                        state = 52;
                        return YIELDED;
                    case 52: // resumes after Report.java:61
                        current = "line 53 of the report: " + n + " items";
                        state = 53;
                        return YIELDED;
                    case 53: // resumes after Report.java:62
                        current = "line 54 of the report: " + n + " items";
                        state = 54;
                        return YIELDED;
                    case 54: // resumes after Report.java:63
                        current = "line 55 of the report: " + n + " items";
                        state = 55;
                        return YIELDED;
                    case 55: // resumes after Report.java:64
                        current = "line 56 of the report: " + n + " items";
                        state = 56;
                        return YIELDED;
                    case 56: // resumes after Report.java:65
                        current = "line 57 of the report: " + n + " items";
                        state = 57;
                        return YIELDED;
                    case 57: // resumes after Report.java:66
                        current = "line 58 of the report: " + n + " items";
                        state = 58;
                        return YIELDED;
                    case 58: // resumes after Report.java:67
                        current = "line 59 of the report: " + n + " items";
                        state = 59;
                        return YIELDED;
                    case 59: // resumes after Report.java:68
                        current = "line 60 of the report: " + n + " items";
                        state = 60;
                        return YIELDED;
                    case 60: // resumes after Report.java:69
                        current = "line 61 of the report: " + n + " items";
                        state = 61;
                        return YIELDED;
                    case 61: // resumes after Report.java:70
                        current = "line 62 of the report: " + n + " items";
                        state = 62;
                        return YIELDED;
                    case 62: // resumes after Report.java:71
                        current = "line 63 of the report: " + n + " items";
                        state = 63;
                        return YIELDED;
                    case 63: // resumes after Report.java:72
                        current = "line 64 of the report: " + n + " items";
                        state = 64;
                        return YIELDED;
                    case 64: // resumes after Report.java:73
                        current = "line 65 of the report: " + n + " items";
                        state = 65;
                        return YIELDED;
                    case 65: // resumes after Report.java:74
                        current = "line 66 of the report: " + n + " items";
                        state = 66;
                        return YIELDED;
                    case 66: // resumes after Report.java:75
                        current = "line 67 of the report: " + n + " items";
                        state = 67;
                        return YIELDED;
                    case 67: // resumes after Report.java:76
                        current = "line 68 of the report: " + n + " items";
                        state = 68;
                        return YIELDED;
                    case 68: // resumes after Report.java:77
                        current = "line 69 of the report: " + n + " items";
                        state = 69;
                        return YIELDED;
                    case 69: // resumes after Report.java:78
                        current = "line 70 of the report: " + n + " items";
                        state = 70;
                        return YIELDED;
                    case 70: // resumes after Report.java:79
                        current = "line 71 of the report: " + n + " items";
                        state = 71;
                        return YIELDED;
                    case 71: // resumes after Report.java:80
                        current = "line 72 of the report: " + n + " items";
                        state = 72;
                        return YIELDED;
                    case 72: // resumes after Report.java:81
                        current = "line 73 of the report: " + n + " items";
                        state = 73;
                        return YIELDED;
                    case 73: // resumes after Report.java:82
                        current = "line 74 of the report: " + n + " items";
                        state = 74;
                        return YIELDED;
                    case 74: // resumes after Report.java:83
                        current = "line 75 of the report: " + n + " items";
                        state = 75;
                        return YIELDED;
                    case 75: // resumes after Report.java:84
                        current = "line 76 of the report: " + n + " items";
                        state = 76;
                        return YIELDED;
                    case 76: // resumes after Report.java:85
                        current = "line 77 of the report: " + n + " items";
                        state = 77;
                        return YIELDED;
                    case 77: // resumes after Report.java:86
                        current = "line 78 of the report: " + n + " items";
                        state = 78;
                        return YIELDED;
                    case 78: // resumes after Report.java:87
                        current = "line 79 of the report: " + n + " items";
                        state = 79;
                        return YIELDED;
                    case 79: // resumes after Report.java:88
                        current = "line 80 of the report: " + n + " items";
                        state = 80;
                        return YIELDED;
                    case 80: // resumes after Report.java:89
                        current = "line 81 of the report: " + n + " items";
                        state = 81;
                        return YIELDED;
                    case 81: // resumes after Report.java:90
                        current = "line 82 of the report: " + n + " items";
                        state = 82;
                        return YIELDED;
                    case 82: // resumes after Report.java:91
                        current = "line 83 of the report: " + n + " items";
                        state = 83;
                        return YIELDED;
                    case 83: // resumes after Report.java:92
                        current = "line 84 of the report: " + n + " items";
                        state = 84;
                        return YIELDED;
                    case 84: // resumes after Report.java:93
                        current = "line 85 of the report: " + n + " items";
                        state = 85;
                        return YIELDED;
                    case 85: // resumes after Report.java:94
                        current = "line 86 of the report: " + n + " items";
                        state = 86;
                        return YIELDED;
                    case 86: // resumes after Report.java:95
                        current = "line 87 of the report: " + n + " items";
                        state = 87;
                        return YIELDED;
                    case 87: // resumes after Report.java:96
                        current = "line 88 of the report: " + n + " items";
                        state = 88;
                        return YIELDED;
                    case 88: // resumes after Report.java:97
                        current = "line 89 of the report: " + n + " items";
                        state = 89;
                        return YIELDED;
                    case 89: // resumes after Report.java:98
                        current = "line 90 of the report: " + n + " items";
                        state = 90;
                        return YIELDED;
                    case 90: // resumes after Report.java:99
                        current = "line 91 of the report: " + n + " items";
                        state = 91;
                        return YIELDED;
                    case 91: // resumes after Report.java:100
                        current = "line 92 of the report: " + n + " items";
                        state = 92;
                        return YIELDED;
                    case 92: // resumes after Report.java:101
                        current = "line 93 of the report: " + n + " items";
                        state = 93;
                        return YIELDED;
                    case 93: // resumes after Report.java:102
                        current = "line 94 of the report: " + n + " items";
                        state = 94;
                        return YIELDED;
                    default:
                        return CONTINUE;
                }
            }
        }

        private int advance1() throws Throwable {
            while (true) {
                switch (state) {
                    case 94: // resumes after Report.java:103
                        current = "line 95 of the report: " + n + " items";
                        state = 95;
                        return YIELDED;
                    case 95: // resumes after Report.java:104
                        current = "line 96 of the report: " + n + " items";
                        state = 96;
                        return YIELDED;
                    case 96: // resumes after Report.java:105
                        current = "line 97 of the report: " + n + " items";
                        state = 97;
                        return YIELDED;
                    case 97: // resumes after Report.java:106
                        current = "line 98 of the report: " + n + " items";
                        state = 98;
                        return YIELDED;
                    case 98: // resumes after Report.java:107
                        current = "line 99 of the report: " + n + " items";
                        state = 99;
                        return YIELDED;
                    case 99: // resumes after Report.java:108
                        current = "line 100 of the report: " + n + " items";
                        state = 100;
                        return YIELDED;
                    case 100: // resumes after Report.java:109
                        current = "line 101 of the report: " + n + " items";
                        state = 101;
                        return YIELDED;
                    case 101: // resumes after Report.java:110
                        current = "line 102 of the report: " + n + " items";
                        state = 102;
                        return YIELDED;
                    case 102: // resumes after Report.java:111
                        current = "line 103 of the report: " + n + " items";
                        state = 103;
                        return YIELDED;
                    case 103: // resumes after Report.java:112
                        current = "line 104 of the report: " + n + " items";
                        state = 104;
                        return YIELDED;
                    case 104: // resumes after Report.java:113
                        current = "line 105 of the report: " + n + " items";
                        state = 105;
                        return YIELDED;
                    case 105: // resumes after Report.java:114
                        current = "line 106 of the report: " + n + " items";
                        state = 106;
                        return YIELDED;
                    case 106: // resumes after Report.java:115
                        current = "line 107 of the report: " + n + " items";
                        state = 107;
                        return YIELDED;
                    case 107: // resumes after Report.java:116
                        current = "line 108 of the report: " + n + " items";
                        state = 108;
                        return YIELDED;
                    case 108: // resumes after Report.java:117
                        current = "line 109 of the report: " + n + " items";
                        state = 109;
                        return YIELDED;
                    case 109: // resumes after Report.java:118
                        current = "line 110 of the report: " + n + " items";
                        state = 110;
                        return YIELDED;
                    case 110: // resumes after Report.java:119
                        current = "line 111 of the report: " + n + " items";
                        state = 111;
                        return YIELDED;
                    case 111: // resumes after Report.java:120
                        current = "line 112 of the report: " + n + " items";
                        state = 112;
                        return YIELDED;
                    case 112: // resumes after Report.java:121
                        current = "line 113 of the report: " + n + " items";
                        state = 113;
                        return YIELDED;
                    case 113: // resumes after Report.java:122
                        current = "line 114 of the report: " + n + " items";
                        state = 114;
                        return YIELDED;
                    case 114: // resumes after Report.java:123
                        current = "line 115 of the report: " + n + " items";
                        state = 115;
                        return YIELDED;
                    case 115: // resumes after Report.java:124
                        current = "line 116 of the report: " + n + " items";
                        state = 116;
                        return YIELDED;
                    case 116: // resumes after Report.java:125
                        current = "line 117 of the report: " + n + " items";
                        state = 117;
                        return YIELDED;
                    case 117: // resumes after Report.java:126
                        current = "line 118 of the report: " + n + " items";
                        state = 118;
                        return YIELDED;
                    case 118: // resumes after Report.java:127
                        current = "line 119 of the report: " + n + " items";
                        state = 119;
                        return YIELDED;
                    case 119: // resumes after Report.java:128
                        current = "line 120 of the report: " + n + " items";
                        state = 120;
                        return YIELDED;
                    case 120: // resumes after Report.java:129
                        state = FINISHED;
                        return ENDED;
                    default:
                        return CONTINUE;
                }
            }
        }
    }
}
