package org.clusterdev.geography;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the states, districts and PIN codes of the reference data. */
@Service
public class Geography {

    private final JdbcClient jdbc;

    Geography(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All states and union territories, by name. */
    public List<State> states() {
        return jdbc.sql("""
                        select s.code, s.name, s.abbreviation, s.kind, s.region, s.north_east, s.hilly,
                               (select count(*) from geography.district d where d.state_code = s.code) as districts
                        from geography.state s order by s.name""").query(State.class).list();
    }

    public Optional<State> state(int code) {
        return states().stream().filter(state -> state.code() == code).findFirst();
    }

    /** A state by its current name, ignoring case and surrounding spaces. */
    public Optional<State> stateNamed(String name) {
        String wanted = name == null ? "" : name.strip();
        return states().stream()
                .filter(state -> state.name().equalsIgnoreCase(wanted))
                .findFirst();
    }

    /** The districts of a state, by name; empty when the state is unknown. */
    public List<District> districts(int stateCode) {
        return jdbc.sql("""
                        select code, state_code, name, north_east, hilly, kbk
                        from geography.district where state_code = ? order by name""").param(stateCode).query(District.class).list();
    }

    /** A district of a state by name, ignoring case. */
    public Optional<District> district(int stateCode, String name) {
        return jdbc.sql("""
                        select code, state_code, name, north_east, hilly, kbk
                        from geography.district where state_code = ? and lower(name) = lower(?)""")
                .params(stateCode, name == null ? "" : name.strip())
                .query(District.class)
                .optional();
    }

    /**
     * The centres of the districts that have PIN codes, by state and name: each the mean position of its PIN
     * codes' places.
     *
     * @param stateCode only this state's districts; empty for every state
     */
    public List<DistrictCentre> districtCentres(Optional<Integer> stateCode) {
        return jdbc.sql("""
                        select d.code, d.state_code, d.name, avg(p.latitude) as latitude,
                               avg(p.longitude) as longitude, count(*) as pins
                        from geography.district d
                        join geography.pin_code p on p.district_code = d.code
                        where (:state = 0 or d.state_code = :state)
                        group by d.code, d.state_code, d.name
                        order by d.state_code, d.name""")
                .param("state", stateCode.orElse(0))
                .query(DistrictCentre.class)
                .list();
    }

    /**
     * Where a PIN code is.
     *
     * @param pin six digits, spaces ignored
     * @return empty when the gazetteer does not know the PIN
     * @throws IllegalArgumentException when the PIN is not six digits
     */
    public Optional<PinLocation> locate(String pin) {
        String digits = pin == null ? "" : pin.replace(" ", "");
        if (!digits.matches("[1-9][0-9]{5}")) {
            throw new IllegalArgumentException("pin: a PIN code has six digits and does not start with 0");
        }
        return jdbc.sql("""
                        select p.pin, p.place, d.code as district_code, d.name as district_name,
                               s.code as state_code, s.name as state_name, p.latitude, p.longitude
                        from geography.pin_code p
                        join geography.state s on s.code = p.state_code
                        left join geography.district d on d.code = p.district_code
                        where p.pin = ?""").param(digits).query(PinLocation.class).optional();
    }

    /** How many PIN codes the gazetteer holds. */
    public long pinCount() {
        return jdbc.sql("select count(*) from geography.pin_code")
                .query(Long.class)
                .single();
    }
}
