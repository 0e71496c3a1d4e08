package app.admired.report;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Finding and running the desktop programs the integration tests check our files with. */
final class ExternalTool {

    private ExternalTool() {}

    /** The first of {@code names} found on the PATH, else the first of {@code paths} that exists. */
    static Optional<Path> find(List<String> names, List<String> paths) {
        String pathVar = System.getenv("PATH");
        if (pathVar != null) {
            for (String name : names) {
                for (String dir : pathVar.split(File.pathSeparator)) {
                    if (dir.isEmpty()) {
                        continue;
                    }
                    Path candidate = Path.of(dir, name);
                    if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                        return Optional.of(candidate);
                    }
                }
            }
        }
        return paths.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /** The result of {@link #run}: the exit code and what the program printed (both streams). */
    record Run(int exitCode, String output) {}

    /** Runs a command with extra environment variables, failing the test if it takes over {@code seconds}. */
    static Run run(List<String> command, Map<String, String> env, Path log, int seconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(command.get(0) + " did not finish in " + seconds + " s: " + Files.readString(log));
        }
        return new Run(process.exitValue(), Files.readString(log));
    }
}
