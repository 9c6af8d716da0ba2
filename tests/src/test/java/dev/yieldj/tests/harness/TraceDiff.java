package dev.yieldj.tests.harness;

import java.util.List;

/** Shows two traces side by side, marking the first difference. */
public final class TraceDiff {

    private TraceDiff() {
    }

    /** "push | pull" lines, with a marker at the first line that differs; long traces are cut after it. */
    public static String sideBySide(List<String> push, List<String> pull) {
        StringBuilder sb = new StringBuilder();
        int n = Math.max(push.size(), pull.size());
        int first = -1;
        for (int i = 0; i < n; i++) {
            String a = i < push.size() ? push.get(i) : "<none>";
            String b = i < pull.size() ? pull.get(i) : "<none>";
            boolean same = a.equals(b);
            if (!same && first < 0) {
                first = i;
            }
            if (first >= 0 && i > first + 8) {
                sb.append("    ...\n");
                break;
            }
            sb.append(same ? "    " : " >> ").append(String.format("%-50s | %s", a, b)).append('\n');
        }
        return "    push                                               | pull\n" + sb;
    }
}
