package io.dramatis.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.dramatis.article.EntityType;

/** Each naming rule on its own, with the model's spans written by hand. */
class MentionResolverTest {

    private final MentionResolver resolver = new MentionResolver(AliasTable.defaults());

    /** Marks spans in {@code text} as the model would: each listed phrase, at its first occurrence after the last. */
    private static List<MentionResolver.Candidate> spans(String text, Object... typeAndPhrase) {
        List<MentionResolver.Candidate> candidates = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < typeAndPhrase.length; i += 2) {
            String phrase = (String) typeAndPhrase[i + 1];
            int start = text.indexOf(phrase, from);
            assertThat(start).as(phrase).isNotNegative();
            candidates.add(new MentionResolver.Candidate((EntityType) typeAndPhrase[i], start, start + phrase.length()));
            from = start + phrase.length();
        }
        return candidates;
    }

    private List<MentionResolver.Resolved> resolve(String text, Object... typeAndPhrase) {
        return resolver.resolve(text, text, spans(text, typeAndPhrase), List.of());
    }

    private static List<String> names(List<MentionResolver.Resolved> mentions) {
        return mentions.stream().map(m -> m.type() + " " + m.name()).toList();
    }

    @Test
    void leavesTitlesAndPossessivesOutOfNames() {
        String text = "General Qamar Javed Bajwa met Col. Sonny Leggett. Bajwa's aides and Zabihullah’ tweet.";
        List<MentionResolver.Resolved> mentions = resolve(text, EntityType.PERSON, "General Qamar Javed Bajwa",
                EntityType.PERSON, "Col. Sonny Leggett", EntityType.PERSON, "Bajwa's", EntityType.PERSON, "Zabihullah’");

        assertThat(names(mentions)).containsExactly("PERSON Qamar Javed Bajwa", "PERSON Sonny Leggett",
                "PERSON Qamar Javed Bajwa", "PERSON Zabihullah");
        assertThat(mentions).extracting(MentionResolver.Resolved::surface)
                .containsExactly("Qamar Javed Bajwa", "Sonny Leggett", "Bajwa", "Zabihullah");
    }

    @Test
    void neverTakesAPronounForAnActor() {
        String text = "He said his party and They met US envoys.";
        assertThat(names(resolve(text, EntityType.PERSON, "He", EntityType.PERSON, "his", EntityType.ORGANIZATION,
                "They", EntityType.LOCATION, "US"))).containsExactly("LOCATION United States");
    }

    @Test
    void resolvesPartialNamesToTheFullNameInTheSameArticle() {
        String text = "Zabihullah Mujahid said. Mujahid added. Zabihullah later wrote. Zalmay Khalilzad and Khalilzad.";
        assertThat(names(resolve(text, EntityType.PERSON, "Zabihullah Mujahid", EntityType.PERSON, "Mujahid",
                EntityType.PERSON, "Zabihullah", EntityType.PERSON, "Zalmay Khalilzad", EntityType.ORGANIZATION,
                "Khalilzad"))).containsExactly("PERSON Zabihullah Mujahid", "PERSON Zabihullah Mujahid",
                "PERSON Zabihullah Mujahid", "PERSON Zalmay Khalilzad", "PERSON Zalmay Khalilzad");
    }

    @Test
    void leavesAPartialNameAloneWhenTwoFullNamesFit() {
        String text = "James Baker met Howard Baker. Baker said.";
        assertThat(names(resolve(text, EntityType.PERSON, "James Baker", EntityType.PERSON, "Howard Baker",
                EntityType.PERSON, "Baker"))).containsExactly("PERSON James Baker", "PERSON Howard Baker",
                "PERSON Baker");
    }

    @Test
    void joinsAnAcronymToTheExpansionTheArticleGivesIt() {
        String text = "IEA (Islamic Emirate of Afghanistan) says. Later the IEA expects. Inter-Services Public"
                + " Relations (ISPR) said; the ISPR added.";
        List<MentionResolver.Resolved> mentions = resolve(text, EntityType.ORGANIZATION, "IEA",
                EntityType.LOCATION, "Afghanistan", EntityType.ORGANIZATION, "IEA", EntityType.ORGANIZATION,
                "Inter-Services Public Relations", EntityType.ORGANIZATION, "ISPR", EntityType.ORGANIZATION, "ISPR");

        assertThat(names(mentions)).containsExactly("ORGANIZATION Islamic Emirate of Afghanistan",
                "ORGANIZATION Islamic Emirate of Afghanistan", "ORGANIZATION Islamic Emirate of Afghanistan",
                "ORGANIZATION Inter-Services Public Relations", "ORGANIZATION Inter-Services Public Relations",
                "ORGANIZATION Inter-Services Public Relations");
        assertThat(mentions.get(1).surface()).isEqualTo("Islamic Emirate of Afghanistan");
    }

    @Test
    void joinsAnAcronymGivenInApposition() {
        String text = "The Commodity Credit Corporation, CCC, has accepted bids. The CCC said.";
        assertThat(names(resolve(text, EntityType.ORGANIZATION, "Commodity Credit Corporation",
                EntityType.ORGANIZATION, "CCC", EntityType.ORGANIZATION, "CCC"))).containsOnly(
                "ORGANIZATION Commodity Credit Corporation");
        String notDefined = "Iraq, US, and Iran met.";
        assertThat(names(resolve(notDefined, EntityType.LOCATION, "Iraq", EntityType.LOCATION, "US",
                EntityType.LOCATION, "Iran"))).containsExactly("LOCATION Iraq", "LOCATION United States",
                "LOCATION Iran");
    }

    @Test
    void dropsCompanyFormsAndALeadingThe() {
        String text = "Standard Oil Co and BP North America Inc. and the World Bank and Texaco Inc";
        assertThat(names(resolve(text, EntityType.ORGANIZATION, "Standard Oil Co", EntityType.ORGANIZATION,
                "BP North America Inc.", EntityType.ORGANIZATION, "the World Bank", EntityType.ORGANIZATION,
                "Texaco Inc"))).containsExactly("ORGANIZATION Standard Oil", "ORGANIZATION BP North America",
                "ORGANIZATION World Bank", "ORGANIZATION Texaco");
    }

    @Test
    void mergesVariantsThroughTheAliasTableAndTakesItsType() {
        String text = "U.S. and USA and America and the UN and U.K. and Britain and the EU and the USSR";
        assertThat(names(resolve(text, EntityType.ORGANIZATION, "U.S.", EntityType.LOCATION, "USA",
                EntityType.LOCATION, "America", EntityType.ORGANIZATION, "UN", EntityType.LOCATION, "U.K.",
                EntityType.LOCATION, "Britain", EntityType.ORGANIZATION, "EU", EntityType.LOCATION, "USSR")))
                .containsExactly("LOCATION United States", "LOCATION United States", "LOCATION United States",
                        "ORGANIZATION United Nations", "LOCATION United Kingdom", "LOCATION United Kingdom",
                        "ORGANIZATION European Union", "LOCATION Soviet Union");
    }

    @Test
    void dropsUnbalancedBracketsFromNames() {
        assertThat(MentionResolver.balanced("Petroleum) Reserve")).isEqualTo("Petroleum Reserve");
        assertThat(MentionResolver.balanced("Party (PRI)")).isEqualTo("Party (PRI)");
    }

    @Test
    void takesNamesFromTheTextTheModelRead() {
        String text = "ISLAMABAD: talks.";
        String modelText = "Islamabad: talks.";
        List<MentionResolver.Resolved> mentions = resolver.resolve(text, modelText,
                List.of(new MentionResolver.Candidate(EntityType.LOCATION, 0, 9)), List.of());
        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("Islamabad");
            assertThat(m.surface()).isEqualTo("ISLAMABAD");
        });
    }

    @Test
    void addsDatesAndKeepsNoOverlappingMarks() {
        String text = "On Monday May Ng met.";
        List<MentionResolver.Resolved> mentions = resolver.resolve(text, text,
                spans(text, EntityType.PERSON, "May Ng"),
                List.of(new DateExtractor.FoundDate(3, 9, "2021-01-04"), new DateExtractor.FoundDate(10, 13, "2021-05")));
        assertThat(names(mentions)).containsExactly("DATE 2021-01-04", "PERSON May Ng");
    }
}
