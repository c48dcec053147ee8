package io.dramatis.ingest;

import java.nio.file.Path;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "dramatis.ingest")
public interface IngestConfig {

    Samples samples();

    interface Samples {

        /** Imports the sample articles on a start that finds the database empty. */
        @WithDefault("true")
        boolean loadOnStart();

        @WithDefault("samples")
        Path folder();
    }
}
