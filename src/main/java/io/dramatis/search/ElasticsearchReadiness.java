package io.dramatis.search;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

/** Ready only while Elasticsearch answers with a usable cluster and the article index exists. */
@Readiness
@ApplicationScoped
public class ElasticsearchReadiness implements HealthCheck {

    private final SearchMapping searchMapping;
    private final IndexSchema schema;

    ElasticsearchReadiness(SearchMapping searchMapping, IndexSchema schema) {
        this.searchMapping = searchMapping;
        this.schema = schema;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("Elasticsearch");
        try {
            RestClient client = searchMapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
            Request health = new Request("GET", "/_cluster/health");
            health.addParameter("timeout", "2s");
            Response answer = client.performRequest(health);
            String body = new String(answer.getEntity().getContent().readAllBytes());
            boolean usable = !body.contains("\"status\":\"red\"");
            return response.status(usable && schema.isReady())
                    .withData("cluster", usable ? "usable" : "red")
                    .withData("index", schema.isReady() ? "ready" : "not created yet")
                    .build();
        } catch (Exception e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
