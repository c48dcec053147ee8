package io.dramatis.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

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
                .body(containsString("noindex"));
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
