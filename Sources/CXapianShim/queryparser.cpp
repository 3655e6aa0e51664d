#include "shim_internal.hpp"

using xs::guard;

static Xapian::QueryParser::stem_strategy qp_strategy(int s) {
    switch (s) {
        case XS_STEM_NONE: return Xapian::QueryParser::STEM_NONE;
        case XS_STEM_ALL: return Xapian::QueryParser::STEM_ALL;
        case XS_STEM_ALL_Z: return Xapian::QueryParser::STEM_ALL_Z;
        default: return Xapian::QueryParser::STEM_SOME;
    }
}

static unsigned qp_flags(unsigned f) {
    unsigned out = 0;
    if (f & XS_FLAG_BOOLEAN) out |= Xapian::QueryParser::FLAG_BOOLEAN;
    if (f & XS_FLAG_PHRASE) out |= Xapian::QueryParser::FLAG_PHRASE;
    if (f & XS_FLAG_LOVEHATE) out |= Xapian::QueryParser::FLAG_LOVEHATE;
    if (f & XS_FLAG_BOOLEAN_ANY_CASE) out |= Xapian::QueryParser::FLAG_BOOLEAN_ANY_CASE;
    if (f & XS_FLAG_WILDCARD) out |= Xapian::QueryParser::FLAG_WILDCARD;
    if (f & XS_FLAG_PURE_NOT) out |= Xapian::QueryParser::FLAG_PURE_NOT;
    if (f & XS_FLAG_PARTIAL) out |= Xapian::QueryParser::FLAG_PARTIAL;
    if (f & XS_FLAG_SPELLING_CORRECTION) out |= Xapian::QueryParser::FLAG_SPELLING_CORRECTION;
    if (f & XS_FLAG_SYNONYM) out |= Xapian::QueryParser::FLAG_SYNONYM;
    if (f & XS_FLAG_AUTO_SYNONYMS) out |= Xapian::QueryParser::FLAG_AUTO_SYNONYMS;
    if (f & XS_FLAG_AUTO_MULTIWORD_SYNONYMS)
        out |= Xapian::QueryParser::FLAG_AUTO_MULTIWORD_SYNONYMS;
    return out;
}

extern "C" {

xs_queryparser *xs_queryparser_new(XSError *err) {
    return guard<xs_queryparser *>(err, nullptr, [&] { return new xs_queryparser{}; });
}

void xs_queryparser_free(xs_queryparser *qp) { delete qp; }

int xs_queryparser_set_stemmer(xs_queryparser *qp, const xs_stem *stem, XSError *err) {
    return guard<int>(err, -1, [&] { qp->qp.set_stemmer(stem->stem); return 0; });
}

int xs_queryparser_set_stemming_strategy(xs_queryparser *qp, int strategy, XSError *err) {
    return guard<int>(err, -1, [&] {
        qp->qp.set_stemming_strategy(qp_strategy(strategy));
        return 0;
    });
}

int xs_queryparser_set_default_op(xs_queryparser *qp, int op, XSError *err) {
    return guard<int>(err, -1, [&] {
        qp->qp.set_default_op(op == XS_OP_AND ? Xapian::Query::OP_AND : Xapian::Query::OP_OR);
        return 0;
    });
}

int xs_queryparser_set_database(xs_queryparser *qp, const xs_database *db, XSError *err) {
    return guard<int>(err, -1, [&] { qp->qp.set_database(db->db); return 0; });
}

int xs_queryparser_add_prefix(xs_queryparser *qp, const char *field, const char *prefix,
                              XSError *err) {
    return guard<int>(err, -1, [&] { qp->qp.add_prefix(field, prefix); return 0; });
}

xs_query *xs_queryparser_parse_query(xs_queryparser *qp, const char *text, size_t len,
                                     unsigned flags, XSError *err) {
    return guard<xs_query *>(err, nullptr, [&] {
        return new xs_query{qp->qp.parse_query(xs::str(text, len), qp_flags(flags))};
    });
}

xs_query *xs_query_new_term(const char *term, size_t len, XSError *err) {
    return guard<xs_query *>(err, nullptr, [&] { return new xs_query{Xapian::Query(xs::str(term, len))}; });
}

xs_query *xs_query_combine(int op, const xs_query *left, const xs_query *right, XSError *err) {
    return guard<xs_query *>(err, nullptr, [&] {
        Xapian::Query::op xop = Xapian::Query::OP_AND;
        if (op == XS_QUERY_OR) xop = Xapian::Query::OP_OR;
        if (op == XS_QUERY_AND_NOT) xop = Xapian::Query::OP_AND_NOT;
        if (op == XS_QUERY_FILTER) xop = Xapian::Query::OP_FILTER;
        if (op == XS_QUERY_AND_MAYBE) xop = Xapian::Query::OP_AND_MAYBE;
        return new xs_query{Xapian::Query(xop, left->query, right->query)};
    });
}

int xs_query_terms(const xs_query *q, xs_string_visitor visit, void *context, XSError *err) {
    return guard<int>(err, -1, [&] {
        for (auto it = q->query.get_unique_terms_begin(); it != q->query.get_terms_end(); ++it) {
            std::string term = *it;
            if (visit(context, term.data(), term.size()) != 0) break;
        }
        return 0;
    });
}

void xs_query_free(xs_query *q) { delete q; }

int xs_query_empty(const xs_query *q) { return q->query.empty() ? 1 : 0; }

}  // extern "C"
