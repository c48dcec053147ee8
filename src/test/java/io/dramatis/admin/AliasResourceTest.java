package io.dramatis.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.dramatis.nlp.AliasService;
import io.dramatis.nlp.AliasTable;
import io.dramatis.testsupport.Operator;
import io.dramatis.testsupport.TestCorpus;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AliasResourceTest {

    private static void put(String table, int status) {
        Operator.given().contentType("text/tab-separated-values").body(table.getBytes(StandardCharsets.UTF_8))
                .put("/api/admin/aliases").then().statusCode(status);
    }

    @AfterEach
    void restoreDefaults() {
        put(AliasTable.defaults().format(), 200);
        TestCorpus.refreshIndex();
    }

    @Test
    void servesTheTableInItsTextForm() {
        Operator.given().get("/api/admin/aliases").then().statusCode(200)
                .contentType(containsString("text/tab-separated-values"))
                .body(containsString("United States\tLOCATION\tUS|"));
    }

    @Test
    void appliesAnEditedTableToStoredArticlesWithoutExtractingAgain() {
        TestCorpus.load();
        String edited = AliasTable.defaults().format() + "Afghan Taliban movement\tORGANIZATION\tThe Taliban\n";
        put(edited.replace("Taliban\tORGANIZATION\tTaleban|Afghan Taliban\n", ""), 200);
        TestCorpus.refreshIndex();

        given().queryParam("organization", "Afghan Taliban movement").get("/api/search").then()
                .body("total", greaterThan(0));
        String id = given().queryParam("q", "Khalilzad").get("/api/search").then().extract().path("hits[0].id");
        assertThat(given().get("/api/articles/" + id).then().extract().jsonPath()
                .getList("entities.name", String.class)).contains("Afghan Taliban movement").doesNotContain("Taliban");
        given().queryParam("organization", "Taliban").get("/api/search").then().body("total", equalTo(0));
        // No article says "movement": the actor's name is searchable as well as the text.
        given().queryParam("q", "Taliban movement").get("/api/search").then().body("hits.id", hasItem(id));
    }

    @Inject
    AliasService aliases;

    @Inject
    AliasAdminService aliasAdmin;

    @Test
    void takesUpATableAnotherInstanceSaved() throws Exception {
        TestCorpus.load();
        // Another instance saves into the shared database; this one has not applied it yet.
        aliases.save(AliasTable.defaults().format().replace("Taliban\tORGANIZATION\tTaleban|Afghan Taliban\n", "")
                + "Afghan Taliban movement\tORGANIZATION\tThe Taliban\n");
        TestCorpus.refreshIndex();
        given().queryParam("organization", "Afghan Taliban movement").get("/api/search").then().body("total", equalTo(0));

        aliasAdmin.follow();
        TestCorpus.refreshIndex();

        given().queryParam("organization", "Afghan Taliban movement").get("/api/search").then()
                .body("total", greaterThan(0));
        given().queryParam("organization", "Taliban").get("/api/search").then().body("total", equalTo(0));
    }

    @Test
    void refusesAnInvalidTableSayingWhichLineIsWrong() {
        Operator.given().contentType("text/tab-separated-values").body("United States\tPLACE\tUS\n")
                .put("/api/admin/aliases").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("The alias table was not saved: line 1: the type must be PERSON, ORGANIZATION,"
                        + " LOCATION or DATE; found 'PLACE'"));
    }
}
