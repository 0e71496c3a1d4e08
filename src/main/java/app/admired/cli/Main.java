package app.admired.cli;

import app.admired.SuppressForbidden;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code java -jar target/admired.jar COMMAND ...}. */
@Command(
        name = "admired",
        mixinStandardHelpOptions = true,
        version = "admired 0.1.0",
        description = "Whom do people admire, and what is the evidence? Ranks the people in a folder of"
                + " articles and comments by the admiration expressed toward them.",
        subcommands = {
            RunCommand.class,
            SearchCommand.class,
            PeopleCommand.class,
            TrendCommand.class,
            ReportCommand.class,
            EvalCommand.class,
            TrainSentimentCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @SuppressForbidden("the one place that ends the JVM, with the command's exit code")
    public static void main(String[] args) {
        quietLibraryLogs(java.util.Arrays.asList(args).contains("--verbose"));
        System.exit(commandLine().execute(args));
    }

    /** CoreNLP's model-loading chatter goes to stderr only with --verbose; warnings always do. */
    static void quietLibraryLogs(boolean verbose) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        // DJL's tokenizer library probes for a GPU on load and warns that it found none: we run on CPU.
        System.setProperty("org.slf4j.simpleLogger.log.ai.djl.util.cuda.CudaUtils", "error");
    }

    /**
     * The configured command line. Usage errors and failures print one line on stderr — never a
     * stack trace — and map to {@link ExitCodes}.
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("admired: " + oneLine(ex.getMessage()) + " (see 'admired --help')");
            err.flush();
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof CommandFailure failure) {
                err.println("admired: " + oneLine(failure.getMessage()));
                err.flush();
                return failure.exitCode();
            }
            err.println("admired: internal error: " + ex.getClass().getSimpleName() + ": " + oneLine(ex.getMessage()));
            err.flush();
            return ExitCodes.INTERNAL_ERROR;
        });
        return cli;
    }

    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "missing command: run, search, people, report, eval or help");
    }
}
