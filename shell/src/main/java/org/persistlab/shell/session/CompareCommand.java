package org.persistlab.shell.session;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.persistlab.shell.cli.Command;
import org.persistlab.shell.cli.CommandSpec;
import org.persistlab.shell.cli.Completion;
import org.persistlab.shell.cli.ExitStatus;
import org.persistlab.shell.cli.Invocation;
import org.persistlab.shell.cli.LabException;
import org.persistlab.shell.cli.OptionSpec;
import org.persistlab.shell.cli.PositionalSpec;
import org.persistlab.shell.cli.UsageException;
import org.persistlab.shell.format.TextTable;

/**
 * {@code compare [A B] [--changed]}: two results side by side (the last two by default): the inputs
 * that differ, then every metric of both with its change ("=" when unchanged; {@code --changed}
 * leaves those out).
 */
public final class CompareCommand implements Command {
    private final Session session;
    private final CommandSpec spec = CommandSpec.builder("compare", "two runs side by side with the differences")
            .description("Without arguments, the last two results. A and B are numbers from 'runs'. First the"
                    + " inputs that differ (parameters, seed, files), then each metric of both with the change"
                    + " from A to B; '=' marks an unchanged one.")
            .positional(PositionalSpec.optional("A", "a result number from 'runs'", Completion.NONE))
            .positional(PositionalSpec.optional("B", "another result number", Completion.NONE))
            .option(OptionSpec.flag("--changed", "show only the metrics that changed"))
            .example("compare")
            .example("compare 1 3 --changed")
            .build();

    public CompareCommand(Session session) {
        this.session = session;
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public int run(Invocation inv) throws LabException, UsageException {
        List<String> p = inv.positionals();
        Session.Entry a;
        Session.Entry b;
        if (p.isEmpty()) {
            List<Session.Entry> all = session.results();
            if (all.size() < 2) {
                throw new LabException("compare needs two results and there " + (all.size() == 1 ? "is one" :
                        "are none") + "; 'run' makes one");
            }
            a = all.get(all.size() - 2);
            b = all.get(all.size() - 1);
        } else if (p.size() == 2) {
            a = entry(p.get(0));
            b = entry(p.get(1));
        } else {
            throw new UsageException("give two result numbers, or none for the last two");
        }
        PrintWriter out = inv.out();
        String ha = "#" + a.number();
        String hb = "#" + b.number();
        out.println(ha + ": " + a.result().kind() + ": " + a.result().label());
        out.println(hb + ": " + b.result().kind() + ": " + b.result().label());
        inputs(a.result().inputs(), b.result().inputs(), ha, hb, out, inv.context().width());
        out.println();
        boolean onlyChanged = inv.flag("--changed");
        TextTable t = new TextTable("metric", ha, hb, "change").alignRight(1, 2);
        int unchanged = 0;
        for (TreeDiff.Row r : TreeDiff.compare(a.result().tree(), b.result().tree())) {
            if (!r.differs()) {
                unchanged++;
                if (onlyChanged) {
                    continue;
                }
            }
            t.row(r.path(), r.a(), r.b(), TreeDiff.change(r.a(), r.b()));
        }
        if (t.rowCount() > 0) {
            t.write(out, "", inv.context().width());
        }
        if (onlyChanged) {
            out.println("(" + unchanged + " unchanged metrics not shown)");
        }
        return ExitStatus.OK;
    }

    private Session.Entry entry(String number) throws LabException, UsageException {
        int n;
        try {
            n = Integer.parseInt(number.startsWith("#") ? number.substring(1) : number);
        } catch (NumberFormatException e) {
            throw new UsageException("'" + number + "' is not a result number; 'runs' lists them");
        }
        return session.result(n).orElseThrow(() -> new LabException("there is no result #" + n + "; 'runs' lists"
                + " them"));
    }

    private static void inputs(Map<String, String> a, Map<String, String> b, String ha, String hb, PrintWriter out,
                               int width) {
        Set<String> names = new LinkedHashSet<>(a.keySet());
        names.addAll(b.keySet());
        TextTable t = new TextTable("input", ha, hb);
        for (String n : names) {
            if (!Objects.equals(a.get(n), b.get(n))) {
                t.row(n, a.getOrDefault(n, "-"), b.getOrDefault(n, "-"));
            }
        }
        out.println();
        if (t.rowCount() == 0) {
            out.println("same inputs");
        } else {
            out.println("inputs that differ:");
            t.write(out, "  ", width);
        }
    }
}
