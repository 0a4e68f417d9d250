package org.clusterdev.identity;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Finds enabled users by the roles they hold, so other modules can offer a choice of people (e.g. the state cell
 * of a state or the CDAs a task may be sent to) without reading this module's tables.
 */
@Service
public class UserDirectory {

    private final JdbcClient jdbc;

    UserDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A user as others see them.
     *
     * @param username the login name
     * @param displayName the name shown
     */
    public record Person(String username, String displayName) {}

    /**
     * Enabled users holding one of {@code roles} nationally or for the state with LGD code {@code stateCode}; CDAs
     * are listed whatever their scope, as they work cluster by cluster. Sorted by display name, no duplicates.
     */
    public List<Person> holders(Collection<Role> roles, int stateCode) {
        return jdbc.sql("""
                        select distinct u.username, u.display_name
                        from identity.user_account u
                        join identity.role_grant g on g.user_id = u.id
                        where u.enabled and g.role in (:roles)
                          and (g.scope_type = 'NATION' or g.role = 'CDA'
                               or (g.scope_type = 'STATE' and g.scope_ref = :state))
                        order by u.display_name, u.username""")
                .param("roles", roles.stream().map(Role::name).toList())
                .param("state", Integer.toString(stateCode))
                .query(Person.class)
                .list();
    }

    /** Whether an enabled user holds one of {@code roles} in the sense of {@link #holders}. */
    public boolean holds(String username, Collection<Role> roles, int stateCode) {
        return holders(roles, stateCode).stream()
                .anyMatch(person -> person.username().equalsIgnoreCase(username));
    }
}
