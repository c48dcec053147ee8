package io.dramatis.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.dramatis.testsupport.TestCorpus;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SearchPageTest {

    @BeforeEach
    void loadCorpus() {
        TestCorpus.load();
    }

    @Test
    void showsHitsWithMarkedWords() {
        given().queryParam("q", "Khalilzad").get("/")
                .then().statusCode(200)
                .contentType("text/html")
                .body(containsString("<mark>Khalilzad</mark>"))
                .body(containsString("Peace talks begin today: Zalmay Khalilzad calls on General Qamar Javed Bajwa"))
                .body(containsString("1 article"))
                .body(containsString("value=\"Khalilzad\""))
                .body(not(containsString("noindex")));
    }

    @Test
    void escapesWhatTheReaderTyped() {
        given().queryParam("q", "<script>alert(1)</script>").get("/")
                .then().statusCode(200)
                .body(not(containsString("<script>alert(1)</script>")))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void showsWhatIsWrongWithAParameter() {
        given().queryParam("page", "0").get("/")
                .then().statusCode(400)
                .contentType("text/html")
                .body(containsString("page must be a whole number from 1; got &#39;0&#39;"));
    }

    @Test
    void pagesAndKeepsFilteredPagesOutOfSearchEngines() {
        given().queryParam("size", "5").get("/")
                .then().statusCode(200)
                .body(containsString("rel=\"next\""))
                .body(not(containsString("noindex")));
        given().queryParam("size", "5").queryParam("from", "1987-01-01").get("/")
                .then().statusCode(200)
                .body(containsString("noindex"));
    }

    @Test
    void showsFacetsAsCrawlerProofLinksAndActiveFiltersAsRemovableChips() {
        String page = given().queryParam("q", "Khalilzad").queryParam("organization", "Taliban")
                .queryParam("-person", "Nobody").get("/").then().statusCode(200).extract().asString();

        assertThat(page).contains("<meta name=\"robots\" content=\"noindex,follow\">");
        assertThat(page).contains("<a class=\"value\" href=\"/?q=Khalilzad&amp;organization=Taliban&amp;-person=Nobody"
                + "&amp;person=Zalmay+Khalilzad\" rel=\"nofollow\">Zalmay Khalilzad</a>");
        assertThat(page).contains("aria-label=\"Remove the filter Organization: Taliban\"");
        assertThat(page).contains("href=\"/?q=Khalilzad&amp;-person=Nobody\" rel=\"nofollow\" aria-label=\"Remove the"
                + " filter Organization: Taliban\"");
        assertThat(page).contains("aria-label=\"Remove the filter Not person: Nobody\"");
        assertThat(page).contains("<a class=\"exclude\" href=\"/?q=Khalilzad&amp;organization=Taliban&amp;-person=Nobody"
                + "&amp;-person=Zalmay+Khalilzad\" rel=\"nofollow\" aria-label=\"Exclude Zalmay Khalilzad\"");
        assertThat(page).contains("<a class=\"profile\" href=\"/entities/person/Zalmay%20Khalilzad\"");
        // The query box carries the filters into the next search.
        assertThat(page).contains("<input type=\"hidden\" name=\"organization\" value=\"Taliban\">");
        // The hit lists its main actors.
        assertThat(page).contains("class=\"actor-link person\"");
    }

    @Test
    void drawsThePublicationHistogramWithBarsThatNarrowToTheirPeriod() {
        String months = given().get("/").then().statusCode(200).extract().asString();
        assertThat(months).contains("<figure class=\"histogram\" data-interval=\"year\">");
        String days = given().queryParam("from", "2021-01-01").queryParam("to", "2021-01-31").get("/")
                .then().statusCode(200).extract().asString();
        assertThat(days).contains("data-interval=\"day\"")
                .contains("<title>5 Jan 2021: 1</title>")
                .contains("href=\"/?from=2021-01-05&amp;to=2021-01-05\"");
        String reuters = given().queryParam("from", "1987-01-01").queryParam("to", "1987-12-31").get("/")
                .then().statusCode(200).extract().asString();
        assertThat(reuters).contains("data-interval=\"month\"").contains("href=\"/?from=1987-03-01&amp;to=1987-03-31\"");
    }

    @Test
    void findsAmongAFacetsValuesAndListsMoreOnRequest() {
        String found = given().queryParam("find", "person").queryParam("prefix", "khal").get("/")
                .then().statusCode(200).extract().asString();
        assertThat(found).contains(">Zalmay Khalilzad</a>").contains("value=\"khal\"");
        given().queryParam("find", "people").get("/").then().statusCode(400)
                .body(containsString("find must be person, organization, location or date"));
        given().queryParam("facetSize", "1").get("/").then().statusCode(200)
                .body(containsString("more=person"));
    }

    @Test
    void suggestsWhichFilterToRemoveWhenNothingMatches() {
        String page = given().queryParam("q", "Khalilzad").queryParam("organization", "OPEC").get("/")
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("No article matches.")
                .contains("<a href=\"/?q=Khalilzad\" rel=\"nofollow\">Without the organization “OPEC”</a>: 1 article");
    }

    @Test
    void showsAnActorsPage() {
        String page = given().get("/entities/person/Zalmay Khalilzad").then().statusCode(200)
                .contentType("text/html").extract().asString();
        assertThat(page).contains("<h1>Zalmay Khalilzad</h1>")
                .contains("1 article mentions Zalmay Khalilzad")
                .contains("<h2 id=\"timeline-heading\">When the news mentions Zalmay Khalilzad</h2>")
                .contains("<a href=\"/?person=Zalmay+Khalilzad&amp;organization=Taliban\" rel=\"nofollow\">Taliban</a>")
                .contains("Peace talks begin today");
        given().get("/entities/person/Nobody At All").then().statusCode(404)
                .body(containsString("No article mentions the person"));
        given().get("/entities/people/X").then().statusCode(404);
    }

    @Test
    void showsAnArticle() {
        String id = given().queryParam("q", "Khalilzad").get("/api/search").then().extract().path("hits[0].id");
        given().get("/articles/" + id).then().statusCode(200)
                .body(containsString("<h1>Peace talks begin today"))
                .body(containsString("<a class=\"mention person\" href=\"/?person=Zabihullah+Mujahid\" rel=\"nofollow\""
                        + " title=\"person: Zabihullah Mujahid\">Zabihullah</a>’ tweet"))
                .body(containsString("<a class=\"mention location\" href=\"/?location=Islamabad\" rel=\"nofollow\""
                        + " title=\"location: Islamabad\">ISLAMABAD</a>: "))
                .body(containsString("href=\"/?date=2021-01-04\""))
                .body(containsString("<span class=\"mention organization\">Organization</span>"));
        given().get("/articles/nope").then().statusCode(404).contentType("text/html")
                .body(containsString("No article has the id"));
    }
}
