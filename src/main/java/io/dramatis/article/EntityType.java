package io.dramatis.article;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an entity is. Written in upper case in JSON, in lower case in URLs and parameters. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, DATE;

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EntityType> fromParam(String value) {
        return Arrays.stream(values()).filter(type -> type.param().equalsIgnoreCase(value)).findFirst();
    }
}
