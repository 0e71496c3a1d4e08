package app.admired.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the records of a comment export (CSV rows, JSON Lines objects) into documents; shared by
 * {@link CsvCommentReader} and {@link JsonlReader} so that both formats mean the same by each field.
 *
 * <p>A record is a comment unless its kind is {@code article} or {@code post}. A comment whose
 * article key names an article record of the same file gets that article's id as its parent and,
 * when it has no title of its own, that article's title; otherwise the key itself is the parent id.
 */
final class ExportRecords {

    /** The reason for one unusable record inside an export. */
    static final String MALFORMED = "malformed-record";

    /**
     * One record as read: its position, the field values found (absent fields are missing from the
     * map), or the problem that makes it unusable.
     */
    record Raw(int position, Map<ColumnMapping.Field, String> values, String problem) {
        static Raw of(int position, Map<ColumnMapping.Field, String> values) {
            return new Raw(position, values, "");
        }

        static Raw bad(int position, String problem) {
            return new Raw(position, Map.of(), problem);
        }

        String get(ColumnMapping.Field field) {
            return values.getOrDefault(field, "").strip();
        }
    }

    private ExportRecords() {}

    /**
     * @param unit what a position counts, for messages: {@code record} (CSV) or {@code line} (JSONL)
     */
    static DocumentReader.ReadResult build(String path, List<Raw> raws, String unit) {
        List<SkippedFile> skipped = new ArrayList<>();
        List<Raw> usable = new ArrayList<>();
        List<DocumentKind> kinds = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Raw raw : raws) {
            String id = SourceDocument.idFor(path, raw.position());
            if (!raw.problem().isEmpty()) {
                skipped.add(new SkippedFile(id, MALFORMED, raw.problem()));
                continue;
            }
            String text = TextRepair.cleanValue(raw.get(ColumnMapping.Field.TEXT));
            if (text.isEmpty()) {
                skipped.add(new SkippedFile(id, MALFORMED, unit + " " + raw.position() + " has no text"));
                continue;
            }
            String kind = raw.get(ColumnMapping.Field.KIND).toLowerCase(Locale.ROOT);
            DocumentKind documentKind;
            switch (kind) {
                case "", "comment" -> documentKind = DocumentKind.COMMENT;
                case "article", "post" -> documentKind = DocumentKind.ARTICLE;
                default -> {
                    skipped.add(new SkippedFile(
                            id,
                            MALFORMED,
                            unit + " " + raw.position() + " has the unknown kind '" + kind
                                    + "' (expected article, post or comment)"));
                    continue;
                }
            }
            usable.add(raw);
            kinds.add(documentKind);
            texts.add(text);
        }

        // Articles first, so that a comment listed before its article still finds it.
        Map<String, SourceDocument> articlesByKey = new HashMap<>();
        for (int i = 0; i < usable.size(); i++) {
            String key = usable.get(i).get(ColumnMapping.Field.ARTICLE);
            if (kinds.get(i) == DocumentKind.ARTICLE && !key.isEmpty()) {
                articlesByKey.putIfAbsent(key, article(path, usable.get(i), texts.get(i)));
            }
        }
        List<SourceDocument> documents = new ArrayList<>();
        for (int i = 0; i < usable.size(); i++) {
            Raw raw = usable.get(i);
            if (kinds.get(i) == DocumentKind.ARTICLE) {
                documents.add(article(path, raw, texts.get(i)));
                continue;
            }
            String key = raw.get(ColumnMapping.Field.ARTICLE);
            SourceDocument parent = key.isEmpty() ? null : articlesByKey.get(key);
            String title = raw.get(ColumnMapping.Field.TITLE);
            if (title.isEmpty() && parent != null) {
                title = parent.title();
            }
            documents.add(new SourceDocument(
                    SourceDocument.idFor(path, raw.position()),
                    DocumentKind.COMMENT,
                    path,
                    raw.position(),
                    title,
                    raw.get(ColumnMapping.Field.AUTHOR),
                    date(raw),
                    parent != null ? parent.id() : key,
                    title,
                    texts.get(i),
                    raw.get(ColumnMapping.Field.ROLE)));
        }
        return new DocumentReader.ReadResult(documents, skipped);
    }

    private static SourceDocument article(String path, Raw raw, String text) {
        String title = raw.get(ColumnMapping.Field.TITLE);
        // As for text articles, the headline is annotated too: headlines name people.
        String annotated = title.isEmpty() ? text : title + "\n\n" + text;
        return new SourceDocument(
                SourceDocument.idFor(path, raw.position()),
                DocumentKind.ARTICLE,
                path,
                raw.position(),
                title,
                raw.get(ColumnMapping.Field.AUTHOR),
                date(raw),
                "",
                "",
                annotated,
                raw.get(ColumnMapping.Field.ROLE));
    }

    private static String date(Raw raw) {
        return Dates.parseDateOrDateTime(raw.get(ColumnMapping.Field.DATE)).orElse("");
    }
}
