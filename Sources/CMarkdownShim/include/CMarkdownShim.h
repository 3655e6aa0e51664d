/*
 * CMarkdownShim: a plain C API over cmark-gfm (Debian's libcmark-gfm-dev),
 * GitHub's CommonMark parser. The only code that includes <cmark-gfm.h>.
 */
#ifndef CMARKDOWNSHIM_H
#define CMARKDOWNSHIM_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Renders `len` bytes of CommonMark as HTML (raw HTML passes through, since
 * the result is only read by the HTML parser, never shown). Returns a
 * malloc'd string of `*out_len` bytes to release with xm_string_free, or
 * NULL when out of memory. */
char *xm_markdown_to_html(const char *text, size_t len, size_t *out_len);
void xm_string_free(char *s);

/* The markers cmark-gfm 0.29 spends its time on (emphasis, links, code spans,
 * HTML, entities, escapes: * _ [ ] ! ` < > & \, and - + in the container
 * markers that start a line), in all and in the busiest block (lines between
 * blank lines). A byte scan; cmark-gfm is slow or quadratic in these. */
typedef struct xm_markers {
    size_t total;
    size_t busiest_block;
} xm_markers;

xm_markers xm_count_markers(const char *text, size_t len);

#ifdef __cplusplus
}
#endif

#endif
