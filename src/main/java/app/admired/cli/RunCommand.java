package app.admired.cli;

import app.admired.ingest.ColumnMapping;
import app.admired.nlp.Aliases;
import app.admired.report.Period;
import app.admired.spark.EngineException;
import app.admired.spark.SparkEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code admired run [CORPUS] [--out DIR]}: the whole batch. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Read a corpus folder, annotate it, index it in Lucene and write the ranked reports.")
final class RunCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            defaultValue = "corpus",
            paramLabel = "CORPUS",
            description = "Folder of articles and comment threads, read recursively (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(
            names = "--out",
            defaultValue = "output",
            paramLabel = "DIR",
            description = "Output folder for the index and reports (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = "--csv-columns",
            paramLabel = "MAPPING",
            description = "Column names of CSV and JSON Lines exports, when not the usual ones, "
                    + "e.g. text=body,author=user,date=posted_at,article=post_id,title=headline,kind=type.")
    String csvColumns;

    @Option(
            names = "--aliases",
            paramLabel = "FILE",
            description = "CSV of alias,canonical rows (\"Zuck,Mark Zuckerberg\"); overrides automatic name linking.")
    Path aliasesFile;

    @Option(
            names = "--coref",
            description = "Also count pronouns that CoreNLP coreference links to a person"
                    + " (slow: parses every sentence).")
    boolean coref;

    @Option(
            names = "--threads",
            paramLabel = "N",
            defaultValue = "0",
            description = "Documents annotated in parallel (default: the available processors).")
    int threads;

    @Option(names = "--rebuild", description = "Annotate every file again instead of only new and changed ones.")
    boolean rebuild;

    @Option(
            names = "--period",
            defaultValue = "quarter",
            paramLabel = "P",
            description = "Period of trends.csv: month, quarter or year (default: ${DEFAULT-VALUE}); stored with the"
                    + " index, so 'report' writes the same trends.")
    String period;

    @Option(names = "--quiet", description = "No progress display and no ranking on stdout (the summary stays).")
    boolean quiet;

    @Option(names = "--verbose", description = "Print a line per file, and CoreNLP's own log lines.")
    boolean verbose;

    @Option(
            names = "--engine",
            defaultValue = "local",
            paramLabel = "ENGINE",
            description = "local (default): annotate in this JVM; spark: run the annotate-and-index stage as an"
                    + " Apache Spark job (same results; see docs/SCALING.md).")
    String engine;

    @Option(
            names = "--master",
            paramLabel = "URL",
            description = "Spark master for --engine spark: local[*] (default), local[N], spark://HOST:PORT, yarn, …")
    String master;

    @Option(
            names = "--spark-conf",
            paramLabel = "KEY=VALUE",
            description = "A Spark configuration property for --engine spark (repeatable), e.g."
                    + " spark.executor.memory=6g.")
    List<String> sparkConf = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (Files.exists(corpus) && !Files.isDirectory(corpus)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "the corpus must be a folder, but " + corpus + " is a file");
        }
        if (!Files.isDirectory(corpus)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "corpus folder not found: " + corpus);
        }
        requireFolderOrAbsent(spec, "--out", out);
        ColumnMapping columns;
        try {
            columns = ColumnMapping.parse(csvColumns);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--csv-columns: " + e.getMessage());
        }
        if (threads == 0) {
            threads = Runtime.getRuntime().availableProcessors();
        }
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        Batch.Options options = new Batch.Options(
                columns, readAliases(spec, aliasesFile), coref, rebuild, verbose, threads, quiet, period(spec, period));
        SparkEngine spark = sparkEngine();
        Batch batch = new Batch(spec.commandLine().getOut(), spec.commandLine().getErr(), spark);
        Batch.Result result;
        try {
            result = batch.run(corpus, out, options);
        } catch (EngineException e) {
            throw new CommandFailure(ExitCodes.ENGINE_UNAVAILABLE, e.getMessage());
        } catch (java.io.IOException | RuntimeException e) {
            CommandFailure fault = Faults.ofWriting(
                    e, out, batch.committed() ? Faults.Stage.AFTER_COMMIT : Faults.Stage.BEFORE_COMMIT);
            throw fault != null ? fault : e;
        }
        return result.documents() == 0 ? ExitCodes.NOTHING_PROCESSED : ExitCodes.OK;
    }

    /** The Spark engine asked for, or null for a local run; bad options are usage errors. */
    private SparkEngine sparkEngine() {
        if (!"spark".equals(engine)) {
            if (!"local".equals(engine)) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--engine must be local or spark, not '" + engine + "'");
            }
            if (master != null || !sparkConf.isEmpty()) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--master and --spark-conf need --engine spark");
            }
            return null;
        }
        Map<String, String> conf = new LinkedHashMap<>();
        for (String pair : sparkConf) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--spark-conf must be KEY=VALUE, not '" + pair + "'");
            }
            conf.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        try {
            return SparkEngine.connect(master, conf, verbose);
        } catch (EngineException e) {
            throw new CommandFailure(ExitCodes.ENGINE_UNAVAILABLE, e.getMessage());
        }
    }

    /** A usage error when {@code path} exists but is not a folder (a file where a folder is wanted). */
    static void requireFolderOrAbsent(CommandLine.Model.CommandSpec spec, String option, Path path) {
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), option + " must name a folder, but " + path + " is a file");
        }
    }

    /** The period named on the command line; anything else is a usage error. */
    static Period period(CommandLine.Model.CommandSpec spec, String key) {
        for (Period p : Period.values()) {
            if (p.key().equals(key)) {
                return p;
            }
        }
        throw new CommandLine.ParameterException(
                spec.commandLine(), "--period must be month, quarter or year, not '" + key + "'");
    }

    /** The aliases file, or none; a missing or malformed file is a usage error. */
    static Aliases readAliases(CommandLine.Model.CommandSpec spec, Path file) {
        if (file == null) {
            return Aliases.NONE;
        }
        try {
            return Aliases.read(file);
        } catch (java.io.IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--aliases: cannot read " + file);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--aliases: " + e.getMessage());
        }
    }
}
