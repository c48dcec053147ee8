package io.dramatis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.dramatis.testsupport.Archives;

class ExpanderTest {

    @TempDir
    Path folder;

    private final Expander expander = new Expander(5 * 1024 * 1024, 1000);

    private List<ItemSpec> expand(Path root) {
        List<ItemSpec> items = new ArrayList<>();
        expander.expand(root, items::add);
        return items;
    }

    private static String article(String title) {
        return " date 2021-01-05 " + title + "\n\nBody of " + title + ".\n";
    }

    @Test
    void listsFilesArchiveEntriesAndJsonLinesInNameOrderSkippingHiddenFiles() throws IOException {
        Files.writeString(folder.resolve("b.txt"), article("B"));
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("sub/a.txt"), article("A"));
        Files.writeString(folder.resolve(".DS_Store"), "junk");
        Files.write(folder.resolve("c.zip"), Archives.zip(Archives.entries("x/one.txt", article("One"), "two.txt",
                article("Two"), "__MACOSX/._two.txt", "junk", "folder/", "")));
        Files.writeString(folder.resolve("d.jsonl"), "{\"date\":\"2021-01-05\",\"title\":\"J1\",\"body\":\"b\"}\n\n"
                + "  \n{\"date\":\"2021-01-05\",\"title\":\"J2\",\"body\":\"b\"}");

        List<ItemSpec> items = expand(folder);

        assertThat(items).extracting(ItemSpec::name).containsExactly("b.txt", "c.zip/x/one.txt", "c.zip/two.txt",
                "d.jsonl:1", "d.jsonl:4", "sub/a.txt");
        assertThat(items).allMatch(item -> item.refusal() == null);
        ItemSpec secondLine = items.get(4);
        String jsonl = Files.readString(folder.resolve("d.jsonl"));
        assertThat(jsonl.substring(secondLine.byteOffset().intValue(),
                secondLine.byteOffset().intValue() + secondLine.byteLength())).contains("J2");
    }

    @Test
    void refusesUnsafeNestedAndOversizedEntriesButListsTheRest() throws IOException {
        Files.write(folder.resolve("mixed.zip"), Archives.zip(Archives.entries(
                "good.txt", article("Good"),
                "../escape.txt", article("Escape"),
                "/etc/absolute.txt", article("Absolute"),
                "inner.zip", Archives.zip(Archives.entries("x.txt", article("X"))),
                "big.txt", new byte[6 * 1024 * 1024])));

        List<ItemSpec> items = expand(folder);

        assertThat(items).extracting(ItemSpec::name).containsExactly("mixed.zip/good.txt", "mixed.zip/../escape.txt",
                "mixed.zip//etc/absolute.txt", "mixed.zip/inner.zip", "mixed.zip/big.txt");
        assertThat(items.get(0).refusal()).isNull();
        assertThat(items.get(1).refusal()).startsWith("unsafe path in the archive");
        assertThat(items.get(2).refusal()).startsWith("unsafe path in the archive");
        assertThat(items.get(3).refusal()).startsWith("an archive inside the archive");
        assertThat(items.get(4).refusal()).isEqualTo("declared size 6291456 bytes is larger than the 5 MiB limit for"
                + " one article");
    }

    @Test
    void refusesACorruptArchiveAsOneItem() throws IOException {
        Files.write(folder.resolve("broken.zip"), "PK\u0003\u0004 this is not really a zip".getBytes(StandardCharsets.UTF_8));
        Files.writeString(folder.resolve("fine.txt"), article("Fine"));

        List<ItemSpec> items = expand(folder);

        assertThat(items).hasSize(2);
        assertThat(items.get(0).name()).isEqualTo("broken.zip");
        assertThat(items.get(0).refusal()).startsWith("not a readable zip archive");
        assertThat(items.get(1).refusal()).isNull();
    }

    @Test
    void refusesAnArchiveWithTooManyEntries() throws IOException {
        Expander small = new Expander(1024, 2);
        Files.write(folder.resolve("many.zip"), Archives.zip(Archives.entries("1.txt", "a", "2.txt", "b", "3.txt", "c")));
        List<ItemSpec> items = new ArrayList<>();
        small.expand(folder, items::add);
        assertThat(items).hasSize(3);
        assertThat(items.get(2).refusal()).isEqualTo("the archive holds more than 2 entries; split it into smaller"
                + " archives");
    }
}
