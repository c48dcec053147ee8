package io.dramatis.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.dramatis.testsupport.TestCorpus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SearchResourceTest {

    private static final String SEED_TITLE = "Peace talks begin today: Zalmay Khalilzad calls on General Qamar Javed"
            + " Bajwa ahead of Doha talks";

    @BeforeEach
    void loadCorpus() {
        TestCorpus.load();
    }

    private static JsonPath search(String... params) {
        var request = given();
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam(params[i], params[i + 1]);
        }
        return request.get("/api/search").then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    @Test
    void findsTheSeedArticleByANameAndMarksIt() {
        JsonPath result = search("q", "Khalilzad");

        assertThat(result.getInt("total")).isEqualTo(1);
        assertThat(result.getString("hits[0].title")).isEqualTo(SEED_TITLE);
        assertThat(result.getString("hits[0].publishedOn")).isEqualTo("2021-01-05");
        assertThat(result.getString("hits[0].dateline")).isEqualTo("ISLAMABAD");
        assertThat(result.getString("hits[0].snippet")).contains("<mark>Khalilzad</mark>");
    }

    @Test
    void stemsEnglishWords() {
        // The seed says "airstrikes" and "accuses"/"accused"; the queries use other forms.
        assertThat(search("q", "airstrike").getList("hits.title")).contains(SEED_TITLE);
        assertThat(search("q", "accuses").getList("hits.title")).contains(SEED_TITLE);
        assertThat(search("q", "accused").getString("hits[0].snippet")).containsPattern("<mark>accuse[ds]?</mark>");
    }

    @Test
    void findsNamesInPossessiveForm() {
        // The seed has "Pakistan's" and "the country's" only in possessive form.
        JsonPath result = search("q", "Pakistan efforts");
        assertThat(result.getList("hits.title")).contains(SEED_TITLE);
        assertThat(result.getString("hits[0].snippet")).contains("<mark>Pakistan</mark>'s");
    }

    @Test
    void supportsPhrasesOperatorsAndPrefixes() {
        assertThat(search("q", "\"peace process\"").getInt("total")).isEqualTo(1);
        assertThat(search("q", "\"process peace\"").getInt("total")).isZero();
        assertThat(search("q", "Khalilzad OR Standard").getInt("total")).isGreaterThan(1);
        assertThat(search("q", "Khalilzad -Taliban").getInt("total")).isZero();
        assertThat(search("q", "Khalil*").getInt("total")).isEqualTo(1);
    }

    @Test
    void fallsBackToPlainWordsOnMalformedQueries() {
        for (String malformed : List.of("\"Khalilzad", "Khalilzad)", "((Khalilzad", "Khalilzad |", "+Khalilzad +",
                "Khalilzad \\")) {
            assertThat(search("q", malformed).getList("hits.title")).as(malformed).contains(SEED_TITLE);
        }
    }

    @Test
    void escapesTheTextOfSnippetsButTheMarks() {
        // Reuters writes ticker symbols in angle brackets: "British Petroleum Co Plc <BP>".
        String snippet = search("q", "\"Petroleum Co Plc\" BP").getString("hits[0].snippet");
        assertThat(snippet).contains("Plc</mark> &lt;<mark>BP</mark>&gt;").doesNotContain("<BP>");
    }

    @Test
    void countsPublicationMonthsOverAllResults() {
        JsonPath all = search("size", "1");
        List<Integer> counts = all.getList("facets.publishedOn.count", Integer.class);
        assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(all.getInt("total"));
        assertThat(all.getList("facets.publishedOn.value")).contains("2021-01", "1987-02");

        JsonPath seed = search("q", "Khalilzad");
        assertThat(seed.getList("facets.publishedOn.value")).containsExactly("2021-01");
        assertThat(seed.getList("facets.publishedOn.count", Integer.class)).containsExactly(1);
    }

    @Test
    void filtersByPublicationDateInclusively() {
        JsonPath day = search("from", "2021-01-05", "to", "2021-01-05");
        assertThat(day.getList("hits.title")).containsExactly(SEED_TITLE);
        assertThat(search("to", "2021-01-04").getList("hits.title")).doesNotContain(SEED_TITLE);
        assertThat(search("from", "2021-01-06").getList("hits.title")).doesNotContain(SEED_TITLE);
        assertThat(search("from", "1987-01-01", "to", "1987-12-31").getList("hits.publishedOn", String.class))
                .isNotEmpty().allMatch(date -> date.startsWith("1987-"));
    }

    @Test
    void sortsNewestOrOldestFirst() {
        List<String> newest = search("sort", "newest", "size", "100").getList("hits.publishedOn");
        List<String> oldest = search("sort", "oldest", "size", "100").getList("hits.publishedOn");
        assertThat(newest).isSortedAccordingTo((a, b) -> b.compareTo(a)).contains("2021-01-05");
        assertThat(oldest).isSorted().first().isEqualTo("1987-02-26");
    }

    @Test
    void pagesThroughEveryResultOnce() {
        int total = search("size", "1").getInt("total");
        List<String> ids = new java.util.ArrayList<>();
        for (int page = 1; page <= (total + 2) / 3; page++) {
            JsonPath result = search("size", "3", "page", String.valueOf(page));
            assertThat(result.getInt("page")).isEqualTo(page);
            assertThat(result.getInt("size")).isEqualTo(3);
            ids.addAll(result.getList("hits.id"));
        }
        assertThat(ids).hasSize(total).doesNotHaveDuplicates();
        assertThat(search("size", "3", "page", "1000").getList("hits")).isEmpty();
    }

    @Test
    void answersMalformedParametersWithBadRequest() {
        String[][] cases = {
                {"page", "0"}, {"page", "abc"}, {"page", "-1"}, {"size", "1000"}, {"size", "0"}, {"size", "x"},
                {"sort", "best"}, {"from", "2021-02-30"}, {"to", "yesterday"}, {"from", "05/01/2021"},
        };
        for (String[] c : cases) {
            given().queryParam(c[0], c[1]).get("/api/search")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400))
                    .body("parameter", equalTo(c[0]))
                    .body("detail", containsString(c[1]));
        }
        given().queryParam("from", "2021-02-01").queryParam("to", "2021-01-01").get("/api/search")
                .then().statusCode(400).body("detail", containsString("after"));
        given().queryParam("page", "1").queryParam("page", "2").get("/api/search")
                .then().statusCode(400).body("detail", containsString("given 2 times"));
    }

    @Test
    void narrowsByActorsWithAndWithinAndAcrossTypes() {
        assertThat(search("person", "Zalmay Khalilzad").getList("hits.title")).containsExactly(SEED_TITLE);
        assertThat(search("person", "Zalmay Khalilzad", "organization", "Taliban", "location", "Doha",
                "date", "2021-01-04").getList("hits.title")).containsExactly(SEED_TITLE);
        assertThat(search("person", "Zalmay Khalilzad", "person", "Suhail Shaheen").getInt("total")).isEqualTo(1);
        assertThat(search("person", "Zalmay Khalilzad", "person", "Nobody Else").getInt("total")).isZero();
        assertThat(search("person", "Khalilzad").getInt("total")).as("filters take canonical names").isZero();
        assertThat(search("location", "United States").getList("hits.title")).contains(SEED_TITLE);
    }

    @Test
    void excludesActors() {
        int all = search("size", "1").getInt("total");
        int taliban = search("organization", "Taliban").getInt("total");
        JsonPath without = search("-organization", "Taliban");
        assertThat(without.getInt("total")).isEqualTo(all - taliban);
        assertThat(without.getList("hits.title")).doesNotContain(SEED_TITLE);
        assertThat(search("-date", "2021-01-04", "q", "Khalilzad").getInt("total")).isZero();
    }

    @Test
    void countsActorFacetsOverTheCurrentResults() {
        JsonPath seed = search("q", "Khalilzad");
        assertThat(seed.getList("facets.person.value")).contains("Zalmay Khalilzad", "Zabihullah Mujahid");
        assertThat(seed.getList("facets.person.count", Integer.class)).containsOnly(1);
        assertThat(seed.getList("facets.organization.value")).contains("Taliban");
        assertThat(seed.getList("facets.location.value")).contains("Afghanistan", "United States");
        assertThat(seed.getList("facets.date.value")).contains("2021-01-04", "2020-02-29", "2020");
        assertThat(seed.getList("hits[0].persons")).startsWith("Zalmay Khalilzad").hasSizeLessThanOrEqualTo(5);
        assertThat(seed.getList("hits[0].organizations")).startsWith("Taliban");

        JsonPath all = search("facetSize", "3");
        assertThat(all.getList("facets.location")).hasSize(3);
        for (Map<String, Object> facet : all.<Map<String, Object>>getList("facets.location")) {
            assertThat(search("location", (String) facet.get("value")).getInt("total"))
                    .as("articles mentioning %s", facet.get("value")).isEqualTo(facet.get("count"));
        }
    }

    @Test
    void rejectsMalformedActorFilters() {
        given().queryParam("date", "Monday").get("/api/search").then().statusCode(400)
                .body("parameter", equalTo("date"))
                .body("detail", equalTo("date must be a date as YYYY-MM-DD, YYYY-MM or YYYY; got 'Monday'"));
        given().queryParam("person", " ").get("/api/search").then().statusCode(400)
                .body("detail", equalTo("person is empty; give the name of a person"));
        given().queryParam("facetSize", "0").get("/api/search").then().statusCode(400)
                .body("parameter", equalTo("facetSize"));
    }

    @Test
    void returnsEverythingForAnEmptyQuery() {
        JsonPath all = search("q", "");
        assertThat(all.getInt("total")).isGreaterThanOrEqualTo(TestCorpus.FILES.size());
        given().get("/api/search").then().statusCode(200)
                .body("hits", hasSize(greaterThan(0)))
                .body("hits.snippet", everyItem(not(containsString("<mark>"))))
                .body("facets.publishedOn.value", hasItem("2021-01"))
                .body("size", equalTo(20))
                .body("page", equalTo(1))
                .body("facets.keySet()", contains("person", "organization", "location", "date", "publishedOn"));
        // Other tests add newer articles that push the seed off the first page of everything.
        given().queryParam("q", "").queryParam("person", "Zalmay Khalilzad").queryParam("size", SearchParams.MAX_SIZE)
                .get("/api/search").then().statusCode(200)
                .body("hits.title", hasItem(SEED_TITLE));
    }
}
