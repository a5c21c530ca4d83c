"""Node positions for the graph exports, computed once in Python so a browser opens fast.

A force-directed layout (Fruchterman-Reingold, with repulsion weighted by the leaves a node
carries, as ForceAtlas2 weighs it by degree) in numpy, shaped for news graphs, which are
mostly hubs with many leaves (people around their organization, claims around their subject):

- each connected component is laid out alone, then the components are packed in rows,
  largest first, so small pairs do not drift to the edge of one huge picture;
- leaves are taken out before the force layout and put back on rings around their hub, whose
  repulsion grows with its number of leaves so the rings have room;
- repulsion between all pairs is exact up to EXACT_LIMIT nodes; above it each step samples
  SAMPLE nodes and scales their push, which keeps 2,000 nodes around a second.

Seeded, so the same graph always gets the same positions.

    >>> import networkx as nx
    >>> positions = layout(nx.path_graph(4))
    >>> sorted(positions) == [0, 1, 2, 3] and all(len(p) == 2 for p in positions.values())
    True
"""

from __future__ import annotations

import math
from collections.abc import Hashable

import networkx as nx
import numpy as np

SPACING = 80.0  # pixels between two linked nodes
EXACT_LIMIT = 400
SAMPLE = 200
ITERATIONS = 120
RING = 0.8  # distance between a hub's rings of leaves, in edge lengths


def layout(graph: nx.Graph, *, seed: int = 7) -> dict[Hashable, tuple[float, float]]:
    """Positions in pixels for every node of `graph` (directions and multi-edges ignored)."""
    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph.nodes, key=str))
    simple.add_edges_from((u, v) for u, v in graph.edges() if u != v)
    components = sorted(
        (sorted(c, key=str) for c in nx.connected_components(simple)),
        key=lambda c: (-len(c), str(c[0])),
    )
    placed = [_component(simple.subgraph(nodes), nodes, seed) for nodes in components]
    return _pack(placed)


def _component(graph: nx.Graph, nodes: list, seed: int) -> dict[Hashable, np.ndarray]:
    """Positions (in units of one edge length) for one connected component."""
    if len(nodes) == 1:
        return {nodes[0]: np.zeros(2)}
    if len(nodes) == 2:
        return {nodes[0]: np.array([-0.5, -0.3]), nodes[1]: np.array([0.5, 0.3])}  # labels apart
    leaves = {n: next(iter(graph[n])) for n in nodes if graph.degree(n) == 1}
    core = [n for n in nodes if n not in leaves]  # never empty: a leaf's hub has degree 2+
    children: dict[Hashable, list] = {n: [] for n in core}
    for leaf, hub in leaves.items():
        children[hub].append(leaf)
    mass = np.array([1.0 + len(children[n]) for n in core])
    index = {n: i for i, n in enumerate(core)}
    edges = np.array(
        [(index[u], index[v]) for u, v in graph.edges() if u in index and v in index],
        dtype=np.int64,
    ).reshape(-1, 2)
    positions = _forces(len(core), edges, mass, np.random.default_rng(seed))
    out = {n: positions[i] for n, i in index.items()}
    for hub, leaf_nodes in children.items():
        out.update(_rings(out[hub], leaf_nodes))
    return out


def _forces(n: int, edges: np.ndarray, mass: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Force-directed positions for `n` nodes linked by `edges` (index pairs)."""
    pos = (rng.random((n, 2)) - 0.5) * math.sqrt(n) * 2
    if n == 1:
        return np.zeros((1, 2))
    temperature = math.sqrt(n)
    cooling = temperature / (ITERATIONS + 1)
    sizes = np.sqrt(mass)
    radius = np.array([_rings_needed(int(m) - 1) * RING for m in mass])
    for _ in range(ITERATIONS):
        if n <= EXACT_LIMIT:
            others, scale = np.arange(n), 1.0
        else:
            others, scale = rng.choice(n, SAMPLE, replace=False), n / SAMPLE
        delta = pos[:, None, :] - pos[None, others, :]
        distance = np.maximum(np.sqrt((delta**2).sum(-1)), 0.01)
        weight = sizes[:, None] * sizes[None, others] / distance**2 * scale
        push = (delta * weight[:, :, None]).sum(1)
        if len(edges):
            d = pos[edges[:, 0]] - pos[edges[:, 1]]
            length = np.sqrt((d**2).sum(-1))[:, None]
            gap = radius[edges[:, 0], None] + radius[edges[:, 1], None] + 0.6
            pull = d * np.maximum(length - gap, 0) * length / gap
            np.add.at(push, edges[:, 0], -pull)
            np.add.at(push, edges[:, 1], pull)
        push -= pos * 0.02 * mass[:, None]  # gravity keeps loose parts near the centre
        norm = np.maximum(np.sqrt((push**2).sum(-1)), 1e-9)[:, None]
        pos += push / norm * np.minimum(norm, temperature)
        temperature -= cooling
    return pos - pos.mean(0)


def _rings_needed(leaves: int) -> int:
    """How many rings `leaves` leaves take: ring r holds 6 + 8 (r - 1) of them."""
    rings = 0
    while leaves > 0:
        rings += 1
        leaves -= 6 + 8 * (rings - 1)
    return rings


def _rings(centre: np.ndarray, leaves: list) -> dict[Hashable, np.ndarray]:
    """Leaves around their hub, on rings RING apart, 8 more on each ring."""
    out: dict[Hashable, np.ndarray] = {}
    ring, start = 1, 0
    while start < len(leaves):
        room = 6 + 8 * (ring - 1)
        group = leaves[start : start + room]
        for i, leaf in enumerate(group):
            angle = 2 * math.pi * i / len(group) + ring * 0.5
            out[leaf] = centre + RING * ring * np.array([math.cos(angle), math.sin(angle)])
        start += room
        ring += 1
    return out


def _pack(placed: list[dict[Hashable, np.ndarray]]) -> dict[Hashable, tuple[float, float]]:
    """Components side by side in rows about as wide as the largest one or the square root
    of the total area, whichever is wider."""
    if not placed:
        return {}
    boxes = []
    for positions in placed:
        points = np.array(list(positions.values()))
        low, high = points.min(0), points.max(0)
        boxes.append((positions, low, high - low + 1.5))
    total = sum(float(size[0] * size[1]) for _, _, size in boxes)
    width = max(max(float(size[0]) for _, _, size in boxes), math.sqrt(total))
    out: dict[Hashable, tuple[float, float]] = {}
    x = y = row = 0.0
    for positions, low, size in boxes:
        if x and x + size[0] > width:
            x, y, row = 0.0, y + row, 0.0
        for node, point in positions.items():
            px, py = (point - low + (x, y)) * SPACING
            out[node] = (round(float(px), 1), round(float(py), 1))
        x += float(size[0])
        row = max(row, float(size[1]))
    return out
