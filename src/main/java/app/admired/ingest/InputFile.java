package app.admired.ingest;

/**
 * A corpus file as the readers see it: its relative path, the raw bytes and the decoded text.
 *
 * @param path     relative path with {@code /} separators
 * @param bytes    the file content
 * @param text     the content decoded (see {@link TextDecoder}) and repaired (see {@link TextRepair})
 * @param encoding the charset the text was decoded with
 */
public record InputFile(String path, byte[] bytes, String text, String encoding) {

    /** The lower-case extension without the dot, or the empty string. */
    public String extension() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The content decoded with {@link #encoding} and only character-level repair applied
     * ({@link TextRepair#normalize}): unlike {@link #text}, no chrome line is dropped and nothing is
     * trimmed, so markup stays intact and line numbers match the file.
     */
    public String normalizedText() {
        String decoded = new String(bytes, java.nio.charset.Charset.forName(encoding));
        if (decoded.startsWith("\uFEFF")) {
            decoded = decoded.substring(1);
        }
        return TextRepair.normalize(decoded);
    }
}
