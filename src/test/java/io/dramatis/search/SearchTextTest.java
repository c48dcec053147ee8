package io.dramatis.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void splitsPossessivesWithoutMovingAnyCharacter() {
        String text = "Khalilzad’s call, the Taliban's campaign, Zabihullah’ tweet, don't, O'Brien";
        String indexed = SearchText.forIndex(text);

        assertThat(indexed).hasSameSizeAs(text);
        assertThat(indexed).doesNotContain("Khalilzad’s").doesNotContain("Taliban's");
        assertThat(indexed).contains("Zabihullah’ tweet", "don't", "O'Brien");
        assertThat(SearchText.fromIndex(indexed)).isEqualTo(text);
    }

    @Test
    void splitsOnlyAnApostropheBetweenALetterAndAFinalS() {
        // "It's" splits like a possessive: "it" and "s" are both stop words, so nothing is lost.
        assertThat(SearchText.forIndex("It's 'quoted', users' views, Reuters's")).isEqualTo(
                "It\u2032s 'quoted', users' views, Reuters\u2032s");
        assertThat(SearchText.forIndex(null)).isNull();
    }
}
