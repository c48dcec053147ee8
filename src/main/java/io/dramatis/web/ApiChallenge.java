package io.dramatis.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * With form sign-in enabled, Quarkus answers an API request without credentials with a bare 401;
 * API clients need to be told the scheme to use, so the API's 401s say it.
 */
@ApplicationScoped
public class ApiChallenge {

    static final String CHALLENGE = "Basic realm=\"Dramatis\", charset=\"UTF-8\"";

    void install(@Observes Router router) {
        // Ahead of the security handlers, so as to be there when they answer.
        router.route("/api/*").order(-10_000).handler(context -> {
            context.addHeadersEndHandler(ignored -> {
                if (context.response().getStatusCode() == 401
                        && !context.response().headers().contains("WWW-Authenticate")) {
                    context.response().putHeader("WWW-Authenticate", CHALLENGE);
                }
            });
            context.next();
        });
    }
}
