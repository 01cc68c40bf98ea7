package vn.traodoi.delegation;

/** Trưởng đoàn, Phó Trưởng đoàn, Thư ký đoàn, thành viên, chuyên gia. */
public enum MemberRole {
    HEAD, DEPUTY_HEAD, SECRETARY, MEMBER, EXPERT
}
