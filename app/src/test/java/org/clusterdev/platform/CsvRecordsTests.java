package org.clusterdev.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.clusterdev.platform.CsvRecords.CsvRecord;
import org.junit.jupiter.api.Test;

class CsvRecordsTests {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        List<CsvRecord> records = CsvRecords.read(
                new StringReader("\uFEFFname,note\r\n\"Agra, footwear\",\"says \"\"hi\"\"\nthen\"\r\nplain,\n"));
        assertThat(records)
                .extracting(CsvRecord::fields)
                .containsExactly(
                        List.of("name", "note"), List.of("Agra, footwear", "says \"hi\"\nthen"), List.of("plain", ""));
    }

    @Test
    void numbersRecordsByTheLineTheyStartOnAndSkipsBlankLines() throws IOException {
        List<CsvRecord> records = CsvRecords.read(new StringReader("a\n\n\"b\nb\"\nc"));
        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 3, 5);
        assertThat(records.get(2).field(0)).isEqualTo("c");
        assertThat(records.get(2).field(3)).isEmpty();
    }

    @Test
    void refusesAQuoteThatIsNeverClosed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CsvRecords.read(new StringReader("a\n\"open,b\n")))
                .withMessage("line 2: a quoted field is never closed");
    }
}
