package org.persistlab.shell.repl;

import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/** JLine's view of the {@link CompletionEngine}: the words JLine parsed in, JLine candidates out. */
final class ModelCompleter implements Completer {
    private final CompletionEngine engine;

    ModelCompleter(CompletionEngine engine) {
        this.engine = engine;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String partial = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        for (Suggestion s : engine.complete(line.words(), line.wordIndex(), partial)) {
            candidates.add(new Candidate(s.value(), s.value(), null, s.description().isEmpty() ? null
                    : s.description(), null, null, s.complete()));
        }
    }
}
