package org.persistlab.shell.settings;

import java.nio.file.Path;
import org.persistlab.sip.settings.PhoneSettings;

/**
 * One settings file as read for a {@code lab settings} command.
 *
 * @param display  the name findings carry: the argument as given, or DIR/name for a file found in a DIR
 * @param path     where it was read from
 * @param settings what it says
 */
record LoadedSettings(String display, Path path, PhoneSettings settings) {
}
