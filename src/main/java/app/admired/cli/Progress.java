package app.admired.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a long run on stderr: files done of the total, documents, sentences per second and
 * the estimated time left.
 *
 * <ul>
 *   <li>{@link Mode#BAR} (stderr is a terminal): one line redrawn in place with a carriage return,
 *       at most every {@value #BAR_REFRESH_MILLIS} ms, ended by a newline at {@link #finish};</li>
 *   <li>{@link Mode#LINES} (redirected to a file or a CI log): a plain line at most every
 *       {@value #LINE_INTERVAL_MILLIS} ms, and a final line;</li>
 *   <li>{@link Mode#NONE} ({@code --quiet}): nothing.</li>
 * </ul>
 *
 * <p>The bar is drawn by this class rather than a progress-bar library: it is one line of text,
 * and owning it keeps the output exact under an injected clock (testable), writes to our own
 * {@link PrintWriter} (which the tests and picocli capture) and needs no terminal library.
 *
 * <p>Rates are measured from {@link #create}; time passed to {@link #excludeMillis} (model loading,
 * a one-time cost) is left out of the rates and the estimate. The caller calls {@link #fileDone}
 * once per corpus file, whatever became of it (a skipped file is {@code fileDone(0, 0)}). Methods are
 * synchronized so a caller may report from worker threads.
 */
public final class Progress {

    /** How progress is shown. */
    public enum Mode {
        /** A bar redrawn in place: stderr is a terminal. */
        BAR,
        /** Plain periodic lines: stderr goes to a file or a log. */
        LINES,
        /** Nothing ({@code --quiet}). */
        NONE
    }

    /** Minimum time between two lines in {@link Mode#LINES}. */
    public static final long LINE_INTERVAL_MILLIS = 10_000;
    /** Minimum time between two redraws in {@link Mode#BAR}. */
    public static final long BAR_REFRESH_MILLIS = 100;

    static final int BAR_WIDTH = 20;

    private final Mode mode;
    private final PrintWriter err;
    private final int totalFiles;
    private final LongSupplier clock;
    private final long start;

    private long excluded;
    private int files;
    private long documents;
    private long sentences;
    private long lastShown;
    private int barLength;
    private boolean barShown;
    private boolean finished;

    private Progress(Mode mode, PrintWriter err, int totalFiles, LongSupplier clock) {
        this.mode = mode;
        this.err = err;
        this.totalFiles = Math.max(0, totalFiles);
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastShown = start;
    }

    /**
     * @param mode        how to show progress ({@link #detect})
     * @param err         where to (stderr)
     * @param totalFiles  files the run will go through
     * @param clockMillis the clock, in milliseconds ({@code System::currentTimeMillis}; a fake one in tests)
     */
    public static Progress create(Mode mode, PrintWriter err, int totalFiles, LongSupplier clockMillis) {
        return new Progress(mode, err, totalFiles, clockMillis);
    }

    /** {@link Mode#NONE} when quiet, else {@link Mode#BAR} on a terminal, else {@link Mode#LINES}. */
    public static Mode detect(boolean quiet) {
        return detect(quiet, System.console() != null, System.getenv("TERM"));
    }

    /**
     * The same with its inputs given. {@code System.console()} is non-null when the JVM's standard
     * input and output are a terminal (Java 17 cannot ask about stderr alone); a {@code dumb}
     * terminal (Emacs shells, some CI runners) gets lines.
     */
    static Mode detect(boolean quiet, boolean console, String term) {
        if (quiet) {
            return Mode.NONE;
        }
        return console && !"dumb".equals(term) ? Mode.BAR : Mode.LINES;
    }

    public Mode mode() {
        return mode;
    }

    /** Leaves {@code millis} (e.g. model loading) out of the rates and the time-left estimate. */
    public synchronized void excludeMillis(long millis) {
        excluded += Math.max(0, millis);
    }

    /** One more file done, which gave {@code documents} documents holding {@code sentences} sentences. */
    public synchronized void fileDone(int documents, int sentences) {
        if (finished) {
            return;
        }
        files++;
        this.documents += documents;
        this.sentences += sentences;
        long now = clock.getAsLong();
        switch (mode) {
            case BAR -> {
                if (!barShown || files == totalFiles || now - lastShown >= BAR_REFRESH_MILLIS) {
                    drawBar(now, false);
                }
            }
            case LINES -> {
                if (now - lastShown >= LINE_INTERVAL_MILLIS && files < totalFiles) {
                    err.println(line(now, false));
                    err.flush();
                    lastShown = now;
                }
            }
            case NONE -> {}
        }
    }

    /**
     * Prints a message line (a warning, a skipped file) without garbling the bar: in
     * {@link Mode#BAR} the bar is cleared, the line printed, and the bar drawn again below it. In
     * the other modes the line is simply printed, {@code --quiet} included.
     */
    public synchronized void message(String line) {
        if (mode == Mode.BAR && barShown && !finished) {
            err.print("\r" + " ".repeat(barLength) + "\r");
            err.println(line);
            barLength = 0;
            drawBar(clock.getAsLong(), false);
        } else {
            err.println(line);
            err.flush();
        }
    }

    /** The end: the bar's final state and a newline, or the final line. Further calls do nothing. */
    public synchronized void finish() {
        if (finished) {
            return;
        }
        long now = clock.getAsLong();
        switch (mode) {
            case BAR -> {
                drawBar(now, true);
                err.println();
                err.flush();
            }
            case LINES -> {
                err.println(line(now, true));
                err.flush();
            }
            case NONE -> {}
        }
        finished = true;
    }

    private void drawBar(long now, boolean last) {
        int filled = totalFiles == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * files / totalFiles);
        String text = "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + status(now, last, true);
        // Blank out what is left of a longer previous line.
        String pad = text.length() < barLength ? " ".repeat(barLength - text.length()) : "";
        err.print("\r" + text + pad);
        err.flush();
        barLength = text.length();
        barShown = true;
        lastShown = now;
    }

    private String line(long now, boolean last) {
        return "admired: " + status(now, last, false);
    }

    /**
     * {@code 12/40 files (30%), 30 documents, 1234 sentences, 45.2 sentences/s, ETA 1m 05s}, or for
     * the bar, short enough for an 80-column terminal: {@code 12/40 files, 30 docs, 45.2 sent/s, ETA 1m 05s}.
     */
    private String status(long now, boolean last, boolean compact) {
        long elapsed = Math.max(0, now - start);
        long measured = Math.max(0, elapsed - excluded);
        int percent = totalFiles == 0 ? 100 : (int) (100L * files / totalFiles);
        String unit = compact ? " sent/s" : " sentences/s";
        String rate = (measured == 0 ? "--" : String.format(Locale.ROOT, "%.1f", sentences * 1000.0 / measured)) + unit;
        String tail;
        if (last || (totalFiles > 0 && files >= totalFiles)) {
            tail = "done in " + duration(elapsed);
        } else if (files == 0 || measured == 0) {
            tail = "ETA --";
        } else {
            tail = "ETA " + duration(measured * (totalFiles - files) / files);
        }
        if (compact) {
            return String.format(Locale.ROOT, "%d/%d files, %d docs, %s, %s", files, totalFiles, documents, rate, tail);
        }
        return String.format(
                Locale.ROOT,
                "%d/%d files (%d%%), %d documents, %d sentences, %s, %s",
                files,
                totalFiles,
                percent,
                documents,
                sentences,
                rate,
                tail);
    }

    /** {@code 42s}, {@code 1m 05s}, {@code 2h 03m}. */
    static String duration(long millis) {
        long seconds = (millis + 500) / 1000;
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%dh %02dm", seconds / 3600, (seconds % 3600) / 60);
    }
}
