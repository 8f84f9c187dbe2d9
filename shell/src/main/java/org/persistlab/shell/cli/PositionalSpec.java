package org.persistlab.shell.cli;

/**
 * A positional argument.
 *
 * @param label      as shown in usage, e.g. {@code FILE}
 * @param optional   may be left out
 * @param repeatable may be given several times ({@code FILE...})
 */
public record PositionalSpec(String label, String description, boolean optional, boolean repeatable,
                             Completion completion) {
    public static PositionalSpec required(String label, String description, Completion completion) {
        return new PositionalSpec(label, description, false, false, completion);
    }

    public static PositionalSpec optional(String label, String description, Completion completion) {
        return new PositionalSpec(label, description, true, false, completion);
    }

    public static PositionalSpec many(String label, String description, boolean optional, Completion completion) {
        return new PositionalSpec(label, description, optional, true, completion);
    }

    String usage() {
        String s = label + (repeatable ? "..." : "");
        return optional ? "[" + s + "]" : s;
    }
}
