package org.persistlab.sim.kernel;

/**
 * A duration or distribution text that does not parse. The message names the text, the offset (from
 * 0) of the first character that is wrong and what was expected, so a scenario reader can add its file
 * and line and point at the column.
 */
public final class SpecParseException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String input;
    private final int offset;

    public SpecParseException(String input, int offset, String reason) {
        super("'" + input + "' at offset " + offset + ": " + reason);
        this.input = input;
        this.offset = offset;
    }

    /** The whole text that failed to parse. */
    public String input() {
        return input;
    }

    /** Where in {@link #input()} the problem starts. */
    public int offset() {
        return offset;
    }
}
