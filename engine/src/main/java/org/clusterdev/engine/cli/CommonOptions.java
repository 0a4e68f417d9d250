package org.clusterdev.engine.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.clusterdev.engine.Parallelism;
import org.clusterdev.engine.io.BadRows;
import org.clusterdev.engine.io.CsvPinGazetteer;
import org.clusterdev.engine.io.FirmCsvReader;
import org.clusterdev.engine.io.PinGazetteer;
import picocli.CommandLine.Option;

/** Options shared by the commands that read firm files. */
final class CommonOptions {

    @Option(
            names = "--pins",
            paramLabel = "FILE",
            description = "PIN gazetteer (CSV pin,lat,lon,district,state) to locate firms without coordinates and "
                    + "to give districts and states to firms with a PIN code")
    Path pins;

    @Option(
            names = "--bad-rows",
            paramLabel = "refuse|skip",
            defaultValue = "refuse",
            converter = BadRowsConverter.class,
            description = "refuse the file when a row is bad (default), or skip bad rows; either way each is reported")
    BadRows badRows;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "threads to use (default: one per processor); results do not depend on it")
    Integer threads;

    @Option(
            names = "--progress",
            negatable = true,
            description = "show a progress bar on standard error (default: when it is a terminal)")
    Boolean progress;

    Parallelism parallelism() {
        return threads == null ? Parallelism.allProcessors() : Parallelism.threads(threads);
    }

    boolean showProgress() {
        return progress != null ? progress : System.console() != null;
    }

    FirmCsvReader.Options readOptions(boolean requireCoordinates, ConsoleProgress bar) {
        FirmCsvReader.Options options = FirmCsvReader.Options.defaults()
                .withBadRows(badRows)
                .withCoordinatesRequired(requireCoordinates)
                .withProgress(bar);
        Optional<PinGazetteer> gazetteer = pins == null ? Optional.empty() : Optional.of(CsvPinGazetteer.load(pins));
        return gazetteer.map(options::withGazetteer).orElse(options);
    }

    /** picocli converter for {@code refuse|skip}. */
    static final class BadRowsConverter implements picocli.CommandLine.ITypeConverter<BadRows> {
        @Override
        public BadRows convert(String value) {
            try {
                return BadRows.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("expected refuse or skip, was '" + value + "'");
            }
        }
    }
}
