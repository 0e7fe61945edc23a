/**
 * Matching offers and needs (issue 6): for a need, the open offers and the people whose topics and past help fit it;
 * for an offer, the open needs it could meet. The score is explained in docs/contributions.md. Owners of a strong
 * match are told once.
 */
package org.junto.matching;
