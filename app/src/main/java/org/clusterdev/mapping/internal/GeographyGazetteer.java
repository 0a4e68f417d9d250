package org.clusterdev.mapping.internal;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.clusterdev.engine.io.PinGazetteer;
import org.clusterdev.engine.io.PinPlace;
import org.clusterdev.geography.Geography;

/**
 * The application's PIN gazetteer as the engine's: the engine reads files on several threads and asks for each
 * row's PIN, so places are remembered (India has about 19,000 PIN codes) rather than queried again.
 */
final class GeographyGazetteer implements PinGazetteer {

    private final Geography geography;
    private final ConcurrentHashMap<Integer, Optional<PinPlace>> places = new ConcurrentHashMap<>();

    GeographyGazetteer(Geography geography) {
        this.geography = geography;
    }

    @Override
    public Optional<PinPlace> find(int pin) {
        if (pin < 100000 || pin > 999999) {
            return Optional.empty();
        }
        return places.computeIfAbsent(pin, this::locate);
    }

    private Optional<PinPlace> locate(int pin) {
        return geography
                .locate(Integer.toString(pin))
                .map(at -> new PinPlace(
                        at.latitude(),
                        at.longitude(),
                        at.districtName() == null ? "" : at.districtName(),
                        at.stateName()));
    }
}
