/**
 * A diffusion model fitted to what was observed, and the accounts it says would have carried a
 * campaign furthest. {@link org.metoodiffusion.influence.StaticBernoulli} estimates the edge
 * probabilities of an Independent Cascade model on the account interaction graph (Goyal, Bonchi
 * &amp; Lakshmanan 2010) into an {@link org.metoodiffusion.influence.InfluenceGraph};
 * {@link org.metoodiffusion.influence.IndependentCascade} simulates it with seeded, common random
 * numbers ({@link org.metoodiffusion.influence.LiveEdges}); {@link org.metoodiffusion.influence.ModelService}
 * compares the simulations with a traced cascade ({@link org.metoodiffusion.influence.ModelFit});
 * {@link org.metoodiffusion.influence.Celf} chooses seed sets against the top accounts by PageRank
 * and by out-degree ({@link org.metoodiffusion.influence.InfluenceService}). See
 * {@code docs/diffusion-model.md}.
 */
package org.metoodiffusion.influence;
