/**
 * Graph views of the spread: a cascade (from a root post, an origin or a hashtag) or the
 * influence path to one account, as a typed {@link org.metoodiffusion.view.GraphView} with
 * positions computed on the server, node sizes from a chosen measure and colours by root or
 * community, all read from the tracer's {@link org.metoodiffusion.trace.CascadeTree}. The web
 * viewer ({@code viz/web/}) draws it; {@code view.render} renders it to PNG and SVG (one Java2D
 * drawing); {@code view.export} writes it for Gephi and other tools.
 */
package org.metoodiffusion.view;
