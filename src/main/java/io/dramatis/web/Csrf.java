package io.dramatis.web;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;
import jakarta.ws.rs.ForbiddenException;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Cross-site request forgery protection for the pages' forms, by double submit: every page
 * visit carries a random token in an HttpOnly, SameSite=Strict cookie, every form the same token
 * in a hidden field, and a form that changes something is taken only when the two agree. The API
 * needs none of this: it takes HTTP basic credentials, which a browser does not send on its own.
 */
@ApplicationScoped
@Named("csrf")
public class Csrf {

    static final String COOKIE = "dramatis-csrf";
    static final String FIELD = "csrf";
    private static final String KEY = "dramatis.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CurrentVertxRequest request;

    Csrf(CurrentVertxRequest request) {
        this.request = request;
    }

    void install(@Observes Router router) {
        // Pages only: the API, health checks and static files carry no forms.
        router.routeWithRegex("^/(?!api/|q/|css/|js/).*").order(-10).handler(this::assign);
    }

    private void assign(RoutingContext context) {
        Cookie cookie = context.request().getCookie(COOKIE);
        String token = cookie == null ? null : cookie.getValue();
        if (token == null || token.length() < 20) {
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            context.response().addCookie(Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true)
                    .setSameSite(CookieSameSite.STRICT));
        }
        context.put(KEY, token);
        context.next();
    }

    /** The token for this request's forms: {@code {inject:csrf.token}} in a template. */
    public String token() {
        RoutingContext context = request.getCurrent();
        return context == null ? "" : context.get(KEY);
    }

    /** Refuses a form whose token is missing or differs from the visitor's cookie. */
    public void check(String formToken) {
        RoutingContext context = request.getCurrent();
        Cookie cookie = context == null ? null : context.request().getCookie(COOKIE);
        if (formToken == null || cookie == null || !constantTimeEquals(formToken, cookie.getValue())) {
            throw new ForbiddenException("This form was not sent from a page of this site, or the page is too old;"
                    + " reload the page and send it again.");
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
