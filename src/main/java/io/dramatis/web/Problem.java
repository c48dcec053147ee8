package io.dramatis.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An error as RFC 9457 problem details: what went wrong ({@code title}), the status, and a
 * {@code detail} a person can act on.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String parameter) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null);
    }

    public static Problem ofParameter(String parameter, String detail) {
        return new Problem("about:blank", "Invalid query parameter", 400, detail, parameter);
    }
}
