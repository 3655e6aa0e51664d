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

#ifdef __cplusplus
}
#endif

#endif
