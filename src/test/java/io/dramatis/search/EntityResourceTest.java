package io.dramatis.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.dramatis.testsupport.TestCorpus;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EntityResourceTest {

    @BeforeEach
    void loadCorpus() {
        TestCorpus.load();
    }

    private static List<Map<String, Object>> find(String... params) {
        var request = given();
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam(params[i], params[i + 1]);
        }
        return request.get("/api/entities").then().statusCode(200).extract().jsonPath().getList("$");
    }

    @Test
    void findsActorsByTheStartOfAnyWordOfTheirNameInAnyCase() {
        assertThat(find("type", "person", "prefix", "khal")).singleElement().isEqualTo(
                Map.of("type", "PERSON", "name", "Zalmay Khalilzad", "articles", 1));
        assertThat(find("type", "person", "prefix", "ZAL")).extracting(m -> m.get("name")).contains("Zalmay Khalilzad");
        assertThat(find("type", "person", "prefix", "ilzad")).isEmpty();
        assertThat(find("prefix", "tali")).extracting(m -> m.get("type") + " " + m.get("name"))
                .contains("ORGANIZATION Taliban");
    }

    @Test
    void ranksByArticlesAndCountsOnlyTheArticlesThatMatchTheFilters() {
        List<Map<String, Object>> places = find("type", "location", "limit", "5");
        assertThat(places).hasSizeLessThanOrEqualTo(5);
        assertThat(places).extracting(m -> ((Number) m.get("articles")).intValue())
                .isSortedAccordingTo((a, b) -> b - a);
        int allUs = given().queryParam("location", "United States").get("/api/search").then().extract().path("total");
        assertThat(find("type", "location", "prefix", "united st")).contains(
                Map.of("type", "LOCATION", "name", "United States", "articles", allUs));
        assertThat(find("type", "location", "prefix", "united st", "q", "Khalilzad")).containsExactly(
                Map.of("type", "LOCATION", "name", "United States", "articles", 1));
        assertThat(find("type", "date", "prefix", "2020", "person", "Zalmay Khalilzad"))
                .extracting(m -> m.get("name")).containsExactlyInAnyOrder("2020", "2020-02-29");
    }

    @Test
    void takesTypedCharactersLiterally() {
        assertThat(find("prefix", ".*")).isEmpty();
        assertThat(find("prefix", "(")).isEmpty();
    }

    @Test
    void rejectsMalformedParameters() {
        given().queryParam("type", "people").get("/api/entities").then().statusCode(400)
                .body("detail", equalTo("type must be person, organization, location or date; got 'people'"));
        given().queryParam("limit", "1000").get("/api/entities").then().statusCode(400)
                .body("parameter", equalTo("limit"));
        given().queryParam("from", "yesterday").get("/api/entities").then().statusCode(400);
    }
}
