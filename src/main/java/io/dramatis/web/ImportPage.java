package io.dramatis.web;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.dramatis.ingest.ImportService;
import io.dramatis.ingest.ImportStatus;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/** Upload articles and watch import jobs move; without JavaScript the job page refreshes itself. */
@Path("/import")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class ImportPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance imports(List<ImportStatus> jobs, String error);

        static native TemplateInstance job(ImportStatus job);
    }

    private final ImportService imports;
    private final Csrf csrf;

    ImportPage(ImportService imports, Csrf csrf) {
        this.imports = imports;
        this.csrf = csrf;
    }

    @GET
    public TemplateInstance page() {
        return Templates.imports(imports.recent(20), null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("files") List<FileUpload> files, @RestForm(Csrf.FIELD) String token) {
        csrf.check(token);
        List<FileUpload> chosen = files == null ? List.of()
                : files.stream().filter(f -> f.fileName() != null && !f.fileName().isBlank()).toList();
        if (chosen.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.imports(imports.recent(20), "Choose one or more files to upload first.")).build();
        }
        String jobId = imports.createFromUploads(chosen.stream()
                .map(f -> new ImportService.Upload(f.fileName(), f.uploadedFile())).toList()).getId();
        return Response.seeOther(URI.create("/import/" + jobId)).build();
    }

    @GET
    @Path("{jobId}")
    public TemplateInstance job(@PathParam("jobId") String jobId) {
        return imports.status(jobId).map(Templates::job)
                .orElseThrow(() -> new NotFoundException("No import job has the id '" + jobId + "'"));
    }
}
