/*
 * CHTMLShim: a plain C API over libxml2's tolerant HTML parser.
 *
 * The only code that includes libxml2's headers. It parses a byte buffer into
 * a tree and walks it in document order, reporting elements and text through
 * callbacks; it never writes to stdout/stderr and never touches the network.
 * What libxml2 is given is bounded first (html_guard.h): attributes per element
 * and per page, tags per page, and nesting depth.
 */
#ifndef CHTMLSHIM_H
#define CHTMLSHIM_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct xh_callbacks {
    void *context;
    /* `attrs` holds `attr_count` (name, value) pairs: 2 * attr_count strings. */
    void (*start_element)(void *context, const char *name, const char *const *attrs, size_t attr_count);
    void (*text)(void *context, const char *text, size_t len);
    void (*end_element)(void *context, const char *name);
} xh_callbacks;

/* What libxml2 may be given; 0 means no limit. */
typedef struct xh_limits {
    size_t attributes_per_element; /* later attributes of an element are dropped */
    size_t attributes;             /* per page: later elements lose theirs */
    size_t tags;                   /* per page: the page is cut at the tag past this */
    size_t depth;                  /* elements nested deeper are flattened (tags dropped, text kept) */
} xh_limits;

/* What the limits changed, and whether libxml2 stopped reading early anyway. */
typedef struct xh_report {
    size_t attributes_dropped;
    size_t elements_flattened;
    size_t cut_at;      /* the byte (of the UTF-8 text) where the page was cut, or (size_t)-1 */
    size_t tags;        /* tags seen (start, end, comments, declarations) */
    size_t attributes;  /* attributes given to libxml2 */
    size_t bad_bytes;   /* bytes the declared charset could not decode (each became U+FFFD) */
    char stopped[160];  /* libxml2's message when it stopped reading before the end, else "" */
} xh_report;

/* Parses `len` bytes of HTML. `encoding` names the input's charset (as
 * iconv knows it, e.g. "UTF-8", "windows-1252"), or NULL to let libxml2
 * detect it; other charsets than UTF-8 are converted to UTF-8 first.
 * `limits` may be NULL (no limits); `report` may be NULL. Returns 0 on
 * success, -1 when no document could be built (with a message in `err`,
 * which may be NULL). */
int xh_parse_html(const char *bytes, size_t len, const char *encoding, const xh_limits *limits, xh_report *report,
                  const xh_callbacks *callbacks, char *err, size_t err_len);

#ifdef __cplusplus
}
#endif

#endif
