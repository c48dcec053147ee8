package io.dramatis.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.dramatis.testsupport.Operator;
import io.dramatis.testsupport.TestCorpus;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class IndexRebuildTest {

    @Test
    void rebuildsTheIndexFromTheDatabaseWithEverythingStillFindable() {
        TestCorpus.load();
        int total = given().get("/api/search?size=1").then().extract().path("total");
        int withTaliban = given().get("/api/search?organization=Taliban").then().extract().path("total");

        Operator.given().post("/api/admin/reindex").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(Operator.given().get("/api/admin/reindex")
                .then().extract().path("state")));
        TestCorpus.refreshIndex();

        assertThat(Operator.given().get("/api/admin/reindex").then().extract().<Integer>path("articles")).isEqualTo(total);
        assertThat(given().get("/api/search?size=1").then().extract().<Integer>path("total")).isEqualTo(total);
        assertThat(given().get("/api/search?organization=Taliban").then().extract().<Integer>path("total"))
                .isEqualTo(withTaliban);
        assertThat(Operator.given().get("/api/admin/stats").then().extract().<Integer>path("indexPending")).isZero();
    }
}
