package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A title's segment that names the site its host names is stripped even when the page states no site name. */
class HostSiteNameTest {

    @Test
    void theHostsLabelIsTheNameBeforeThePublicSuffix() {
        assertThat(TitleSiteNames.hostLabel("apps.tinyshop.com")).isEqualTo("tinyshop");
        assertThat(TitleSiteNames.hostLabel("mshq.gov")).isEqualTo("mshq");
        assertThat(TitleSiteNames.hostLabel("news.kettle.co.uk")).isEqualTo("kettle");
        // a site's own name, or a label too short to be told from a word, gives none
        assertThat(TitleSiteNames.hostLabel("Kettle News")).isNull();
        assertThat(TitleSiteNames.hostLabel("abc.com")).isNull();
    }

    @Test
    void aSegmentHoldingTheHostsLabelIsTheSite() {
        assertThat(TitleSiteNames.strip("Cedar Roastery | Tinyshop App Store", "apps.tinyshop.com"))
                .isEqualTo("Cedar Roastery");
        assertThat(TitleSiteNames.strip("Tinyshop Stories - Cedar Roastery grows online", "apps.tinyshop.com"))
                .isEqualTo("Cedar Roastery grows online");
    }

    @Test
    void aNameWhoseInitialsSpellTheHostIsTheSite() {
        assertThat(TitleSiteNames.strip("Ladder Safety | Mine Safety and Health Quarters", "mshq.gov"))
                .isEqualTo("Ladder Safety");
    }

    @Test
    void aHeadlineThatMerelyMentionsTheBrandAtLengthStays() {
        String t = "Why Tinyshop merchants are moving their stores to new platforms this year - Weekly Retail";
        assertThat(TitleSiteNames.strip(t, "apps.tinyshop.com")).isEqualTo(t);
    }
}
