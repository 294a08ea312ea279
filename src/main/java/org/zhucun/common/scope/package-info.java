/** The data scope of ORG-5: which part of the tree and which dispatching units a user may touch. */
package org.zhucun.common.scope;
