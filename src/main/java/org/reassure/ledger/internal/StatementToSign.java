package org.reassure.ledger.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import org.reassure.ledger.LedgerEntry;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The answer to {@code Reassure-Signature: prepare}: nothing was recorded (the exception rolls
 * the command back); the problem carries the canonical statement the command would record, to
 * be signed and sent again with the same request.
 */
class StatementToSign extends ErrorResponseException {

	StatementToSign(byte[] statement, LedgerEntry entry) {
		super(HttpStatus.PRECONDITION_REQUIRED, problem(statement, entry), null);
	}

	private static ProblemDetail problem(byte[] statement, LedgerEntry entry) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED,
				"Nothing was recorded. Sign 'statement' (base64 of the canonical bytes) with a key of "
						+ (entry.actor().nation() == null ? "the secretariat" : entry.actor().nation().value())
						+ " and send the same request again with the header Reassure-Signature: keyId=<hex>, signature=<base64>.");
		problem.setTitle("Signature requested");
		problem.setProperty("action", entry.action());
		problem.setProperty("statement", Base64.getEncoder().encodeToString(statement));
		problem.setProperty("statementSha256", sha256(statement));
		return problem;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}
}
