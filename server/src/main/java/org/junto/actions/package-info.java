/**
 * Actions carried by ordinary posts (DESIGN principle 2): tasks, offers and needs. One grammar ({@link
 * org.junto.actions.ActionGrammar}, documented in docs/syntax.md) reads a post's hashtags; the posting step applies
 * what they ask inside the post's transaction and never fails the post.
 */
package org.junto.actions;
