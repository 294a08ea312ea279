package org.zhucun.organisation.importing;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The import's vocabulary, read once from the bundles (they do not change while the system runs). */
@Configuration(proxyBeanMethods = false)
class ImportConfiguration {

	@Bean
	ImportVocabulary importVocabulary(MessageSource messages) {
		return ImportVocabulary.from(messages);
	}

}
