/*
 * CXapianShim: a plain C API over Xapian 1.4.
 *
 * Every function catches every C++ exception. A failure is reported through
 * the `XSError *err` out-parameter (which may be NULL) and by the return
 * value: NULL for handle constructors, a negative or zero status otherwise.
 * Handles are opaque; each `*_new`/`*_open` has a matching `*_free`.
 * Strings cross the boundary as (pointer, length) pairs and may contain NULs.
 * Strings returned by the shim are malloc'd: release them with xs_string_free.
 */
#ifndef CXAPIANSHIM_H
#define CXAPIANSHIM_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Xapian's error classes, plus the two ways a non-Xapian exception can surface. */
typedef enum XSErrorCode {
    XS_OK = 0,
    XS_DATABASE_LOCK_ERROR,
    XS_DATABASE_MODIFIED_ERROR,
    XS_DATABASE_NOT_FOUND_ERROR,
    XS_DATABASE_OPENING_ERROR,
    XS_DATABASE_CORRUPT_ERROR,
    XS_DATABASE_VERSION_ERROR,
    XS_DATABASE_CREATE_ERROR,
    XS_DATABASE_CLOSED_ERROR,
    XS_DATABASE_ERROR,
    XS_DOC_NOT_FOUND_ERROR,
    XS_QUERY_PARSER_ERROR,
    XS_WILDCARD_ERROR,
    XS_INVALID_ARGUMENT_ERROR,
    XS_INVALID_OPERATION_ERROR,
    XS_RANGE_ERROR,
    XS_NETWORK_ERROR, /* NetworkError and NetworkTimeoutError: a remote shard */
    XS_OTHER_XAPIAN_ERROR,
    XS_STD_EXCEPTION,
    XS_UNKNOWN_EXCEPTION
} XSErrorCode;

typedef struct XSError {
    XSErrorCode code;
    /* Xapian's class name, e.g. "DatabaseLockError", or "std::exception". */
    char type[64];
    /* Xapian's message (and context, when it has one). */
    char message[1024];
} XSError;

typedef struct xs_database xs_database;
typedef struct xs_writable_database xs_writable_database;
typedef struct xs_document xs_document;
typedef struct xs_termgenerator xs_termgenerator;
typedef struct xs_stem xs_stem;
typedef struct xs_queryparser xs_queryparser;
typedef struct xs_query xs_query;
typedef struct xs_enquire xs_enquire;
typedef struct xs_mset xs_mset;

void xs_string_free(char *s);
typedef int (*xs_string_visitor)(void *context, const char *s, size_t len);
const char *xs_version_string(void);

/* ---- Database (read-only; a stub file opens all its shards as one) ---- */
xs_database *xs_database_open(const char *path, XSError *err);
void xs_database_free(xs_database *db);
int xs_database_reopen(xs_database *db, XSError *err);
uint32_t xs_database_get_doccount(xs_database *db, XSError *err);
/* Returns a malloc'd value (possibly empty), or NULL on error. */
char *xs_database_get_metadata(xs_database *db, const char *key, size_t key_len,
                               size_t *out_len, XSError *err);

typedef int (*xs_metadata_visitor)(void *context, const char *key, size_t key_len,
                                   const char *value, size_t value_len);
/* Calls `visit` for every metadata key starting with `prefix`, with its value.
 * Returning non-zero from `visit` stops the walk. On a stub of several shards,
 * this reads the first shard only (as Xapian does). */
int xs_database_metadata_each(xs_database *db, const char *prefix, size_t prefix_len,
                              xs_metadata_visitor visit, void *context, XSError *err);

/* Writes a compacted copy of the database at `source` to `destination`
 * (Database::compact): smaller, and faster to search. */
int xs_database_compact(const char *source, const char *destination, XSError *err);

/* Database::check (check.cpp): checks the glass database (a folder) or one
 * table file at `path`, with Xapian's DBCHECK_* `opts`. Returns how many errors
 * it found, or -1 when an exception stopped it (reported in `err`). Either way
 * `*out_report` receives what the check wrote (malloc'd; NULL if out of memory). */
int64_t xs_database_check(const char *path, int opts, char **out_report, size_t *out_len,
                          XSError *err);

