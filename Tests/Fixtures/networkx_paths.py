"""Independent judge for path queries: NetworkX over the same snapshot.

Reads JSON on stdin: {"edges": [[type, from, to, directed], ...],
"queries": [{"from", "to", "directed", "maxHops"}]} and writes, per query,
the node paths NetworkX finds: all_shortest_paths (unique node sequences,
with the number of relation-level paths they stand for) and
all_simple_paths with a cutoff (one per combination of parallel edges).
"""
import json
import sys

import networkx as nx


def graph(edges, directed):
    g = nx.MultiDiGraph() if directed else nx.MultiGraph()
    for kind, a, b, is_directed in edges:
        g.add_edge(a, b)
        if directed and not is_directed:
            g.add_edge(b, a)
    return g


def main():
    request = json.load(sys.stdin)
    graphs = {d: graph(request["edges"], d) for d in (False, True)}
    results = []
    for q in request["queries"]:
        g = graphs[q["directed"]]
        source, target = q["from"], q["to"]
        shortest, count = [], 0
        if source in g and target in g and nx.has_path(g, source, target):
            shortest = sorted(nx.all_shortest_paths(g, source, target))
            for path in shortest:
                product = 1
                for u, v in zip(path, path[1:]):
                    product *= g.number_of_edges(u, v)
                count += product
        simple = []
        if source in g and target in g:
            simple = sorted(nx.all_simple_paths(g, source, target, cutoff=q["maxHops"]))
        results.append({"shortest": shortest, "shortestCount": count, "simple": simple})
    json.dump(results, sys.stdout)


main()
