package org.persistlab.shell.settings;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Settings files for the command tests, written out line by line so every line number is visible. */
final class Fixtures {
    static final Path SAMPLE = Path.of("..", "captures", "settings", "ACO_J1xx_Persistsettings.txt");

    private Fixtures() {
    }

    /** An export as a phone gives it before patching: ACO only in the list. Line numbers in comments. */
    static String unpatched(String username, String password, String extension) {
        return String.join("\n",
                "## ACO_J1xx_Persistsettings.txt (test fixture)",               // 1
                "## exported from a J179",                                       // 2
                "SET SIP_CONTROLLER_LIST aco.example.net:5096;transport=tls",    // 3
                "SET FORCE_SIP_USERNAME " + username,                            // 4
                "SET FORCE_SIP_PASSWORD \"" + password + "\"",                   // 5
                "SET FORCE_SIP_EXTENSION " + extension,                          // 6
                "SET REGISTERWAIT 900",                                          // 7
                "   ## an indented comment with trailing blanks   ",             // 8
                "SET SIPREGPROXYPOLICY \"alternate\"",                           // 9
                "") + "\n";                                                      // 10: blank
    }

    static Path write(Path dir, String name, String text) {
        try {
            Files.createDirectories(dir);
            Path p = dir.resolve(name);
            Files.write(p, text.getBytes(UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's lines split at LF by hand, each keeping its CR if it had one: no settings code involved. */
    static List<byte[]> rawLines(byte[] b) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n') {
                out.add(Arrays.copyOfRange(b, start, i + 1));
                start = i + 1;
            }
        }
        if (start < b.length) {
            out.add(Arrays.copyOfRange(b, start, b.length));
        }
        return out;
    }
}
