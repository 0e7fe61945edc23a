/**
 * The contribution log (DESIGN principle 3): one append-only table of who did what for whom, and the relationship
 * strengths derived from it, which only {@link org.junto.contributions.RebuildRelationships} or the log's own appends
 * change. Weights are documented in docs/contributions.md.
 */
package org.junto.contributions;
