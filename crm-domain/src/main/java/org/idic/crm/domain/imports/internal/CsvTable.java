package org.idic.crm.domain.imports.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.idic.crm.domain.imports.ImportRefusedException;

/** A CSV file streamed with Commons CSV, in the encoding and with the delimiter the sniffer found. */
final class CsvTable implements Table {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private CSVRecord current;

    CsvTable(Path file, Sniffer.Text text) {
        try {
            Reader reader = new BufferedReader(Files.newBufferedReader(file, text.charset()), 1 << 16);
            if (text.bom()) {
                reader.skip(1);
            }
            parser = CSVFormat.DEFAULT.builder().setDelimiter(text.delimiter()).setIgnoreEmptyLines(true).get()
                    .parse(reader);
            records = parser.iterator();
            if (!records.hasNext()) {
                throw new ImportRefusedException("import.file.empty");
            }
            CSVRecord first = records.next();
            header = new ArrayList<>();
            first.forEach(h -> header.add(h.strip()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException e) {
            throw new ImportRefusedException("import.file.malformed", 1);
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public boolean next() {
        try {
            if (!records.hasNext()) {
                return false;
            }
            current = records.next();
            return true;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new ImportRefusedException("import.file.malformed", parser.getCurrentLineNumber());
        }
    }

    @Override
    public long line() {
        return current.getRecordNumber();
    }

    @Override
    public List<String> values() {
        return current.toList();
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // read only: nothing to lose
        }
    }
}
