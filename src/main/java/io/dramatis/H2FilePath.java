package io.dramatis;

import java.nio.file.Path;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;

/**
 * H2 refuses database paths relative to the working directory unless they start with "./", and
 * the data folder may be given either way ({@code data}, {@code ./data}, {@code /var/lib/x}):
 * the H2 file URL is made absolute before anything reads it.
 */
public class H2FilePath implements ConfigSourceInterceptor {

    static final String URL = "quarkus.datasource.jdbc.url";
    static final String PREFIX = "jdbc:h2:file:";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (!URL.equals(name) || value == null || value.getValue() == null || !value.getValue().startsWith(PREFIX)) {
            return value;
        }
        return value.withValue(absolute(value.getValue()));
    }

    static String absolute(String url) {
        String rest = url.substring(PREFIX.length());
        int options = rest.indexOf(';');
        String path = options < 0 ? rest : rest.substring(0, options);
        if (path.startsWith("~") || path.isEmpty()) {
            return url;
        }
        return PREFIX + Path.of(path).toAbsolutePath().normalize() + (options < 0 ? "" : rest.substring(options));
    }
}
