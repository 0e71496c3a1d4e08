package app.admired.bench;

import app.admired.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * {@code admired run} in-process, timed: {@code AdmiredPhase NAME CORPUS OUT [run options…]}. Prints
 * the documents and tokens the run reports, its wall time, its model load time and peak heap.
 */
public final class AdmiredPhase {

    static final Pattern ANNOTATED = Pattern.compile("(\\d+) files read, (\\d+) documents");
    static final Pattern TOKENS = Pattern.compile("; (\\d+) tokens;");
    private static final Pattern LOAD = Pattern.compile("models loaded in ([0-9.]+) s");

    private AdmiredPhase() {}

    /** One in-process {@code admired run}: its wall time and its stderr log. */
    record TimedRun(double seconds, String log) {}

    public static void main(String[] args) throws IOException {
        String phase = args[0];
        List<String> run = new ArrayList<>(List.of("run", args[1], "--out", args[2]));
        run.addAll(List.of(args).subList(3, args.length));
        Measure.resetPeaks();
        TimedRun timed = execute(run);
        String log = timed.log();
        Files.writeString(Path.of(args[2]).resolve("bench-" + phase + ".log"), log);
        Measure.print(
                phase,
                find(ANNOTATED, log, 2),
                find(TOKENS, log, 1),
                timed.seconds(),
                Double.parseDouble(findText(LOAD, log, "0")));
        // A Spark run leaves the session's threads behind (the CLI's Main exits the JVM likewise).
        System.exit(0);
    }

    /** Runs the admired CLI in this JVM; exits the JVM with the CLI's code if it fails. */
    static TimedRun execute(List<String> arguments) {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        Measure measure = new Measure();
        int code = cli.execute(arguments.toArray(String[]::new));
        double seconds = measure.seconds();
        if (code != 0) {
            System.err.print(err);
            System.exit(code);
        }
        return new TimedRun(seconds, err.toString());
    }

    static long find(Pattern pattern, String text, int group) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Long.parseLong(m.group(group)) : 0;
    }

    private static String findText(Pattern pattern, String text, String otherwise) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : otherwise;
    }
}
