package io.dramatis.web;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.vertx.ext.web.RoutingContext;

/** Signing in (the form posts to Quarkus' {@code j_security_check}) and out. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed);
    }

    private final Csrf csrf;

    LoginPage(Csrf csrf) {
        this.csrf = csrf;
    }

    @GET
    @Path("login")
    public TemplateInstance login(@RestQuery String error) {
        return Templates.login(error != null);
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(@RestForm(Csrf.FIELD) String token, RoutingContext context) {
        csrf.check(token);
        FormAuthenticationMechanism.logout(context);
        return Response.seeOther(URI.create("/")).build();
    }
}
