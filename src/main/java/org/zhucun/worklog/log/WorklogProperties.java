package org.zhucun.worklog.log;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * LOG-1: how long after writing an entry its author may still change it (an installation setting;
 * the policy names no number), after which it is locked and a change is a correction (更正).
 */
@ConfigurationProperties("zhucun.worklog")
public record WorklogProperties(@DefaultValue("PT48H") Duration editWindow) {

}
