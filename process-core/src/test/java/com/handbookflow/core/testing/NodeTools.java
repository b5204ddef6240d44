package com.handbookflow.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs the project's Node tools (Spectral in tools/spectral, the TypeScript clients in clients/typescript)
 * from a test. They are installed by {@code bin/test} ({@code npm ci}); a test that needs one fails
 * with that instruction rather than passing silently, because CI runs bin/test and must check them.
 */
public final class NodeTools {

    private NodeTools() {
    }

    /** What a finished command printed (stdout and stderr together) and how it exited. */
    public record Result(int exitCode, String output) {
    }

    /** The repository's root: the first folder above the module's working directory with mvnw and tools/. */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("tools"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no repository root (mvnw and tools/) above " + Path.of("").toAbsolutePath());
    }

    /** A binary from a package folder's node_modules/.bin, failing the test with how to install it if absent. */
    public static Path binary(String packageFolder, String name) {
        Path bin = repositoryRoot().resolve(packageFolder).resolve("node_modules/.bin").resolve(name);
        if (!Files.isExecutable(bin)) {
            fail(name + " is not installed in " + packageFolder + ": run bin/test (it installs it), or `npm ci` in "
                    + packageFolder);
        }
        return bin;
    }

    /** Runs a command in a folder with a time bound; the output is returned, never thrown away. */
    public static Result run(Path workingDirectory, Map<String, String> environment, List<String> command) {
        List<String> full = new ArrayList<>(command);
        try {
            ProcessBuilder builder = new ProcessBuilder(full).directory(workingDirectory.toFile()).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            // read while it runs: a full pipe would block the child
            byte[][] out = new byte[1][];
            Thread reader = new Thread(() -> {
                try {
                    out[0] = process.getInputStream().readAllBytes();
                } catch (IOException e) {
                    out[0] = ("(output lost: " + e + ")").getBytes(StandardCharsets.UTF_8);
                }
            });
            reader.start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail("timed out after 5 minutes: " + full);
            }
            reader.join(10_000);
            return new Result(process.exitValue(), out[0] == null ? "" : new String(out[0], StandardCharsets.UTF_8));
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().contains("error=2")) {
                fail("cannot run " + full.get(0) + " (is Node.js installed? bin/test installs it): " + e.getMessage());
            }
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
