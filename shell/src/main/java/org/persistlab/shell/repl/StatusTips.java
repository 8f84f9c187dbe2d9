package org.persistlab.shell.repl;

import java.util.List;
import java.util.Optional;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.Status;
import org.jline.widget.Widgets;

/**
 * Keeps the terminal's status line (its bottom row) showing the {@link TipProvider}'s tip for what
 * is typed: every key that changes the line is wrapped so the tip is recomputed after it, and the
 * tip is cleared when the line is accepted. Terminals without a status line (dumb ones) show nothing.
 */
final class StatusTips extends Widgets {
    private final TipProvider tips;

    StatusTips(LineReader reader, TipProvider tips) {
        super(reader);
        this.tips = tips;
        wrap(LineReader.SELF_INSERT);
        wrap(LineReader.BACKWARD_DELETE_CHAR);
        wrap(LineReader.DELETE_CHAR);
        wrap(LineReader.KILL_WHOLE_LINE);
        wrap(LineReader.BACKWARD_KILL_WORD);
        wrap(LineReader.EXPAND_OR_COMPLETE);
        wrap(LineReader.COMPLETE_WORD);
        addWidget("_lab-tip-accept-line", () -> {
            show(Optional.empty());
            callWidget(LineReader.ACCEPT_LINE);
            return true;
        });
        aliasWidget("_lab-tip-accept-line", LineReader.ACCEPT_LINE);
        // Reserve the status line now: made on the first key, it would scroll away what is on screen.
        show(Optional.empty());
    }

    /** Gives the status line back to the terminal (on leaving the shell). */
    void close() {
        Status.getExistingStatus(reader.getTerminal()).ifPresent(s -> s.update(List.of()));
    }

    private void wrap(String widget) {
        String name = "_lab-tip-" + widget;
        addWidget(name, () -> {
            callWidget(widget);
            Optional<String> tip = tips.tip(buffer().substring(0, buffer().cursor()));
            show(tip);
            return true;
        });
        aliasWidget(name, widget);
    }

    private void show(Optional<String> tip) {
        Status status = Status.getStatus(reader.getTerminal());
        if (status == null) {
            return;
        }
        int width = Math.max(20, reader.getTerminal().getWidth());
        // An empty line rather than none, so the status line keeps its place between tips.
        String text = tip.orElse("");
        if (text.length() >= width) {
            text = text.substring(0, width - 2) + "…";
        }
        status.update(List.of(new AttributedString(text, AttributedStyle.DEFAULT.faint())));
    }
}
