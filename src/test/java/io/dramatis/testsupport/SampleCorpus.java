package io.dramatis.testsupport;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The 301 sample articles committed in {@code samples/} (300 Reuters-21578 stories and the seed),
 * imported through the import API as an operator would. Idempotent: a second import only finds
 * duplicates.
 */
public final class SampleCorpus {

    public static final int ARTICLES = 301;

    private SampleCorpus() {
    }

    public static void load() {
        Path inbox = Path.of("target", "test-inbox", "samples").toAbsolutePath();
        try {
            Files.createDirectories(inbox);
            try (Stream<Path> files = Files.walk(Path.of("samples"))) {
                for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".txt"))::iterator) {
                    Files.copy(file, inbox.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String jobId = Operator.given().contentType("application/json").body(Map.of("path", inbox.toString()))
                .post("/api/imports").then().statusCode(202).extract().path("jobId");
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                .until(() -> "DONE".equals(Operator.given().get("/api/imports/" + jobId).then().extract().path("state")));
        TestCorpus.refreshIndex();
    }
}
