package org.zhucun.worklog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhucun.DemoLogin;
import org.zhucun.IntegrationTest;
import org.zhucun.RunAs;
import org.zhucun.common.web.ConflictException;
import org.zhucun.common.web.NotFoundException;
import org.zhucun.document.TestFiles;
import org.zhucun.scope.ApiTokens;
import org.zhucun.worklog.log.EditCommand;
import org.zhucun.worklog.log.EntryCommand;
import org.zhucun.worklog.log.EntryView;
import org.zhucun.worklog.log.LogEntry;
import org.zhucun.worklog.log.ReviewCommand;
import org.zhucun.worklog.log.WorklogService;
import org.zhucun.worklog.rules.LogKind;
import org.zhucun.worklog.rules.Quarter;

@IntegrationTest
class WorklogTests {

	/** Every entry these tests write starts with this, so that they can be removed afterwards. */
	static final String MARK = "测试日志";

	@Autowired
	WorklogService worklog;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	UserDetailsService accounts;

	RunAs run;

	@Autowired
	void runAs(UserDetailsService accounts) {
		this.run = new RunAs(accounts);
	}

	@AfterEach
	void removeOwnRecords() {
		jdbc.update("delete from worklog_entry_attachment where entry_id in (select id from worklog_entry where text like ?)", MARK + "%");
		jdbc.update("delete from worklog_entry where text like ? and corrects_id is not null", MARK + "%");
		jdbc.update("delete from worklog_entry where text like ?", MARK + "%");
		jdbc.update("delete from worklog_review where findings like ?", MARK + "%");
	}

