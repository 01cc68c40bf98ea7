package vn.traodoi.place;

/**
 * Kinds of organization, each with its label in the message bundles ({@code organization.kind.UBND}).
 * Code names follow the Vietnamese abbreviations officials use.
 */
public enum OrganizationKind {
    /** Ủy ban nhân dân tỉnh / thành phố trực thuộc Trung ương. */
    UBND,
    /** Hội đồng nhân dân. */
    HDND,
    /** Sở, cơ quan chuyên môn thuộc UBND. */
    SO,
    /** Ban (thuộc HĐND, UBND, Sở hoặc cơ quan Đảng). */
    BAN,
    /** Văn phòng (UBND, HĐND, Đoàn ĐBQH). */
    VAN_PHONG,
    /** UBND quận, huyện, thị xã, thành phố thuộc tỉnh (cấp huyện, đến 30/6/2025). */
    UBND_CAP_HUYEN,
    /** UBND xã, phường, đặc khu. */
    UBND_CAP_XA,
    /** Bộ, cơ quan ngang Bộ. */
    BO,
    /** Vụ, Cục, đơn vị thuộc Bộ. */
    VU,
    /** Ủy ban Mặt trận Tổ quốc Việt Nam. */
    MAT_TRAN,
    /** Tỉnh ủy, Thành ủy và các ban của Đảng. */
    CO_QUAN_DANG,
    /** Quốc hội và các cơ quan của Quốc hội. */
    QUOC_HOI,
    /** Ban Chỉ đạo. */
    BAN_CHI_DAO,
    /** Tổ công tác, tổ giúp việc. */
    TO_CONG_TAC,
    /** Đơn vị sự nghiệp, trường, viện. */
    DON_VI_SU_NGHIEP,
    /** Doanh nghiệp, đơn vị tư vấn. */
    DOANH_NGHIEP,
    /** Cơ quan, tổ chức nước ngoài. */
    NUOC_NGOAI,
    /** The organization that holds traodoi's own administrators. */
    HE_THONG,
    KHAC
}
