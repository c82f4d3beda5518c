/**
 * Server-side pictures of views, PNG and SVG from one Java2D drawing ({@link
 * org.metoodiffusion.view.render.CascadePicture}) in the style of {@code viz/web/style.json}.
 */
package org.metoodiffusion.view.render;
