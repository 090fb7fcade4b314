package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionPackTest {

    @Test
    void mentionsWithoutTitlesPackTheirPlacesOnly() {
        MentionPack p = new MentionPack();
        p.add(0, 10, 20, null);
        p.add(7, 300, 305, null);
        assertThat(p.count()).isEqualTo(2);
        assertThat(p.spans()).isEqualTo("0,10,20,7,300,305");
        assertThat(p.titles()).isNull();
    }

    @Test
    void titlesAreLengthPrefixedAndAMissingOneIsMarked() {
        MentionPack p = new MentionPack();
        p.add(1, 0, 4, null);
        p.add(3, 50, 60, "Deputy Minister, 2:~ of \"things\"");
        p.add(4, 70, 80, null);
        p.add(9, 90, 99, "");
        assertThat(p.titles()).isEqualTo("~32:Deputy Minister, 2:~ of \"things\"~0:");
        List<MentionPack.Indexed> out = new ArrayList<>();
        MentionPack.decode(p.spans(), p.titles(), EntityType.PERSON, "Anna Kessel", out);
        assertThat(out).extracting(MentionPack.Indexed::idx).containsExactly(1, 3, 4, 9);
        assertThat(out).extracting(i -> i.mention().title()).containsExactly(null, "Deputy Minister, 2:~ of \"things\"", null, "");
        assertThat(out.get(1).mention()).isEqualTo(new EntityMention(new TextRange(50, 60), EntityType.PERSON, "Anna Kessel",
                "Deputy Minister, 2:~ of \"things\""));
    }

    @Test
    void rowsOfSeveralEntitiesComeBackInDocumentOrder() {
        MentionPack a = new MentionPack();
        a.add(0, 0, 5, null);
        a.add(2, 20, 25, "Mayor");
        MentionPack b = new MentionPack();
        b.add(1, 10, 15, null);
        b.add(3, 30, 35, null);
        List<MentionPack.Indexed> rows = new ArrayList<>();
        MentionPack.decode(a.spans(), a.titles(), EntityType.PERSON, "A", rows);
        MentionPack.decode(b.spans(), b.titles(), EntityType.LOCATION, "B", rows);
        assertThat(MentionPack.inOrder(rows)).extracting(EntityMention::canonical).containsExactly("A", "B", "A", "B");
        assertThat(MentionPack.inOrder(rows)).extracting(m -> m.range().start()).containsExactly(0, 10, 20, 30);
    }

    @Test
    void aValueThatIsNotPackedMentionsIsRefused() {
        List<MentionPack.Indexed> out = new ArrayList<>();
        assertThatThrownBy(() -> MentionPack.decode("0,1", null, EntityType.PERSON, "A", out)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MentionPack.decode("0,1,2", "~~", EntityType.PERSON, "A", out)).isInstanceOf(IllegalArgumentException.class);
    }
}
