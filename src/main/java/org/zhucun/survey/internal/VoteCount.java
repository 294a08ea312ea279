package org.zhucun.survey.internal;

/** Online votes of a survey with one answer from one rater group. */
record VoteCount(long surveyId, RaterGroup group, Answer answer, long votes) {
}
