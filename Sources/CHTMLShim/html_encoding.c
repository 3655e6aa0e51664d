#include "html_encoding.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int xh_is_utf8(const char *encoding) {
    return !encoding || strcasecmp(encoding, "utf-8") == 0 || strcasecmp(encoding, "utf8") == 0;
}

static int grow(unsigned char **out, size_t *capacity, char **at, size_t *left) {
    size_t used = (size_t)((unsigned char *)*at - *out), capacity2 = 2 * *capacity;
    unsigned char *grown = realloc(*out, capacity2);
    if (!grown) return 0;
    *out = grown;
    *at = (char *)grown + used;
    *left = capacity2 - used;
    *capacity = capacity2;
    return 1;
}

unsigned char *xh_to_utf8(const char *bytes, size_t len, const char *encoding, size_t *out_len, size_t *bad) {
    iconv_t cd = iconv_open("UTF-8", encoding);
    if (cd == (iconv_t)-1) return NULL;
    size_t capacity = 2 * len + 16, left = capacity, in_left = len;
    unsigned char *out = malloc(capacity);
    char *in = (char *)bytes, *at = (char *)out;
    int ok = out != NULL;
    while (ok && in_left > 0) {
        if (iconv(cd, &in, &in_left, &at, &left) != (size_t)-1) break;
        if (errno == E2BIG) { ok = grow(&out, &capacity, &at, &left); continue; }
        if (left < 3 && !grow(&out, &capacity, &at, &left)) { ok = 0; break; }
        memcpy(at, "\xEF\xBF\xBD", 3); /* EILSEQ or EINVAL: one undecodable byte */
        at += 3; left -= 3;
        in++; in_left--;
        (*bad)++;
    }
    while (ok && iconv(cd, NULL, NULL, &at, &left) == (size_t)-1 && errno == E2BIG) ok = grow(&out, &capacity, &at, &left);
    iconv_close(cd);
    if (!ok) { free(out); return NULL; }
    *out_len = (size_t)((unsigned char *)at - out);
    return out;
}

unsigned char *xh_without_nul(const unsigned char *bytes, size_t len, int *failed) {
    if (!memchr(bytes, 0, len)) return NULL;
    unsigned char *copy = malloc(len);
    if (!copy) { *failed = 1; return NULL; }
    for (size_t i = 0; i < len; i++) copy[i] = bytes[i] ? bytes[i] : ' ';
    return copy;
}
