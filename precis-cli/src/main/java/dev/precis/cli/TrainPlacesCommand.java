package dev.precis.cli;

import dev.precis.nlp.entity.Gazetteer;
import dev.precis.nlp.entity.GeoNamesPlaces;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code precis train places --geonames DIR --output FILE}: the GeoNames place-name list the name
 * model uses as a feature (the shipped {@code gazetteer/geonames-places.txt} is this command's output).
 */
@Command(name = "places", mixinStandardHelpOptions = true,
        description = "Build the place-name list from a GeoNames folder (countryInfo.tsv, regionInfo.tsv, cities15000.txt).")
final class TrainPlacesCommand implements Callable<Integer> {

    @Option(names = "--geonames", required = true, description = "folder with the GeoNames files")
    Path geonames;

    @Option(names = "--output", required = true, description = "list file to write")
    Path output;

    @Override
    public Integer call() throws IOException {
        for (String f : new String[] {"countryInfo.tsv", "regionInfo.tsv", "cities15000.txt"}) {
            if (!Files.isRegularFile(geonames.resolve(f))) {
                throw new UserInputException(geonames.resolve(f) + ": no such file");
            }
        }
        int n;
        try {
            n = GeoNamesPlaces.write(geonames, output, Gazetteer.load());
        } catch (NumberFormatException e) {
            throw new UserInputException(geonames + ": not a GeoNames dump: " + e.getMessage(), e);
        }
        System.err.println("precis: wrote " + n + " place names to " + output);
        return 0;
    }
}
