package dev.precis.eval.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.model.EntityMention;
import dev.precis.model.Quote;
import dev.precis.model.QuoteKind;
import dev.precis.model.TimeExpression;
import dev.precis.nlp.analysis.Analyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores an {@link Analyzer} against the seeds gold ({@code gold/seeds.json} beside {@code seeds/}),
 * using each file's {@code assumed_publication_date}. A gold quote is found when a predicted quote of
 * the same kind overlaps its span; its speaker is right when it equals the gold speaker or one of the
 * gold entity's aliases (case-insensitive). A gold time is right when a predicted expression overlaps
 * it with the gold value, or a finer value inside it ("2022-02-14" inside "2022-02"). An entity is
 * found when some mention has its canonical name and type. Thread-safe if the analyzer is.
 */
public final class SeedEvaluation {

    /** One line per gold item ("ok"/"MISS"/"WRONG ...") and the totals. */
    public record Result(List<String> lines, int quotes, int quotesRight, int times, int timesRight,
                         int entities, int entitiesRight) {
    }

    private final Analyzer analyzer;

    public SeedEvaluation(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    public Result evaluate(Path goldFile) throws IOException {
        JsonNode gold = new ObjectMapper().readTree(goldFile.toFile());
        Path seeds = goldFile.toAbsolutePath().getParent().resolveSibling("seeds");
        List<String> lines = new ArrayList<>();
        int q = 0, qr = 0, t = 0, tr = 0, e = 0, er = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> file = it.next();
            Path path = seeds.resolve(file.getKey());
            if (!Files.isRegularFile(path)) {
                throw new IOException(path + ": seed file missing");
            }
            String text = Files.readString(path, StandardCharsets.UTF_8);
            JsonNode g = file.getValue();
            Article article = Article.of(file.getKey(), "", text, List.of())
                    .withPublished(g.path("assumed_publication_date").asText(null));
            AnalyzedArticle a = analyzer.analyze(article);
            for (JsonNode gq : g.path("quotes")) {
                q++;
                QuoteKind kind = QuoteKind.valueOf(gq.path("kind").asText().toUpperCase(Locale.ROOT));
                int s = gq.path("span").get(0).asInt();
                int en = gq.path("span").get(1).asInt();
                Set<String> names = aliases(g, gq.path("speaker").asText());
                Quote best = null;
                for (Quote p : a.quotes()) {
                    if (p.kind() == kind && p.content().start() < en && s < p.content().end()) {
                        best = p;
                        if (p.speaker() != null && names.contains(p.speaker().toLowerCase(Locale.ROOT))) {
                            break;
                        }
                    }
                }
                boolean right = best != null && best.speaker() != null
                        && names.contains(best.speaker().toLowerCase(Locale.ROOT));
                qr += right ? 1 : 0;
                lines.add(String.format(Locale.ROOT, "quote %-8s %-5s %s [%d,%d] gold=%s got=%s", kind, right ? "ok"
                        : best == null ? "MISS" : "WRONG", file.getKey().substring(0, 3), s, en,
                        gq.path("speaker").asText(), best == null ? "-" : best.speaker()));
            }
            for (JsonNode gt : g.path("time_expressions")) {
                t++;
                int s = gt.path("span").get(0).asInt();
                int en = gt.path("span").get(1).asInt();
                String value = gt.path("value").asText();
                TimeExpression hit = null;
                for (TimeExpression p : a.times()) {
                    if (p.range().start() < en && s < p.range().end()) {
                        hit = p;
                    }
                }
                boolean right = hit != null && hit.value() != null
                        && (hit.value().equals(value) || hit.value().startsWith(value + "-"));
                tr += right ? 1 : 0;
                lines.add(String.format(Locale.ROOT, "time  %-5s %s \"%s\" gold=%s got=%s", right ? "ok" : "WRONG",
                        file.getKey().substring(0, 3), gt.path("text").asText(), value, hit == null ? "-" : hit.value()));
            }
            for (JsonNode ge : g.path("entities")) {
                e++;
                String canonical = ge.path("canonical").asText();
                String type = ge.path("type").asText();
                boolean found = false;
                for (EntityMention m : a.entities()) {
                    found |= m.canonical().equals(canonical) && m.type().name().equals(type);
                }
                er += found ? 1 : 0;
                lines.add("entity " + (found ? "ok   " : "MISS ") + file.getKey().substring(0, 3) + " " + canonical);
            }
        }
        return new Result(lines, q, qr, t, tr, e, er);
    }

    private static Set<String> aliases(JsonNode gold, String speaker) {
        Set<String> names = new HashSet<>();
        names.add(speaker.toLowerCase(Locale.ROOT));
        for (JsonNode ent : gold.path("entities")) {
            if (ent.path("canonical").asText().equalsIgnoreCase(speaker)) {
                ent.path("aliases").forEach(al -> names.add(al.asText().toLowerCase(Locale.ROOT)));
            }
        }
        return names;
    }
}
