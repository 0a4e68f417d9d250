package org.clusterdev.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The programme's reference data for scored selection, read-only: the schemes, the cluster-selection parameters
 * of seed 001 slide 20 (framework {@code MSME}) and seed 003 (framework {@code UNIDO}) with their default weights,
 * and the twelve implementing-agency criteria of seed 004 Annex 3.2, which total 100.
 */
@Service
public class SelectionCriteria {

    private final JdbcClient jdbc;

    SelectionCriteria(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One weighted criterion.
     *
     * @param weight its weight; the weights of one framework total 100
     * @param source the document and place it comes from
     */
    public record Criterion(String code, String name, double weight, int position, String source) {}

    /**
     * A scheme as selection needs it.
     *
     * @param code {@code programme.scheme.code}
     */
    public record SchemeName(String code, String name) {}

    /** The frameworks cluster-selection parameters belong to. */
    public List<String> frameworks() {
        return jdbc.sql("select distinct framework from programme.selection_parameter order by framework")
                .query(String.class)
                .list();
    }

    /** The cluster-selection parameters of a framework, in order; empty for an unknown framework. */
    public List<Criterion> clusterParameters(String framework) {
        return jdbc.sql("""
                        select code, name, default_weight as weight, position, source
                        from programme.selection_parameter where framework = ? order by position""").param(framework).query(Criterion.class).list();
    }

    /** The implementing-agency criteria of seed 004 Annex 3.2, in order. */
    public List<Criterion> agencyCriteria() {
        return jdbc.sql("select code, name, weight, position, source from programme.agency_criterion order by position")
                .query(Criterion.class)
                .list();
    }

    /** Every scheme, in the order of seed 004 Table 2.2. */
    public List<SchemeName> schemes() {
        return jdbc.sql("select code, name from programme.scheme order by position nulls last, code")
                .query(SchemeName.class)
                .list();
    }

    /** The scheme with this code. */
    public Optional<SchemeName> scheme(String code) {
        return jdbc.sql("select code, name from programme.scheme where code = ?")
                .param(code)
                .query(SchemeName.class)
                .optional();
    }
}
