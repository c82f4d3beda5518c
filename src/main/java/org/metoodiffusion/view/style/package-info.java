/** The one style of the pictures (palette, edge drawing), read from {@code viz/web/style.json}. */
package org.metoodiffusion.view.style;
