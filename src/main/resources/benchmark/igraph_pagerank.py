"""Times igraph's PageRank on a weighted edge list (one 'source target weight' per line).

Used by `benchmark centrality` as the reference a researcher who wants speed would pick (Debian's
python3-igraph): the pagerank call alone, and end to end (reading the file and building the graph,
PageRank, the top 100), as a GDS request is timed. igraph's default PRPACK solver, damping 0.85.
Prints: nodes edges compute-seconds end-to-end-seconds version.
"""
import heapq
import sys
import time

import igraph

loading = time.perf_counter()
graph = igraph.Graph.Read_Ncol(sys.argv[1], names=True, weights=True, directed=True)
started = time.perf_counter()
scores = graph.pagerank(damping=0.85, weights="weight")
computed = time.perf_counter()
names = graph.vs["name"]
top = heapq.nlargest(100, range(len(scores)), key=scores.__getitem__)
[names[i] for i in top]
print(graph.vcount(), graph.ecount(), computed - started, time.perf_counter() - loading, igraph.__version__)
