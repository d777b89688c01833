package org.reassure.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reassure.access.Account;
import org.reassure.access.Role;
import org.reassure.access.internal.AccountPrincipal;
import org.reassure.ledger.LedgerAudit;
import org.reassure.ledger.LedgerView;
import org.reassure.ledger.merkle.ProofVerifier;
import org.reassure.shared.NationCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ledger API as a member uses it: signed tree heads, proofs that verify independently, keys
 * with rotation, detached signatures (and every way of getting one wrong), witness cosignatures.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LedgerApiTest {

	private static final HexFormat HEX = HexFormat.of();

	@Autowired
	MockMvc mvc;

	@Autowired
	LedgerView view;

	@Autowired
	LedgerAudit audit;

	private final JsonMapper json = JsonMapper.builder().build();

	private static AccountPrincipal liaison(String user, String nation) {
		return new AccountPrincipal(new Account(user, new NationCode(nation), EnumSet.of(Role.NATION_LIAISON), true), "");
	}

	private static AccountPrincipal staff(String user, Role role) {
		return new AccountPrincipal(new Account(user, null, EnumSet.of(role), true), "");
	}

	private MockHttpServletResponse call(MockHttpServletRequestBuilder request, AccountPrincipal who) throws Exception {
		return mvc.perform(request.with(user(who)).with(csrf()).accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
	}

	private JsonNode body(MockHttpServletResponse response) throws Exception {
		return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private JsonNode getJson(String url) throws Exception {
		MockHttpServletResponse response = call(get(url), staff("reader", Role.VIEWER));
		assertThat(response.getStatus()).as(url + " " + response.getContentAsString()).isEqualTo(200);
		return body(response);
	}

	private static KeyPair ed25519() throws Exception {
		return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
	}

	private static String rawPublic(KeyPair pair) {
		byte[] spki = pair.getPublic().getEncoded();
		return Base64.getEncoder().encodeToString(Arrays.copyOfRange(spki, spki.length - 32, spki.length));
	}

	private static String keyId(KeyPair pair) throws Exception {
		return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(rawPublic(pair))));
	}

	private static String sign(KeyPair pair, byte[] message) throws Exception {
		Signature signer = Signature.getInstance("Ed25519");
		signer.initSign(pair.getPrivate());
		signer.update(message);
		return Base64.getEncoder().encodeToString(signer.sign());
	}

	private static boolean verify(String publicKeyBase64, byte[] message, String signatureBase64) throws Exception {
		byte[] raw = Base64.getDecoder().decode(publicKeyBase64);
		byte[] spki = HEX.parseHex("302a300506032b6570032100" + HEX.formatHex(raw));
		Signature verifier = Signature.getInstance("Ed25519");
		verifier.initVerify(java.security.KeyFactory.getInstance("Ed25519").generatePublic(new java.security.spec.X509EncodedKeySpec(spki)));
		verifier.update(message);
		return verifier.verify(Base64.getDecoder().decode(signatureBase64));
	}

	private MockHttpServletResponse registerKey(AccountPrincipal who, KeyPair pair, String replaces, String signatureHeader) throws Exception {
		String request = "{\"publicKey\":\"" + rawPublic(pair) + "\"" + (replaces == null ? "" : ",\"replaces\":\"" + replaces + "\"") + "}";
		MockHttpServletRequestBuilder post = post("/api/v1/ledger/keys").contentType(MediaType.APPLICATION_JSON).content(request);
		if (signatureHeader != null) {
			post.header("Reassure-Signature", signatureHeader);
		}
		return call(post, who);
	}

	private JsonNode signedHead() throws Exception {
		MockHttpServletResponse response = call(post("/api/v1/ledger/tree-heads"), staff("secretary", Role.SECRETARIAT));
		assertThat(response.getStatus()).isEqualTo(200);
		return body(response);
	}

	@Test
	void aSignedTreeHeadAndItsProofsVerifyWithoutTrustingTheServer() throws Exception {
		JsonNode head = signedHead();
		String checkpoint = head.get("checkpoint").asString();
		assertThat(verify(head.get("publicKey").asString(), checkpoint.getBytes(StandardCharsets.UTF_8), head.get("signature").asString())).isTrue();
		String[] lines = checkpoint.split("\n");
		long treeSize = Long.parseLong(lines[1]);
		byte[] root = Base64.getDecoder().decode(lines[2]);
		assertThat(treeSize).isEqualTo(head.get("treeSize").asLong());

		JsonNode entries = getJson("/api/v1/ledger/entries?from=0&limit=1000");
		assertThat(entries.size()).isPositive();
		for (JsonNode entry : List.of(entries.get(0), entries.get((int) Math.min(treeSize, entries.size()) - 1))) {
			byte[] bytes = Base64.getDecoder().decode(entry.get("canonical").asString());
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			sha256.update((byte) 0);
			byte[] leaf = sha256.digest(bytes);
			assertThat(HEX.formatHex(leaf)).isEqualTo(entry.get("leafHash").asString());
			JsonNode proof = getJson("/api/v1/ledger/proofs/inclusion?leafHash=" + HEX.formatHex(leaf) + "&treeSize=" + treeSize);
			List<byte[]> path = new ArrayList<>();
			proof.get("path").forEach(p -> path.add(HEX.parseHex(p.asString())));
			assertThat(ProofVerifier.verifyInclusion(leaf, entry.get("seq").asLong(), treeSize, path, root)).isTrue();
		}

		JsonNode consistency = getJson("/api/v1/ledger/proofs/consistency?first=1&second=" + treeSize);
		List<byte[]> path = new ArrayList<>();
		consistency.get("path").forEach(p -> path.add(HEX.parseHex(p.asString())));
		assertThat(ProofVerifier.verifyConsistency(1, treeSize, HEX.parseHex(consistency.get("firstRoot").asString()), root, path)).isTrue();
		assertThat(getJson("/api/v1/ledger/tree-head").get("treeSize").asLong()).isGreaterThanOrEqualTo(treeSize);
	}

	@Test
	void refusesBadProofRequestsWithProblems() throws Exception {
		AccountPrincipal reader = staff("reader", Role.VIEWER);
		long size = view.size();
		String someLeaf = getJson("/api/v1/ledger/entries?limit=1").get(0).get("leafHash").asString();
		assertProblem(call(get("/api/v1/ledger/proofs/inclusion?leafHash=xyz&treeSize=1"), reader), 422, "leafHash");
		assertProblem(call(get("/api/v1/ledger/proofs/inclusion?leafHash=" + "ab".repeat(32) + "&treeSize=1"), reader), 404, null);
		assertProblem(call(get("/api/v1/ledger/proofs/inclusion?leafHash=" + someLeaf + "&treeSize=" + (size + 1000)), reader), 422, "treeSize");
		assertProblem(call(get("/api/v1/ledger/proofs/consistency?first=5&second=" + (size + 1000)), reader), 422, "second");
		assertProblem(call(get("/api/v1/ledger/proofs/consistency?first=5&second=2"), reader), 422, "first");
		assertProblem(call(get("/api/v1/ledger/proofs/consistency?first=x&second=2"), reader), 400, "first");
		assertProblem(call(get("/api/v1/ledger/tree-heads/999999999"), reader), 404, null);
		assertProblem(call(get("/api/v1/ledger/entries?limit=0"), reader), 422, "limit");
	}

	@Test
	void aNationSignsItsEntriesAndNoOtherNationsKeyIsAccepted() throws Exception {
		AccountPrincipal france = liaison("liaison-fr", "FR");
		KeyPair first = ed25519();
		assertThat(registerKey(france, first, null, null).getStatus()).isEqualTo(201);

		KeyPair second = ed25519();
		MockHttpServletResponse prepared = registerKey(france, second, null, "prepare");
		assertThat(prepared.getStatus()).isEqualTo(428);
		assertThat(prepared.getContentType()).contains("application/problem+json");
		byte[] statement = Base64.getDecoder().decode(body(prepared).get("statement").asString());
		assertThat(new String(statement, StandardCharsets.UTF_8)).startsWith("{\"action\":\"ledger.key.registered\",\"actor\":{\"nation\":\"FR\"");
		assertThat(call(get("/api/v1/ledger/keys/" + keyId(second)), france).getStatus()).as("prepare records nothing").isEqualTo(404);

		long before = view.size();
		MockHttpServletResponse signed = registerKey(france, second, null, "keyId=" + keyId(first) + ", signature=" + sign(first, statement));
		assertThat(signed.getStatus()).as(signed.getContentAsString()).isEqualTo(201);
		JsonNode entry = getJson("/api/v1/ledger/entries?action=ledger.key.registered&limit=1").get(0);
		assertThat(entry.get("seq").asLong()).isGreaterThanOrEqualTo(before);
		assertThat(entry.get("signedBy").asString()).isEqualTo(keyId(first));
		assertThat(new String(Base64.getDecoder().decode(entry.get("canonical").asString()), StandardCharsets.UTF_8))
			.contains("\"signature\":{\"keyId\":\"" + keyId(first) + "\"");

		AccountPrincipal britain = liaison("liaison-gb", "GB");
		KeyPair british = ed25519();
		long size = view.size();
		byte[] britishStatement = Base64.getDecoder().decode(body(registerKey(britain, british, null, "prepare")).get("statement").asString());
		assertProblem(registerKey(britain, british, null, "keyId=" + keyId(first) + ", signature=" + sign(first, britishStatement)), 422,
				"signature.keyId");
		assertProblem(registerKey(britain, british, null, "keyId=" + keyId(ed25519()) + ", signature=" + sign(british, britishStatement)), 422,
				"signature.keyId");
		assertProblem(registerKey(britain, british, null, "keyId=nonsense"), 422, "Reassure-Signature");
		assertProblem(registerKey(britain, british, null, "keyId=" + keyId(first) + ", signature=!!!"), 422, "signature.value");
		assertProblem(registerKey(france, ed25519(), null, "keyId=" + keyId(first) + ", signature=" + sign(first, britishStatement)), 422,
				"signature.value");
		assertThat(view.size()).as("nothing appended").isEqualTo(size);
		assertThat(audit.verify().verified()).isTrue();
	}

	@Test
	void rotationRetiresAKeyButWhatItSignedStillVerifies() throws Exception {
		AccountPrincipal germany = liaison("liaison-de", "DE");
		KeyPair old = ed25519();
		assertThat(registerKey(germany, old, null, null).getStatus()).isEqualTo(201);
		KeyPair successor = ed25519();
		byte[] statement = Base64.getDecoder().decode(body(registerKey(germany, successor, keyId(old), "prepare")).get("statement").asString());
		assertThat(registerKey(germany, successor, keyId(old), "keyId=" + keyId(old) + ", signature=" + sign(old, statement)).getStatus())
			.isEqualTo(201);
		JsonNode retired = getJson("/api/v1/ledger/keys/" + keyId(old));
		assertThat(retired.get("retiredAt").isNull()).isFalse();
		assertThat(getJson("/api/v1/ledger/keys/" + keyId(successor)).get("owner").asString()).isEqualTo("DE");

		KeyPair third = ed25519();
		byte[] next = Base64.getDecoder().decode(body(registerKey(germany, third, null, "prepare")).get("statement").asString());
		assertProblem(registerKey(germany, third, null, "keyId=" + keyId(old) + ", signature=" + sign(old, next)), 422, "signature.keyId");
		assertThat(audit.verify().verified()).as("the entry signed before the rotation still verifies").isTrue();
	}

	@Test
	void aLeadNationCosignsATreeHeadAndOthersCannot() throws Exception {
		AccountPrincipal france = liaison("witness-fr", "FR");
		KeyPair witness = ed25519();
		assertThat(registerKey(france, witness, null, null).getStatus()).isEqualTo(201);
		JsonNode head = signedHead();
		long treeSize = head.get("treeSize").asLong();
		long time = System.currentTimeMillis() / 1000;
		byte[] message = ("cosignature/v1\ntime " + time + "\n" + head.get("checkpoint").asString()).getBytes(StandardCharsets.UTF_8);

		assertProblem(cosign(france, 999_999_999L, keyId(witness), time, sign(witness, message)), 404, null);
		assertProblem(cosign(france, treeSize, keyId(witness), time + 1, sign(witness, message)), 422, "signature");
		AccountPrincipal germany = liaison("witness-de", "DE");
		KeyPair german = ed25519();
		assertThat(registerKey(germany, german, null, null).getStatus()).isEqualTo(201);
		assertProblem(cosign(germany, treeSize, keyId(german), time, sign(german, message)), 422, "witness");

		MockHttpServletResponse cosigned = cosign(france, treeSize, keyId(witness), time, sign(witness, message));
		assertThat(cosigned.getStatus()).as(cosigned.getContentAsString()).isEqualTo(201);
		JsonNode stored = getJson("/api/v1/ledger/tree-heads/" + treeSize);
		assertThat(stored.get("cosignatures").findValuesAsString("witness")).contains("FR");
		assertProblem(cosign(france, treeSize, keyId(witness), time, sign(witness, message)), 409, "keyId");
		assertThat(audit.verify().verified()).isTrue();
	}

	private MockHttpServletResponse cosign(AccountPrincipal who, long treeSize, String keyId, long time, String signature) throws Exception {
		return call(post("/api/v1/ledger/tree-heads/" + treeSize + "/cosignatures").contentType(MediaType.APPLICATION_JSON)
			.content("{\"keyId\":\"" + keyId + "\",\"time\":" + time + ",\"signature\":\"" + signature + "\"}"), who);
	}

	private void assertProblem(MockHttpServletResponse response, int status, String field) throws Exception {
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
		assertThat(response.getContentType()).contains("application/problem+json");
		if (field != null) {
			assertThat(body(response).get("errors").findValuesAsString("field")).contains(field);
		}
	}
}
