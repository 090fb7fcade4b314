package dev.precis.nlp.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the place-name list {@code gazetteer/geonames-places.txt} from a GeoNames dump (CC BY 4.0):
 * country names and capitals ({@code countryInfo.tsv}), first-level regions ({@code regionInfo.tsv})
 * and cities of at least 15,000 people ({@code cities15000.txt}) with their Latin-script alternate
 * spellings for cities of at least {@value #ALTERNATES_FROM} (romanisations such as "Kyiv"/"Kiev").
 * The list is a model feature only, never a rule, so a place name that is also a word costs little;
 * single words that are frequent lower-case words are left out all the same. Stateless.
 */
public final class GeoNamesPlaces {

    static final int ALTERNATES_FROM = 100_000;

    private GeoNamesPlaces() {
    }

    /** Writes the list; returns the number of names written. */
    public static int write(Path geonamesDir, Path output, Gazetteer gazetteer) throws IOException {
        Set<String> names = new TreeSet<>();
        for (String line : Files.readAllLines(geonamesDir.resolve("countryInfo.tsv"), StandardCharsets.UTF_8)) {
            String[] c = line.split("\t", -1);
            if (line.startsWith("#") || c.length < 6) {
                continue;
            }
            add(names, c[4], gazetteer);
            add(names, c[5], gazetteer);
        }
        for (String line : Files.readAllLines(geonamesDir.resolve("regionInfo.tsv"), StandardCharsets.UTF_8)) {
            String[] c = line.split("\t", -1);
            if (line.startsWith("#") || c.length < 3) {
                continue;
            }
            add(names, c[1], gazetteer);
            add(names, c[2], gazetteer);
        }
        try (BufferedReader in = Files.newBufferedReader(geonamesDir.resolve("cities15000.txt"), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] c = line.split("\t", -1);
                if (c.length < 15) {
                    continue;
                }
                add(names, c[1], gazetteer);
                add(names, c[2], gazetteer);
                long population = c[14].isEmpty() ? 0 : Long.parseLong(c[14]);
                if (population >= ALTERNATES_FROM) {
                    for (String alt : c[3].split(",")) {
                        add(names, alt, gazetteer);
                    }
                }
            }
        }
        try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            out.write("# Place names derived from GeoNames (https://www.geonames.org/, CC BY 4.0) by 'precis train places'.\n");
            for (String n : names) {
                out.write(n);
                out.write('\n');
            }
        }
        return names.size();
    }

    /** Keeps capitalised Latin-script names of at most four words that are no common word. */
    static void add(Set<String> names, String raw, Gazetteer gazetteer) {
        String name = raw.strip().replaceAll("\\s+", " ");
        if (name.length() < 3 || !Character.isUpperCase(name.charAt(0)) || name.split(" ").length > 4) {
            return;
        }
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            boolean latin = ch < 0x250 && (Character.isLetter(ch) || ch == ' ' || ch == '-' || ch == '\'' || ch == '.');
            if (!latin) {
                return;
            }
        }
        if (name.indexOf(' ') < 0 && gazetteer.isCommonWord(name)) {
            return;
        }
        names.add(name);
    }

    /** Every name of a list file written by {@link #write}, in file order. */
    static Set<String> read(BufferedReader in) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                out.add(line);
            }
        }
        return out;
    }
}
