package app.admired.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private final AtomicLong clock = new AtomicLong(1_000_000);
    private final StringWriter text = new StringWriter();
    private final PrintWriter err = new PrintWriter(text);

    private Progress progress(Progress.Mode mode, int files) {
        return Progress.create(mode, err, files, clock::get);
    }

    private void at(long millisFromStart) {
        clock.set(1_000_000 + millisFromStart);
    }

    @Test
    void linesAtMostEveryTenSecondsThenAFinalLine() {
        Progress p = progress(Progress.Mode.LINES, 4);
        at(3_000);
        p.fileDone(2, 20); // too soon after the start: nothing
        at(12_000);
        p.fileDone(1, 10); // 12 s: a line
        at(15_000);
        p.fileDone(0, 0); // 3 s after the last line: nothing
        at(30_000);
        p.fileDone(1, 30); // the last file: left to the final line
        p.finish();
        p.finish(); // once only
        p.fileDone(5, 5); // after the end: ignored
        assertEquals("""
                admired: 2/4 files (50%), 3 documents, 30 sentences, 2.5 sentences/s, ETA 12s
                admired: 4/4 files (100%), 4 documents, 60 sentences, 2.0 sentences/s, done in 30s
                """, text.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void modelLoadingIsLeftOutOfRatesAndEstimate() {
        Progress p = progress(Progress.Mode.LINES, 3);
        p.excludeMillis(20_000);
        at(30_000);
        p.fileDone(1, 50); // 10 s of work for 1 file of 3: 20 s left
        at(95_000);
        p.finish();
        assertEquals("""
                admired: 1/3 files (33%), 1 documents, 50 sentences, 5.0 sentences/s, ETA 20s
                admired: 1/3 files (33%), 1 documents, 50 sentences, 0.7 sentences/s, done in 1m 35s
                """, text.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void quietPrintsNothing() {
        Progress p = progress(Progress.Mode.NONE, 2);
        at(60_000);
        p.fileDone(3, 30);
        at(120_000);
        p.fileDone(3, 30);
        p.finish();
        assertEquals("", text.toString());
    }

    @Test
    void barIsRedrawnInPlaceWithCarriageReturns() {
        Progress p = progress(Progress.Mode.BAR, 3);
        at(1_000);
        p.fileDone(10, 100); // first file: drawn
        at(1_050);
        p.fileDone(0, 0); // 50 ms later: not redrawn
        at(2_000);
        p.fileDone(2, 100); // the last file: drawn
        p.finish();
        String expected = "\r[######--------------] 1/3 files, 10 docs, 100.0 sent/s, ETA 2s"
                + "\r[####################] 3/3 files, 12 docs, 100.0 sent/s, done in 2s"
                + "\r[####################] 3/3 files, 12 docs, 100.0 sent/s, done in 2s"
                + System.lineSeparator();
        assertEquals(expected, text.toString());
    }

    @Test
    void aMessageClearsTheBarAndTheBarComesBackBelowIt() {
        Progress p = progress(Progress.Mode.BAR, 2);
        at(1_000);
        p.fileDone(1, 10);
        String bar = "[##########----------] 1/2 files, 1 docs, 10.0 sent/s, ETA 1s";
        p.message("admired: skipped b.bin: binary file (binary)");
        assertEquals(
                "\r" + bar + "\r" + " ".repeat(bar.length()) + "\r" + "admired: skipped b.bin: binary file (binary)"
                        + System.lineSeparator() + "\r" + bar,
                text.toString());
    }

    @Test
    void aShorterBarLineBlanksTheRestOfTheLongerOne() {
        Progress p = progress(Progress.Mode.BAR, 2);
        p.fileDone(1, 10); // no time yet: "--" rate and estimate
        at(500);
        p.finish();
        String first = "[##########----------] 1/2 files, 1 docs, -- sent/s, ETA --";
        String last = "[##########----------] 1/2 files, 1 docs, 20.0 sent/s, done in 1s";
        assertEquals("\r" + first + "\r" + last + System.lineSeparator(), text.toString());
        assertEquals(true, last.length() > first.length());

        StringWriter shorter = new StringWriter();
        AtomicLong c = new AtomicLong();
        Progress q = Progress.create(Progress.Mode.BAR, new PrintWriter(shorter), 2, c::get);
        c.set(1_000);
        q.fileDone(1, 12_345);
        c.set(1_200);
        q.message("m");
        String a = "[##########----------] 1/2 files, 1 docs, 12345.0 sent/s, ETA 1s";
        String b = "[##########----------] 1/2 files, 1 docs, 10287.5 sent/s, ETA 1s";
        assertEquals(
                "\r" + a + "\r" + " ".repeat(a.length()) + "\rm" + System.lineSeparator() + "\r" + b,
                shorter.toString());
    }

    @Test
    void modeDetection() {
        assertEquals(Progress.Mode.NONE, Progress.detect(true, true, "xterm-256color"));
        assertEquals(Progress.Mode.BAR, Progress.detect(false, true, "xterm-256color"));
        assertEquals(Progress.Mode.BAR, Progress.detect(false, true, null));
        assertEquals(Progress.Mode.LINES, Progress.detect(false, true, "dumb"));
        assertEquals(Progress.Mode.LINES, Progress.detect(false, false, "xterm"));
    }

    @Test
    void durations() {
        assertEquals("0s", Progress.duration(0));
        assertEquals("59s", Progress.duration(59_499));
        assertEquals("1m 00s", Progress.duration(59_500));
        assertEquals("1m 05s", Progress.duration(65_000));
        assertEquals("2h 03m", Progress.duration(7_380_000));
    }

    @Test
    void noFilesAtAll() {
        Progress p = progress(Progress.Mode.LINES, 0);
        p.finish();
        assertEquals(
                "admired: 0/0 files (100%), 0 documents, 0 sentences, -- sentences/s, done in 0s"
                        + System.lineSeparator(),
                text.toString());
    }
}
