package org.clusterdev.engine.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.clusterdev.engine.indicators.IndicatorRow;

/**
 * Writes regional indicators, one row per district and industry, with the header {@link #HEADER}; ratios with
 * six decimals, flags as {@code true}/{@code false}.
 */
public final class IndicatorsCsvWriter {

    /** The header line, exactly. */
    public static final String HEADER = "state,district,industry,establishments,employment,region_employment,"
            + "industry_employment,lq,lq_lower95,focus,size_share,specialisation,size_star,specialisation_star,"
            + "focus_star,stars,strong,strong10";

    private IndicatorsCsvWriter() {}

    /**
     * Writes the file (gzip-compressed when its name ends in {@code .gz}).
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(Path file, List<IndicatorRow> rows) {
        try (OutputStream out = Output.open(file)) {
            Output line = new Output(1 << 16);
            line.ascii(HEADER).put('\n');
            for (IndicatorRow row : rows) {
                line.field(row.state())
                        .put(',')
                        .field(row.district())
                        .put(',')
                        .field(row.industry())
                        .put(',');
                line.integer(row.establishments()).put(',');
                line.ascii(Output.plain(row.employment())).put(',');
                line.ascii(Output.plain(row.regionEmployment())).put(',');
                line.ascii(Output.plain(row.industryEmployment())).put(',');
                line.ascii(Output.fixed(row.locationQuotient(), 6)).put(',');
                line.ascii(Output.fixed(row.locationQuotientLower(), 6)).put(',');
                line.ascii(Output.fixed(row.focus(), 6)).put(',');
                line.ascii(Output.fixed(row.sizeShare(), 6)).put(',');
                line.ascii(Output.fixed(row.specialisation(), 6)).put(',');
                line.ascii(Boolean.toString(row.sizeStar())).put(',');
                line.ascii(Boolean.toString(row.specialisationStar())).put(',');
                line.ascii(Boolean.toString(row.focusStar())).put(',');
                line.integer(row.stars()).put(',');
                line.ascii(Boolean.toString(row.strong())).put(',');
                line.ascii(Boolean.toString(row.strong10())).put('\n');
                if (line.size() > 1 << 16) {
                    out.write(line.bytes(), 0, line.size());
                    line.clear();
                }
            }
            out.write(line.bytes(), 0, line.size());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write", e);
        }
    }
}
