/*
 * Converts a page to UTF-8 before it is guarded and parsed, so that the guard
 * scans the same characters libxml2 tokenizes (in ISO-2022-JP or UTF-7, a "<"
 * byte is not always a "<"). Bytes the charset cannot decode become U+FFFD
 * (libxml2's own conversion stops reading at the first one).
 */
#ifndef HTML_ENCODING_H
#define HTML_ENCODING_H

#include <stddef.h>

/* True for NULL and the names of UTF-8. */
int xh_is_utf8(const char *encoding);

/* A malloc'd UTF-8 copy of `len` bytes in `encoding`, of `*out_len` bytes,
 * counting undecodable bytes in `*bad`; NULL when iconv does not know the
 * charset or memory ran out. */
unsigned char *xh_to_utf8(const char *bytes, size_t len, const char *encoding, size_t *out_len, size_t *bad);

/* `bytes` with every NUL replaced by a space (libxml2 ends an attribute value,
 * and so the rest of the page, at a NUL): a malloc'd copy, or NULL when there
 * is no NUL (or no memory: then *failed is set). */
unsigned char *xh_without_nul(const unsigned char *bytes, size_t len, int *failed);

#endif
