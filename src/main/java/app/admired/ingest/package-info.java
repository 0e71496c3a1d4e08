/**
 * Ingest: turns the files of a corpus folder into {@link app.admired.ingest.SourceDocument}s.
 *
 * <p>Owns file discovery ({@link app.admired.ingest.CorpusReader}), decoding bytes to text, text
 * repair, and one {@link app.admired.ingest.DocumentReader} per input format. Adding a format is
 * one more {@code DocumentReader} registered in {@link app.admired.ingest.DocumentReaders}; nothing
 * downstream changes. A file that cannot be read becomes a {@link app.admired.ingest.SkippedFile}
 * with a reason; it never stops the run.
 */
package app.admired.ingest;
