package vn.traodoi;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Files for upload tests, made on the spot: photos with EXIF, a decompression bomb's header, broken images, a PDF. */
public final class TestImages {

    /** A 1×1 lossy WebP (white, opaque). */
    public static final byte[] WEBP = Base64.getDecoder().decode("UklGRiQAAABXRUJQVlA4IBgAAAAwAQCdASoBAAEAAwA0JaQAA3AA/vuUAAA=");

    private TestImages() {
    }

    /** A JPEG whose left half is red and right half blue. */
    public static byte[] jpeg(int width, int height) {
        return write(halves(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    /** A PNG whose left half is red and right half blue. */
    public static byte[] png(int width, int height) {
        return write(halves(width, height, BufferedImage.TYPE_INT_RGB), "png");
    }

    private static BufferedImage halves(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The JPEG with an APP1 Exif segment right after SOI: IFD0 holds the orientation and a pointer to a GPS IFD with
     * the latitude reference and the map datum "GPS-WGS-84" (so that the bytes "GPS" are in the file).
     */
    public static byte[] withExif(byte[] jpeg, int orientation) {
        try {
            ByteArrayOutputStream tiff = new ByteArrayOutputStream();
            DataOutputStream t = new DataOutputStream(tiff);
            t.writeBytes("MM");
            t.writeShort(42);
            t.writeInt(8);
            t.writeShort(2); // IFD0 at 8: two entries, then the next-IFD offset; the GPS IFD follows at 8 + 2 + 24 + 4
            t.writeShort(0x0112);
            t.writeShort(3);
            t.writeInt(1);
            t.writeShort(orientation);
            t.writeShort(0);
            t.writeShort(0x8825);
            t.writeShort(4);
            t.writeInt(1);
            t.writeInt(38);
            t.writeInt(0);
            t.writeShort(2); // GPS IFD at 38: two entries, next-IFD offset, then the datum's text at 38 + 2 + 24 + 4
            t.writeShort(0x0001);
            t.writeShort(2);
            t.writeInt(2);
            t.writeBytes("N");
            t.writeByte(0);
            t.writeShort(0);
            t.writeShort(0x0012);
            t.writeShort(2);
            t.writeInt(11);
            t.writeInt(68);
            t.writeInt(0);
            t.writeBytes("GPS-WGS-84");
            t.writeByte(0);
            byte[] data = tiff.toByteArray();
            ByteArrayOutputStream segment = new ByteArrayOutputStream();
            DataOutputStream s = new DataOutputStream(segment);
            s.writeShort(0xFFE1);
            s.writeShort(2 + 6 + data.length);
            s.writeBytes("Exif");
            s.writeShort(0);
            s.write(data);
            byte[] app1 = segment.toByteArray();
            byte[] out = new byte[jpeg.length + app1.length];
            System.arraycopy(jpeg, 0, out, 0, 2);
            System.arraycopy(app1, 0, out, 2, app1.length);
            System.arraycopy(jpeg, 2, out, 2 + app1.length, jpeg.length - 2);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The markers of a JPEG's segments before its image data (SOI, APP0, APP1…, up to SOS). */
    public static List<Integer> jpegMarkers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int i = 2;
        markers.add(0xFFD8);
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
            int marker = 0xFF00 | (jpeg[i + 1] & 0xFF);
            markers.add(marker);
            if (marker == 0xFFDA) {
                break;
            }
            i += 2 + ((jpeg[i + 2] & 0xFF) << 8 | (jpeg[i + 3] & 0xFF));
        }
        return markers;
    }

    /**
     * A small PNG whose header says {@code width} × {@code height} pixels of RGB (valid CRCs), followed by a few bytes
     * of image data: what a decompression bomb looks like to a reader before it inflates anything.
     */
    public static byte[] pngHeader(int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(ihdr);
            h.writeInt(width);
            h.writeInt(height);
            h.write(new byte[] {8, 2, 0, 0, 0});
            chunk(out, "IHDR", ihdr.toByteArray());
            Deflater deflater = new Deflater();
            deflater.setInput(new byte[4096]);
            deflater.finish();
            byte[] idat = new byte[4096];
            chunk(out, "IDAT", Arrays.copyOf(idat, deflater.deflate(idat)));
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(data.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        d.write(name);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }

    /** The first half of the file: a transfer cut short. */
    public static byte[] truncated(byte[] bytes) {
        return Arrays.copyOf(bytes, bytes.length / 2);
    }

    /** A one-page PDF. */
    public static byte[] pdf() {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The decoded image (to look at the pixels a server stored). */
    public static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the bytes contain this ASCII text anywhere. */
    public static boolean contains(byte[] bytes, String ascii) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(ascii);
    }
}
