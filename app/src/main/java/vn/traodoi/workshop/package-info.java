/**
 * Workshops on draft projects (hội thảo góp ý dự thảo đề án): the draft in versions split into sections, comments
 * anchored to sections from participants, invited experts and the minutes, the response to each, the synthesis table
 * (bảng tổng hợp, tiếp thu, giải trình ý kiến góp ý) and the tasks from the chair's conclusions.
 */
@NullMarked
package vn.traodoi.workshop;

import org.jspecify.annotations.NullMarked;
