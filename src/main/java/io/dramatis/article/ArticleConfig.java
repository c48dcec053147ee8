package io.dramatis.article;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "dramatis.article")
public interface ArticleConfig {

    /** The largest article file accepted; larger ones are rejected with their size. */
    @WithDefault("5M")
    MemorySize maxFileSize();
}
