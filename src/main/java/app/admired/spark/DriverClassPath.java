package app.admired.spark;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The class path this driver runs with, as absolute entries: for {@code java -jar admired.jar},
 * the jar and the {@code lib/} jars its manifest names (the JVM's {@code java.class.path} holds the
 * jar only); otherwise the JVM's class path (surefire's, for tests).
 */
final class DriverClassPath {

    private DriverClassPath() {}

    static String entries() {
        String tests = System.getProperty("surefire.test.class.path");
        if (tests != null && !tests.isBlank()) {
            return tests;
        }
        try {
            java.security.CodeSource source =
                    DriverClassPath.class.getProtectionDomain().getCodeSource();
            Path code = source == null ? null : Path.of(source.getLocation().toURI());
            if (code != null && Files.isRegularFile(code)) {
                List<String> entries = new ArrayList<>();
                entries.add(code.toAbsolutePath().toString());
                try (JarFile jar = new JarFile(code.toFile())) {
                    Manifest manifest = jar.getManifest();
                    String classPath = manifest == null
                            ? null
                            : manifest.getMainAttributes().getValue("Class-Path");
                    if (classPath != null) {
                        for (String entry : classPath.trim().split("\\s+")) {
                            entries.add(code.getParent()
                                    .resolve(entry)
                                    .toAbsolutePath()
                                    .toString());
                        }
                    }
                }
                return String.join(File.pathSeparator, entries);
            }
        } catch (URISyntaxException | IOException | SecurityException e) {
            // Fall back to what the JVM says.
        }
        return System.getProperty("java.class.path");
    }
}
