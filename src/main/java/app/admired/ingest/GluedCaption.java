package app.admired.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scraped articles often begin with a photo caption glued to the first word of the text:
 * "Larry EllisonEveryone looks up to …". The caption is split off only when it is a name that the
 * document uses again elsewhere, so an ordinary word such as "McDonald" or "iPhone" is never cut.
 */
final class GluedCaption {

    /** The caption (a name) and the text that followed it. */
    record Split(String caption, String rest) {}

    private static final int MAX_CAPTION_WORDS = 4;
    private static final Pattern CASE_TURN = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu}\\p{Ll})");
    private static final Pattern CAPITALISED_WORDS =
            Pattern.compile("(?:\\p{Lu}[\\p{L}'’.-]*\\s+)*\\p{Lu}[\\p{L}'’.-]*");

    private GluedCaption() {}

    static Optional<Split> find(String text) {
        int lineEnd = text.indexOf('\n');
        String firstLine = lineEnd < 0 ? text : text.substring(0, lineEnd);
        String head = firstWords(firstLine, MAX_CAPTION_WORDS);
        Matcher turn = CASE_TURN.matcher(head);
        while (turn.find()) {
            String caption = head.substring(0, turn.start()).strip();
            if (!CAPITALISED_WORDS.matcher(caption).matches() || !caption.contains(" ")) {
                continue;
            }
            String rest = text.substring(turn.start());
            if (Pattern.compile("\\b" + Pattern.quote(caption) + "\\b")
                    .matcher(rest)
                    .find()) {
                return Optional.of(new Split(caption, rest));
            }
        }
        return Optional.empty();
    }

    private static String firstWords(String line, int words) {
        int seen = 0;
        for (int i = 0; i < line.length(); i++) {
            if (Character.isWhitespace(line.charAt(i)) && i > 0 && !Character.isWhitespace(line.charAt(i - 1))) {
                if (++seen == words) {
                    return line.substring(0, i);
                }
            }
        }
        return line;
    }
}
