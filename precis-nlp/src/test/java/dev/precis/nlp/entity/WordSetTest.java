package dev.precis.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link WordSet} holds exactly the members {@code Set.of} / {@code Set.copyOf} would, and answers alike. */
class WordSetTest {

    @Test
    void answersAsSetOfForMembersAndOthers() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            Set<String> members = new HashSet<>();
            int n = random.nextInt(40);
            while (members.size() < n) {
                members.add(word(random));
            }
            String[] array = members.toArray(new String[0]);
            Set<String> expected = Set.of(array);
            WordSet set = WordSet.of(array);
            assertThat(set).hasSize(expected.size()).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(set).isEqualTo(expected);
            for (int probe = 0; probe < 200; probe++) {
                String w = probe % 4 == 0 && n > 0 ? array[random.nextInt(n)] : word(random);
                assertThat(set.contains(w)).as(w).isEqualTo(expected.contains(w));
                assertThat(set.contains(new String(w.toCharArray()))).isEqualTo(expected.contains(w));
            }
        }
    }

    @Test
    void wordsWithTheSameHashAreToldApart() {
        // "Aa" and "BB" have the same String hash
        WordSet set = WordSet.of("Aa", "Bank");
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(set.contains("Aa")).isTrue();
        assertThat(set.contains("BB")).isFalse();
        assertThat(set.contains(7)).isFalse();
    }

    @Test
    void rejectsWhatSetOfRejects() {
        assertThatThrownBy(() -> WordSet.of("Ltd", "Plc", "Ltd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WordSet.of("Ltd", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> WordSet.of("Ltd").contains(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> WordSet.of("Ltd").add("Plc")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void copyOfKeepsEachWordOnce() {
        List<String> words = new ArrayList<>(List.of("river", "Bank", "river", "ford", "Bank"));
        WordSet set = WordSet.copyOf(words);
        assertThat(set).hasSize(3).containsExactlyInAnyOrder("river", "Bank", "ford");
        assertThat(WordSet.copyOf(List.of())).isEmpty();
        assertThat(WordSet.copyOf(List.of()).contains("ford")).isFalse();
    }

    private static String word(Random random) {
        int length = 1 + random.nextInt(6);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append((char) ((random.nextBoolean() ? 'a' : 'A') + random.nextInt(4)));
        }
        return b.toString();
    }
}
