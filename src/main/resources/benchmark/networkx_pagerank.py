"""Times networkx's PageRank on a weighted edge list (one 'source target weight' per line).

Used by `benchmark centrality` to compare with GDS on the same edges: the nx.pagerank call alone,
and end to end (reading the file and building the graph, PageRank, the top 100), as GDS's request
is timed. networkx defaults: alpha 0.85 (set here), max_iter 100, tol 1e-06.
Prints: nodes edges compute-seconds end-to-end-seconds version.
"""
import heapq
import sys
import time

import networkx as nx

loading = time.perf_counter()
graph = nx.DiGraph()
with open(sys.argv[1]) as edges:
    for line in edges:
        source, target, weight = line.split()
        graph.add_edge(source, target, weight=float(weight))
started = time.perf_counter()
scores = nx.pagerank(graph, alpha=0.85, weight="weight")
computed = time.perf_counter()
heapq.nlargest(100, scores.items(), key=lambda item: item[1])
print(graph.number_of_nodes(), graph.number_of_edges(), computed - started, time.perf_counter() - loading,
      nx.__version__)
