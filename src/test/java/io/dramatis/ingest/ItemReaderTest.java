package io.dramatis.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.dramatis.article.ArticleFormatException;
import io.dramatis.article.ArticleParser;
import io.dramatis.testsupport.Archives;

class ItemReaderTest {

    @TempDir
    Path folder;

    private final ArticleParser parser = new ArticleParser(1024 * 1024);

    private List<ImportItem> items() {
        List<ImportItem> items = new ArrayList<>();
        new Expander(parser.maxBytes(), 1000).expand(folder, spec -> items.add(new ImportItem("job", spec)));
        return items;
    }

    @Test
    void stopsReadingAnEntryAtTheLimitWhateverTheArchiveDeclares() throws IOException {
        Files.write(folder.resolve("bomb.zip"), Archives.lyingBomb("bomb.txt", 3 * 1024 * 1024, 1000));
        ImportItem bomb = items().get(0);
        assertThat(bomb.getState()).as("declared small, so listed").isEqualTo(ImportItem.State.PENDING);

        try (ItemReader reader = new ItemReader(parser)) {
            assertThatThrownBy(() -> reader.read(bomb))
                    .isInstanceOf(ArticleFormatException.class)
                    .hasMessage("bomb.zip/bomb.txt: it unpacks to more than the 1 MiB limit for one article, though"
                            + " the archive declares 1000 bytes: a zip bomb or a damaged archive");
        }
    }

    @Test
    void readsJsonLinesWithTheSameRulesAsFiles() throws IOException, ArticleFormatException {
        Files.writeString(folder.resolve("feed.jsonl"), String.join("\n",
                "{\"date\": \"2021-01-05\", \"title\": \" Talks \", \"body\": \"KABUL: One.\\n\\n\\nTwo.\","
                        + " \"url\": \"https://example.org/a\"}",
                "{\"date\": \"2021-02-30\", \"title\": \"T\", \"body\": \"B\"}",
                "{\"title\": \"T\", \"body\": \"B\"}",
                "{\"date\": \"2021-01-05\", \"title\": \"\", \"body\": \"B\"}",
                "{\"date\": \"2021-01-05\", \"title\": \"T\"}",
                "{\"date\": \"2021-01-05\", \"title\": 7, \"body\": \"B\"}",
                "not json at all",
                "[1, 2]"), StandardCharsets.UTF_8);
        List<ImportItem> items = items();
        assertThat(items).hasSize(8);

        try (ItemReader reader = new ItemReader(parser)) {
            ItemReader.Read first = reader.read(items.get(0));
            assertThat(first.article().publishedOn()).isEqualTo(LocalDate.of(2021, 1, 5));
            assertThat(first.article().title()).isEqualTo("Talks");
            assertThat(first.article().body()).isEqualTo("KABUL: One.\n\nTwo.");
            assertThat(first.article().dateline()).isEqualTo("KABUL");
            assertThat(first.sourceName()).isEqualTo("https://example.org/a");

            assertThatThrownBy(() -> reader.read(items.get(1))).hasMessageContaining("feed.jsonl:2: line 2: '2021-02-30'"
                    + " is not a calendar date");
            assertThatThrownBy(() -> reader.read(items.get(2))).hasMessageContaining("line 3: no \"date\"");
            assertThatThrownBy(() -> reader.read(items.get(3))).hasMessageContaining("line 4: the \"title\" is missing"
                    + " or empty");
            assertThatThrownBy(() -> reader.read(items.get(4))).hasMessageContaining("line 5: the \"body\" is missing"
                    + " or empty");
            assertThatThrownBy(() -> reader.read(items.get(5))).hasMessageContaining("line 6: \"title\" must be a"
                    + " string, found number");
            assertThatThrownBy(() -> reader.read(items.get(6))).hasMessageContaining("line 7: not valid JSON");
            assertThatThrownBy(() -> reader.read(items.get(7))).hasMessageContaining("line 8: expected a JSON object");
        }
    }

    @Test
    void saysSoWhenAFileIsGoneBeforeItsTurn() throws IOException {
        Path file = Files.writeString(folder.resolve("a.txt"), " date 2021-01-05 A\n\nBody.");
        ImportItem item = items().get(0);
        Files.delete(file);
        try (ItemReader reader = new ItemReader(parser)) {
            assertThatThrownBy(() -> reader.read(item)).hasMessageContaining("the file is gone");
        }
    }
}
