/**
 * What every module shares and no business rule lives in: the embedded database, the page layout and
 * navigation, languages and Indian number formats, error handling, and background jobs with progress.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.clusterdev.platform;
