package org.reassure.coalition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the built-in coalition data set ({@code dataset/coalition.json}): every fact is sourced,
 * every seed quote is verbatim, identifiers are well formed and disagreements between sources are kept.
 */
class BuiltInDatasetTest {

    private static final String RESOURCE = "/dataset/coalition.json";
    private static final String PUBLIC_RECORD = "public-record";
    private static final Path SEEDS = Path.of("..", "shared", "seeds");
    private static final int MAX_QUOTE_LENGTH = 200;

    private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern NUMERIC = Pattern.compile("[0-9]{3}");

    private static JsonNode dataset;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = BuiltInDatasetTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, "data set not found on the classpath: " + RESOURCE);
            dataset = JsonMapper.builder().build().readTree(in);
        }
    }

    @Test
    void everyQuoteAppearsVerbatimInItsSeed() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "seed folder not present: " + SEEDS.toAbsolutePath());
        Map<String, String> seedText = new HashMap<>();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, JsonNode> entry : citedEntries().entrySet()) {
            for (JsonNode citation : entry.getValue().path("citations").values()) {
                String source = text(citation, "source");
                if (source == null || PUBLIC_RECORD.equals(source)) {
                    continue;
                }
                Path file = SEEDS.resolve(source);
                if (!Files.isRegularFile(file)) {
                    failures.add(entry.getKey() + ": seed file missing: " + source);
                    continue;
                }
                String content = seedText.get(source);
                if (content == null) {
                    content = Files.readString(file, StandardCharsets.UTF_8);
                    seedText.put(source, content);
                }
                String quote = text(citation, "quote");
                checked++;
                if (quote == null || !content.contains(quote)) {
                    failures.add(entry.getKey() + ": quote not found verbatim in " + source + ": \"" + quote + "\"");
                }
            }
        }
        assertTrue(checked > 0, "no seed citation was checked");
        assertTrue(failures.isEmpty(), failures.size() + " quote(s) not verbatim:\n" + String.join("\n", failures));
    }

    @Test
    void everyFactCarriesACitation() {
        Set<String> sourceIds = new HashSet<>();
        for (JsonNode source : dataset.path("sources").values()) {
            sourceIds.add(text(source, "id"));
        }
        assertTrue(sourceIds.contains(PUBLIC_RECORD), "sources must list the public record");

        Map<String, JsonNode> entries = citedEntries();
        assertTrue(entries.size() > 0, "no facts found");
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : entries.entrySet()) {
            JsonNode citations = entry.getValue().path("citations");
            if (!citations.isArray() || citations.size() == 0) {
                failures.add(entry.getKey() + ": no citation");
                continue;
            }
            int index = 0;
            for (JsonNode citation : citations.values()) {
                String where = entry.getKey() + " citation " + index++;
                String source = text(citation, "source");
                if (source == null || source.isBlank()) {
                    failures.add(where + ": no source");
                } else if (!sourceIds.contains(source)) {
                    failures.add(where + ": unknown source " + source);
                } else if (PUBLIC_RECORD.equals(source)) {
                    String description = text(citation, "description");
                    if (description == null || description.isBlank()) {
                        failures.add(where + ": public-record citation without description");
                    }
                } else {
                    String quote = text(citation, "quote");
                    if (quote == null || quote.isEmpty() || quote.length() > MAX_QUOTE_LENGTH) {
                        failures.add(where + ": seed quote must have 1.." + MAX_QUOTE_LENGTH + " characters, was "
                                + (quote == null ? "absent" : quote.length()));
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void claimIdsAreUnique() {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (JsonNode claim : dataset.path("claims").values()) {
            String id = text(claim, "id");
            assertNotNull(id, "claim without id: " + claim);
            if (!seen.add(id)) {
                duplicates.add(id);
            }
        }
        assertTrue(seen.size() > 0, "no claims");
        assertTrue(duplicates.isEmpty(), "duplicate claim ids: " + duplicates);
    }

    @Test
    void claimsReferToKnownParticipants() {
        Set<String> codes = new HashSet<>();
        for (JsonNode participant : dataset.path("participants").values()) {
            codes.add(text(participant, "code"));
        }
        codes.add("coalition");
        List<String> unknown = new ArrayList<>();
        for (JsonNode claim : dataset.path("claims").values()) {
            String subject = text(claim, "subject");
            if (!codes.contains(subject)) {
                unknown.add(text(claim, "id") + " -> " + subject);
            }
        }
        assertTrue(unknown.isEmpty(), "claims about unknown participants: " + unknown);
    }

    @Test
    void isoCodesAreWellFormed() {
        Set<String> alpha2 = new HashSet<>();
        Set<String> alpha3 = new HashSet<>();
        Set<String> numeric = new HashSet<>();
        List<String> failures = new ArrayList<>();
        for (JsonNode participant : dataset.path("participants").values()) {
            String code = text(participant, "code");
            String kind = text(participant, "kind");
            if (code == null || !alpha2.add(code)) {
                failures.add("missing or duplicate code: " + code);
            }
            if ("STATE".equals(kind)) {
                String iso3 = text(participant, "iso3");
                String isoNumeric = text(participant, "isoNumeric");
                if (code == null || !ALPHA2.matcher(code).matches()) {
                    failures.add(code + ": alpha-2 must be two upper-case letters");
                }
                if (iso3 == null || !ALPHA3.matcher(iso3).matches() || !alpha3.add(iso3)) {
                    failures.add(code + ": bad or duplicate alpha-3 " + iso3);
                }
                if (isoNumeric == null || !NUMERIC.matcher(isoNumeric).matches() || !numeric.add(isoNumeric)) {
                    failures.add(code + ": bad or duplicate numeric code " + isoNumeric);
                }
            } else if ("ORGANISATION".equals(kind)) {
                if (!participant.path("iso3").isNull() || !participant.path("isoNumeric").isNull()) {
                    failures.add(code + ": an organisation has no ISO 3166 codes");
                }
            } else {
                failures.add(code + ": unknown kind " + kind);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void disagreementsAreKeptSideBySide() {
        Set<String> memberCounts = new TreeSet<>();
        Set<String> foundingDates = new TreeSet<>();
        for (JsonNode claim : dataset.path("claims").values()) {
            String predicate = text(claim, "predicate");
            if ("MEMBER_COUNT".equals(predicate)) {
                memberCounts.add(text(claim, "value"));
            } else if ("FOUNDED_ON".equals(predicate)) {
                foundingDates.add(text(claim, "value"));
            }
        }
        assertTrue(memberCounts.size() >= 4, "expected at least 4 distinct member counts, got " + memberCounts);
        assertTrue(foundingDates.contains("2025-03-02"), "London founding date missing: " + foundingDates);
        assertTrue(foundingDates.contains("2025-02-17"), "17 February launch date missing: " + foundingDates);
        assertEquals(9, dataset.path("meetings").size(), "meetings named in the sources");
    }

    /** Every entry that must carry citations, keyed by a readable location. */
    private static Map<String, JsonNode> citedEntries() {
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        addAll(entries, "claim", dataset.path("claims"));
        addAll(entries, "meeting", dataset.path("meetings"));
        addAll(entries, "headquarters", dataset.path("headquarters"));
        JsonNode reference = dataset.path("reference");
        for (String list : List.of("foundingCommitments", "forceObjectives", "guaranteeComponents")) {
            assertTrue(reference.path(list).isArray(), "reference." + list + " missing");
            addAll(entries, "reference." + list, reference.path(list));
        }
        return entries;
    }

    private static void addAll(Map<String, JsonNode> entries, String kind, JsonNode array) {
        assertTrue(array.isArray(), kind + " must be an array");
        int index = 0;
        for (JsonNode node : array.values()) {
            String id = text(node, "id");
            if (id == null) {
                id = text(node, "code");
            }
            entries.put(kind + "[" + index++ + "]" + (id == null ? "" : " " + id), node);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.stringValue() : null;
    }
}
