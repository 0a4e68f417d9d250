package org.clusterdev.classification.internal;

import java.util.Map;
import java.util.stream.Collectors;
import org.clusterdev.classification.NicCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes {@code classification.nic_code} for the import; reading for everyone else is {@code Classification}. */
@Repository
class NicCodeTable {

    private final JdbcClient jdbc;

    NicCodeTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Makes other imports wait until this transaction ends, so two uploads cannot both insert the same new
     * code; readers are not blocked.
     */
    void lockForImport() {
        jdbc.sql("lock table classification.nic_code in share row exclusive mode")
                .update();
    }

    Map<String, NicListCheck.StoredNic> stored() {
        return jdbc
                .sql("select code, section, title from classification.nic_code")
                .query((row, number) -> Map.entry(
                        row.getString("code"),
                        new NicListCheck.StoredNic(row.getString("section"), row.getString("title"))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void insert(NicCode code) {
        jdbc.sql("""
                        insert into classification.nic_code (code, level, parent_code, section, title)
                        values (?, ?, ?, ?, ?)""")
                .params(code.code(), code.level().name(), code.parentCode().orElse(null), code.section(), code.title())
                .update();
    }

    void retitle(String code, String title) {
        jdbc.sql("update classification.nic_code set title = ? where code = ?")
                .params(title, code)
                .update();
    }
}
