package org.zhucun.personnel;

import java.util.List;
import java.util.Optional;

/**
 * CON-1: what the public village page may show of the people posted to a village, and nothing more:
 * name, photo, role, dispatching unit, the phone number the person agreed to publish, and the
 * approved commitments. Unscoped and without login by design; only active postings count.
 */
public interface PublicRoster {

	/** The people actively posted to the village: first secretary first, then the team leader, then members. */
	List<PublicPerson> postedTo(long villageId);

	/** The person's photo (JPEG), only while they are actively posted to this village. */
	Optional<byte[]> photo(long villageId, long personId);

	/** A person as the public page shows them. {@code phone} is null when nothing is to be published. */
	record PublicPerson(long personId, String name, AssignmentRole role, boolean leadsTeam, String unitName,
			String phone, boolean hasPhoto, PublicCommitment commitment) {
	}

	/** The approved commitments under the four headings of Art. 14. */
	record PublicCommitment(String duties, String goals, String service, String discipline) {
	}

}
