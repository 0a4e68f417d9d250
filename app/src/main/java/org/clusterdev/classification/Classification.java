package org.clusterdev.classification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the NIC-2008 hierarchy: one code, or the codes one level below another. */
@Service
public class Classification {

    private final JdbcClient jdbc;

    Classification(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The stored entry for a code.
     *
     * @param code a section letter (either case) or 2 to 5 digits; surrounding spaces are ignored
     * @return the entry, or empty if the code is not stored or is not a NIC code at all
     */
    public Optional<NicCode> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("select code, level, parent_code, section, title from classification.nic_code where code = ?")
                .param(code.strip().toUpperCase(Locale.ROOT))
                .query(Classification::nicCode)
                .optional();
    }

    /**
     * The codes directly below a parent, in code order.
     *
     * @param parent a stored code; empty for the 21 sections
     * @return its children, empty if it has none or is not stored
     */
    public List<NicCode> children(Optional<String> parent) {
        return jdbc.sql("""
                        select code, level, parent_code, section, title from classification.nic_code
                        where parent_code is not distinct from cast(? as varchar) order by code""")
                .param(parent.map(code -> code.strip().toUpperCase(Locale.ROOT)).orElse(null))
                .query(Classification::nicCode)
                .list();
    }

    private static NicCode nicCode(ResultSet row, int number) throws SQLException {
        return new NicCode(
                row.getString("code"),
                NicLevel.valueOf(row.getString("level")),
                Optional.ofNullable(row.getString("parent_code")),
                row.getString("section"),
                row.getString("title"));
    }
}
