/**
 * The guarantee system: declarations, national commitments per component, ratification, activation after a ceasefire, the peace plan.
 */
package org.reassure.guarantees;
