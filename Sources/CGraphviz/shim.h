// The C side of FactionGraphRender: Graphviz's own headers (never copied
// into this repository) plus the few helpers Swift cannot express itself.
#include <stdlib.h>
#include <graphviz/gvc.h>

// Seeds the C generators Graphviz's layouts draw from: neato and fdp use
// drand48, sfdp uses rand. Without it, sfdp and fdp results depend on what
// earlier layouts in the same process consumed.
static inline void fg_seed_layout_random(void) {
    srand48(1);
    srand(1);
}

// A laid-out node's centre in points. `ND_coord` is a macro over Graphviz's
// private record, which Swift cannot import. Returns 0 when the node carries
// no layout record (it was never laid out).
static inline int fg_node_position(Agnode_t *node, double *x, double *y) {
    if (node == NULL || AGDATA(node) == NULL) {
        return 0;
    }
    *x = ND_coord(node).x;
    *y = ND_coord(node).y;
    return 1;
}

// A laid-out node's size in points (Graphviz keeps it in inches).
static inline void fg_node_size(Agnode_t *node, double *width, double *height) {
    *width = ND_width(node) * 72.0;
    *height = ND_height(node) * 72.0;
}
