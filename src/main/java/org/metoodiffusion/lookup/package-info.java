/** Single records by id: a post with its references, an account with its activity. */
package org.metoodiffusion.lookup;
