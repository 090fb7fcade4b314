package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Sentence;
import dev.precis.model.TextRange;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library written before V1_8 (a row per paragraph and per sentence) is converted when it is opened: its
 * paragraphs, its sentences (read by the story timeline and the summary reads) and a later article read as
 * they were written. Run on H2 and, when {@code PRECIS_TEST_PG_URL} names one, on PostgreSQL.
 */
class ArticleRangesUpgradeTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final PostgresSchemas schemas = new PostgresSchemas();

    @Test
    void anEmbeddedLibraryOfTheOldSchemaIsConverted() throws Exception {
        upgradesAndReadsAsWritten(LibraryConfig.embedded(dir), "1.7");
    }

    @Test
    void aPostgresLibraryOfTheOldSchemaIsConverted() throws Exception {
        upgradesAndReadsAsWritten(new LibraryConfig(dir, schemas.freshUrl()), "1.6"); // 1.7 is H2's alone
    }

    /** Migrates to {@code before} (the last version before V1_8), writes that schema's rows, opens the library. */
    private static void upgradesAndReadsAsWritten(LibraryConfig config, String before) throws Exception {
        String url = config.effectiveJdbcUrl();
        OldSchemas.replay(Flyway.configure(Database.class.getClassLoader()).dataSource(url, null, config.password())
                .locations(Database.locations(url)).target(before)).load().migrate();
        AnalyzedArticle a = Fixtures.analyzed("old", "Veldoria and Ostmark open border treaty talks in Valletta", Fixtures.TALKS,
                "2021-12-06", List.of("Anna Kessel"), List.<String[]>of(new String[] {"5 December", "2021-12-05"}));
        long id;
        long story;
        Properties props = new Properties();
        if (config.password() != null) {
            props.setProperty("password", config.password());
        }
        try (Connection c = DriverManager.getConnection(url, props)) {
            c.setAutoCommit(false);
            id = new ArticleWriter(c).insertArticle(new LibraryEntry(a, null, "wire", "wire/old"), ContentFingerprint.of(Fixtures.TALKS));
            List<TextRange> paragraphs = a.article().paragraphs();
            for (int i = paragraphs.size() - 1; i >= 0; i--) { // out of order: the conversion orders by idx
                oldRange(c, "paragraphs", id, i, paragraphs.get(i));
            }
            List<Sentence> sentences = a.sentences();
            for (int i = 0; i < sentences.size(); i++) {
                oldRange(c, "sentences", id, i, sentences.get(i).range());
            }
            TextRange when = a.times().get(0).range();
            int sentence = ArticleWriter.sentenceAt(sentences, when.start());
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO time_expressions(article_id, idx, start_pos, end_pos, time_value, granularity) VALUES ("
                        + id + ", 0, " + when.start() + ", " + when.end() + ", '2021-12-05', 'DAY')");
                s.executeUpdate("INSERT INTO events(article_id, time_idx, sentence_idx, time_value) VALUES (" + id + ", 0, " + sentence
                        + ", '2021-12-05')");
                s.executeUpdate("INSERT INTO stories(title, key_entities, first_published, last_published, size)"
                        + " VALUES ('Border treaty talks', 'Anna Kessel', '2021-12-06', '2021-12-06', 1)");
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(id) FROM stories")) {
                rs.next();
                story = rs.getLong(1);
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO story_members(article_id, story_id, score) VALUES (" + id + ", " + story + ", 1.0)");
            }
            c.commit();
            assertThat(sentence).isPositive(); // the event is not in the first sentence: the index is really used
        }
        try (Library lib = Library.open(config)) {
            ArticleView v = lib.article(id).orElseThrow();
            assertThat(v.article().paragraphs()).isEqualTo(a.article().paragraphs());
            StoryView s = lib.story(story).orElseThrow();
            assertThat(s.timeline()).singleElement().satisfies(e -> {
                assertThat(e.expression()).isEqualTo("5 December");
                assertThat(e.sentence()).isEqualTo(a.sentences().get(sentence(a)).text(Fixtures.TALKS)).contains("5 December");
            });
            assertThat(lib.search(SearchQuery.of("Valletta")).total()).isEqualTo(1);
            AnalyzedArticle later = Fixtures.analyzed("new", "Rovers go top after beating Harbour City", Fixtures.FOOTBALL, "2024-03-10",
                    List.of("Tom Baxter"), List.of());
            AddResult r = lib.add(new LibraryEntry(later, null, "wire", "wire/new"));
            assertThat(lib.article(r.articleId()).orElseThrow().article().paragraphs()).isEqualTo(later.article().paragraphs());
        }
        try (Connection c = DriverManager.getConnection(url, props);
             PreparedStatement ps = c.prepareStatement("SELECT sentences FROM article_ranges WHERE article_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(RangeList.decode(rs.getString(1))).isEqualTo(a.sentences().stream().map(Sentence::range).toList());
            }
        }
    }

    private static int sentence(AnalyzedArticle a) {
        return ArticleWriter.sentenceAt(a.sentences(), a.times().get(0).range().start());
    }

    private static void oldRange(Connection c, String table, long id, int idx, TextRange r) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + "(article_id, idx, start_pos, end_pos) VALUES (?,?,?,?)")) {
            ps.setLong(1, id);
            ps.setInt(2, idx);
            ps.setInt(3, r.start());
            ps.setInt(4, r.end());
            ps.executeUpdate();
        }
    }
}
