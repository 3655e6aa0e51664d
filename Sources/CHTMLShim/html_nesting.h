/*
 * A model of libxml2's stack of open HTML elements, as its tokenizer will see
 * the tags (libxml2 2.9's rules: void elements, end tags closing up to an open
 * element of the same name unless one of higher "end priority" is in the way,
 * html/head/body end tags ignored). It pops no more than libxml2 does (start
 * tags never auto-close here), so its depth is an upper bound of libxml2's,
 * give or take the html/body elements libxml2 implies. Elements deeper than
 * `soft` are dropped (flattened), except those that carry article text (p, li,
 * h1-h6, figcaption) and raw-text ones (script, style), up to `hard`.
 */
#ifndef HTML_NESTING_H
#define HTML_NESTING_H

#include <stddef.h>
#include <stdint.h>

typedef struct xh_open_element {
    uint64_t hash;
    int priority;
} xh_open_element;

typedef struct xh_nesting {
    xh_open_element *stack;
    size_t depth, capacity;
    size_t soft, hard;
    /* Dropped start tags not yet matched by an end tag: an open-addressing
     * table of (name hash, count). */
    uint64_t *dropped_hash;
    size_t *dropped_count;
    size_t dropped_capacity, dropped_used;
    int failed; /* out of memory */
} xh_nesting;

/* `name` is lower case, `len` bytes. */
uint64_t xh_name_hash(const char *name, size_t len);

void xh_nesting_init(xh_nesting *n, size_t soft);
void xh_nesting_free(xh_nesting *n);

/* A start tag: returns 1 to keep it, 0 to drop it. */
int xh_nesting_start(xh_nesting *n, const char *name, size_t len);

/* An end tag: returns 1 to keep it, 0 to drop it (it ends a dropped element). */
int xh_nesting_end(xh_nesting *n, const char *name, size_t len);

/* script and style: their content is raw text up to their end tag. */
int xh_is_raw_text(const char *name, size_t len);

#endif
