package io.dramatis.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Many distinct articles made from the sample articles committed in {@code samples/}: each copy
 * gets its own headline, so nothing is a duplicate of anything else.
 */
public final class SyntheticCorpus {

    private SyntheticCorpus() {
    }

    /** Writes {@code count} distinct article files into {@code folder}. */
    public static Path write(Path folder, int count) {
        try {
            Files.createDirectories(folder);
            List<Path> samples;
            try (Stream<Path> files = Files.list(Path.of("samples", "reuters21578"))) {
                samples = files.sorted().toList();
            }
            for (int i = 0; i < count; i++) {
                String text = Files.readString(samples.get(i % samples.size()), StandardCharsets.UTF_8);
                int headlineEnd = text.indexOf('\n');
                String copy = text.substring(0, headlineEnd) + " (copy " + i + ")" + text.substring(headlineEnd);
                Files.writeString(folder.resolve(String.format("%06d.txt", i)), copy, StandardCharsets.UTF_8);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
