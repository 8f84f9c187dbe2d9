package org.persistlab.shell;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The lab's version, filled in by Maven from the POM at build time. */
public final class Version {
    private Version() {
    }

    public static String get() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
