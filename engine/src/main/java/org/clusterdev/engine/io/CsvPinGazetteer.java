package org.clusterdev.engine.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A PIN gazetteer loaded from a CSV file with the header {@code pin,lat,lon,district,state} (district and state
 * may be empty). Lookups are an array access, safe from any thread.
 */
public final class CsvPinGazetteer implements PinGazetteer {

    private static final int FIRST_PIN = 100000;

    private final PinPlace[] places = new PinPlace[900000];
    private final int size;

    private CsvPinGazetteer(List<String> lines, String source) {
        int count = 0;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = CsvText.split(line);
            if (fields.size() < 3) {
                throw new IllegalArgumentException(source + ": line " + (i + 1) + ": row: needs pin,lat,lon");
            }
            try {
                int pin = Integer.parseInt(fields.get(0).trim());
                if (pin < FIRST_PIN || pin > 999999) {
                    throw new IllegalArgumentException("pin: a PIN code has six digits, was " + pin);
                }
                PinPlace place = new PinPlace(
                        Double.parseDouble(fields.get(1).trim()),
                        Double.parseDouble(fields.get(2).trim()),
                        fields.size() > 3 ? fields.get(3).trim() : "",
                        fields.size() > 4 ? fields.get(4).trim() : "");
                if (places[pin - FIRST_PIN] == null) {
                    count++;
                }
                places[pin - FIRST_PIN] = place;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        source + ": line " + (i + 1) + ": not a number: " + e.getMessage(), e);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ": line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        size = count;
    }

    /**
     * Loads a gazetteer file.
     *
     * @throws IllegalArgumentException when the header or a row is wrong, naming the line
     * @throws UncheckedIOException when the file cannot be read
     */
    public static CsvPinGazetteer load(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
            if (lines.isEmpty()
                    || !CsvText.split(CsvText.stripBom(lines.get(0)))
                            .get(0)
                            .trim()
                            .equalsIgnoreCase("pin")) {
                throw new IllegalArgumentException(file + ": the header must start with pin,lat,lon,district,state");
            }
            return new CsvPinGazetteer(lines, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read the PIN gazetteer", e);
        }
    }

    @Override
    public Optional<PinPlace> find(int pin) {
        return pin < FIRST_PIN || pin > 999999 ? Optional.empty() : Optional.ofNullable(places[pin - FIRST_PIN]);
    }

    /** The number of PIN codes known. */
    public int size() {
        return size;
    }
}
