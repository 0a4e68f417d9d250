package org.clusterdev.registry.transfer;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The cluster rows an import reads and writes, as maps keyed by table column so that a file row, the stored
 * row and the audit entry all speak of the same names.
 */
@Repository
class ClusterTable {

    /** The cluster columns an import sets. */
    static final List<String> FIELDS = List.of(
            "name",
            "product",
            "nic_code",
            "typology_code",
            "state_code",
            "district_code",
            "district_name",
            "latitude",
            "longitude",
            "status",
            "description",
            "source");

    /** The columns of one year's figures an import sets. */
    static final List<String> FIGURES = List.of(
            "enterprises",
            "micro",
            "small",
            "medium",
            "artisans",
            "looms",
            "families",
            "employment",
            "turnover_rupees",
            "exports_rupees",
            "minority_share",
            "sc_st_share");

    private final JdbcClient jdbc;

    ClusterTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored cluster: its id and its {@link #FIELDS}. */
    record StoredCluster(long id, Map<String, Object> fields) {}

    /** The cluster of this name (ignoring case) in this state. */
    Optional<StoredCluster> find(String name, int stateCode) {
        return jdbc.sql("""
                        select id, name, product, nic_code, typology_code, state_code, district_code, district_name,
                               latitude, longitude, status, description, source
                        from registry.cluster where lower(name) = lower(?) and state_code = ?
                        order by id limit 1""").params(name, stateCode).query().listOfRows().stream()
                .findFirst()
                .map(row -> new StoredCluster(((Number) row.get("id")).longValue(), only(row, FIELDS)));
    }

    /** One year's figures of a cluster, when stored. */
    Optional<Map<String, Object>> figures(long clusterId, int year) {
        return jdbc.sql("""
                        select enterprises, micro, small, medium, artisans, looms, families, employment,
                               turnover_rupees, exports_rupees, minority_share, sc_st_share
                        from registry.cluster_figure where cluster_id = ? and year = ?""").params(clusterId, year).query().listOfRows().stream()
                .findFirst()
                .map(row -> only(row, FIGURES));
    }

    Set<String> typologyCodes() {
        return new java.util.LinkedHashSet<>(jdbc.sql("select code from registry.typology order by code")
                .query(String.class)
                .list());
    }

    long insert(Map<String, Object> fields, String user) {
        return jdbc.sql("""
                        insert into registry.cluster (name, product, nic_code, typology_code, state_code, district_code,
                            district_name, latitude, longitude, status, description, source, updated_by)
                        values (:name, :product, :nic_code, :typology_code, :state_code, :district_code,
                            :district_name, :latitude, :longitude, :status, :description, :source, :updated_by)
                        returning id""").params(withUser(fields, user)).query(Long.class).single();
    }

    void update(long id, Map<String, Object> fields, String user) {
        Map<String, Object> values = withUser(fields, user);
        values.put("id", id);
        jdbc.sql("""
                        update registry.cluster set name = :name, product = :product, nic_code = :nic_code,
                            typology_code = :typology_code, district_code = :district_code,
                            district_name = :district_name, latitude = :latitude, longitude = :longitude,
                            status = :status, description = :description, source = :source,
                            updated_by = :updated_by, updated_at = now(), version = version + 1
                        where id = :id""").params(values).update();
    }

    /** Stores one year's figures of a cluster, replacing those of that year. */
    void saveFigures(long clusterId, int year, Map<String, Object> figures) {
        Map<String, Object> values = new HashMap<>(figures);
        values.put("cluster_id", clusterId);
        values.put("year", year);
        jdbc.sql("""
                        insert into registry.cluster_figure (cluster_id, year, enterprises, micro, small, medium,
                            artisans, looms, families, employment, turnover_rupees, exports_rupees,
                            minority_share, sc_st_share)
                        values (:cluster_id, :year, :enterprises, :micro, :small, :medium, :artisans, :looms,
                            :families, :employment, :turnover_rupees, :exports_rupees, :minority_share, :sc_st_share)
                        on conflict (cluster_id, year) do update set enterprises = excluded.enterprises,
                            micro = excluded.micro, small = excluded.small, medium = excluded.medium,
                            artisans = excluded.artisans, looms = excluded.looms, families = excluded.families,
                            employment = excluded.employment, turnover_rupees = excluded.turnover_rupees,
                            exports_rupees = excluded.exports_rupees, minority_share = excluded.minority_share,
                            sc_st_share = excluded.sc_st_share""").params(values).update();
    }

    /** Whether two rows hold the same values; decimals compare by value, so 12.5 equals 12.50. */
    static boolean same(Map<String, Object> a, Map<String, Object> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.keySet().stream().allMatch(key -> sameValue(a.get(key), b.get(key)));
    }

    private static boolean sameValue(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof Number x && b instanceof Number y && !(a instanceof BigDecimal || b instanceof BigDecimal)) {
            return x.getClass() == y.getClass() ? x.equals(y) : x.doubleValue() == y.doubleValue();
        }
        return Objects.equals(a, b);
    }

    private static Map<String, Object> only(Map<String, Object> row, List<String> columns) {
        Map<String, Object> values = new LinkedHashMap<>();
        columns.forEach(column -> values.put(column, row.get(column)));
        return values;
    }

    private static Map<String, Object> withUser(Map<String, Object> fields, String user) {
        Map<String, Object> values = new HashMap<>(fields);
        values.put("updated_by", user);
        return values;
    }
}
