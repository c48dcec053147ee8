package io.dramatis.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

public enum SortOrder {
    RELEVANCE, NEWEST, OLDEST;

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SortOrder> fromParam(String value) {
        return Arrays.stream(values()).filter(order -> order.param().equals(value)).findFirst();
    }
}
