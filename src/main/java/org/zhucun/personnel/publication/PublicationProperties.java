package org.zhucun.personnel.publication;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * PER-1, CON-1 parameters of the person's photo: the largest upload accepted ({@code 2MB}) and the
 * longest side the stored photo is scaled down to ({@code 600} pixels).
 */
@ConfigurationProperties("zhucun.publication")
public record PublicationProperties(@DefaultValue("2MB") DataSize photoMaxSize, @DefaultValue("600") int photoMaxPixels) {

	PhotoImages photoImages() {
		return new PhotoImages(photoMaxSize.toBytes(), photoMaxPixels);
	}

}
