package org.zhucun.printing.render;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The PDF renderer's log, its warnings and errors only, through the application's logging. */
final class QuietRendererLog implements XRLogger {

	private static final Logger log = LoggerFactory.getLogger("org.zhucun.printing.pdf");

	@Override
	public void log(String where, Level level, String msg) {
		log(where, level, msg, null);
	}

	@Override
	public void log(String where, Level level, String msg, Throwable th) {
		if (level.intValue() >= Level.SEVERE.intValue()) {
			log.error("{}: {}", where, msg, th);
		}
		else if (level.intValue() >= Level.WARNING.intValue()) {
			log.warn("{}: {}", where, msg, th);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// the levels are those of the application's logging
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
	}

}
