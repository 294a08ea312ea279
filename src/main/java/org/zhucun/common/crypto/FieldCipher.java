package org.zhucun.common.crypto;

/**
 * Encrypts single values for storage (SEC-5: ID numbers, phone numbers, second-factor secrets).
 * The stored text names its algorithm in a prefix ({@code v1:} for AES-256-GCM), so that another
 * algorithm (SM4 for a 密码应用 assessment) can be introduced beside it and old values still read.
 */
public interface FieldCipher {

	String encrypt(String plain);

	String decrypt(String stored);

	/**
	 * A keyed digest of a value (the same value gives the same digest under the same key), for
	 * finding duplicates among encrypted values without decrypting them.
	 */
	String digest(String plain);

}
