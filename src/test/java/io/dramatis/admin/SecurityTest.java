package io.dramatis.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.dramatis.testsupport.Operator;
import io.dramatis.testsupport.Session;
import io.dramatis.testsupport.TestCorpus;
import io.quarkus.test.junit.QuarkusTest;

/** Locked doors: who may change what, forged forms, security headers, escaped text. */
@QuarkusTest
class SecurityTest {

    private static byte[] article(String title, String body) {
        return (" date 2021-03-04 " + title + "\n\n" + body + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void changingThingsThroughTheApiNeedsAnOperator() {
        given().contentType("application/json").body(Map.of("path", "/tmp")).post("/api/imports")
                .then().statusCode(401).header("WWW-Authenticate", containsString("Basic"));
        Operator.reader().contentType("application/json").body(Map.of("path", "/tmp")).post("/api/imports")
                .then().statusCode(403);
        given().contentType("text/plain").body(article("X", "Y")).post("/api/articles").then().statusCode(401);
        given().post("/api/admin/reindex").then().statusCode(401);
        given().get("/api/admin/aliases").then().statusCode(401);
        given().auth().preemptive().basic(Operator.NAME, "wrong").get("/api/imports").then().statusCode(401);

        String id = Operator.given().contentType("text/plain")
                .body(article("To delete " + UUID.randomUUID(), "Text.")).post("/api/articles")
                .then().statusCode(201).extract().path("id");
        given().delete("/api/articles/" + id).then().statusCode(401);
        Operator.reader().delete("/api/articles/" + id).then().statusCode(403);
        Operator.given().delete("/api/articles/" + id).then().statusCode(204);
        given().get("/api/articles/" + id).then().statusCode(404);
        Operator.given().delete("/api/articles/" + id).then().statusCode(404);
    }

    @Test
    void readingIsOpen() {
        given().get("/api/search?q=x").then().statusCode(200);
        given().get("/").then().statusCode(200).body(containsString("Sign in"));
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void theImportPageSendsStrangersToSignIn() {
        given().redirects().follow(false).get("/import").then().statusCode(302)
                .header("Location", endsWith("/login"));
        Session session = Session.signIn();
        session.given().get("/import").then().statusCode(200).body(containsString("Sign out"))
                .body(containsString("<span class=\"who\">operator</span>"));
        given().redirects().follow(false).formParam("j_username", Operator.NAME).formParam("j_password", "nope")
                .post("/j_security_check").then().statusCode(302).header("Location", containsString("/login?error=1"));
        given().get("/login?error=1").then().body(containsString("do not match an account"));
    }

    @Test
    void refusesFormsWithoutTheSitesToken() {
        Session session = Session.signIn();
        session.given().multiPart("files", "a.txt", article("A", "B")).post("/import")
                .then().statusCode(403).body(containsString("not sent from a page of this site"));
        session.given().multiPart("csrf", "forged-token-value-123456").multiPart("files", "a.txt", article("A", "B"))
                .post("/import").then().statusCode(403);
        session.given().formParam("csrf", "forged-token-value-123456").post("/logout").then().statusCode(403);
        session.given().redirects().follow(false).formParam("csrf", session.csrf()).post("/logout")
                .then().statusCode(303).header("Set-Cookie", containsString("quarkus-credential=;"));
    }

    @Test
    void sendsSecurityHeadersWithEveryPage() {
        for (String path : new String[] {"/", "/login", "/api/search", "/css/app.css"}) {
            given().get(path).then()
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("X-Frame-Options", equalTo("DENY"));
        }
        String page = given().get("/").then().extract().asString();
        assertThat(page).doesNotContain("<script>").doesNotContain("style=\"").doesNotContain(" onclick=");
    }

    @Test
    void showsScriptInAnArticleAsText() {
        String marker = "zz" + UUID.randomUUID().toString().substring(0, 8);
        String id = Operator.given().contentType("text/plain")
                .body(article("<script>alert('" + marker + "')</script> headline",
                        "Body with <script>alert(1)</script> and <img src=x onerror=alert(2)> " + marker + "."))
                .post("/api/articles").then().statusCode(201).extract().path("id");
        TestCorpus.refreshIndex();

        given().get("/articles/" + id).then().statusCode(200)
                .body(not(containsString("<script>alert")))
                .body(not(containsString("<img src=x")))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
        given().queryParam("q", marker).get("/").then().statusCode(200)
                .body(not(containsString("<script>alert")))
                .body(containsString("&lt;script&gt;"));
        String snippet = given().queryParam("q", marker).get("/api/search").then().extract().path("hits[0].snippet");
        assertThat(snippet).doesNotContain("<script>").doesNotContain("<img").contains("&lt;script&gt;");
    }
}
