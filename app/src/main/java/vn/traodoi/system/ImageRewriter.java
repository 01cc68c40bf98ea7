package vn.traodoi.system;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import vn.traodoi.system.Uploads.Checked;
import vn.traodoi.system.Uploads.Rule;
import vn.traodoi.system.Uploads.Type;

/**
 * An uploaded image written anew for {@link Uploads}: its header read first and an image of more than
 * {@code maxMegapixels} refused before a pixel is decoded, then decoded whole (a broken or truncated one is refused),
 * turned upright by its EXIF orientation and encoded again, so that no metadata (EXIF with GPS position, XMP,
 * comments) and nothing hidden after the image is kept. A WebP, which no bundled library writes, becomes a JPEG (a PNG
 * if it has transparency).
 */
final class ImageRewriter {

    static final String IMAGE_BROKEN = "upload.image.broken";
    static final String IMAGE_PIXELS = "upload.image.pixels";
    private static final float JPEG_QUALITY = 0.9f;

    private final int maxMegapixels;
    /** Decoding is work for a processor and holds the pixels: as many at once as there are processors, no more. */
    private final Semaphore decoding = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);

    ImageRewriter(int maxMegapixels) {
        if (maxMegapixels < 1) {
            throw new IllegalArgumentException("traodoi.uploads.max-megapixels must be positive, was " + maxMegapixels);
        }
        this.maxMegapixels = maxMegapixels;
        // The JPEG and WebP readers of TwelveMonkeys are found on the class path of the application, whichever class
        // loader ImageIO first looked in.
        ImageIO.scanForPlugins();
    }

    /** The image to store for {@code rule}: its pixels, upright, in a file with nothing else. */
    Checked rewrite(Rule rule, Type type, byte[] bytes) {
        decoding.acquireUninterruptibly();
        try {
            BufferedImage image = decode(rule, type, bytes);
            if (type == Type.JPEG) {
                image = upright(image, orientation(bytes));
            }
            Type stored = type == Type.WEBP ? image.getColorModel().hasAlpha() ? Type.PNG : Type.JPEG : type;
            try {
                return new Checked(stored, stored == Type.JPEG ? jpeg(image) : png(image));
            } catch (IOException | RuntimeException e) {
                throw new InvalidInputException(rule.field(), IMAGE_BROKEN);
            }
        } finally {
            decoding.release();
        }
    }

    /** The pixels, after the header said there are not too many of them; a decoder's complaint of missing data refuses. */
    private BufferedImage decode(Rule rule, Type type, byte[] bytes) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type.contentType());
        if (!readers.hasNext()) {
            throw new IllegalStateException("no image reader for " + type);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            // A JPEG's metadata says how to read its colours (ICC profile, Adobe CMYK marker); it is not kept.
            reader.setInput(in, true, type != Type.JPEG);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels > maxMegapixels * 1_000_000L) {
                throw new InvalidInputException(rule.field(), IMAGE_PIXELS, Math.round(pixels / 100_000.0) / 10.0,
                        maxMegapixels);
            }
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage image = reader.read(0);
            if (warnings.stream().map(w -> w.toLowerCase(Locale.ROOT))
                    .anyMatch(w -> w.contains("truncated") || w.contains("premature end"))) {
                throw new InvalidInputException(rule.field(), IMAGE_BROKEN);
            }
            return image;
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(rule.field(), IMAGE_BROKEN);
        } finally {
            reader.dispose();
        }
    }

    /** A JPEG's EXIF orientation (1 to 8), 1 when it has none or it cannot be read. */
    static int orientation(byte[] jpeg) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
            for (JPEGSegment segment : JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif")) {
                InputStream data = segment.data();
                if (data.read() == -1) { // the pad byte after "Exif\0"
                    continue;
                }
                try (ImageInputStream tiff = new MemoryCacheImageInputStream(data)) {
                    Directory ifd = new TIFFReader().read(tiff);
                    Entry entry = ifd.getEntryById(TIFF.TAG_ORIENTATION);
                    if (entry != null && entry.getValue() instanceof Number n && n.intValue() >= 1 && n.intValue() <= 8) {
                        return n.intValue();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable EXIF block says nothing about how to turn the image; it is dropped with the rest.
        }
        return 1;
    }

    /** The image as EXIF orientation {@code o} says it is to be seen (mirrored and turned by quarter turns). */
    static BufferedImage upright(BufferedImage image, int o) {
        if (o == 1) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform t = switch (o) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> throw new IllegalArgumentException("EXIF orientation " + o);
        };
        boolean turned = o >= 5;
        BufferedImage out = new BufferedImage(turned ? h : w, turned ? w : h, rgbOrGray(image));
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static int rgbOrGray(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_BYTE_GRAY ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR;
    }

    /** A baseline JPEG of the image in sRGB (or grey), quality 0.9, with a JFIF header and nothing else. */
    private static byte[] jpeg(BufferedImage image) throws IOException {
        BufferedImage plain = image;
        int target = rgbOrGray(image);
        if (image.getType() != target || !image.getColorModel().getColorSpace().isCS_sRGB() && target != BufferedImage.TYPE_BYTE_GRAY) {
            plain = new BufferedImage(image.getWidth(), image.getHeight(), target);
            Graphics2D g = plain.createGraphics();
            try {
                g.drawImage(image, 0, 0, Color.WHITE, null);
            } finally {
                g.dispose();
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(plain, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** A PNG of the image's pixels, with no ancillary chunk (no text, no eXIf, no time). */
    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            if (!ImageIO.write(image, "png", stream)) {
                BufferedImage argb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
                Graphics2D g = argb.createGraphics();
                try {
                    g.drawImage(image, 0, 0, null);
                } finally {
                    g.dispose();
                }
                ImageIO.write(argb, "png", stream);
            }
        }
        return out.toByteArray();
    }
}
