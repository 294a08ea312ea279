package org.zhucun.supervision.discipline;

import java.util.List;

/** An inspection with the villages visited, the findings the user may see, and whether they may add findings. */
public record InspectionView(Inspection inspection, String organiserName, List<String> villageNames,
		List<InspectionFinding> findings, boolean canRecord) {
}
