package app.admired.index;

/** A document record as stored in the index (for documents.csv and the run summary). */
public record DocumentRecord(
        String id,
        String kind,
        String path,
        int position,
        String title,
        String author,
        String date,
        String parentId,
        String parentTitle,
        String format,
        String contentHash) {}
