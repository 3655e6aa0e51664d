#include "CMarkdownShim.h"

static int is_marker(unsigned char c) {
    switch (c) {
    case '*': case '_': case '[': case ']': case '!': case '`': case '<': case '>': case '&': case '\\': return 1;
    default: return 0;
    }
}

static int is_blank(unsigned char c) { return c == ' ' || c == '\t' || c == '\r'; }

/* The markers of the line at `*p`; moves `*p` past its newline and says
 * whether the line was blank. */
static size_t line_markers(const unsigned char *text, size_t len, size_t *p, int *blank) {
    size_t i = *p, count = 0;
    int leading = 1;
    *blank = 1;
    for (; i < len && text[i] != '\n'; i++) {
        unsigned char c = text[i];
        if (!is_blank(c)) *blank = 0;
        if (leading && (c == '-' || c == '+')) count++;
        else if (leading && !is_blank(c) && !is_marker(c) && !(c >= '0' && c <= '9') && c != '.' && c != ')') leading = 0;
        if (is_marker(c)) count++;
    }
    *p = i < len ? i + 1 : len;
    return count;
}

xm_markers xm_count_markers(const char *text, size_t len) {
    xm_markers markers = { 0, 0 };
    const unsigned char *bytes = (const unsigned char *)text;
    size_t p = 0, block = 0;
    while (text && p < len) {
        int blank;
        size_t count = line_markers(bytes, len, &p, &blank);
        if (blank) { block = 0; continue; }
        block += count;
        markers.total += count;
        if (block > markers.busiest_block) markers.busiest_block = block;
    }
    return markers;
}
