package org.zhucun.assessment;

/**
 * The four grades of Art. 7 (ASM-3), best first. Civil servants are graded 优秀, 称职, 基本称职,
 * 不称职; everyone else 优秀, 合格, 基本合格, 不合格.
 */
public enum Grade {

	EXCELLENT, COMPETENT, BASIC, INCOMPETENT;

	/** Whether this grade is at least as good as the other one. */
	public boolean atLeast(Grade other) {
		return ordinal() <= other.ordinal();
	}

	/** The better of the two. */
	public Grade atMost(Grade ceiling) {
		return atLeast(ceiling) ? ceiling : this;
	}

	/** The message key of the wording for a civil servant or for anyone else (ASM-3). */
	public String wordingKey(boolean civilServant) {
		return "assessment.grade." + name() + (civilServant ? ".cs" : ".other");
	}

	/** The wording in Chinese, as on the printed forms (ASM-3). */
	public String wording(boolean civilServant) {
		return switch (this) {
			case EXCELLENT -> "优秀";
			case COMPETENT -> civilServant ? "称职" : "合格";
			case BASIC -> civilServant ? "基本称职" : "基本合格";
			case INCOMPETENT -> civilServant ? "不称职" : "不合格";
		};
	}

}
