package app.admired.ingest;

import java.util.regex.Pattern;

/**
 * Reduces Markdown to the prose a reader sees: headings, emphasis, list bullets, links and code
 * fences lose their markup; the words stay where they were, one paragraph per block.
 */
final class MarkdownText {

    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s*(.*)$");
    private static final Pattern BULLET = Pattern.compile("(?m)^[ \\t]*(?:[-*+]|\\d+[.)])[ \\t]+");
    private static final Pattern QUOTE = Pattern.compile("(?m)^[ \\t]*>[ \\t]?");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
    private static final Pattern EMPHASIS =
            Pattern.compile("(?<![\\p{L}\\p{N}])(\\*{1,3}|_{1,3})(\\S(?:.*?\\S)?)\\1(?![\\p{L}\\p{N}])");
    private static final Pattern CODE_FENCE = Pattern.compile("(?m)^```.*$");
    private static final Pattern INLINE_CODE = Pattern.compile("`([^`]*)`");
    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*(?:-{3,}|\\*{3,}|_{3,})[ \\t]*$");

    private MarkdownText() {}

    static String toPlain(String markdown) {
        String text = CODE_FENCE.matcher(markdown).replaceAll("");
        text = RULE.matcher(text).replaceAll("");
        // Headings and list items become paragraphs of their own, so they end a sentence.
        text = HEADING.matcher(text).replaceAll("\n$1\n");
        text = QUOTE.matcher(text).replaceAll("");
        text = BULLET.matcher(text).replaceAll("\n");
        text = IMAGE.matcher(text).replaceAll("$1");
        text = LINK.matcher(text).replaceAll("$1");
        text = INLINE_CODE.matcher(text).replaceAll("$1");
        text = EMPHASIS.matcher(text).replaceAll("$2");
        return text.replaceAll("\n{3,}", "\n\n").strip();
    }
}
