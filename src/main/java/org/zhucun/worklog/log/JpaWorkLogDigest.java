package org.zhucun.worklog.log;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhucun.worklog.WorkLogDigest;
import org.zhucun.worklog.rules.LogKind;
import org.zhucun.worklog.rules.Quarter;

/** {@link WorkLogDigest} from the log entries: the entries a correction replaced are left out. */
@Component
@Transactional(readOnly = true)
class JpaWorkLogDigest implements WorkLogDigest {

	private final LogEntryRepository entries;

	JpaWorkLogDigest(LogEntryRepository entries) {
		this.entries = entries;
	}

	@Override
	public Digest quarter(long personId, int year, int quarter) {
		Quarter q = new Quarter(year, quarter);
		List<LogEntry> all = entries.ofPersonBetween(personId, q.firstDay(), q.lastDay());
		Set<Long> corrected = all.stream()
			.map(LogEntry::getCorrectsId)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
		List<LogEntry> current = all.stream().filter(e -> !corrected.contains(e.getId())).toList();
		return new Digest(count(current, LogKind.WORK), count(current, LogKind.STUDY), count(current, LogKind.DIARY),
				current.stream().map(e -> new Line(e.getEntryDate(), e.getKind().name(), e.getText())).toList());
	}

	private static int count(List<LogEntry> entries, LogKind kind) {
		return (int) entries.stream().filter(e -> e.getKind() == kind).count();
	}

}
