package org.persistlab.shell.repl;

import java.util.List;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.SyntaxError;
import org.jline.reader.impl.DefaultParser;

/**
 * Splits shell lines into words the same way for the REPL and for scripts: blanks separate words,
 * quotes group them, a backslash escapes, and {@code #} starts a comment.
 */
final class LineSplitter {
    private LineSplitter() {
    }

    /** The parser both the REPL's line reader and scripts use. */
    static DefaultParser parser() {
        DefaultParser p = new DefaultParser();
        p.setLineCommentDelims(new String[] {"#"});
        p.setEofOnUnclosedQuote(true);
        return p;
    }

    /**
     * The words of one line.
     *
     * @throws IllegalArgumentException when a quote is not closed
     */
    static List<String> words(String line) {
        try {
            ParsedLine parsed = parser().parse(line, line.length(), Parser.ParseContext.ACCEPT_LINE);
            return clean(parsed.words());
        } catch (EOFError e) {
            throw new IllegalArgumentException("a quote is not closed");
        } catch (SyntaxError e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    /** The words without empty ones (the parser adds one after trailing blanks). */
    static List<String> clean(List<String> words) {
        return words.stream().filter(w -> !w.isEmpty()).toList();
    }
}
