"""Times networkx's PageRank on a weighted edge list (one 'source target weight' per line).

Used by `benchmark centrality` to compare with GDS on the same edges. Only the nx.pagerank call
is timed (not reading the file or building the graph). networkx defaults: alpha 0.85 (set here),
max_iter 100, tol 1e-06. Prints: nodes edges seconds.
"""
import sys
import time

import networkx as nx

graph = nx.DiGraph()
with open(sys.argv[1]) as edges:
    for line in edges:
        source, target, weight = line.split()
        graph.add_edge(source, target, weight=float(weight))
started = time.perf_counter()
nx.pagerank(graph, alpha=0.85, weight="weight")
print(graph.number_of_nodes(), graph.number_of_edges(), time.perf_counter() - started)
