package vn.traodoi.delegation;

/** The type of a legal-basis document, the word before "số" in "Kế hoạch số 196/KH-UBND". */
public enum DocumentType {
    KE_HOACH, CONG_VAN, QUYET_DINH, NGHI_QUYET, THONG_BAO, CHI_THI, KET_LUAN, TO_TRINH, BAO_CAO, LUAT, NGHI_DINH,
    THONG_TU, KHAC
}
