package io.dramatis.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.dramatis.testsupport.Operator;
import io.dramatis.testsupport.TestCorpus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ArticleResourceTest {

    private static String uniqueArticle() {
        return " date 2021-03-04 Unique headline " + UUID.randomUUID() + "\n\nKABUL: Quoted “text” & <b>tags</b>.\n";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void createsAnArticleAndAnswersTheSameArticleAsADuplicate() {
        String article = uniqueArticle();
        var created = Operator.given().contentType("text/plain").body(utf8(article))
                .when().post("/api/articles")
                .then().statusCode(201)
                .contentType("application/json")
                .body("duplicate", equalTo(false))
                .body("publishedOn", equalTo("2021-03-04"))
                .body("title", startsWith("Unique headline "))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/articles/" + id);

        Operator.given().contentType("text/plain").body(utf8(article.replace("\n", "\r\n") + "\n\n"))
                .when().post("/api/articles")
                .then().statusCode(200)
                .body("duplicate", equalTo(true))
                .body("id", equalTo(id));

        given().get("/api/articles/" + id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("dateline", equalTo("KABUL"))
                .body("body", equalTo("KABUL: Quoted “text” & <b>tags</b>."))
                .body("publishedOn", equalTo("2021-03-04"));
    }

    @Test
    void pointsLocationAtTheNewArticle() {
        String location = Operator.given().contentType("text/plain").body(utf8(uniqueArticle()))
                .post("/api/articles").then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        given().get(location).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void makesANewArticleSearchableWithinFiveSeconds() {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String id = Operator.given().contentType("text/plain")
                .body(" date 2021-03-04 Headline\n\nA word nobody else uses: " + marker + ".")
                .post("/api/articles").then().statusCode(201).extract().path("id");

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().queryParam("q", marker)
                .get("/api/search").then().body("hits.id", hasItem(id)));
    }

    @Test
    void storesTheSeedArticleAsWritten() {
        TestCorpus.load();
        String id = Operator.given().contentType("text/plain").body(TestCorpus.read(TestCorpus.SEED))
                .post("/api/articles").then().statusCode(200).extract().path("id");
        given().get("/api/articles/" + id).then()
                .body("title", equalTo("Peace talks begin today: Zalmay Khalilzad calls on General Qamar Javed Bajwa"
                        + " ahead of Doha talks"))
                .body("dateline", equalTo("ISLAMABAD"))
                .body("body", containsString("Zabihullah’ tweet"));
    }

    @Test
    void listsWhatTheSeedArticleMentionsOncePerActorWithEveryMention() {
        String id = Operator.given().contentType("text/plain").body(TestCorpus.read(TestCorpus.SEED))
                .post("/api/articles").then().statusCode(oneOf(200, 201)).extract().path("id");
        JsonPath article = given().get("/api/articles/" + id).then().statusCode(200).extract().jsonPath();

        assertThat(article.getList("entities.findAll { it.type == 'PERSON' }.name", String.class))
                .contains("Zalmay Khalilzad", "Qamar Javed Bajwa", "Sonny Leggett", "Zabihullah Mujahid", "Suhail Shaheen")
                .doesNotContain("Khalilzad", "Leggett", "Mujahid", "he", "his", "He", "His");
        assertThat(article.getList("entities.findAll { it.type == 'ORGANIZATION' }.name", String.class))
                .contains("Taliban", "Islamic State", "ISPR");
        assertThat(article.getList("entities.findAll { it.type == 'LOCATION' }.name", String.class))
                .contains("Afghanistan", "Pakistan", "Doha", "Kabul", "Qatar", "Islamabad", "Kandahar", "United States")
                .doesNotContain("US", "ISLAMABAD");
        assertThat(article.getList("entities.findAll { it.type == 'DATE' }.name", String.class))
                .contains("2021-01-04", "2020-02-29", "2020");
        List<String> actors = article.getList("entities.collect { it.type + ' ' + it.name }", String.class);
        assertThat(actors).doesNotHaveDuplicates();

        String body = article.getString("body");
        List<Map<String, Object>> mentions = article.getList("entities.mentions.flatten()");
        assertThat(mentions).hasSizeGreaterThan(40).allSatisfy(m -> assertThat(body.substring((Integer) m.get("start"),
                (Integer) m.get("end"))).isEqualTo(m.get("text")));
        assertThat(article.getList("entities.find { it.name == 'Zalmay Khalilzad' }.mentions.text", String.class))
                .containsExactly("Zalmay Khalilzad", "Zalmay Khalilzad", "Khalilzad", "Khalilzad");
    }

    @Test
    void answersUnknownIdsWithNotFound() {
        for (String id : new String[] {"987654321", "abc", "-1", "1e3"}) {
            given().get("/api/articles/" + id)
                    .then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("status", equalTo(404))
                    .body("detail", equalTo("No article has the id '" + id + "'"));
        }
    }

    @Test
    void rejectsEachMalformedArticleWithWhatIsWrongAndOnWhichLine() {
        assertRejected("Peace talks\n\nBody", 400, "line 1: no 'date' header");
        assertRejected("date 2021-02-30 Headline\n\nBody", 400, "line 1: '2021-02-30' is not a calendar date");
        assertRejected("date 2021-13-01 Headline\n\nBody", 400, "line 1: '2021-13-01' is not a calendar date");
        assertRejected("date 05/01/2021 Headline\n\nBody", 400, "line 1: expected an ISO date YYYY-MM-DD");
        assertRejected("date 2021-01-05\n\nBody", 400, "line 1: the headline is empty");
        assertRejected("date 2021-01-05 Headline\n\n", 400, "line 2: the body is empty");
        assertRejected("", 400, "the file is empty");
        assertRejected("date 2021-01-05 H\n\n" + "x".repeat(5 * 1024 * 1024), 413, "larger than the 5 MiB limit");

        Operator.given().contentType("text/plain")
                .body("date 2021-01-05 Headline\n\nCaf\u00e9".getBytes(StandardCharsets.ISO_8859_1))
                .post("/api/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", startsWith("line 3: bytes that are not valid UTF-8"));
    }

    private static void assertRejected(String body, int status, String detail) {
        Operator.given().contentType("text/plain").body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles")
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", equalTo(status == 413 ? "Article too large" : "Malformed article"))
                .body("detail", containsString(detail));
    }
}
