#include "CMarkdownShim.h"

#include <cmark-gfm.h>
#include <stdlib.h>
#include <string.h>

char *xm_markdown_to_html(const char *text, size_t len, size_t *out_len) {
    if (out_len) *out_len = 0;
    if (!text) return NULL;
    char *html = cmark_markdown_to_html(text, len, CMARK_OPT_UNSAFE | CMARK_OPT_VALIDATE_UTF8);
    if (html && out_len) *out_len = strlen(html);
    return html;
}

void xm_string_free(char *s) { free(s); }
