/**
 * Groups and organizations: collectives that are accounts of their own (actor type Group or Organization), with
 * memberships and roles, join requests, invitations and invite links, posts placed in them and their moderation.
 * {@link org.junto.groups.Groups} is the read model other modules use ("groups visible to a viewer", member counts).
 * See docs/decisions/0012-groups-and-organizations.md and 0013-junto-api.md.
 */
package org.junto.groups;