	@Test
	@DisplayName("LOG-1: a log entry can be edited by its author within the edit window, cannot be edited after the lock period (clear Chinese message), and a correction references it both ways")
	void lockAndCorrection() {
		LogEntry entry = run.as("cadre-wang", () -> worklog.write(new EntryCommand(LogKind.DIARY, null, MARK + "：入户走访", null)));
		assertThat(entry.getPosted().personName()).isEqualTo("王建国");
		assertThat(entry.getEntryDate()).isEqualTo(worklog.today());
		LogEntry edited = run.as("cadre-wang", () -> worklog.edit(entry.getId(),
				new EditCommand(LogKind.DIARY, null, MARK + "：入户走访5户", entry.getVersion())));
		assertThat(edited.getText()).endsWith("5户");

		// the entry was written 49 hours ago: the 48-hour window (zhucun.worklog.edit-window) has passed
		jdbc.update("update worklog_entry set created_at = now() - interval '49 hours' where id = ?", entry.getId());
		assertThatThrownBy(() -> run.as("cadre-wang", () -> worklog.edit(entry.getId(),
				new EditCommand(LogKind.DIARY, null, MARK + "：改写", null))))
			.isInstanceOfSatisfying(ConflictException.class, ex -> assertThat(
					messages.getMessage(ex.messageKey(), ex.args(), Locale.SIMPLIFIED_CHINESE)).contains("锁定").contains("更正"));
		assertThatThrownBy(() -> run.as("cadre-wang", () -> worklog.attach(entry.getId(), "a.pdf", TestFiles.pdf())))
			.isInstanceOf(ConflictException.class);

		LogEntry correction = run.as("cadre-wang", () -> worklog.write(new EntryCommand(LogKind.DIARY, null,
				MARK + "：更正，实际走访6户", entry.getId())));
		EntryView original = run.as("cadre-wang", () -> worklog.view(worklog.get(entry.getId())));
		EntryView corrected = run.as("cadre-wang", () -> worklog.view(correction));
		assertThat(original.text()).endsWith("5户");
		assertThat(original.editable()).isFalse();
		assertThat(original.correctedById()).isEqualTo(correction.getId());
		assertThat(corrected.correctsId()).isEqualTo(entry.getId());
		assertThat(corrected.editable()).isTrue();
		assertThatThrownBy(() -> run.as("cadre-wang", () -> worklog.write(new EntryCommand(LogKind.DIARY, null,
				MARK + "：第二次更正", entry.getId()))))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	@DisplayName("LOG-1, ORG-5: the township of a sibling (zhenbeibu-xz) cannot read 王建国's log (404), by page or API")
	void siblingTownshipCannotRead() throws Exception {
		long id = wangsEntry();
		long wang = person("王建国");
		var sibling = DemoLogin.as(mvc, "zhenbeibu-xz");
		mvc.perform(get("/worklog/entries/" + id).cookie(sibling)).andExpect(status().isNotFound());
		mvc.perform(get("/worklog/people/" + wang).cookie(sibling)).andExpect(status().isNotFound());
		String token = ApiTokens.of(mvc, "zhenbeibu-xz");
		mvc.perform(get("/api/v1/worklog/entries/" + id).header("Authorization", "Bearer " + token))
			.andExpect(status().isNotFound());
		String list = mvc.perform(get("/api/v1/worklog/entries").param("personId", "" + wang)
			.header("Authorization", "Bearer " + token)).andReturn().getResponse().getContentAsString();
		assertThat(list).doesNotContain("王建国");
		// the own township reads it
		var own = DemoLogin.as(mvc, "yueyahu-xz");
		mvc.perform(get("/worklog/entries/" + id).cookie(own)).andExpect(status().isOk());
	}

	@Test
	@DisplayName("LOG-1, ORG-5: the cadre reads their own log and nobody else's")
	void cadreReadsOnlyOwn() throws Exception {
		long li = person("李振华");
		long lisEntry = jdbc.queryForObject("select min(id) from worklog_entry where person_id = ?", Long.class, li);
		assertThatThrownBy(() -> run.as("cadre-wang", () -> worklog.get(lisEntry))).isInstanceOf(NotFoundException.class);
		assertThat(run.as("cadre-wang", () -> worklog.entries(li, Pageable.ofSize(50)).getContent())).isEmpty();
		assertThat(run.as("cadre-wang", () -> worklog.entries(null, Pageable.ofSize(50)).getContent()))
			.isNotEmpty().allSatisfy(e -> assertThat(e.getPosted().personName()).isEqualTo("王建国"));
		var cadre = DemoLogin.as(mvc, "cadre-wang");
		mvc.perform(get("/worklog/entries/" + lisEntry).cookie(cadre)).andExpect(status().isNotFound());
		mvc.perform(get("/worklog/people/" + li).cookie(cadre)).andExpect(status().isForbidden());
		mvc.perform(post("/worklog/entries/" + lisEntry).param("kind", "WORK").param("text", MARK + "：改别人的").cookie(cadre)
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/worklog/entries").param("kind", "WORK").param("text", MARK + "：更正别人的")
			.param("correctsId", "" + lisEntry).cookie(cadre).with(csrf())).andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select count(*) from worklog_entry where text like ?", Long.class, MARK + "%")).isZero();
		String page = mvc.perform(get("/worklog").cookie(cadre)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("worklog-form").contains("民情日记").doesNotContain("马德福");
	}

	@Test
	@DisplayName("LOG-1 (attachments): an attachment that claims to be a PDF but is an executable is refused with a Chinese message, and nothing is attached")
	void executableAttachmentRefused() throws Exception {
		var cadre = DemoLogin.as(mvc, "cadre-wang");
		long before = jdbc.queryForObject("select count(*) from document", Long.class);
		mvc.perform(multipart("/worklog/entries").file(new MockMultipartFile("files", "总结.pdf", "application/pdf",
				TestFiles.windowsExecutable())).param("kind", "WORK").param("text", MARK + "：带附件").cookie(cadre).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(String.valueOf(result.getFlashMap().get("problem"))).contains("可执行程序"));
		assertThat(jdbc.queryForObject("select count(*) from worklog_entry where text like ?", Long.class, MARK + "%")).isZero();

		String token = ApiTokens.of(mvc, "cadre-wang");
		LogEntry entry = run.as("cadre-wang", () -> worklog.write(new EntryCommand(LogKind.WORK, null, MARK + "：附件", null)));
		String problem = mvc.perform(multipart("/api/v1/worklog/entries/" + entry.getId() + "/attachments")
			.file(new MockMultipartFile("file", "报告.pdf", "application/pdf", TestFiles.linuxExecutable()))
			.header("Authorization", "Bearer " + token).header("Accept-Language", "zh-CN"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(problem).contains("可执行程序");
		assertThat(jdbc.queryForObject("select count(*) from document", Long.class)).isEqualTo(before);

		// a real PDF is attached and handed out as a download to the owner only
		mvc.perform(multipart("/api/v1/worklog/entries/" + entry.getId() + "/attachments")
			.file(new MockMultipartFile("file", "报告.pdf", "application/pdf", TestFiles.pdf()))
			.header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		long doc = jdbc.queryForObject("select document_id from worklog_entry_attachment where entry_id = ?", Long.class,
				entry.getId());
		mvc.perform(get("/worklog/entries/" + entry.getId() + "/attachments/" + doc).cookie(cadre))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment"))
			.andExpect(result -> assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff"));
		mvc.perform(get("/worklog/entries/" + entry.getId() + "/attachments/" + doc).cookie(DemoLogin.as(mvc, "zhenbeibu-xz")))
			.andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("LOG-2: the township records a quarterly review; the county organisation department and the dispatching unit see it only once published (通报), a sibling unit never")
	void reviewAndNotice() {
		long wang = person("王建国");
		Quarter quarter = Quarter.of(worklog.today());
		var review = run.as("yueyahu-xz", () -> worklog.review(new ReviewCommand(wang, quarter.year(), quarter.quarter(),
				MARK + "：记录真实具体")));
		assertThat(review.getReviewedBy()).isNotBlank();
		assertThatThrownBy(() -> run.as("yueyahu-xz", () -> worklog.review(new ReviewCommand(wang, quarter.year(),
				quarter.quarter(), MARK + "：重复")))).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> run.as("zhenbeibu-xz", () -> worklog.review(new ReviewCommand(wang, quarter.year(),
				quarter.quarter(), MARK + "：越权")))).isInstanceOf(NotFoundException.class);
		assertThat(findings("shahu-zzb", wang)).doesNotContain(MARK + "：记录真实具体");
		assertThat(findings("caizheng-dw", wang)).doesNotContain(MARK + "：记录真实具体");
		assertThatThrownBy(() -> run.as("zhenbeibu-xz", () -> worklog.publish(review.getId()))).isInstanceOf(NotFoundException.class);

		run.as("yueyahu-xz", () -> worklog.publish(review.getId()));
		assertThat(findings("shahu-zzb", wang)).contains(MARK + "：记录真实具体");
		assertThat(findings("caizheng-dw", wang)).contains(MARK + "：记录真实具体");
		assertThatThrownBy(() -> findings("tuanwei-dw", wang)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> findings("huanghe-zzb", wang)).isInstanceOf(NotFoundException.class);
	}

	@Test
	@DisplayName("LOG-1/2: the pages — the cadre writes an entry from the short form and sees it, opens a locked and an open entry; the township lists its people, reads a log and records a review")
	void pages() throws Exception {
		var cadre = DemoLogin.as(mvc, "cadre-wang");
		mvc.perform(post("/worklog/entries").param("kind", "STUDY").param("text", MARK + "：页面写入").cookie(cadre).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String index = mvc.perform(get("/worklog").cookie(cadre)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(index).contains(MARK + "：页面写入").contains("学习");
		long open = jdbc.queryForObject("select id from worklog_entry where text = ?", Long.class, MARK + "：页面写入");
		assertThat(mvc.perform(get("/worklog/entries/" + open).cookie(cadre)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).contains("edit-form").doesNotContain("correction-form");
		long locked = jdbc.queryForObject("select min(id) from worklog_entry where person_id = ? and corrects_id is null "
				+ "and id not in (select corrects_id from worklog_entry where corrects_id is not null)", Long.class, person("王建国"));
		assertThat(mvc.perform(get("/worklog/entries/" + locked).cookie(cadre)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).contains("correction-form").doesNotContain("edit-form");

		var township = DemoLogin.as(mvc, "yueyahu-xz");
		assertThat(mvc.perform(get("/worklog").cookie(township)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains("王建国").contains("李振华");
		long wang = person("王建国");
		assertThat(mvc.perform(get("/worklog/people/" + wang).cookie(township)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).contains(MARK + "：页面写入").contains("review-form");
		mvc.perform(post("/worklog/people/" + wang + "/reviews").param("year", "" + worklog.today().getYear())
			.param("quarter", "" + Quarter.of(worklog.today()).quarter()).param("findings", MARK + "：页面评阅")
			.cookie(township).with(csrf())).andExpect(status().is3xxRedirection());
		long review = jdbc.queryForObject("select id from worklog_review where findings = ?", Long.class, MARK + "：页面评阅");
		mvc.perform(post("/worklog/reviews/" + review + "/publish").cookie(township).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(mvc.perform(get("/worklog/people/" + wang).cookie(DemoLogin.as(mvc, "shahu-zzb"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).contains(MARK + "：页面评阅").doesNotContain("review-form");
	}

	private List<String> findings(String user, long personId) {
		return run.as(user, () -> worklog.reviews(personId)).stream().map(r -> r.findings()).toList();
	}

	private long wangsEntry() {
		return jdbc.queryForObject("select min(id) from worklog_entry where person_id = ?", Long.class, person("王建国"));
	}

	private long person(String name) {
		return jdbc.queryForObject("select id from person where name = ?", Long.class, name);
	}


}
