package org.reassure.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a repository of derived state: data recomputed from what the ledger already records (the
 * incidents fused from recorded reports, a pipeline's progress), so its writes append no entry.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DerivedState {
}
