package org.clusterdev.programme.funding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.clusterdev.programme.FundedItem;
import org.clusterdev.programme.FundingEntry;
import org.clusterdev.programme.FundingEntryDraft;
import org.clusterdev.programme.FundingEntryKind;
import org.clusterdev.programme.FundingSource;
import org.clusterdev.programme.SchemeFunding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind the funding ledger: {@code programme.funding_entry} and {@code programme.funded_item}. */
@Repository
public class LedgerRows {

    private final JdbcClient jdbc;

    LedgerRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises changes of one intervention's ledger, so two releases never take the same tranche. */
    public void lock(long interventionId) {
        jdbc.sql("select id from programme.intervention where id = ? for update")
                .param(interventionId)
                .query(Long.class)
                .optional();
    }

    public List<FundingEntry> entries(long interventionId) {
        return jdbc.sql("""
                        select id, kind, source, amount, tranche, on_date, reference, recorded_by, recorded_at
                        from programme.funding_entry where intervention_id = ? order by on_date desc, id desc""")
                .param(interventionId)
                .query((rs, n) -> new FundingEntry(
                        rs.getLong("id"),
                        FundingEntryKind.valueOf(rs.getString("kind")),
                        FundingSource.valueOf(rs.getString("source")),
                        rs.getLong("amount"),
                        Optional.ofNullable((Integer) rs.getObject("tranche")),
                        rs.getDate("on_date").toLocalDate(),
                        rs.getString("reference"),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    public long insert(long interventionId, FundingEntryDraft draft, String recordedBy) {
        return jdbc.sql("""
                        insert into programme.funding_entry (intervention_id, kind, source, amount, tranche, on_date,
                            reference, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        interventionId,
                        draft.kind().name(),
                        draft.source().name(),
                        draft.amount(),
                        draft.tranche().orElse(null),
                        draft.onDate(),
                        draft.reference(),
                        recordedBy)
                .query(Long.class)
                .single();
    }

    /** The items an intervention funds, each with the other schemes funding an item of the same kind and key. */
    public List<FundedItem> items(long interventionId) {
        return jdbc.sql("""
                        select f.id, f.kind, f.item_key, f.description, f.amount,
                               coalesce(array_agg(distinct oi.scheme_code)
                                   filter (where oi.scheme_code is not null and oi.scheme_code <> i.scheme_code),
                                   '{}') as others
                        from programme.funded_item f
                        join programme.intervention i on i.id = f.intervention_id
                        left join programme.funded_item o
                            on o.kind = f.kind and o.item_key = f.item_key and o.intervention_id <> f.intervention_id
                        left join programme.intervention oi on oi.id = o.intervention_id
                        where f.intervention_id = ?
                        group by f.id, f.kind, f.item_key, f.description, f.amount
                        order by f.kind, f.item_key""")
                .param(interventionId)
                .query((rs, n) -> new FundedItem(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getString("item_key"),
                        rs.getString("description"),
                        rs.getLong("amount"),
                        Set.copyOf(new TreeSet<>(
                                List.of((String[]) rs.getArray("others").getArray())))))
                .list();
    }

    /** Stores a funded item; false when the intervention already funds one of the same kind and key. */
    public boolean insertItem(
            long interventionId, String kind, String key, String description, long amount, String recordedBy) {
        return jdbc.sql("""
                        insert into programme.funded_item (intervention_id, kind, item_key, description, amount,
                            recorded_by)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                        .params(interventionId, kind, key, description, amount, recordedBy)
                        .update()
                == 1;
    }

    /** The ledgers added up per scheme, with the ids of the interventions counted. */
    public List<SchemeRow> byScheme() {
        return jdbc.sql("""
                        select i.scheme_code, i.id, i.cluster_id, i.state_code,
                            coalesce(sum(e.amount) filter (where e.kind = 'COMMITMENT'), 0) as committed,
                            coalesce(sum(e.amount) filter (where e.kind = 'SANCTION'), 0) as sanctioned,
                            coalesce(sum(e.amount) filter (where e.kind = 'RELEASE'), 0) as released,
                            coalesce(sum(e.amount) filter (where e.kind = 'RELEASE' and e.source = 'CENTRAL'), 0)
                                as central_released,
                            coalesce(sum(e.amount) filter (where e.kind = 'EXPENDITURE'), 0) as spent,
                            coalesce(sum(e.amount) filter (where e.kind = 'UTILISATION_CERTIFICATE'), 0) as certified,
                            coalesce(sum(e.amount) filter (where e.kind = 'CONTRIBUTION' and e.source <> 'CENTRAL'), 0)
                                as contributed_other
                        from programme.intervention i
                        join programme.funding_entry e on e.intervention_id = i.id
                        group by i.scheme_code, i.id, i.cluster_id, i.state_code
                        order by i.scheme_code, i.id""")
                .query((rs, n) -> new SchemeRow(
                        rs.getLong("id"),
                        rs.getLong("cluster_id"),
                        rs.getInt("state_code"),
                        new SchemeFunding(
                                rs.getString("scheme_code"),
                                1,
                                rs.getLong("committed"),
                                rs.getLong("sanctioned"),
                                rs.getLong("released"),
                                rs.getLong("central_released"),
                                rs.getLong("spent"),
                                rs.getLong("certified"),
                                rs.getLong("contributed_other"))))
                .list();
    }

    /** One intervention's sums, with what scoping needs. */
    public record SchemeRow(long interventionId, long clusterId, int stateCode, SchemeFunding funding) {}
}
