package org.zhucun.assessment.chain;

import org.zhucun.assessment.Grade;

/** A completed quarterly assessment's grade, read without its chain (ASM-4, ASM-5: the annual rules count them). */
record QuarterGrade(long personId, int quarter, Grade grade) {
}
