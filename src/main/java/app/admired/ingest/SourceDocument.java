package app.admired.ingest;

import java.util.Objects;

/**
 * One unit of text to annotate: an article or a single comment.
 *
 * <p>Absent metadata is the empty string, never {@code null}, so that every later stage can store
 * and print it without checks.
 *
 * @param id          stable id: {@code path#position}; the same file gives the same ids on every run
 * @param kind        article or comment
 * @param path        the file's path relative to the corpus folder, with {@code /} separators
 * @param position    where in its file: 0 for an article and 1, 2, … for its comments in text, thread
 *                    and HTML files; the record or line number in CSV and JSON Lines exports; one
 *                    counter over posts and comments in WordPress exports (see docs/FORMATS.md)
 * @param title       the article title (for a comment: the title of the article it belongs to)
 * @param author      byline or commenter name; metadata, never counted as a mention
 * @param date        ISO-8601 date ({@code 2011-11-09}) or date-time ({@code 2011-11-09T16:08:10})
 * @param parentId    for a comment, the id of its article when the same file holds it (HTML page,
 *                    WordPress export), else the article key given by an export (a CSV
 *                    {@code article_id} column), else empty
 * @param parentTitle for a comment, the title of its article; links comments to articles across files
 * @param text        the repaired text that is annotated
 * @param authorTitle what the byline or export says the author is ("CIO, Acme Corp"), or empty
 */
public record SourceDocument(
        String id,
        DocumentKind kind,
        String path,
        int position,
        String title,
        String author,
        String date,
        String parentId,
        String parentTitle,
        String text,
        String authorTitle) {

    /** A document whose author's title is not stated. */
    public SourceDocument(
            String id,
            DocumentKind kind,
            String path,
            int position,
            String title,
            String author,
            String date,
            String parentId,
            String parentTitle,
            String text) {
        this(id, kind, path, position, title, author, date, parentId, parentTitle, text, "");
    }

    /** The same document with another text (a window of a long document). */
    public SourceDocument withText(String newText) {
        return new SourceDocument(
                id, kind, path, position, title, author, date, parentId, parentTitle, newText, authorTitle);
    }

    /** The same document with the author's stated title. */
    public SourceDocument withAuthorTitle(String newTitle) {
        return new SourceDocument(id, kind, path, position, title, author, date, parentId, parentTitle, text, newTitle);
    }

    public SourceDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        path = Objects.requireNonNullElse(path, "");
        title = Objects.requireNonNullElse(title, "");
        author = Objects.requireNonNullElse(author, "");
        date = Objects.requireNonNullElse(date, "");
        parentId = Objects.requireNonNullElse(parentId, "");
        parentTitle = Objects.requireNonNullElse(parentTitle, "");
        text = Objects.requireNonNullElse(text, "");
        authorTitle = Objects.requireNonNullElse(authorTitle, "");
    }

    /** The id convention shared by every reader. */
    public static String idFor(String path, int position) {
        return path + "#" + position;
    }

    public static SourceDocument article(String path, String title, String author, String date, String text) {
        return new SourceDocument(idFor(path, 0), DocumentKind.ARTICLE, path, 0, title, author, date, "", "", text);
    }

    /** A comment linked to its article by title only (plain-text threads). */
    public static SourceDocument comment(
            String path, int position, String articleTitle, String author, String date, String text) {
        return new SourceDocument(
                idFor(path, position),
                DocumentKind.COMMENT,
                path,
                position,
                articleTitle,
                author,
                date,
                "",
                articleTitle,
                text);
    }
}
