// Wildcards expanded by the client, not by each shard.
//
// Xapian 1.4 expands an OP_WILDCARD in each sub-database as it matches, and a
// remote shard (xapian-tcpsrv) expands it with its own terms, its own
// expansion limit and its own statistics: a federated index then scores a
// wildcard unlike one local index of the same archive. A WildcardExpander is
// the FieldProcessor of a hidden field (`zw:telecom` for `telecom*`): it reads
// the terms that start with its prefix through the whole database (allterms
// merges the shards, remote ones too, with their summed frequencies), keeps
// the `limit` most frequent (ties in term order), as WILDCARD_LIMIT_MOST_FREQUENT
// would over one database, and returns OP_SYNONYM over them: plain terms, whose
// statistics the match gathers from every shard.
#include <algorithm>
#include <utility>

#include "shim_internal.hpp"

using xs::guard;

namespace {

class WildcardExpander : public Xapian::FieldProcessor {
  public:
    WildcardExpander(Xapian::Database db, std::string prefix, std::shared_ptr<Xapian::termcount> limit)
        : db_(std::move(db)), prefix_(std::move(prefix)), limit_(std::move(limit)) {}

    // `text` is the word before its `*`, lower-cased by the parser.
    Xapian::Query operator()(const std::string &text) override {
        const std::string start = prefix_ + text;
        std::vector<std::pair<Xapian::doccount, std::string>> terms;
        for (auto it = db_.allterms_begin(start); it != db_.allterms_end(start); ++it) {
            terms.emplace_back(it.get_termfreq(), *it);
        }
        const size_t keep = *limit_ == 0 ? terms.size() : std::min<size_t>(terms.size(), *limit_);
        std::partial_sort(terms.begin(), terms.begin() + keep, terms.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        terms.resize(keep);
        if (terms.empty()) return Xapian::Query::MatchNothing;
        std::sort(terms.begin(), terms.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
        std::vector<Xapian::Query> leaves;
        leaves.reserve(terms.size());
        for (const auto &term : terms) leaves.emplace_back(term.second);
        return Xapian::Query(Xapian::Query::OP_SYNONYM, leaves.begin(), leaves.end());
    }

  private:
    Xapian::Database db_;
    std::string prefix_;
    std::shared_ptr<Xapian::termcount> limit_;
};

}  // namespace

extern "C" {

int xs_queryparser_add_wildcard_field(xs_queryparser *qp, const char *field, const char *prefix,
                                      const xs_database *db, XSError *err) {
    return guard<int>(err, -1, [&] {
        qp->qp.add_prefix(field ? field : "",
                          (new WildcardExpander(db->db, prefix ? prefix : "", qp->wildcard_limit))->release());
        return 0;
    });
}

}  // extern "C"
