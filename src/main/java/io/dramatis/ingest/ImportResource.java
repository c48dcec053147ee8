package io.dramatis.ingest;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
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

import io.smallrye.common.annotation.Blocking;

@Path("/api/imports")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class ImportResource {

    /** A server folder to import: {@code {"path": "/some/folder"}}. */
    public record FolderRequest(String path) {
    }

    public record Accepted(String jobId) {
    }

    private final ImportService imports;

    ImportResource(ImportService imports) {
        this.imports = imports;
    }

    /** Article files, .zip archives of them, or .jsonl files, as {@code files} parts. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("files") List<FileUpload> files) {
        if (files == null || files.isEmpty()) {
            throw new BadRequestException("No files: send one or more 'files' parts (article files, .zip archives or"
                    + " .jsonl files)");
        }
        return accepted(imports.createFromUploads(files.stream()
                .map(file -> new ImportService.Upload(file.fileName(), file.uploadedFile()))
                .toList()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response folder(FolderRequest request) {
        if (request == null || request.path() == null || request.path().isBlank()) {
            throw new BadRequestException("Expected {\"path\": \"/some/folder\"} naming a folder on the server");
        }
        try {
            return accepted(imports.createFromPath(request.path()));
        } catch (ImportService.OutsideImportRootsException e) {
            throw new ForbiddenException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    @GET
    @Path("{jobId}")
    public ImportStatus status(@PathParam("jobId") String jobId) {
        return imports.status(jobId).orElseThrow(() -> new NotFoundException("No import job has the id '" + jobId + "'"));
    }

    /** The latest jobs, newest first. */
    @GET
    public List<ImportStatus> recent() {
        return imports.recent(50);
    }

    private static Response accepted(ImportJob job) {
        return Response.accepted(new Accepted(job.getId()))
                .location(URI.create("/api/imports/" + job.getId()))
                .build();
    }
}
