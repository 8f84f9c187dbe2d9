package org.persistlab.shell.cli;

import java.io.PrintWriter;
import java.util.IdentityHashMap;
import java.util.Map;

/** Writes where an exception happened, with its causes, to the writer given (never to the console). */
public final class StackTraces {
    private StackTraces() {
    }

    public static void write(Throwable t, PrintWriter out) {
        write(t, out, "", new IdentityHashMap<>());
        out.flush();
    }

    private static void write(Throwable t, PrintWriter out, String caption, Map<Throwable, Boolean> seen) {
        if (seen.put(t, Boolean.TRUE) != null) {
            out.println(caption + "[circular reference: " + t + "]");
            return;
        }
        out.println(caption + t);
        for (StackTraceElement e : t.getStackTrace()) {
            out.println("\tat " + e);
        }
        if (t.getCause() != null) {
            write(t.getCause(), out, "Caused by: ", seen);
        }
    }
}
