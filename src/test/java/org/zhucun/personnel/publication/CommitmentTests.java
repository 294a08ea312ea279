package org.zhucun.personnel.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.zhucun.common.web.InvalidInputException;

/** CON-1: the life of a commitment, without the database. */
class CommitmentTests {

	private static final Instant NOW = Instant.parse("2026-11-02T02:00:00Z");

	private static final CommitmentText FULL = new CommitmentText("职责", "目标", "服务", "纪律");

	@Test
	@DisplayName("CON-1: a draft is submitted, returned with its reason, rewritten, resubmitted and approved")
	void lifecycle() {
		Commitment c = new Commitment(1, 2, 3, FULL);
		assertThat(c.getStatus()).isEqualTo(CommitmentStatus.DRAFT);
		c.submit(NOW);
		assertThat(c.getStatus()).isEqualTo(CommitmentStatus.SUBMITTED);
		assertThatThrownBy(() -> c.edit(FULL)).hasMessage("commitment.error.awaitingDecision");
		assertThatThrownBy(() -> c.giveBack(" ", NOW, "yueyahu-xz")).hasMessage("commitment.error.reasonRequired");
		c.giveBack("目标不具体", NOW, "yueyahu-xz");
		assertThat(c.getStatus()).isEqualTo(CommitmentStatus.RETURNED);
		assertThat(c.getReturnReason()).isEqualTo("目标不具体");
		c.edit(new CommitmentText("职责", "年内村集体经济增收 1 万元", "服务", "纪律"));
		assertThat(c.getStatus()).isEqualTo(CommitmentStatus.DRAFT);
		c.submit(NOW);
		c.approve(NOW, "yueyahu-xz");
		assertThat(c.getStatus()).isEqualTo(CommitmentStatus.APPROVED);
		assertThat(c.getReturnReason()).isNull();
		assertThatThrownBy(() -> c.edit(FULL)).hasMessage("commitment.error.notEditable");
		c.supersede();
		assertThat(c.getStatus()).isEqualTo(CommitmentStatus.SUPERSEDED);
	}

	@Test
	@DisplayName("CON-1: all four headings of Art. 14 must be filled before submitting; only a submitted one is decided")
	void completeBeforeSubmit() {
		Commitment c = new Commitment(1, 2, 3, new CommitmentText("职责", "目标", " ", "纪律"));
		assertThatThrownBy(() -> c.submit(NOW)).isInstanceOf(InvalidInputException.class)
			.hasMessage("commitment.error.incomplete");
		assertThatThrownBy(() -> c.approve(NOW, "x")).hasMessage("commitment.error.notSubmitted");
		assertThatThrownBy(() -> c.giveBack("理由", NOW, "x")).hasMessage("commitment.error.notSubmitted");
	}

}
