package app.admired.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Walks a corpus folder recursively in a fixed order (relative paths, sorted) and reads each file
 * with the first {@link DocumentReader} that accepts it. One file at a time, so memory does not
 * grow with the corpus. Any problem with a file becomes a {@link SkippedFile}; nothing here
 * throws for bad input.
 */
public final class CorpusReader {

    /** Files larger than this are skipped: no article or thread export is this big in one file. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    /**
     * Files with a line longer than this are skipped: no prose has a million-character line (a
     * minified dump or a base64 blob is not something to annotate). A long document of ordinary
     * lines is kept, however long: the NLP stage annotates it in windows.
     */
    public static final int MAX_LINE_CHARS = 1_000_000;

    private final DocumentReaders readers;

    public CorpusReader(DocumentReaders readers) {
        this.readers = readers;
    }

    /** Relative paths of the files under {@code corpus}, sorted; hidden files and folders left out. */
    public static List<String> listFiles(Path corpus) throws IOException {
        try (Stream<Path> walk = Files.walk(corpus)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> corpus.relativize(p).toString().replace('\\', '/'))
                    .filter(rel -> Stream.of(rel.split("/")).noneMatch(part -> part.startsWith(".")))
                    .sorted()
                    .toList();
        }
    }

    /** Reads every file of the corpus, handing each outcome to {@code sink} in path order. */
    public void read(Path corpus, Consumer<FileOutcome> sink) throws IOException {
        for (String relative : listFiles(corpus)) {
            sink.accept(readFile(corpus, relative));
        }
    }

    /** Reads one file; never throws for bad content. */
    public FileOutcome readFile(Path corpus, String relative) {
        Path file = corpus.resolve(relative);
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return FileOutcome.skippedWhole(
                        relative, "", "too-large", "the file is " + size + " bytes; the limit is " + MAX_FILE_BYTES);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return FileOutcome.skippedWhole(relative, "", "unreadable", "cannot read the file: " + e.getMessage());
        }
        String hash = sha256(bytes);
        try {
            TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
            int longestLine = longestLine(decoded.text());
            if (longestLine > MAX_LINE_CHARS) {
                // Checked before repair and parsing, which would only spend time on such a line.
                return FileOutcome.skippedWhole(
                        relative,
                        hash,
                        "line-too-long",
                        "a line has " + longestLine + " characters; the limit is " + MAX_LINE_CHARS);
            }
            InputFile input = InputFile.of(relative, decoded);
            DocumentReader reader = readers.readerFor(input)
                    .orElseThrow(() -> new UnreadableInputException(
                            "unsupported-format", "no reader for files ending in '." + input.extension() + "'"));
            DocumentReader.ReadResult result = reader.read(input);
            return new FileOutcome(
                    relative, hash, reader.format(), decoded.encoding(), result.documents(), result.skippedRecords());
        } catch (UnreadableInputException e) {
            return FileOutcome.skippedWhole(relative, hash, e.reason(), e.getMessage());
        } catch (RuntimeException e) {
            // A reader bug on one odd file must not cost the rest of the corpus.
            return FileOutcome.skippedWhole(
                    relative, hash, "reader-error", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Length of the longest line, counting CR, LF and CRLF as line ends. */
    static int longestLine(String text) {
        int longest = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                longest = Math.max(longest, i - start);
                start = i + 1;
            }
        }
        return Math.max(longest, text.length() - start);
    }

    /**
     * The SHA-256 of a file's bytes, hex, as {@link FileOutcome#contentHash()} gives it; empty when
     * the file cannot be read. Lets an incremental run skip unchanged files without parsing them.
     */
    public static String contentHash(Path corpus, String relative) {
        try {
            Path file = corpus.resolve(relative);
            // Matches the empty hash a too-large skip records, without reading gigabytes to hash them.
            if (Files.size(file) > MAX_FILE_BYTES) {
                return "";
            }
            return sha256(Files.readAllBytes(file));
        } catch (IOException | UncheckedIOException | SecurityException | OutOfMemoryError e) {
            return "";
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
