package io.dramatis.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import io.dramatis.testsupport.Mutations;
import io.dramatis.testsupport.TestCorpus;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Whatever bytes arrive, the parser answers with an article that keeps its promises or with a
 * reason a person can act on; nothing else ever escapes it.
 */
class ArticleParserPropertyTest {

    private final ArticleParser parser = new ArticleParser(64 * 1024);

    @Property(tries = 1000)
    void damagedArticlesParseOrAreRejectedWithAReason(@ForAll long seed) {
        byte[] good = TestCorpus.read(seed % 2 == 0 ? TestCorpus.SEED : "reuters-00002.txt");
        assertOutcome(Mutations.mutate(good, new Random(seed)));
    }

    @Property(tries = 1000)
    void arbitraryBytesParseOrAreRejectedWithAReason(@ForAll byte[] bytes) {
        assertOutcome(bytes);
    }

    private void assertOutcome(byte[] bytes) {
        try {
            ParsedArticle article = parser.parse("fuzz.txt", bytes);
            assertThat(article.title()).isNotBlank().isEqualTo(article.title().strip());
            assertThat(article.body()).isNotBlank().doesNotContain("\r").doesNotContain("\n\n\n");
            assertThat(article.contentHash()).matches("[0-9a-f]{64}");
            if (article.dateline() != null) {
                assertThat(article.body()).startsWith(article.dateline());
            }
        } catch (ArticleFormatException e) {
            assertThat(e.reason()).isNotBlank();
            assertThat(e.getMessage()).startsWith("fuzz.txt: ");
            assertThat(e.line()).isBetween(0, bytes.length + 1);
        }
    }
}
