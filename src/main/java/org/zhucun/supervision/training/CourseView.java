package org.zhucun.supervision.training;

import java.util.List;

/** A course with the attendance the user may see, and whether they may add attendance (TRN-1). */
public record CourseView(Course course, String organiserName, List<CourseAttendance> attendance, boolean canRecord) {
}
