package app.admired.ingest;

import java.util.Locale;

/**
 * A corpus file as the readers see it: its relative path and its text, decoded once.
 *
 * @param path     relative path with {@code /} separators
 * @param decoded  the content as decoded (see {@link TextDecoder}), byte-order mark removed
 * @param text     {@code decoded} repaired for the line-oriented readers (see {@link TextRepair#repair})
 * @param encoding the charset the text was decoded with
 */
public record InputFile(String path, String decoded, String text, String encoding) {

    /** The file as {@link CorpusReader} hands it to the readers: decoded, and repaired once. */
    public static InputFile of(String path, TextDecoder.Decoded decoded) {
        return new InputFile(path, decoded.text(), TextRepair.repair(decoded.text()), decoded.encoding());
    }

    /** The lower-case extension without the dot, or the empty string. */
    public String extension() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * The content with only character-level repair applied ({@link TextRepair#normalize}): unlike
     * {@link #text}, no chrome line is dropped and nothing is trimmed, so markup stays intact and
     * line numbers match the file.
     */
    public String normalizedText() {
        return TextRepair.normalize(decoded);
    }
}
