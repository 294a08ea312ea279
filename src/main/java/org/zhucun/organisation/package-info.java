/**
 * Organisation (ORG-1..4): the administrative tree region → city → county → township → village,
 * the villages' flags and location, the dispatching units and the offices that act in the
 * workflows. Other modules use only the types of this package ({@link org.zhucun.organisation.OrganisationDirectory}
 * and the enums); the sub-packages are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package org.zhucun.organisation;
