package io.dramatis.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.dramatis.article.EntityType;

class AliasTableTest {

    @Test
    void shipsTheVariantsEveryNewsArchiveNeeds() {
        AliasTable table = AliasTable.defaults();
        for (String us : new String[] {"US", "U.S.", "USA", "United States", "America", "the United States", "u.s."}) {
            assertThat(table.lookup(us)).as(us).contains(new AliasTable.Canonical("United States", EntityType.LOCATION));
        }
        for (String un : new String[] {"UN", "U.N.", "United Nations"}) {
            assertThat(table.lookup(un)).as(un).contains(new AliasTable.Canonical("United Nations",
                    EntityType.ORGANIZATION));
        }
        for (String uk : new String[] {"UK", "Britain", "United Kingdom"}) {
            assertThat(table.lookup(uk)).as(uk).contains(new AliasTable.Canonical("United Kingdom", EntityType.LOCATION));
        }
        assertThat(table.lookup("EU")).contains(new AliasTable.Canonical("European Union", EntityType.ORGANIZATION));
        assertThat(table.lookup("USSR")).contains(new AliasTable.Canonical("Soviet Union", EntityType.LOCATION));
        assertThat(table.lookup("Soviet Union")).contains(new AliasTable.Canonical("Soviet Union", EntityType.LOCATION));
        assertThat(table.lookup("Zalmay Khalilzad")).isEmpty();
    }

    @Test
    void ignoresCaseDiacriticsFullStopsAndALeadingThe() {
        assertThat(AliasTable.key("Türkiye")).isEqualTo(AliasTable.key("TURKIYE"));
        assertThat(AliasTable.key("Côte d’Ivoire")).isEqualTo("cote d'ivoire");
        assertThat(AliasTable.key("The  U.S.")).isEqualTo("us");
        assertThat(AliasTable.defaults().lookup("Turkiye")).map(AliasTable.Canonical::name).contains("Turkey");
    }

    @Test
    void readsAndWritesItsTextForm() throws AliasTable.InvalidAliasException {
        AliasTable table = AliasTable.parse("# comment\n\nZalmay Khalilzad\tperson\tKhalilzad|Zal Khalilzad\n");
        assertThat(table.lookup("khalilzad")).contains(new AliasTable.Canonical("Zalmay Khalilzad", EntityType.PERSON));
        assertThat(AliasTable.parse(table.format()).entries()).isEqualTo(table.entries());
    }

    @Test
    void saysWhichLineIsWrongAndWhy() {
        assertThatThrownBy(() -> AliasTable.parse("Good\tLOCATION\tG\nBad line without tabs\n"))
                .hasMessage("line 2: expected 'canonical name<TAB>TYPE<TAB>variant|variant', found 1 tab-separated field");
        assertThatThrownBy(() -> AliasTable.parse("X\tTHING\tY"))
                .hasMessage("line 1: the type must be PERSON, ORGANIZATION, LOCATION or DATE; found 'THING'");
        assertThatThrownBy(() -> AliasTable.parse("United States\tLOCATION\tUS\nUnited Nations\tORGANIZATION\tU.S."))
                .hasMessage("line 2: 'U.S.' is already an alias on line 1; a name can stand for one actor only");
        assertThatThrownBy(() -> AliasTable.parse("\tLOCATION\tUS"))
                .hasMessage("line 1: the canonical name is empty");
    }
}
