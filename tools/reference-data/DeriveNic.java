import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the NIC-2008 sections and divisions of clusterdev's classification module as a Flyway migration.
 *
 * <p>Usage (plain JDK 17): {@code java tools/reference-data/DeriveNic.java RESOURCES_DIR}, RESOURCES_DIR being
 * {@code app/src/main/resources}; it writes {@code db/migration/classification/V20261123_1102__nic_2008.sql}.
 * The titles are those of the National Industrial Classification 2008 (CSO, MoSPI), which matches ISIC Rev. 4
 * at these two levels; they are held in the tables below, not read from shared/data.
 */
public class DeriveNic {

    static final String SQL_FILE = "db/migration/classification/V20261123_1102__nic_2008.sql";

    record Section(String code, String title) {}

    record Division(String code, String section, String title) {}

    static final List<Section> SECTIONS = List.of(
            new Section("A", "Agriculture, forestry and fishing"),
            new Section("B", "Mining and quarrying"),
            new Section("C", "Manufacturing"),
            new Section("D", "Electricity, gas, steam and air conditioning supply"),
            new Section("E", "Water supply; sewerage, waste management and remediation activities"),
            new Section("F", "Construction"),
            new Section("G", "Wholesale and retail trade; repair of motor vehicles and motorcycles"),
            new Section("H", "Transportation and storage"),
            new Section("I", "Accommodation and food service activities"),
            new Section("J", "Information and communication"),
            new Section("K", "Financial and insurance activities"),
            new Section("L", "Real estate activities"),
            new Section("M", "Professional, scientific and technical activities"),
            new Section("N", "Administrative and support service activities"),
            new Section("O", "Public administration and defence; compulsory social security"),
            new Section("P", "Education"),
            new Section("Q", "Human health and social work activities"),
            new Section("R", "Arts, entertainment and recreation"),
            new Section("S", "Other service activities"),
            new Section("T", "Activities of households as employers; undifferentiated goods- and services-producing "
                    + "activities of households for own use"),
            new Section("U", "Activities of extraterritorial organizations and bodies"));

