package vn.traodoi.workshop;

/** A response the organization reuses: "Xin tiếp thu, đã chỉnh sửa tại dự thảo." */
record ResponseTemplate(long id, CommentStatus kind, String text) {
}
