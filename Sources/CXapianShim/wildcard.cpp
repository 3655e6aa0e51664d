// Bounded wildcards: the parser's expansion limit, and how many terms a prefix has.
#include "shim_internal.hpp"

using xs::guard;

extern "C" {

int xs_queryparser_set_max_expansion(xs_queryparser *qp, uint32_t max_expansion, int max_type,
                                     XSError *err) {
    return guard<int>(err, -1, [&] {
        int type = Xapian::Query::WILDCARD_LIMIT_ERROR;
        if (max_type == XS_WILDCARD_LIMIT_FIRST) type = Xapian::Query::WILDCARD_LIMIT_FIRST;
        if (max_type == XS_WILDCARD_LIMIT_MOST_FREQUENT) type = Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT;
        qp->qp.set_max_expansion(max_expansion, type,
                                 Xapian::QueryParser::FLAG_WILDCARD | Xapian::QueryParser::FLAG_PARTIAL);
        *qp->wildcard_limit = max_expansion;
        return 0;
    });
}

int64_t xs_database_count_terms(const xs_database *db, const char *prefix, size_t len, uint32_t max,
                                XSError *err) {
    return guard<int64_t>(err, -1, [&] {
        const std::string p = xs::str(prefix, len);
        int64_t n = 0;
        for (auto it = db->db.allterms_begin(p); it != db->db.allterms_end(p) && n < max; ++it) ++n;
        return n;
    });
}

}  // extern "C"
