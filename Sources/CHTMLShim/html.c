#include "CHTMLShim.h"

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
 * global error handlers, which print to stderr; these are per thread. */
static void silent_generic(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static void silent_structured(void *ctx, const xmlError *error) { (void)ctx; (void)error; }

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

int xh_parse_html(const char *bytes, size_t len, const char *encoding,
                  const xh_callbacks *callbacks, char *err, size_t err_len) {
    pthread_once(&init_once, init_parser);
    xmlSetGenericErrorFunc(NULL, silent_generic);
    xmlSetStructuredErrorFunc(NULL, (xmlStructuredErrorFunc)silent_structured);
    if (!bytes || !callbacks || len > 0x7fffffff) { set_err(err, err_len, "bad arguments"); return -1; }
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
    htmlDocPtr doc = htmlReadMemory(bytes, (int)len, NULL, encoding, options);
    if (!doc && encoding) doc = htmlReadMemory(bytes, (int)len, NULL, NULL, options);
    if (!doc) { set_err(err, err_len, "libxml2 could not parse the document"); return -1; }
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (root) {
        /* The root's siblings (comments, stray text) are not content. */
        walk(root, callbacks);
        if (root->children == NULL) { /* end already reported */ }
    }
    xmlFreeDoc(doc);
    return 0;
}
