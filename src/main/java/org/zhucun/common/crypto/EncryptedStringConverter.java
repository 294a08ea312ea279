package org.zhucun.common.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.springframework.stereotype.Component;

/** Stores a string attribute encrypted: {@code @Convert(converter = EncryptedStringConverter.class)}. */
@Component
@Converter
public class EncryptedStringConverter implements AttributeConverter<String, String> {

	private final FieldCipher cipher;

	public EncryptedStringConverter(FieldCipher cipher) {
		this.cipher = cipher;
	}

	@Override
	public String convertToDatabaseColumn(String attribute) {
		return cipher.encrypt(attribute);
	}

	@Override
	public String convertToEntityAttribute(String column) {
		return cipher.decrypt(column);
	}

}
