package io.dramatis.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.dramatis.testsupport.Archives;
import io.dramatis.testsupport.Operator;
import io.dramatis.testsupport.TestCorpus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ImportResourceTest {

    /** A new article nobody imported before (a unique headline). */
    private static String unique(String label) {
        return " date 2021-02-03 " + label + " " + UUID.randomUUID() + "\n\nBERLIN: A story about " + label + ".\n";
    }

    private static JsonPath awaitDone(String jobId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            String state = Operator.given().get("/api/imports/" + jobId).then().extract().path("state");
            return state.equals("DONE") || state.equals("FAILED");
        });
        return Operator.given().get("/api/imports/" + jobId).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void importsUploadsOfFilesArchivesAndJsonLinesReportingEachFailure() {
        String jsonl = "{\"date\": \"2021-02-03\", \"title\": \"Json " + UUID.randomUUID() + "\", \"body\": \"Text.\"}\n"
                + "{\"date\": \"2021-02-30\", \"title\": \"Bad\", \"body\": \"Text.\"}\n";
        byte[] zip = Archives.zip(Archives.entries("inside.txt", unique("Zipped"), "../evil.txt", unique("Evil"),
                "nested.zip", Archives.zip(Archives.entries("x.txt", unique("Nested")))));
        var created = Operator.given()
                .multiPart("files", "one.txt", unique("One").getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("files", "again.txt", TestCorpus.read(TestCorpus.SEED), "text/plain")
                .multiPart("files", "seed-copy.txt", TestCorpus.read(TestCorpus.SEED), "text/plain")
                .multiPart("files", "bad-date.txt", " date 2021-13-01 X\n\nBody".getBytes(StandardCharsets.UTF_8))
                .multiPart("files", "latin1.txt", " date 2021-01-01 Caf\u00e9\n\nCaf\u00e9".getBytes(StandardCharsets.ISO_8859_1))
                .multiPart("files", "empty.txt", new byte[0])
                .multiPart("files", "bundle.zip", zip, "application/zip")
                .multiPart("files", "feed.jsonl", jsonl.getBytes(StandardCharsets.UTF_8))
                .multiPart("files", "broken.zip", "not a zip".getBytes(StandardCharsets.UTF_8))
                .post("/api/imports")
                .then().statusCode(202)
                .extract();
        String jobId = created.path("jobId");
        assertThat(created.header("Location")).endsWith("/api/imports/" + jobId);

        JsonPath job = awaitDone(jobId);

        assertThat(job.getString("state")).isEqualTo("DONE");
        assertThat(job.getInt("total")).isEqualTo(12);
        assertThat(job.getInt("processed")).isEqualTo(12);
        // Three new articles, and the seed twice (new or not, depending on what other tests stored first).
        assertThat(job.getInt("imported") + job.getInt("duplicates")).isEqualTo(5);
        assertThat(job.getInt("imported")).isBetween(3, 4);
        assertThat(job.getInt("failedCount")).isEqualTo(7);
        Map<String, String> failed = job.getMap("failed.collectEntries { [(it.name): it.reason] }");
        assertThat(failed).containsOnlyKeys("00004-bad-date.txt", "00005-latin1.txt", "00006-empty.txt",
                "00007-bundle.zip/../evil.txt", "00007-bundle.zip/nested.zip", "00008-feed.jsonl:2",
                "00009-broken.zip");
        assertThat(failed.get("00004-bad-date.txt")).startsWith("line 1: '2021-13-01' is not a calendar date");
        assertThat(failed.get("00005-latin1.txt")).startsWith("line 1: bytes that are not valid UTF-8");
        assertThat(failed.get("00006-empty.txt")).isEqualTo("the file is empty; expected a header line like ' date"
                + " 2021-01-05 Headline of the article', a blank line, then the article's text");
        assertThat(failed.get("00007-bundle.zip/../evil.txt")).startsWith("unsafe path");
        assertThat(failed.get("00007-bundle.zip/nested.zip")).startsWith("an archive inside the archive");
        assertThat(failed.get("00008-feed.jsonl:2")).startsWith("line 2: '2021-02-30' is not a calendar date");
        assertThat(failed.get("00009-broken.zip")).startsWith("not a readable zip archive");
        assertThat(job.getDouble("articlesPerSecond")).isPositive();
    }

    @Test
    void importsAServerFolderInsideTheImportRootsOnly() throws IOException {
        Path root = Path.of("target", "test-inbox").toAbsolutePath();
        Path folder = Files.createDirectories(root.resolve("batch-" + UUID.randomUUID()));
        for (int i = 0; i < 25; i++) {
            Files.writeString(folder.resolve("a" + i + ".txt"), unique("Folder " + i));
        }
        Files.writeString(folder.resolve("broken.txt"), "no header here");

        String jobId = Operator.given().contentType("application/json").body(Map.of("path", folder.toString()))
                .post("/api/imports").then().statusCode(202).extract().path("jobId");
        JsonPath job = awaitDone(jobId);

        assertThat(job.getInt("total")).isEqualTo(26);
        assertThat(job.getInt("imported")).isEqualTo(25);
        assertThat(job.getList("failed.name")).containsExactly("broken.txt");
        TestCorpus.refreshIndex();
        given().queryParam("q", "Folder").get("/api/search").then().body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(25));
    }

    @Test
    void refusesPathsOutsideTheImportRootsAndMalformedRequests() {
        Operator.given().contentType("application/json").body(Map.of("path", "/etc")).post("/api/imports")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("'/etc' is outside the import roots"));
        Operator.given().contentType("application/json").body(Map.of("path", "relative/folder")).post("/api/imports")
                .then().statusCode(400).body("detail", containsString("not an absolute path"));
        Operator.given().contentType("application/json").body(Map.of("path", "/no/such/folder/anywhere")).post("/api/imports")
                .then().statusCode(400).body("detail", equalTo("No folder or file at '/no/such/folder/anywhere'"));
        Operator.given().contentType("application/json").body("{}").post("/api/imports")
                .then().statusCode(400).body("detail", containsString("Expected {\"path\""));
        Operator.given().contentType("application/json").body("{not json").post("/api/imports")
                .then().statusCode(400).contentType("application/problem+json");
        Operator.given().get("/api/imports/no-such-job").then().statusCode(404)
                .body("detail", equalTo("No import job has the id 'no-such-job'"));
    }

    @Test
    void listsRecentJobs() {
        String jobId = Operator.given().multiPart("files", "x.txt", unique("Listed").getBytes(StandardCharsets.UTF_8))
                .post("/api/imports").then().statusCode(202).extract().path("jobId");
        awaitDone(jobId);
        List<String> ids = Operator.given().get("/api/imports").then().statusCode(200).extract().path("jobId");
        assertThat(ids).contains(jobId);
    }
}
