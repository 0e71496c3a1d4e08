package app.admired.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Safe, conservative text repair applied to every decoded file before a reader sees it: line
 * endings, Unicode NFC, unambiguous mojibake of quotes and dashes, and page-chrome lines dropped.
 *
 * <p>The mojibake table and the chrome patterns are data: {@code mojibake.tsv} and
 * {@code chrome-lines.txt} in this package's resources.
 */
public final class TextRepair {

    private static final Map<String, String> MOJIBAKE = loadMojibake();
    private static final List<Pattern> CHROME_LINES = loadChromePatterns();

    private TextRepair() {}

    public static String repair(String text) {
        return dropChromeLines(normalize(text));
    }

    /**
     * The character-level part of {@link #repair}: line endings, mojibake, NFC, no-break spaces.
     * No line is dropped or moved, so structured formats (HTML, CSV, JSON Lines, XML) keep their
     * syntax and their line numbers; their readers drop chrome from the extracted text instead.
     */
    public static String normalize(String text) {
        String repaired = text.replace("\r\n", "\n").replace('\r', '\n');
        for (Map.Entry<String, String> entry : MOJIBAKE.entrySet()) {
            repaired = repaired.replace(entry.getKey(), entry.getValue());
        }
        repaired = Normalizer.normalize(repaired, Normalizer.Form.NFC);
        return repaired.replace('\u00A0', ' ');
    }

    /** One extracted text value (a comment cell, a paragraph run): chrome lines dropped, trimmed. */
    public static String cleanValue(String text) {
        return dropChromeLines(normalize(text));
    }

    /** Whether a whole line is page chrome (sign-in prompts, "more articles by" footers …). */
    public static boolean isChromeLine(String line) {
        String trimmed = line.strip();
        for (Pattern pattern : CHROME_LINES) {
            if (pattern.matcher(trimmed).matches()) {
                return true;
            }
        }
        return false;
    }

    private static String dropChromeLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            if (!isChromeLine(line)) {
                out.append(line).append('\n');
            }
        }
        return out.toString().strip();
    }

    private static Map<String, String> loadMojibake() {
        Map<String, String> table = new LinkedHashMap<>();
        for (String line : ResourceLines.read(TextRepair.class, "mojibake.tsv")) {
            String[] parts = line.split("\t");
            if (parts.length == 2) {
                table.put(unescape(parts[0]), unescape(parts[1]));
            }
        }
        return table;
    }

    private static List<Pattern> loadChromePatterns() {
        List<Pattern> patterns = new ArrayList<>();
        for (String line : ResourceLines.read(TextRepair.class, "chrome-lines.txt")) {
            patterns.add(Pattern.compile(line, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        return patterns;
    }

    /** Resource files write non-ASCII characters as {@code \\uXXXX} so that they survive editors. */
    private static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 5 < value.length() && value.charAt(i + 1) == 'u') {
                out.append((char) Integer.parseInt(value.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
