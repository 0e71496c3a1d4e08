package app.admired.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Writes a whole file under a temporary name in the same folder, then renames it into place, so a
 * reader (or a killed run) never sees half a report.
 */
final class AtomicFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {}

    /** Something that writes a file's content. */
    interface Body {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes {@code content} as UTF-8 (without a byte-order mark) to {@code file}, atomically. */
    static void writeUtf8(Path file, String content) throws IOException {
        write(file, out -> out.write(content));
    }

    /** Streams UTF-8 text to {@code file} through a temporary file, atomically; nothing is held in memory. */
    static void write(Path file, Body body) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Not Files.createTempFile: that makes the file owner-only (0600) on POSIX, and the rename
        // would keep that; a report is created like any other file (0666 less the umask).
        byte[] suffix = new byte[6];
        RANDOM.nextBytes(suffix);
        Path temp = dir.resolve("." + file.getFileName() + "." + HexFormat.of().formatHex(suffix) + ".tmp");
        try {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(
                    Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    StandardCharsets.UTF_8))) {
                body.writeTo(out);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
