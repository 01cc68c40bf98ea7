package vn.traodoi.index;

import java.math.BigDecimal;

/** An index: its code, names, publisher and score range. */
record GovernanceIndex(String code, String shortName, String nameVi, String nameEn, String publisher,
        BigDecimal scoreMin, BigDecimal scoreMax, String scoreUnit) {
}
