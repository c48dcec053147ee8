package io.dramatis.search;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "dramatis.search")
public interface SearchConfig {

    /**
     * Drops and creates the index at start, empty. Tests use it: they share one node across app
     * starts that each begin with an empty database.
     */
    @WithDefault("false")
    boolean recreateIndexOnStart();

    /** How often articles still waiting for the index are sent again (after Elasticsearch was down). */
    @WithDefault("10s")
    Duration sweepInterval();

    /**
     * How old a waiting article must be before the sweep sends it: younger ones are usually on
     * their way to the index already.
     */
    @WithDefault("30s")
    Duration sweepGrace();

    /** Articles sent to the index in one request when catching up. */
    @WithDefault("500")
    int indexingBatchSize();
}