/* How many documents `term` indexes. */
uint32_t xs_database_get_termfreq(xs_database *db, const char *term, size_t len, XSError *err);
/* The spelling dictionary's suggestion for `word` ("" when it has none). */
char *xs_database_get_spelling_suggestion(xs_database *db, const char *word, size_t len,
                                          size_t *out_len, XSError *err);
/* The first document indexed by `term`, or 0 when there is none. */
uint32_t xs_database_first_docid(xs_database *db, const char *term, size_t len, XSError *err);

/* Calls `visit` with each document that has a value in `slot`, and the value
 * (Database::valuestream_begin; value_stream.cpp). Non-zero from `visit` stops. */
typedef int (*xs_docid_value_visitor)(void *context, uint32_t docid, const char *value, size_t len);
int xs_database_values_each(xs_database *db, uint32_t slot, xs_docid_value_visitor visit, void *context,
                            XSError *err);

/* ---- WritableDatabase ---- */
enum { XS_DB_CREATE_OR_OPEN = 1, XS_DB_CREATE_OR_OVERWRITE = 2, XS_DB_OPEN = 3 };
xs_writable_database *xs_writable_database_open(const char *path, int action,
                                                XSError *err);
/* Cancels an open transaction (discarding its changes), closes and frees.
 * Xapian's close() commits changes made outside a transaction: writers that
 * must never half-commit keep every change inside one. */
void xs_writable_database_free(xs_writable_database *db);
int xs_writable_database_commit(xs_writable_database *db, XSError *err);
int xs_writable_database_close(xs_writable_database *db, XSError *err);
/* begin_transaction(flushed): with flushed != 0, commit_transaction() commits to disk. */
int xs_writable_database_begin_transaction(xs_writable_database *db, int flushed, XSError *err);
int xs_writable_database_commit_transaction(xs_writable_database *db, XSError *err);
int xs_writable_database_cancel_transaction(xs_writable_database *db, XSError *err);
uint32_t xs_writable_database_add_document(xs_writable_database *db,
                                           const xs_document *doc, XSError *err);
int xs_writable_database_delete_document(xs_writable_database *db, const char *term,
                                         size_t term_len, XSError *err);
uint32_t xs_writable_database_get_doccount(xs_writable_database *db, XSError *err);
int xs_writable_database_set_metadata(xs_writable_database *db, const char *key,
                                      size_t key_len, const char *value,
                                      size_t value_len, XSError *err);
char *xs_writable_database_get_metadata(xs_writable_database *db, const char *key,
                                        size_t key_len, size_t *out_len, XSError *err);
int xs_writable_database_metadata_each(xs_writable_database *db, const char *prefix,
                                       size_t prefix_len, xs_metadata_visitor visit,
                                       void *context, XSError *err);
/* Calls `visit` with each document `term` indexes, in docid order, uncommitted
 * changes included (document_update.cpp). Non-zero from `visit` stops. */
typedef int (*xs_docid_visitor)(void *context, uint32_t docid);
int xs_writable_database_postlist_each(xs_writable_database *db, const char *term, size_t len,
                                       xs_docid_visitor visit, void *context, XSError *err);
/* The stored document `docid` (DocNotFoundError when there is none), to read or change and replace. */
xs_document *xs_writable_database_get_document(xs_writable_database *db, uint32_t docid, XSError *err);
int xs_writable_database_replace_document(xs_writable_database *db, uint32_t docid, const xs_document *doc,
                                          XSError *err);
/* Adds every word of `text` to the spelling dictionary with frequency 1. */
int xs_writable_database_add_spelling(xs_writable_database *db, const char *word,
                                      size_t word_len, uint32_t freqinc, XSError *err);

/* ---- Document ---- */
xs_document *xs_document_new(XSError *err);
void xs_document_free(xs_document *doc);
int xs_document_set_data(xs_document *doc, const char *data, size_t len, XSError *err);
int xs_document_add_value(xs_document *doc, uint32_t slot, const char *value,
                          size_t len, XSError *err);
int xs_document_add_boolean_term(xs_document *doc, const char *term, size_t len,
                                 XSError *err);

/* A malloc'd copy of the value in `slot` (empty when unset), or NULL on error. */
char *xs_document_get_value(const xs_document *doc, uint32_t slot, size_t *out_len, XSError *err);
/* Removes every term of the document that starts with `prefix`. */
int xs_document_remove_terms_with_prefix(xs_document *doc, const char *prefix, size_t len, XSError *err);

