package app.admired.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.admired.cli.EndToEndTest.Captured;
import app.admired.spark.SparkEngine;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Spark standalone cluster on loopback: a master and two workers, each its own JVM started
 * from Spark's {@code Master} and {@code Worker} classes on this test's class path; the batch is
 * submitted to {@code spark://127.0.0.1:PORT} and must give the local engine's reports byte for
 * byte. Every process this test starts is stopped by its pid (with the executors the workers
 * launched), whatever happens. The corpus is the test fixture unless {@code -Dadmired.cluster.corpus}
 * names another (the bundled {@code corpus} was checked that way; docs/SCALING.md).
 */
@Tag("corenlp")
@Tag("integration")
class StandaloneClusterTest {

    private static final List<Process> STARTED = new ArrayList<>();

    @TempDir
    static Path temp;

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void twoWorkersGiveTheLocalEnginesReports() throws Exception {
        String corpusProperty = System.getProperty("admired.cluster.corpus");
        Path corpus = corpusProperty == null ? EndToEndTest.fixtureCorpus() : Path.of(corpusProperty);
        Path local = temp.resolve("local");
        Captured localRun = EndToEndTest.execute("run", corpus.toString(), "--out", local.toString(), "--quiet");
        assertEquals(ExitCodes.OK, localRun.exitCode(), localRun.err());

        // Spark's launcher finds its jars under SPARK_HOME/jars: an empty one, our class path does the rest.
        Path sparkHome = Files.createDirectories(temp.resolve("spark-home"));
        Files.createDirectories(sparkHome.resolve("jars"));
        int port = freePort();
        int masterUi = freePort();
        start(
                "master",
                sparkHome,
                List.of(
                        "org.apache.spark.deploy.master.Master",
                        "--host",
                        "127.0.0.1",
                        "--port",
                        String.valueOf(port),
                        "--webui-port",
                        String.valueOf(masterUi)));
        awaitListening(port);
        String url = "spark://127.0.0.1:" + port;
        for (int i = 1; i <= 2; i++) {
            start(
                    "worker-" + i,
                    sparkHome,
                    List.of(
                            "org.apache.spark.deploy.worker.Worker",
                            "--host",
                            "127.0.0.1",
                            "--cores",
                            "1",
                            "--memory",
                            "3g",
                            "--webui-port",
                            String.valueOf(freePort()),
                            "--work-dir",
                            Files.createDirectories(temp.resolve("work-" + i)).toString(),
                            url));
        }

        awaitWorkers(masterUi, 2);

        Path spark = temp.resolve("spark");
        Captured run = SparkEngineTest.runOnSpark(
                corpus,
                spark,
                url,
                "spark.executor.memory=3g",
                "spark.executor.cores=1",
                "spark.driver.host=127.0.0.1",
                "spark.driver.bindAddress=127.0.0.1",
                "spark.executor.instances=2");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.err().contains("spark " + url + ": 2 executors, 2 cores"), run.err());
        for (String name : List.of("most-admired.csv", "mentions.csv", "documents.csv", "skipped.csv")) {
            assertArrayEquals(Files.readAllBytes(local.resolve(name)), Files.readAllBytes(spark.resolve(name)), name);
        }
    }

    @AfterAll
    static void stopTheCluster() {
        try {
            SparkEngine.stopSession();
        } finally {
            // Workers first (with the executor JVMs they launched), then the master: by pid, each one ours.
            for (int i = STARTED.size() - 1; i >= 0; i--) {
                ProcessHandle handle = STARTED.get(i).toHandle();
                handle.descendants().forEach(ProcessHandle::destroyForcibly);
                handle.destroyForcibly();
                handle.onExit().join();
            }
            STARTED.clear();
        }
    }

    private static void start(String name, Path sparkHome, List<String> mainAndArgs) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        // The add-opens flags this JVM got from surefire (the pom's spark.jvm.flags).
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("--add-opens") || arg.startsWith("-Djdk.reflect") || arg.startsWith("-Dio.netty")) {
                command.add(arg);
            }
        }
        command.add("-cp");
        command.add(classPath());
        command.addAll(mainAndArgs);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve(name + ".log").toFile());
        builder.environment().put("SPARK_HOME", sparkHome.toString());
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        STARTED.add(builder.start());
    }

    /** Waits (bounded) until the master's status page lists {@code count} alive workers. */
    private static void awaitWorkers(int uiPort, int count) throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest status = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + uiPort + "/json/"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Pattern alive = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                Matcher m = alive.matcher(
                        http.send(status, HttpResponse.BodyHandlers.ofString()).body());
                if (m.find() && Integer.parseInt(m.group(1)) >= count) {
                    return;
                }
            } catch (IOException e) {
                // Not up yet.
            }
            Thread.sleep(500);
        }
        throw new AssertionError(count + " workers did not register within 120 s; see " + temp);
    }

    private static String classPath() {
        String tests = System.getProperty("surefire.test.class.path");
        return tests != null && !tests.isBlank() ? tests : System.getProperty("java.class.path");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitListening(int port) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
                return;
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the Spark master did not listen on " + port + " within 60 s; see "
                + temp.resolve("master.log") + File.separator);
    }
}
