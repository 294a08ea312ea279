package org.zhucun.unitduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhucun.DemoLogin;
import org.zhucun.IntegrationTest;
import org.zhucun.RunAs;
import org.zhucun.common.web.InvalidInputException;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.unitduty.record.DutyCommands.FundCommand;
import org.zhucun.unitduty.record.FundEntry;
import org.zhucun.unitduty.record.UnitDutyService;

@IntegrationTest
class UnitDutyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitDutyService duties;

	@Autowired
	UserDetailsService accounts;

	@Test
	@DisplayName("MTG-2: a unit whose head last visited more than 6 months ago is flagged, to the unit and the county")
	void headOverdueIsFlagged() throws Exception {
		var run = new RunAs(accounts);
		var status = run.as("caizheng-dw", duties::statuses)
			.stream()
			.filter(s -> s.team().village().code().equals("641101001001"))
			.findFirst()
			.orElseThrow();
		// the demo visit is seven months before the day the demo was loaded, which may be yesterday in China
		// when the suite runs across midnight
		assertThat(status.status().head().lastVisit()).isBetween(duties.today().minusMonths(7).minusDays(1),
				duties.today().minusMonths(7));
		assertThat(status.status().headOverdue()).isTrue();
		assertThat(status.status().leaderInCharge().overdue()).isFalse();
		for (String user : new String[] { "caizheng-dw", "shahu-zzb" }) {
			mvc.perform(get("/").cookie(DemoLogin.as(mvc, user)))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("沙湖县财政局（石嘴村）：一把手最近一次到村")));
		}
		mvc.perform(get("/").cookie(DemoLogin.as(mvc, "tuanwei-dw")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("沙湖县财政局（石嘴村）"))));
	}

	@Test
	@DisplayName("MTG-2, Annex 1–3: the unit's page flags its team, and the township's evidence page offers verification")
	void pagesRender() throws Exception {
		mvc.perform(get("/unit-duties").cookie(DemoLogin.as(mvc, "caizheng-dw")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("石嘴村")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("badge text-bg-danger overdue")));
		mvc.perform(get("/unit-duties/team").param("unit", "U641101-01").param("village", "641101001001")
			.cookie(DemoLogin.as(mvc, "caizheng-dw")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("action=\"/unit-duties/visits\"")));
		mvc.perform(get("/evidence").param("year", String.valueOf(duties.today().minusMonths(2).getYear()))
			.cookie(DemoLogin.as(mvc, "yueyahu-xz")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("民情日记")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/verify")));
	}

	@Test
	@DisplayName("SUB-2: the working-funds ledger keeps exact yuan and a running balance")
	void ledgerBalance() {
		var run = new RunAs(accounts);
		var detail = run.as("shahu-zzb", () -> duties.detail("U641101-01", "641101001001", duties.today().getYear()));
		assertThat(detail.funds()).hasSize(3);
		assertThat(detail.funds().get(detail.funds().size() - 1).balance()).isEqualByComparingTo(new BigDecimal("34799.50"));
	}

	@Test
	@DisplayName("MTG-3, ORG-5: only the unit records its funds; the township reads but cannot write; amounts must be exact yuan")
	void onlyTheUnitWrites() {
		var run = new RunAs(accounts);
		var day = duties.today();
		assertThatThrownBy(() -> run.as("yueyahu-xz", () -> duties.addFund(new FundCommand("U641101-01", "641101001001",
				day, FundEntry.Direction.IN, BigDecimal.TEN, "越权拨付")))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> run.as("caizheng-dw", () -> duties.addFund(new FundCommand("U641101-01", "641101001001",
				day, FundEntry.Direction.IN, new BigDecimal("1.005"), "三位小数")))).isInstanceOf(InvalidInputException.class);
		assertThat(run.as("yueyahu-xz", () -> duties.detail("U641101-01", "641101001001", day.getYear())).funds()).hasSize(3);
	}

}
