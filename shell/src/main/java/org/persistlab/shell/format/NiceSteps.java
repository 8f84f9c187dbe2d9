package org.persistlab.shell.format;

/** Round steps for axes and histogram buckets: 1, 2, 2.5 or 5 times a power of ten. */
public final class NiceSteps {
    private NiceSteps() {
    }

    /** The smallest round step that cuts {@code range} into at most about {@code target} pieces. */
    public static double step(double range, int target) {
        double raw = Math.max(range, 1e-12) / Math.max(1, target);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double n = raw / magnitude;
        double nice = n <= 1 ? 1 : n <= 2 ? 2 : n <= 2.5 ? 2.5 : n <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
