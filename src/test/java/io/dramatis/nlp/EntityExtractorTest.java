package io.dramatis.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.dramatis.article.ArticleFormatException;
import io.dramatis.article.ArticleParser;
import io.dramatis.article.EntityType;
import io.dramatis.article.ParsedArticle;
import io.dramatis.testsupport.TestCorpus;

/** The real model on real articles: what a reader of the seed article must see listed. */
class EntityExtractorTest {

    private static EntityExtractor extractor;
    private static ParsedArticle seed;

    @BeforeAll
    static void load() throws ArticleFormatException {
        extractor = new EntityExtractor(Annotators.load(Annotators.DEFAULT_NER_MODEL), AliasTable.defaults());
        seed = new ArticleParser(5 << 20).parse("seed", TestCorpus.read(TestCorpus.SEED));
    }

    private static Map<EntityType, Set<String>> actors(ParsedArticle article) {
        return extractor.extract(article.body(), article.publishedOn(), article.dateline()).mentions().stream()
                .collect(Collectors.groupingBy(MentionResolver.Resolved::type,
                        Collectors.mapping(MentionResolver.Resolved::name, Collectors.toCollection(TreeSet::new))));
    }

    @Test
    void listsTheActorsOfTheSeedArticleOnceEach() {
        Map<EntityType, Set<String>> actors = actors(seed);

        assertThat(actors.get(EntityType.PERSON)).contains("Zalmay Khalilzad", "Qamar Javed Bajwa", "Sonny Leggett",
                "Zabihullah Mujahid", "Suhail Shaheen")
                .doesNotContain("Khalilzad", "Leggett", "Mujahid", "Zabihullah", "Bajwa", "he", "his", "He", "His");
        assertThat(actors.get(EntityType.ORGANIZATION)).contains("Taliban", "Islamic State", "ISPR");
        assertThat(actors.get(EntityType.LOCATION)).contains("Afghanistan", "Pakistan", "Doha", "Kabul", "Qatar",
                "Islamabad", "Kandahar", "United States")
                .doesNotContain("US", "ISLAMABAD", "U.S.");
        assertThat(actors.get(EntityType.DATE)).contains("2021-01-04", "2020-02-29", "2020");
    }

    @Test
    void pointsEveryMentionAtItsTextAndKeepsTheSurfaceForm() {
        List<MentionResolver.Resolved> mentions = extractor.extract(seed.body(), seed.publishedOn(), seed.dateline())
                .mentions();
        for (MentionResolver.Resolved mention : mentions) {
            assertThat(seed.body().substring(mention.start(), mention.end())).isEqualTo(mention.surface());
        }
        assertThat(mentions).anySatisfy(m -> {
            assertThat(m.surface()).isEqualTo("ISLAMABAD");
            assertThat(m.name()).isEqualTo("Islamabad");
            assertThat(m.start()).isZero();
        });
        assertThat(mentions).filteredOn(m -> m.surface().equals("US"))
                .isNotEmpty().allSatisfy(m -> assertThat(m.name()).isEqualTo("United States"));
        assertThat(mentions).filteredOn(m -> m.name().equals("Zalmay Khalilzad"))
                .extracting(MentionResolver.Resolved::surface).contains("Zalmay Khalilzad", "Khalilzad");
        assertThat(mentions).filteredOn(m -> m.name().equals("Qamar Javed Bajwa"))
                .extracting(MentionResolver.Resolved::surface).containsExactly("Qamar Javed Bajwa");
        assertThat(mentions).filteredOn(m -> m.name().equals("Islamic Emirate of Afghanistan"))
                .extracting(MentionResolver.Resolved::surface).contains("IEA", "Islamic Emirate of Afghanistan");
        // No two marks overlap.
        for (int i = 1; i < mentions.size(); i++) {
            assertThat(mentions.get(i).start()).isGreaterThanOrEqualTo(mentions.get(i - 1).end());
        }
    }

    @Test
    void writesReutersCapitalsAndCompanyFormsAsOneName() throws ArticleFormatException {
        ParsedArticle standardOil = new ArticleParser(5 << 20).parse("r", TestCorpus.read("reuters-00002.txt"));
        Map<EntityType, Set<String>> actors = actors(standardOil);

        assertThat(actors.get(EntityType.LOCATION)).contains("Cleveland").doesNotContain("CLEVELAND");
        assertThat(actors.get(EntityType.ORGANIZATION)).contains("Standard Oil", "BP North America")
                .doesNotContain("Standard Oil Co", "BP North America Inc");
    }

    @Test
    void resolvesDatesAgainstTheArticlesOwnDay() {
        ParsedArticle article = new ParsedArticle(LocalDate.of(2021, 1, 5), "Talks",
                "DOHA: Talks resumed on Monday, two months after the September 12, 2020 opening.", "DOHA");
        assertThat(actors(article).get(EntityType.DATE)).containsExactlyInAnyOrder("2021-01-04", "2020-09-12");
    }
}
