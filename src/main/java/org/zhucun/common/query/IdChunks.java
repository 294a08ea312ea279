package org.zhucun.common.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the rows of many ids in queries of at most {@link #SIZE} ids each: PostgreSQL accepts far more
 * parameters, but a bounded list keeps each statement and its plan small when a whole region is
 * computed at once.
 */
public final class IdChunks {

	public static final int SIZE = 1000;

	private IdChunks() {
	}

	/** The rows the query returns for every chunk of the (distinct) ids, in chunk order. */
	public static <T> List<T> read(Collection<Long> ids, Function<List<Long>, List<T>> query) {
		List<Long> all = List.copyOf(new LinkedHashSet<>(ids));
		List<T> rows = new ArrayList<>();
		for (int i = 0; i < all.size(); i += SIZE) {
			rows.addAll(query.apply(all.subList(i, Math.min(all.size(), i + SIZE))));
		}
		return rows;
	}

}
