package app.admired.index;

import app.admired.ingest.FileOutcome;
import app.admired.ingest.SkippedFile;
import app.admired.ingest.SourceDocument;
import app.admired.nlp.PersonMention;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * What the index receives for one corpus file: its documents with their mentions, and what was
 * skipped (by ingest, or a document the annotator failed on). Built the same way by every engine
 * (the local batch's threads, a Spark task), so both write the same records for the same file.
 *
 * @param file      what ingest made of the file
 * @param documents the documents annotated, in file order
 * @param mentions  the mentions of each of {@code documents}, same order
 * @param skips     the file's skips: ingest's first, then documents that could not be annotated
 */
public record FileRecords(
        FileOutcome file, List<SourceDocument> documents, List<List<PersonMention>> mentions, List<SkippedFile> skips) {

    public FileRecords {
        documents = List.copyOf(documents);
        mentions = List.copyOf(mentions);
        skips = List.copyOf(skips);
    }

    /**
     * The file's records, document {@code i}'s mentions being {@code mentionsOf.apply(i)}: a
     * {@link CompletableFuture#join()} that fails with a {@link CompletionException} (or a
     * cancellation) makes that document an {@code annotation-error} skip, and the others are kept.
     */
    public static FileRecords of(FileOutcome file, IntFunction<List<PersonMention>> mentionsOf) {
        List<SkippedFile> skips = new ArrayList<>(file.skipped());
        List<SourceDocument> documents = new ArrayList<>();
        List<List<PersonMention>> mentions = new ArrayList<>();
        for (int i = 0; i < file.documents().size(); i++) {
            SourceDocument document = file.documents().get(i);
            List<PersonMention> found;
            try {
                found = mentionsOf.apply(i);
            } catch (CompletionException | CancellationException e) {
                // One document CoreNLP cannot handle must not cost the others.
                Throwable cause = e.getCause() == null ? e : e.getCause();
                skips.add(new SkippedFile(
                        document.id(),
                        "annotation-error",
                        cause.getClass().getSimpleName() + ": " + oneLine(cause.getMessage())));
                continue;
            }
            documents.add(document);
            mentions.add(found);
        }
        return new FileRecords(file, documents, mentions, skips);
    }

    /**
     * The file's records, annotating its documents one after the other on this thread, exactly as
     * the local batch does with one thread (a failure, even an {@link Error}, skips the document).
     */
    public static FileRecords annotatedInline(
            FileOutcome file, Function<SourceDocument, List<PersonMention>> annotator) {
        return of(
                file,
                i -> CompletableFuture.supplyAsync(
                                () -> annotator.apply(file.documents().get(i)), Runnable::run)
                        .join());
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
