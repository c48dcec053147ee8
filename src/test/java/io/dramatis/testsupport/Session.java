package io.dramatis.testsupport;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * A browser's session as the operator: signed in through the login form, with the site's CSRF
 * cookie, whose value the pages' forms must send back.
 */
public record Session(String credential, String csrf) {

    public static Session signIn() {
        String csrf = RestAssured.given().get("/login").then().statusCode(200).extract().cookie("dramatis-csrf");
        String credential = RestAssured.given().redirects().follow(false).cookie("dramatis-csrf", csrf)
                .formParam("j_username", Operator.NAME).formParam("j_password", Operator.PASSWORD)
                .post("/j_security_check").then().statusCode(302).extract().cookie("quarkus-credential");
        return new Session(credential, csrf);
    }

    public RequestSpecification given() {
        return RestAssured.given().cookie("quarkus-credential", credential).cookie("dramatis-csrf", csrf);
    }
}
