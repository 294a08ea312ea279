package org.zhucun.identity.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.zhucun.common.security.AuditMasked;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.identity.Role;
import org.zhucun.organisation.OfficeSummary;

/**
 * A user account. Office staff are bound to their office, a dispatched cadre to their person record,
 * an administrator optionally to the node they administer. Usernames are kept in one normal form
 * (trimmed, lower case) so that "Admin " and "admin" are the same account.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
	@SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 1)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false, unique = true, length = 50)
	private String username;

	@Column(name = "display_name", nullable = false, length = 50)
	private String displayName;

	@AuditMasked
	@Column(name = "password_hash", nullable = false, length = 200)
	private String passwordHash;

	@Column(name = "password_changed_at", nullable = false)
	private Instant passwordChangedAt = Instant.now();

	/** SEC-2: set for an initial or reset password; nothing else is possible until it is changed. */
	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword = true;

	@Column(name = "office_id")
	private Long officeId;

	@Column(name = "admin_node_id")
	private Long adminNodeId;

	@Column(name = "person_id")
	private Long personId;

	@Column(nullable = false)
	private boolean enabled = true;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "role", length = 32)
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = new HashSet<>();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected UserAccount() {
	}

	private UserAccount(String username, String displayName, String passwordHash) {
		this.username = normalise(username);
		this.displayName = displayName;
		this.passwordHash = passwordHash;
	}

	/** An account for the staff of an office; it gets the office kind's role. */
	public static UserAccount forOffice(String username, String displayName, String passwordHash, OfficeSummary office) {
		UserAccount account = new UserAccount(username, displayName, passwordHash);
		account.officeId = office.id();
		account.roles.add(Role.forOffice(office.kind()));
		return account;
	}

	/** An administrator account (SEC-1); {@code nodeId} limits it to a subtree, null means the whole tree. */
	public static UserAccount administrator(String username, String displayName, String passwordHash, Role role,
			Long nodeId) {
		if (!role.isAdministrator()) {
			throw new IllegalArgumentException(role + " is not an administrator role");
		}
		UserAccount account = new UserAccount(username, displayName, passwordHash);
		account.adminNodeId = nodeId;
		account.roles.add(role);
		return account;
	}

	/** A dispatched cadre's own account; the person record is linked when it exists. */
	public static UserAccount forCadre(String username, String displayName, String passwordHash, Long personId) {
		UserAccount account = new UserAccount(username, displayName, passwordHash);
		account.personId = personId;
		account.roles.add(Role.DISPATCHED_CADRE);
		return account;
	}

	/** PER-2: links this cadre account to its person record. */
	void linkPerson(long personId) {
		if (!roles.contains(Role.DISPATCHED_CADRE)) {
			throw new IllegalStateException("only a dispatched cadre's account is linked to a person");
		}
		this.personId = personId;
	}

	void unlinkPerson() {
		this.personId = null;
	}

	/**
	 * Grants a further role. SEC-1: an account never holds two of the system, security and audit
	 * administrator roles.
	 */
	public void grant(Role role) {
		if (role.isAdministrator() && roles.stream().anyMatch(r -> r.isAdministrator() && r != role)) {
			throw new InvalidInputException("roles", "account.error.adminRolesCombined");
		}
		roles.add(role);
	}

	public static String normalise(String username) {
		return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
	}

	public void disable() {
		this.enabled = false;
	}

	public void enable() {
		this.enabled = true;
	}

	/** The user chose a new password. */
	public void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.passwordChangedAt = now;
		this.mustChangePassword = false;
	}

	/** An administrator set a temporary password, which the user must change at the next login. */
	public void resetPassword(String temporaryHash, Instant now) {
		this.passwordHash = temporaryHash;
		this.passwordChangedAt = now;
		this.mustChangePassword = true;
	}

	/** For accounts whose password is known to be final (the demo accounts). */
	public void acceptPasswordAsChosen() {
		this.mustChangePassword = false;
	}

	public Instant getPasswordChangedAt() {
		return passwordChangedAt;
	}

	public boolean isMustChangePassword() {
		return mustChangePassword;
	}

	@PrePersist
	void onCreate() {
		createdAt = Instant.now();
		updatedAt = createdAt;
	}

	@PreUpdate
	void onUpdate() {
		updatedAt = Instant.now();
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public Long getOfficeId() {
		return officeId;
	}

	public Long getAdminNodeId() {
		return adminNodeId;
	}

	public Long getPersonId() {
		return personId;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public Set<Role> getRoles() {
		return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
	}

}
