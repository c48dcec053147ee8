package io.dramatis.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Search latency at concurrency 4: {@code GET /api/search} with a query, two filters and every
 * facet; the same search sent straight to Elasticsearch; and the HTML page for it. Run by
 * {@code bench/search} against a running app.
 *
 * <p>Arguments: app URL, Elasticsearch URL, requests per target, label.
 */
public final class SearchBenchmark {

    private static final String[] WORDS = {"oil", "trade", "bank", "prices", "minister", "profit", "dollar",
            "talks", "shares", "government", "exports", "rates", "company", "market", "agreement", "tax"};
    private static final int CONCURRENCY = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        String app = args[0];
        String elasticsearch = args[1];
        int requests = Integer.parseInt(args[2]);
        String label = args.length > 3 ? args[3] : "";
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        // Two filters that leave results for most words: the top place, and the top organization within it.
        JsonNode all = JSON.readTree(get(http, app + "/api/search?size=1"));
        String place = all.at("/facets/location/0/value").asText();
        JsonNode inPlace = JSON.readTree(get(http, app + "/api/search?size=1&location=" + encode(place)));
        String organization = inPlace.at("/facets/organization/0/value").asText();
        String filters = "&location=" + encode(place) + "&organization=" + encode(organization);
        long total = all.get("total").asLong();

        IntFunction<HttpRequest> api = i -> HttpRequest.newBuilder(URI.create(app + "/api/search?q="
                + WORDS[i % WORDS.length] + filters)).build();
        IntFunction<HttpRequest> page = i -> HttpRequest.newBuilder(URI.create(app + "/?q="
                + WORDS[i % WORDS.length] + filters)).build();
        IntFunction<HttpRequest> direct = i -> HttpRequest.newBuilder(URI.create(elasticsearch
                + "/article-read/_search"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(directQuery(WORDS[i % WORDS.length], place, organization)))
                .build();

        long[] results = new long[WORDS.length];
        for (int i = 0; i < WORDS.length; i++) {
            results[i] = JSON.readTree(get(http, app + "/api/search?size=1&q=" + WORDS[i] + filters)).get("total")
                    .asLong();
        }
        for (IntFunction<HttpRequest> target : List.of(api, page, direct)) {
            run(http, target, Math.max(200, requests / 10));
        }
        double[] elasticsearchTimes = run(http, direct, requests);
        double[] apiTimes = run(http, api, requests);
        double[] pageTimes = run(http, page, requests);

        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n### Search latency%s: %,d articles, concurrency %d, %,d requests each%n%n",
                label.isEmpty() ? "" : " (" + label + ")", total, CONCURRENCY, requests));
        out.append(String.format(Locale.ROOT, "Query: one of %d words, location=%s, organization=%s, all facets;"
                + " results per word %s.%n%n", WORDS.length, place, organization, Arrays.toString(results)));
        out.append("| target | median ms | p90 ms | p99 ms | max ms |\n| --- | ---: | ---: | ---: | ---: |\n");
        out.append(row("Elasticsearch directly (same query, aggregations, highlight)", elasticsearchTimes));
        out.append(row("`GET /api/search`", apiTimes));
        out.append(row("`GET /` (the HTML page)", pageTimes));
        out.append(String.format(Locale.ROOT, "%nAPI / Elasticsearch, median: %.2f; page / API, median: %.2f.%n",
                percentile(apiTimes, 50) / percentile(elasticsearchTimes, 50),
                percentile(pageTimes, 50) / percentile(apiTimes, 50)));
        System.out.println(out);
    }

    /** The search the app sends for a request, written out by hand. */
    static String directQuery(String word, String place, String organization) {
        return """
                {"size": 20, "track_total_hits": true,
                 "query": {"bool": {"must": [
                   {"match_all": {}},
                   {"simple_query_string": {"query": "%s", "fields": ["title^3", "body", "person^2", "organization^2",
                     "location^2"], "default_operator": "and", "flags": "AND|OR|NOT|PHRASE|PREFIX|PRECEDENCE|WHITESPACE|ESCAPE"}},
                   {"term": {"location_facet": "%s"}},
                   {"term": {"organization_facet": "%s"}}]}},
                 "sort": [{"_score": "desc"}, {"published_on": "desc"}, {"id_sort": "desc"}],
                 "_source": ["title", "published_on", "dateline", "person_facet", "organization_facet", "location_facet"],
                 "highlight": {"fields": {"body": {"type": "unified", "pre_tags": ["<mark>"], "post_tags": ["</mark>"],
                   "encoder": "html", "number_of_fragments": 1, "fragment_size": 240, "no_match_size": 240}}},
                 "aggs": {
                   "months": {"date_histogram": {"field": "published_on", "calendar_interval": "month", "format": "yyyy-MM",
                     "min_doc_count": 1}},
                   "person": {"terms": {"field": "person_facet", "size": 10}},
                   "organization": {"terms": {"field": "organization_facet", "size": 10}},
                   "location": {"terms": {"field": "location_facet", "size": 10}},
                   "date": {"terms": {"field": "date_facet", "size": 10}}}}
                """.formatted(word, place.replace("\"", "\\\""), organization.replace("\"", "\\\""));
    }

    private static double[] run(HttpClient http, IntFunction<HttpRequest> requests, int count) throws Exception {
        double[] times = new double[count];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < CONCURRENCY; w++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long began = System.nanoTime();
                    HttpResponse<Void> response = http.send(requests.apply(i), HttpResponse.BodyHandlers.discarding());
                    times[i] = (System.nanoTime() - began) / 1e6;
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("HTTP " + response.statusCode() + " for " + response.uri());
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        Arrays.sort(times);
        return times;
    }

    private static String row(String name, double[] times) {
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f |%n", name, percentile(times, 50),
                percentile(times, 90), percentile(times, 99), times[times.length - 1]);
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
    }

    private static String get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