/* ---- Stem ---- */
xs_stem *xs_stem_new(const char *language, XSError *err);
void xs_stem_free(xs_stem *stem);
/* The stem of `word` (malloc'd). */
char *xs_stem_apply(const xs_stem *stem, const char *word, size_t len, size_t *out_len,
                    XSError *err);
/* Space-separated list of the languages this Xapian build can stem. */
const char *xs_stem_get_available_languages(void);

/* ---- TermGenerator ---- */
enum { XS_STEM_NONE = 0, XS_STEM_SOME = 1, XS_STEM_ALL = 2, XS_STEM_ALL_Z = 3,
       XS_STEM_SOME_FULL_POS = 4 };
xs_termgenerator *xs_termgenerator_new(XSError *err);
void xs_termgenerator_free(xs_termgenerator *tg);
int xs_termgenerator_set_stemmer(xs_termgenerator *tg, const xs_stem *stem, XSError *err);
int xs_termgenerator_set_stemming_strategy(xs_termgenerator *tg, int strategy,
                                           XSError *err);
int xs_termgenerator_set_document(xs_termgenerator *tg, xs_document *doc, XSError *err);
int xs_termgenerator_index_text(xs_termgenerator *tg, const char *text, size_t len,
                                uint32_t wdf_inc, const char *prefix, int with_positions,
                                XSError *err);
int xs_termgenerator_increase_termpos(xs_termgenerator *tg, uint32_t delta, XSError *err);

/* ---- QueryParser ---- */
enum {
    XS_FLAG_BOOLEAN = 1, XS_FLAG_PHRASE = 2, XS_FLAG_LOVEHATE = 4,
    XS_FLAG_BOOLEAN_ANY_CASE = 8, XS_FLAG_WILDCARD = 16, XS_FLAG_PURE_NOT = 32,
    XS_FLAG_PARTIAL = 64, XS_FLAG_SPELLING_CORRECTION = 128, XS_FLAG_SYNONYM = 256,
    XS_FLAG_AUTO_SYNONYMS = 512, XS_FLAG_AUTO_MULTIWORD_SYNONYMS = 1024,
    XS_FLAG_DEFAULT = 7
};
enum { XS_OP_AND = 0, XS_OP_OR = 1 };
xs_queryparser *xs_queryparser_new(XSError *err);
void xs_queryparser_free(xs_queryparser *qp);
int xs_queryparser_set_stemmer(xs_queryparser *qp, const xs_stem *stem, XSError *err);
int xs_queryparser_set_stemming_strategy(xs_queryparser *qp, int strategy, XSError *err);
int xs_queryparser_set_default_op(xs_queryparser *qp, int op, XSError *err);
int xs_queryparser_set_database(xs_queryparser *qp, const xs_database *db, XSError *err);
int xs_queryparser_add_prefix(xs_queryparser *qp, const char *field, const char *prefix,
                              XSError *err);
/* `field:value` filters on the value in `slot`: equal to it or, with `folder`,
 * also starting with value + "/" (value_filter.cpp says why not a term). */
int xs_queryparser_add_value_filter(xs_queryparser *qp, const char *field, uint32_t slot,
                                    int folder, XSError *err);
xs_query *xs_queryparser_parse_query(xs_queryparser *qp, const char *text, size_t len,
                                     unsigned flags, XSError *err);

/* ---- Wildcards (wildcard.cpp) ---- */
enum { XS_WILDCARD_LIMIT_ERROR = 0, XS_WILDCARD_LIMIT_FIRST = 1, XS_WILDCARD_LIMIT_MOST_FREQUENT = 2 };
/* QueryParser::set_max_expansion for wildcards and partial terms: each wildcard
 * expands to at most `max_expansion` terms (0: no limit), chosen by `max_type`
 * (XS_WILDCARD_LIMIT_*). Xapian applies the limit in each shard. */
int xs_queryparser_set_max_expansion(xs_queryparser *qp, uint32_t max_expansion, int max_type,
                                     XSError *err);
