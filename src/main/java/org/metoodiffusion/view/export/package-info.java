/**
 * Views written for other tools: GEXF 1.3 with a dynamic timeline for Gephi, GraphML, Graphviz DOT,
 * and Gephi's spreadsheet (CSV) node and edge tables. Every writer streams a
 * {@link org.metoodiffusion.view.ViewResult}'s graph; edges keep the direction of the spread.
 */
package org.metoodiffusion.view.export;
