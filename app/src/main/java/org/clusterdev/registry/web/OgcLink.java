package org.clusterdev.registry.web;

/**
 * A link of OGC API - Features (as in RFC 8288): where, how it relates to the current resource, in which
 * media type, and a title for people.
 */
record OgcLink(String href, String rel, String type, String title) {}
