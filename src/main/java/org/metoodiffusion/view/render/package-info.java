/**
 * Server-side rendering of graph views with GraphStream, headless: PNG through its Swing renderer
 * ({@code SwingFileSinkImages}), SVG through {@code FileSinkSVG} with labels added. Stylesheet:
 * {@code viz/render/cascade.css}. Positions come from the view's own layout; GraphStream's force
 * layout is never run.
 */
package org.metoodiffusion.view.render;
