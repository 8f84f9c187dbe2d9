package org.persistlab.shell.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.persistlab.sim.gateway.GatewayUser;
import org.persistlab.sip.settings.PhoneSettings;

/**
 * The IP Office users {@code lab serve} creates, read from persist-settings files as the Avaya guide
 * maps them (DESIGN.md, "Provisioning"): {@code FORCE_SIP_USERNAME} is the extension and digest
 * username, {@code FORCE_SIP_PASSWORD} its password, {@code FORCE_SIP_EXTENSION} the user's name. A
 * FILE is read as given; a DIR as every {@code *.txt} in it, by name. A file that cannot be used is
 * reported by name and skipped; the rest are still read.
 */
final class UserFiles {
    /**
     * @param users    in file order (a DIR's files by name), each extension once
     * @param problems one line per file or value that could not be used
     */
    record Loaded(List<GatewayUser> users, List<String> problems) {
        Loaded {
            users = List.copyOf(users);
            problems = List.copyOf(problems);
        }
    }

    private UserFiles() {
    }

    /** @param display the path as the user wrote it, for messages */
    static Loaded read(Path path, String display) {
        List<String> problems = new ArrayList<>();
        Map<String, GatewayUser> byExtension = new LinkedHashMap<>();
        Map<String, String> fileOf = new LinkedHashMap<>();
        if (Files.isDirectory(path)) {
            List<Path> files = textFiles(path, display, problems);
            if (files.isEmpty() && problems.isEmpty()) {
                problems.add(display + ": no *.txt persist-settings files in this directory");
            }
            for (Path f : files) {
                readOne(f, Path.of(display).resolve(f.getFileName()).toString(), byExtension, fileOf, problems);
            }
        } else if (Files.isRegularFile(path)) {
            readOne(path, display, byExtension, fileOf, problems);
        } else {
            problems.add(display + ": no such file or directory");
        }
        return new Loaded(new ArrayList<>(byExtension.values()), problems);
    }

    private static List<Path> textFiles(Path dir, String display, List<String> problems) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".txt") && Files.isRegularFile(f))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            problems.add(display + ": cannot list the directory: " + e.getMessage());
            return List.of();
        }
    }

    private static void readOne(Path file, String display, Map<String, GatewayUser> byExtension,
                                Map<String, String> fileOf, List<String> problems) {
        PhoneSettings s;
        try {
            s = PhoneSettings.parse(display, Files.readAllBytes(file));
        } catch (IOException e) {
            problems.add(display + ": cannot read: " + e.getMessage());
            return;
        }
        String extension = s.forceSipUsername().map(String::strip).orElse("");
        String password = s.forceSipPassword().orElse("");
        if (extension.isEmpty()) {
            problems.add(display + ": no FORCE_SIP_USERNAME (the IP Office extension); no user created");
            return;
        }
        if (password.isEmpty()) {
            problems.add(display + ": no FORCE_SIP_PASSWORD for extension " + extension + "; no user created");
            return;
        }
        String earlier = fileOf.putIfAbsent(extension, display);
        if (earlier != null) {
            problems.add(display + ": extension " + extension + " is already created from " + earlier
                    + "; this file is skipped");
            return;
        }
        byExtension.put(extension, new GatewayUser(extension, password, s.forceSipExtension().orElse("")));
    }
}
