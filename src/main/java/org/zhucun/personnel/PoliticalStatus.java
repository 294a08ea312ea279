package org.zhucun.personnel;

/** 政治面貌, as Annex 4/5 record it. */
public enum PoliticalStatus {

	/** 中共党员 */
	PARTY_MEMBER,
	/** 中共预备党员 */
	PROBATIONARY_PARTY_MEMBER,
	/** 共青团员 */
	YOUTH_LEAGUE_MEMBER,
	/** 民主党派成员 */
	DEMOCRATIC_PARTY_MEMBER,
	/** 无党派人士 */
	NON_PARTISAN,
	/** 群众 */
	MASSES;

	public String messageKey() {
		return "person.politicalStatus." + name();
	}

}
