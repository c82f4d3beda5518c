/** What the graph holds: node counts per label and relationship counts per type. */
package org.metoodiffusion.stats;
