package io.dramatis.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.dramatis.testsupport.SampleCorpus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * For every facet value shown, selecting it gives exactly that many results; excluding it gives
 * the rest. Checked over the top values of every facet on the Reuters sample, alone and within
 * other searches and filters.
 */
@QuarkusTest
class FacetExactnessTest {

    private static final List<String> TYPES = List.of("person", "organization", "location", "date");

    @BeforeEach
    void load() {
        SampleCorpus.load();
    }

    private static JsonPath search(Map<String, List<String>> params) {
        var request = given().queryParam("facetSize", "25").queryParam("size", "1");
        params.forEach((name, values) -> values.forEach(value -> request.queryParam(name, value)));
        return request.get("/api/search").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyShownCountIsTheNumberOfResultsItsValueSelects() {
        JsonPath all = search(Map.of());
        String topPlace = all.getString("facets.location[0].value");
        String topOrganization = all.getString("facets.organization[0].value");
        List<Map<String, List<String>>> contexts = List.of(
                Map.of(),
                Map.of("q", List.of("oil")),
                Map.of("location", List.of(topPlace)),
                Map.of("organization", List.of(topOrganization), "-location", List.of(topPlace)),
                Map.of("from", List.of("1987-03-01"), "to", List.of("1987-03-31")));
        int checked = 0;
        for (Map<String, List<String>> context : contexts) {
            JsonPath page = search(context);
            long total = page.getLong("total");
            for (String type : TYPES) {
                for (Map<String, Object> facet : page.<Map<String, Object>>getList("facets." + type)) {
                    String value = (String) facet.get("value");
                    long count = ((Number) facet.get("count")).longValue();
                    assertThat(count).isPositive().isLessThanOrEqualTo(total);
                    assertThat(search(with(context, type, value)).getLong("total"))
                            .as("%s=%s within %s", type, value, context).isEqualTo(count);
                    assertThat(search(with(context, "-" + type, value)).getLong("total"))
                            .as("-%s=%s within %s", type, value, context).isEqualTo(total - count);
                    checked++;
                }
            }
            long monthly = page.<Map<String, Object>>getList("facets.publishedOn").stream()
                    .mapToLong(m -> ((Number) m.get("count")).longValue()).sum();
            assertThat(monthly).as("publication months within %s", context).isEqualTo(total);
        }
        assertThat(checked).as("facet values checked").isGreaterThan(200);
    }

    private static Map<String, List<String>> with(Map<String, List<String>> context, String param, String value) {
        Map<String, List<String>> params = new LinkedHashMap<>(context);
        List<String> values = new ArrayList<>(params.getOrDefault(param, List.of()));
        values.add(value);
        params.put(param, values);
        return params;
    }
}
