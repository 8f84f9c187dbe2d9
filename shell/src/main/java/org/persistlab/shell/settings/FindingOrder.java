package org.persistlab.shell.settings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.persistlab.sip.settings.Finding;

/** Puts findings in the order the files were given, then by line, errors first on a line. */
final class FindingOrder {
    private FindingOrder() {
    }

    static List<Finding> sort(List<LoadedSettings> files, List<Finding> findings) {
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            rank.putIfAbsent(files.get(i).display(), i);
        }
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.<Finding>comparingInt(f -> rank.getOrDefault(f.file(), Integer.MAX_VALUE))
                .thenComparing(Finding.ORDER));
        return sorted;
    }
}
