package org.persistlab.bench.results;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The results folder: {@code <suite>-<yyyyMMdd-HHmmss>.json} as JMH wrote it, its
 * {@code .properties} run record, and copies of the newest as {@code <suite>-latest.json} and
 * {@code <suite>-latest.properties}, which the README is generated from.
 */
public final class ResultsStore {
    private static final String LATEST = "-latest";

    /** The newest results of one suite; the record is absent when its file is missing or unreadable. */
    public record Latest(String suite, List<Measurement> measurements, Optional<RunRecord> run) {
    }

    /** What {@link #latest()} found, and what it could not read (each message names the file). */
    public record Contents(List<Latest> suites, List<String> problems) {
    }

    private final Path dir;

    public ResultsStore(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public Path json(String suite, String stamp) {
        return dir.resolve(suite + "-" + stamp + ".json");
    }

    private Path record(String suite, String stamp) {
        return dir.resolve(suite + "-" + stamp + ".properties");
    }

    public void createDirectories() throws IOException {
        Files.createDirectories(dir);
    }

    /** Writes the run record beside the stamped JSON, then makes both the suite's latest. */
    public void publish(String suite, String stamp, RunRecord run) throws IOException {
        run.write(record(suite, stamp));
        Files.copy(json(suite, stamp), dir.resolve(suite + LATEST + ".json"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(record(suite, stamp), record(suite, LATEST.substring(1)), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Every suite's latest results, by suite name; a file that cannot be read is a problem, not a stop. */
    public Contents latest() throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*" + LATEST + ".json")) {
                ds.forEach(files::add);
            }
        }
        files.sort(null);
        List<Latest> suites = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String suite = name.substring(0, name.length() - (LATEST + ".json").length());
            List<Measurement> ms;
            try {
                ms = JmhJson.read(f);
            } catch (IOException e) {
                problems.add(e.getMessage());
                continue;
            }
            Optional<RunRecord> run = Optional.empty();
            Path rec = record(suite, LATEST.substring(1));
            try {
                run = Optional.of(RunRecord.read(rec));
            } catch (IOException e) {
                problems.add(rec + ": cannot read the run record (" + e.getMessage() + ")");
            }
            suites.add(new Latest(suite, ms, run));
        }
        return new Contents(List.copyOf(suites), List.copyOf(problems));
    }
}
