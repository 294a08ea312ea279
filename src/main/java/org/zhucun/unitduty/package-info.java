/**
 * The dispatching unit's duties towards its team in a village (MTG-1..3, SUB-2, Art. 5 item 5,
 * Art. 20–21, Annex 1 part 1): leadership meetings that studied the team's work, visits of the head
 * (一把手) and the leader in charge (分管领导) with overdue checks, the working-funds ledger and the
 * subsidies paid. The unit records; the county organisation department and the township read (ORG-5).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Unit duties")
package org.zhucun.unitduty;
