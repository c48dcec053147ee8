package io.dramatis.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.oneOf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The small corpus committed under {@code src/test/resources/corpus}: the seed article and a few
 * Reuters-21578 stories. Loading is idempotent (the app answers repeats as duplicates), so every
 * test can ask for it.
 */
public final class TestCorpus {

    public static final String SEED = "peace-talks-2021-01-05.txt";
    public static final List<String> FILES = List.of(SEED, "reuters-00002.txt", "reuters-00028.txt",
            "reuters-00036.txt", "reuters-00045.txt", "reuters-00150.txt", "reuters-00206.txt", "reuters-00320.txt",
            "reuters-00500.txt", "reuters-01001.txt", "reuters-02003.txt", "reuters-03010.txt", "reuters-04027.txt",
            "reuters-05005.txt", "reuters-06006.txt", "reuters-08008.txt", "reuters-09009.txt");

    private TestCorpus() {
    }

    public static byte[] read(String file) {
        try (InputStream in = TestCorpus.class.getResourceAsStream("/corpus/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("No corpus file " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String file) {
        return new String(read(file), StandardCharsets.UTF_8);
    }

    /** Posts every corpus article and makes the index show them. */
    public static void load() {
        for (String file : FILES) {
            Operator.given().contentType("text/plain").body(read(file)).post("/api/articles")
                    .then().statusCode(oneOf(200, 201));
        }
        refreshIndex();
    }

    /** Makes every document written so far visible to searches, instead of waiting for the next refresh. */
    public static void refreshIndex() {
        given().post("http://" + ElasticsearchTestResource.sharedNode().host() + "/_refresh")
                .then().statusCode(200);
    }
}
