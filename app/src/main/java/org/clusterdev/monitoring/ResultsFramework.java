package org.clusterdev.monitoring;

import java.util.List;
import java.util.Optional;
import org.clusterdev.monitoring.internal.IndicatorTable;
import org.springframework.stereotype.Service;

/** The indicators of the results framework, as data (seed 004 §4.5 item 22 and Tables 2.5-2.6). */
@Service
public class ResultsFramework {

    private final IndicatorTable indicators;

    ResultsFramework(IndicatorTable indicators) {
        this.indicators = indicators;
    }

    /** Every indicator, firm level first, then cluster, scheme and policy level. */
    public List<Indicator> indicators() {
        return indicators.all();
    }

    /** The indicator with this code. */
    public Optional<Indicator> indicator(String code) {
        return indicators.find(code);
    }
}
