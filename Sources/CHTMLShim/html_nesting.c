#include "html_nesting.h"

#include <stdlib.h>
#include <string.h>

#define HARD_MARGIN 20

static int name_is(const char *name, size_t len, const char *word) {
    return strlen(word) == len && memcmp(name, word, len) == 0;
}

static int name_in(const char *name, size_t len, const char *const *words) {
    for (; *words; words++) if (name_is(name, len, *words)) return 1;
    return 0;
}

/* libxml2 2.9's empty elements (html40ElementTable, empty = 1). */
static const char *const void_elements[] = {
    "area", "base", "basefont", "br", "col", "frame", "hr", "img", "input", "isindex", "link", "meta", "param", NULL,
};

/* Kept past the soft depth: they hold the passages the extractors read. */
static const char *const text_elements[] = {
    "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "script", "style", NULL,
};

/* libxml2 2.9's htmlEndPriority: an end tag cannot close through an open
 * element of higher priority. */
static int end_priority(const char *name, size_t len) {
    if (name_is(name, len, "div")) return 150;
    if (name_is(name, len, "td") || name_is(name, len, "th")) return 160;
    if (name_is(name, len, "tr")) return 170;
    if (name_is(name, len, "thead") || name_is(name, len, "tbody") || name_is(name, len, "tfoot")) return 180;
    if (name_is(name, len, "table")) return 190;
    if (name_is(name, len, "head") || name_is(name, len, "body")) return 200;
    if (name_is(name, len, "html")) return 220;
    return 100;
}

uint64_t xh_name_hash(const char *name, size_t len) {
    uint64_t hash = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < len; i++) { hash ^= (unsigned char)name[i]; hash *= 0x100000001b3ULL; }
    return hash ? hash : 1; /* 0 marks a free slot */
}

int xh_is_raw_text(const char *name, size_t len) {
    return name_is(name, len, "script") || name_is(name, len, "style");
}

void xh_nesting_init(xh_nesting *n, size_t soft) {
    memset(n, 0, sizeof *n);
    n->soft = soft;
    n->hard = soft + HARD_MARGIN;
}

void xh_nesting_free(xh_nesting *n) {
    free(n->stack);
    free(n->dropped_hash);
    free(n->dropped_count);
    memset(n, 0, sizeof *n);
}

static int push(xh_nesting *n, uint64_t hash, int priority) {
    if (n->depth == n->capacity) {
        size_t capacity = n->capacity ? 2 * n->capacity : 64;
        xh_open_element *grown = realloc(n->stack, capacity * sizeof *grown);
        if (!grown) { n->failed = 1; return 0; }
        n->stack = grown;
        n->capacity = capacity;
    }
    n->stack[n->depth].hash = hash;
    n->stack[n->depth].priority = priority;
    n->depth++;
    return 1;
}

/* The slot of `hash` in the dropped table (free or holding it). */
static size_t dropped_slot(const xh_nesting *n, uint64_t hash) {
    size_t mask = n->dropped_capacity - 1, i = (size_t)hash & mask;
    while (n->dropped_hash[i] && n->dropped_hash[i] != hash) i = (i + 1) & mask;
    return i;
}

static int grow_dropped(xh_nesting *n) {
    size_t old_capacity = n->dropped_capacity, capacity = old_capacity ? 2 * old_capacity : 64;
    uint64_t *old_hash = n->dropped_hash;
    size_t *old_count = n->dropped_count;
    n->dropped_hash = calloc(capacity, sizeof *n->dropped_hash);
    n->dropped_count = calloc(capacity, sizeof *n->dropped_count);
    if (!n->dropped_hash || !n->dropped_count) {
        free(n->dropped_hash); free(n->dropped_count);
        n->dropped_hash = old_hash; n->dropped_count = old_count;
        n->failed = 1;
        return 0;
    }
    n->dropped_capacity = capacity;
    for (size_t i = 0; i < old_capacity; i++) {
        if (!old_hash[i]) continue;
        size_t slot = dropped_slot(n, old_hash[i]);
        n->dropped_hash[slot] = old_hash[i];
        n->dropped_count[slot] = old_count[i];
    }
    free(old_hash);
    free(old_count);
    return 1;
}

static void add_dropped(xh_nesting *n, uint64_t hash) {
    if (2 * (n->dropped_used + 1) > n->dropped_capacity && !grow_dropped(n)) return;
    size_t slot = dropped_slot(n, hash);
    if (!n->dropped_hash[slot]) { n->dropped_hash[slot] = hash; n->dropped_used++; }
    n->dropped_count[slot]++;
}

/* Takes one dropped element of this name off the table; 0 if there is none. */
static int take_dropped(xh_nesting *n, uint64_t hash) {
    if (!n->dropped_capacity) return 0;
    size_t slot = dropped_slot(n, hash);
    if (!n->dropped_hash[slot] || !n->dropped_count[slot]) return 0;
    n->dropped_count[slot]--;
    return 1;
}

int xh_nesting_start(xh_nesting *n, const char *name, size_t len) {
    if (name_in(name, len, void_elements)) return 1;
    if (n->depth < n->soft || (n->depth < n->hard && name_in(name, len, text_elements))) {
        push(n, xh_name_hash(name, len), end_priority(name, len)); /* on failure, n->failed says so */
        return 1;
    }
    add_dropped(n, xh_name_hash(name, len));
    return 0;
}

int xh_nesting_end(xh_nesting *n, const char *name, size_t len) {
    uint64_t hash = xh_name_hash(name, len);
    if (take_dropped(n, hash)) return 0;
    if (name_is(name, len, "html") || name_is(name, len, "head") || name_is(name, len, "body")) return 1;
    int priority = end_priority(name, len);
    for (size_t i = n->depth; i-- > 0;) {
        if (n->stack[i].hash == hash) { n->depth = i; break; }
        if (n->stack[i].priority > priority) break;
    }
    return 1;
}
