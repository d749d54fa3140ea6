package org.idic.crm.domain.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.idic.crm.domain.imports.ImportRefusedException;

/**
 * One sheet of an .xlsx, pulled row by row from its XML with StAX (constant memory, whatever the size),
 * inside POI's guards against zip bombs (an entry that inflates more than 100 times is refused). Dates
 * come out ISO, numbers plain; a cell with a formula refuses the file (its value is whatever the
 * spreadsheet last computed, and a formula is no data to import).
 */
final class XlsxTable implements Table {

    private final OPCPackage pkg;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final List<String> header;
    private List<String> row;
    private long line;

    XlsxTable(Path file, String sheetName) {
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            strings = new ReadOnlySharedStringsTable(pkg, false);
            styles = reader.getStylesTable();
            sheet = pick(reader, sheetName);
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            xml = factory.createXMLStreamReader(sheet);
            if (!next()) {
                throw new ImportRefusedException("import.file.empty");
            }
            header = row.stream().map(String::strip).toList();
        } catch (ImportRefusedException e) {
            throw e;
        } catch (Exception e) {
            throw refusal(e);
        }
    }

    private static InputStream pick(XSSFReader reader, String sheetName) throws Exception {
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        List<String> names = new ArrayList<>();
        while (sheets.hasNext()) {
            InputStream in = sheets.next();
            String name = sheets.getSheetName();
            if (sheetName == null || sheetName.isBlank() || name.equals(sheetName)) {
                return in;
            }
            names.add(name);
            in.close();
        }
        throw new ImportRefusedException("import.xlsx.noSheet", sheetName, String.join(", ", names));
    }

    /** The names of a workbook's sheets, for the page to offer. */
    static List<String> sheetNames(Path file) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                sheets.next().close();
                names.add(sheets.getSheetName());
            }
            return names;
        } catch (Exception e) {
            throw refusal(e);
        }
    }

    private static ImportRefusedException refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("zip bomb") || message.contains("max entry size")
                    || message.contains("exceeds the max")) {
                return new ImportRefusedException("import.xlsx.zipBomb");
            }
        }
        return new ImportRefusedException("import.xlsx.unreadable");
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public boolean next() {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                    String r = xml.getAttributeValue(null, "r");
                    line = r == null ? line + 1 : Long.parseLong(r);
                    row = readRow();
                    if (row.stream().anyMatch(v -> !v.isEmpty())) {
                        return true;
                    }
                }
            }
            return false;
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof ImportRefusedException refused) {
                throw refused;
            }
            throw refusal(e);
        }
    }

    private List<String> readRow() throws XMLStreamException {
        List<String> values = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                return values;
            }
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                String ref = xml.getAttributeValue(null, "r");
                int column = ref == null ? values.size() : column(ref);
                while (values.size() < column) {
                    values.add("");
                }
                values.add(cell(ref, xml.getAttributeValue(null, "t"), xml.getAttributeValue(null, "s")));
            }
        }
        return values;
    }

    private String cell(String ref, String type, String style) throws XMLStreamException {
        StringBuilder value = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("f")) {
                throw new ImportRefusedException("import.xlsx.formula", ref);
            }
            if (event == XMLStreamConstants.CHARACTERS && value.length() < 100_000) {
                value.append(xml.getText());
            }
        }
        String text = value.toString();
        if (text.isEmpty()) {
            return "";
        }
        if ("s".equals(type)) {
            return strings.getItemAt(Integer.parseInt(text.strip())).getString();
        }
        if ("inlineStr".equals(type) || "str".equals(type)) {
            return text;
        }
        if ("b".equals(type)) {
            return "1".equals(text) ? "TRUE" : "FALSE";
        }
        if ("e".equals(type)) {
            return text;
        }
        return number(text, style);
    }

    private String number(String text, String style) {
        if (style != null && styles != null) {
            XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
            if (cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(),
                    cellStyle.getDataFormatString())) {
                LocalDateTime at = DateUtil.getLocalDateTime(Double.parseDouble(text));
                return at.toLocalTime().toSecondOfDay() == 0 ? at.toLocalDate().toString() : at.toString();
            }
        }
        try {
            return new BigDecimal(text).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /** "C12" → 2 (columns from 0). */
    static int column(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public List<String> values() {
        return row;
    }

    @Override
    public void close() {
        try {
            xml.close();
            sheet.close();
        } catch (XMLStreamException | IOException e) {
            // read only: nothing to lose
        }
        pkg.revert();
    }
}
