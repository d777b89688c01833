/**
 * Pages and REST API of the guarantee system, and who may call them.
 */
package org.reassure.guarantees.web;
