package org.zhucun.document.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Attachments: the largest file accepted (an installation setting; keep the multipart limit above it). */
@ConfigurationProperties("zhucun.documents")
public record DocumentProperties(@DefaultValue("10MB") DataSize maxSize) {

}
