package vn.traodoi.place;

/** A name seen in the press or in index tables for a unit, with where it was seen. */
record NameVariant(String variant, String variantType, String matchKey, String source) {
}
