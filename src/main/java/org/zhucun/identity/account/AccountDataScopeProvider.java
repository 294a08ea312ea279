package org.zhucun.identity.account;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.zhucun.common.scope.DataScope;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.common.scope.SystemContext;
import org.zhucun.identity.Role;
import org.zhucun.organisation.OfficeSummary;
import org.zhucun.organisation.OrganisationDirectory;

/**
 * Builds the data scope (ORG-5) of the logged-in user from where their account is bound, fresh for
 * each request (so that a moved node or a changed binding takes effect at once) and kept for the
 * rest of that request:
 * <ul>
 * <li>an office on a tree node sees that node's subtree (a township its villages, a county its
 * townships and villages);</li>
 * <li>a dispatching unit's office sees its own unit (and, from the personnel module on, its own
 * people);</li>
 * <li>an administrator sees the subtree of the node they administer, or the whole tree if unbound;</li>
 * <li>a dispatched cadre whose account is linked to their person record sees that record and what
 * hangs on it (their postings), nothing of others;</li>
 * <li>anyone else sees nothing.</li>
 * </ul>
 */
@Component
class AccountDataScopeProvider implements DataScopeProvider {

	private static final String REQUEST_KEY = AccountDataScopeProvider.class.getName() + ".scope";

	private final UserAccountRepository accounts;

	private final OrganisationDirectory organisation;

	AccountDataScopeProvider(UserAccountRepository accounts, OrganisationDirectory organisation) {
		this.accounts = accounts;
		this.organisation = organisation;
	}

	@Override
	@Transactional(readOnly = true)
	public DataScope currentScope() {
		if (SystemContext.active()) {
			return DataScope.everything();
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !(auth.getPrincipal() instanceof AccountPrincipal principal)) {
			return DataScope.nothing();
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		String key = REQUEST_KEY + "." + principal.account().accountId();
		if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof DataScope cached) {
			return cached;
		}
		DataScope scope = accounts.findById(principal.account().accountId())
			.filter(UserAccount::isEnabled)
			.map(this::scopeOf)
			.orElse(DataScope.nothing());
		if (request != null) {
			request.setAttribute(key, scope, RequestAttributes.SCOPE_REQUEST);
		}
		return scope;
	}

	DataScope scopeOf(UserAccount account) {
		DataScope scope = DataScope.nothing();
		if (account.getOfficeId() != null) {
			scope = scope.and(organisation.office(account.getOfficeId())
				.filter(OfficeSummary::active)
				.map(AccountDataScopeProvider::scopeOfOffice)
				.orElse(DataScope.nothing()));
		}
		if (account.getPersonId() != null && account.getRoles().contains(Role.DISPATCHED_CADRE)) {
			scope = scope.and(DataScope.ownPerson(account.getPersonId()));
		}
		if (account.getRoles().stream().anyMatch(r -> r.isAdministrator())) {
			scope = scope.and(account.getAdminNodeId() == null ? DataScope.everything()
					: organisation.nodePath(account.getAdminNodeId()).map(DataScope::subtree).orElse(DataScope.nothing()));
		}
		return scope;
	}

	private static DataScope scopeOfOffice(OfficeSummary office) {
		if (office.unitId() != null) {
			return DataScope.unit(office.unitId());
		}
		return DataScope.subtree(office.nodePath());
	}

}
