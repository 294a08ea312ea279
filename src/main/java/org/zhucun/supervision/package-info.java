/**
 * Training, supervision and discipline records (TRN-1, SUP-1, SUP-2): training courses and who
 * attended them, with each person's days of off-the-job training against the policy's minimum;
 * inspections (巡回督导检查) with the villages visited and findings per person; criticism notices
 * (督查通报), discipline violations and inaction findings per person. Recorded by the organisation
 * department of the region, city or county that organised them (an entry by that office is its
 * verification), visible within the data scope (ORG-5). The assessment reads them through
 * {@link org.zhucun.supervision.DisciplineRecords} and {@link org.zhucun.supervision.TrainingRecords}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision")
package org.zhucun.supervision;
