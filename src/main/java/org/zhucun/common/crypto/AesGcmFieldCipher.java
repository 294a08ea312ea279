package org.zhucun.common.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a fresh 96-bit nonce per value; the stored form is
 * {@code v1:base64(nonce ‖ ciphertext ‖ tag)}. Tampering with a stored value makes decryption fail
 * rather than yield a wrong value.
 */
public final class AesGcmFieldCipher implements FieldCipher {

	static final String PREFIX = "v1:";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	private final SecretKeySpec digestKey;

	public AesGcmFieldCipher(byte[] key) {
		if (key.length != 32) {
			throw new IllegalArgumentException("An AES-256 key has 32 bytes, not " + key.length);
		}
		this.key = new SecretKeySpec(key.clone(), "AES");
		this.digestKey = new SecretKeySpec(hmac(key, "zhucun-digest-key"), "HmacSHA256");
	}

	@Override
	public String digest(String plain) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(digestKey);
			return java.util.HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A separate key for digests, derived from the data key, so that the two uses never share a key. */
	private static byte[] hmac(byte[] key, String label) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String encrypt(String plain) {
		if (plain == null) {
			return null;
		}
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			RANDOM.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return PREFIX + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed", ex);
		}
	}

	@Override
	public String decrypt(String stored) {
		if (stored == null) {
			return null;
		}
		if (!stored.startsWith(PREFIX)) {
			throw new IllegalStateException("Unknown cipher format");
		}
		try {
			byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
			return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("Decryption failed: wrong key or altered value", ex);
		}
	}

}
