package vn.traodoi.text.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Names of provinces (the 63 and the 34, every variant with diacritics from the shipped reference data), and the
 * names of departments, ministries and boards that organizations are built from. Used to find where an
 * organization's name ends: "Sở Kế hoạch và Đầu tư Thành phố Hồ Chí Minh Phan Văn Mãi" → the organization stops
 * before "Phan".
 */
public final class Gazetteer {

    /** Fields of state administration, as in "Sở Nội vụ", "Bộ Tư pháp", "Sở Kế hoạch và Đầu tư". */
    static final List<String> FIELDS = List.of("Nội vụ", "Tư pháp", "Tài chính", "Kế hoạch và Đầu tư",
            "Khoa học và Công nghệ", "Văn hóa và Thể thao", "Văn hóa, Thể thao và Du lịch", "Văn hóa và Thể Thao",
            "Giáo dục và Đào tạo", "Y tế", "Xây dựng", "Giao thông vận tải", "Công Thương", "Công thương",
            "Nông nghiệp và Phát triển nông thôn", "Nông nghiệp và Môi trường", "Tài nguyên và Môi trường",
            "Lao động - Thương binh và Xã hội", "Lao động, Thương binh và Xã hội", "Thông tin và Truyền thông", "Ngoại vụ",
            "Du lịch", "Quy hoạch - Kiến trúc", "Dân tộc và Tôn giáo", "Dân tộc", "Ngoại giao", "Công an", "Quốc phòng");

    /** Boards: "Ban Pháp chế", "Ban thi đua - Khen thưởng", "Ban Chỉ đạo". */
    static final List<String> BOARDS = List.of("Pháp chế", "Dân vận", "Tôn giáo", "Thi đua - Khen thưởng",
            "thi đua - Khen thưởng", "Chỉ đạo", "Tổ chức", "Tuyên giáo", "Kinh tế - Ngân sách", "Văn hóa - Xã hội",
            "Đô thị", "Dân tộc", "Nội chính", "Kinh tế", "Quản lý");

    private static final Gazetteer DEFAULT = load();

    private final List<String> unitNames;
    private final Pattern unitPattern;

    Gazetteer(List<String> unitNames) {
        this.unitNames = unitNames.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.unitPattern = Pattern.compile("(?U)(?:" + this.unitNames.stream().map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")(?![\\p{L}\\d])");
    }

    /** The gazetteer of the reference data shipped with the library. */
    public static Gazetteer standard() {
        return DEFAULT;
    }

    /** Province names (with diacritics, as the press writes them), longest first. */
    public List<String> unitNames() {
        return unitNames;
    }

    /** A pattern matching any province name at the current position. */
    Pattern unitPattern() {
        return unitPattern;
    }

    private static Gazetteer load() {
        Set<String> names = new LinkedHashSet<>();
        try (InputStream in = Objects.requireNonNull(Gazetteer.class.getClassLoader()
                .getResourceAsStream("reference/vn_province_name_variants.csv"), "reference data missing");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                List<String> fields = fields(line);
                String variant = fields.get(3);
                String type = fields.get(4);
                boolean hasDiacritics = !vn.traodoi.text.VietnameseText.fold(variant).equals(variant.toLowerCase(java.util.Locale.ROOT));
                if (type.contains("short_name") || type.contains("historical") || type.contains("punctuation")
                        || (type.contains("abbreviation") && variant.startsWith("TP")) || hasDiacritics && !variant.contains("_")) {
                    String name = variant.replaceFirst("^(?:Tỉnh|Thành phố|Thành Phố|TP\\.?)\\s+", "");
                    if (!name.isBlank() && !name.startsWith("VN-")) {
                        names.add(name);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        names.add("TP.HCM");
        names.add("TP HCM");
        return new Gazetteer(new ArrayList<>(names));
    }

    /** RFC 4180 fields of one line (the variants file quotes fields with commas). */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }
}
