package landcover.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthGrpc;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.WebClient;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import landcover.testing.ExternalTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code landcover server} as its own process, as the launcher runs it: it says where it listens,
 * prints the admin token on first start only, stops on SIGTERM, and refuses bad settings with exit
 * code 2 before listening.
 */
class ServerProcessIT {
    private static final Pattern LISTENING = Pattern.compile("REST on http://127\\.0\\.0\\.1:(\\d+), gRPC on");
    private static final Pattern GRPC = Pattern.compile("gRPC on 127\\.0\\.0\\.1:(\\d+)");

    private static ProcessBuilder landcover(String... args) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // Exactly the launcher's class path: the packaged jar and its runtime libraries, so a missing
        // runtime dependency (of gRPC, say) fails here rather than for users.
        String classPath = "target/landcover-server.jar" + File.pathSeparator + "target/lib/*";
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", classPath, "landcover.server.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("LANDCOVER_HOST", "127.0.0.1");
        builder.environment().remove("LANDCOVER_ADMIN_TOKEN");
        return builder;
    }

    /** One run of the server: what it printed, up to its exit. */
    record Run(
            int port, String stdout, String stderr, int exitCode, int liveStatus, int readyStatus, String grpcHealth) {}

    private static Run runAndStop(Path dataDir) throws Exception {
        Process process = landcover("server", "--port", "0", "--grpc-port", "0", "--data-dir", dataDir.toString())
                .start();
        BlockingQueue<String> errLines = new LinkedBlockingQueue<>();
        StringBuilder stderr = new StringBuilder();
        Thread reader = Thread.ofVirtual().start(() -> pump(process, errLines, stderr));
        int port = awaitPort(errLines, process);
        int live = status(port, "/health/live");
        int ready = status(port, "/health/ready");
        String grpcHealth = grpcHealth(grpcPort(stderr));
        // SIGTERM, leaving the pipes open (Process.destroy() would close them).
        process.toHandle().destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("stopped within 60 s")
                .isTrue();
        reader.join();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(port, stdout, stderr.toString(), process.exitValue(), live, ready, grpcHealth);
    }

    private static void pump(Process process, BlockingQueue<String> lines, StringBuilder all) {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (all) {
                    all.append(line).append('\n');
                }
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("read failed: " + e);
        }
    }

    private static int awaitPort(BlockingQueue<String> lines, Process process) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            Matcher matcher = line == null ? null : LISTENING.matcher(line);
            if (matcher != null && matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
            assertThat(process.isAlive() || !lines.isEmpty())
                    .as("server exited early")
                    .isTrue();
        }
        throw new AssertionError("the server did not say where it listens within 120 s");
    }

    private static int grpcPort(StringBuilder stderr) {
        synchronized (stderr) {
            Matcher matcher = GRPC.matcher(stderr);
            assertThat(matcher.find()).as(stderr.toString()).isTrue();
            return Integer.parseInt(matcher.group(1));
        }
    }

    private static String grpcHealth(int port) throws InterruptedException {
        ManagedChannel channel = Grpc.newChannelBuilderForAddress(
                        "127.0.0.1", port, InsecureChannelCredentials.create())
                .build();
        try {
            return HealthGrpc.newBlockingStub(channel)
                    .check(HealthCheckRequest.getDefaultInstance())
                    .getStatus()
                    .name();
        } finally {
            channel.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private static int status(int port, String path) {
        WebClient client =
                WebClient.builder().baseUri("http://127.0.0.1:" + port).build();
        try (HttpClientResponse response = client.get(path).request()) {
            return response.status().code();
        }
    }

    @Test
    void server_startsAnswersAndStopsOnSigterm_printingTheAdminTokenOnlyOnFirstStart(@TempDir Path dir)
            throws Exception {
        Path data = dir.resolve("data");
        Run first = runAndStop(data);
        assertThat(first.liveStatus()).isEqualTo(200);
        assertThat(first.readyStatus()).as("no production models yet").isEqualTo(503);
        assertThat(first.grpcHealth()).isEqualTo("NOT_SERVING");
        assertThat(first.stderr()).contains("landcover: stopped").doesNotContain("Exception");
        assertThat(first.exitCode())
                .as("killed by SIGTERM after a graceful stop")
                .isEqualTo(143);
        List<String> out = first.stdout().lines().toList();
        assertThat(out).hasSize(2);
        assertThat(out.getFirst()).startsWith("Admin token (shown once");
        assertThat(out.get(1)).matches("[A-Za-z0-9_-]{43}");
        assertThat(Files.readString(data.resolve("admin-token.sha256"))).doesNotContain(out.get(1));

        Run second = runAndStop(data);
        assertThat(second.stdout()).isEmpty();
        assertThat(second.liveStatus()).isEqualTo(200);
    }

    @Test
    void server_badSettings_exitTwoWithOneLine_beforeListening(@TempDir Path dir) throws IOException {
        ExternalTool.Result badPort = ExternalTool.run(landcover("server", "--port", "70000"));
        assertThat(badPort.exitCode()).isEqualTo(2);
        assertThat(badPort.stderr())
                .isEqualTo("landcover: server.port must be 0-65535, was 70000\n")
                .doesNotContain("\tat ");

        ExternalTool.Result missing = ExternalTool.run(
                landcover("server", "--config", dir.resolve("no.yaml").toString()));
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.stderr()).contains("cannot read config file").doesNotContain("\tat ");

        Path yaml = Files.writeString(
                dir.resolve("bad.yaml"), "security:\n  api-access: api-keys\n  api-keys-file: none.txt\n");
        ExternalTool.Result noKeys = ExternalTool.run(landcover(
                "server",
                "--config",
                yaml.toString(),
                "--data-dir",
                dir.resolve("d").toString()));
        assertThat(noKeys.exitCode()).isEqualTo(2);
        assertThat(noKeys.stderr()).contains("API key file").contains("does not exist");
        assertThat(noKeys.stdout())
                .as("no admin token made by a start that fails")
                .isEmpty();
    }
}
