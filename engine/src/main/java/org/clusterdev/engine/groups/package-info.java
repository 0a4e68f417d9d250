/**
 * Product groups: which firms are clustered together. By NIC prefix ({@link
 * org.clusterdev.engine.groups.Grouping#byNicPrefix(int)}), all firms as one group
 * ({@link org.clusterdev.engine.groups.Grouping#allFirms()}), or by product groups defined as data
 * ({@link org.clusterdev.engine.groups.ProductGroup}: NIC codes combined with local product names, as seed 004
 * §3.2 asks: "local knowledge/intelligence should be combined with product classification"). The result is
 * {@link org.clusterdev.engine.groups.ProductGroups}: each group with its member firms.
 */
package org.clusterdev.engine.groups;
