package io.dramatis.web;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.dramatis.testsupport.Session;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ImportPageTest {

    private Session session;

    @BeforeEach
    void signIn() {
        session = Session.signIn();
    }

    @Test
    void uploadsThroughTheFormAndShowsTheJob() {
        session.given().get("/import").then().statusCode(200)
                .body(containsString("enctype=\"multipart/form-data\""))
                .body(containsString("<input id=\"files\" name=\"files\" type=\"file\" multiple"));

        String article = " date 2021-02-03 Page upload " + UUID.randomUUID() + "\n\nROME: Text.\n";
        String location = session.given().redirects().follow(false)
                .multiPart("csrf", session.csrf())
                .multiPart("files", "page.txt", article.getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("files", "broken.txt", "nothing".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/import").then().statusCode(303).extract().header("Location");

        await().atMost(Duration.ofSeconds(30)).until(() -> session.given().get(location).then().extract().asString()
                .contains("<strong data-field=\"state\">DONE</strong>"));
        session.given().get(location).then().statusCode(200)
                .body(containsString("<dd data-field=\"imported\">1</dd>"))
                .body(containsString("<td>00002-broken.txt</td><td>line 1: no &#39;date&#39; header"))
                .body(containsString("<progress class=\"big\" max=\"100\" value=\"100\""));
        session.given().get("/import").then().body(containsString("upload of 2 files"));
    }

    @Test
    void asksForFilesWhenNoneAreChosen() {
        session.given().multiPart("csrf", session.csrf()).multiPart("files", "", new byte[0]).post("/import")
                .then().statusCode(400)
                .body(containsString("Choose one or more files to upload first."));
    }

    @Test
    void answersAnUnknownJobWithAPage() {
        session.given().get("/import/no-such-job").then().statusCode(404).contentType("text/html");
    }
}
