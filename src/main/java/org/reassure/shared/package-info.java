/**
 * Shared kernel: the few value types every module speaks (nations, actors, rule violations).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.reassure.shared;
