package org.persistlab.shell.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.persistlab.shell.cli.CommandContext;
import org.persistlab.sip.settings.PhoneSettings;

/**
 * Turns {@code FILE|DIR...} arguments into settings files: a FILE as given, a DIR as every
 * {@code *.txt} in it sorted by name, so that output does not depend on the directory's order. A
 * file named twice is read once. What cannot be read is reported and the rest is still read.
 */
final class SettingsInputs {
    private final List<LoadedSettings> loaded;
    private final List<String> problems;

    private SettingsInputs(List<LoadedSettings> loaded, List<String> problems) {
        this.loaded = List.copyOf(loaded);
        this.problems = List.copyOf(problems);
    }

    static SettingsInputs read(CommandContext ctx, List<String> args) {
        List<LoadedSettings> loaded = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (String arg : args) {
            Path p = ctx.resolve(arg);
            if (Files.isDirectory(p)) {
                int before = problems.size();
                List<Path> files = textFiles(p, arg, problems);
                if (files.isEmpty() && problems.size() == before) {
                    problems.add(arg + ": no *.txt files in this directory");
                }
                for (Path f : files) {
                    load(Path.of(arg).resolve(f.getFileName()).toString(), f, seen, loaded, problems);
                }
            } else if (Files.exists(p)) {
                load(arg, p, seen, loaded, problems);
            } else {
                problems.add(arg + ": no such file or directory");
            }
        }
        return new SettingsInputs(loaded, problems);
    }

    /** The files read, in argument order (a DIR's files by name). */
    List<LoadedSettings> loaded() {
        return loaded;
    }

    /** One message per argument or file that could not be read. */
    List<String> problems() {
        return problems;
    }

    private static List<Path> textFiles(Path dir, String arg, List<String> problems) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".txt") && Files.isRegularFile(f))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            problems.add(arg + ": cannot list the directory: " + e.getMessage());
            return List.of();
        }
    }

    private static void load(String display, Path p, Set<Path> seen, List<LoadedSettings> loaded,
                             List<String> problems) {
        if (!seen.add(p.toAbsolutePath().normalize())) {
            return;
        }
        try {
            loaded.add(new LoadedSettings(display, p, PhoneSettings.parse(display, Files.readAllBytes(p))));
        } catch (IOException e) {
            problems.add(display + ": cannot read: " + e.getMessage());
        }
    }
}
