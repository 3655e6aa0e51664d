#include "html_guard.h"
#include "html_nesting.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define NAME_MAX_CHARS 100 /* libxml2's HTML_PARSER_BUFFER_SIZE */
#define NONE ((size_t)-1)

typedef struct guard {
    const unsigned char *in;
    size_t len, pos;
    unsigned char *out;
    size_t out_len, copied; /* in[copied..] is not yet in out */
    const xh_limits *limits;
    xh_report *report;
    size_t tags, attributes;
    xh_nesting nesting;
    int failed;
} guard;

static int is_blank(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
static int is_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int is_name_start(unsigned char c) { return is_letter(c) || c == '_' || c == ':' || c == '.'; }
static int is_name_char(unsigned char c) { return is_name_start(c) || (c >= '0' && c <= '9') || c == '-'; }

static int at_tag_end(const guard *g, size_t p) {
    return p >= g->len || g->in[p] == '>' || (g->in[p] == '/' && p + 1 < g->len && g->in[p + 1] == '>');
}

static size_t skip_blanks(const guard *g, size_t p) {
    while (p < g->len && is_blank(g->in[p])) p++;
    return p;
}

/* Drops in[from..to) from the output. */
static void cut(guard *g, size_t from, size_t to) {
    if (!g->out) {
        g->out = malloc(g->len ? g->len : 1);
        if (!g->out) { g->failed = 1; return; }
    }
    memcpy(g->out + g->out_len, g->in + g->copied, from - g->copied);
    g->out_len += from - g->copied;
    g->copied = to;
}

/* A name as libxml2's htmlParseHTMLName reads it: at most 100 name
 * characters, lower-cased into `name`; returns the position after it. */
static size_t read_name(const guard *g, size_t p, char *name, size_t *name_len) {
    size_t n = 0;
    while (p < g->len && n < NAME_MAX_CHARS && is_name_char(g->in[p])) {
        unsigned char c = g->in[p++];
        if (name) name[n] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
        n++;
    }
    if (name_len) *name_len = n;
    return p;
}

/* An attribute value after "=": quoted (to the same quote, or the end of the
 * input) or bare (to a blank or ">"). */
static size_t skip_value(const guard *g, size_t p) {
    if (p < g->len && (g->in[p] == '"' || g->in[p] == '\'')) {
        const unsigned char *close = memchr(g->in + p + 1, g->in[p], g->len - p - 1);
        return close ? (size_t)(close - g->in) + 1 : g->len;
    }
    while (p < g->len && !is_blank(g->in[p]) && g->in[p] != '>') p++;
    return p;
}

/* The attributes of a start tag from `p` to its end (">", "/>" or the end of
 * the input), counted as libxml2 parses them; with `count`, those past the
 * limits are noted in `*cut_from` (the first one's start). Returns the end. */
static size_t scan_attributes(guard *g, size_t p, int count, size_t *cut_from) {
    size_t here = 0;
    p = skip_blanks(g, p);
    while (!at_tag_end(g, p)) {
        if (is_name_start(g->in[p])) {
            size_t start = p;
            p = skip_blanks(g, read_name(g, p, NULL, NULL));
            if (p < g->len && g->in[p] == '=') p = skip_value(g, skip_blanks(g, p + 1));
            here++;
            if (!count) continue;
            if (*cut_from == NONE && ((g->limits->attributes_per_element && here > g->limits->attributes_per_element) ||
                                      (g->limits->attributes && g->attributes >= g->limits->attributes))) *cut_from = start;
            if (*cut_from == NONE) g->attributes++; else g->report->attributes_dropped++;
        } else {
            while (!at_tag_end(g, p) && !is_blank(g->in[p])) p++; /* a bogus attribute, dumped */
        }
        p = skip_blanks(g, p);
    }
    return p;
}

/* Where raw text (script, style) ends: at "</name", any case, as libxml2's
 * recovering parser ends it. */
static size_t raw_text_end(const guard *g, size_t p, const char *name, size_t name_len) {
    while (p + 1 < g->len) {
        const unsigned char *lt = memchr(g->in + p, '<', g->len - p);
        if (!lt) return g->len;
        p = (size_t)(lt - g->in);
        if (p + 2 + name_len <= g->len && g->in[p + 1] == '/' && strncasecmp((const char *)g->in + p + 2, name, name_len) == 0) return p;
        p++;
    }
    return g->len;
}

static void start_tag(guard *g, size_t at) {
    char name[NAME_MAX_CHARS];
    size_t name_len, cut_from = NONE;
    size_t p = read_name(g, at + 1, name, &name_len);
    int keep = xh_nesting_start(&g->nesting, name, name_len);
    size_t end = scan_attributes(g, p, keep, &cut_from);
    size_t after = end >= g->len ? g->len : (g->in[end] == '>' ? end + 1 : end + 2);
    if (!keep) {
        cut(g, at, after);
        g->report->elements_flattened++;
    } else if (cut_from != NONE) {
        cut(g, cut_from, end);
    }
    g->pos = keep && xh_is_raw_text(name, name_len) ? raw_text_end(g, after, name, name_len) : after;
}

static size_t after_gt(const guard *g, size_t p) {
    const unsigned char *gt = p < g->len ? memchr(g->in + p, '>', g->len - p) : NULL;
    return gt ? (size_t)(gt - g->in) + 1 : g->len;
}

static void end_tag(guard *g, size_t at) {
    char name[NAME_MAX_CHARS];
    size_t name_len;
    read_name(g, at + 2, name, &name_len);
    size_t after = after_gt(g, at + 2);
    if (!xh_nesting_end(&g->nesting, name, name_len)) cut(g, at, after);
    g->pos = after;
}

/* A comment ends at "-->" or "--!>", or at once as "<!-->" or "<!--->"
 * (libxml2 2.9.14). Unterminated, it runs to the end: libxml2 reads no
 * markup after it. */
static size_t comment_end(const guard *g, size_t at) {
    size_t p = at + 4;
    if (p < g->len && g->in[p] == '>') return p + 1;
    if (p + 1 < g->len && g->in[p] == '-' && g->in[p + 1] == '>') return p + 2;
    for (; p + 2 < g->len; p++) {
        const unsigned char *dash = memchr(g->in + p, '-', g->len - p);
        if (!dash) break;
        p = (size_t)(dash - g->in);
        if (p + 2 < g->len && g->in[p + 1] == '-' && g->in[p + 2] == '>') return p + 3;
        if (p + 3 < g->len && g->in[p + 1] == '-' && g->in[p + 2] == '!' && g->in[p + 3] == '>') return p + 4;
    }
    return g->len;
}

enum construct { TEXT, START, END, COMMENT, DECLARATION };

static enum construct construct_at(const guard *g, size_t at) {
    if (at + 1 >= g->len) return TEXT;
    unsigned char c = g->in[at + 1];
    if (is_letter(c)) return START;
    if (c == '/') return at + 2 < g->len && is_letter(g->in[at + 2]) ? END : TEXT;
    if (c == '?') return DECLARATION;
    if (c != '!') return TEXT;
    if (at + 3 < g->len && g->in[at + 2] == '-' && g->in[at + 3] == '-') return COMMENT;
    return at + 9 <= g->len && strncasecmp((const char *)g->in + at + 2, "DOCTYPE", 7) == 0 ? DECLARATION : TEXT;
}

static void scan(guard *g) {
    while (g->pos < g->len && !g->failed && !g->nesting.failed) {
        const unsigned char *lt = memchr(g->in + g->pos, '<', g->len - g->pos);
        if (!lt) return;
        size_t at = (size_t)(lt - g->in);
        enum construct kind = construct_at(g, at);
        if (kind == TEXT) { g->pos = at + 1; continue; }
        if (g->limits->tags && g->tags >= g->limits->tags) {
            g->report->cut_at = at;
            cut(g, at, g->len);
            return;
        }
        g->tags++;
        switch (kind) {
        case START: start_tag(g, at); break;
        case END: end_tag(g, at); break;
        case COMMENT: g->pos = comment_end(g, at); break;
        default: g->pos = after_gt(g, at + 2); break;
        }
    }
}

int xh_guard(const unsigned char *in, size_t len, const xh_limits *limits, xh_report *report,
             unsigned char **out, size_t *out_len) {
    guard g = { .in = in, .len = len, .limits = limits, .report = report };
    xh_nesting_init(&g.nesting, limits->depth ? limits->depth : (size_t)-1 / 2);
    scan(&g);
    report->tags = g.tags;
    report->attributes = g.attributes;
    int failed = g.failed || g.nesting.failed;
    xh_nesting_free(&g.nesting);
    if (failed) { free(g.out); *out = NULL; *out_len = 0; return -1; }
    if (g.out) cut(&g, len, len);
    *out = g.out;
    *out_len = g.out_len;
    return 0;
}