/* A hidden field whose every value is a wildcard's word (`field:telecom` for
 * telecom*), expanded here, on the client (wildcard_field.cpp): OP_SYNONYM over
 * the terms of `db` that start with `prefix` + the word, the most frequent
 * within the parser's max_expansion. */
int xs_queryparser_add_wildcard_field(xs_queryparser *qp, const char *field, const char *prefix,
                                      const xs_database *db, XSError *err);
/* How many distinct terms of `db` start with `prefix`, counting at most `max`
 * (-1 on error). */
int64_t xs_database_count_terms(const xs_database *db, const char *prefix, size_t len, uint32_t max,
                                XSError *err);

/* ---- Query ---- */
enum { XS_QUERY_AND = 0, XS_QUERY_OR = 1, XS_QUERY_AND_NOT = 2, XS_QUERY_FILTER = 3,
       XS_QUERY_AND_MAYBE = 4 };
xs_query *xs_query_new_term(const char *term, size_t len, XSError *err);
/* A filter on the value in `slot`, weight 0, as the boolean fields make (value_filter.cpp). */
xs_query *xs_query_new_value_filter(uint32_t slot, const char *value, size_t len, int folder,
                                    XSError *err);
/* `left` OP `right`, as a new query. */
xs_query *xs_query_combine(int op, const xs_query *left, const xs_query *right, XSError *err);
/* Visits each distinct term of the query once, in term order. */
int xs_query_terms(const xs_query *q, xs_string_visitor visit, void *context, XSError *err);
void xs_query_free(xs_query *q);
/* `q` with every weight it gives multiplied by `factor` (OP_SCALE_WEIGHT; query_extras.cpp). */
xs_query *xs_query_scale_weight(const xs_query *q, double factor, XSError *err);
int xs_query_empty(const xs_query *q);
/* Documents whose value in `slot` is from `lo` to `hi` (OP_VALUE_RANGE), weight 0. */
xs_query *xs_query_new_value_range(uint32_t slot, const char *lo, size_t lo_len, const char *hi,
                                   size_t hi_len, XSError *err);
/* Documents whose value in `slot` is exactly `value`, weight 0 (query_value.cpp). */
xs_query *xs_query_new_value_equals(uint32_t slot, const char *value, size_t len, XSError *err);

/* ---- Enquire ---- */
xs_enquire *xs_enquire_new(const xs_database *db, XSError *err);
void xs_enquire_free(xs_enquire *enq);
int xs_enquire_set_query(xs_enquire *enq, const xs_query *q, XSError *err);
int xs_enquire_set_bm25(xs_enquire *enq, double k1, double k2, double k3, double b,
                        double min_normlen, XSError *err);
int xs_enquire_set_collapse_key(xs_enquire *enq, uint32_t slot, uint32_t collapse_max,
                                XSError *err);
/* Enquire::set_time_limit: after `seconds` (0: none), the match stops counting
 * past check_at_least (and says nothing); it cannot stop the match itself. */
int xs_enquire_set_time_limit(xs_enquire *enq, double seconds, XSError *err);
xs_mset *xs_enquire_get_mset(xs_enquire *enq, uint32_t first, uint32_t maxitems,
                             uint32_t check_at_least, XSError *err);

/* Sorts by the value in `slot` (ascending unless `reverse`), then by relevance
 * (set_sort_by_value_then_relevance: no KeyMaker, which remote shards refuse). */
int xs_enquire_set_sort_by_value(xs_enquire *enq, uint32_t slot, int reverse, XSError *err);
/* Back to relevance order. */
int xs_enquire_set_sort_by_relevance(xs_enquire *enq, XSError *err);
/* Counts the values of `slot` over the whole match set of the next get_mset
 * (a ValueCountMatchSpy). Returns the spy's index, or -1 on error. */
int xs_enquire_add_value_count_spy(xs_enquire *enq, uint32_t slot, XSError *err);
/* How many distinct values the spy saw (-1 on error). */
int64_t xs_enquire_spy_distinct_values(xs_enquire *enq, int spy, XSError *err);
typedef int (*xs_value_count_visitor)(void *context, const char *value, size_t len,
                                      uint32_t count);
/* Visits the spy's `maxvalues` most frequent values, most frequent first. */
int xs_enquire_spy_top_values(xs_enquire *enq, int spy, uint32_t maxvalues,
                              xs_value_count_visitor visit, void *context, XSError *err);
