package vn.traodoi.news;

import vn.traodoi.text.VietnameseText;

/** Addresses from Vietnamese titles: "Ủy ban nhân dân Thành phố Hồ Chí Minh tiếp…" → "uy-ban-nhan-dan-thanh-pho-ho-chi-minh-tiep…". */
final class Slugs {

    static final int MAX = 80;

    private Slugs() {
    }

    static String of(String text) {
        String slug = VietnameseText.fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "bai-viet" : slug;
    }
}
