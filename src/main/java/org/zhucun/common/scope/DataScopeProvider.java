package org.zhucun.common.scope;

/**
 * Resolves the data scope of the user of the current request. Implemented by the identity module;
 * every module narrows its reads and checks its writes with the scope returned here (ORG-5).
 */
public interface DataScopeProvider {

	/** The scope of the authenticated user, or {@link DataScope#nothing()} when nobody is logged in. */
	DataScope currentScope();

}
