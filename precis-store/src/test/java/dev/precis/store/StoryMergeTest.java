package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Story merges in the database: members move, sizes and dates add up, and redirects follow chains. */
class StoryMergeTest {

    @TempDir
    Path dir;

    private static long story(ArticleWriter w, String id, String text, String published) throws Exception {
        AnalyzedArticle a = Fixtures.analyzed(id, "Title " + id, text, published, List.of(), List.of());
        long article = w.insertArticle(new LibraryEntry(a, null, "wire", "wire/" + id), ContentFingerprint.of(text));
        return w.stories().joinStory(article, 0, 0, a.article(), "k");
    }

    private static List<Long> redirects(Connection c, long to) throws Exception {
        List<Long> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT from_id FROM story_redirects WHERE to_id = " + to + " ORDER BY from_id")) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    @Test
    void aStoryMergedTwiceRedirectsToTheLastSurvivor() throws Exception {
        try (Connection c = Database.open(LibraryConfig.embedded(dir))) {
            ArticleWriter w = new ArticleWriter(c);
            long a = story(w, "a", Fixtures.TALKS, "2021-12-06");
            long b = story(w, "b", Fixtures.TALKS_LATER, "2024-03-13");
            long f = story(w, "f", Fixtures.FOOTBALL, "2024-03-10");
            w.stories().merge(a, b, "k");
            // b, which absorbed a, is itself merged into f: a's redirect must follow to f
            w.stories().merge(b, f, "k");
            c.commit();
            assertThat(redirects(c, f)).containsExactly(a, b);
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT size, first_published, last_published, title FROM stories WHERE id = " + f)) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(3);
                assertThat(rs.getString(2)).isEqualTo("2021-12-06");
                assertThat(rs.getString(3)).isEqualTo("2024-03-13");
                assertThat(rs.getString(4)).as("the title of the story holding the latest article").isEqualTo("Title b");
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*), MIN(story_id), MAX(story_id) FROM story_members")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(3);
                assertThat(rs.getLong(2)).isEqualTo(f);
                assertThat(rs.getLong(3)).isEqualTo(f);
            }
            ArticleReader r = new ArticleReader(c);
            assertThat(r.storyRedirect(a)).contains(f);
            assertThat(r.storyRedirect(f)).isEmpty();
        }
    }
}
