package org.zhucun.reporting.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.zhucun.common.scope.DataScope;
import org.zhucun.common.scope.DataScopeProvider;
import org.zhucun.common.security.AccountIdentity;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.organisation.OfficeKind;
import org.zhucun.organisation.OfficeSummary;
import org.zhucun.organisation.OrganisationDirectory;

/** The user acting on reports and meetings: name, office (if any), data scope (ORG-5) and authorities. */
@Component
public class ReportingActor {

	/** Dates of reports and meetings are China's (REP-5). */
	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final OrganisationDirectory organisation;

	private final DataScopeProvider scopes;

	ReportingActor(OrganisationDirectory organisation, DataScopeProvider scopes) {
		this.organisation = organisation;
		this.scopes = scopes;
	}

	public Actor current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !(auth.getPrincipal() instanceof AccountIdentity identity)) {
			throw new NotFoundException("reporting.error.notFound");
		}
		OfficeSummary office = identity.officeId() == null ? null
				: organisation.office(identity.officeId()).filter(OfficeSummary::active).orElse(null);
		Set<String> authorities = new HashSet<>();
		auth.getAuthorities().forEach(a -> authorities.add(a.getAuthority()));
		return new Actor(identity.displayName(), office, scopes.currentScope(), authorities);
	}

	public static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(CHINA));
	}

	/** The user acting. */
	public record Actor(String name, OfficeSummary office, DataScope scope, Set<String> authorities) {

		public boolean isOffice(OfficeKind kind) {
			return office != null && office.kind() == kind;
		}

		public boolean may(String authority) {
			return authorities.contains(authority);
		}

		/** The person record of a linked cadre, if the scope is exactly one's own person. */
		public Long ownPersonId() {
			return scope.personIds().size() == 1 ? scope.personIds().iterator().next() : null;
		}

	}

}
