/**
 * What this server says about itself: name, description, contact, registration policy, version and usage figures.
 * The Mastodon instance documents, NodeInfo and the web pages all read it from here.
 */
package org.junto.instance;
