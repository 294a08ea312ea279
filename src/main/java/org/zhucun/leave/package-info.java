/**
 * Leave (LEA-1..3): a dispatched cadre's request for leave, routed by its number of working days to
 * the township party committee alone or to both the county organisation department and the
 * dispatching unit, decided once by each approver, and closed by the report of return (销假).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Leave")
package org.zhucun.leave;
