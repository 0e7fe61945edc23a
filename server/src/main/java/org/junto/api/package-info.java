/** The doors of the API: the Mastodon client API ({@code mastodon}) and later Junto's own ({@code junto}). */
package org.junto.api;