typedef int (*xs_term_weight_visitor)(void *context, const char *term, size_t len,
                                      double weight);
/* Relevance feedback: the ESet of the documents `docids` of `db`, keeping only
 * terms that start with `prefix` (may be empty), best first. With
 * `words_only`, terms whose next character after `prefix` is an upper-case
 * ASCII letter (field terms) are left out before their statistics are read;
 * with `min_docs` above 1 (and several documents), so are terms that index
 * fewer than `min_docs` of them. */
int xs_enquire_eset(xs_enquire *enq, const xs_database *db, const uint32_t *docids, size_t n,
                    uint32_t maxitems, const char *prefix, int words_only, unsigned min_docs,
                    xs_term_weight_visitor visit, void *context, XSError *err);

/* ---- MSet ---- */
void xs_mset_free(xs_mset *mset);
uint32_t xs_mset_size(const xs_mset *mset);
uint32_t xs_mset_get_matches_estimated(const xs_mset *mset);
/* Per-hit accessors; `index` counts from 0 within this MSet. */
uint32_t xs_mset_get_docid(const xs_mset *mset, uint32_t index, XSError *err);
double xs_mset_get_weight(const xs_mset *mset, uint32_t index, XSError *err);
int xs_mset_get_percent(const xs_mset *mset, uint32_t index, XSError *err);
char *xs_mset_get_value(const xs_mset *mset, uint32_t index, uint32_t slot, size_t *out_len,
                        XSError *err);
char *xs_mset_get_document_data(const xs_mset *mset, uint32_t index, size_t *out_len,
                                XSError *err);
/* Asks for the documents of hits [first, last) at once (MSet::fetch), before
 * their values are read one by one: a remote shard then sends them together
 * instead of one round trip per hit. Only a hint; `last` is clamped to the size. */
int xs_mset_fetch(const xs_mset *mset, uint32_t first, uint32_t last, XSError *err);

/* ---- Date ranges (daterange.cpp) ---- */
/* Adds a Xapian::DateRangeProcessor on `slot` (values stored as YYYYMMDD) for
 * ranges written `field`START..END, e.g. "date:2024-04-01..2024-04-30"; either
 * end may be left open. `prefer_mdy` reads ambiguous dates as month/day/year. */
int xs_queryparser_add_date_range(xs_queryparser *qp, uint32_t slot, const char *field,
                                  int prefer_mdy, int epoch_year, XSError *err);

/* ---- Stopwords (stopper.cpp) ---- */
/* Gives the parser a Xapian::SimpleStopper of `words` (n == 0 removes it): a
 * stopword is left out of a parsed query unless it is in a phrase, required
 * (+word) or the only word. */
int xs_queryparser_set_stopwords(xs_queryparser *qp, const char *const *words, size_t n,
                                 XSError *err);

/* ---- Remote shards (database.cpp) ---- */
/* A database served by xapian-tcpsrv at host:port (Xapian::Remote::open);
 * each message times out after `timeout_ms`, connecting after `connect_timeout_ms`. */
xs_database *xs_database_open_remote(const char *host, unsigned port, unsigned timeout_ms,
                                     unsigned connect_timeout_ms, XSError *err);
/* A database reached through a program (Xapian::Remote::open(program, args)):
 * `xapian-progsrv DIR`, or `ssh HOST xapian-progsrv DIR`; `args` is split at spaces.
 * Each message times out after `timeout_ms`. */
xs_database *xs_database_open_remote_program(const char *program, const char *args,
                                             unsigned timeout_ms, XSError *err);
/* A database of no shards, to which xs_database_add_database adds them. */
xs_database *xs_database_new_empty(XSError *err);
int xs_database_add_database(xs_database *db, const xs_database *other, XSError *err);
/* Visits each word of the spelling dictionary with its frequency (local shards
 * only: a remote one has none). */
int xs_database_spellings_each(xs_database *db, xs_value_count_visitor visit, void *context,
                               XSError *err);
/* The same for a database open for writing, with its pending additions. */
int xs_writable_database_spellings_each(xs_writable_database *db, xs_value_count_visitor visit,
                                        void *context, XSError *err);
#ifdef __cplusplus
}
#endif

#endif
