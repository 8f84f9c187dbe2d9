package org.persistlab.bench;

import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * One ratio of ours to a peer, printed as
 * {@code RATIO suite=parser message=invite ours=ours peer=jainSip value=12.34}: how many times faster
 * ours ran, so higher is better for us whatever the benchmark mode.
 */
public record RatioLine(String suite, SortedMap<String, String> params, String ours, String peer, double value) {
    public String format() {
        StringBuilder sb = new StringBuilder("RATIO suite=").append(suite);
        for (Map.Entry<String, String> p : params.entrySet()) {
            sb.append(' ').append(p.getKey()).append('=').append(p.getValue());
        }
        sb.append(" ours=").append(ours).append(" peer=").append(peer).append(" value=")
                .append(String.format(Locale.ROOT, "%.2f", value));
        return sb.toString();
    }
}
