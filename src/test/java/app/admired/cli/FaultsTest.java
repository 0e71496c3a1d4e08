package app.admired.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.admired.index.CorpusIndexReader;
import app.admired.index.CorpusIndexWriter;
import app.admired.nlp.Aliases;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults of the machine or the command, not of the program: each is named in one line with its own
 * exit code, never "internal error". The disk-full case fills a real, small tmpfs.
 */
class FaultsTest {

    @TempDir
    Path temp;

    private static String lastLine(String err) {
        List<String> lines = err.lines().toList();
        assertFalse(lines.isEmpty(), "nothing on stderr");
        String last = lines.get(lines.size() - 1);
        assertFalse(err.contains("internal error") || err.contains("\tat "), err);
        return last;
    }

    private Path corpusWithOnlyAnEmptyFile() throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        return corpus;
    }

    @Test
    void outNamingAFileIsAUsageError() throws Exception {
        Path file = Files.writeString(temp.resolve("out.txt"), "not a folder");
        EndToEndTest.Captured result =
                EndToEndTest.execute("run", corpusWithOnlyAnEmptyFile().toString(), "--out", file.toString());
        assertEquals(ExitCodes.USAGE, result.exitCode(), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("--out must name a folder, but " + file + " is a file"), result.err());
        assertEquals("not a folder", Files.readString(file));
    }

    @Test
    void corpusNamingAFileIsAUsageError() throws Exception {
        Path file = Files.writeString(temp.resolve("article.txt"), "Ada Lovelace is admired.");
        EndToEndTest.Captured result = EndToEndTest.execute(
                "run", file.toString(), "--out", temp.resolve("out").toString());
        assertEquals(ExitCodes.USAGE, result.exitCode(), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("the corpus must be a folder, but " + file + " is a file"), result.err());
    }

    @Test
    void anOutputFolderAnotherRunIsWritingIsNamedAndLeftAlone() throws Exception {
        Path corpus = corpusWithOnlyAnEmptyFile();
        Path out = temp.resolve("out");
        Path indexDir = out.resolve(Batch.INDEX_DIR);
        long start = System.nanoTime();
        try (CorpusIndexWriter other = CorpusIndexWriter.create(indexDir)) {
            EndToEndTest.Captured result =
                    EndToEndTest.execute("run", corpus.toString(), "--out", out.toString(), "--quiet");
            assertEquals(ExitCodes.OUTPUT_BUSY, result.exitCode(), result.err());
            String last = lastLine(result.err());
            assertTrue(last.contains("the output folder " + out + " is in use by another admired run"), last);
            assertFalse(Files.exists(out.resolve("skipped.csv")), "the refused run wrote a report");
            // The other run goes on and commits as if nothing happened.
            other.commit(Aliases.NONE, "other-run", corpus);
        }
        assertTrue(System.nanoTime() - start < TimeUnit.MINUTES.toNanos(1), "waited for the lock");
        try (CorpusIndexReader reader = CorpusIndexReader.open(indexDir)) {
            assertEquals("other-run", reader.settings());
        }
    }

    @Test
    void aCorruptIndexSaysThatRebuildRecreatesIt() throws Exception {
        Path corpus = corpusWithOnlyAnEmptyFile();
        Path out = temp.resolve("out");
        assertEquals(
                ExitCodes.NOTHING_PROCESSED,
                EndToEndTest.execute("run", corpus.toString(), "--out", out.toString(), "--quiet")
                        .exitCode());
        try (Stream<Path> files = Files.list(out.resolve(Batch.INDEX_DIR))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_"))
                    .toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (int i = bytes.length / 2; i < bytes.length; i++) {
                    bytes[i] ^= 0x5a;
                }
                Files.write(file, bytes);
            }
        }
        EndToEndTest.Captured result = EndToEndTest.execute(
                "search", "*", "--index", out.resolve(Batch.INDEX_DIR).toString());
        assertEquals(ExitCodes.NO_INDEX, result.exitCode(), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(
                result.err().contains("is corrupt") && result.err().contains("'admired run --rebuild' recreates it"),
                result.err());

        EndToEndTest.Captured rebuilt =
                EndToEndTest.execute("run", corpus.toString(), "--out", out.toString(), "--rebuild", "--quiet");
        assertEquals(ExitCodes.NOTHING_PROCESSED, rebuilt.exitCode(), rebuilt.err());
        try (CorpusIndexReader reader = CorpusIndexReader.open(out.resolve(Batch.INDEX_DIR))) {
            assertEquals(Set.of("empty.txt"), reader.fileHashes().keySet());
        }
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsNamed() throws Exception {
        Path corpus = corpusWithOnlyAnEmptyFile();
        Path out = Files.createDirectories(temp.resolve("out"));
        boolean readOnlyMount = mountTmpfs(out, "ro,size=1m");
        boolean readOnlyMode = !readOnlyMount && out.toFile().setWritable(false, false) && !Files.isWritable(out);
        try {
            Assumptions.assumeTrue(
                    readOnlyMount || readOnlyMode,
                    "skipped: can neither mount a read-only tmpfs nor make a folder unwritable for this user");
            EndToEndTest.Captured result =
                    EndToEndTest.execute("run", corpus.toString(), "--out", out.toString(), "--quiet");
            assertEquals(ExitCodes.CANNOT_WRITE, result.exitCode(), result.err());
            String last = lastLine(result.err());
            assertTrue(last.startsWith("admired: cannot write to " + out), last);
            assertTrue(last.contains("(permission denied or read-only)"), last);
        } finally {
            if (readOnlyMount) {
                unmount(out);
            }
            out.toFile().setWritable(true, false);
        }
    }

    @Test
    void classifiesTheMachinesFaultsAndLeavesTheRestInternal() {
        Path out = Path.of("output");
        CommandFailure full = Faults.ofWriting(
                new FileSystemException("output/index/_0.cfs", null, "No space left on device"),
                out,
                Faults.Stage.BEFORE_COMMIT);
        assertNotNull(full);
        assertEquals(ExitCodes.CANNOT_WRITE, full.exitCode());
        assertTrue(
                full.getMessage()
                        .startsWith("no space left on the device holding output/index/_0.cfs;"
                                + " the previous index and reports in output are intact"),
                full.getMessage());

        CommandFailure wrapped = Faults.ofWriting(
                new IllegalStateException("this IndexWriter is closed", new IOException("No space left on device")),
                out,
                Faults.Stage.AFTER_COMMIT);
        assertNotNull(wrapped);
        assertTrue(
                wrapped.getMessage().contains("some reports in output may be the previous ones"), wrapped.getMessage());

        CommandFailure denied =
                Faults.ofWriting(new AccessDeniedException("output/ranking.csv"), out, Faults.Stage.BEFORE_COMMIT);
        assertNotNull(denied);
        assertEquals(ExitCodes.CANNOT_WRITE, denied.exitCode());
        assertTrue(denied.getMessage().startsWith("cannot write to output/ranking.csv"), denied.getMessage());

        assertNull(Faults.ofWriting(new IOException("Stream closed"), out, Faults.Stage.BEFORE_COMMIT));
        assertNull(Faults.ofWriting(new NullPointerException(), out, Faults.Stage.BEFORE_COMMIT));
    }

    /** Mounts a small tmpfs, runs, fills it, runs again, frees it, and compares with a clean run. */
    @Test
    void aFullDiskIsNamedAndTheNextRunRecovers() throws Exception {
        Path mount = Files.createDirectories(temp.resolve("small-disk"));
        Assumptions.assumeTrue(mountTmpfs(mount, "size=2m"), "skipped: cannot mount a tmpfs here (needs root)");
        try {
            Path corpus = temp.resolve("corpus");
            copyTree(EndToEndTest.fixtureCorpus(), corpus);
            Path out = mount.resolve("out");
            EndToEndTest.Captured first = EndToEndTest.execute(
                    "run", corpus.toString(), "--out", out.toString(), "--quiet", "--threads", "1");
            assertEquals(ExitCodes.OK, first.exitCode(), first.err());
            Map<String, byte[]> before = reports(out);

            Files.writeString(
                    corpus.resolve("articles/added.txt"),
                    "A note on Grace Hopper\n\nGrace Hopper was widely admired by the"
                            + " engineers who worked with her. They praised her patience and her clarity.\n");
            Path filler = mount.resolve("filler");
            fill(filler);

            EndToEndTest.Captured full = EndToEndTest.execute(
                    "run", corpus.toString(), "--out", out.toString(), "--quiet", "--threads", "1");
            assertEquals(ExitCodes.CANNOT_WRITE, full.exitCode(), full.err());
            String last = lastLine(full.err());
            assertTrue(last.startsWith("admired: no space left on the device holding "), last);
            assertTrue(last.contains("the previous index and reports in " + out + " are intact"), last);
            assertReportsEqual(before, reports(out));
            try (CorpusIndexReader reader = CorpusIndexReader.open(out.resolve(Batch.INDEX_DIR))) {
                assertFalse(reader.fileHashes().containsKey("articles/added.txt"));
                assertTrue(reader.fileHashes().containsKey("articles/ada.txt"));
            }

            Files.delete(filler);
            EndToEndTest.Captured recovered = EndToEndTest.execute(
                    "run", corpus.toString(), "--out", out.toString(), "--quiet", "--threads", "1");
            assertEquals(ExitCodes.OK, recovered.exitCode(), recovered.err());
            Map<String, byte[]> afterRecovery = reports(out);

            deleteTree(out);
            EndToEndTest.Captured clean = EndToEndTest.execute(
                    "run", corpus.toString(), "--out", out.toString(), "--quiet", "--threads", "1");
            assertEquals(ExitCodes.OK, clean.exitCode(), clean.err());
            assertReportsEqual(reports(out), afterRecovery);
        } finally {
            unmount(mount);
        }
    }

    private static boolean mountTmpfs(Path mount, String options) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", mount.toString())
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void unmount(Path mount) throws Exception {
        Process p = new ProcessBuilder("umount", mount.toString())
                .redirectErrorStream(true)
                .start();
        p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            new ProcessBuilder("umount", "-l", mount.toString())
                    .inheritIO()
                    .start()
                    .waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Writes until the device refuses: nothing is left for the run. */
    private static void fill(Path filler) {
        byte[] block = new byte[16 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException e) {
            assertTrue(String.valueOf(e.getMessage()).contains("No space left"), String.valueOf(e));
        }
    }

    /** The report files (not the run summary, which describes the run itself), by name. */
    private static Map<String, byte[]> reports(Path out) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(out)) {
            for (Path file : list.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (!name.equals(app.admired.report.RunSummary.FILE_NAME)) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        }
        assertFalse(files.isEmpty(), "no reports in " + out);
        return files;
    }

    private static void assertReportsEqual(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertEquals(
                new String(bytes, java.nio.charset.StandardCharsets.UTF_8),
                new String(actual.get(name), java.nio.charset.StandardCharsets.UTF_8),
                name));
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
