package io.dramatis.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes {@code count} distinct articles made from a corpus folder: copy n of an article gets
 * "(n)" appended to its headline and its date moved n years back, so nothing is a duplicate.
 * Used to measure imports and searches at 100,000 articles.
 */
public final class ScaleUp {

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        List<Path> files;
        try (Stream<Path> walk = Files.list(source)) {
            files = walk.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        Files.createDirectories(target);
        for (int i = 0; i < count; i++) {
            int round = i / files.size();
            String text = Files.readString(files.get(i % files.size()), StandardCharsets.UTF_8);
            int headerEnd = text.indexOf('\n');
            String header = text.substring(0, headerEnd);
            int dateAt = header.indexOf("date ") + 5;
            LocalDate date = LocalDate.parse(header.substring(dateAt, dateAt + 10)).minusYears(round);
            String copy = header.substring(0, dateAt) + date + header.substring(dateAt + 10)
                    + (round == 0 ? "" : " (" + round + ")") + text.substring(headerEnd);
            Path dir = target.resolve(String.format("%03d", i / 1000));
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(String.format("%06d.txt", i)), copy, StandardCharsets.UTF_8);
        }
        System.out.println("Wrote " + count + " articles to " + target);
    }
}
