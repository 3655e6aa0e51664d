/*
 * The bounds on what libxml2's HTML parser is given (its parser is quadratic
 * in the attributes of one element, and stops reading past 256 levels): a scan
 * of the bytes with libxml2 2.9's tokenizer rules (comments, declarations,
 * script/style raw text, quoted attribute values, names of at most 100
 * characters) that drops attributes past the limits, drops the tags of
 * elements nested past the depth limit (their text stays), and cuts the
 * document at the tag past the tag limit. The bytes must be ASCII-compatible
 * (UTF-8 here) with no NUL.
 */
#ifndef HTML_GUARD_H
#define HTML_GUARD_H

#include "CHTMLShim.h"

/* Returns 0, with `*out` NULL when nothing was changed, or a malloc'd
 * rewritten copy of `*out_len` bytes; -1 when out of memory. */
int xh_guard(const unsigned char *in, size_t len, const xh_limits *limits, xh_report *report,
             unsigned char **out, size_t *out_len);

#endif
