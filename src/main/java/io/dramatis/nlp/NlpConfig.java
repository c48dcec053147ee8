package io.dramatis.nlp;

import java.util.OptionalInt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "dramatis.nlp")
public interface NlpConfig {

    /** Extraction workers; one per core when not set. */
    OptionalInt workers();

    /** The CRF model that finds people, organizations and locations (a classpath resource). */
    @WithDefault(Annotators.DEFAULT_NER_MODEL)
    String nerModel();

    /**
     * How often an instance checks whether another one saved a new alias table (a duration, or
     * {@code off} where a test drives it by hand).
     */
    @WithDefault("10s")
    String aliasFollowInterval();
}
