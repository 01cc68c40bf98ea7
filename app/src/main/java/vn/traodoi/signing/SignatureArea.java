package vn.traodoi.signing;

/**
 * Where the visible block goes: the page (0 is the first) and the rectangle in PDF points from the page's lower left
 * corner, as PDF coordinates run ({@code new SignatureArea(1, 300, 60, 240, 90)}: the second page, 300 pt from the
 * left edge and 60 pt above the bottom edge).
 */
public record SignatureArea(int pageIndex, float x, float y, float width, float height) {
}
