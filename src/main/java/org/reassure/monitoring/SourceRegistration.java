package org.reassure.monitoring;

import java.util.Locale;
import java.util.regex.Pattern;

import org.reassure.shared.RuleViolation;

/**
 * A request to register a monitoring source. The id is what its reports carry as their source id (a CoT callsign);
 * the certificate fingerprint may be written as keytool prints it (upper case, with colons).
 */
public record SourceRegistration(String id, String name, SourceType sourceType, String certificateSha256) {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}");
	private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

	public SourceRegistration {
		if (id == null || !ID.matcher(id).matches()) {
			throw new RuleViolation("id", "format", "a source id is 1 to 128 letters, digits and . _ : @ -, starting with a letter or digit");
		}
		if (name == null || name.isBlank() || name.length() > 200) {
			throw new RuleViolation("name", "length", "a source name is 1 to 200 characters");
		}
		if (sourceType == null) {
			throw new RuleViolation("sourceType", "required", "the source type is required");
		}
		if (certificateSha256 != null) {
			certificateSha256 = certificateSha256.replace(":", "").toLowerCase(Locale.ROOT);
			if (!SHA256_HEX.matcher(certificateSha256).matches()) {
				throw new RuleViolation("certificateSha256", "sha256", "must be the SHA-256 fingerprint of the certificate: 64 hexadecimal digits");
			}
		}
	}
}
