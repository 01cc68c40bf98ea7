/**
 * Notices between organizations (Thông báo): what another body did that concerns one's own (a request to host, a
 * confirmation or other dates, a plan or report waiting for approval, a task assigned), each with a link to the record,
 * in the app (a bell with the count of unread ones) and by e-mail as each user chooses (at once or a morning digest).
 * Other modules publish a {@link vn.traodoi.notice.NoticeRequested} in the transaction of the change; a change that
 * did not happen gives no notice, and a notice is given once.
 */
@NullMarked
package vn.traodoi.notice;

import org.jspecify.annotations.NullMarked;
