package app.admired.cli;

/** {@code --format} of the commands that print records. */
enum OutputFormat {
    text,
    csv,
    json
}