    static final List<Division> DIVISIONS = List.of(
            new Division("01", "A", "Crop and animal production, hunting and related service activities"),
            new Division("02", "A", "Forestry and logging"),
            new Division("03", "A", "Fishing and aquaculture"),
            new Division("05", "B", "Mining of coal and lignite"),
            new Division("06", "B", "Extraction of crude petroleum and natural gas"),
            new Division("07", "B", "Mining of metal ores"),
            new Division("08", "B", "Other mining and quarrying"),
            new Division("09", "B", "Mining support service activities"),
            new Division("10", "C", "Manufacture of food products"),
            new Division("11", "C", "Manufacture of beverages"),
            new Division("12", "C", "Manufacture of tobacco products"),
            new Division("13", "C", "Manufacture of textiles"),
            new Division("14", "C", "Manufacture of wearing apparel"),
            new Division("15", "C", "Manufacture of leather and related products"),
            new Division("16", "C", "Manufacture of wood and of products of wood and cork, except furniture; "
                    + "manufacture of articles of straw and plaiting materials"),
            new Division("17", "C", "Manufacture of paper and paper products"),
            new Division("18", "C", "Printing and reproduction of recorded media"),
            new Division("19", "C", "Manufacture of coke and refined petroleum products"),
            new Division("20", "C", "Manufacture of chemicals and chemical products"),
            new Division("21", "C", "Manufacture of pharmaceuticals, medicinal chemical and botanical products"),
            new Division("22", "C", "Manufacture of rubber and plastics products"),
            new Division("23", "C", "Manufacture of other non-metallic mineral products"),
            new Division("24", "C", "Manufacture of basic metals"),
            new Division("25", "C", "Manufacture of fabricated metal products, except machinery and equipment"),
            new Division("26", "C", "Manufacture of computer, electronic and optical products"),
            new Division("27", "C", "Manufacture of electrical equipment"),
            new Division("28", "C", "Manufacture of machinery and equipment n.e.c."),
            new Division("29", "C", "Manufacture of motor vehicles, trailers and semi-trailers"),
            new Division("30", "C", "Manufacture of other transport equipment"),
            new Division("31", "C", "Manufacture of furniture"),
            new Division("32", "C", "Other manufacturing"),
            new Division("33", "C", "Repair and installation of machinery and equipment"),
            new Division("35", "D", "Electricity, gas, steam and air conditioning supply"),
            new Division("36", "E", "Water collection, treatment and supply"),
            new Division("37", "E", "Sewerage"),
            new Division("38", "E", "Waste collection, treatment and disposal activities; materials recovery"),
            new Division("39", "E", "Remediation activities and other waste management services"),
            new Division("41", "F", "Construction of buildings"),
            new Division("42", "F", "Civil engineering"),
            new Division("43", "F", "Specialized construction activities"),
            new Division("45", "G", "Wholesale and retail trade and repair of motor vehicles and motorcycles"),
            new Division("46", "G", "Wholesale trade, except of motor vehicles and motorcycles"),
            new Division("47", "G", "Retail trade, except of motor vehicles and motorcycles"),
            new Division("49", "H", "Land transport and transport via pipelines"),
            new Division("50", "H", "Water transport"),
            new Division("51", "H", "Air transport"),
            new Division("52", "H", "Warehousing and support activities for transportation"),
            new Division("53", "H", "Postal and courier activities"),
            new Division("55", "I", "Accommodation"),
            new Division("56", "I", "Food and beverage service activities"),
            new Division("58", "J", "Publishing activities"),
            new Division("59", "J", "Motion picture, video and television programme production, sound recording "
                    + "and music publishing activities"),
            new Division("60", "J", "Broadcasting and programming activities"),
            new Division("61", "J", "Telecommunications"),
            new Division("62", "J", "Computer programming, consultancy and related activities"),
            new Division("63", "J", "Information service activities"),
            new Division("64", "K", "Financial service activities, except insurance and pension funding"),
            new Division("65", "K", "Insurance, reinsurance and pension funding, except compulsory social security"),
            new Division("66", "K", "Other financial activities"),
            new Division("68", "L", "Real estate activities"),
            new Division("69", "M", "Legal and accounting activities"),
            new Division("70", "M", "Activities of head offices; management consultancy activities"),
            new Division("71", "M", "Architecture and engineering activities; technical testing and analysis"),
            new Division("72", "M", "Scientific research and development"),
            new Division("73", "M", "Advertising and market research"),
            new Division("74", "M", "Other professional, scientific and technical activities"),
            new Division("75", "M", "Veterinary activities"),
            new Division("77", "N", "Rental and leasing activities"),
            new Division("78", "N", "Employment activities"),
            new Division("79", "N", "Travel agency, tour operator and other reservation service activities"),
            new Division("80", "N", "Security and investigation activities"),
            new Division("81", "N", "Services to buildings and landscape activities"),
            new Division("82", "N", "Office administrative, office support and other business support activities"),
            new Division("84", "O", "Public administration and defence; compulsory social security"),
            new Division("85", "P", "Education"),
            new Division("86", "Q", "Human health activities"),
            new Division("87", "Q", "Residential care activities"),
            new Division("88", "Q", "Social work activities without accommodation"),
            new Division("90", "R", "Creative, arts and entertainment activities"),
            new Division("91", "R", "Libraries, archives, museums and other cultural activities"),
            new Division("92", "R", "Gambling and betting activities"),
            new Division("93", "R", "Sports activities and amusement and recreation activities"),
            new Division("94", "S", "Activities of membership organizations"),
            new Division("95", "S", "Repair of computers and personal and household goods"),
            new Division("96", "S", "Other personal service activities"),
            new Division("97", "T", "Activities of households as employers of domestic personnel"),
            new Division("98", "T", "Undifferentiated goods- and services-producing activities of private households "
                    + "for own use"),
            new Division("99", "U", "Activities of extraterritorial organizations and bodies"));

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java DeriveNic.java RESOURCES_DIR");
            System.exit(2);
        }
        check();
        StringBuilder sql = new StringBuilder("""
                -- GENERATED by tools/reference-data/DeriveNic.java: National Industrial Classification 2008
                -- (Central Statistics Office, MoSPI), sections and divisions. Do not edit by hand: change the program.
                CREATE SCHEMA IF NOT EXISTS classification;

                create table classification.nic_code(
                code varchar(5) primary key,
                level text not null check (level in ('SECTION','DIVISION','GROUP','CLASS','SUBCLASS')),
                parent_code varchar(5) references classification.nic_code,
                section char(1) not null,
                title text not null);
                comment on table classification.nic_code is 'NIC-2008 hierarchy: sections A-U, 2-digit divisions, later 3/4/5-digit groups, classes and sub-classes';

                insert into classification.nic_code(code,level,parent_code,section,title) values
                """);
        List<String> rows = new ArrayList<>();
        for (Section s : SECTIONS) {
            rows.add("('" + s.code() + "','SECTION',null,'" + s.code() + "'," + text(s.title()) + ")");
        }
        for (Division d : DIVISIONS) {
            rows.add("('" + d.code() + "','DIVISION','" + d.section() + "','" + d.section() + "',"
                    + text(d.title()) + ")");
        }
        sql.append(String.join(",\n", rows)).append(";\n\ncreate index on classification.nic_code(parent_code);\n");

        Path out = Path.of(args[0]).resolve(SQL_FILE);
        Files.createDirectories(out.getParent());
        Files.writeString(out, sql, StandardCharsets.UTF_8);
        System.out.printf("%s: %d sections, %d divisions%n", out, SECTIONS.size(), DIVISIONS.size());
    }

    /** Refuses a table that lost a row or a division whose section does not exist. */
    private static void check() {
        if (SECTIONS.size() != 21 || DIVISIONS.size() != 88) {
            throw new IllegalStateException("NIC-2008 has 21 sections and 88 divisions");
        }
        for (Division d : DIVISIONS) {
            if (SECTIONS.stream().noneMatch(s -> s.code().equals(d.section()))) {
                throw new IllegalStateException("division " + d.code() + " has unknown section " + d.section());
            }
        }
    }

    private static String text(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
