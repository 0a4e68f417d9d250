package org.clusterdev.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clusterdev.identity.AuditRecord;
import org.clusterdev.identity.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Keeps the audit trail in {@code identity.audit_entry}, values as JSON. */
@Service
public class JdbcAuditTrail implements AuditTrail {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcAuditTrail(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One entry as an administrator reads it. */
    public record AuditEntryView(
            long id,
            Instant at,
            String actor,
            String action,
            String entityType,
            String entityId,
            String beforeValue,
            String afterValue) {}

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, String entityId, Optional<?> before, Optional<?> after) {
        jdbc.sql("""
                        insert into identity.audit_entry (actor, action, entity_type, entity_id, before_value, after_value)
                        values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""")
                .params(currentActor(), action, entityType, entityId, toJson(before), toJson(after))
                .update();
    }

    @Override
    public List<AuditRecord> history(String entityType, String entityId) {
        return jdbc.sql("""
                        select at, actor, action, before_value::text as before_value, after_value::text as after_value
                        from identity.audit_entry where entity_type = ? and entity_id = ? order by at desc, id desc""")
                .params(entityType, entityId)
                .query(AuditRecord.class)
                .list();
    }

    /** The newest entries first, optionally only those of one entity type. */
    public List<AuditEntryView> page(Optional<String> entityType, int offset, int limit) {
        return jdbc.sql("""
                        select id, at, actor, action, entity_type, entity_id,
                               before_value::text as before_value, after_value::text as after_value
                        from identity.audit_entry
                        where (cast(:type as text) is null or entity_type = :type)
                        order by at desc, id desc offset :offset limit :limit""")
                .param("type", entityType.orElse(null))
                .param("offset", offset)
                .param("limit", limit)
                .query(AuditEntryView.class)
                .list();
    }

    public long count(Optional<String> entityType) {
        return jdbc.sql(
                        "select count(*) from identity.audit_entry where (cast(:type as text) is null or entity_type = :type)")
                .param("type", entityType.orElse(null))
                .query(Long.class)
                .single();
    }

    public List<String> entityTypes() {
        return jdbc.sql("select distinct entity_type from identity.audit_entry order by 1")
                .query(String.class)
                .list();
    }

    private String toJson(Optional<?> value) {
        return value.map(json::writeValueAsString).orElse(null);
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean person = authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        return person ? authentication.getName() : "system";
    }
}
