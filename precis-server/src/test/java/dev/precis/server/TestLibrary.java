package dev.precis.server;

import dev.precis.pipeline.Precis;
import dev.precis.store.Library;
import dev.precis.store.LibraryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A library in a temporary directory filled with {@link Fixtures} through {@link ArticleIntake}, for
 * tests. The pipeline and models are loaded once per test JVM.
 */
public final class TestLibrary implements AutoCloseable {

    public static final String TOKEN = "test-token-0123456789";

    private static Precis precis;
    private static dev.precis.extract.ArticleExtractor extractor;
    private static dev.precis.nlp.EntityRecognizer entities;

    public final Library library;
    public final ArticleIntake intake;
    public final List<Long> ids = new ArrayList<>();

    private TestLibrary(Library library, ArticleIntake intake) {
        this.library = library;
        this.intake = intake;
    }

    public static synchronized Precis precis() {
        if (precis == null) {
            precis = Precis.builder().build();
        }
        return precis;
    }

    /** The shipped models, loaded once per test JVM: an intake for {@code lib} that may fetch from loopback. */
    public static synchronized ArticleIntake.Builder intake(Library lib) {
        if (entities == null) {
            extractor = dev.precis.extract.HtmlArticleReader.withLanguageModel().extractor();
            entities = new dev.precis.nlp.entity.StatisticalEntityRecognizer(dev.precis.nlp.entity.EntityModels.loadDefault());
        }
        return ArticleIntake.builder(lib, precis()).extractor(extractor).entities(entities)
                .quotes(new dev.precis.nlp.quote.RuleQuoteFinder()).times(new dev.precis.nlp.time.RuleTimeResolver());
    }

    /** An empty library. */
    public static TestLibrary empty(Path dir) {
        try {
            Library lib = Library.open(LibraryConfig.embedded(dir));
            ArticleIntake intake = intake(lib).allowPrivateAddresses(true).fetchTimeout(java.time.Duration.ofSeconds(10)).build();
            return new TestLibrary(lib, intake);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A library holding every fixture article, ids in {@link Fixtures#ALL} order. */
    public static TestLibrary withFixtures(Path dir) throws Exception {
        TestLibrary t = empty(dir);
        for (Fixtures.Item item : Fixtures.ALL) {
            t.ids.add(t.intake.addText(item.text(), item.title(), item.published()).articleId());
        }
        t.library.flush();
        return t;
    }

    public ServerContext context(ServerConfig config) {
        return new ServerContext(library, precis(), config, intake);
    }

    public ServerContext context() {
        return context(ServerConfig.loopback(TOKEN));
    }

    @Override
    public void close() throws IOException {
        library.close();
    }
}
