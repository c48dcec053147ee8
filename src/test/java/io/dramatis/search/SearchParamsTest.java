package io.dramatis.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SearchParamsTest {

    private static SearchRequest parse(Map<String, List<String>> params) {
        return SearchParams.parse(params);
    }

    private static void assertInvalid(Map<String, List<String>> params, String parameter, String message) {
        assertThatThrownBy(() -> parse(params))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage(message)
                .extracting(e -> ((InvalidParameterException) e).parameter()).isEqualTo(parameter);
    }

    @Test
    void defaultsToNewestFirstWithoutAQueryAndToRelevanceWithOne() {
        SearchRequest all = parse(Map.of());
        assertThat(all.query()).isEmpty();
        assertThat(all.sort()).isEqualTo(SortOrder.NEWEST);
        assertThat(all.page()).isEqualTo(1);
        assertThat(all.size()).isEqualTo(20);

        assertThat(parse(Map.of("q", List.of(" Taliban ")))).satisfies(r -> {
            assertThat(r.query()).contains("Taliban");
            assertThat(r.sort()).isEqualTo(SortOrder.RELEVANCE);
        });
        assertThat(parse(Map.of("q", List.of("   "))).query()).isEmpty();
    }

    @Test
    void readsEveryParameter() {
        SearchRequest request = parse(Map.of("q", List.of("x"), "from", List.of("2021-01-01"), "to",
                List.of("2021-01-31"), "sort", List.of("oldest"), "page", List.of("3"), "size", List.of("100")));

        assertThat(request.from()).contains(LocalDate.of(2021, 1, 1));
        assertThat(request.to()).contains(LocalDate.of(2021, 1, 31));
        assertThat(request.sort()).isEqualTo(SortOrder.OLDEST);
        assertThat(request.offset()).isEqualTo(200);
        assertThat(request.size()).isEqualTo(100);
        assertThat(parse(Map.of("from", List.of(""))).from()).isEqualTo(Optional.empty());
    }

    @Test
    void rejectsMalformedValuesSayingWhatIsExpected() {
        assertInvalid(Map.of("page", List.of("0")), "page", "page must be a whole number from 1; got '0'");
        assertInvalid(Map.of("page", List.of("two")), "page", "page must be a whole number from 1; got 'two'");
        assertInvalid(Map.of("size", List.of("1000")), "size", "size must be a whole number from 1 to 100; got '1000'");
        assertInvalid(Map.of("size", List.of("0")), "size", "size must be a whole number from 1 to 100; got '0'");
        assertInvalid(Map.of("sort", List.of("best")), "sort", "sort must be relevance, newest or oldest; got 'best'");
        assertInvalid(Map.of("from", List.of("2021-02-30")), "from",
                "from must be a calendar date YYYY-MM-DD; got '2021-02-30'");
        assertInvalid(Map.of("to", List.of("05/01/2021")), "to", "to must be a calendar date YYYY-MM-DD; got '05/01/2021'");
        assertInvalid(Map.of("from", List.of("2021-02-01"), "to", List.of("2021-01-01")), "from",
                "from (2021-02-01) is after to (2021-01-01); the range would hold no day");
        assertInvalid(Map.of("page", List.of("1", "2")), "page", "page is given 2 times; give it once");
        assertInvalid(Map.of("q", List.of("x".repeat(1001))), "q", "q is 1001 characters long; at most 1000 are allowed");
        assertInvalid(Map.of("page", List.of("10001"), "size", List.of("100")), "page",
                "page 10001 of 100 results reaches past the 1000000th result, which is as deep as results go;"
                        + " narrow the search instead");
    }
}
