package org.persistlab.shell.cli;

import java.util.Collection;

/** "did you mean" hints for mistyped names: the closest known name within two edits. */
public final class Suggestions {
    private Suggestions() {
    }

    /** {@code " (did you mean 'x'?)"}, or an empty string when no name is close enough. */
    public static String didYouMean(String typed, Collection<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String k : known) {
            int d = distance(typed, k);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
