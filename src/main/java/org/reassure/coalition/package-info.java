/**
 * The coalition as its sources describe it: participants, roles, meetings, headquarters, each fact a sourced claim.
 */
package org.reassure.coalition;
