package io.dramatis.testsupport;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Registers the shared node for every {@code @QuarkusTest} in the run. */
@WithTestResource(value = ElasticsearchTestResource.class, scope = TestResourceScope.GLOBAL)
public final class SharedElasticsearch {

    private SharedElasticsearch() {
    }
}
