package io.dramatis.ingest;

import java.nio.file.Path;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "dramatis.ingest")
public interface IngestConfig {

    Samples samples();

    /**
     * Server folders that {@code POST /api/imports} with a path may read (with their subfolders);
     * any other path is refused.
     */
    List<Path> importRoots();

    /** Where uploaded files wait until their job has imported them. */
    Path spool();

    /** Articles stored (and indexed) in one transaction. */
    @WithDefault("200")
    int batchSize();

    /** Articles being extracted at once, per extraction worker: bounds the memory a job takes. */
    @WithDefault("8")
    int inFlightPerWorker();

    @WithDefault("1000000")
    int maxArchiveEntries();

    /**
     * Works on every unfinished job, its own or not: left behind by a stopped app, or run by other
     * instances. The import command turns this off and works on its own job only.
     */
    @WithDefault("true")
    boolean joinJobs();

    /** How often an instance looks for import work it could join. */
    @WithDefault("2s")
    java.time.Duration pollInterval();

    interface Samples {

        /** Imports the sample articles on a start that finds the database empty. */
        @WithDefault("true")
        boolean loadOnStart();

        @WithDefault("samples")
        Path folder();
    }
}
