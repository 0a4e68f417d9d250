package org.clusterdev.monitoring.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.clusterdev.monitoring.Aggregation;
import org.clusterdev.monitoring.Indicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the indicators of the results framework. */
@Repository
public class IndicatorTable {

    private final JdbcClient jdbc;

    IndicatorTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every indicator, in the framework's order. */
    public List<Indicator> all() {
        return jdbc.sql("""
                        select code, name, unit, level, category, aggregation, weight_code, disaggregations,
                               minimum, maximum, whole_number, bounded_by, source
                        from monitoring.indicator order by position""").query((rs, n) -> indicator(rs)).list();
    }

    /** The indicator with this code. */
    public Optional<Indicator> find(String code) {
        return all().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    private static Indicator indicator(ResultSet rs) throws SQLException {
        Array dimensions = rs.getArray("disaggregations");
        return new Indicator(
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("unit"),
                rs.getString("level"),
                rs.getString("category"),
                Aggregation.valueOf(rs.getString("aggregation")),
                Optional.ofNullable(rs.getString("weight_code")),
                Arrays.asList((String[]) dimensions.getArray()),
                Optional.ofNullable(rs.getBigDecimal("minimum")).map(BigDecimal::stripTrailingZeros),
                Optional.ofNullable(rs.getBigDecimal("maximum")).map(BigDecimal::stripTrailingZeros),
                rs.getBoolean("whole_number"),
                Optional.ofNullable(rs.getString("bounded_by")),
                rs.getString("source"));
    }
}
