package app.admired.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Plain-text comment threads as scraped from trade-press sites:
 *
 * <pre>
 * Article title
 * User Rank: Apprentice          (or the commenter's name)
 * 11/9/2011 | 4:08:10 PM
 * re: Article title              (optional)
 * The comment body, one or more lines.
 * </pre>
 *
 * Each comment becomes one document linked to its article by title. A comment's body runs to the
 * next comment's author line; after the last comment it ends at the first blank line, because what
 * follows the last comment on a scraped page is page chrome (newsletter boxes, sponsored links).
 */
public final class CommentThreadReader implements DocumentReader {

    private static final String RANK_PREFIX = "user rank:";

    @Override
    public String format() {
        return "comment-thread";
    }

    @Override
    public boolean accepts(InputFile file) {
        return file.extension().equals("txt") && firstCommentDateLine(lines(file.text())) >= 0;
    }

    @Override
    public ReadResult read(InputFile file) throws UnreadableInputException {
        List<String> lines = lines(file.text());
        List<Integer> dateLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (isCommentDateLine(lines, i)) {
                dateLines.add(i);
            }
        }
        if (dateLines.isEmpty()) {
            throw new UnreadableInputException("no-comments", "no comment header (author and date lines) found");
        }
        int firstHeader = dateLines.get(0) - 1;
        String articleTitle = firstNonBlank(lines, 0, firstHeader).orElse("");

        List<SourceDocument> comments = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        for (int c = 0; c < dateLines.size(); c++) {
            int dateLine = dateLines.get(c);
            String authorLine = lines.get(dateLine - 1).strip();
            int bodyStart = dateLine + 1;
            String replyTitle = "";
            if (bodyStart < lines.size()
                    && lines.get(bodyStart).strip().toLowerCase(Locale.ROOT).startsWith("re:")) {
                replyTitle = lines.get(bodyStart).strip().substring(3).strip();
                bodyStart++;
            }
            boolean last = c == dateLines.size() - 1;
            int bodyEnd = last ? endOfParagraph(lines, bodyStart) : dateLines.get(c + 1) - 1;
            String body = String.join("\n", lines.subList(bodyStart, Math.max(bodyStart, bodyEnd)))
                    .strip();
            int position = c + 1;
            if (body.isEmpty()) {
                skipped.add(new SkippedFile(
                        SourceDocument.idFor(file.path(), position),
                        "empty-comment",
                        "comment " + position + " has no text"));
                continue;
            }
            String title = articleTitle.isEmpty() ? replyTitle : articleTitle;
            String author = authorLine.toLowerCase(Locale.ROOT).startsWith(RANK_PREFIX) ? "" : authorLine;
            String date = Dates.parseThreadDateLine(lines.get(dateLine)).orElse("");
            comments.add(SourceDocument.comment(file.path(), position, title, author, date, body));
        }
        if (comments.isEmpty()) {
            throw new UnreadableInputException("no-text", "every comment in the thread is empty");
        }
        return new ReadResult(comments, skipped);
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\n", -1));
    }

    private static int firstCommentDateLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (isCommentDateLine(lines, i)) {
                return i;
            }
        }
        return -1;
    }

    /** A date line directly below a non-blank author line. */
    private static boolean isCommentDateLine(List<String> lines, int i) {
        return i > 0
                && !lines.get(i - 1).isBlank()
                && Dates.THREAD_DATE_LINE.matcher(lines.get(i)).matches();
    }

    private static int endOfParagraph(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        while (i < lines.size() && !lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    private static Optional<String> firstNonBlank(List<String> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!lines.get(i).isBlank()) {
                return Optional.of(lines.get(i).strip());
            }
        }
        return Optional.empty();
    }
}
