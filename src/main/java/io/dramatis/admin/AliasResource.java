package io.dramatis.admin;

import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.dramatis.nlp.AliasTable;
import io.smallrye.common.annotation.Blocking;

/** The alias table in its text form: read it, edit it, put it back. */
@Path("/api/admin/aliases")
@Blocking
public class AliasResource {

    static final String TSV = "text/tab-separated-values;charset=UTF-8";

    private final AliasAdminService aliases;

    AliasResource(AliasAdminService aliases) {
        this.aliases = aliases;
    }

    @GET
    @Produces(TSV)
    public String get() {
        return aliases.current();
    }

    @PUT
    @Produces(MediaType.APPLICATION_JSON)
    public AliasAdminService.Applied put(byte[] body) {
        try {
            return aliases.save(new String(body, StandardCharsets.UTF_8));
        } catch (AliasTable.InvalidAliasException e) {
            throw new BadRequestException("The alias table was not saved: " + e.getMessage());
        }
    }
}
