"""Reads an export of factiongraph with its real consumers and prints what
they see, as JSON, for the tests to compare with the snapshots.

    python3 export_reader.py READER PATH [READER PATH ...]

with READER one of gexf-networkx (a .gexf file), graphml-networkx,
graphml-igraph (a .graphml file) and csv (a directory of .csv files). It
prints a JSON array: what each reader read, in order (one process for many
files: importing NetworkX takes longer than reading a file).

Graphs print as {"directed", "graph": {name: value}, "nodes": [{"id",
"attrs"}], "edges": [{"source", "target", "attrs"}]}; a dynamic attribute's
value is a list of [value, start, end], spells a list of [start, end].
NetworkX reads a missing spell or attribute end (or start) as the string
'None'; it is printed as null. igraph gives every vertex and edge every
attribute (an absent string as '', an absent number as NaN, numbers as
floats): absent values are left out and whole numbers printed as integers.
CSV prints {file: {"header": [...], "rows": [[...], ...]}} as Python's csv
module reads it.
"""
import csv
import json
import math
import os
import sys


def plain(value):
    """NetworkX's 'None' for a missing time as null; tuples as lists."""
    if value == "None":
        return None
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    return value


def networkx_graph(graph):
    nodes = []
    for node, data in graph.nodes(data=True):
        nodes.append({"id": node, "attrs": {k: plain(v) for k, v in data.items()}})
    edges = []
    if graph.is_multigraph():
        triples = ((u, v, data) for u, v, _, data in graph.edges(keys=True, data=True))
    else:
        triples = graph.edges(data=True)
    for u, v, data in triples:
        edges.append({"source": u, "target": v, "attrs": {k: plain(val) for k, val in data.items()}})
    graph_data = {k: v for k, v in graph.graph.items() if k not in ("node_default", "edge_default")}
    return {"directed": graph.is_directed(), "graph": graph_data, "nodes": nodes, "edges": edges}


def igraph_value(value):
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if value == int(value):
            return int(value)
    if value == "":
        return None
    return value


def igraph_graph(path):
    import igraph

    graph = igraph.Graph.Read_GraphML(path)
    nodes = []
    for vertex in graph.vs:
        attrs = {k: igraph_value(v) for k, v in vertex.attributes().items() if k != "id"}
        nodes.append({"id": vertex["id"], "attrs": {k: v for k, v in attrs.items() if v is not None}})
    edges = []
    for edge in graph.es:
        # igraph 1.0 puts the source's id in an edge's "id": ids are not compared.
        attrs = {k: igraph_value(v) for k, v in edge.attributes().items() if k != "id"}
        edges.append({"source": graph.vs[edge.source]["id"], "target": graph.vs[edge.target]["id"],
                      "attrs": {k: v for k, v in attrs.items() if v is not None}})
    graph_data = {k: graph[k] for k in graph.attributes()}
    return {"directed": graph.is_directed(), "graph": graph_data, "nodes": nodes, "edges": edges}


def csv_files(directory):
    files = {}
    for name in sorted(os.listdir(directory)):
        if name.endswith(".csv"):
            with open(os.path.join(directory, name), newline="", encoding="utf-8") as handle:
                rows = list(csv.reader(handle, strict=True))
            files[name] = {"header": rows[0], "rows": rows[1:]}
    return files


def read(kind, path):
    if kind == "gexf-networkx":
        import networkx as nx
        return networkx_graph(nx.read_gexf(path))
    if kind == "graphml-networkx":
        import networkx as nx
        return networkx_graph(nx.read_graphml(path))
    if kind == "graphml-igraph":
        return igraph_graph(path)
    if kind == "csv":
        return csv_files(path)
    raise SystemExit(f"unknown reader {kind}")


def main():
    arguments = sys.argv[1:]
    results = [read(kind, path) for kind, path in zip(arguments[::2], arguments[1::2])]
    json.dump(results, sys.stdout, ensure_ascii=False, sort_keys=True)


main()
