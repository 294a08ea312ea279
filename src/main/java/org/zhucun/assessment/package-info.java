/**
 * The assessment of the dispatched cadres (ASM-1..7): the quarterly assessment (平时考核) by the
 * township party committee with the sign-off chain of Annex 4, the annual assessment (年度考核) with
 * the chain of Annex 5, the grade rules of Art. 7 and Art. 9 with their explanation, the 15 % limit
 * on 优秀 per level of dispatch, the use of the results (USE-1..3) and the meal subsidy (SUB-1).
 * Other modules read a person's grades through {@link org.zhucun.assessment.AssessmentResults}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package org.zhucun.assessment;
