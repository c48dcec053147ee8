package io.dramatis.testsupport;

import io.restassured.specification.RequestSpecification;

/** The test profile's accounts, for the requests that need one. */
public final class Operator {

    public static final String NAME = "operator";
    public static final String PASSWORD = "operator-secret";
    public static final String READER = "reader";
    public static final String READER_PASSWORD = "reader-secret";

    private Operator() {
    }

    /** A request signed in as the operator, with HTTP basic, as API clients do. */
    public static RequestSpecification given() {
        return io.restassured.RestAssured.given().auth().preemptive().basic(NAME, PASSWORD);
    }

    /** A request signed in as a reader, who may not change anything. */
    public static RequestSpecification reader() {
        return io.restassured.RestAssured.given().auth().preemptive().basic(READER, READER_PASSWORD);
    }
}
