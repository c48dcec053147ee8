package io.dramatis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Random;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import io.dramatis.article.ArticleFormatException;
import io.dramatis.article.ArticleParser;
import io.dramatis.testsupport.Mutations;
import io.dramatis.testsupport.Operator;
import io.dramatis.testsupport.TestCorpus;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * A thousand hostile query strings and a thousand damaged articles: never a 500, every refusal
 * explained, nothing stored twice. The inputs come from fixed seeds, so a failure replays.
 */
@QuarkusTest
class FuzzTest {

    private static final Logger LOG = Logger.getLogger(FuzzTest.class);

    private static final List<String> PARAMETERS = List.of("q", "person", "-person", "organization", "-organization",
            "location", "date", "-date", "from", "to", "sort", "page", "size", "facetSize", "more", "find", "prefix",
            "type", "limit", "x");

    @TestHTTPResource("/")
    URI base;

    @Test
    void answersAThousandHostileQueryStringsWithoutAServerError() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Map<Integer, Integer> statuses = new TreeMap<>();
        Random random = new Random(20_210_105L);
        for (int i = 0; i < 1000; i++) {
            StringBuilder query = new StringBuilder();
            int parameters = random.nextInt(5);
            for (int p = 0; p < parameters; p++) {
                String name = random.nextInt(10) == 0 ? Mutations.text(random, 6) : PARAMETERS.get(random.nextInt(
                        PARAMETERS.size()));
                String value = random.nextInt(4) == 0 ? String.valueOf(random.nextInt(2_000_000) - 1000)
                        : Mutations.text(random, random.nextInt(20) == 0 ? 3000 : 40);
                query.append(p == 0 ? "" : "&").append(encode(name)).append('=').append(encode(value));
            }
            String path = List.of("/api/search", "/", "/api/entities").get(i % 3) + (query.isEmpty() ? "" : "?" + query);
            // The raw client sends the query exactly as built; RestAssured would re-parse it.
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(base.resolve(path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            // 414 or 431: a request line longer than the HTTP layer takes at all, refused before the app sees it.
            assertThat(answer.statusCode()).as("GET %.300s", path).isIn(200, 400, 414, 431);
            statuses.merge(answer.statusCode(), 1, Integer::sum);
            if (answer.statusCode() == 400 && path.startsWith("/api/")) {
                assertThat(answer.headers().firstValue("Content-Type")).as("%.300s", path).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(JsonPath.from(answer.body()).getString("detail")).as("%.300s", path).isNotBlank();
            }
        }
        LOG.infof("1000 hostile query strings, answers by status: %s", statuses);
        assertThat(statuses).as("some answered, some refused").containsKeys(200, 400);
    }

    @Test
    void answersAThousandDamagedArticlesWithoutAServerErrorAndStoresEachOnce() {
        TestCorpus.load();
        Random random = new Random(19_870_226L);
        ArticleParser parser = new ArticleParser(5 * 1024 * 1024);
        long before = Operator.given().get("/api/admin/stats").then().extract().<Number>path("articles").longValue();
        int created = 0;
        int refused = 0;
        List<String> stored = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            byte[] article = Mutations.mutate(TestCorpus.read(TestCorpus.FILES.get(i % TestCorpus.FILES.size())),
                    random);
            Response answer = Operator.given().config(io.restassured.RestAssured.config().encoderConfig(
                    EncoderConfig.encoderConfig().encodeContentTypeAs("text/plain", io.restassured.http.ContentType.BINARY)))
                    .contentType("text/plain").body(article).post("/api/articles");
            assertThat(answer.statusCode()).as("article %d", i).isIn(200, 201, 400, 413);
            boolean valid = isValid(parser, article);
            assertThat(answer.statusCode() == 400 || answer.statusCode() == 413).as("article %d refused", i)
                    .isEqualTo(!valid);
            if (answer.statusCode() == 201) {
                created++;
                stored.add(answer.header("Location"));
            } else if (!valid) {
                refused++;
                assertThat(answer.jsonPath().getString("detail")).isNotBlank();
            }
        }
        long after = Operator.given().get("/api/admin/stats").then().extract().<Number>path("articles").longValue();
        assertThat(after - before).as("one stored article per 201").isEqualTo(created);
        LOG.infof("1000 damaged articles: %d stored, %d refused with a reason, %d found already stored", created,
                refused, 1000 - created - refused);
        // The other tests share this app's database and count on the test corpus alone.
        stored.forEach(location -> Operator.given().delete(location).then().statusCode(204));
        assertThat(refused).as("damaged articles refused").isPositive();
    }

    private static boolean isValid(ArticleParser parser, byte[] article) {
        try {
            parser.parse(null, article);
            return true;
        } catch (ArticleFormatException e) {
            return false;
        }
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
