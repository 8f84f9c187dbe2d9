package org.persistlab.shell.repl;

/**
 * One completion candidate.
 *
 * @param value       the word to insert
 * @param description shown beside it in the list; may be empty
 * @param complete    whether a space follows (false for a directory, where the name goes on)
 */
record Suggestion(String value, String description, boolean complete) {
}
