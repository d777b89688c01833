package org.reassure.monitoring;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Ukraine's first-level divisions (24 oblasts, the Autonomous Republic of Crimea, and the cities of Kyiv and
 * Sevastopol) with their ISO 3166-2:UA codes; {@link #UNKNOWN} for positions outside every known boundary.
 */
public enum Oblast {
    CHERKASY("UA-71", "Cherkasy"),
    CHERNIHIV("UA-74", "Chernihiv"),
    CHERNIVTSI("UA-77", "Chernivtsi"),
    CRIMEA("UA-43", "Autonomous Republic of Crimea"),
    DNIPROPETROVSK("UA-12", "Dnipropetrovsk"),
    DONETSK("UA-14", "Donetsk"),
    IVANO_FRANKIVSK("UA-26", "Ivano-Frankivsk"),
    KHARKIV("UA-63", "Kharkiv"),
    KHERSON("UA-65", "Kherson"),
    KHMELNYTSKYI("UA-68", "Khmelnytskyi"),
    KIROVOHRAD("UA-35", "Kirovohrad"),
    KYIV("UA-32", "Kyiv"),
    KYIV_CITY("UA-30", "Kyiv (city)"),
    LUHANSK("UA-09", "Luhansk"),
    LVIV("UA-46", "Lviv"),
    MYKOLAIV("UA-48", "Mykolaiv"),
    ODESA("UA-51", "Odesa"),
    POLTAVA("UA-53", "Poltava"),
    RIVNE("UA-56", "Rivne"),
    SEVASTOPOL("UA-40", "Sevastopol"),
    SUMY("UA-59", "Sumy"),
    TERNOPIL("UA-61", "Ternopil"),
    VINNYTSIA("UA-05", "Vinnytsia"),
    VOLYN("UA-07", "Volyn"),
    ZAKARPATTIA("UA-21", "Zakarpattia"),
    ZAPORIZHZHIA("UA-23", "Zaporizhzhia"),
    ZHYTOMYR("UA-18", "Zhytomyr"),
    UNKNOWN("", "unknown");

    private static final Map<String, Oblast> BY_CODE = new HashMap<>();

    static {
        for (Oblast oblast : values()) {
            BY_CODE.put(oblast.isoCode, oblast);
        }
    }

    private final String isoCode;
    private final String displayName;

    Oblast(String isoCode, String displayName) {
        this.isoCode = isoCode;
        this.displayName = displayName;
    }

    /** ISO 3166-2 code, e.g. {@code UA-14} for Donetsk; empty for {@link #UNKNOWN}. */
    public String isoCode() {
        return isoCode;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<Oblast> byIsoCode(String code) {
        return code == null || code.isEmpty() ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code));
    }
}
