/**
 * The policy's numbers (POL-1): every number of the measures is a parameter with the seed's value as
 * default, which an organisation department may set for its own region, city or county from a given
 * year on. A past year keeps the values that were in force in it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Policy")
package org.zhucun.policy;
