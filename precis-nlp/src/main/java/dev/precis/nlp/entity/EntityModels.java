package dev.precis.nlp.entity;

import dev.precis.model.OncePerJvm;
import dev.precis.nlp.ModelLoadException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Everything the entity recognizer needs, loaded once: OpenNLP's English tokenizer model (from the
 * {@code opennlp-models-tokenizer-en} artifact), the name model Precis trains and ships, and the
 * gazetteer lists. Thread-safe; {@link #loadDefault()} hands every caller the JVM's one instance (the
 * name model is flattened for fast tagging once, on first use).
 *
 * <pre>{@code
 * EntityModels models = EntityModels.loadDefault();   // throws ModelLoadException
 * EntityRecognizer ner = new StatisticalEntityRecognizer(models);
 * }</pre>
 */
public final class EntityModels {

    static final String TOKENIZER_RESOURCE = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String NAME_MODEL_RESOURCE = "/dev/precis/nlp/entity/en-ner-precis.bin";
    private static final String CAPITALS_RESOURCE = "/dev/precis/nlp/entity/gazetteer/capitals.txt";

    private final TokenizerModel tokenizer;
    private final TokenNameFinderModel names;
    private final Gazetteer gazetteer;
    private final Map<String, String> capitals;
    private final Object compileLock = new Object();
    private boolean compileTried;
    private CompiledNameModel compiledNames;

    private EntityModels(TokenizerModel tokenizer, TokenNameFinderModel names, Gazetteer gazetteer,
            Map<String, String> capitals) {
        this.tokenizer = Objects.requireNonNull(tokenizer);
        this.names = Objects.requireNonNull(names);
        this.gazetteer = Objects.requireNonNull(gazetteer);
        this.capitals = Map.copyOf(capitals);
    }

    /** The JVM's shipped models (about 75 MB of heap once the name model is flattened). */
    private static final OncePerJvm<EntityModels> SHIPPED = new OncePerJvm<>(EntityModels::readDefault);

    /**
     * The shipped models, read from the classpath on the first call and shared by every later call: they
     * are immutable, so a second copy would only cost memory (the nlp test fork held four).
     */
    public static EntityModels loadDefault() {
        return SHIPPED.get();
    }

    private static EntityModels readDefault() {
        return new EntityModels(loadTokenizer(), readNames(resource(NAME_MODEL_RESOURCE), NAME_MODEL_RESOURCE),
                Gazetteer.load(), loadCapitals());
    }

    /** The shipped tokenizer and gazetteer with a name model trained by {@code precis train ner}. */
    public static EntityModels load(Path nameModel) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(nameModel))) {
            return new EntityModels(loadTokenizer(), readNames(in, nameModel.toString()), Gazetteer.load(),
                    loadCapitals());
        } catch (IOException e) {
            throw new ModelLoadException("cannot read name model " + nameModel + ": " + e.getMessage(), e);
        }
    }

    TokenizerModel tokenizer() {
        return tokenizer;
    }

    TokenNameFinderModel names() {
        return names;
    }

    /** The name model flattened for fast tagging, once, shared; null when it is not a GIS model. */
    CompiledNameModel compiledNames() {
        synchronized (compileLock) {
            if (!compileTried) {
                compiledNames = NameTagger.compile(names);
                compileTried = true;
            }
            return compiledNames;
        }
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Capital city → the country it can stand for ("Moscow said" = Russia). */
    Map<String, String> capitals() {
        return capitals;
    }

    private static TokenizerModel loadTokenizer() {
        try (InputStream in = resource(TOKENIZER_RESOURCE)) {
            return new TokenizerModel(in);
        } catch (IOException | RuntimeException e) {
            throw new ModelLoadException("cannot read tokenizer model " + TOKENIZER_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private static TokenNameFinderModel readNames(InputStream in, String name) {
        try (in) {
            return new TokenNameFinderModel(in);
        } catch (IOException | RuntimeException e) {
            throw new ModelLoadException("cannot read name model " + name + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> loadCapitals() {
        Map<String, String> map = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(resource(CAPITALS_RESOURCE),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] parts = line.strip().split("\\|");
                if (parts.length == 2 && !line.startsWith("#")) {
                    map.put(parts[0], parts[1]);
                }
            }
        } catch (IOException e) {
            throw new ModelLoadException("cannot read " + CAPITALS_RESOURCE + ": " + e.getMessage(), e);
        }
        return map;
    }

    private static InputStream resource(String name) {
        InputStream in = EntityModels.class.getResourceAsStream(name);
        if (in == null) {
            throw new ModelLoadException("model " + name + " is missing from the classpath");
        }
        return new BufferedInputStream(in);
    }
}
