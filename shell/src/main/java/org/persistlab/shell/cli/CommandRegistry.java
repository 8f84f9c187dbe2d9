package org.persistlab.shell.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The commands the lab knows, in the order help lists them. */
public final class CommandRegistry {
    private final List<Command> commands = new ArrayList<>();

    public CommandRegistry add(Command c) {
        if (find(c.spec().name()).isPresent()) {
            throw new IllegalArgumentException("command '" + c.spec().name() + "' is registered twice");
        }
        commands.add(c);
        return this;
    }

    public Optional<Command> find(String name) {
        return commands.stream().filter(c -> c.spec().name().equals(name)).findFirst();
    }

    public List<String> names() {
        return commands.stream().map(c -> c.spec().name()).toList();
    }

    public List<Command> all() {
        return List.copyOf(commands);
    }
}
