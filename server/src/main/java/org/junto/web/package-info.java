/**
 * The web door: server-rendered pages. For now the pages OAuth needs (sign in, sign up, consent) and a landing
 * page; the full web app grows here. Controllers only translate between forms and services.
 */
package org.junto.web;
