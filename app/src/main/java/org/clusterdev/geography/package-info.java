/**
 * Where things are: states and union territories, districts (with North-East, hilly and KBK flags), the
 * PIN-code gazetteer that places records carrying only a PIN, and the state boundary layer of the map.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Geography")
package org.clusterdev.geography;
