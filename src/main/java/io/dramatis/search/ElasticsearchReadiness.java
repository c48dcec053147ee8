package io.dramatis.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

import com.google.gson.JsonParser;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Ready only while Elasticsearch answers with a usable cluster, the article index exists, and
 * it is not empty while the database holds articles (an index lost or wiped: rebuild it).
 */
@Readiness
@ApplicationScoped
public class ElasticsearchReadiness implements HealthCheck {

    private final SearchMapping searchMapping;
    private final IndexSchema schema;
    private final EntityManager entityManager;

    ElasticsearchReadiness(SearchMapping searchMapping, IndexSchema schema, EntityManager entityManager) {
        this.searchMapping = searchMapping;
        this.schema = schema;
        this.entityManager = entityManager;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("Elasticsearch");
        try {
            RestClient client = searchMapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
            Request health = new Request("GET", "/_cluster/health");
            health.addParameter("timeout", "2s");
            String status = JsonParser.parseString(body(client, health)).getAsJsonObject().get("status").getAsString();
            boolean usable = !status.equals("red");
            response.withData("cluster", status).withData("index", schema.isReady() ? "ready" : "not created yet");
            if (!usable || !schema.isReady()) {
                return response.down().build();
            }
            long documents = JsonParser.parseString(body(client, new Request("GET", "/" + IndexFields.INDEX
                    + "-read/_count"))).getAsJsonObject().get("count").getAsLong();
            response.withData("documents", documents);
            if (documents == 0 && hasArticles()) {
                return response.down().withData("problem", "the index is empty but the database holds articles;"
                        + " rebuild it: POST /api/admin/reindex").build();
            }
            return response.up().build();
        } catch (Exception e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }

    private boolean hasArticles() {
        return QuarkusTransaction.requiringNew().call(() -> !entityManager
                .createQuery("select a.id from Article a", Long.class).setMaxResults(1).getResultList().isEmpty());
    }

    private static String body(RestClient client, Request request) throws IOException {
        return new String(client.performRequest(request).getEntity().getContent().readAllBytes(), StandardCharsets.UTF_8);
    }
}
