package org.persistlab.shell.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses {@code --name value}, {@code --name=value}, flags and positionals against a spec. Anything
 * not declared is a usage error that names it; {@code --} ends the options.
 */
public final class ArgParser {
    private ArgParser() {
    }

    public static Invocation parse(CommandSpec spec, List<String> args, CommandContext context) throws UsageException {
        Map<String, List<String>> options = new LinkedHashMap<>();
        List<String> positionals = new ArrayList<>();
        boolean onlyPositionals = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!onlyPositionals && a.equals("--")) {
                onlyPositionals = true;
                continue;
            }
            if (!onlyPositionals && a.startsWith("--") && a.length() > 2) {
                String name = a;
                String value = null;
                int eq = a.indexOf('=');
                if (eq > 0) {
                    name = a.substring(0, eq);
                    value = a.substring(eq + 1);
                }
                final String optionName = name;
                OptionSpec o = spec.option(name).orElseThrow(
                        () -> new UsageException("unknown option " + optionName + " for '" + spec.name() + "'"));
                if (o.takesValue()) {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException(name + " needs a value (" + o.valueLabel() + ")");
                        }
                        value = args.get(++i);
                    }
                    if (!o.choices().isEmpty() && !o.choices().contains(value)) {
                        throw new UsageException(name + " must be one of " + String.join(", ", o.choices())
                                + ", not '" + value + "'");
                    }
                } else if (value != null) {
                    throw new UsageException(name + " is a flag and takes no value");
                } else {
                    value = "true";
                }
                options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else {
                positionals.add(a);
            }
        }
        checkPositionals(spec, positionals);
        return new Invocation(spec, options, List.copyOf(positionals), context);
    }

    private static void checkPositionals(CommandSpec spec, List<String> given) throws UsageException {
        List<PositionalSpec> declared = spec.positionals();
        boolean repeatable = declared.stream().anyMatch(PositionalSpec::repeatable);
        long required = declared.stream().filter(p -> !p.optional()).count();
        if (given.size() < required) {
            PositionalSpec missing = declared.stream().filter(p -> !p.optional()).skip(given.size()).findFirst()
                    .orElse(declared.get(declared.size() - 1));
            throw new UsageException("missing " + missing.label());
        }
        if (!repeatable && given.size() > declared.size()) {
            throw new UsageException("unexpected argument '" + given.get(declared.size()) + "'");
        }
        for (int i = 0; i < given.size(); i++) {
            PositionalSpec p = spec.positionalAt(i).orElseThrow();
            if (p.completion() == Completion.CHOICES && !p.choices().contains(given.get(i))) {
                throw new UsageException("expected one of " + String.join(", ", p.choices()) + ", not '"
                        + given.get(i) + "'");
            }
        }
    }
}
