package org.persistlab.analyzer.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.persistlab.analyzer.capture.Tshark;

/** Holds a crafted capture against tshark: the frame builders must make what a real analyzer reads. */
final class TsharkCheck {
    private TsharkCheck() {
    }

    /** SIP messages tshark decodes in the file (several per frame counted one by one). */
    static int sipMessages(Path file, String... extraArgs) {
        // Out-of-order reassembly is off by default in tshark 4.0.
        String[] fixed = {"-o", "tcp.reassemble_out_of_order:TRUE", "-Y", "sip", "-T", "fields", "-e", "sip.CSeq",
            "-Eoccurrence=a"};
        String[] args = new String[extraArgs.length + fixed.length];
        System.arraycopy(extraArgs, 0, args, 0, extraArgs.length);
        System.arraycopy(fixed, 0, args, extraArgs.length, fixed.length);
        Tshark.Result r = Tshark.run(file, args);
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        int n = 0;
        for (String line : r.lines()) {
            n += line.isBlank() ? 0 : line.split(",").length;
        }
        return n;
    }
}
