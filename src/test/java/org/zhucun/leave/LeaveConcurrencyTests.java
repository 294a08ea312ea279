package org.zhucun.leave;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.zhucun.IntegrationTest;
import org.zhucun.common.web.ConflictException;
import org.zhucun.leave.request.DecisionCommand;
import org.zhucun.leave.request.LeaveCommand;
import org.zhucun.leave.request.LeaveRequest;
import org.zhucun.leave.request.LeaveService;
import org.zhucun.leave.rules.LeaveState;

/**
 * SEC-8 against PostgreSQL: two approvers act on the same request at the same moment, each in a
 * transaction of its own through the service (two threads released together by a latch). The row
 * lock serialises them: exactly one decision per approver kind and one outcome, never a 500.
 */
@IntegrationTest
class LeaveConcurrencyTests {

	static final String TEST = "测试并发：";

	static final int ROUNDS = 5;

	@Autowired
	LeaveService leave;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTestRequests() {
		jdbc.update("delete from leave_decision where request_id in (select id from leave_request where reason like ?)",
				TEST + "%");
		jdbc.update("delete from leave_request where reason like ?", TEST + "%");
	}

	@Test
	@DisplayName("SEC-8: the township approving and refusing one request at once leaves exactly one decision and one outcome; the other gets 409")
	void sameApproverKindAtOnce() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			LeaveRequest r = request("2026-11-30", "2026-12-01");
			List<Object> results = race(() -> decide("yueyahu-xz", r.getId(), true, null),
					() -> decide("yueyahu-xz", r.getId(), false, "村里换届期间不宜离岗"));
			assertThat(results).filteredOn(ConflictException.class::isInstance).hasSize(1);
			LeaveRequest winner = (LeaveRequest) results.stream().filter(LeaveRequest.class::isInstance).findFirst().orElseThrow();
			assertThat(jdbc.queryForList("select approved from leave_decision where request_id = ?", Boolean.class, r.getId()))
				.as("one decision of the township").containsExactly(winner.getState() == LeaveState.APPROVED);
			assertThat(stateOf(r)).isEqualTo(winner.getState()).isIn(LeaveState.APPROVED, LeaveState.REFUSED);
			removeTestRequests();
		}
	}

	@Test
	@DisplayName("SEC-8: the county and the unit approving a 5-day request at once both count: it ends approved, not left pending")
	void countyAndUnitAtOnce() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			LeaveRequest r = request("2026-11-23", "2026-11-27");
			List<Object> results = race(() -> decide("shahu-zzb", r.getId(), true, null),
					() -> decide("caizheng-dw", r.getId(), true, null));
			assertThat(results).allMatch(LeaveRequest.class::isInstance);
			assertThat(results.stream().map(o -> ((LeaveRequest) o).getState()))
				.containsExactlyInAnyOrder(LeaveState.PENDING, LeaveState.APPROVED);
			assertThat(jdbc.queryForObject("select count(*) from leave_decision where request_id = ?", Long.class, r.getId()))
				.isEqualTo(2);
			assertThat(stateOf(r)).isEqualTo(LeaveState.APPROVED);
			removeTestRequests();
		}
	}

	/** Runs both steps in two threads released at the same moment; each result is the request or the refusal. */
	private List<Object> race(Callable<Object> first, Callable<Object> second) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch ready = new CountDownLatch(2);
			CountDownLatch go = new CountDownLatch(1);
			List<Future<Object>> futures = List.of(first, second).stream().map(step -> pool.submit(() -> {
				ready.countDown();
				go.await();
				return step.call();
			})).toList();
			ready.await();
			go.countDown();
			return List.of(futures.get(0).get(), futures.get(1).get());
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** One decision as the user, in its own transaction; a 409 refusal is returned rather than thrown. */
	private Object decide(String username, long id, boolean approve, String opinion) {
		UserDetails user = accounts.loadUserByUsername(username);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return leave.decide(id, new DecisionCommand(approve, opinion));
		}
		catch (ConflictException refused) {
			return refused;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private LeaveRequest request(String from, String to) {
		long wang = jdbc.queryForObject("select id from person where name = '王建国'", Long.class);
		UserDetails user = accounts.loadUserByUsername("cadre-wang");
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return leave.request(new LeaveCommand(wang, LocalDate.parse(from), LocalDate.parse(to), TEST + "事假"));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private LeaveState stateOf(LeaveRequest r) {
		return LeaveState.valueOf(jdbc.queryForObject("select state from leave_request where id = ?", String.class, r.getId()));
	}

}
