package vn.traodoi.workshop;

/** Where a comment stands: received, then absorbed (tiếp thu), explained (giải trình) or reserved (bảo lưu). */
enum CommentStatus {
    RECEIVED, ABSORBED, EXPLAINED, RESERVED
}
