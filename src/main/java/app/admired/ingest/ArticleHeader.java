package app.admired.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the top of a plain-text or Markdown article into title, byline and date, and returns the
 * remaining body. Only the first few non-blank lines after the title are looked at, so a sentence
 * beginning "By ..." deep in the body is never taken for a byline.
 */
final class ArticleHeader {

    /** Title, author, ISO date (each possibly empty) and the body below the header. */
    record Parsed(String title, String author, String date, String body, String authorTitle) {}

    private static final int HEADER_LINES = 4;
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:by|author:|written by)\\s+(?-i:(\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+(?:\\p{Lu}|van |de |von |der |da |di |le |la )[\\p{L}\\p{M}.'’-]*){0,4}))\\s*(?:,\\s*(\\S.{0,100}?))?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(?:(?:date|published|posted|updated)(?: on)?:?\\s*)?(.{6,40})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN_DECORATION = Pattern.compile("^[*_>\\s]+|[*_\\s]+$");

    private ArticleHeader() {}

    static Parsed parse(String text, boolean markdown) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int first = firstNonBlank(lines, 0);
        if (first < 0) {
            return new Parsed("", "", "", "", "");
        }
        String title = lines.get(first).strip();
        if (markdown) {
            title = title.replaceFirst("^#{1,6}\\s*", "").strip();
        }
        title = stripDecoration(title);
        String author = "";
        String authorTitle = "";
        String date = "";
        int bodyStart = first + 1;
        int looked = 0;
        for (int i = first + 1; i < lines.size() && looked < HEADER_LINES; i++) {
            String line = stripDecoration(lines.get(i).strip());
            if (line.isEmpty()) {
                continue;
            }
            if (sameText(line, title)) {
                // Scraped pages often repeat the headline; the copy is chrome, not body.
                bodyStart = i + 1;
                continue;
            }
            looked++;
            Optional<String> byline = author.isEmpty() ? byline(line) : Optional.empty();
            Optional<String> parsedDate = date.isEmpty() ? dateOf(line) : Optional.empty();
            if (byline.isPresent()) {
                author = byline.get();
                authorTitle = bylineTitle(line);
                bodyStart = i + 1;
            } else if (parsedDate.isPresent()) {
                date = parsedDate.get();
                bodyStart = i + 1;
            } else {
                break;
            }
        }
        String body = String.join("\n", lines.subList(bodyStart, lines.size())).strip();
        return new Parsed(title, author, date, body, authorTitle);
    }

    static Optional<String> byline(String line) {
        Matcher m = BYLINE.matcher(line);
        return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** What a byline says the author is ("By Jane Doe, CIO, Acme Corp" → "CIO, Acme Corp"), or empty. */
    static String bylineTitle(String line) {
        Matcher m = BYLINE.matcher(line);
        return m.matches() && m.group(2) != null ? m.group(2).strip() : "";
    }

    private static Optional<String> dateOf(String line) {
        Matcher m = DATE_LINE.matcher(line);
        return m.matches() ? Dates.parseDate(m.group(1)) : Optional.empty();
    }

    private static boolean sameText(String a, String b) {
        return a.replaceAll("\\s+", " ").equalsIgnoreCase(b.replaceAll("\\s+", " "));
    }

    private static String stripDecoration(String line) {
        return MARKDOWN_DECORATION.matcher(line).replaceAll("");
    }

    private static int firstNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
