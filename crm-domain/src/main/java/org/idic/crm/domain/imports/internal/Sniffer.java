package org.idic.crm.domain.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.idic.crm.domain.imports.ImportRefusedException;

/**
 * Tells what a file is before it is parsed: an .xlsx (a zip), an old .xls, binary bytes, or text; and
 * for text, its encoding (UTF-8 with or without BOM, else GB18030 — which covers GBK — as Chinese Excel
 * saves CSV; each checked strictly over the whole file) and its delimiter.
 */
public final class Sniffer {

    /** What the file is. */
    public enum Format { CSV, XLSX }

    /** A text file's encoding, whether it starts with a BOM, and its delimiter. */
    public record Text(Charset charset, boolean bom, char delimiter) {
    }

    private static final Charset GB18030 = Charset.forName("GB18030");

    private Sniffer() {
    }

    public static Format format(Path file, long size) {
        if (size == 0) {
            throw new ImportRefusedException("import.file.empty");
        }
        byte[] head = head(file, 8);
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Format.XLSX;
        }
        if (head.length >= 8 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11) {
            throw new ImportRefusedException("import.file.xls");
        }
        return Format.CSV;
    }

    public static Text text(Path file) {
        byte[] head = head(file, 64 * 1024);
        if (head.length >= 2 && ((head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE
                || (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF)) {
            throw new ImportRefusedException("import.file.utf16");
        }
        for (byte b : head) {
            if (b == 0) {
                throw new ImportRefusedException("import.file.binary");
            }
        }
        boolean bom = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB
                && (head[2] & 0xff) == 0xBF;
        Charset charset = decodes(file, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8
                : !bom && decodes(file, GB18030) ? GB18030 : null;
        if (charset == null) {
            throw new ImportRefusedException("import.file.encoding");
        }
        String start = new String(head, charset);
        int controls = 0;
        for (int i = 0; i < start.length(); i++) {
            char c = start.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFD') {
                controls++;
            }
        }
        if (controls > 0) {
            throw new ImportRefusedException("import.file.binary");
        }
        return new Text(charset, bom, delimiter(start));
    }

    /** The delimiter is the one of comma, semicolon and tab that the first line holds most of. */
    static char delimiter(String start) {
        int end = start.indexOf('\n');
        String first = end < 0 ? start : start.substring(0, end);
        char best = ',';
        long most = 0;
        for (char c : new char[] {',', ';', '\t'}) {
            long n = first.chars().filter(x -> x == c).count();
            if (n > most) {
                most = n;
                best = c;
            }
        }
        return best;
    }

    /** Whether the whole file is valid in the charset (streamed: constant memory). */
    private static boolean decodes(Path file, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (InputStream stream = Files.newInputStream(file)) {
            byte[] chunk = new byte[1 << 15];
            int n;
            while ((n = stream.read(chunk)) >= 0) {
                in.put(chunk, 0, n).flip();
                if (!step(decoder, in, out, false)) {
                    return false;
                }
                in.compact();
            }
            in.flip();
            return step(decoder, in, out, true) && !decoder.flush(out).isError();
        } catch (CharacterCodingException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean step(CharsetDecoder decoder, ByteBuffer in, CharBuffer out, boolean last)
            throws CharacterCodingException {
        while (true) {
            out.clear();
            CoderResult result = decoder.decode(in, out, last);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return !last || !in.hasRemaining();
            }
        }
    }

    private static byte[] head(Path file, int max) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(max);
            return Arrays.copyOf(bytes, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
