#include "CHTMLShim.h"
#include "html_encoding.h"
#include "html_guard.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static pthread_once_t init_once = PTHREAD_ONCE_INIT;
static void init_parser(void) { xmlInitParser(); }

/* libxml2 reports some problems (bad bytes for a declared charset) through its
 * global error handlers, which print to stderr; these are per thread. The
 * structured one keeps the latest error: when the parser stops early
 * ("Excessive depth in document", "xmlSAX2Characters: huge text node"), the
 * one that stopped it, since none come after. */
static void silent_generic(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static void keep_latest(void *ctx, const xmlError *error) {
    xh_report *report = ctx;
    if (!report || !error) return;
    snprintf(report->stopped, sizeof report->stopped, "%s", error->message ? error->message : "an error");
    size_t n = strlen(report->stopped);
    while (n > 0 && (report->stopped[n - 1] == '\n' || report->stopped[n - 1] == ' ')) report->stopped[--n] = 0;
}

static void set_err(char *err, size_t err_len, const char *msg) {
    if (err && err_len) snprintf(err, err_len, "%s", msg);
}

static void visit_start(xmlNodePtr node, const xh_callbacks *cb) {
    size_t count = 0;
    for (xmlAttrPtr a = node->properties; a; a = a->next) count++;
    const char **attrs = count ? calloc(2 * count, sizeof(char *)) : NULL;
    xmlChar **values = count ? calloc(count, sizeof(xmlChar *)) : NULL;
    size_t i = 0;
    if (count && (!attrs || !values)) count = 0;
    for (xmlAttrPtr a = node->properties; a && i < count; a = a->next, i++) {
        values[i] = xmlNodeGetContent((xmlNodePtr)a);
        attrs[2 * i] = (const char *)a->name;
        attrs[2 * i + 1] = values[i] ? (const char *)values[i] : "";
    }
    cb->start_element(cb->context, (const char *)node->name, attrs, count);
    for (i = 0; i < count; i++) if (values[i]) xmlFree(values[i]);
    free(attrs);
    free(values);
}

/* Walks the tree without recursion, so deep documents cannot exhaust the stack. */
static void walk(xmlNodePtr root, const xh_callbacks *cb) {
    xmlNodePtr node = root;
    while (node) {
        int descend = 0;
        if (node->type == XML_ELEMENT_NODE) {
            visit_start(node, cb);
            if (node->children) descend = 1;
            else cb->end_element(cb->context, (const char *)node->name);
        } else if ((node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) && node->content) {
            cb->text(cb->context, (const char *)node->content, strlen((const char *)node->content));
        }
        if (descend) { node = node->children; continue; }
        while (node && node != root && !node->next) {
            node = node->parent;
            if (node && node->type == XML_ELEMENT_NODE) cb->end_element(cb->context, (const char *)node->name);
        }
        if (!node || node == root) break;
        node = node->next;
    }
}

/* The bytes libxml2 is given: UTF-8 when the charset could be converted, no
 * NUL, within the limits. `owned` are the buffers to free. */
typedef struct prepared {
    const unsigned char *bytes;
    size_t len;
    const char *encoding;
    unsigned char *owned[3];
} prepared;

static int prepare(prepared *p, const char *bytes, size_t len, const char *encoding, const xh_limits *limits, xh_report *report) {
    memset(p, 0, sizeof *p);
    p->bytes = (const unsigned char *)bytes;
    p->len = len;
    p->encoding = encoding;
    if (!xh_is_utf8(encoding)) {
        size_t converted_len = 0;
        unsigned char *converted = xh_to_utf8(bytes, len, encoding, &converted_len, &report->bad_bytes);
        if (converted) { p->owned[0] = converted; p->bytes = converted; p->len = converted_len; p->encoding = "UTF-8"; }
    }
    int failed = 0;
    unsigned char *clean = xh_without_nul(p->bytes, p->len, &failed);
    if (failed) return -1;
    if (clean) { p->owned[1] = clean; p->bytes = clean; }
    if (!limits) return 0;
    unsigned char *guarded = NULL;
    size_t guarded_len = 0;
    if (xh_guard(p->bytes, p->len, limits, report, &guarded, &guarded_len) != 0) return -1;
    if (guarded) { p->owned[2] = guarded; p->bytes = guarded; p->len = guarded_len; }
    return 0;
}

static htmlDocPtr read_document(const prepared *p, xh_report *report) {
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    if (!ctxt) return NULL;
    htmlDocPtr doc = htmlCtxtReadMemory(ctxt, (const char *)p->bytes, (int)p->len, NULL, p->encoding, options);
    if (!doc && p->encoding) doc = htmlCtxtReadMemory(ctxt, (const char *)p->bytes, (int)p->len, NULL, NULL, options);
    if (!ctxt->disableSAX) report->stopped[0] = 0; /* it read to the end */
    else if (!report->stopped[0]) snprintf(report->stopped, sizeof report->stopped, "%s", "no reason given");
    htmlFreeParserCtxt(ctxt);
    return doc;
}

int xh_parse_html(const char *bytes, size_t len, const char *encoding, const xh_limits *limits, xh_report *report_in,
                  const xh_callbacks *callbacks, char *err, size_t err_len) {
    xh_report local;
    xh_report *report = report_in ? report_in : &local;
    memset(report, 0, sizeof *report);
    report->cut_at = (size_t)-1;
    pthread_once(&init_once, init_parser);
    if (!bytes || !callbacks || len > 0x7fffffff) { set_err(err, err_len, "bad arguments"); return -1; }
    prepared p;
    int status = prepare(&p, bytes, len, encoding, limits, report);
    htmlDocPtr doc = NULL;
    if (status == 0 && p.len <= 0x7fffffff) {
        xmlSetGenericErrorFunc(NULL, silent_generic);
        xmlSetStructuredErrorFunc(report, (xmlStructuredErrorFunc)keep_latest);
        doc = read_document(&p, report);
        xmlSetStructuredErrorFunc(NULL, NULL);
    }
    for (int i = 0; i < 3; i++) free(p.owned[i]);
    if (status != 0) { set_err(err, err_len, "out of memory"); return -1; }
    if (!doc) { set_err(err, err_len, "libxml2 could not parse the document"); return -1; }
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (root) walk(root, callbacks); /* the root's siblings (comments, stray text) are not content */
    xmlFreeDoc(doc);
    return 0;
}
