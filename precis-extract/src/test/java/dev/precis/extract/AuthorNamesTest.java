package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthorNamesTest {

    @Test
    void splitsPeopleAndDropsTitlesAndNoise() {
        assertThat(AuthorNames.split("By Jane Doe and John Roe", null)).containsExactly("Jane Doe", "John Roe");
        assertThat(AuthorNames.split("By Peter Lang, Senior Economics Reporter, and Maria Costa", null))
                .containsExactly("Peter Lang", "Maria Costa");
        assertThat(AuthorNames.split("Von Katrin Hoffmann und Max Weber", null)).containsExactly("Katrin Hoffmann", "Max Weber");
        assertThat(AuthorNames.split("By Grace Mbeki · Updated 5 minutes ago", null)).containsExactly("Grace Mbeki");
        assertThat(AuthorNames.split("Jane Doe | Daily Ledger", "Daily Ledger")).containsExactly("Jane Doe");
        assertThat(AuthorNames.split("Daily Ledger", "Daily Ledger")).isEmpty();
        assertThat(AuthorNames.split("Reuters", null)).isEmpty();
        assertThat(AuthorNames.split("By Anna Smith, jane@example.com, @annasmith", null)).containsExactly("Anna Smith");
        assertThat(AuthorNames.split("Jan de Vries", null)).containsExactly("Jan de Vries");
    }

    @Test
    void cleanKeepsTheBylineAsShown() {
        assertThat(AuthorNames.clean("  By  Felix Martens, Markets Correspondent ")).isEqualTo("Felix Martens, Markets Correspondent");
        assertThat(AuthorNames.clean("HNN Staff | November 18, 2019 at 2:26 PM")).isEqualTo("HNN Staff");
    }
}
