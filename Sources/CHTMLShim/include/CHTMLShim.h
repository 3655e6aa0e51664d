/*
 * CHTMLShim: a plain C API over libxml2's tolerant HTML parser.
 *
 * The only code that includes libxml2's headers. It parses a byte buffer into
 * a tree and walks it in document order, reporting elements and text through
 * callbacks; it never writes to stdout/stderr and never touches the network.
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

/* Parses `len` bytes of HTML. `encoding` names the input's charset (as
 * iconv knows it, e.g. "UTF-8", "windows-1252"), or NULL to let libxml2
 * detect it. Returns 0 on success, -1 when no document could be built
 * (with a message in `err`, which may be NULL). */
int xh_parse_html(const char *bytes, size_t len, const char *encoding,
                  const xh_callbacks *callbacks, char *err, size_t err_len);

#ifdef __cplusplus
}
#endif

#endif
