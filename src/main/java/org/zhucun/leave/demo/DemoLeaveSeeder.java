package org.zhucun.leave.demo;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.zhucun.leave.request.DecisionCommand;
import org.zhucun.leave.request.LeaveCommand;
import org.zhucun.leave.request.LeaveRequest;
import org.zhucun.leave.request.LeaveService;
import org.zhucun.leave.request.ReturnCommand;
import org.zhucun.organisation.OrganisationDirectory;
import org.zhucun.personnel.ActivePostings;

/**
 * Demo profile only: a few leave requests in 月牙湖乡, entered and decided through the service by
 * the demo accounts themselves (so each carries who entered and who decided it):
 * <ul>
 * <li>王建国 (cadre-wang), 2 working days in December, pending for 月牙湖乡党委 (LEA-1);</li>
 * <li>李振华, 5 working days, entered by 月牙湖乡党委 for him, pending for 沙湖县委组织部 and 沙湖县财政局
 * (LEA-2);</li>
 * <li>王秀英, 16–20 November, approved by both and closed by the return on 19 November: 3 working
 * days count (LEA-3).</li>
 * </ul>
 */
@Component
@Profile("demo")
@Order(10)
class DemoLeaveSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoLeaveSeeder.class);

	private final LeaveService leave;

	private final UserDetailsService accounts;

	private final ActivePostings postings;

	private final OrganisationDirectory organisation;

	DemoLeaveSeeder(LeaveService leave, UserDetailsService accounts, ActivePostings postings,
			OrganisationDirectory organisation) {
		this.leave = leave;
		this.accounts = accounts;
		this.postings = postings;
		this.organisation = organisation;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!leave.isEmpty()) {
			return;
		}
		Long wang = person("王建国");
		Long li = person("李振华");
		Long wangxy = person("王秀英");
		if (wang == null || li == null || wangxy == null) {
			log.info("Demo leave skipped: the demo people are missing");
			return;
		}
		as("cadre-wang", () -> leave.request(new LeaveCommand(wang, LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 15),
				"家中老人住院，需陪护两天")));
		as("yueyahu-xz", () -> leave.request(new LeaveCommand(li, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 11),
				"参加派出单位年度业务培训（纸质请假条，乡党委代为录入）")));
		LeaveRequest returned = as("yueyahu-xz", () -> leave.request(new LeaveCommand(wangxy, LocalDate.of(2026, 11, 16),
				LocalDate.of(2026, 11, 20), "子女高考前家长会及家中事务")));
		as("shahu-zzb", () -> leave.decide(returned.getId(), new DecisionCommand(true, "同意，请安排好村里工作")));
		as("caizheng-dw", () -> leave.decide(returned.getId(), new DecisionCommand(true, "同意")));
		as("yueyahu-xz", () -> leave.reportReturn(returned.getId(), new ReturnCommand(LocalDate.of(2026, 11, 19))));
		log.info("Demo leave loaded: 3 requests in 月牙湖乡");
	}

	/** A person posted to 石嘴村 (641101001001), by name. */
	private Long person(String name) {
		return organisation.villageByCode("641101001001")
			.flatMap(v -> postings.inVillages(java.util.Set.of(v.id())).stream().filter(p -> p.personName().equals(name)).findFirst())
			.map(ActivePostings.ActivePosting::personId)
			.orElse(null);
	}

	private <T> T as(String username, Supplier<T> work) {
		UserDetails user = accounts.loadUserByUsername(username);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
