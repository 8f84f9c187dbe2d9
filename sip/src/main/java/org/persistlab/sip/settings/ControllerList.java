package org.persistlab.sip.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The value of {@code SIP_CONTROLLER_LIST}: entries in priority order, separated by commas with no
 * spaces (domain.md §1.2). For the persistent-gateway design the first entry is ACO and the second
 * is the IP Office gateway. Parsing never throws: a bad entry becomes a {@link Problem} that names the
 * entry and the column, and the good entries are still read. Each good entry keeps the text it was
 * written with, so an edit rewrites only the entry it changes.
 */
public final class ControllerList {
    /** The format's limit on the whole value [J100-RED]. */
    public static final int MAX_LENGTH = 255;

    /**
     * A bad entry.
     *
     * @param entry   1-based entry number
     * @param column  1-based column within the value where the problem is
     * @param message what is wrong, naming the entry text
     */
    public record Problem(int entry, int column, String message) {
    }

    private final List<ControllerEntry> entries;
    private final List<String> texts;
    private final List<Problem> problems;

    private ControllerList(List<ControllerEntry> entries, List<String> texts, List<Problem> problems) {
        this.entries = List.copyOf(entries);
        this.texts = List.copyOf(texts);
        this.problems = List.copyOf(problems);
    }

    /** Reads a list value (without the quotes a SET line may have put around it). */
    public static ControllerList parse(String value) {
        Objects.requireNonNull(value, "value");
        List<ControllerEntry> entries = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (value.length() > MAX_LENGTH) {
            problems.add(new Problem(0, MAX_LENGTH + 1, "the list is " + value.length()
                    + " characters long; the limit is " + MAX_LENGTH));
        }
        if (value.isEmpty()) {
            return new ControllerList(entries, texts, problems);
        }
        int start = 0;
        int number = 1;
        while (start <= value.length()) {
            int comma = value.indexOf(',', start);
            int end = comma < 0 ? value.length() : comma;
            String segment = value.substring(start, end);
            ControllerEntry e = ControllerEntryParser.parse(segment, number, start + 1, problems);
            if (e != null) {
                entries.add(e);
                texts.add(segment);
            }
            number++;
            if (comma < 0) {
                break;
            }
            start = comma + 1;
        }
        return new ControllerList(entries, texts, problems);
    }

    /** A list of the given entries, written canonically. */
    public static ControllerList of(List<ControllerEntry> entries) {
        return new ControllerList(entries, entries.stream().map(ControllerEntry::text).toList(), List.of());
    }

    /** The entries that could be read, in priority order. */
    public List<ControllerEntry> entries() {
        return entries;
    }

    public List<Problem> problems() {
        return problems;
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The value to write back: each kept entry exactly as it was written, joined by commas. */
    public String text() {
        return String.join(",", texts);
    }

    /**
     * Puts the gateway right after the first (ACO) entry: it replaces the second entry, or is appended
     * when there is none. Later entries are kept, except any that point at the same target as the
     * gateway, so the gateway never appears twice. When the second entry already points at the same
     * target, its text is kept as written, so patching twice changes nothing.
     *
     * @throws IllegalStateException when the list has problems or no first entry, because then it is
     *                               not clear which entry is ACO
     */
    public ControllerList withGateway(ControllerEntry gateway) {
        Objects.requireNonNull(gateway, "gateway");
        if (!isValid()) {
            throw new IllegalStateException("the controller list has problems; fix them before adding a gateway: "
                    + problems.get(0).message());
        }
        if (entries.isEmpty()) {
            throw new IllegalStateException("the controller list is empty, so it has no ACO entry to put the"
                    + " gateway after");
        }
        List<ControllerEntry> e = new ArrayList<>();
        List<String> t = new ArrayList<>();
        e.add(entries.get(0));
        t.add(texts.get(0));
        boolean keepSecond = entries.size() > 1 && entries.get(1).sameTarget(gateway);
        e.add(keepSecond ? entries.get(1) : gateway);
        t.add(keepSecond ? texts.get(1) : gateway.text());
        for (int i = 2; i < entries.size(); i++) {
            if (!entries.get(i).sameTarget(gateway)) {
                e.add(entries.get(i));
                t.add(texts.get(i));
            }
        }
        return new ControllerList(e, t, List.of());
    }

    @Override
    public String toString() {
        return text();
    }
}
